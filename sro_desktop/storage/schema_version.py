"""The schema revision this program writes, and reading a database's revision without Alembic.

Opening a database whose revision is current must not import Alembic (start-up time), so the head
revision is a constant here; a test asserts it equals the head of the shipped migration scripts,
and ``tools/regenerate_initial_migration.py`` rewrites it.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    select,
    text,
)

HEAD_REVISION = "0003_append_only"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

VERSION_TABLE = "alembic_version"

# Key of the PostgreSQL advisory lock held while the schema is created or changed.
SCHEMA_LOCK_KEY = zlib.crc32(b"sro_desktop.schema")

# Our revision ids are "<4 digits>_<slug>". An unknown id of that shape was written by a newer
# SRO Desktop; any other id belongs to some other program that also uses Alembic.
_OUR_REVISION = re.compile(r"^\d{4}_[a-z0-9_]+$")

# The table Alembic itself creates (same name, column and key), so that Alembic accepts a
# database we stamped without importing it.
_version_table = Table(
    VERSION_TABLE,
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


@dataclass(frozen=True)
class SchemaScripts:
    """Where the migration scripts are and which revision is their head.

    The packaged scripts are the default everywhere; tests pass their own set to exercise a
    migration from an older revision.
    """

    location: Path
    head: str


PACKAGED_SCRIPTS = SchemaScripts(MIGRATIONS_DIR, HEAD_REVISION)


def is_our_revision_id(revision: str) -> bool:
    """True when ``revision`` has the shape of SRO Desktop's revision ids."""
    return bool(_OUR_REVISION.match(revision))


def read_sqlite_revision(conn: sqlite3.Connection) -> str | None:
    """The revision stamped in an SQLite database, or None when it has no version table.

    Raises ``sqlite3.DatabaseError`` as SQLite does (locked, corrupt, not a database).
    """
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if not has_table:
        return None
    rows = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    # Several rows would mean merged branches; we never branch, so that is as good as unknown.
    return str(rows[0][0]) if len(rows) == 1 else ""


def read_revision(conn: Connection) -> str | None:
    """The revision stamped in the database behind an SQLAlchemy connection, or None."""
    if not conn.dialect.has_table(conn, VERSION_TABLE):
        return None
    rows = conn.execute(select(_version_table.c.version_num)).scalars().all()
    return str(rows[0]) if len(rows) == 1 else ""


def stamp(conn: Connection, revision: str) -> None:
    """Create the version table (if missing) and record ``revision`` as the only row."""
    _version_table.create(conn, checkfirst=True)
    conn.execute(_version_table.delete())
    conn.execute(_version_table.insert().values(version_num=revision))


# Revisions before the one that added an object outside the ORM metadata (which create_all
# does not build): a database created or migrated to any later head gets the object.
_BEFORE_SEARCH_INDEX = frozenset({"0001_initial"})
_BEFORE_APPEND_ONLY = _BEFORE_SEARCH_INDEX | {"0002_search_index"}


def install_extras(conn: Connection, head: str) -> None:
    """Install (again) what revisions up to ``head`` add beside the ORM tables: the search
    index (``0002_search_index``) and the append-only triggers (``0003_append_only``).

    Called after ``create_all`` on a new database, so that it equals a migrated one, and after
    every migration run, because an SQLite batch migration that rebuilds a table drops its
    triggers. Both installs are idempotent.
    """
    if head not in _BEFORE_SEARCH_INDEX:
        from .search_index import install_search_index

        install_search_index(conn)
    if head not in _BEFORE_APPEND_ONLY:
        from .append_only import install_append_only_guards

        install_append_only_guards(conn)


def lock_schema(conn: Connection) -> None:
    """Hold PostgreSQL's schema advisory lock until the current transaction ends.

    Two clients that start at the same moment on an old or empty database then migrate or
    create it one after the other; the second finds the work done.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
