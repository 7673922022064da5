"""Fixtures shared by all test tiers.

Every test gets its own database file under ``tmp_path`` and its own Qt settings; Qt runs on the
offscreen platform. PostgreSQL tests read ``SRO_TEST_PG_URL`` and are skipped with a visible
reason when it is not set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SRO_USER", "testerin")

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from sro_desktop.models import Base
from sro_desktop.services.audit import install_audit

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
