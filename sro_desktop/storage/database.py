"""The open database: engine, session factories and the write transaction.

SQLite is opened with a rollback journal (never WAL: it needs shared memory that network file
systems lack), ``synchronous=FULL``, foreign keys on and a busy timeout, and every write
transaction starts with ``BEGIN IMMEDIATE``: a deferred BEGIN that later upgrades to a write lock
fails with "database is locked" despite the busy timeout.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from .netpath import is_network_path

BUSY_TIMEOUT_MS = 15_000


def current_user() -> str:
    """The acting user's name for audit columns (``SRO_USER`` overrides the login name)."""
    name = os.environ.get("SRO_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on some service accounts
        return "unbekannt"


def _sqlite_path(text: str) -> str:
    return str(Path(text).expanduser().resolve())


def database_url(target: str | Path) -> str:
    """SQLAlchemy URL for a file path or an URL given on the command line (for display; engines
    are built from URL objects, see ``make_engine``)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{_sqlite_path(text)}"


def sqlite_uri(
    path: str | Path, mode: Literal["ro", "rw", "rwc"], *, windows: bool = sys.platform == "win32"
) -> str:
    """An SQLite ``file:`` URI for ``path`` with an open mode.

    ``mode=rw`` never creates a file: a connection to a database that vanished (a share that
    went away, a renamed file) fails instead of silently starting an empty database.
    """
    text = str(path)
    if windows:
        text = text.replace("\\", "/")
        # SQLite hands the path to Windows with forward slashes, which the "\\?\" prefix for
        # long paths does not allow: drop the prefix.
        if text.upper().startswith("//?/UNC/"):
            text = "//" + text[8:]
        elif text.startswith(("//?/", "//./")):
            text = text[4:]
        # An empty authority ("file://") and then the path: "/C:/…" or "//server/share/…".
        text = "//" + text if text.startswith("/") else "///" + text
    return f"file:{quote(text, safe='/:')}?mode={mode}"


def connect_sqlite(
    path: Path, mode: Literal["ro", "rw", "rwc"], timeout: float = BUSY_TIMEOUT_MS / 1000
) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode (we issue BEGIN ourselves)."""
    return sqlite3.connect(
        sqlite_uri(path, mode),
        uri=True,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=False,
    )


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = DELETE")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sro_write", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(target: str | Path, *, must_exist: bool = False) -> Engine:
    """Engine for an SQLite file path or a ``postgresql+psycopg://`` URL.

    With ``must_exist`` an SQLite connection fails when the file is gone instead of creating an
    empty one; ``open_database`` uses it for every file that it checked.
    """
    text = str(target)
    # A URL object, not a string: a file name may contain "?" or "#", which a URL string parses.
    url = make_url(text) if "://" in text else URL.create("sqlite", database=_sqlite_path(text))
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        mode: Literal["rw", "rwc"] = "rw" if must_exist else "rwc"
        engine = create_engine(url, creator=lambda: connect_sqlite(path, mode))
    else:
        engine = create_engine(url)
    _install_sqlite_pragmas(engine)
    return engine


class Database:
    """An open database. Sessions are short: one per user action, never held across dialogs."""

    def __init__(self, engine: Engine, *, user: str | None = None) -> None:
        self.engine = engine
        self.user = user or current_user()
        self.url = engine.url.render_as_string(hide_password=True)
        self.kind: Literal["sqlite", "postgresql"] = (
            "sqlite" if engine.dialect.name == "sqlite" else "postgresql"
        )
        self.path: Path | None = (
            Path(engine.url.database) if self.kind == "sqlite" and engine.url.database else None
        )
        # Shown in the status bar: a file on a share works, but slower and with more conflicts.
        self.on_network: bool = self.path is not None and is_network_path(self.path)
        # Every session of an open database is audited (who changed which field, when); the
        # hook lives with the other domain rules in services/audit.py.
        from ..services.audit import install_audit

        install_audit()
        # Set when the file failed SQLite's page check after opening: from then on every write
        # transaction is refused with this German message (reads still work).
        self.writes_refused: str | None = None
        info = {"user": self.user}
        self._read = sessionmaker(engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(
            engine.execution_options(sro_write=True), expire_on_commit=False, info=info
        )

    def session(self) -> Session:
        """A session for reading (the caller closes it; use it in a ``with`` block)."""
        return self._read()

    def refuse_writes(self, message: str) -> None:
        """Refuse every later write transaction with ``message`` (a German sentence that says
        what happened and what to do). Used when the file turns out damaged: writing into a
        damaged SQLite file can spread the damage. Safe to call from a worker thread."""
        self.writes_refused = message

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, committed on success.

        Raises :class:`~.errors.WritesRefusedError` (before touching the database) when
        :meth:`refuse_writes` was called.
        """
        refused = self.writes_refused
        if refused is not None:
            from .errors import WritesRefusedError

            raise WritesRefusedError(self.path or self.url, refused)
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release all connections (and so the file)."""
        self.engine.dispose()
