"""Backups of SQLite databases: on demand, before each migration, daily, and restoring one.

Copies are made with SQLite's backup API, which reads a consistent snapshot even while other
connections (other users on a share) write. They go into a folder ``Sicherungen`` beside the
database file: for the default database that is the user's local data directory, for a shared
file the share, where every user of that file finds them. A copy is written under a temporary
name and renamed when complete, so a half-written backup never looks like a good one.

PostgreSQL is backed up by its administrators with ``pg_dump``; asking us is a clear error.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path

from .database import BUSY_TIMEOUT_MS, Database, connect_sqlite
from .errors import (
    BackupError,
    BackupTargetExistsError,
    CorruptDatabaseError,
    LockedDatabaseError,
    StorageError,
)
from .probe import check_write_lock, probe_sqlite_file, quick_check_findings

BACKUP_DIR_NAME = "Sicherungen"

PG_DUMP_HINT = (
    "PostgreSQL-Datenbanken sichert SRO Desktop nicht selbst: bitte die Datenbankverwaltung "
    "bitten, mit pg_dump zu sichern (z. B. „pg_dump -Fc -f sro.dump DATENBANK“) und mit "
    "pg_restore wiederherzustellen."
)

# On Windows a virus scanner or indexer may hold a freshly written file for a moment.
REPLACE_ATTEMPTS = 6
REPLACE_DELAY_S = 0.25


def backup_dir(path: Path) -> Path:
    """The backup folder of the database file ``path``."""
    return path.parent / BACKUP_DIR_NAME


def _sqlite_path(source: Database | str | Path) -> Path:
    if isinstance(source, Database):
        if source.kind != "sqlite" or source.path is None:
            raise BackupError(source.url, PG_DUMP_HINT)
        return source.path
    if "://" in str(source):
        raise BackupError(source, PG_DUMP_HINT)
    return Path(source)


def replace_with_retry(src: Path, dest: Path) -> None:
    """``os.replace`` that retries a few times while another program holds ``dest``."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(src, dest)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_DELAY_S * (attempt + 1))


def _copy_snapshot(path: Path, dest: Path) -> None:
    """Copy a consistent snapshot of ``path`` to the new file ``dest`` with the backup API."""
    try:
        src = connect_sqlite(path, "ro")
    except sqlite3.Error as exc:
        raise BackupError(path, f"„{path}“ kann nicht gelesen werden ({exc}).") from exc
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _is_same_file(path: Path, dest: Path) -> bool:
    """Whether ``dest`` names the database file ``path`` itself (also via a link or a share)."""
    try:
        if path.exists() and dest.exists():
            return os.path.samefile(path, dest)
    except OSError:
        pass  # unreadable metadata: fall back to comparing the resolved names
    try:
        return path.resolve() == dest.resolve()
    except OSError:
        return os.path.abspath(path) == os.path.abspath(dest)


def _is_companion_file(path: Path, dest: Path) -> bool:
    """Whether ``dest`` is the journal (or WAL/shared-memory file) SQLite keeps beside ``path``."""
    return any(
        _is_same_file(Path(f"{path}{suffix}"), dest) for suffix in ("-journal", "-wal", "-shm")
    )


def backup_database(source: Database | str | Path, dest: Path, *, overwrite: bool = True) -> Path:
    """Write a consistent copy of an SQLite database (open or not) to ``dest``; return ``dest``.

    ``dest`` must not be the database file itself: replacing it under the running program
    would swap the file away from every open connection (on a share, other users would keep
    writing to the replaced copy). Without ``overwrite`` an existing ``dest`` is refused.
    """
    path = _sqlite_path(source)
    dest = Path(dest)
    if _is_same_file(path, dest):
        raise BackupError(
            path,
            f"Sicherungsziel: „{dest}“ ist die Datenbankdatei selbst (eine Sicherung muss in "
            f"eine andere Datei geschrieben werden). Die Datei bleibt unverändert.",
        )
    if _is_companion_file(path, dest):
        raise BackupError(
            path,
            f"Sicherungsziel: „{dest}“ ist eine Hilfsdatei der Datenbank „{path}“ (eine "
            f"Sicherung muss in eine andere Datei geschrieben werden). Die Datei bleibt "
            f"unverändert.",
        )
    if not overwrite and dest.exists():
        raise BackupTargetExistsError(
            path,
            f"Sicherungsziel: „{dest}“ existiert bereits; eine Sicherung überschreibt keine "
            f"vorhandene Datei (mit --force doch überschreiben). Die Datei bleibt unverändert.",
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _copy_snapshot(path, tmp)
        replace_with_retry(tmp, dest)
    except sqlite3.Error as exc:
        raise BackupError(
            path, f"Sicherung von „{path}“ nach „{dest}“ misslungen ({exc})."
        ) from exc
    except OSError as exc:
        raise BackupError(
            path, f"Sicherung von „{path}“ nach „{dest}“ misslungen ({exc.strerror or exc})."
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    return dest


def _daily_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(path.stem)}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(path.suffix)}$"
    )


def daily_backups(path: Path) -> list[Path]:
    """The daily copies of ``path``, oldest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(path)
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def daily_backup(path: Path, keep: int = 7, *, today: date | None = None) -> Path:
    """Today's copy of ``path`` in ``Sicherungen/`` (made once a day); keep the newest ``keep``.

    The copy is checked with ``PRAGMA quick_check`` before older copies are rotated out, so a
    database that went bad does not push the good copies out. Call it off the GUI thread: it
    reads the whole file.
    """
    path = Path(path)
    day = today or date.today()
    dest = backup_dir(path) / f"{path.stem}-{day.isoformat()}{path.suffix}"
    if not dest.exists():
        backup_database(path, dest)
        problems = _quick_check(dest)
        if problems:
            dest.unlink(missing_ok=True)
            raise CorruptDatabaseError(
                path,
                f"„{path}“ ist beschädigt (SQLite-Prüfung der Tagessicherung: {problems}). Die "
                f"älteren Sicherungen in „{backup_dir(path)}“ bleiben erhalten.",
            )
    for old in daily_backups(path)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return dest


def _quick_check(path: Path) -> str:
    """Empty when SQLite's quick check passes, else its findings."""
    conn = connect_sqlite(path, "ro")
    try:
        return "; ".join(quick_check_findings(conn))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def restore_backup(
    backup: Path, target: str | Path, *, lock_timeout: float = BUSY_TIMEOUT_MS / 1000
) -> Path | None:
    """Replace ``target`` by a copy of ``backup``; return where the replaced file was kept.

    The backup must be a healthy SRO Desktop database that this version can open (an older
    revision is fine: it is migrated on the next open). The replaced file is kept byte for byte
    in ``Sicherungen/`` (with its journal, if a transaction was interrupted, so that opening the
    kept copy recovers it). Nobody else may have ``target`` open meanwhile: on Windows the
    replacement fails then, elsewhere the others would keep writing to the replaced file.
    """
    if "://" in str(target):
        raise BackupError(target, PG_DUMP_HINT)
    backup, target = Path(backup), Path(target)
    probe_sqlite_file(backup, verify=True, for_writing=False, lock_timeout=lock_timeout)
    kept: Path | None = None
    journal = Path(f"{target}-journal")
    kept_journal: Path | None = None
    staging = target.with_name(f".{target.name}.wiederherstellung")
    if target.exists():
        try:
            check_write_lock(target, lock_timeout)
        except LockedDatabaseError:
            raise
        except StorageError:
            pass  # a broken target (often the reason to restore) has no lock to respect
    backup_database(backup, staging)
    try:
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = backup_dir(target) / f"{target.stem}-ersetzt-{stamp}{target.suffix}"
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, kept)
            if journal.exists():
                # The journal belongs to the old file: applied to the restored one it would
                # corrupt it. Beside the kept copy it recovers that copy when opened.
                kept_journal = Path(f"{kept}-journal")
                replace_with_retry(journal, kept_journal)
        replace_with_retry(staging, target)
    except OSError as exc:
        if kept_journal is not None and kept_journal.exists() and not journal.exists():
            os.replace(kept_journal, journal)
        raise BackupError(
            target,
            f"„{target}“ konnte nicht durch die Sicherung „{backup}“ ersetzt werden "
            f"({exc.strerror or exc}); ist die Datei noch in einem Programm geöffnet? "
            f"Die Datei ist unverändert.",
        ) from exc
    finally:
        staging.unlink(missing_ok=True)
    return kept
