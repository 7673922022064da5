"""Start-up: the tree is painted first, everything else follows the first paint or its first use.

The window shows the populated tree without the ORM models; the overview of the selected area,
the measure counts and the search field arrive right after the first paint; the feature tabs
build their panels when first shown. A person who acts before that gets the answer at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sro_desktop.app import open_main_window
from sro_desktop.models import Measure
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.area_tree_model import COUNT_COLUMN
from sro_desktop.ui.lazy_tab import LazyPanel
from sro_desktop.ui.main_window import MainWindow

PROBE = """
import json, sys, time
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from sro_desktop.app import open_main_window
from PySide6.QtWidgets import QApplication

def loaded():
    names = ("sro_desktop.models", "sro_desktop.services.overview", "sro_desktop.ui.search",
             "sro_desktop.ui.measures.panel", "sro_desktop.ui.meetings.panel",
             "sro_desktop.ui.budget.panel", "sro_desktop.ui.area_dialogs", "alembic")
    return sorted(n for n in names if n in sys.modules)

w = open_main_window(sys.argv[1])
model = w.model
before = {"loaded": loaded(), "rows": model.rowCount(), "counts_pending": model.counts_pending,
          "message": w.overview.message.text(), "startup_done": w.startup_done}
deadline = time.monotonic() + 60
while not w.startup_done and time.monotonic() < deadline:
    QApplication.processEvents()
after = {"loaded": loaded(), "title": w.overview.title.text(),
         "counts_pending": model.counts_pending,
         "search": w.menuBar().cornerWidget().objectName()}
print(json.dumps({"before": before, "after": after}))
w.close()
"""


def test_the_tree_is_painted_before_the_orm_is_imported(seeded_db: Path,
                                                        private_settings: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    out = subprocess.run([sys.executable, "-c", PROBE, str(seeded_db), str(private_settings)],
                         capture_output=True, text=True, env=env, check=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    before, after = result["before"], result["after"]
    # open_main_window returned: the tree is there, read without models, mappers or Alembic.
    assert before["loaded"] == []
    assert before["rows"] == 1 and before["counts_pending"] is True
    assert before["message"] == "Übersicht wird geladen …" and before["startup_done"] is False
    # After the first paint: the overview (through the ORM), the counts and the search field;
    # the feature panels and dialogs still wait for their first use.
    assert after["loaded"] == ["sro_desktop.models", "sro_desktop.services.overview",
                               "sro_desktop.ui.search"]
    assert after["title"] == "Hanse- und Universitätsstadt Rostock"
    assert after["counts_pending"] is False and after["search"] == "globalSearch"


def _wait_for_startup(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.startup_done, timeout=10_000)


def test_feature_tabs_build_their_panels_when_first_shown(main_window: MainWindow,
                                                          qtbot: QtBot) -> None:
    tabs = main_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Übersicht", "Maßnahmen", "Sitzungen", "Budget"]
    pages = [tabs.widget(i) for i in range(1, 4)]
    assert [p.objectName() for p in pages] == [
        "measurePanelScroll", "meetingPanelScroll", "budgetPanelScroll"]
    assert all(isinstance(p, LazyPanel) and not p.is_built for p in pages)
    _wait_for_startup(main_window, qtbot)
    assert not any(p.is_built for p in pages)  # the first paint builds none of them

    main_window.select_area(area_uuid("RR-NW"))
    tabs.setCurrentIndex(1)
    measures = pages[0]
    assert measures.is_built and measures.isVisible()
    assert main_window.findChild(QWidget, "measurePanel") is main_window.measure_panel
    assert measures.panel.objectName() == "measurePanel"
    assert measures.panel.accessibleName() in ("", "Maßnahmen")
    assert measures.accessibleName() == "Maßnahmen"
    # Asking for a panel builds it without showing it (search routing, automation).
    budget = main_window.budget_panel
    assert budget is not None and budget.objectName() == "budgetPanel" and pages[2].is_built
    assert not pages[1].is_built
    tabs.setCurrentIndex(2)
    assert main_window.meeting_panel is pages[1].panel
    assert main_window.meeting_panel.objectName() == "meetingPanel"


def test_search_field_replaces_its_placeholder_after_the_first_paint(
        main_window: MainWindow, qtbot: QtBot) -> None:
    corner = main_window.menuBar().cornerWidget()
    assert corner is not None and corner.objectName() == "globalSearchPlaceholder"
    _wait_for_startup(main_window, qtbot)
    QApplication.processEvents()  # the placeholder's deleteLater
    search = main_window.findChild(QWidget, "globalSearch")
    assert search is not None and search is main_window.global_search
    assert main_window.menuBar().cornerWidget() is search and search.isVisible()
    assert main_window.findChild(QWidget, "globalSearchPlaceholder") is None


def test_a_search_hit_opens_the_measure_in_its_lazy_tab(qapp: QApplication, seeded_db: Path,
                                                       qtbot: QtBot) -> None:
    database = open_database(seeded_db)
    with database.write() as s:
        measure = Measure(number="SRAE-NW-2025-001", title="Ferienküche",
                          region_id=area_uuid("RR-NW"))
        s.add(measure)
        s.flush()
        measure_id = measure.id
    database.close()
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    _wait_for_startup(window, qtbot)
    window.global_search.open_requested.emit("measure", measure_id)  # type: ignore[union-attr]
    assert window.tabs.currentIndex() == 1
    forms = window.measure_panel._forms  # type: ignore[union-attr]
    assert measure_id in forms and forms[measure_id].isVisible()
    forms[measure_id].close()


def test_a_selection_before_the_first_paint_is_shown_at_once(main_window: MainWindow,
                                                             qtbot: QtBot) -> None:
    assert not main_window.startup_done
    main_window.select_area(area_uuid("D"))
    assert main_window.overview.title.text() == "Groß Klein"  # no waiting for the paint
    _wait_for_startup(main_window, qtbot)
    assert main_window.overview.title.text() == "Groß Klein"  # the start-up does not undo it


def test_measure_counts_follow_the_first_paint(qapp: QApplication, seeded_db: Path,
                                               qtbot: QtBot) -> None:
    database = open_database(seeded_db)
    with database.write() as s:
        s.add(Measure(number="SRAE-W-2025-001", title="Ferienküche", region_id=area_uuid("RR-W")))
    database.close()
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    model = window.model
    west = model.index_for(area_uuid("RR-W"))
    count = model.index(west.row(), COUNT_COLUMN, west.parent())
    assert model.counts_pending and count.data() == ""
    _wait_for_startup(window, qtbot)
    assert not model.counts_pending
    assert count.data() == "1" and model.index(0, COUNT_COLUMN).data() == "1"
