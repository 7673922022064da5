"""The list queries: subtree, search, filters, sorting, paging, due, CLI rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from sro_desktop.models import Area, Base, Measure, MeasureStatus
from sro_desktop.services import measures as m
from sro_desktop.services.formatting import german_sort_key
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "queries.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        for i, (code, title, provider) in enumerate([
            ("D", "Treff 100% sicher", "Alpha e. V."),
            ("D", "Sportnacht", "Beta gGmbH"),
            ("E", "Elterncafé", "Alpha e. V."),
            ("L", "Südstadt_Garten", "Gamma"),
        ]):
            data = sample_application(s, area_code=code, title=title, provider_name=provider,
                                      requested_cents=100_000 * (i + 1))
            m.save_measure(s, data)
    yield database
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _titles(db: Database, flt: m.MeasureFilter, **kw: object) -> list[str]:
    with db.session() as s:
        return [r.title for r in m.fetch_rows(s, flt, **kw)]  # type: ignore[arg-type]


def test_subtree_of_city_region_and_social_space(db: Database) -> None:
    assert len(_titles(db, m.MeasureFilter(area_id=_area(db, "HRO")))) == 4
    assert len(_titles(db, m.MeasureFilter(area_id=None))) == 4
    assert sorted(_titles(db, m.MeasureFilter(area_id=_area(db, "RR-NW")))) == [
        "Elterncafé", "Sportnacht", "Treff 100% sicher"]
    assert sorted(_titles(db, m.MeasureFilter(area_id=_area(db, "D")))) == [
        "Sportnacht", "Treff 100% sicher"]
    with db.session() as s:
        assert m.count_measures(s, m.MeasureFilter(area_id=_area(db, "L"))) == 1


def test_search_by_title_provider_and_number_with_wildcards_escaped(db: Database) -> None:
    assert _titles(db, m.MeasureFilter(search="100%")) == ["Treff 100% sicher"]
    assert _titles(db, m.MeasureFilter(search="_Garten")) == ["Südstadt_Garten"]
    assert _titles(db, m.MeasureFilter(search="t_e")) == []
    assert sorted(_titles(db, m.MeasureFilter(search="alpha"))) == ["Elterncafé",
                                                                    "Treff 100% sicher"]
    year = date.today().year
    assert _titles(db, m.MeasureFilter(search=f"SRAE-NW-{year}-002")) == ["Sportnacht"]


def test_sorting_and_paging(db: Database) -> None:
    flt = m.MeasureFilter()
    assert _titles(db, flt, sort="requested", descending=True) == [
        "Südstadt_Garten", "Elterncafé", "Sportnacht", "Treff 100% sicher"]
    assert _titles(db, flt, sort="provider")[:2] == ["Treff 100% sicher", "Elterncafé"]
    assert _titles(db, flt, sort="area") == [
        "Treff 100% sicher", "Sportnacht", "Elterncafé", "Südstadt_Garten"]
    pages = [_titles(db, flt, sort="title", offset=o, limit=3) for o in (0, 3)]
    assert pages == [["Elterncafé", "Sportnacht", "Südstadt_Garten"], ["Treff 100% sicher"]]


def test_row_contents(db: Database) -> None:
    with db.session() as s:
        row = m.fetch_rows(s, m.MeasureFilter(search="Elterncafé"))[0]
    assert row.area_label == "Lütten Klein"
    assert row.provider_name == "Alpha e. V."
    assert row.status == MeasureStatus.DRAFT
    assert row.requested_cents == 300_000


def test_status_and_year_filters(db: Database) -> None:
    with db.write() as s:
        measure_id = m.fetch_rows(s, m.MeasureFilter(search="Sportnacht"))[0].id
        m.submit(s, measure_id)
    flt = m.MeasureFilter(statuses=frozenset({MeasureStatus.SUBMITTED}))
    assert _titles(db, flt) == ["Sportnacht"]
    assert len(_titles(db, m.MeasureFilter(year=2026))) == 4
    assert _titles(db, m.MeasureFilter(year=2027)) == []


def test_due_view_and_count(db: Database) -> None:
    today = date(2025, 6, 1)
    with db.write() as s:
        measure = s.scalars(select(Measure).where(Measure.title == "Sportnacht")).one()
        measure.status = MeasureStatus.RUNNING
        measure.interim_report_due = today + timedelta(days=30)
        m.refresh_deadline(s, measure)
        other = s.scalars(select(Measure).where(Measure.title == "Elterncafé")).one()
        other.status = MeasureStatus.RUNNING
        other.interim_report_due = today + timedelta(days=31)
        m.refresh_deadline(s, other)
    assert _titles(db, m.MeasureFilter(due_only=True, today=today)) == ["Sportnacht"]
    with db.session() as s:
        assert m.due_count(s, None, today) == 1
        assert m.due_count(s, [_area(db, "D")], today) == 1
        assert m.due_count(s, [_area(db, "E")], today) == 0
        assert m.due_count(s, [_area(db, "E")], today + timedelta(days=1)) == 1
        assert m.due_count(s, [], today) == 0


def test_deadlines_by_state() -> None:
    kw = dict(interim_report_due=date(2025, 8, 1), interim_report_received_on=None,
              final_report_due=date(2026, 1, 31), evaluation_due=None, end=date(2026, 1, 31),
              proof_of_use_due=date(2026, 4, 30), proof_of_use_checked_on=None)
    running = m.deadlines(status=MeasureStatus.RUNNING, **kw)  # type: ignore[arg-type]
    assert [i.kind for i in running] == ["interim_report", "evaluation", "end", "proof_of_use"]
    assert m.deadlines(status=MeasureStatus.DRAFT, **kw) == []  # type: ignore[arg-type]
    evaluated = m.deadlines(status=MeasureStatus.EVALUATED, **kw)  # type: ignore[arg-type]
    assert [i.kind for i in evaluated] == ["proof_of_use"]
    received = dict(kw, interim_report_received_on=date(2025, 7, 30))
    kinds = [i.kind for i in m.deadlines(status=MeasureStatus.RUNNING, **received)]  # type: ignore[arg-type]
    assert kinds == ["evaluation", "end", "proof_of_use"]


def test_cli_rows(db: Database) -> None:
    with db.session() as s:
        rows = m.cli_rows(s)
    assert len(rows) == 4
    row = next(r for r in rows if r["title"] == "Elterncafé")
    assert set(row) == {"id", "number", "title", "status", "area_codes", "requested_cents",
                        "approved_cents", "start", "end", "extended", "region_code",
                        "area_level"}
    assert row["area_codes"] == ["E"]
    assert row["region_code"] == "RR-NW" and row["area_level"] == "social_space"
    assert row["start"] == "2025-02-01" and row["end"] == "2026-01-31"
    assert row["requested_cents"] == 300_000 and row["approved_cents"] is None
    assert row["extended"] is False
    uuid.UUID(row["id"])


PROVIDERS = ("Zander e. V.", "Ärztehaus", "Übermut", "Ulm gGmbH", "Oslo", "Öko-Hof",
             "straße 1", "Strasse 1", "abc", "Baum")


def _sorted_by_provider(database: Database, descending: bool = False) -> list[str]:
    with database.write() as s:
        for name in PROVIDERS:
            m.save_measure(s, sample_application(s, title=f"M {name}", provider_name=name))
        data = sample_application(s, title="Ohne Träger")
        m.save_measure(s, replace(data, provider_id=None))
    with database.session() as s:
        rows = m.fetch_rows(s, m.MeasureFilter(), sort="provider", descending=descending)
    return [r.provider_name for r in rows]


def test_provider_sort_is_german_in_sql(tmp_path: Path) -> None:
    database = Database(make_engine(tmp_path / "sort.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    try:
        names = _sorted_by_provider(database)
    finally:
        database.close()
    expected = ["", *sorted(PROVIDERS, key=german_sort_key)]
    assert names == expected
    assert names[1:5] == ["abc", "Ärztehaus", "Baum", "Öko-Hof"]
    assert names.index("Übermut") < names.index("Ulm gGmbH") < names.index("Zander e. V.")
    assert names.index("Strasse 1") + 1 == names.index("straße 1")


@pytest.mark.postgres
def test_provider_sort_is_german_on_postgresql(pg_url: str) -> None:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = f"sro_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    database = Database(make_engine(url), user="testerin")
    try:
        Base.metadata.create_all(database.engine)
        with database.write() as s:
            seed_rostock(s)
        ascending = _sorted_by_provider(database)
        with database.session() as s:
            descending = [r.provider_name for r in m.fetch_rows(
                s, m.MeasureFilter(), sort="provider", descending=True)]
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    folded = [german_sort_key(n)[0] for n in ascending]
    assert folded == sorted(folded)  # the tie order of equal keys follows the server's locale
    assert ascending[:5] == ["", "abc", "Ärztehaus", "Baum", "Öko-Hof"]
    assert descending[0] == "Zander e. V." and descending[-1] == ""
