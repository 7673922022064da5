"""Write transactions and concurrency: pragmas, BEGIN IMMEDIATE, no lost updates between two
programs on one file, optimistic concurrency on every edited row."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from sro_desktop.models import Area, NumberSequence
from sro_desktop.storage.database import BUSY_TIMEOUT_MS, Database
from sro_desktop.storage.open import open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "sro.sqlite", create=True, seed="empty")
    yield database
    database.close()


def test_sqlite_connections_use_journal_and_sync_settings(db: Database) -> None:
    with db.session() as s:
        conn = s.connection()
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "delete",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
    }


def test_writes_begin_immediate_and_reads_deferred(db: Database) -> None:
    statements: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    with db.write() as s:
        s.add(NumberSequence(key="probe", last_value=0))
    with db.session() as s:
        s.scalars(select(NumberSequence)).all()
    begins = [st for st in statements if st.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]


def test_two_programs_incrementing_lose_no_update(tmp_path: Path) -> None:
    """Two Database objects on one file (as two programs on a share), each incrementing the
    same counter from its own thread: every increment survives and none fails as locked."""
    path = tmp_path / "sro.sqlite"
    first = open_database(path, create=True, seed="empty")
    second = open_database(path)
    with first.write() as s:
        s.add(NumberSequence(key="zaehler", last_value=0))
    rounds = 40
    failures: list[BaseException] = []

    def increment(database: Database) -> None:
        try:
            for _ in range(rounds):
                with database.write() as s:
                    row = s.get(NumberSequence, "zaehler")
                    assert row is not None
                    row.last_value += 1
        except BaseException as exc:  # collected and asserted below
            failures.append(exc)

    threads = [threading.Thread(target=increment, args=(d,)) for d in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with first.session() as s:
        final = s.get(NumberSequence, "zaehler")
        assert final is not None
        value = final.last_value
    first.close()
    second.close()
    assert failures == []
    assert value == 2 * rounds


def test_stale_save_raises_stale_data_error(new_target: str) -> None:
    """Two people edit the same row: the second save is refused (row_version), not merged."""
    database = open_database(new_target, create=True, seed="empty")
    try:
        with database.write() as s:
            area = Area(level="city", name="Rostock", code="HRO")
            s.add(area)
            s.flush()
            area_id = area.id

        with database.session() as mine:
            my_copy = mine.get(Area, area_id)
            assert my_copy is not None
            mine.commit()  # the read ends; the loaded values stay (no dialog holds a transaction)

            with database.write() as theirs:
                their_copy = theirs.get(Area, area_id)
                assert their_copy is not None
                their_copy.name = "Hansestadt Rostock"

            my_copy.name = "Rostock (Stadt)"
            with pytest.raises(StaleDataError):
                mine.commit()

        with database.session() as s:
            stored = s.get(Area, area_id)
            assert stored is not None
            assert (stored.name, stored.row_version) == ("Hansestadt Rostock", 2)
    finally:
        database.close()


def test_vanished_file_is_not_recreated_empty(tmp_path: Path) -> None:
    """A new connection to a file that disappeared (a share gone, a renamed file) fails
    instead of creating an empty database in its place."""
    path = tmp_path / "sro.sqlite"
    database = open_database(path, create=True, seed="empty")
    database.close()
    path.rename(tmp_path / "umbenannt.sqlite")
    with pytest.raises(OperationalError), database.session() as s:
        s.scalars(select(Area)).all()
    assert not path.exists()
