"""The measure search folds umlauts and ß on both sides, also for capital umlauts, on SQLite
(whose ``lower()`` folds only A–Z) and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sro_desktop.models import Base
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock

MEASURES = (
    ("Am Östlichen Tor", "Nordlicht e. V."),
    ("Übergang Schule–Beruf", "Nordlicht e. V."),
    ("Ärger-frei streiten", "Nordlicht e. V."),
    ("Große Straße lebt", "Nordlicht e. V."),
    ("Kochen im Quartier", "Öko-Werk gGmbH"),
    ("Sportnacht", "Beta gGmbH"),
)

# search text → titles it must find (in title order)
EXPECTED = {
    "Östlichen": ["Am Östlichen Tor"],
    "östlichen": ["Am Östlichen Tor"],
    "ÖSTLICHEN": ["Am Östlichen Tor"],
    "ostlichen": ["Am Östlichen Tor"],
    "Übergang": ["Übergang Schule–Beruf"],
    "ubergang": ["Übergang Schule–Beruf"],
    "ÄRGER": ["Ärger-frei streiten"],
    "ärger frei": ["Ärger-frei streiten"],
    "Straße": ["Große Straße lebt"],
    "STRASSE": ["Große Straße lebt"],
    "GROẞE": ["Große Straße lebt"],
    "Öko": ["Kochen im Quartier"],
    "OKO-WERK": ["Kochen im Quartier"],
    "Nordlicht östlichen": ["Am Östlichen Tor"],
    "Ö%": [],
}


def _fill(database: Database) -> None:
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        for title, provider in MEASURES:
            m.save_measure(s, sample_application(s, title=title, provider_name=provider))


def _check(database: Database) -> None:
    for search, titles in EXPECTED.items():
        with database.session() as s:
            flt = m.MeasureFilter(search=search)
            found = [r.title for r in m.fetch_rows(s, flt, sort="title")]
            assert found == titles, search
            assert m.count_measures(s, flt) == len(titles), search


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "umlauts.sqlite"), user="testerin")
    _fill(database)
    yield database
    database.close()


def test_search_folds_umlauts_and_sharp_s_on_sqlite(db: Database) -> None:
    _check(db)


@pytest.mark.postgres
def test_search_folds_umlauts_and_sharp_s_on_postgresql(pg_url: str) -> None:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = f"sro_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    database = Database(make_engine(url), user="testerin")
    try:
        _fill(database)
        _check(database)
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
