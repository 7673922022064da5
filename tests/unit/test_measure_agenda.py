"""Putting measures on a Lenkungsgruppe agenda: the offered meetings, where the item goes, its
number and kind, new meeting dates and every refusal; the measure's ledger sums per year."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from sro_desktop.models import (
    AgendaItem,
    AgendaKind,
    Area,
    Base,
    Body,
    BodyKind,
    DecisionOutcome,
    MeasureStatus,
    Meeting,
    StatusChange,
)
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services import meetings as mt
from sro_desktop.services.measures.agenda import _Item, _numbers, _slot
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock

S = MeasureStatus
TODAY = date(2025, 1, 15)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A seeded database on SQLite, and on PostgreSQL when ``SRO_TEST_PG_URL`` names one."""
    admin = None
    name = f"sro_test_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        url = str(tmp_path / "agenda.sqlite")
    else:
        pg_url: str = request.getfixturevalue("pg_url")
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    database = Database(make_engine(url), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    yield database
    database.close()
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _body(db: Database, region_code: str = "RR-NW") -> uuid.UUID:
    region = _area(db, region_code)
    with db.session() as s:
        return s.scalars(select(Body.id).where(
            Body.area_id == region, Body.kind == BodyKind.LENKUNGSGRUPPE)).one()


def _discussed(db: Database, **kw: object) -> uuid.UUID:
    with db.write() as s:
        measure_id = m.save_measure(s, sample_application(s, **kw)).id  # type: ignore[arg-type]
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
    return measure_id


def _meeting(db: Database, day: date, region_code: str = "RR-NW", template: bool = True
             ) -> uuid.UUID:
    with db.write() as s:
        return mt.plan_meeting(s, body_id=_body(db, region_code), day=day, use_template=template)


def _agenda(db: Database, meeting_id: uuid.UUID) -> list[tuple[str, str, str, int]]:
    with db.session() as s:
        rows = s.execute(select(AgendaItem.number, AgendaItem.kind, AgendaItem.title,
                                AgendaItem.level)
                         .where(AgendaItem.meeting_id == meeting_id,
                                AgendaItem.deleted_at.is_(None))
                         .order_by(AgendaItem.position)).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def test_options_list_planned_meetings_next_first(db: Database) -> None:
    measure_id = _discussed(db)
    later = _meeting(db, TODAY + timedelta(days=30))
    nearest = _meeting(db, TODAY + timedelta(days=7))
    passed = _meeting(db, TODAY - timedelta(days=3))
    held = _meeting(db, TODAY + timedelta(days=1))
    _meeting(db, TODAY + timedelta(days=2), region_code="RR-M")  # other region
    with db.write() as s:
        mt.start_meeting(s, held)
        options = m.agenda_options(s, measure_id, today=TODAY)
    assert options.kind == AgendaKind.APPLICATION
    assert options.body_name.startswith("Lenkungsgruppe")
    assert [c.id for c in options.meetings] == [nearest, later, passed]
    first = options.meetings[0]
    assert first.upcoming and not options.meetings[2].upcoming
    assert first.item_count == len(_agenda(db, nearest)) and first.same_kind_count == 0
    assert not first.lists_measure


def test_application_goes_under_the_applications_section(db: Database) -> None:
    meeting_id = _meeting(db, TODAY + timedelta(days=7))
    first = _discussed(db, title="Erster Antrag")
    second = _discussed(db, title="Zweiter Antrag", provider_name="Ökowerk e. V.")
    with db.write() as s:
        assert m.agenda_slot(s, meeting_id, AgendaKind.APPLICATION).number == "5.1"
        result = m.put_on_agenda(s, first, meeting_id=meeting_id, note="Eilig")
        assert m.agenda_slot(s, meeting_id, AgendaKind.APPLICATION).number == "5.2"
        m.put_on_agenda(s, second, meeting_id=meeting_id)
    agenda = _agenda(db, meeting_id)
    numbers = [row[0] for row in agenda]
    assert numbers == ["1", "2", "3", "4", "5", "5.1", "5.2", "6", "7", "8"]
    assert agenda[4][2] == "Anträge"
    number = agenda[5][2].split(":")[0]
    assert agenda[5][1] == AgendaKind.APPLICATION and number.startswith("Antrag SRAE-NW-")
    assert agenda[5][2].endswith("„Erster Antrag“ (Jugendhilfe Musterträger e. V.)")
    assert agenda[6][2].endswith("„Zweiter Antrag“ (Ökowerk e. V.)")
    assert agenda[7][2] == "Verlängerungen"
    with db.session() as s:
        item = s.get(AgendaItem, result.created_id)
        assert item is not None and item.measure_id == first and not item.is_public
        assert item.planned_minutes == 20
        step = s.scalars(select(StatusChange).where(StatusChange.measure_id == first)
                         .order_by(StatusChange.at.desc())).first()
        assert step is not None and step.to_status == S.ON_AGENDA
        assert step.note == f"Antrag: Lenkungsgruppe am {TODAY + timedelta(days=7):%d.%m.%Y}, " \
                            "TOP 5.1; Eilig"
    assert result.status == S.ON_AGENDA
    assert result.changes.ids("measures") == {first}
    assert result.changes.ids("agenda_items") == {result.created_id}
    assert result.changes.ids("meetings") == {meeting_id}


def test_without_section_the_item_comes_before_other_business(db: Database) -> None:
    meeting_id = _meeting(db, TODAY + timedelta(days=7), template=False)
    with db.write() as s:
        mt.add_agenda_item(s, meeting_id, "Begrüßung", kind=AgendaKind.OPENING)
        mt.add_agenda_item(s, meeting_id, "Verschiedenes", kind=AgendaKind.OTHER_BUSINESS)
    first, second = _discussed(db, title="A"), _discussed(db, title="B")
    with db.write() as s:
        m.put_on_agenda(s, first, meeting_id=meeting_id)
        m.put_on_agenda(s, second, meeting_id=meeting_id)
    agenda = _agenda(db, meeting_id)
    assert [(n, k) for n, k, _t, _l in agenda] == [
        ("1", AgendaKind.OPENING), ("2", AgendaKind.APPLICATION),
        ("3", AgendaKind.APPLICATION), ("4", AgendaKind.OTHER_BUSINESS)]
    assert "„A“" in agenda[1][2] and "„B“" in agenda[2][2]


def test_slot_rules_and_numbers() -> None:
    app, ext = AgendaKind.APPLICATION, AgendaKind.EXTENSION
    measure = uuid.uuid4()
    items = [_Item("opening", None, 0, "Eröffnung"), _Item(app, measure, 0, "Antrag X"),
             _Item("topic", None, 1, "Nachfrage zu X"), _Item("other_business", None, 0, "V")]
    assert _slot(items, app) == (3, 0, "")  # after the main item and its own sub-item
    assert _slot(items, ext) == (3, 0, "")  # before other business
    assert _numbers([0, 1, 1, 0, 1]) == ["1", "1.1", "1.2", "2", "2.1"]
    assert _numbers([1, 0]) == ["1", "2"]  # a first item cannot be a sub-item


def _evaluated(db: Database) -> uuid.UUID:
    region = _area(db, "RR-NW")
    with db.write() as s:
        for year in (2025, 2026, 2027):
            budget.set_budget(s, region_id=region, year=year, amount_cents=5_000_000, note="T")
    measure_id = _discussed(db)
    with db.write() as s:
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20))
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25))
        m.start(s, measure_id)
        m.request_evaluation(s, measure_id)
        m.record_evaluation(s, measure_id, completed_on=date(2025, 12, 1), suitable=True,
                            result="gut")
    return measure_id


def test_extension_goes_under_extensions_and_keeps_the_status(db: Database) -> None:
    measure_id = _evaluated(db)
    meeting_id = _meeting(db, TODAY + timedelta(days=7))
    with db.write() as s:
        options = m.agenda_options(s, measure_id, today=TODAY)
        assert options.kind == AgendaKind.EXTENSION
        result = m.put_on_agenda(s, measure_id, meeting_id=meeting_id)
    assert result.status == S.EVALUATED
    agenda = _agenda(db, meeting_id)
    row = next(r for r in agenda if r[1] == AgendaKind.EXTENSION and r[3] == 1)
    assert row[0] == "6.1" and row[2].startswith("Verlängerung SRAE-NW-")
    with db.write() as s:
        m.extend(s, measure_id, new_end=date(2026, 12, 31))
        m.request_evaluation(s, measure_id)
        m.record_evaluation(s, measure_id, completed_on=date(2026, 12, 1), suitable=True,
                            result="gut")
        later = mt.plan_meeting(s, body_id=_body(db), day=TODAY + timedelta(days=40))
    with db.write() as s, pytest.raises(m.TransitionRefusedError, match="bereits einmal"):
        m.put_on_agenda(s, measure_id, meeting_id=later)


def test_new_meeting_date_plans_the_meeting_once(db: Database) -> None:
    first, second = _discussed(db, title="A"), _discussed(db, title="B")
    day = TODAY + timedelta(days=21)
    with db.write() as s:
        one = m.put_on_agenda(s, first, new_meeting_on=day, today=TODAY)
        two = m.put_on_agenda(s, second, new_meeting_on=day, today=TODAY)
    with db.session() as s:
        meetings = s.scalars(select(Meeting).where(Meeting.date == day)).all()
        assert len(meetings) == 1 and meetings[0].body_id == _body(db)
        items = [s.get(AgendaItem, r.created_id) for r in (one, two)]
    assert [i.number for i in items if i is not None] == ["5.1", "5.2"]


@pytest.mark.parametrize("case", ["other_region", "held", "twice", "past_date", "both",
                                  "not_discussed"])
def test_refusals_name_the_rule(db: Database, case: str) -> None:
    measure_id = _discussed(db)
    meeting_id = _meeting(db, TODAY + timedelta(days=7))
    kwargs: dict[str, object] = {"meeting_id": meeting_id}
    expected = {
        "other_region": "gehört nicht zur Lenkungsgruppe des Regionalraums",
        "held": "bereits begonnen oder abgeschlossen",
        "twice": "steht schon auf der Tagesordnung",
        "past_date": "liegt in der Vergangenheit",
        "both": "nicht beides",
        "not_discussed": "im Status „Entwurf“ nicht möglich",
    }[case]
    with db.write() as s:
        if case == "other_region":
            kwargs["meeting_id"] = mt.plan_meeting(s, body_id=_body(db, "RR-M"),
                                                   day=TODAY + timedelta(days=7))
        elif case == "held":
            mt.start_meeting(s, meeting_id)
        elif case == "twice":
            m.put_on_agenda(s, measure_id, meeting_id=meeting_id)
            m.record_decision(s, measure_id, outcome=DecisionOutcome.DEFERRED,
                              decided_on=TODAY, reason="mehr Zeit")
        elif case == "past_date":
            kwargs = {"new_meeting_on": TODAY - timedelta(days=1), "today": TODAY}
        elif case == "both":
            kwargs["new_meeting_on"] = TODAY + timedelta(days=9)
        elif case == "not_discussed":
            measure_id = m.save_measure(s, sample_application(s, title="Neu")).id
    with db.write() as s, pytest.raises(m.TransitionRefusedError, match=expected):
        m.put_on_agenda(s, measure_id, **kwargs)  # type: ignore[arg-type]
    with db.session() as s:
        mine = s.scalars(select(AgendaItem).where(AgendaItem.measure_id == measure_id)).all()
    assert len(mine) == (1 if case == "twice" else 0)


def test_ledger_view_per_year(db: Database) -> None:
    measure_id = _discussed(db, start=date(2025, 7, 1))
    with db.session() as s:
        view = m.ledger_view(s, measure_id)
    assert not view.bookable and [y.year for y in view.years] == [2025, 2026]
    assert m.booking_year(view, date(2030, 5, 1)) == 2026
    assert m.booking_year(view, date(2026, 5, 1)) == 2026
    region = _area(db, "RR-NW")
    with db.write() as s:
        for year in (2025, 2026):
            budget.set_budget(s, region_id=region, year=year, amount_cents=5_000_000, note="T")
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 6, 1))
        budget.book_payment(s, measure_id=measure_id, year=2025, amount_cents=100_000)
        view = m.ledger_view(s, measure_id)
    assert view.has_decision and not view.has_agreement and view.bookable
    by_year = {y.year: y for y in view.years}
    assert by_year[2025].committed + by_year[2026].committed == 1_248_000
    assert by_year[2025].committed == 624_000  # six of twelve months
    assert by_year[2025].paid == 100_000 and by_year[2026].paid == 0
    assert view.total.committed == 1_248_000 and view.total.paid == 100_000
