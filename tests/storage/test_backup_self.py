"""A backup never replaces the database file it copies (or one of its SQLite companion files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from storage_helpers import make_sqlite_db

from sro_desktop.models import Area
from sro_desktop.storage.backup import backup_database
from sro_desktop.storage.errors import BackupError
from sro_desktop.storage.open import open_database

REPO = Path(__file__).resolve().parents[2]


def test_backup_onto_the_open_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sro.sqlite"
    db = open_database(path, create=True, seed="empty")
    try:
        with db.write() as s:
            s.add(Area(level="city", name="Rostock", code="HRO"))
        before = path.read_bytes()
        inode = path.stat().st_ino
        with pytest.raises(BackupError) as caught:
            backup_database(db, path)
        assert "Datenbankdatei selbst" in caught.value.message
        assert str(path) in caught.value.message
        assert path.read_bytes() == before
        assert path.stat().st_ino == inode  # not swapped for a copy under the open connections
        assert sorted(p.name for p in tmp_path.iterdir()) == ["sro.sqlite"]  # no temp left
        # The open database still writes to the very file on disk.
        with db.write() as s:
            s.add(Area(level="city", name="Warnemünde", code="WMD"))
    finally:
        db.close()
    reopened = open_database(path)
    try:
        with reopened.session() as s:
            assert sorted(a.name for a in s.query(Area)) == ["Rostock", "Warnemünde"]
    finally:
        reopened.close()


def test_other_spellings_of_the_same_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    before = path.read_bytes()
    (tmp_path / "unter").mkdir()
    link = tmp_path / "verweis.sqlite"
    link.symlink_to(path)
    hard = tmp_path / "hart.sqlite"
    os.link(path, hard)
    monkeypatch.chdir(tmp_path)
    for dest in (Path("sro.sqlite"), tmp_path / "unter" / ".." / "sro.sqlite", link, hard):
        with pytest.raises(BackupError, match="Datenbankdatei selbst"):
            backup_database(path, dest)
    with pytest.raises(BackupError, match="Datenbankdatei selbst"):
        backup_database(str(link), path)  # source given by another name than the target
    assert path.read_bytes() == before


def test_backup_onto_the_journal_is_refused(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    with pytest.raises(BackupError, match="Hilfsdatei"):
        backup_database(path, tmp_path / "sro.sqlite-journal")
    assert not (tmp_path / "sro.sqlite-journal").exists()


def test_a_neighbouring_file_is_still_a_valid_target(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    written = backup_database(path, tmp_path / "sro-kopie.sqlite")
    assert written.read_bytes()[:16] == b"SQLite format 3\x00"


def test_cli_backup_onto_the_database_fails_and_leaves_it(tmp_path: Path) -> None:
    path = make_sqlite_db(tmp_path / "sro.sqlite")
    before = path.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "sro_desktop", "backup", "--db", str(path), "--to", str(path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode != 0
    assert "Datenbankdatei selbst" in done.stderr
    assert path.read_bytes() == before
