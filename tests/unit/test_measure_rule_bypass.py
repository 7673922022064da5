"""Regression tests of the code review: rules the lifecycle and the ledger must enforce in the
services, not only in the UI (period, decision order, chair override, minutes lock, money
bound after agreement and withdrawal, signs of corrections)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_desktop.models import (
    AgendaItem,
    Area,
    Base,
    BodyKind,
    BudgetEntry,
    DecisionOutcome,
    Measure,
    MeasureStatus,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
)
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import body_uuid, seed_rostock

S = MeasureStatus
APPROVED = DecisionOutcome.APPROVED


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "review.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        region = s.scalars(select(Area.id).where(Area.code == "RR-NW")).one()
        for year in (2025, 2026, 2027, 2028):
            budget.set_budget(s, region_id=region, year=year, amount_cents=5_000_000, note="")
    yield database
    database.close()


def _region(db: Database) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == "RR-NW")).one()


def _submitted(db: Database, start: date = date(2027, 3, 1), end: date = date(2027, 11, 30),
               requested: int = 1_248_000) -> uuid.UUID:
    with db.write() as s:
        data = sample_application(s, start=start, end=end, requested_cents=requested)
        measure_id = m.save_measure(s, data).id
        m.submit(s, measure_id)
    return measure_id


def _on_agenda(db: Database, **kw: object) -> uuid.UUID:
    measure_id = _submitted(db, **kw)  # type: ignore[arg-type]
    with db.write() as s:
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
    return measure_id


def _break_period(db: Database, measure_id: uuid.UUID) -> None:
    """Old data (or another writer) with a period of more than 12 months."""
    with db.write() as s:
        measure = s.get(Measure, measure_id)
        assert measure is not None
        measure.end = date(2030, 3, 1)


def _person(db: Database, role: str | None) -> uuid.UUID:
    with db.write() as s:
        person = Person(id=uuid.uuid4(), first_name="Bea", last_name="Muster")
        s.add(person)
        if role is not None:
            s.add(Membership(id=uuid.uuid4(), person_id=person.id, role=role,
                             body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW")))
    return person.id


def _status(db: Database, measure_id: uuid.UUID) -> str:
    with db.session() as s:
        return m.load_measure(s, measure_id).status


# M1 -------------------------------------------------------------------------------------------

def test_submitted_application_cannot_be_saved_with_a_three_year_period(db: Database) -> None:
    measure_id = _submitted(db)
    with db.write() as s:
        m.discuss(s, measure_id)
    assert _status(db, measure_id) == S.DISCUSSED
    with db.session() as s:
        data = m.load_measure(s, measure_id)
    with pytest.raises(m.MeasureValidationError) as err, db.write() as s:
        m.save_measure(s, dataclasses.replace(data, end=date(2030, 3, 1)))
    assert "Laufzeit: länger als 12 Monate" in str(err.value)
    for change in ({"declarations_confirmed": False}, {"requested_cents": 0},
                   {"own_cents": data.own_cents + 1}, {"end": date(2027, 2, 1)}):
        with pytest.raises(m.MeasureValidationError), db.write() as s:
            m.save_measure(s, dataclasses.replace(data, **change))  # type: ignore[arg-type]
    with db.session() as s:
        assert m.load_measure(s, measure_id).end == date(2027, 11, 30)


def test_submitted_application_still_saves_a_valid_change(db: Database) -> None:
    measure_id = _submitted(db)
    with db.session() as s:
        data = m.load_measure(s, measure_id)
    with db.write() as s:
        m.save_measure(s, dataclasses.replace(data, end=date(2027, 12, 31)))
    with db.session() as s:
        assert m.load_measure(s, measure_id).end == date(2027, 12, 31)


def test_agenda_decision_and_agreement_check_the_period_again(db: Database) -> None:
    measure_id = _submitted(db)
    with db.write() as s:
        m.discuss(s, measure_id)
    _break_period(db, measure_id)
    with pytest.raises(m.TransitionRefusedError, match="Laufzeit: länger als 12 Monate"), \
            db.write() as s:
        m.put_on_agenda(s, measure_id)

    other = _on_agenda(db)
    _break_period(db, other)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.record_decision(s, other, outcome=APPROVED, decided_on=date(2027, 1, 20))
    assert "Beschluss erfassen" in str(err.value) and "Laufzeit" in str(err.value)

    third = _on_agenda(db)
    with db.write() as s:
        m.record_decision(s, third, outcome=APPROVED, decided_on=date(2027, 1, 20))
    _break_period(db, third)
    with pytest.raises(m.TransitionRefusedError, match="Laufzeit: länger als 12 Monate"), \
            db.write() as s:
        m.agree(s, third, agreed_on=date(2027, 2, 1))
    assert _status(db, third) == S.APPROVED


# M2 -------------------------------------------------------------------------------------------

def test_decision_dated_before_the_previous_one_is_refused(db: Database) -> None:
    measure_id = _on_agenda(db)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.DEFERRED,
                          decided_on=date(2026, 6, 1))
        m.put_on_agenda(s, measure_id)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2026, 5, 1))
    assert "Beschlossen am" in str(err.value) and "01.06.2026" in str(err.value)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2026, 6, 1))
        m.agree(s, measure_id, agreed_on=date(2026, 6, 15))
    assert _status(db, measure_id) == S.AGREED


# M3 -------------------------------------------------------------------------------------------

def test_override_needs_a_chair_of_the_regions_lenkungsgruppe(db: Database) -> None:
    measure_id = _on_agenda(db, requested=9_000_000)
    member = _person(db, MemberRole.VOTING)
    outsider = _person(db, None)
    for person in (None, member, outsider):
        with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
            m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2027, 1, 20),
                              override_reason="dringend", authorized_by="Vorsitz",
                              authorized_person_id=person)
        assert "Vorsitz" in str(err.value) and "Lenkungsgruppe" in str(err.value)
    assert _status(db, measure_id) == S.ON_AGENDA
    deputy = _person(db, MemberRole.DEPUTY_CHAIR)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2027, 1, 20),
                          override_reason="dringend", authorized_person_id=deputy)
    with db.session() as s:
        entries = s.scalars(select(BudgetEntry).where(BudgetEntry.measure_id == measure_id)).all()
    assert entries and {e.authorized_by for e in entries} == {"Bea Muster (stellv. Vorsitz)"}


def test_agreement_override_needs_a_chair(db: Database) -> None:
    measure_id = _on_agenda(db)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2027, 1, 20))
    with pytest.raises(m.TransitionRefusedError, match="Vorsitz"), db.write() as s:
        m.agree(s, measure_id, agreed_on=date(2027, 2, 1), override_reason="weil")


# M4 -------------------------------------------------------------------------------------------

def test_decision_under_approved_minutes_or_a_foreign_item_is_refused(db: Database) -> None:
    measure_id = _submitted(db)
    other = _submitted(db)
    with db.write() as s:
        m.discuss(s, measure_id)
        m.discuss(s, other)
        item_id = m.put_on_agenda(s, measure_id, new_meeting_on=date(2027, 1, 20),
                                  today=date(2027, 1, 1)).created_id
        m.put_on_agenda(s, other)
        item = s.get(AgendaItem, item_id)
        assert item is not None
        meeting_id = item.meeting_id
    with pytest.raises(m.TransitionRefusedError, match="gehört nicht zu dieser Maßnahme"), \
            db.write() as s:
        m.record_decision(s, other, outcome=APPROVED, decided_on=date(2027, 1, 20),
                          meeting_id=meeting_id, agenda_item_id=item_id)
    with db.write() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.APPROVED
    with pytest.raises(m.TransitionRefusedError, match="genehmigt und gesperrt"), \
            db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2027, 1, 20),
                          meeting_id=meeting_id, agenda_item_id=item_id)
    assert _status(db, measure_id) == S.ON_AGENDA


# B1 -------------------------------------------------------------------------------------------

def test_hand_split_agreement_binds_no_more_than_the_amount(db: Database) -> None:
    region = _region(db)
    measure_id = _on_agenda(db, start=date(2026, 12, 1), end=date(2027, 5, 31),
                            requested=1_416_400)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2026, 11, 1))
        assert budget.figures_for(s, region, 2027).used > 0  # pro rata: most of it in 2027
        budget.save_split(s, measure_id=measure_id, period_id=None,
                          shares={2026: 1_416_400, 2027: 0})
        m.agree(s, measure_id, agreed_on=date(2026, 11, 15))
    with db.session() as s:
        used = {year: budget.figures_for(s, region, year).used for year in (2026, 2027)}
    assert used == {2026: 1_416_400, 2027: 0}


# B2 -------------------------------------------------------------------------------------------

def test_withdrawal_after_agreement_releases_the_unpaid_agreed_money(db: Database) -> None:
    region = _region(db)
    measure_id = _on_agenda(db, start=date(2026, 7, 1), end=date(2027, 6, 30),
                            requested=1_200_000)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2026, 6, 1))
        m.agree(s, measure_id, agreed_on=date(2026, 6, 15))
        budget.book_payment(s, measure_id=measure_id, year=2026, amount_cents=100_000)
        m.withdraw(s, measure_id, reason="Träger gibt auf")
    with db.session() as s:
        used = {year: budget.figures_for(s, region, year).used for year in (2026, 2027)}
        releases = [e for e in budget.list_entries(s, [region], 2026, measure_ids=[measure_id])
                    if e.kind == "release"]
    assert used == {2026: 100_000, 2027: 0}
    assert releases and all("Träger gibt auf" in e.reason for e in releases)


# B4 -------------------------------------------------------------------------------------------

def test_correction_cannot_flip_the_sign_of_its_kind(db: Database) -> None:
    measure_id = _on_agenda(db, start=date(2026, 1, 1), end=date(2026, 12, 31))
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=APPROVED, decided_on=date(2025, 12, 1))
        payment = budget.book_payment(s, measure_id=measure_id, year=2026, amount_cents=100_000)
        assert payment is not None
    with pytest.raises(budget.BudgetError, match="darf nicht negativ sein"), db.write() as s:
        budget.book_correction(s, entry_id=payment, amount_cents=-150_000, reason="Tippfehler")
    with db.write() as s:
        first = budget.book_correction(s, entry_id=payment, amount_cents=-60_000,
                                       reason="Tippfehler")
        assert first is not None
    # A correction of the correction counts for the payment it started from.
    with pytest.raises(budget.BudgetError, match="Auszahlung"), db.write() as s:
        budget.book_correction(s, entry_id=first, amount_cents=-50_000, reason="noch einmal")
    with db.write() as s:
        released = budget.release_commitment(s, measure_id=measure_id, reason="zurück")
    with pytest.raises(budget.BudgetError, match="darf nicht positiv sein"), db.write() as s:
        budget.book_correction(s, entry_id=released[0], amount_cents=2_000_000, reason="x")
