"""The main window on a Rostock database: tree, overview, status bar, state, files, errors."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sro_desktop.app import build_context, open_main_window, restore_into, switch_database
from sro_desktop.models import Area
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.area_commands import RenameAreaCommand
from sro_desktop.ui.errors import ErrorReporter, setup_logging
from sro_desktop.ui.i18n import translation_file
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.settings import LANGUAGE, RECENT_FILES, Settings

SCREENSHOT = Path("/tmp/sro-main.png")


def _settle() -> None:
    # Word-wrapped labels settle their height over a few layout passes.
    for _ in range(5):
        QApplication.processEvents()


def _current_window() -> MainWindow:
    windows = [w for w in QApplication.topLevelWidgets()
               if shiboken6.isValid(w) and isinstance(w, MainWindow) and w.isVisible()]
    assert len(windows) == 1
    return windows[0]


def test_opens_with_rostock_tree_and_names(main_window: MainWindow, seeded_db: Path,
                                           qtbot: QtBot) -> None:
    assert main_window.objectName() == "mainWindow"
    tree = main_window.findChild(QTreeView, "areaTree")
    assert tree is not None and main_window.findChild(QWidget, "areaOverview") is not None
    assert main_window.findChild(QTabWidget, "areaTabs").tabText(0) == "Übersicht"
    model = tree.model()
    city = model.index(0, 0)
    assert model.rowCount() == 1 and city.data() == "Hanse- und Universitätsstadt Rostock"
    assert tree.isExpanded(city)
    regions = [model.index(r, 0, city) for r in range(model.rowCount(city))]
    assert len(regions) == 4
    for region in regions:
        assert "(Arbeitstitel)" in region.data()
        assert "noch nicht bestätigt" in region.data(Qt.ItemDataRole.ToolTipRole)
    # The city is selected at start, so the overview is never an empty page: it says that it
    # is loading until the tree has been painted, then shows the city.
    assert main_window.overview.message.text() == "Übersicht wird geladen …"
    qtbot.waitUntil(lambda: main_window.overview.current is not None)
    assert main_window.startup_done
    assert main_window.overview.fact("Einwohner*innen 31.12.2023") == (
        "211.692 (Summe der Untergebiete)")


def test_status_bar_names_database_user_and_network(main_window: MainWindow,
                                                    seeded_db: Path) -> None:
    label = main_window.findChild(QLabel, "statusDatabase")
    assert str(seeded_db) in label.text() and label.isVisible()
    assert main_window.findChild(QLabel, "statusUser").text() == "Benutzer*in: testerin"
    network = main_window.findChild(QLabel, "statusNetwork")
    assert network.text() == "Netzlaufwerk"
    assert network.isHidden() == (not main_window.ctx.database.on_network)
    assert main_window.windowTitle() == seeded_db.name


def test_selecting_gross_klein_fills_the_overview(main_window: MainWindow) -> None:
    tree = main_window.tree
    index = main_window.model.index_for(area_uuid("D"))
    tree.setCurrentIndex(index)
    overview = main_window.overview
    assert overview.title.text() == "Groß Klein"
    assert overview.fact("Code") == "D"
    assert overview.fact("Ebene") == "Sozialraum"
    assert overview.fact("Einwohner*innen 31.12.2023") == "13.586"
    assert overview.fact("Ortsbeirat") == "OBR 4 Groß Klein"
    assert overview.badge_model.isVisibleTo(overview) and not overview.badge_uncertain.isVisibleTo(
        overview)
    assert "Stadtteiltisch Groß Klein" in overview.bodies.text()
    assert overview.findChild(QLabel, "countMeasures").text() == "0"
    assert overview.map.has_outlines()
    # A Regionalraum: working title badge, population summed from its Sozialräume.
    main_window.select_area(area_uuid("RR-NW"))
    assert overview.badge_uncertain.isVisibleTo(overview)
    assert overview.fact("Einwohner*innen 31.12.2023") == "80.591 (Summe der Untergebiete)"


def test_other_tabs_get_the_area_only_when_shown(main_window: MainWindow) -> None:
    class Probe(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[object] = []

        def set_area(self, area_id: object) -> None:
            self.calls.append(area_id)

    probe = Probe()
    main_window.add_area_tab(probe, "Probe")
    main_window.select_area(area_uuid("S"))
    assert probe.calls == []  # hidden: no work
    main_window.tabs.setCurrentWidget(probe)
    assert probe.calls == [area_uuid("S")]
    main_window.tabs.setCurrentIndex(0)
    assert main_window.overview.title.text() == "Toitenwinkel"


def _accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets (focusable or buttons) whose accessible name is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        interactive = isinstance(widget, QAbstractButton) or bool(
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if interactive and not _accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.select_area(area_uuid("D"))
    assert _unnamed_controls(main_window) == []
    for action in main_window.findChildren(QAction):
        # Qt's own helper actions (the line edit clear button) carry "_q_" names.
        if (not action.isSeparator() and action.menu() is None
                and not action.objectName().startswith("_q_")):
            assert action.text().replace("&", "").strip(), action.objectName()
    for name in ("actionRenameArea", "actionAddArea", "actionMoveArea", "actionNewDatabase"):
        main_window.actions_by_name[name].trigger()
        dialog = main_window.dialog
        assert dialog is not None and dialog.isVisible()
        assert _unnamed_controls(dialog) == [], name
        dialog.reject()


def test_keyboard_reaches_tree_and_tabs(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.activateWindow()
    main_window.tree.setFocus()
    assert main_window.tree.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert main_window.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
    shortcuts = {name: action.shortcut().toString()
                 for name, action in main_window.actions_by_name.items()}
    assert shortcuts["actionRenameArea"] == "F2"
    assert shortcuts["actionOpenDatabase"] == "Ctrl+O"
    assert shortcuts["actionUndo"] == "Ctrl+Z"


def test_window_state_is_remembered(qapp: QApplication, seeded_db: Path) -> None:
    window = open_main_window(str(seeded_db))
    # The offscreen screen is 800 × 600 pixels: stay inside it.
    window.resize(720, 520)
    window.splitter.setSizes([260, 440])
    sizes = window.splitter.sizes()
    window.close()
    again = open_main_window(str(seeded_db))
    try:
        assert (again.width(), again.height()) == (720, 520)
        assert again.splitter.sizes() == sizes
    finally:
        again.close()


def test_recent_files_and_switching_database(main_window: MainWindow, tmp_path: Path,
                                             seeded_db: Path) -> None:
    assert Settings().get(RECENT_FILES)[0] == str(seeded_db)
    other = tmp_path / "leer.sqlite"
    main_window.database_requested.emit(str(other), True, "empty")
    QApplication.processEvents()
    window = _current_window()
    assert window is not main_window and window.ctx.database.path == other
    assert window.model.rowCount() == 0
    assert window.overview.current is None
    assert Settings().recent_files()[:2] == [str(other), str(seeded_db)]


def test_a_file_that_will_not_open_keeps_the_window(main_window: MainWindow,
                                                    tmp_path: Path) -> None:
    junk = tmp_path / "notizen.sqlite"
    junk.write_text("kein SQLite", encoding="utf-8")
    assert switch_database(main_window, str(junk)) is None
    box = main_window.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "notizen.sqlite" in box.text()
    assert junk.read_text(encoding="utf-8") == "kein SQLite"
    assert main_window.isVisible()


def test_unexpected_error_is_logged_and_shown_in_german(main_window: MainWindow, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path / "logs" / "sro-desktop.log")
    reporter = ErrorReporter(log_path)
    try:
        raise RuntimeError("Testfehler im Überblick")
    except RuntimeError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    box = reporter.dialog
    assert box.text() == "Ein unerwarteter Fehler ist aufgetreten."
    assert "Testfehler im Überblick" in box.informativeText()
    assert f"Details stehen in der Protokolldatei: {log_path}" in box.informativeText()
    box.close()
    for handler in logging.getLogger("sro_desktop").handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback" in text and "Testfehler im Überblick" in text


def test_english_translation_is_compiled_and_complete_for_menus(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(translation_file("en")))
    assert translator.translate("MainWindow", "&Datei") == "&File"
    assert translator.translate("MainWindow", "Gebiet &umbenennen …") == "&Rename area …"
    assert translator.translate("AreaOverview", "Einwohner*innen {date}") == (
        "Residents {date}")


def test_startup_imports_no_report_or_migration_machinery(seeded_db: Path,
                                                          private_settings: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
        f"{str(private_settings)!r})\n"
        "from sro_desktop.app import open_main_window\n"
        f"w = open_main_window({str(seeded_db)!r})\n"
        "print(sorted(m for m in ('reportlab', 'alembic') if m in sys.modules))\n"
        "w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_screenshot(main_window: MainWindow) -> None:
    main_window.resize(1280, 800)
    main_window.select_area(area_uuid("D"))
    _settle()
    image = main_window.grab().toImage()
    assert image.width() == 1280 and image.height() == 800
    assert image.save(str(SCREENSHOT))
    assert QImage(str(SCREENSHOT)).width() == 1280


def test_contexts_are_independent(qapp: QApplication, seeded_db: Path) -> None:
    # Two windows on two databases never share an undo stack or a bus.
    from sro_desktop.storage.open import open_database

    db = open_database(seeded_db)
    try:
        first, second = build_context(db), build_context(db)
        assert first.undo_stack is not second.undo_stack and first.bus is not second.bus
        assert isinstance(first.settings.store, QSettings)
    finally:
        db.close()



def test_backup_and_restore_round_trip(main_window: MainWindow, tmp_path: Path) -> None:
    backup = main_window.files.backup(str(tmp_path / "sicherung.sqlite"))
    assert backup is not None and backup.exists()
    main_window.area_editor.run(RenameAreaCommand(main_window.ctx, area_uuid("D"), "Groß Klein",
                                                  "Groß Klein (neu)"))
    restored = restore_into(main_window, str(backup))
    assert restored is not None and restored is not main_window
    with restored.ctx.database.session() as session:
        assert session.get(Area, area_uuid("D")).name == "Groß Klein"  # type: ignore[union-attr]
    kept = list((restored.ctx.database.path.parent / "Sicherungen").glob("*ersetzt*"))
    assert len(kept) == 1  # the replaced file is kept, never lost


def test_daily_backup_runs_in_the_background(main_window: MainWindow, qtbot: QtBot) -> None:
    folder = main_window.ctx.database.path.parent / "Sicherungen"
    main_window.start_daily_backup()
    qtbot.waitUntil(lambda: any(folder.glob("sro-*.sqlite")), timeout=10_000)


def test_language_choice_is_stored_for_the_next_start(main_window: MainWindow) -> None:
    english = main_window.actions_by_name["actionLanguage_en"]
    assert main_window.actions_by_name["actionLanguage_de"].isChecked()
    english.trigger()
    assert english.isChecked() and Settings().get(LANGUAGE) == "en"
    assert main_window.statusBar().currentMessage() == (
        "Die Sprache wird beim nächsten Start übernommen.")


def test_map_reads_polygons_multipolygons_and_features(qapp: QApplication) -> None:
    from sro_desktop.ui.map_widget import MapWidget, outline_path

    square = [[12.0, 54.0], [12.1, 54.0], [12.1, 54.1], [12.0, 54.1], [12.0, 54.0]]
    polygon = json.dumps({"type": "Polygon", "coordinates": [square]})
    multi = json.dumps({"type": "MultiPolygon", "coordinates": [[square], [square]]})
    feature = json.dumps({"type": "Feature", "properties": {}, "geometry": json.loads(polygon)})
    assert outline_path(polygon).boundingRect().width() == pytest.approx(0.1)
    assert outline_path(multi).elementCount() == 2 * outline_path(polygon).elementCount()
    assert not outline_path(feature).isEmpty()
    assert outline_path("kein json").isEmpty()
    widget = MapWidget()
    widget.resize(300, 200)
    widget.set_outlines([polygon], [multi], description="Karte von Test")
    assert widget.has_outlines() and widget.accessibleDescription() == "Karte von Test"
    image = widget.grab().toImage()
    centre = image.pixelColor(150, 100)
    assert centre.blue() > centre.red()  # the highlighted area is drawn in blue


def test_network_drive_is_named_in_the_status_bar(qapp: QApplication, seeded_db: Path) -> None:
    from sro_desktop.app import build_main_window
    from sro_desktop.storage.open import open_database

    database = open_database(seeded_db)
    database.on_network = True  # as detected for a file on an SMB/NFS share
    window = build_main_window(build_context(database))
    window.show()
    try:
        label = window.findChild(QLabel, "statusNetwork")
        assert label.isVisible() and label.text() == "Netzlaufwerk"
        assert "Netzlaufwerk" in label.toolTip()
    finally:
        window.close()
