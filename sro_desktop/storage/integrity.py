"""A health check of a database for ``sro-desktop check``: read-only, never modifies anything.

Healthy means: SQLite's full ``integrity_check`` passes, no foreign key points nowhere, and the
schema revision is exactly the one this version writes (an older one would be migrated on the
next open, a newer one is refused, so neither counts as healthy *for this version*).
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect

from .database import BUSY_TIMEOUT_MS, connect_sqlite, make_engine
from .errors import DatabaseOpenError, describe_target, empty_server_message
from .probe import (
    check_header,
    classify_revision,
    error_from_sqlite,
    quick_check_findings,
    sqlite_failure,
)
from .schema_version import PACKAGED_SCRIPTS, SchemaScripts, read_revision, read_sqlite_revision

MAX_REPORTED = 20


@dataclass(frozen=True)
class CheckReport:
    """Result of :func:`check_database`; ``problems`` are German sentences for the user."""

    target: str
    ok: bool
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)


def _revision_problem(target: str | Path, revision: str | None, scripts: SchemaScripts) -> str:
    """Empty when ``revision`` is the head, else what is wrong with it."""
    try:
        current = classify_revision(target, revision, scripts)
    except DatabaseOpenError as exc:
        return exc.message
    if current:
        return ""
    return (
        f"Schema-Revision {revision} ist älter als {scripts.head}: beim nächsten Öffnen wird "
        f"die Datenbank nach einer Sicherung aktualisiert."
    )


def _sqlite_findings(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_REPORTED})")]
    if rows != ["ok"]:
        problems.extend(f"SQLite-Prüfung: {row}" for row in rows)
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        broken[(str(table), str(parent))] = broken.get((str(table), str(parent)), 0) + 1
    problems.extend(
        f"Tabelle {table}: {count} Verweis(e) auf fehlende Zeilen in {parent}"
        for (table, parent), count in sorted(broken.items())
    )
    return problems


def _check_sqlite(path: Path, scripts: SchemaScripts, lock_timeout: float) -> CheckReport:
    def report(revision: str | None, problems: list[str]) -> CheckReport:
        return CheckReport(str(path), not problems, revision, scripts.head, problems)

    try:
        check_header(path)
        conn = connect_sqlite(path, "ro", timeout=lock_timeout)
    except DatabaseOpenError as exc:
        return report(None, [exc.message])
    except sqlite3.Error as exc:
        return report(None, [error_from_sqlite(path, exc, lock_timeout).message])
    try:
        revision = read_sqlite_revision(conn)
        problems = _sqlite_findings(conn)
    except sqlite3.Error as exc:
        return report(None, [error_from_sqlite(path, exc, lock_timeout).message])
    finally:
        conn.close()
    revision_problem = _revision_problem(path, revision, scripts)
    return report(revision, [revision_problem, *problems] if revision_problem else problems)


def _check_server(url: str, scripts: SchemaScripts) -> CheckReport:
    shown = describe_target(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = read_revision(conn)
            empty = revision is None and not inspect(conn).get_table_names()
    except Exception as exc:
        detail = getattr(exc, "orig", None) or exc
        return CheckReport(
            shown,
            False,
            None,
            scripts.head,
            [f"Verbindung zu „{shown}“ fehlgeschlagen ({detail})."],
        )
    finally:
        engine.dispose()
    if empty:  # the same words as ``list`` and the window use for an empty database
        return CheckReport(shown, False, None, scripts.head, [empty_server_message(url)])
    # The server enforces foreign keys and checks its own pages; the revision is ours to check.
    problem = _revision_problem(url, revision, scripts)
    return CheckReport(shown, not problem, revision, scripts.head, [problem] if problem else [])


# Pages copied per step of a snapshot (4 MiB at 4 KiB pages): short read locks on a shared file.
SNAPSHOT_STEP_PAGES = 1024


def check_pages(
    path: Path, *, lock_timeout: float = BUSY_TIMEOUT_MS / 1000, via_snapshot: bool = False
) -> list[str]:
    """SQLite's ``quick_check`` of an open file, on a read-only connection of its own.

    Returns the first findings (SQLite's own English text), empty when the pages are intact; a
    file that SQLite no longer reads as a database is a finding too. Any other failure (locked
    beyond ``lock_timeout``, vanished, unreadable) raises :class:`DatabaseOpenError`: that says
    nothing about damage. Reads the whole file (about 16 ms per MB): the GUI runs it on a worker
    thread after the window's first paint, because the start skips it.

    With ``via_snapshot`` (a file on a network drive) the pages are first copied to a local
    temporary file with SQLite's backup API in steps of :data:`SNAPSHOT_STEP_PAGES`, and the
    copy is checked: the check holds a read lock for its whole run, which on a share would make
    every other user's save wait for seconds; a step holds it only briefly. The copy holds the
    same pages, so damage of the original shows in the copy's check.
    """
    try:
        conn = connect_sqlite(path, "ro", timeout=lock_timeout)
        try:
            if not via_snapshot:
                return quick_check_findings(conn)
            with tempfile.TemporaryDirectory(prefix="sro-check-") as folder:
                copy = sqlite3.connect(Path(folder) / "snapshot.sqlite")
                try:
                    conn.backup(copy, pages=SNAPSHOT_STEP_PAGES)
                    return quick_check_findings(copy)
                finally:
                    copy.close()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if sqlite_failure(exc) == "damaged":
            return [str(exc)]
        raise error_from_sqlite(path, exc, lock_timeout) from exc


def check_database(
    target: str | Path,
    *,
    scripts: SchemaScripts = PACKAGED_SCRIPTS,
    lock_timeout: float = BUSY_TIMEOUT_MS / 1000,
) -> CheckReport:
    """Check the SQLite file or server database ``target`` without changing it."""
    text = str(target)
    if "://" in text:
        return _check_server(text, scripts)
    return _check_sqlite(Path(text).expanduser().absolute(), scripts, lock_timeout)
