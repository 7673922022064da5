"""The year split as the dialog reads and saves it, and how the lifecycle's bookings use it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sro_desktop.models import (
    AuditEntry,
    Base,
    DecisionOutcome,
    Measure,
    MeasurePeriod,
    MeasureStatus,
    PeriodKind,
    YearShare,
)
from sro_desktop.services.budget import (
    SplitError,
    book_commitment,
    figures_for,
    format_months,
    remove_planning_period,
    save_split,
    set_budget,
    split_difference_message,
    split_plan,
)
from sro_desktop.services.measures.lifecycle import agree, record_decision
from sro_desktop.services.measures.repository import save_measure
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import area_uuid, seed_rostock

NW = area_uuid("RR-NW")
START, END = date(2025, 7, 1), date(2026, 6, 30)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Rostock with 50.000 € in 2025 and 2026 for Nordwest."""
    database = Database(make_engine(tmp_path / "split.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        for year in (2025, 2026):
            set_budget(s, region_id=NW, year=year, amount_cents=50_000_00, note="")
    yield database
    database.close()


def _measure(s: Session, **values: object) -> uuid.UUID:
    fields: dict[str, object] = {"number": "SRAE-NW-2025-004", "start": START, "end": END,
                                 "requested_cents": 12_000_00}
    fields.update(values)
    m = Measure(id=uuid.uuid4(), title="Werkstatt", region_id=NW, **fields)
    s.add(m)
    s.flush()
    return m.id


def test_plan_without_period_uses_the_measures_dates_and_amount(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        plan = split_plan(s, m)
    assert plan.label == "SRAE-NW-2025-004 Werkstatt" and plan.region_id == NW
    (period,) = plan.periods
    assert period.period_id is None and period.kind_label == "geplant"
    assert period.amount == 12_000_00 and not period.is_manual
    assert period.pro_rata == {2025: 6_000_00, 2026: 6_000_00}
    assert [line.months for line in period.years] == [Fraction(6), Fraction(6)]
    assert "01.07.2025–30.06.2026" in period.label and "12.000,00 €" in period.label


def test_plan_months_of_partial_months_and_booked_money(db: Database) -> None:
    with db.write() as s:
        m = _measure(s, start=date(2025, 12, 15), end=date(2026, 12, 14),
                     approved_cents=12_400_00)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=12_400_00,
                        start=date(2025, 12, 15), end=date(2026, 12, 14))
        plan = split_plan(s, m)
    (period,) = plan.periods
    assert period.amount == 12_400_00  # the approved amount wins over the requested one
    first, second = period.years
    assert first.months == Fraction(17, 31) and format_months(first.months) == "0,55"
    assert format_months(Fraction(11)) == "11"
    assert first.booked + second.booked == 12_400_00
    assert first.booked == first.pro_rata


def test_plan_names_the_missing_period(db: Database) -> None:
    with db.write() as s:
        m = _measure(s, start=None, end=None)
        plan = split_plan(s, m)
    assert plan.periods == () and plan.problem.startswith("Laufzeit:")


def test_saving_a_hand_split_creates_the_planned_first_period(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        saved = save_split(s, measure_id=m, period_id=None,
                           shares={2025: 8_000_00, 2026: 4_000_00})
    assert saved.created and saved.period_id is not None
    with db.session() as s:
        period = s.get(MeasurePeriod, saved.period_id)
        assert period is not None and period.kind == PeriodKind.INITIAL
        assert (period.start_date, period.end_date, period.amount_cents) == (START, END,
                                                                             12_000_00)
        plan = split_plan(s, m)
        assert plan.periods[0].manual == {2025: 8_000_00, 2026: 4_000_00}
        assert plan.periods[0].kind_label == "geplant"  # no agreement yet
        assert plan.periods[0].period_id == saved.period_id
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "year_shares")), "year shares are audited"


def test_a_split_whose_sum_differs_is_refused_in_german(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        with pytest.raises(SplitError, match="Summe der Jahresanteile"):
            save_split(s, measure_id=m, period_id=None, shares={2025: 1_000_00, 2026: 0})
    assert split_difference_message(11_000_00, 12_000_00) == (
        "Summe der Jahresanteile: 11.000,00 € statt 12.000,00 € (die Anteile müssen zusammen "
        "genau den Betrag des Zeitraums ergeben; es fehlen 1.000,00 €).")
    assert "500,00 € zu viel" in split_difference_message(12_500_00, 12_000_00)
    assert split_difference_message(5, 5) == ""


def test_pro_rata_again_removes_the_hand_set_shares(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        saved = save_split(s, measure_id=m, period_id=None,
                           shares={2025: 2_000_00, 2026: 10_000_00})
        again = save_split(s, measure_id=m, period_id=saved.period_id, shares=None)
        assert not again.created
        assert s.scalar(select(func.count()).select_from(YearShare)) == 0
        assert not split_plan(s, m).periods[0].is_manual
        # Pro rata for a measure without period stores nothing at all.
        other = _measure(s, number="SRAE-NW-2025-005")
        assert save_split(s, measure_id=other, period_id=None, shares=None).period_id is None


def _application_on_agenda(s: Session) -> uuid.UUID:
    """A complete application (the lifecycle checks it again at the decision) on the agenda."""
    data = sample_application(s, start=START, end=END, requested_cents=12_000_00)
    m = save_measure(s, data).id
    measure = s.get(Measure, m)
    assert measure is not None
    measure.status = MeasureStatus.ON_AGENDA
    s.flush()
    return m


def test_the_lifecycle_books_decision_and_agreement_with_the_hand_split(db: Database) -> None:
    with db.write() as s:
        m = _application_on_agenda(s)
        save_split(s, measure_id=m, period_id=None, shares={2025: 9_000_00, 2026: 3_000_00})
        record_decision(s, m, outcome=DecisionOutcome.APPROVED, decided_on=date(2025, 6, 10))
        assert figures_for(s, NW, 2025).committed == 9_000_00
        assert figures_for(s, NW, 2026).committed == 3_000_00
        # The agreement takes over the planned period (no second period) and its split.
        agree(s, m, agreed_on=date(2025, 6, 20), amount_cents=10_000_00)
        assert s.scalar(select(func.count()).select_from(MeasurePeriod)) == 1
        assert figures_for(s, NW, 2025).agreed == 7_500_00
        assert figures_for(s, NW, 2026).agreed == 2_500_00


def test_removing_the_planned_period_undoes_its_creation(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        saved = save_split(s, measure_id=m, period_id=None,
                           shares={2025: 8_000_00, 2026: 4_000_00})
        assert saved.period_id is not None
        assert remove_planning_period(s, saved.period_id)
        assert s.scalar(select(func.count()).select_from(MeasurePeriod)) == 0
        assert s.scalar(select(func.count()).select_from(YearShare)) == 0
        assert split_plan(s, m).periods[0].period_id is None


def test_the_planned_period_follows_the_measures_dates_until_the_agreement(
        db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        saved = save_split(s, measure_id=m, period_id=None,
                           shares={2025: 8_000_00, 2026: 4_000_00})
        measure = s.get(Measure, m)
        assert measure is not None
        measure.start, measure.end = date(2025, 10, 1), date(2026, 9, 30)
        measure.requested_cents = 9_000_00
        s.flush()
        plan = split_plan(s, m).periods[0]
        # Shown with the new dates and amount; the shares of the old dates no longer apply.
        assert plan.period_id == saved.period_id and plan.kind_label == "geplant"
        assert (plan.start, plan.end, plan.amount) == (date(2025, 10, 1), date(2026, 9, 30),
                                                       9_000_00)
        assert not plan.is_manual and plan.pro_rata == {2025: 2_250_00, 2026: 6_750_00}
        save_split(s, measure_id=m, period_id=saved.period_id,
                   shares={2025: 3_000_00, 2026: 6_000_00})
        period = s.get(MeasurePeriod, saved.period_id)
        assert period is not None
        assert (period.start_date, period.end_date, period.amount_cents) == (
            date(2025, 10, 1), date(2026, 9, 30), 9_000_00)
        assert split_plan(s, m).periods[0].manual == {2025: 3_000_00, 2026: 6_000_00}
