"""The global search field: German words, grouped results, keyboard choice, the signal."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, Measure
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.search import GlobalSearch
from sro_desktop.ui.search_results import hit_html

STT = body_uuid("stadtteiltisch", "D")


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, uuid.UUID]:
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
        svc.save_notes(s, topic.id, "Die Bedürfnisse der Kinder: Fußball & <Spiel>platz.")
        concern = svc.add_concern(s, meeting_id=m, text="Fußballtore für den Bolzplatz")
        measure = Measure(number="SRAE-NW-2025-001", title="Straßenfußball: Fußball für alle",
                          region_id=area_uuid("RR-NW"))
        s.add(measure)
        s.flush()
        return {"item": topic.id, "concern": concern, "measure": measure.id}


@pytest.fixture
def search(qtbot: QtBot, ctx: AppContext) -> GlobalSearch:
    widget = GlobalSearch(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_finds_german_words_grouped(
    qtbot: QtBot, search: GlobalSearch, ids: dict[str, uuid.UUID], qtmodeltester: ModelTester
) -> None:
    assert search.objectName() == "globalSearch"
    qtbot.keyClicks(search.field, "Fussball")  # ASCII spelling finds "Fußball"
    qtbot.waitUntil(lambda: search.results.total == 3, timeout=3000)
    qtmodeltester.check(search.model)
    model = search.model
    groups = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert groups == ["Protokolle (1)", "Anliegen (1)", "Maßnahmen (1)"]
    assert search.popup.isVisible()
    assert search.status.text() == "3 Treffer für „Fussball“"
    first = model.index(0, 0, model.index(0, 0))
    assert search.view.currentIndex() == first
    # The snippet is escaped before it becomes markup.
    markup = model.data(first, Qt.ItemDataRole.UserRole + 2)
    assert "&lt;Spiel&gt;platz" in markup and "<b>Fußball</b>" in markup


def test_keyboard_choice_emits_open_requested(
    qtbot: QtBot, search: GlobalSearch, ids: dict[str, uuid.UUID]
) -> None:
    search.search_now("Straßenfußball")
    assert search.results.total == 1
    with qtbot.waitSignal(search.open_requested) as blocker:
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert blocker.args == ["measure", ids["measure"]]
    assert not search.popup.isVisible()
    search.search_now("Bedurfnisse Kinder")
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # stays on the only hit
    with qtbot.waitSignal(search.open_requested) as blocker:
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert blocker.args == ["agenda_item", ids["item"]]
    assert search.current_query() == "Bedurfnisse Kinder"


def test_nothing_found_and_escape(qtbot: QtBot, search: GlobalSearch,
                                  ids: dict[str, uuid.UUID]) -> None:
    search.search_now("Weihnachtsmarkt")
    assert search.status.text() == "Nichts gefunden für „Weihnachtsmarkt“"
    assert search.model.rowCount() == 0
    search.field.setFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert not search.popup.isVisible()


def test_hit_html_marks_only_the_spans() -> None:
    from sro_desktop.services.search import SearchHit

    hit = SearchHit("concern", uuid.uuid4(), "Titel <x>", "Kontext", "a Fußball b", ((2, 9),),
                    None, 1.0)
    assert "a <b>Fußball</b> b" in hit_html(hit)
    assert "Titel &lt;x&gt;" in hit_html(hit)
