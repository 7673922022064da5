"""``check_database``: read-only health report for ``sro-desktop check``."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from storage_helpers import fingerprint, make_sqlite_db

from sro_desktop.storage.database import make_engine
from sro_desktop.storage.integrity import check_database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.schema_version import HEAD_REVISION, SchemaScripts


def test_healthy_database(new_target: str) -> None:
    open_database(new_target, create=True, seed="empty").close()
    report = check_database(new_target)
    assert (report.ok, report.revision, report.head, report.problems) == (
        True,
        HEAD_REVISION,
        HEAD_REVISION,
        [],
    )


def test_check_changes_nothing(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=100)
    before = fingerprint(path)
    assert check_database(path).ok
    assert fingerprint(path) == before


def test_dangling_reference_is_reported(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    conn = sqlite3.connect(path)  # foreign keys are off on a plain connection
    conn.execute(
        "INSERT INTO area_populations (id, area_id, reference_date, residents, source,"
        " created_at, updated_at, updated_by, row_version)"
        " VALUES (?, ?, '2023-12-31', 100, '', '2024-01-01', '2024-01-01', '', 1)",
        (uuid.uuid4().hex, uuid.uuid4().hex),
    )
    conn.commit()
    conn.close()
    report = check_database(path)
    assert not report.ok
    assert report.problems == [
        "Tabelle area_populations: 1 Verweis(e) auf fehlende Zeilen in areas"
    ]


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "brief.sqlite"
    path.write_text("Sehr geehrte Damen und Herren," * 20, encoding="utf-8")
    report = check_database(path)
    assert not report.ok
    assert report.revision is None
    assert "keine SQLite-Datei" in report.problems[0]


def test_corrupt_pages_are_reported(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=3000)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xff" * page
    path.write_bytes(bytes(data))
    report = check_database(path)
    assert not report.ok
    assert report.problems


def test_older_and_newer_revisions_are_not_healthy(
    tmp_path: Path, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    older = check_database(path, scripts=make_scripts("pass"))
    assert not older.ok
    assert "älter" in older.problems[0]

    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0100_zukunft'")
    conn.commit()
    conn.close()
    newer = check_database(path)
    assert (newer.ok, newer.revision) == (False, "0100_zukunft")
    assert "neueren Version" in newer.problems[0]


def test_server_database_revision_is_checked(new_target: str) -> None:
    open_database(new_target, create=True, seed="empty").close()
    engine = make_engine(new_target)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    report = check_database(new_target)
    assert not report.ok
    assert "alembic_version fehlt" in report.problems[0]
