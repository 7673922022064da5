"""Fixtures shared by all test tiers.

Every test gets its own database file under ``tmp_path`` and its own Qt settings; Qt runs on the
offscreen platform. PostgreSQL tests read ``SRO_TEST_PG_URL`` and are skipped with a visible
reason when it is not set.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SRO_USER", "testerin")

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from sro_desktop.models import Base
from sro_desktop.services.audit import install_audit
from sro_desktop.storage.database import make_engine

install_audit()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a not yet existing SQLite file of this test."""
    return tmp_path / "sro.sqlite"


@pytest.fixture
def schema_engine(db_path: Path) -> Iterator[Engine]:
    """An engine on a fresh SQLite file holding the whole schema (no seed data)."""
    engine = create_engine(f"sqlite:///{db_path}")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(schema_engine: Engine) -> Iterator[Session]:
    """An ORM session on the fresh file, acting as user ``testerin``."""
    factory = sessionmaker(schema_engine, expire_on_commit=False, info={"user": "testerin"})
    with factory() as s:
        yield s


@pytest.fixture(scope="session")
def rostock_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database created the real way (schema, search index, Rostock seed), built once per
    test run and copied for every test that needs one."""
    from sro_desktop.storage.open import open_database

    path = tmp_path_factory.mktemp("template") / "rostock.sqlite"
    open_database(path, create=True, seed="rostock").close()
    return path


@pytest.fixture
def seeded_db(db_path: Path, rostock_template: Path) -> Path:
    """A fresh copy of the Rostock database for this test (at ``db_path``)."""
    shutil.copyfile(rostock_template, db_path)
    return db_path


@pytest.fixture
def seeded_session(seeded_db: Path) -> Iterator[Session]:
    """An ORM session on this test's copy of the Rostock database, acting as ``testerin``."""
    engine = make_engine(seeded_db)
    with Session(engine, info={"user": "testerin"}, expire_on_commit=False) as session:
        yield session
    engine.dispose()


@pytest.fixture
def pg_url() -> str:
    """URL of the PostgreSQL test server, or a skip with the reason."""
    url = os.environ.get("SRO_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            # In CI .ci/run starts a server: a missing URL is a broken run, not a skip.
            pytest.fail("CI ohne SRO_TEST_PG_URL: .ci/run hat keinen PostgreSQL-Server gestartet")
        pytest.skip("SRO_TEST_PG_URL ist nicht gesetzt: PostgreSQL-Tests übersprungen")
    return url


def _damage_index_page(path: Path, index: str = "ix_audit_log_at") -> None:
    """Overwrite the root page of ``index`` with garbage; header and schema stay intact.

    ``ix_audit_log_at`` is not read at start and written by every save."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (index,)).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


@pytest.fixture
def damage_index_page() -> Callable[..., None]:
    """Damages one index page of an SQLite file (a file that opens fast but is corrupt)."""
    return _damage_index_page
