"""After opening a search hit, the hit word is selected in the notes even when the query is
spelled differently (umlauts, ß, ae/oe/ue): both sides are folded the same way. A concern whose
words are not in the notes is shown selected in its own tab."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind
from sro_desktop.services import meetings as svc
from sro_desktop.services.search import find_match, search
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings import MeetingPanel

STT = body_uuid("stadtteiltisch", "D")
NOTES = ("🙂 Rückblick: Die Jugendhäuser schließen früh.\n"
         "An der Straße am Bolzplatz fehlen Bänke; die Bedürfnisse der Kinder zählen.")


@pytest.mark.parametrize(("query", "expected"), [
    ("Jugendhauser", "Jugendhäuser"),
    ("jugendhaus", "Jugendhäuser"),  # a prefix selects the whole word
    ("Strasse", "Straße"),
    ("STRASSE", "Straße"),
    ("Beduerfnisse", "Bedürfnisse"),
    ("Bedurfnisse Kinder", "Bedürfnisse"),  # not adjacent: the earliest word
    ("der Kinder", "der Kinder"),  # a phrase wins over its words
    ("Banke", "Bänke"),
    ("schliessen", "schließen"),
])
def test_find_match_folds_both_sides(query: str, expected: str) -> None:
    span = find_match(NOTES, query)
    assert span is not None
    assert NOTES[span[0]:span[1]] == expected


def test_find_match_refuses_what_is_not_there() -> None:
    assert find_match(NOTES, "Weihnachtsmarkt") is None
    assert find_match(NOTES, "") is None
    assert find_match("", "Straße") is None
    assert find_match(NOTES, "ühe") is None  # short words match from their start only


@pytest.mark.parametrize(("query", "expected"), [
    ("häuser", "Jugendhäuser"),  # the second part of a compound selects the compound
    ("hauser", "Jugendhäuser"),
    ("platz", "Bolzplatz"),
    ("Spielplatz Kinder", "Kinder"),  # no compound holds "Spielplatz": the other word
])
def test_find_match_finds_parts_of_compounds(query: str, expected: str) -> None:
    span = find_match(NOTES, query)
    assert span is not None
    assert NOTES[span[0]:span[1]] == expected


def test_find_match_prefers_a_word_start_over_a_compound() -> None:
    text = "Zum Beispiel fehlt ein Spielplatz."
    span = find_match(text, "Spiel")
    assert span is not None and text[span[0]:span[1]] == "Spielplatz"


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> MeetingPanel:
    widget = MeetingPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, uuid.UUID]:
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
        topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
        svc.save_notes(s, topic.id, NOTES)
        concern = svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id,
                                  text="Flutlicht für den Sportplatz")
        return {"meeting": m, "item": topic.id, "concern": concern}


@pytest.mark.parametrize(("query", "expected"), [
    ("Jugendhauser", "Jugendhäuser"),
    ("Strasse", "Straße"),
    ("Beduerfnisse", "Bedürfnisse"),
])
def test_opening_a_hit_selects_the_word_spelled_as_in_the_notes(
    panel: MeetingPanel, ctx: AppContext, ids: dict[str, uuid.UUID], query: str, expected: str
) -> None:
    with ctx.database.session() as s:
        hits = [h for g in search(s, query).groups for h in g.hits]
    assert [(h.kind, h.id) for h in hits] == [("agenda_item", ids["item"])]  # the index agrees
    assert panel.open_target("agenda_item", ids["item"], query)
    editor = panel.editor
    assert editor.tabs.currentWidget() is editor.notes
    cursor = editor.notes.notes.textCursor()
    # The emoji before the words counts twice in Qt's positions; the selection still fits.
    assert cursor.selectedText() == expected


def test_a_concern_hit_outside_the_notes_is_shown_in_its_tab(
    panel: MeetingPanel, ids: dict[str, uuid.UUID]
) -> None:
    assert panel.open_target("concern", ids["concern"], "Flutlicht")
    editor = panel.editor
    assert editor.tabs.currentWidget() is editor.concern_page
    assert editor.concern_page.current_id() == ids["concern"]
    assert not editor.notes.notes.textCursor().hasSelection()
    # With the words in the notes, the notes stay in front (the concern is still selected).
    assert panel.open_target("concern", ids["concern"], "Bolzplatz")
    assert editor.tabs.currentWidget() is editor.notes
    assert editor.notes.notes.textCursor().selectedText() == "Bolzplatz"
    assert editor.concern_page.current_id() == ids["concern"]
