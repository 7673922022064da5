"""The search on PostgreSQL: pages of a group ("Mehr anzeigen") and rows of deleted meetings
left out, as on SQLite."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sro_desktop.models import Area, Base
from sro_desktop.services import meetings as svc
from sro_desktop.services.search import search, search_group
from sro_desktop.storage.search_index import install_search_index

pytestmark = pytest.mark.postgres


@pytest.fixture
def s(pg_url: str) -> Iterator[Session]:
    """A session on a fresh database of its own on the test server (dropped afterwards)."""
    name = f"sro_pages_{uuid.uuid4().hex[:12]}"
    maintenance = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with maintenance.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(make_url(pg_url).set(database=name))
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            install_search_index(conn)
        with Session(engine, info={"user": "testerin"}) as session:
            yield session
    finally:
        engine.dispose()
        with maintenance.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        maintenance.dispose()


def _meeting(s: Session, day: date) -> uuid.UUID:
    region = s.query(Area).filter_by(code="RR-NW").one_or_none()
    if region is None:
        region = Area(level="region", code="RR-NW", name="Nordwest")
        s.add(region)
        s.flush()
        space = Area(level="social_space", code="D", name="Groß Klein", parent_id=region.id)
        s.add(space)
        s.flush()
        svc.create_body(s, area_id=space.id, kind="stadtteiltisch")
    body = svc.list_bodies(s)[0].id
    return svc.plan_meeting(s, body_id=body, day=day)


def test_pages_of_a_group_on_postgresql(s: Session) -> None:
    m = _meeting(s, date(2025, 1, 14))
    made = {svc.add_task(s, meeting_id=m, description=f"Laterne {i} prüfen") for i in range(33)}
    s.flush()
    first = search(s, "Laterne").groups[0]
    assert first.total == 33 and len(first.hits) == 20
    seen = [h.id for h in first.hits]
    while len(seen) < 33:
        page = search_group(s, "Laterne", "tasks", offset=len(seen), limit=7)
        assert page.total == 33 and page.hits
        seen += [h.id for h in page.hits]
    assert len(set(seen)) == 33 and set(seen) == made
    past = search_group(s, "Laterne", "tasks", offset=40)
    assert past.total == 33 and past.hits == ()


def test_rows_of_a_deleted_meeting_are_not_found_on_postgresql(s: Session) -> None:
    m = _meeting(s, date(2025, 1, 14))
    kept = _meeting(s, date(2025, 2, 11))
    gone = svc.add_task(s, meeting_id=m, description="Zirkuswagen reparieren")
    stays = svc.add_task(s, meeting_id=kept, description="Zirkuswagen streichen")
    s.flush()
    svc.delete_meeting(s, m)
    s.flush()
    results = search(s, "Zirkuswagen")
    assert [(g.total, [h.id for h in g.hits]) for g in results.groups] == [(1, [stays])]
    assert gone not in {h.id for h in search_group(s, "Zirkuswagen", "tasks", offset=0).hits}
