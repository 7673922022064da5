"""The search results: "Mehr anzeigen" loads the next hits of a group; a hit deleted after the
search says so in the status bar instead of failing; a jump scrolls the agenda to the item."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext, open_main_window
from sro_desktop.models import AgendaKind
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.meetings import MeetingPanel
from sro_desktop.ui.search import GlobalSearch
from sro_desktop.ui.search_results import MORE_ROLE

STT = body_uuid("stadtteiltisch", "D")


@pytest.fixture
def meeting(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        for i in range(45):
            svc.add_task(s, meeting_id=m, description=f"Laterne {i} am Bolzplatz prüfen",
                         owner_text="Ortsbeirat")
        return m


@pytest.fixture
def search(qtbot: QtBot, ctx: AppContext) -> GlobalSearch:
    widget = GlobalSearch(ctx)
    qtbot.addWidget(widget)
    widget.resize(640, 30)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _children(search: GlobalSearch, group_row: int = 0) -> list[str]:
    model = search.model
    parent = model.index(group_row, 0)
    return [model.data(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def test_more_rows_load_the_next_pages(
    qtbot: QtBot, search: GlobalSearch, meeting: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    results = search.search_now("Laterne")
    assert [(g.key, g.total, len(g.hits)) for g in results.groups] == [("tasks", 45, 20)]
    model = search.model
    qtmodeltester.check(model)
    rows = _children(search)
    assert len(rows) == 21 and rows[-1] == "Mehr anzeigen (20 weitere von 45)"
    assert model.data(model.index(0, 0)) == "Aufgaben (45) – 20 gezeigt"
    more = model.index(20, 0, model.index(0, 0))
    assert model.data(more, MORE_ROLE) == "tasks" and model.hit(more) is None
    # A click on the row loads the next page below the hits, the keyboard goes on there.
    search.view.scrollTo(more)
    rect = search.view.visualRect(more)
    qtbot.mouseClick(search.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(search.results.groups[0].hits) == 40
    assert search.view.currentIndex().row() == 20
    assert _children(search)[-1] == "Mehr anzeigen (5 weitere von 45)"
    # Walking down to the "more" row and pressing Enter loads the rest; the row goes.
    for _ in range(20):
        qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert model.more_group(search.view.currentIndex()) == "tasks"
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert len(_children(search)) == 45
    assert len({h.id for h in search.results.groups[0].hits}) == 45
    assert model.data(model.index(0, 0)) == "Aufgaben (45)"
    qtmodeltester.check(model)
    assert search.popup.isVisible()  # loading more does not close the results


def test_a_hit_deleted_after_the_search_says_so(qapp: QApplication, seeded_db: Path,
                                                qtbot: QtBot) -> None:
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    ctx = window.ctx
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        task = svc.add_task(s, meeting_id=m, description="Zirkuswagen reparieren")
    window.show()
    qtbot.waitExposed(window)
    search = window.global_search
    assert isinstance(search, GlobalSearch)
    hit = search.search_now("Zirkuswagen").groups[0].hits[0]
    with ctx.database.write() as s:  # deleted meanwhile, by somebody else
        svc.delete_meeting(s, m)
    search.open_requested.emit(hit.kind, hit.id)  # no exception
    assert window.statusBar().currentMessage() == (
        "Treffer nicht mehr vorhanden: inzwischen gelöscht (bitte erneut suchen).")
    panel = window.meeting_panel
    assert isinstance(panel, MeetingPanel) and panel.editor.meeting_id is None
    assert task == hit.id
    window.close()


def test_the_agenda_scrolls_to_the_item_of_a_hit(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        items = [svc.add_agenda_item(s, m, f"Thema {i} mit einem etwas längeren Titel")
                 for i in range(40)]
        svc.save_notes(s, items[-1], "Der Zirkuswagen kommt")
    panel = MeetingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.open_target("agenda_item", items[-1], "Zirkuswagen")
    view = panel.editor.agenda.view
    assert panel.editor.current_item is not None and panel.editor.current_item.id == items[-1]
    qtbot.waitUntil(lambda: QRect(view.viewport().rect()).contains(
        view.visualRect(view.currentIndex())), timeout=2000)


def test_a_stale_hit_in_a_lone_panel_is_reported_above_the_list(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        item = next(i.id for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
        svc.delete_meeting(s, m)
    panel = MeetingPanel(ctx)
    qtbot.addWidget(panel)
    assert not panel.open_target("agenda_item", item, "")
    assert panel.message.text().startswith("Treffer nicht mehr vorhanden")
    assert panel.notice == panel.message.text()
