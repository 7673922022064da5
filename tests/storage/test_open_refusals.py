"""Files that must not be opened: each gets its own error with a German message, and the file
(with its folder) stays exactly as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_helpers import NOBODY, fingerprint, make_sqlite_db, run_in_child

from sro_desktop.storage.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    LockedDatabaseError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from sro_desktop.storage.open import open_database
from sro_desktop.storage.schema_version import HEAD_REVISION

FAST = 0.2  # seconds to wait for a lock in these tests


def refuse(path: Path, error: type[DatabaseOpenError]) -> DatabaseOpenError:
    """Open ``path``, expect ``error``, and check that nothing on disk changed."""
    before = fingerprint(path)
    with pytest.raises(error) as info:
        open_database(path, lock_timeout=FAST)
    assert fingerprint(path) == before
    assert str(path) in info.value.message
    return info.value


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "fehlt.sqlite"
    with pytest.raises(MissingDatabaseError) as info:
        open_database(path)
    assert "nicht gefunden" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notizen.sqlite"
    path.write_text("Protokoll der Sitzung vom 3. März\n" * 50, encoding="utf-8")
    error = refuse(path, NotADatabaseError)
    assert "keine SRO-Desktop-Datenbank (keine SQLite-Datei" in error.message


def test_empty_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "leer.sqlite"
    path.touch()
    assert "leer" in refuse(path, NotADatabaseError).message


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "ordner.sqlite"
    path.mkdir()
    assert "Ordner" in refuse(path, NotADatabaseError).message


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=2000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    assert "abgeschnitten" in refuse(path, CorruptDatabaseError).message


def test_truncated_at_page_boundary_is_refused(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=2000)
    data = path.read_bytes()
    path.write_bytes(data[:8192])
    refuse(path, CorruptDatabaseError)


def test_garbage_in_middle_pages_is_corrupt(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=3000)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle : middle + 3 * page] = os.urandom(3 * page)
    path.write_bytes(bytes(data))
    assert "beschädigt" in refuse(path, CorruptDatabaseError).message


def test_sqlite_database_of_another_program_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "kunden.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    assert "anderen Programms" in refuse(path, ForeignDatabaseError).message


def test_other_programs_alembic_revision_is_foreign(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ae1027a6acf'")
    conn.commit()
    conn.close()
    assert "ae1027a6acf" in refuse(path, ForeignDatabaseError).message


def test_newer_revision_is_refused(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    error = refuse(path, NewerSchemaError)
    assert "neueren Version von SRO Desktop" in error.message
    assert "0099_from_the_future" in error.message
    assert f"diese Version kennt nur bis {HEAD_REVISION}" in error.message
    assert "Die Datei bleibt unverändert." in error.message


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder that another (unprivileged) user can reach, unlike pytest's tmp_path."""
    folder = Path(tempfile.mkdtemp(prefix="sro-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _open_without_write_permission(path: Path) -> str:
    """Open ``path`` as a user without write permission; the error's class and message."""

    def attempt() -> str:
        open_database(path, lock_timeout=FAST).close()
        return "opened"

    if os.geteuid() == 0:
        # Root may write to any file whatever its mode bits say; a real user may not. So the
        # attempt runs in a child process that has become the user "nobody".
        return run_in_child(attempt, as_user=NOBODY)
    try:
        return attempt()
    except DatabaseOpenError as exc:
        return f"{type(exc).__name__}: {exc.message}"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to act as another user")
def test_read_only_file_is_refused(shared_dir: Path) -> None:
    path = make_sqlite_db(shared_dir / "sro.sqlite")
    path.chmod(0o444)
    shared_dir.chmod(0o777)
    before = fingerprint(path)
    outcome = _open_without_write_permission(path)
    assert outcome.startswith(ReadOnlyDatabaseError.__name__), outcome
    assert "die Datei ist schreibgeschützt" in outcome
    assert fingerprint(path) == before


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to act as another user")
def test_read_only_folder_is_refused(shared_dir: Path) -> None:
    path = make_sqlite_db(shared_dir / "sro.sqlite")
    path.chmod(0o666)
    shared_dir.chmod(0o555)
    before = fingerprint(path)
    outcome = _open_without_write_permission(path)
    assert outcome.startswith(ReadOnlyDatabaseError.__name__), outcome
    assert "Ordner" in outcome
    assert fingerprint(path) == before


@pytest.mark.parametrize("begin", ["BEGIN EXCLUSIVE", "BEGIN IMMEDIATE"])
def test_locked_file_is_refused(tmp_path: Path, begin: str) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(begin)
    try:
        error = refuse(path, LockedDatabaseError)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "gesperrt" in error.message


def test_short_lock_is_waited_for(tmp_path: Path) -> None:
    """A colleague's short write is no reason to refuse: the busy timeout waits for it."""
    import threading

    path = make_sqlite_db(tmp_path / "sro.sqlite")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        db = open_database(path, lock_timeout=10)
        db.close()
    finally:
        release.join()
        other.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a writer mid-way")
def test_interrupted_write_is_rolled_back_on_open(tmp_path: Path) -> None:
    """A writer that died mid-transaction leaves a hot journal; opening restores the last
    committed state (SQLite's own recovery) instead of refusing the file."""
    path = make_sqlite_db(tmp_path / "sro.sqlite", rows=3000)

    def crash_mid_write() -> str:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the file early
        conn.execute("BEGIN")
        conn.execute("UPDATE settings SET value = value || ' geändert'")
        os._exit(0)

    run_in_child(crash_mid_write)
    assert Path(f"{path}-journal").exists()
    db = open_database(path, lock_timeout=FAST)
    db.close()
    assert not Path(f"{path}-journal").exists()
    conn = sqlite3.connect(path)
    changed = conn.execute("SELECT count(*) FROM settings WHERE value LIKE '%geändert'").fetchone()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert changed == (0,)
