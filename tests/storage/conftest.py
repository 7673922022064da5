"""Fixtures of the storage tests: fresh databases on SQLite and PostgreSQL, file fingerprints,
and migration script sets with an extra, test-only revision.

PostgreSQL tests get a database of their own, created through a maintenance connection to the
server named by ``SRO_TEST_PG_URL`` and dropped afterwards.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from storage_helpers import TEST_REVISION

from sro_desktop.storage.schema_version import HEAD_REVISION, MIGRATIONS_DIR, SchemaScripts


@pytest.fixture
def new_pg_database(pg_url: str) -> Iterator[Callable[[], str]]:
    """Factory of new, empty PostgreSQL databases of this test (all dropped afterwards)."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    names: list[str] = []

    def create() -> str:
        name = f"sro_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        names.append(name)
        return make_url(pg_url).set(database=name).render_as_string(hide_password=False)

    try:
        yield create
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_database(new_pg_database: Callable[[], str]) -> str:
    """URL of a new, empty PostgreSQL database of this test."""
    return new_pg_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database that does not exist yet: an SQLite path, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "sro.sqlite")
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
def make_scripts(tmp_path: Path) -> Callable[[str], SchemaScripts]:
    """Build a script set: the packaged revisions plus one test revision with ``body`` as its
    ``upgrade()``; the new revision is the head."""

    def build(body: str) -> SchemaScripts:
        location = tmp_path / f"migrations-{uuid.uuid4().hex[:8]}"
        shutil.copytree(
            MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
        lines = "\n".join("    " + line for line in body.strip().splitlines())
        (location / "versions" / f"{TEST_REVISION}.py").write_text(
            f'''"""Test-only revision."""
import sqlalchemy as sa
from alembic import op

revision = "{TEST_REVISION}"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{lines}


def downgrade() -> None:
    raise NotImplementedError
''',
            encoding="utf-8",
        )
        return SchemaScripts(location, TEST_REVISION)

    return build
