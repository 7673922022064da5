"""The demo's reference date: history up to ``as_of``, only plans after it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ColumnElement, func, select, text

from sro_desktop.models import (
    AgendaItem,
    Agreement,
    Arrangement,
    Attendance,
    Base,
    BudgetEntry,
    Concern,
    Decision,
    Evaluation,
    Exclusion,
    Measure,
    MeasurePeriod,
    Meeting,
    Membership,
    StatusChange,
    Task,
    Vote,
)
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.demo import DemoError, DemoStats, generate_demo, reference_date
from sro_desktop.storage.demo_rows import DEMO_USER, local_to_utc
from sro_desktop.storage.seed import seed_rostock

AS_OF = date(2026, 11, 26)
# Meetings are planned up to the end of the second month after the reference date.
HORIZON = date(2027, 1, 31)


def _seeded(path: Path) -> Database:
    db = Database(make_engine(path))
    Base.metadata.create_all(db.engine)
    with db.write() as s:
        seed_rostock(s)
    return db


def _end_of(day: date) -> datetime:
    """The first instant after ``day`` in Rostock, in UTC."""
    return local_to_utc(day + timedelta(days=1), time(0))


@pytest.fixture(scope="module")
def mid_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoStats]]:
    """Two demo years up to a Thursday in November."""
    db = _seeded(tmp_path_factory.mktemp("demo_as_of") / "demo.sqlite")
    stats = generate_demo(db, years=2, seed=5, as_of=AS_OF)
    yield db, stats
    db.close()


def test_reference_date_follows_end_year_and_today() -> None:
    today = date(2026, 11, 26)
    assert reference_date(None, None, today) == (2026, today)
    assert reference_date(2026, None, today) == (2026, today)
    assert reference_date(2025, None, today) == (2025, date(2025, 12, 31))
    assert reference_date(2027, None, today) == (2027, date(2027, 12, 31))
    assert reference_date(None, date(2024, 3, 5), today) == (2024, date(2024, 3, 5))
    assert reference_date(2024, date(2024, 3, 5), today) == (2024, date(2024, 3, 5))
    with pytest.raises(DemoError, match=r"Stichtag: 05\.03\.2024 liegt nicht im Endjahr 2025"):
        reference_date(2025, date(2024, 3, 5), today)


def test_as_of_outside_end_year_writes_nothing(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "demo.sqlite")
    with pytest.raises(DemoError, match="Stichtag"):
        generate_demo(db, years=1, seed=1, end_year=2025, as_of=date(2026, 1, 5))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0
    db.close()


def test_stats_name_the_period(mid_year: tuple[Database, DemoStats]) -> None:
    _, stats = mid_year
    assert (stats.first_year, stats.last_year, stats.as_of) == (2025, 2026, AS_OF)


def test_meetings_after_as_of_are_only_planned(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    later = Meeting.date > AS_OF
    with db.session() as s:
        planned = s.scalars(select(Meeting).where(later)).all()
        earlier_statuses = set(s.scalars(select(Meeting.status).where(~later).distinct()))
        held_before = s.scalar(select(func.max(Meeting.date)).where(Meeting.status != "planned"))
        items = s.execute(select(AgendaItem.meeting_id, AgendaItem.outcome, AgendaItem.notes,
                                 AgendaItem.started_at, AgendaItem.approves_meeting_id,
                                 AgendaItem.measure_id)
                          .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                          .where(later)).all()
        protocol_rows = {
            model.__name__: s.scalar(select(func.count()).select_from(model)
                                     .join(Meeting, Meeting.id == model.meeting_id)
                                     .where(later))
            for model in (Attendance, Concern, Task, Arrangement, Decision)
        }
        votes = s.scalar(select(func.count()).select_from(Vote)
                         .join(AgendaItem, AgendaItem.id == Vote.agenda_item_id)
                         .join(Meeting, Meeting.id == AgendaItem.meeting_id).where(later))
    assert planned and max(m.date for m in planned) <= HORIZON
    assert held_before is not None and AS_OF - timedelta(days=31) < held_before <= AS_OF
    assert earlier_statuses <= {"held", "closed", "approved"}
    for m in planned:
        assert m.status == "planned"
        assert m.closed_at is None and m.approved_at is None
        assert m.approved_in_meeting_id is None
        assert m.chair_person_id is None and m.minute_taker_person_id is None
        assert m.resident_count == 0
        assert m.invitation_sent_on is None or m.invitation_sent_on <= AS_OF
    assert protocol_rows == dict.fromkeys(protocol_rows, 0) and votes == 0
    # The agendas stand, nothing of the meeting itself is recorded yet.
    assert {meeting_id for meeting_id, *_ in items} == {m.id for m in planned}
    for _, outcome, notes, started_at, approves, _measure in items:
        assert (outcome, notes, started_at, approves) == ("", "", None, None)
    assert any(measure is not None for *_, measure in items)


# Columns that say when something happened: none may lie after the reference date.
EVENT_COLUMNS: tuple[ColumnElement[Any], ...] = (
    StatusChange.__table__.c.at,
    Decision.__table__.c.decided_on,
    Agreement.__table__.c.agreed_on,
    BudgetEntry.__table__.c.entry_date,
    Task.__table__.c.done_on,
    Vote.__table__.c.recorded_at,
    Exclusion.__table__.c.declared_at,
    Evaluation.__table__.c.requested_on,
    Evaluation.__table__.c.completed_on,
    Measure.__table__.c.submitted_at,
    Measure.__table__.c.interim_report_received_on,
    Measure.__table__.c.proof_of_use_checked_on,
    Meeting.__table__.c.invitation_sent_on,
    Meeting.__table__.c.closed_at,
    Meeting.__table__.c.approved_at,
    Concern.__table__.c.raised_on,
    Membership.__table__.c.valid_from,
)


def _latest(db: Database, column: ColumnElement[Any]) -> date | None:
    """The local day of the column's latest value."""
    with db.session() as s:
        value: date | datetime | None = s.scalar(select(func.max(column)))
    if not isinstance(value, datetime):
        return value
    # Rostock is one or two hours ahead of UTC.
    day = (value + timedelta(hours=2)).date()
    return day if value >= local_to_utc(day, time(0)) else day - timedelta(days=1)


@pytest.mark.parametrize("column", EVENT_COLUMNS, ids=str)
def test_no_event_after_as_of(mid_year: tuple[Database, DemoStats],
                              column: ColumnElement[Any]) -> None:
    db, _ = mid_year
    latest = _latest(db, column)
    assert latest is not None and latest <= AS_OF


def test_recent_history_reaches_as_of(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    recent = AS_OF - timedelta(days=45)
    for column in (StatusChange.__table__.c.at, BudgetEntry.__table__.c.entry_date,
                   Decision.__table__.c.decided_on, Agreement.__table__.c.agreed_on):
        latest = _latest(db, column)
        assert latest is not None and recent <= latest <= AS_OF, column


def test_attendance_only_at_past_meetings(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    with db.session() as s:
        latest = s.scalar(select(func.max(Meeting.date))
                          .join(Attendance, Attendance.meeting_id == Meeting.id))
    assert latest is not None and latest <= AS_OF


def test_no_demo_row_was_written_after_as_of(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    limit = _end_of(AS_OF).replace(tzinfo=None)
    late: dict[str, int] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if "created_at" not in table.c or "updated_by" not in table.c:
                continue
            # Raw SQL: the values are naive UTC in SQLite.
            count = conn.execute(text(
                f"SELECT count(*) FROM {table.name} WHERE updated_by = :user "
                "AND (created_at >= :limit OR updated_at >= :limit)"),
                {"user": DEMO_USER, "limit": limit}).scalar_one()
            if count:
                late[table.name] = count
    assert late == {}


def test_tasks_due_after_as_of_are_open(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    with db.session() as s:
        future = s.execute(select(Task.done_on).where(Task.due > AS_OF)).scalars().all()
        done_past = s.scalar(select(func.count()).where(Task.due <= AS_OF,
                                                        Task.done_on.is_not(None)))
    assert future and all(done is None for done in future)
    assert done_past


def test_measures_stop_where_they_stand(mid_year: tuple[Database, DemoStats]) -> None:
    db, _ = mid_year
    with db.session() as s:
        measures = s.execute(select(Measure.id, Measure.status, Measure.start)).all()
        agreed_ids = set(s.scalars(select(Agreement.measure_id)))
        open_evaluations = set(s.scalars(select(Evaluation.measure_id)
                                         .where(Evaluation.completed_on.is_(None))))
        first_starts = dict(s.execute(select(MeasurePeriod.measure_id, MeasurePeriod.start_date)
                                      .where(MeasurePeriod.sequence == 1)).all())
    statuses = {status for _, status, _ in measures}
    assert {"running", "agreed", "evaluation_due"} <= statuses
    for measure_id, status, start in measures:
        if status == "agreed":
            # Agreed, but the period has not begun yet.
            assert start is not None and start > AS_OF and measure_id in agreed_ids
        if status == "running":
            assert first_starts[measure_id] <= AS_OF and measure_id in agreed_ids
        if status in ("approved", "approved_with_conditions"):
            assert measure_id not in agreed_ids
        if status == "evaluation_due":
            assert measure_id in open_evaluations


def _content_hash(db: Database) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in ("meetings", "agenda_items", "tasks", "measures", "decisions",
                      "budget_entries", "status_changes"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_same_as_of_gives_the_same_content(tmp_path: Path) -> None:
    dbs = [_seeded(tmp_path / f"{i}.sqlite") for i in range(3)]
    days = (date(2026, 6, 30), date(2026, 6, 30), date(2026, 7, 31))
    stats = [generate_demo(db, years=1, seed=3, as_of=day) for db, day in zip(dbs, days,
                                                                                strict=True)]
    hashes = [_content_hash(db) for db in dbs]
    assert stats[0] == stats[1] and hashes[0] == hashes[1]
    assert stats[2].as_of == date(2026, 7, 31) and hashes[2] != hashes[0]
    for db in dbs:
        db.close()
