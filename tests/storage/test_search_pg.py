"""The search index on PostgreSQL: tsvector('german') with a GIN index, kept by triggers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, Area, Base, Measure
from sro_desktop.services import meetings as svc
from sro_desktop.services.search import search
from sro_desktop.storage.search_index import (
    install_search_index,
    rebuild_search_index,
    search_index_installed,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """A fresh database of its own on the test server, dropped afterwards."""
    name = f"sro_search_{uuid.uuid4().hex[:12]}"
    maintenance = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with maintenance.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with maintenance.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        maintenance.dispose()


@pytest.fixture
def s(pg_db: str) -> Iterator[Session]:
    engine = create_engine(pg_db)
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        install_search_index(conn)
    with Session(engine, info={"user": "testerin"}) as session:
        yield session
    engine.dispose()


def _minutes(s: Session) -> dict[str, uuid.UUID]:
    region = Area(level="region", code="RR-NW", name="Nordwest")
    s.add(region)
    s.flush()
    space = Area(level="social_space", code="D", name="Groß Klein", parent_id=region.id)
    s.add(space)
    s.flush()
    body = svc.create_body(s, area_id=space.id, kind="stadtteiltisch")
    m = svc.plan_meeting(s, body_id=body, day=date(2025, 1, 14))
    topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
    svc.save_notes(s, topic.id, "Die Jugendhäuser in der Ahornstraße öffnen zu spät. "
                   "Die Bedürfnisse der Jugendlichen wurden gesammelt.")
    concern = svc.add_concern(s, meeting_id=m, text="Fußball am Abend auf dem Bolzplatz")
    measure = Measure(number="SRAE-NW-2025-003", title="Straßenfußball für alle",
                      region_id=region.id, summary="Offenes Angebot")
    s.add(measure)
    s.flush()
    return {"item": topic.id, "concern": concern, "measure": measure.id}


def _found(s: Session, query: str) -> set[uuid.UUID]:
    return {h.id for g in search(s, query).groups for h in g.hits}


def test_german_search_on_postgresql(s: Session) -> None:
    ids = _minutes(s)
    for query in ("Bedürfnisse", "Beduerfnisse", "bedurfnisse", "Jugendhauser", "Ahornstrasse",
                  "Ahornstraße"):
        assert ids["item"] in _found(s, query), query
    for query in ("Fußball Abend", "Fussball", "Fußbälle"):
        assert ids["concern"] in _found(s, query), query
    for query in ("Strassenfussball", "SRAE-NW-2025-003", "SRAE-NW"):
        assert ids["measure"] in _found(s, query), query
    results = search(s, "Bolzplatz")
    assert [g.label for g in results.groups] == ["Anliegen"]
    hit = results.groups[0].hits[0]
    assert hit.context == "Stadtteiltisch Groß Klein, 14.01.2025"
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Bolzplatz"]


def test_triggers_follow_edits_and_deletions(s: Session) -> None:
    ids = _minutes(s)
    svc.save_notes(s, ids["item"], "Jetzt geht es um Graffiti")
    svc.delete_result(s, "concern", ids["concern"])
    s.flush()
    assert ids["item"] in _found(s, "Graffiti")
    assert ids["item"] not in _found(s, "Jugendhäuser")
    assert ids["concern"] not in _found(s, "Fußball")


def test_install_is_idempotent_and_backfills(s: Session, pg_db: str) -> None:
    _minutes(s)
    s.commit()
    engine = create_engine(pg_db)
    with engine.begin() as conn:
        assert search_index_installed(conn)
        count = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
        install_search_index(conn)
        conn.execute(text("DELETE FROM search_docs WHERE kind = 'measure'"))
        install_search_index(conn)  # indexes the rows that lost their entry
        assert conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one() == count
        rebuild_search_index(conn)
        assert conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one() == count
        index = conn.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_search_docs_tsv'"
        )).scalar_one()
    engine.dispose()
    assert "gin" in index.lower()
