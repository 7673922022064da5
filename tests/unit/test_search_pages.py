"""More hits per group page by page, title matches in the snippet, and the parts of German
compounds ("Fußball" finds "Begegnungsfußball") on SQLite."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, BodyKind, Measure
from sro_desktop.services import meetings as svc
from sro_desktop.services import search as search_module
from sro_desktop.services import search_compounds
from sro_desktop.services.search import PAGE_SIZE, fts5_query, query_terms, search, search_group
from sro_desktop.storage.seed import area_uuid, body_uuid

STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    return seeded_session


@pytest.fixture
def meeting(s: Session) -> uuid.UUID:
    return svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))


def _tasks(s: Session, meeting: uuid.UUID, n: int, word: str = "Laterne") -> set[uuid.UUID]:
    return {svc.add_task(s, meeting_id=meeting, description=f"{word} Nummer {i} prüfen")
            for i in range(n)}


def test_pages_follow_each_other_without_gaps_or_doubles(
    s: Session, meeting: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small ranking window, so that the pages cross from the ranked part to the rest.
    monkeypatch.setattr(search_module, "RANK_WINDOW", 7)
    made = _tasks(s, meeting, 47)
    s.flush()
    first = search(s, "Laterne").groups[0]
    assert first.key == "tasks" and first.total == 47 and len(first.hits) == PAGE_SIZE
    seen = [h.id for h in first.hits]
    while len(seen) < first.total:
        page = search_group(s, "Laterne", "tasks", offset=len(seen), limit=6)
        assert page.total == 47 and page.hits
        seen += [h.id for h in page.hits]
    assert len(seen) == len(set(seen)) == 47 and set(seen) == made
    assert search_group(s, "Laterne", "tasks", offset=47).hits == ()
    with pytest.raises(ValueError, match="Gruppe"):
        search_group(s, "Laterne", "nothing", offset=0)


def test_a_title_match_is_the_marked_snippet(s: Session, meeting: uuid.UUID) -> None:
    item = svc.add_agenda_item(s, meeting, "Zirkusprojekt im Sommer")
    svc.save_notes(s, item, "Die Anmeldung läuft über das Stadtteilbüro.")
    s.add(Measure(number="SRAE-NW-2025-004", title="Zirkusschule für alle",
                  region_id=area_uuid("RR-NW"), summary="Training am Nachmittag"))
    s.flush()
    hits = {h.kind: h for g in search(s, "Zirkus").groups for h in g.hits}
    item_hit, measure_hit = hits["agenda_item"], hits["measure"]
    assert item_hit.snippet == ("Zirkusprojekt im Sommer · Die Anmeldung läuft über das "
                                "Stadtteilbüro.")
    assert [item_hit.snippet[a:b] for a, b in item_hit.highlights] == ["Zirkusprojekt"]
    assert [measure_hit.snippet[a:b] for a, b in measure_hit.highlights] == ["Zirkusschule"]
    # When the notes hold the word too, they are the snippet, as before.
    hit = next(h for g in search(s, "Anmeldung").groups for h in g.hits)
    assert hit.snippet == "Die Anmeldung läuft über das Stadtteilbüro."


def test_the_second_part_of_a_compound_is_found(s: Session, meeting: uuid.UUID) -> None:
    item = next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
    svc.save_notes(s, item, "Begegnungsfußball am Samstag, danach Straßenfest im Beirat.")
    s.flush()
    hits = [h for g in search(s, "Fußball").groups for h in g.hits]
    assert [h.id for h in hits] == [item]
    assert [hits[0].snippet[a:b] for a, b in hits[0].highlights] == ["Begegnungsfußball"]
    assert [h.id for g in search(s, "Fussball Fest").groups for h in g.hits] == [item]
    assert search(s, "Rat").groups == ()  # three letters: word starts only
    assert search(s, "fußballer").groups == ()  # a longer word is not a part


def test_compounds_typed_after_a_search_are_found(s: Session, meeting: uuid.UUID) -> None:
    assert search(s, "Ferien").groups == ()  # the vocabulary is read (and kept) here
    task = svc.add_task(s, meeting_id=meeting, description="Sommerferien planen")
    s.flush()
    assert [h.id for g in search(s, "Ferien").groups for h in g.hits] == [task]


def test_a_common_part_adds_the_most_frequent_compounds_only(
    s: Session, meeting: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_compounds, "INFIX_TERMS", 2)
    _tasks(s, meeting, 3, "Abendtreff")
    _tasks(s, meeting, 2, "Babytreff")
    _tasks(s, meeting, 1, "Nachmittagstreff")
    s.flush()
    assert search(s, "treff").total == 5  # the rarest compound is left out
    terms = query_terms("treff")
    assert fts5_query(terms, {"treff": ["abendtreff", "babytreff"]}) == (
        '("treff"* OR "abendtreff" OR "babytreff")')
