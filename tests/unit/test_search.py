"""Search over minutes, concerns, tasks and measures on SQLite (FTS5), with German words."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, BodyKind, Measure
from sro_desktop.services import meetings as svc
from sro_desktop.services.search import (
    SearchIndexMissingError,
    fts5_query,
    make_snippet,
    query_terms,
    search,
)
from sro_desktop.storage.seed import area_uuid, body_uuid

STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    """This test's session on a fresh copy of the Rostock database (tests/conftest.py)."""
    return seeded_session


@pytest.fixture
def minutes(s: Session) -> dict[str, uuid.UUID]:
    """One Stadtteiltisch with notes, a concern, a task and a measure, all in German."""
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
    svc.save_notes(s, topic.id, "Die Jugendhäuser in der Ahornstraße haben zu kurze "
                   "Öffnungszeiten. Die Bedürfnisse der Jugendlichen wurden gesammelt.")
    concern = svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id,
                              text="Fußball am Abend auf dem Bolzplatz", target_group="12–16")
    task = svc.add_task(s, meeting_id=m, description="Flutlicht für den Bolzplatz anfragen",
                        owner_text="Ortsbeirat")
    measure = Measure(number="SRAE-NW-2025-003", title="Straßenfußball für alle",
                      region_id=area_uuid("RR-NW"), summary="Offenes Fußballangebot",
                      need="Mehr Bewegung für Kinder")
    s.add(measure)
    s.flush()
    return {"meeting": m, "item": topic.id, "concern": concern, "task": task,
            "measure": measure.id}


def _found(s: Session, query: str) -> set[tuple[str, uuid.UUID]]:
    return {(h.kind, h.id) for g in search(s, query).groups for h in g.hits}


def test_query_terms_fold_case_umlauts_and_eszett() -> None:
    assert query_terms("Straße") == [("strasse",)]
    assert query_terms("Bedürfnisse") == [("bedurfnisse",)]
    assert query_terms("Beduerfnisse a") == [("beduerfnisse", "bedurfnisse")]
    assert fts5_query(query_terms("Fußball Beduerfnisse")) == (
        '"fussball"* AND ("beduerfnisse"* OR "bedurfnisse"*)'
    )
    assert query_terms('"; DROP TABLE x --') == [("drop",), ("table",)]


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("Bedürfnisse", "agenda_item"),
        ("bedurfnisse", "agenda_item"),
        ("Beduerfnisse", "agenda_item"),
        ("Jugendhäuser", "agenda_item"),
        ("Jugendhauser", "agenda_item"),
        ("JUGENDHÄUSER", "agenda_item"),
        ("Ahornstraße", "agenda_item"),
        ("Ahornstrasse", "agenda_item"),
        ("Öffnungszeit", "agenda_item"),  # a prefix
        ("Fußball Abend", "concern"),
        ("Fussball Abend", "concern"),
        ("Flutlicht", "task"),
        ("Ortsbeirat", "task"),
        ("Straßenfußball", "measure"),
        ("Strassenfussball", "measure"),
        ("SRAE-NW-2025-003", "measure"),
        ("Bewegung", "measure"),
    ],
)
def test_german_words_find_their_rows(
    s: Session, minutes: dict[str, uuid.UUID], query: str, kind: str
) -> None:
    key = {"agenda_item": "item"}.get(kind, kind)
    assert (kind, minutes[key]) in _found(s, query)


def test_results_are_grouped_with_totals_and_context(
    s: Session, minutes: dict[str, uuid.UUID]
) -> None:
    results = search(s, "Bolzplatz")
    assert [g.label for g in results.groups] == ["Anliegen", "Aufgaben"]
    concern = results.groups[0].hits[0]
    assert concern.context == "Stadtteiltisch Groß Klein, 14.01.2025 · Zielgruppe: 12–16"
    assert "Bolzplatz" in concern.snippet
    start, end = concern.highlights[0]
    assert concern.snippet[start:end] == "Bolzplatz"
    assert results.total == 2
    item_hit = search(s, "Jugendhauser").groups[0].hits[0]
    assert item_hit.title == "TOP 4 Anliegen und Bedarfe der Bewohner*innen"
    start, end = item_hit.highlights[0]
    assert item_hit.snippet[start:end] == "Jugendhäuser"


def test_all_words_must_match(s: Session, minutes: dict[str, uuid.UUID]) -> None:
    assert _found(s, "Fußball Flutlicht") == set()
    assert search(s, "").groups == ()
    assert search(s, "a").groups == ()


def test_index_follows_edits_and_deletions(s: Session, minutes: dict[str, uuid.UUID]) -> None:
    svc.save_notes(s, minutes["item"], "Neuer Text über Graffiti")
    s.flush()
    assert ("agenda_item", minutes["item"]) not in _found(s, "Jugendhäuser")
    assert ("agenda_item", minutes["item"]) in _found(s, "Graffiti")
    svc.delete_result(s, "concern", minutes["concern"])
    s.flush()
    assert ("concern", minutes["concern"]) not in _found(s, "Fußball")
    measure = s.get(Measure, minutes["measure"])
    assert measure is not None
    s.delete(measure)
    s.flush()
    assert _found(s, "Straßenfußball") == set()


def test_snippet_cuts_around_the_first_match() -> None:
    text = " ".join(["Vorlauf"] * 40) + " Die Bedürfnisse der Kinder " + " ".join(["Nachlauf"] * 40)
    snippet, spans = make_snippet(text, ("bedurfnis",), width=80)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) <= 84
    assert [snippet[a:b] for a, b in spans] == ["Bedürfnisse"]


def test_missing_index_is_reported_in_german(session: Session) -> None:
    with pytest.raises(SearchIndexMissingError, match="keinen Suchindex"):
        search(session, "Fußball")


def test_snippet_keeps_the_parts_of_a_hit_apart(s: Session, minutes: dict[str, uuid.UUID]) -> None:
    # A task's text and its owner are two texts: "…Stadtgrün klären" and "Jugendliche …" must
    # not read as one sentence (nor run together), so a separator stands between them.
    task = svc.add_task(s, meeting_id=minutes["meeting"],
                        description="Pflegeeinsatz mit dem Amt für Stadtgrün klären",
                        owner_text="Jugendliche aus dem Jugendclub")
    hit = next(h for g in search(s, "Stadtgrün").groups for h in g.hits if h.id == task)
    assert hit.snippet == ("Pflegeeinsatz mit dem Amt für Stadtgrün klären · "
                           "Jugendliche aus dem Jugendclub")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Stadtgrün"]
    concern = next(h for h in search(s, "Bolzplatz").groups[0].hits)
    assert concern.snippet == "Fußball am Abend auf dem Bolzplatz · 12–16"
    measure = next(h for h in search(s, "Bewegung").groups[0].hits)
    assert measure.snippet == "Offenes Fußballangebot · Mehr Bewegung für Kinder"
    # An empty part adds no separator.
    alone = svc.add_task(s, meeting_id=minutes["meeting"], description="Stadtgrün anrufen")
    hit = next(h for g in search(s, "Stadtgrün anrufen").groups for h in g.hits if h.id == alone)
    assert hit.snippet == "Stadtgrün anrufen"


def test_snippet_cut_does_not_start_or_end_on_a_separator() -> None:
    start = ("erste Hälfte " * 8 + "Amt · Grünflächenamtlich Jugendliche am Bolzplatz "
             + "weiter " * 9)
    snippet, spans = make_snippet(start, ("jugendl",), width=80)
    assert snippet.startswith("… Grünflächenamtlich Jugendliche")
    assert [snippet[a:b] for a, b in spans] == ["Jugendliche"]
    end = "Jugendliche am Bolzplatz " + "und so weiter " * 3 + "mehr Worte · " + "x " * 40
    snippet, spans = make_snippet(end, ("jugendl",), width=80)
    assert snippet.endswith("mehr Worte …")
    assert [snippet[a:b] for a, b in spans] == ["Jugendliche"]
