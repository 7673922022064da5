#!/usr/bin/env python3
"""Regenerate the screenshots of the user guide (``docs/img/*.png``) offscreen.

Usage (from the repository root)::

    python tools/make_screenshots.py [--source DEMO.sqlite] [--out docs/img] [--scene NAME …]

The real program (``sro_desktop.app.open_main_window``) runs on the offscreen Qt platform on a
*copy* of a demo database; the source file is never opened for writing. Without ``--source``
the script uses ``/tmp/demo20.sqlite`` and, when that is missing, creates a small demo
database with ``sro-desktop demo``. Settings, log file and backups go to a temporary folder,
so the user's own settings are untouched. Each scene drives the real widgets (typing, clicking,
shortcuts), grabs them with ``QWidget.grab()`` and writes a PNG below 150 KB (colours are
reduced to a palette of 256 when a full-colour PNG would be larger).

The scenes depend on each other (the measure created in one is decided in the next), so a
``--scene`` selection still runs everything before the last chosen scene, and only writes the
chosen ones. Not part of the test suite: it takes about a minute and needs the demo data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/tmp/demo20.sqlite")
FALLBACK_SOURCE = Path("/tmp/guide.sqlite")
MAX_BYTES = 150_000
USER = "Anna Beispiel"
WINDOW_SIZE = (1280, 800)


def demo_source(source: Path | None) -> Path:
    """The database to copy: the given one, the 20-year demo, or a fresh 3-year demo."""
    if source is not None:
        if not source.exists():
            raise SystemExit(f"Fehler: {source} existiert nicht.")
        return source
    if DEFAULT_SOURCE.exists():
        return DEFAULT_SOURCE
    if not FALLBACK_SOURCE.exists():
        subprocess.run([sys.executable, "-m", "sro_desktop", "demo", "--db", str(FALLBACK_SOURCE),
                        "--years", "3", "--seed", "1", "--end-year", "2026"],
                       cwd=REPO, check=True)
    return FALLBACK_SOURCE


def isolate(workdir: Path) -> None:
    """Offscreen Qt, and settings, log and data directory inside ``workdir`` (before Qt loads).

    The offscreen platform's default screen is 800×600, and Qt limits a dialog's first size to
    two thirds of the screen: a desktop-sized screen shows dialogs as a user would see them.
    """
    screens = workdir / "screens.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1200,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    home = workdir / "home" / "anna"
    (home / "Dokumente").mkdir(parents=True, exist_ok=True)
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["SRO_USER"] = USER
    os.environ.setdefault("LANG", "de_DE.UTF-8")
    sys.path.insert(0, str(REPO))


class Shots:
    """The running program and the helpers the scenes use to drive and grab it."""

    def __init__(self, window: Any, out: Path, wanted: set[str] | None) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.window = window
        self.out = out
        self.wanted = wanted
        self.written: list[tuple[str, int, str]] = []
        self.state: dict[str, Any] = {}  # ids handed from one scene to the next
        window.resize(*WINDOW_SIZE)
        window.activateWindow()  # shortcuts only reach the active window
        self.wait(300)

    # --- driving ------------------------------------------------------------------------

    def wait(self, ms: int = 50) -> None:
        """Let timers, queued signals and worker threads run for ``ms`` milliseconds."""
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def type(self, widget: Any, text: str, *, replace: bool = True, leave: bool = True) -> None:
        """Type ``text`` like a person (umlauts as key events carrying the character)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        widget.setFocus()
        if replace and isinstance(widget, QLineEdit):
            widget.selectAll()
            QTest.keyClick(widget, Qt.Key.Key_Delete)
        for char in text:
            if char == "\n":
                QTest.keyClick(widget, Qt.Key.Key_Return)
            elif char.isascii():
                QTest.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    self.app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))
        if leave and isinstance(widget, QLineEdit):
            widget.editingFinished.emit()
        self.wait(30)

    def keys(self, widget: Any, sequence: str) -> None:
        """Press a shortcut such as ``Ctrl+Shift+B`` on ``widget``."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest

        widget.window().activateWindow()  # a closed dialog leaves no active window offscreen
        self.wait(20)
        combo = QKeySequence(sequence)[0]
        QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())
        self.wait(80)

    def area(self, code: str) -> uuid.UUID:
        """Select the area with ``code`` in the tree; returns its id."""
        from sqlalchemy import select

        from sro_desktop.models import Area

        with self.window.ctx.database.session() as s:
            area_id = s.scalars(select(Area.id).where(Area.code == code)).one()
        assert self.window.select_area(area_id), code
        self.wait(150)
        return area_id

    def tab(self, title: str) -> None:
        """Bring the main window's tab ``title`` to the front."""
        tabs = self.window.tabs
        index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
        tabs.setCurrentIndex(index)
        self.wait(200)

    def modal(self) -> Any:
        """The dialog the last action opened (window-modal, not blocking)."""
        from PySide6.QtWidgets import QApplication

        self.wait(80)
        return QApplication.activeModalWidget()

    # --- grabbing -----------------------------------------------------------------------

    def save(self, name: str, widget: Any, *overlays: Any) -> None:
        """Write ``widget`` (with popups such as menus painted on top) as ``name``.png."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QImage, QImageWriter, QPainter

        if self.wanted is not None and name not in self.wanted:
            return
        self.wait(120)
        image = widget.grab().toImage()
        if overlays:
            painter = QPainter(image)
            dpr = image.devicePixelRatio() or 1.0
            for popup in overlays:
                where = widget.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
                painter.drawImage(where / dpr if dpr != 1.0 else where, popup.grab().toImage())
            painter.end()
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{name}.png"
        mode = "rgb"
        for attempt in ("rgb", "palette"):
            if attempt == "palette":
                from PySide6.QtCore import Qt

                image = image.convertToFormat(
                    QImage.Format.Format_Indexed8,
                    Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
                mode = "palette"
            writer = QImageWriter(str(path), b"png")
            writer.setQuality(0)  # PNG: the strongest compression
            if not writer.write(image):
                raise SystemExit(f"Fehler: {path}: {writer.errorString()}")
            if path.stat().st_size <= MAX_BYTES:
                break
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"Fehler: {path} ist {size} Bytes groß (höchstens {MAX_BYTES}).")
        self.written.append((path.name, size, f"{image.width()}×{image.height()} {mode}"))


# --- scenes: window and areas ---------------------------------------------------------------


def scene_window(s: Shots) -> None:
    """The main window on the model region Groß Klein."""
    s.area("D")
    s.tab("Übersicht")
    s.save("hauptfenster", s.window)


def scene_new_database(s: Shots) -> None:
    """Datei → Neue Datenbank …: a missing folder is refused; the dialog with a valid path."""
    from PySide6.QtWidgets import QDialogButtonBox

    s.window.actions_by_name["actionNewDatabase"].trigger()
    dialog = s.modal()
    s.type(dialog.path_edit, "~/Stadtteilarbeit/sro-neu.sqlite")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    s.wait(50)
    assert "existiert nicht" in dialog.error.text(), dialog.error.text()  # no folder: refused
    s.type(dialog.path_edit, "~/Dokumente/sro-neu.sqlite")
    dialog.error.hide()
    s.save("neue-datenbank", dialog)
    dialog.reject()


def scene_area_add(s: Shots) -> None:
    """Ins on a Sozialraum: a new Quartier; a duplicate name is refused in the dialog."""
    s.area("D")
    s.window.tree.setFocus()
    s.keys(s.window.tree, "Ins")
    dialog = s.modal()
    s.type(dialog.name_edit, "Groß Klein", leave=False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    s.save("gebiet-hinzufuegen", dialog)
    s.type(dialog.name_edit, "Groß Klein-Dorf", leave=False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    s.wait(200)
    assert s.window.current_node().name == "Groß Klein-Dorf"
    s.window.ctx.undo_stack.undo()  # the demo data stay as they were
    s.wait(200)



# --- scenes: measures -----------------------------------------------------------------------


def scene_measure_list(s: Shots) -> None:
    """Maßnahmen of a Regionalraum: all open ones, sorted by the next deadline."""
    from PySide6.QtCore import Qt

    s.area("RR-NW")
    s.window.splitter.setSizes([300, 980])  # drag the divider: more room for the list
    s.tab("Maßnahmen")
    panel = s.window.measure_panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("__open__"))
    panel.view.sortByColumn(8, Qt.SortOrder.AscendingOrder)
    s.wait(300)
    s.save("massnahmen-liste", s.window)


def scene_measure_new(s: Shots) -> None:
    """A new application in Groß Klein: typing shows the rules the form still misses."""
    s.area("D")
    s.tab("Maßnahmen")
    form = s.window.measure_panel.new_measure()
    form.resize(1040, 780)
    s.state["form"] = form
    year = date.today().year + 1
    s.type(form.field_widget("title"), "Kochen mit Kindern im Stadtteilzentrum")
    s.type(form.field_widget("places"), "Stadtteil- und Begegnungszentrum Groß Klein, Lehrküche")
    s.type(form.field_widget("summary"), "Einmal in der Woche kochen Kinder von 8 bis 12 Jahren "
           "mit Eltern und Ehrenamtlichen ein gesundes Mittagessen.")
    s.type(form.field_widget("need"), "Am Stadtteiltisch wurde berichtet, dass viele Kinder "
           "ohne Frühstück in die Schule kommen.")
    s.type(form.field_widget("start"), f"01.02.{year}")
    s.type(form.field_widget("end"), f"31.03.{year + 1}")
    form.tabs.widget(0).findChild(type(form.tabs)).parent() if False else None
    scroll = form.tabs.widget(0).findChildren(_scroll_type())[0]
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    s.save("massnahme-antrag", form)
    s.type(form.field_widget("end"), f"31.01.{year + 1}")


def _scroll_type() -> type:
    from PySide6.QtWidgets import QScrollArea

    return QScrollArea


SCENES: list[tuple[str, Callable[[Shots], None]]] = [
    ("hauptfenster", scene_window),
    ("neue-datenbank", scene_new_database),
    ("gebiet-hinzufuegen", scene_area_add),
    ("massnahmen-liste", scene_measure_list),
    ("massnahme-antrag", scene_measure_new),
]


def main(argv: list[str] | None = None) -> int:
    """Copy the demo database, run the program offscreen and write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, help="Demodatenbank (wird nur kopiert)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img", help="Zielordner")
    parser.add_argument("--scene", action="append", help="nur diese Bilder schreiben")
    args = parser.parse_args(argv)
    names = [name for name, _ in SCENES]
    unknown = set(args.scene or ()) - set(names)
    if unknown:
        parser.error(f"unbekannte Szene(n): {', '.join(sorted(unknown))} (bekannt: {names})")
    source = demo_source(args.source)
    with tempfile.TemporaryDirectory(prefix="sro-screens-") as tmp:
        workdir = Path(tmp)
        isolate(workdir)
        from sro_desktop.app import default_database_path, ensure_application, open_main_window

        ensure_application()
        copy = default_database_path()  # the place a real installation uses
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, copy)

        window = open_main_window(str(copy))
        shots = Shots(window, args.out.resolve(), set(args.scene) if args.scene else None)
        last = max((names.index(n) for n in args.scene), default=len(names) - 1) \
            if args.scene else len(names) - 1
        for name, scene in SCENES[:last + 1]:
            scene(shots)
        window.close()
        shots.wait(100)
    for name, size, info in shots.written:
        print(f"{name}: {size // 1000} KB ({info})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
