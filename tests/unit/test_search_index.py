"""The search index objects on SQLite: idempotent install, backfill, rebuild, Alembic filter."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from sro_desktop.models import Area, Body, Concern, Meeting
from sro_desktop.services.search import search
from sro_desktop.storage.search_index import (
    drop_search_index,
    install_search_index,
    is_search_table,
    rebuild_search_index,
    search_index_installed,
)


def _concern_rows(engine: Engine, texts: list[str]) -> None:
    """Rows written with plain SQL, as a migration or an import would."""
    with Session(engine) as s:
        area = Area(level="social_space", code="D", name="Groß Klein")
        s.add(area)
        s.flush()
        body = Body(kind="stadtteiltisch", name="Stadtteiltisch Groß Klein", area_id=area.id)
        s.add(body)
        s.flush()
        meeting = Meeting(body_id=body.id, date=date(2025, 1, 14))
        s.add(meeting)
        s.flush()
        s.execute(insert(Concern), [
            {"id": uuid.uuid4(), "meeting_id": meeting.id, "text": t, "row_version": 1}
            for t in texts
        ])
        s.commit()


def _count(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_install_indexes_existing_rows_and_is_idempotent(schema_engine: Engine) -> None:
    _concern_rows(schema_engine, ["Sitzbänke an der Straße", "Mehr Grün im Hof"])
    with schema_engine.begin() as conn:
        assert not search_index_installed(conn)
        install_search_index(conn)
        assert search_index_installed(conn)
    with schema_engine.begin() as conn:
        install_search_index(conn)  # twice: nothing doubles
    assert _count(schema_engine, "SELECT count(*) FROM search_docs") == 2
    assert _count(schema_engine, "SELECT count(*) FROM search_fts") == 2
    with Session(schema_engine) as s:
        assert search(s, "Strasse").total == 1


def test_install_backfills_rows_written_while_triggers_were_missing(schema_engine: Engine) -> None:
    with schema_engine.begin() as conn:
        install_search_index(conn)
        # A batch migration on SQLite rebuilds a table and so loses its triggers.
        conn.exec_driver_sql("DROP TRIGGER search_concerns_ai")
    _concern_rows(schema_engine, ["Fußballtore fehlen"])
    with Session(schema_engine) as s:
        assert search(s, "Fussballtore").total == 0
    with schema_engine.begin() as conn:
        install_search_index(conn)
    with Session(schema_engine) as s:
        assert search(s, "Fussballtore").total == 1


def test_rebuild_and_drop(schema_engine: Engine) -> None:
    _concern_rows(schema_engine, ["Bänke", "Spielgeräte"])
    with schema_engine.begin() as conn:
        install_search_index(conn)
        conn.exec_driver_sql("DELETE FROM search_fts")  # damaged by hand
        rebuild_search_index(conn)
    with Session(schema_engine) as s:
        assert search(s, "Spielgeräte").total == 1
    with schema_engine.begin() as conn:
        drop_search_index(conn)
        assert not search_index_installed(conn)
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'")]
    assert names == []


def test_alembic_filter_knows_the_index_tables() -> None:
    for name in ("search_docs", "search_fts", "search_fts_data", "search_fts_idx"):
        assert is_search_table(name)
    assert not is_search_table("concerns")
