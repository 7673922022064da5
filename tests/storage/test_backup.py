"""Backups: consistent copies while others write, daily rotation, restoring with a kept copy."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from storage_helpers import filler_count, fingerprint, make_sqlite_db

from sro_desktop.models import Area
from sro_desktop.storage.backup import (
    backup_database,
    backup_dir,
    daily_backup,
    daily_backups,
    restore_backup,
)
from sro_desktop.storage.errors import (
    BackupError,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
)
from sro_desktop.storage.open import open_database


def area_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM areas ORDER BY name")]
    finally:
        conn.close()


def test_backup_while_another_program_writes_is_consistent(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=500)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM settings")  # not committed while the copy is made
    try:
        copy = backup_database(path, tmp_path / "kopie.sqlite")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert copy == tmp_path / "kopie.sqlite"
    assert filler_count(copy) == 500
    # The copy is a database of ours that opens like the original.
    open_database(copy).close()


def test_backup_of_an_open_database(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sro.sqlite", create=True, seed="empty")
    with db.write() as s:
        s.add(Area(level="city", name="Rostock", code="HRO"))
    copy = backup_database(db, tmp_path / "Sicherungen" / "jetzt.sqlite")
    db.close()
    assert area_names(copy) == ["Rostock"]
    assert [p.name for p in copy.parent.iterdir()] == ["jetzt.sqlite"]  # no temp files left


def test_postgresql_is_backed_up_with_pg_dump() -> None:
    url = "postgresql+psycopg://sro:geheim@server/sro"
    with pytest.raises(BackupError) as info:
        backup_database(url, Path("x.sqlite"))
    assert "pg_dump" in info.value.message
    assert "geheim" not in info.value.target
    with pytest.raises(BackupError):
        restore_backup(Path("x.sqlite"), url)


def test_restore_round_trip_keeps_the_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "sro.sqlite"
    db = open_database(path, create=True, seed="empty")
    with db.write() as s:
        s.add(Area(level="city", name="Alt", code="HRO"))
    saved = backup_database(db, tmp_path / "gesichert.sqlite")
    with db.write() as s:
        area = s.query(Area).one()
        area.name = "Neu"
    db.close()

    kept = restore_backup(saved, path)

    assert area_names(path) == ["Alt"]
    assert kept is not None
    assert kept.parent == backup_dir(path)
    assert area_names(kept) == ["Neu"]
    open_database(path).close()


def test_restore_refuses_a_bad_backup_and_leaves_the_target(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    before = fingerprint(path)

    foreign = tmp_path / "fremd.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        restore_backup(foreign, path)

    newer = make_sqlite_db(tmp_path / "neuer.sqlite")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0077_spaeter'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        restore_backup(newer, path)

    assert fingerprint(path)[:2] == before[:2]
    assert not backup_dir(path).exists()


def test_restore_replaces_a_corrupt_file(tmp_path: Path) -> None:
    """Restoring is what one does with a damaged file: that file is kept byte for byte."""
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=200)
    saved = backup_database(path, tmp_path / "gut.sqlite")
    damaged = b"kaputt" * 1000
    path.write_bytes(damaged)

    kept = restore_backup(saved, path)

    assert kept is not None and kept.read_bytes() == damaged
    assert filler_count(path) == 200


def test_daily_backup_once_a_day_and_rotated(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    first_day = date(2025, 3, 1)
    for offset in range(5):
        daily_backup(path, keep=3, today=first_day + timedelta(days=offset))
    again = daily_backup(path, keep=3, today=first_day + timedelta(days=4))
    names = [p.name for p in daily_backups(path)]
    assert names == ["sro-2025-03-03.sqlite", "sro-2025-03-04.sqlite", "sro-2025-03-05.sqlite"]
    assert again.name == "sro-2025-03-05.sqlite"


def test_daily_backup_of_a_damaged_database_keeps_older_copies(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=3000)
    daily_backup(path, keep=1, today=date(2025, 3, 1))
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = os.urandom(3 * page)
    path.write_bytes(bytes(data))

    with pytest.raises(CorruptDatabaseError) as info:
        daily_backup(path, keep=1, today=date(2025, 3, 2))

    assert "beschädigt" in info.value.message
    assert [p.name for p in daily_backups(path)] == ["sro-2025-03-01.sqlite"]
