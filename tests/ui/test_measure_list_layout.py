"""The measure list in the default 1280×800 window: every column on screen, long texts elided
with the full text as tooltip; the due view says which deadline is due; the overview's tiles
open the due measures and the meetings (by mouse and keyboard)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.models import Area, BodyKind, Measure, MeasureStatus, Person, Task
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.measures import MeasurePanel
from sro_desktop.ui.measures.list_model import COLUMNS
from sro_desktop.ui.overview_content import OverviewContent

LONG_TITLE = ("Offener Treff am Nachmittag mit Hausaufgabenhilfe, Kochgruppe und "
              "Beteiligungswerkstatt für Jugendliche aus dem Quartier")
TODAY = date.today()


def _column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def _measures(db: Database) -> dict[str, uuid.UUID]:
    """A long-titled draft, a running measure whose interim report is overdue and one whose
    evaluation is due in ten days (deadlines set as the services keep them)."""
    ids: dict[str, uuid.UUID] = {}
    with db.write() as s:
        ids["draft"] = m.save_measure(s, sample_application(
            s, title=LONG_TITLE, provider_name="Kinder- und Jugendwerk Warnowblick e. V.")).id
        for name, interim, final in (
            ("overdue", TODAY - timedelta(days=12), TODAY + timedelta(days=200)),
            ("evaluation", None, TODAY + timedelta(days=10)),
        ):
            data = dataclasses.replace(
                sample_application(s, title=f"Laufend {name}"),
                interim_report_due=interim, final_report_due=final, proof_of_use_due=None)
            measure_id = m.save_measure(s, data).id
            measure = s.get(Measure, measure_id)
            assert measure is not None
            measure.status = MeasureStatus.RUNNING
            measure.end = TODAY + timedelta(days=200)
            m.refresh_deadline(s, measure)
            ids[name] = measure_id
    return ids


def _tasks(db: Database) -> None:
    with db.write() as s:
        owner = Person(id=uuid.uuid4(), first_name="Kim", last_name="Beispiel")
        s.add(owner)
        s.flush()
        body = body_uuid(BodyKind.STADTTEILTISCH, "D")
        for text, due in (("Flyer <drucken>", TODAY - timedelta(days=30)),
                          ("Raum buchen", TODAY - timedelta(days=3)),
                          ("Fest planen", TODAY + timedelta(days=20))):
            s.add(Task(id=uuid.uuid4(), body_id=body, description=text, due=due,
                       owner_person_id=owner.id, owner_text="Jugendamt"))


def _measure_panel(window: MainWindow) -> MeasurePanel:
    page = window._panels["measures"]
    window.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    panel = page.panel
    assert isinstance(panel, MeasurePanel)
    return panel


@pytest.fixture
def window(main_window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window at its default size, with its start-up work done."""
    main_window.resize(1280, 800)
    qtbot.waitExposed(main_window)
    if not main_window.startup_done:
        main_window.finish_startup()
    return main_window


def test_every_column_is_on_screen_at_1280(window: MainWindow, qtbot: QtBot) -> None:
    _measures(window.ctx.database)
    panel = _measure_panel(window)
    panel.model.refresh()
    view = panel.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    visible = [i for i in range(len(COLUMNS)) if not view.isColumnHidden(i)]
    assert [COLUMNS[i].key for i in visible] == [
        "number", "title", "status", "area", "provider", "period", "requested", "approved",
        "next_deadline"]
    right = max(view.columnViewportPosition(i) + view.columnWidth(i) for i in visible)
    assert right <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert view.columnWidth(_column("title")) >= 120
    metrics = view.fontMetrics()
    for key, sample in (("number", "SRAE-NW-2026-007"), ("period", "01.02.25–31.01.26"),
                        ("requested", "12.480 €"), ("next_deadline", "31.01.2026")):
        assert view.columnWidth(_column(key)) >= metrics.horizontalAdvance(sample), key
    model = panel.model
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, _column("title"))) == LONG_TITLE)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(row, _column("title")), tip) == LONG_TITLE
    assert model.data(model.index(row, _column("provider")), tip) == (
        "Kinder- und Jugendwerk Warnowblick e. V.")
    assert model.data(model.index(row, _column("period"))) == "01.02.25–31.01.26"
    assert model.data(model.index(row, _column("period")), tip) == "01.02.2025–31.01.2026"
    assert model.data(model.index(row, _column("requested"))) == "12.480 €"


def test_due_view_says_which_deadline_is_due(window: MainWindow) -> None:
    ids = _measures(window.ctx.database)
    panel = _measure_panel(window)
    panel.show_due()
    view, model = panel.view, panel.model
    assert panel.due_toggle.isChecked()
    assert not view.isColumnHidden(_column("deadline_kind"))
    assert view.isColumnHidden(_column("period"))
    kind, deadline = _column("deadline_kind"), _column("next_deadline")
    rows = {model.measure_id(r): r for r in range(model.rowCount())}
    assert set(rows) == {ids["overdue"], ids["evaluation"]}
    assert rows[ids["overdue"]] == 0  # the due view sorts by the deadline, earliest first
    overdue, soon = rows[ids["overdue"]], rows[ids["evaluation"]]
    assert model.data(model.index(overdue, kind)) == "überfällig: Zwischenbericht"
    assert model.data(model.index(soon, kind)) == "Evaluation"
    brush = model.data(model.index(overdue, deadline), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#b00020")  # type: ignore[union-attr]
    assert model.data(model.index(soon, deadline), Qt.ItemDataRole.ForegroundRole) is None
    tip = model.data(model.index(overdue, deadline), Qt.ItemDataRole.ToolTipRole)
    assert tip == (f"Zwischenbericht war fällig am {(TODAY - timedelta(days=12)):%d.%m.%Y}"
                   " – seit 12 Tagen überfällig")
    assert model.data(model.index(soon, kind), Qt.ItemDataRole.ToolTipRole) == (
        f"Evaluation fällig am {(TODAY + timedelta(days=10)):%d.%m.%Y} (in 10 Tagen)")
    assert panel.count_label.text() == "2 Maßnahmen fällig oder überfällig (30 Tage)"
    panel.due_toggle.setChecked(False)
    assert view.isColumnHidden(_column("deadline_kind"))
    assert not view.isColumnHidden(_column("period"))


def _content(window: MainWindow) -> OverviewContent:
    window.tabs.setCurrentWidget(window.overview)
    return window.overview.content_parts


def _select(window: MainWindow, code: str) -> None:
    with window.ctx.database.session() as s:
        area_id = s.scalars(select(Area.id).where(Area.code == code)).one()
    assert window.select_area(area_id)


def test_due_tile_opens_the_due_view_by_mouse_and_keyboard(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    _measures(window.ctx.database)
    window.overview.set_area(window.selected_area_id())
    content = _content(window)
    tile = content.tile_due
    caption = tile.findChild(type(tile.number), "countDueMeasuresCaption")
    assert caption is not None
    assert caption.text() == "Maßnahmen fällig oder überfällig (30 Tage)"
    assert tile.number.text() == "2"
    assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    panel = _measure_panel(window)
    assert window.tabs.currentWidget() is window._panels["measures"]
    assert panel.due_toggle.isChecked() and panel.model.total() == 2
    panel.due_toggle.setChecked(False)
    content = _content(window)
    content.tile_due.setFocus()
    qtbot.keyClick(content.tile_due, Qt.Key.Key_Space)
    assert window.tabs.currentWidget() is window._panels["measures"]
    assert panel.due_toggle.isChecked()


def _hover(widget: QWidget) -> str:
    """The tooltip a widget shows on hover (task tiles read their tasks only then)."""
    pos = QPoint(5, 5)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    QToolTip.hideText()
    return widget.toolTip()


def test_task_tiles_list_the_first_tasks_and_open_the_meetings(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    _tasks(window.ctx.database)
    _select(window, "D")
    content = _content(window)
    assert content.tile_overdue.number.text() == "2"
    tip = _hover(content.tile_overdue)
    first = (TODAY - timedelta(days=30)).strftime("%d.%m.%Y")
    assert f"{first} – Flyer &lt;drucken&gt; (Kim Beispiel, Jugendamt; Stadtteiltisch" in tip
    assert "Raum buchen" in tip and "Fest planen" not in tip
    assert tip.index("Flyer") < tip.index("Raum buchen")  # oldest first
    assert "Fest planen" in _hover(content.tile_open_tasks)
    reads: list[int] = []
    load = content._load_tasks
    assert load is not None
    content._load_tasks = lambda ids: reads.append(1) or load(ids)
    for tile in (content.tile_overdue, content.tile_open_tasks, content.tile_overdue):
        _hover(tile)
    assert reads == []  # both tiles share the tasks read for the overview shown
    _select(window, "E")
    _select(window, "D")
    _hover(content.tile_overdue)
    _hover(content.tile_open_tasks)
    assert reads == [1]  # read again once for a newly shown overview
    qtbot.mouseClick(content.tile_overdue, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window._panels["meetings"]
    content = _content(window)
    content.tile_open_tasks.setFocus()
    qtbot.keyClick(content.tile_open_tasks, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window._panels["meetings"]
