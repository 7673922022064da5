"""Splitting money over budget years: pro rata by month, exact in cents, hand-set shares."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from sro_desktop.models import Base, BudgetEntry, Measure, MeasurePeriod
from sro_desktop.services.budget import (
    SplitError,
    book_agreement,
    book_commitment,
    distribute,
    figures_for,
    month_weights,
    set_budget,
    set_manual_split,
    split_by_year,
)
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import area_uuid, seed_rostock


def test_measure_from_15_december_to_14_december() -> None:
    # December 2025 counts 17 of 31 days, December 2026 14 of 31: together one month.
    weights = month_weights(date(2025, 12, 15), date(2026, 12, 14))
    assert weights == {2025: Fraction(17, 31), 2026: 11 + Fraction(14, 31)}
    assert sum(weights.values()) == 12
    parts = split_by_year(date(2025, 12, 15), date(2026, 12, 14), 12_000_00)
    # 2025 exactly: 1.200.000 × 17/372 = 54.838,709… cents → largest remainder rounds up.
    assert parts == {2025: 54_839, 2026: 1_145_161}
    assert sum(parts.values()) == 12_000_00


def test_year_edges() -> None:
    assert split_by_year(date(2025, 1, 1), date(2025, 12, 31), 999_99) == {2025: 999_99}
    assert split_by_year(date(2025, 12, 1), date(2026, 11, 30), 12_000_00) == {
        2025: 1_000_00, 2026: 11_000_00}
    # One day in the old year: 1/31 of a month out of twelve months.
    one_day = split_by_year(date(2025, 12, 31), date(2026, 12, 30), 12_000_00)
    assert one_day[2025] == round(12_000_00 * Fraction(1, 31) / 12)
    assert sum(one_day.values()) == 12_000_00
    assert split_by_year(date(2026, 1, 1), date(2026, 1, 1), 5) == {2026: 5}


def test_whole_months_weigh_the_same_whatever_their_length() -> None:
    # February (28 days) and March (31 days) are one month each.
    assert split_by_year(date(2026, 2, 1), date(2026, 3, 31), 100) == {2026: 100}
    assert split_by_year(date(2025, 11, 1), date(2026, 2, 28), 4_00) == {2025: 2_00, 2026: 2_00}


def test_bad_period_is_refused_in_german() -> None:
    with pytest.raises(SplitError, match="Laufzeit: Ende"):
        split_by_year(date(2026, 2, 1), date(2026, 1, 1), 100)


@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    days=st.integers(min_value=0, max_value=730),
    amount=st.integers(min_value=-10**10, max_value=10**10),
)
def test_split_is_exact_and_within_the_period(start: date, days: int, amount: int) -> None:
    end = start + timedelta(days=days)
    parts = split_by_year(start, end, amount)
    assert sum(parts.values()) == amount
    assert set(parts) <= set(range(start.year, end.year + 1))
    weights = month_weights(start, end)
    total = sum(weights.values())
    for year, cents in parts.items():
        exact = amount * weights[year] / total
        assert abs(cents - exact) < 1  # never more than one cent from the exact share
        assert (cents >= 0) == (amount >= 0) or cents == 0


@given(amount=st.integers(min_value=0, max_value=10**9),
       weights=st.dictionaries(st.integers(2020, 2030), st.integers(1, 1000), min_size=1))
def test_distribute_is_exact(amount: int, weights: dict[int, int]) -> None:
    parts = distribute(amount, dict(weights))
    assert sum(parts.values()) == amount
    assert all(v >= 0 for v in parts.values())


def test_manual_split_overrides_the_rule(tmp_path: Path) -> None:
    db = Database(make_engine(tmp_path / "split.sqlite"), user="testerin")
    Base.metadata.create_all(db.engine)
    nw = area_uuid("RR-NW")
    with db.write() as s:
        seed_rostock(s)
        for year in (2025, 2026):
            set_budget(s, region_id=nw, year=year, amount_cents=50_000_00, note="")
        m = Measure(id=uuid.uuid4(), number="SRAE-NW-2025-009", title="Werkstatt", region_id=nw)
        s.add(m)
        s.flush()
        period = MeasurePeriod(id=uuid.uuid4(), measure_id=m.id, sequence=1,
                               start_date=date(2025, 12, 15), end_date=date(2026, 12, 14),
                               amount_cents=12_000_00)
        s.add(period)
        s.flush()
        with pytest.raises(SplitError, match="Summe der Jahresanteile"):
            set_manual_split(s, period.id, {2025: 1_000_00, 2026: 1_000_00})
        with pytest.raises(SplitError, match="außerhalb der Laufzeit"):
            set_manual_split(s, period.id, {2024: 12_000_00})
        set_manual_split(s, period.id, {2025: 6_000_00, 2026: 6_000_00})
        book_commitment(s, measure_id=m.id, decision_id=None, amount_cents=12_000_00,
                        start=date(2025, 12, 15), end=date(2026, 12, 14))
        assert figures_for(s, nw, 2025).committed == 6_000_00
        assert figures_for(s, nw, 2026).committed == 6_000_00
        # A lower agreement is split with the manual shares as weights.
        ids = book_agreement(s, measure_id=m.id, agreement_id=None, amount_cents=10_000_01,
                             start=date(2025, 12, 15), end=date(2026, 12, 14))
        amounts = sorted(e.amount_cents for e in s.scalars(
            select(BudgetEntry).where(BudgetEntry.id.in_(ids))))
        assert amounts == [5_000_00, 5_000_01]
    db.close()
