"""Check an SQLite file before anything opens it for writing, without changing a byte of it.

The order matters: the header first (no SQLite needed), then read-only connections
(``mode=ro``) for SQLite's own checks and the schema revision, then the write permission and the
write lock. Every refusal raises a :class:`~.errors.DatabaseOpenError` with a German message;
the file is left exactly as it was (a test compares hashes for each case).

One exception is deliberate: a *hot journal* (a writer died mid-transaction) is rolled back by
opening the file read-write, which restores the last committed state. That is what SQLite does
for any program that opens the file next, and it only happens when the file is writable.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .database import BUSY_TIMEOUT_MS, connect_sqlite
from .errors import (
    UNCHANGED,
    CorruptDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    LockedDatabaseError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    UnfinishedTransactionError,
    UnreadableDatabaseError,
    describe_target,
    is_server_target,
    unchanged,
)
from .schema_version import (
    PACKAGED_SCRIPTS,
    SchemaScripts,
    is_our_revision_id,
    read_sqlite_revision,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class ProbeResult:
    """What the checks found: the stamped revision and whether it is this program's head."""

    path: Path
    revision: str
    current: bool


def check_header(path: Path) -> None:
    """Refuse files that are no SQLite database or visibly truncated, reading only the header.

    The header records the page size and (when valid) the page count, so a file cut short by an
    aborted copy is caught here without reading the rest.
    """
    name = str(path)
    if path.is_dir():
        raise NotADatabaseError(
            path, f"„{name}“ ist ein Ordner, keine SRO-Desktop-Datenbank (keine SQLite-Datei)."
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError as exc:
        raise MissingDatabaseError(path, f"Datenbank „{name}“ nicht gefunden.") from exc
    except OSError as exc:
        raise UnreadableDatabaseError(
            path, f"„{name}“ kann nicht gelesen werden ({exc.strerror or exc}). {UNCHANGED}"
        ) from exc
    if not header:
        raise NotADatabaseError(
            path,
            f"„{name}“ ist keine SRO-Desktop-Datenbank (keine SQLite-Datei: die Datei ist leer). "
            f"{UNCHANGED}",
        )
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            path,
            f"„{name}“ ist keine SRO-Desktop-Datenbank (keine SQLite-Datei: die Kennung "
            f"„SQLite format 3“ fehlt am Dateianfang). {UNCHANGED}",
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptDatabaseError(
            path,
            f"„{name}“ ist beschädigt (ungültige Seitengröße {page_size} im Dateikopf). "
            f"{UNCHANGED} Bitte eine Sicherung wiederherstellen.",
        )
    change_counter = header[24:28]
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[92:96] == change_counter and page_count > 0
    expected = page_count * page_size if count_is_valid else 0
    if size % page_size or size < expected:
        raise CorruptDatabaseError(
            path,
            f"„{name}“ ist unvollständig (abgeschnitten): {size} Bytes vorhanden, "
            f"{max(expected, size + page_size - size % page_size)} Bytes erwartet. {UNCHANGED} "
            f"Bitte eine Sicherung wiederherstellen.",
        )


def sqlite_failure(exc: BaseException) -> str | None:
    """What SQLite's result code of ``exc`` says about the file: ``"damaged"`` (SQLITE_CORRUPT…,
    SQLITE_NOTADB), ``"io"`` (SQLITE_IOERR…: a full disk, a lost share), else None."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    if code.startswith("SQLITE_CORRUPT") or code == "SQLITE_NOTADB":
        return "damaged"
    if code.startswith("SQLITE_IOERR"):
        return "io"
    return None


def error_from_sqlite(path: Path, exc: sqlite3.Error, lock_timeout: float) -> DatabaseOpenError:
    """Translate SQLite's error into our error class with a German message."""
    name = str(path)
    code = getattr(exc, "sqlite_errorname", "") or ""
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LockedDatabaseError(
            path,
            f"„{name}“ ist gesperrt: ein anderes Programm hält die Datei seit mehr als "
            f"{lock_timeout:g} s für sich (SQLite-Sperre). Bitte später erneut versuchen. "
            f"{UNCHANGED}",
        )
    if code == "SQLITE_NOTADB":
        return NotADatabaseError(
            path,
            f"„{name}“ ist keine SRO-Desktop-Datenbank (keine lesbare SQLite-Datei, vielleicht "
            f"verschlüsselt). {UNCHANGED}",
        )
    if code.startswith("SQLITE_CORRUPT"):
        return CorruptDatabaseError(
            path,
            f"„{name}“ ist beschädigt (SQLite meldet: {exc}). {UNCHANGED} "
            f"Bitte eine Sicherung wiederherstellen.",
        )
    if code.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_AUTH")):
        return UnreadableDatabaseError(
            path, f"„{name}“ kann nicht gelesen werden (SQLite meldet: {exc}). {UNCHANGED}"
        )
    if code.startswith("SQLITE_READONLY"):
        return ReadOnlyDatabaseError(
            path, f"„{name}“ ist schreibgeschützt (SQLite meldet: {exc}). {UNCHANGED}"
        )
    return DatabaseOpenError(
        path, f"„{name}“ kann nicht geöffnet werden (SQLite meldet: {exc}). {UNCHANGED}"
    )


def _is_hot_journal(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_READONLY_ROLLBACK",)


def quick_check_findings(conn: sqlite3.Connection) -> list[str]:
    """The first findings of SQLite's ``quick_check``; empty when the file passes."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    return [] if rows == ["ok"] else rows


def _read_checks(path: Path, *, quick_check: bool, lock_timeout: float) -> str | None:
    """Read the revision (and run ``PRAGMA quick_check``) on a read-only connection."""
    conn = connect_sqlite(path, "ro", timeout=lock_timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        revision = read_sqlite_revision(conn)
        findings = quick_check_findings(conn) if quick_check else []
        if findings:
            raise CorruptDatabaseError(
                path,
                f"„{path}“ ist beschädigt (SQLite-Prüfung: {'; '.join(findings)}). {UNCHANGED} "
                f"Bitte eine Sicherung wiederherstellen.",
            )
        return revision
    finally:
        conn.close()


def _recover_hot_journal(path: Path, lock_timeout: float) -> None:
    """Let SQLite roll back an interrupted transaction (restoring the last committed state)."""
    conn = connect_sqlite(path, "rw", timeout=lock_timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def check_writable(path: Path) -> None:
    """Refuse a file we may not write, or whose folder we may not write (journal beside it)."""
    name = str(path)
    folder = path.parent
    problem = ""
    if not os.access(path, os.W_OK):
        problem = "die Datei ist schreibgeschützt"
    elif not os.access(folder, os.W_OK):
        problem = f"der Ordner „{folder}“ ist schreibgeschützt (SQLite legt dort sein Journal an)"
    else:
        try:
            # Opening for update writes nothing; it asks the OS (and, on Windows, the ACLs that
            # os.access ignores) whether writing would be allowed.
            with path.open("r+b"):
                pass
        except OSError as exc:
            problem = f"kein Schreibrecht ({exc.strerror or exc})"
    if problem:
        raise ReadOnlyDatabaseError(
            path,
            f"„{name}“ kann nicht geöffnet werden: {problem}. SRO Desktop braucht Schreibrecht "
            f"auf die Datei und ihren Ordner. {UNCHANGED}",
        )


def check_write_lock(path: Path, lock_timeout: float) -> None:
    """Take and release the write lock (``BEGIN IMMEDIATE`` + ``ROLLBACK``: writes nothing)."""
    try:
        conn = connect_sqlite(path, "rw", timeout=lock_timeout)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise error_from_sqlite(path, exc, lock_timeout) from exc


def classify_revision(target: str | Path, revision: str | None, scripts: SchemaScripts) -> bool:
    """True when ``revision`` is the head, False when it is an older one we can migrate from.

    Refuses a missing version table or an unknown id (newer when it has our id shape, else
    another program's). Alembic is imported only when the revision is not the head.
    """
    name = describe_target(target)
    what = "eine Datenbank" if is_server_target(target) else "eine SQLite-Datenbank"
    if revision is None:
        raise ForeignDatabaseError(
            target,
            f"„{name}“ ist {what} eines anderen Programms, keine SRO-Desktop-Datenbank (die "
            f"Tabelle alembic_version fehlt). {unchanged(target)}",
        )
    if revision == scripts.head:
        return True
    from .migrate import known_revisions

    if revision in known_revisions(scripts):
        return False
    if is_our_revision_id(revision):
        raise NewerSchemaError(target, revision, scripts.head)
    raise ForeignDatabaseError(
        target,
        f"„{name}“ ist {what} eines anderen Programms, keine SRO-Desktop-Datenbank (unbekannte "
        f"Schema-Revision „{revision}“). {unchanged(target)}",
    )


def probe_sqlite_file(
    path: Path,
    *,
    scripts: SchemaScripts = PACKAGED_SCRIPTS,
    verify: bool = True,
    for_writing: bool = True,
    lock_timeout: float = BUSY_TIMEOUT_MS / 1000,
) -> ProbeResult:
    """Run every check on an existing SQLite file; raise the first refusal.

    ``verify`` runs ``PRAGMA quick_check`` (it reads the whole file: about 16 ms per MB on a
    local disk); it always runs when a migration is due. ``for_writing`` adds the permission and
    write-lock checks and allows the recovery of a hot journal.
    """
    check_header(path)
    revision: str | None = None
    for attempt in (1, 2):
        try:
            revision = _read_checks(path, quick_check=verify, lock_timeout=lock_timeout)
            break
        except sqlite3.Error as exc:
            if not _is_hot_journal(exc):
                raise error_from_sqlite(path, exc, lock_timeout) from exc
            if not for_writing or attempt == 2:
                raise UnfinishedTransactionError(
                    path,
                    f"„{path}“ enthält eine unterbrochene Schreibtransaktion (Datei "
                    f"„{path.name}-journal“). Beim nächsten Öffnen mit Schreibrecht stellt SQLite "
                    f"den zuletzt gespeicherten Stand wieder her. {UNCHANGED}",
                ) from exc
            check_writable(path)
            try:
                _recover_hot_journal(path, lock_timeout)
            except sqlite3.Error as exc2:
                raise error_from_sqlite(path, exc2, lock_timeout) from exc2
    current = classify_revision(path, revision, scripts)
    if not current and not verify:
        try:
            _read_checks(path, quick_check=True, lock_timeout=lock_timeout)
        except sqlite3.Error as exc:
            raise error_from_sqlite(path, exc, lock_timeout) from exc
    if for_writing:
        check_writable(path)
        check_write_lock(path, lock_timeout)
    assert revision is not None  # classify_revision refused None
    return ProbeResult(path=path, revision=revision, current=current)
