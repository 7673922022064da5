"""Splitting a measure's money over budget years (the budget year is the calendar year).

Rule ("pro rata by month"): every calendar month the period touches weighs the fraction of its
days that the period covers. 15.12.2025–14.12.2026 therefore weighs 17/31 (December 2025)
+ 11 whole months + 14/31 (December 2026) = exactly 12 months, and 2025 receives
17/31 ÷ 12 of the money. Whole months weigh 1 whatever their length, so a period of whole
months splits by the count of months, as a clerk expects.

Cents are distributed exactly by the largest-remainder method: every year receives the floor
of its exact share, and the cents left over go to the years with the largest remainders (ties:
the earlier year). The parts always sum to the amount.

A hand-set split (``YearShare`` rows with ``manual=True``) overrides the rule; when the amount
to book differs from the sum of the manual shares, the shares act as weights.
"""

from __future__ import annotations

import calendar
import uuid
from datetime import date
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import MeasurePeriod, YearShare
from ..money import format_cents

__all__ = [
    "SplitError",
    "distribute",
    "manual_shares",
    "month_weights",
    "set_manual_split",
    "split_by_year",
    "split_for_measure",
]


class SplitError(ValueError):
    """A split that cannot be made; the message is German and names the rule."""


def month_weights(start: date, end: date) -> dict[int, Fraction]:
    """Per year, the months of the period as exact fractions (partial months by days)."""
    if end < start:
        raise SplitError(
            f"Laufzeit: Ende {end:%d.%m.%Y} liegt vor dem Beginn {start:%d.%m.%Y}."
        )
    weights: dict[int, Fraction] = {}
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        days = calendar.monthrange(year, month)[1]
        first = start.day if (year, month) == (start.year, start.month) else 1
        last = end.day if (year, month) == (end.year, end.month) else days
        weights[year] = weights.get(year, Fraction(0)) + Fraction(last - first + 1, days)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return weights


def distribute(amount_cents: int, weights: dict[int, Fraction | int]) -> dict[int, int]:
    """Split ``amount_cents`` by ``weights`` exactly (largest remainder, ties to the earlier key).

    Negative amounts are split like their absolute value and negated, so that a release mirrors
    its commitment cent for cent.
    """
    positive = {k: Fraction(w) for k, w in weights.items() if w > 0}
    if not positive:
        raise SplitError("Aufteilung: keine Gewichte größer als null.")
    if amount_cents < 0:
        return {k: -v for k, v in distribute(-amount_cents, dict(positive)).items()}
    total = sum(positive.values(), Fraction(0))
    exact = {k: amount_cents * w / total for k, w in positive.items()}
    parts = {k: int(v) for k, v in exact.items()}  # floor: values are non-negative
    left = amount_cents - sum(parts.values())
    order = sorted(positive, key=lambda k: (-(exact[k] - parts[k]), k))
    for k in order[:left]:
        parts[k] += 1
    return dict(sorted(parts.items()))


def split_by_year(start: date, end: date, amount_cents: int) -> dict[int, int]:
    """The part of ``amount_cents`` per budget year, pro rata by month (see module doc)."""
    return distribute(amount_cents, dict(month_weights(start, end)))


def manual_shares(
    session: Session, measure_id: uuid.UUID, start: date, end: date
) -> dict[int, int]:
    """Hand-set shares of the measure's period that runs from ``start`` to ``end`` (or empty)."""
    rows = session.execute(
        select(YearShare.year, YearShare.amount_cents)
        .join(MeasurePeriod, MeasurePeriod.id == YearShare.period_id)
        .where(
            YearShare.measure_id == measure_id,
            YearShare.manual.is_(True),
            MeasurePeriod.start_date == start,
            MeasurePeriod.end_date == end,
        )
    ).all()
    return {int(year): int(amount) for year, amount in rows}


def split_for_measure(
    session: Session, measure_id: uuid.UUID, start: date, end: date, amount_cents: int
) -> dict[int, int]:
    """The split: manual shares when set (as weights if the sum differs), else pro rata."""
    manual = manual_shares(session, measure_id, start, end)
    if manual and sum(manual.values()) == amount_cents:
        return dict(sorted(manual.items()))
    if manual and sum(manual.values()) > 0:
        return distribute(amount_cents, dict(manual.items()))
    return split_by_year(start, end, amount_cents)


def set_manual_split(session: Session, period_id: uuid.UUID, shares: dict[int, int]) -> None:
    """Set the split of one period by hand (replaces its year shares).

    The years must lie within the period and the shares must sum to the period's amount; both
    rules are checked with German messages. Year shares are planning data, not ledger entries,
    so replacing them is allowed; money already booked is not rebooked.
    """
    period = session.get(MeasurePeriod, period_id)
    if period is None:
        raise SplitError("Aufteilung: Zeitraum nicht gefunden.")
    years = range(period.start_date.year, period.end_date.year + 1)
    for year, cents in shares.items():
        if year not in years:
            raise SplitError(
                f"Aufteilung: Jahr {year} liegt außerhalb der Laufzeit "
                f"{period.start_date:%d.%m.%Y}–{period.end_date:%d.%m.%Y}."
            )
        if cents < 0:
            raise SplitError(f"Aufteilung: Anteil {year} darf nicht negativ sein.")
    if sum(shares.values()) != period.amount_cents:
        raise SplitError(
            "Aufteilung: Summe der Jahresanteile "
            f"({format_cents(sum(shares.values()))}) muss dem Betrag des Zeitraums "
            f"({format_cents(period.amount_cents)}) entsprechen."
        )
    existing = {
        ys.year: ys
        for ys in session.scalars(select(YearShare).where(YearShare.period_id == period_id))
    }
    for year, old in existing.items():
        if year not in shares:
            session.delete(old)
    for year, cents in shares.items():
        ys = existing.get(year)
        if ys is None:
            session.add(
                YearShare(
                    measure_id=period.measure_id, period_id=period_id, year=year,
                    amount_cents=cents, manual=True,
                )
            )
        else:
            ys.amount_cents = cents
            ys.manual = True
