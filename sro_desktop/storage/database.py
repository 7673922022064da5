"""The open database: engine, session factories and the write transaction.

SQLite is opened with a rollback journal (never WAL: it needs shared memory that network file
systems lack), ``synchronous=FULL``, foreign keys on and a busy timeout, and every write
transaction starts with ``BEGIN IMMEDIATE``: a deferred BEGIN that later upgrades to a write lock
fails with "database is locked" despite the busy timeout.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

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


def database_url(target: str | Path) -> str:
    """SQLAlchemy URL for a file path or an URL given on the command line."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


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


def make_engine(target: str | Path) -> Engine:
    """Engine for an SQLite file path or a ``postgresql+psycopg://`` URL."""
    url = database_url(target)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


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
        info = {"user": self.user}
        self._read = sessionmaker(engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(
            engine.execution_options(sro_write=True), expire_on_commit=False, info=info
        )

    def session(self) -> Session:
        """A session for reading (the caller closes it; use it in a ``with`` block)."""
        return self._read()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, committed on success."""
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release all connections (and so the file)."""
        self.engine.dispose()
