"""Creating a database: schema, revision stamp and seed in one go, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sro_desktop.models import Area
from sro_desktop.storage.errors import (
    DatabaseOpenError,
    ForeignDatabaseError,
    MissingDatabaseError,
)
from sro_desktop.storage.open import open_database
from sro_desktop.storage.schema_version import HEAD_REVISION


def test_create_empty_then_reopen(new_target: str) -> None:
    db = open_database(new_target, create=True, seed="empty")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Area)) == 0
    db.close()
    again = open_database(new_target)  # no create: it exists now
    assert again.kind == ("postgresql" if "://" in new_target else "sqlite")
    assert again.on_network is False
    again.close()


@pytest.mark.postgres
def test_missing_server_data_is_not_created_without_asking(pg_database: str) -> None:
    with pytest.raises(MissingDatabaseError) as info:
        open_database(pg_database)
    assert "noch keine SRO-Desktop-Daten" in info.value.message


@pytest.mark.postgres
def test_server_database_of_another_program_is_refused(pg_database: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE kunden (id integer primary key)"))
    engine.dispose()
    with pytest.raises(ForeignDatabaseError):
        open_database(pg_database, create=True)


def test_create_in_new_folder_with_awkward_name(tmp_path: Path) -> None:
    path = tmp_path / "Neuer Ordner" / "Sitzung #1 (50%)?.sqlite"
    db = open_database(path, create=True, seed="empty")
    assert db.path == path
    db.close()
    conn = sqlite3.connect(f"file:{path.as_uri()[7:]}?mode=ro", uri=True)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    conn.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_create_with_rostock_seed(new_target: str) -> None:
    pytest.importorskip("sro_desktop.storage.seed", reason="Rostock-Grunddaten fehlen noch")
    db = open_database(new_target, create=True, user="einrichtung")
    with db.session() as s:
        codes = set(s.scalars(select(Area.code).where(Area.level == "social_space")))
    db.close()
    assert len(codes) == 21
    assert {"A", "U"} <= codes


def test_unreachable_server_gets_a_clear_error() -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql+psycopg://sro:geheim@127.0.0.1:9/sro", create=True)
    assert info.value.message.startswith(
        "Verbindung zu „postgresql+psycopg://sro:***@127.0.0.1:9/sro“"
    )
    assert "geheim" not in info.value.message
