"""The year split of a measure as the "Aufteilung auf Haushaltsjahre" dialog shows and saves it.

A measure's money is split by its funding periods (``MeasurePeriod``: the first one and the one
extension). Before the administration's agreement a measure has no period yet; its money is
then split over the measure's own dates and amount (beschlossen, else beantragt), and saving
a hand-set split creates that first period ("geplant"), because year shares belong to a
period. The lifecycle's agreement takes over the existing first period.

Year shares are planning data, not ledger entries: saving a split never rebooks money already
booked; it applies to the next booking of the period (decision, agreement). Saving the
pro-rata split removes the hand-set shares, so the rule applies again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    Agreement,
    Budget,
    BudgetEntry,
    Evaluation,
    Measure,
    MeasurePeriod,
    PeriodKind,
    YearShare,
)
from ...models.budget import Figure
from ..formatting import format_period
from ..money import format_cents
from .figures import MeasureMoney
from .ledger import measure_of
from .split import SplitError, month_weights, set_manual_split, split_by_year

__all__ = [
    "PeriodPlan",
    "SavedSplit",
    "SplitPlan",
    "YearLine",
    "format_months",
    "remove_planning_period",
    "save_split",
    "split_difference_message",
    "split_plan",
]

_PERIOD_LABELS: dict[str, str] = {
    PeriodKind.INITIAL: "Erstbewilligung", PeriodKind.EXTENSION: "Verlängerung",
}


@dataclass(frozen=True)
class YearLine:
    """One budget year of a period: its months, the pro-rata part, the hand-set part, what the
    measure binds in that year now."""

    year: int
    months: Fraction
    pro_rata: int
    manual: int | None
    booked: int

    @property
    def current(self) -> int:
        """The part that applies now: hand-set if set, else pro rata."""
        return self.pro_rata if self.manual is None else self.manual


@dataclass(frozen=True)
class PeriodPlan:
    """One funding period with its years. ``period_id`` is None for the not yet stored first
    period of a measure without agreement."""

    period_id: uuid.UUID | None
    kind_label: str
    start: date
    end: date
    amount: int
    years: tuple[YearLine, ...]

    @property
    def is_manual(self) -> bool:
        """True when the split is set by hand."""
        return any(line.manual is not None for line in self.years)

    @property
    def pro_rata(self) -> dict[int, int]:
        """The pro-rata split by month."""
        return {line.year: line.pro_rata for line in self.years}

    @property
    def manual(self) -> dict[int, int] | None:
        """The hand-set shares, or None when the rule applies."""
        if not self.is_manual:
            return None
        return {line.year: line.manual or 0 for line in self.years}

    @property
    def label(self) -> str:
        """``Erstbewilligung 01.07.2025–30.06.2026, 12.000,00 €``."""
        return f"{self.kind_label} {format_period(self.start, self.end)}, " \
               f"{format_cents(self.amount)}"


@dataclass(frozen=True)
class SplitPlan:
    """What the split dialog shows for a measure; ``problem`` (German) when nothing can be
    split."""

    measure_id: uuid.UUID
    region_id: uuid.UUID
    label: str
    periods: tuple[PeriodPlan, ...]
    problem: str = ""


@dataclass(frozen=True)
class SavedSplit:
    """The period a split was saved for, and whether saving created it."""

    period_id: uuid.UUID | None
    created: bool


def format_months(months: Fraction) -> str:
    """``6`` for whole months, ``0,55`` for a part (two decimals, German comma)."""
    if months.denominator == 1:
        return str(months.numerator)
    return f"{float(months):.2f}".replace(".", ",")


def split_difference_message(total: int, amount: int, what: str = "des Zeitraums") -> str:
    """The German refusal of a split whose sum is not the amount ('' when it is)."""
    if total == amount:
        return ""
    gap = amount - total
    tail = f"es fehlen {format_cents(gap)}" if gap > 0 else f"{format_cents(-gap)} zu viel"
    return (f"Summe der Jahresanteile: {format_cents(total)} statt {format_cents(amount)} "
            f"(die Anteile müssen zusammen genau den Betrag {what} ergeben; {tail}).")


def _booked(session: Session, measure_id: uuid.UUID) -> dict[int, int]:
    """Per budget year, what the measure binds now (``MeasureMoney.used``)."""
    rows = session.execute(
        select(Budget.year, BudgetEntry.figure, func.sum(BudgetEntry.amount_cents))
        .join(Budget, Budget.id == BudgetEntry.budget_id)
        .where(BudgetEntry.measure_id == measure_id, BudgetEntry.figure != Figure.TOTAL)
        .group_by(Budget.year, BudgetEntry.figure)
    ).all()
    money: dict[int, MeasureMoney] = {}
    for year, figure, cents in rows:
        money[int(year)] = money.get(int(year), MeasureMoney()).plus(str(figure), int(cents or 0))
    return {year: m.used for year, m in money.items()}


def _period_plan(
    period_id: uuid.UUID | None, kind_label: str, start: date, end: date, amount: int,
    manual: dict[int, int], booked: dict[int, int],
) -> PeriodPlan:
    weights = month_weights(start, end)
    pro_rata = split_by_year(start, end, amount)
    return PeriodPlan(period_id, kind_label, start, end, amount, tuple(
        YearLine(year, weights[year], pro_rata.get(year, 0),
                 manual.get(year) if manual else None, booked.get(year, 0))
        for year in sorted(weights)
    ))


def _measure_terms(measure: Measure) -> tuple[date, date, int] | str:
    """The measure's own dates and amount (beschlossen, else beantragt), or the problem."""
    if measure.start is None or measure.end is None:
        return ("Laufzeit: Die Maßnahme hat noch keinen Beginn oder kein Ende; ohne Laufzeit "
                "gibt es keine Aufteilung auf Haushaltsjahre.")
    if measure.end < measure.start:
        return (f"Laufzeit: Ende {measure.end:%d.%m.%Y} liegt vor dem Beginn "
                f"{measure.start:%d.%m.%Y}.")
    amount = measure.approved_cents if measure.approved_cents is not None \
        else measure.requested_cents
    return measure.start, measure.end, amount


def _is_planned(session: Session, period: MeasurePeriod) -> bool:
    """The only period, before its agreement (created by a saved split): it follows the
    measure's dates and amount."""
    if period.sequence != 1 or period.kind != PeriodKind.INITIAL:
        return False
    periods = session.scalar(select(func.count()).select_from(MeasurePeriod).where(
        MeasurePeriod.measure_id == period.measure_id))
    if periods != 1:  # an extension exists: the first period is settled
        return False
    agreed = session.scalar(select(func.count()).select_from(Agreement).where(
        Agreement.period_id == period.id))
    return not agreed


def _sync_planned(session: Session, measure: Measure, period: MeasurePeriod) -> bool:
    """Bring a planned period up to the measure's dates and amount; True if it changed.
    Hand-set shares of other dates no longer fit and are dropped."""
    terms = _measure_terms(measure)
    if isinstance(terms, str) or not _is_planned(session, period):
        return False
    start, end, amount = terms
    if (period.start_date, period.end_date, period.amount_cents) == (start, end, amount):
        return False
    if (period.start_date, period.end_date) != (start, end):
        _delete_shares(session, period.id, manual_only=False)
    period.start_date, period.end_date, period.amount_cents = start, end, amount
    session.flush()
    return True


def split_plan(session: Session, measure_id: uuid.UUID) -> SplitPlan:
    """The periods of a measure with their pro-rata and hand-set split per year.

    A measure without a stored period gets one planned from its own dates and amount; a
    stored first period without agreement is shown with the measure's current dates and
    amount (hand-set shares of other dates are not shown). Reads only.
    """
    measure = measure_of(session, measure_id)
    label = f"{measure.number} {measure.title}".strip()
    booked = _booked(session, measure_id)
    terms = _measure_terms(measure)
    periods = list(session.scalars(
        select(MeasurePeriod).where(MeasurePeriod.measure_id == measure_id)
        .order_by(MeasurePeriod.sequence)))
    plans: list[PeriodPlan] = []
    for period in periods:
        manual = {
            int(year): int(cents) for year, cents in session.execute(
                select(YearShare.year, YearShare.amount_cents).where(
                    YearShare.period_id == period.id, YearShare.manual.is_(True)))
        }
        start, end, amount = period.start_date, period.end_date, period.amount_cents
        kind_label = _PERIOD_LABELS.get(period.kind, period.kind)
        if not isinstance(terms, str) and _is_planned(session, period):
            kind_label = "geplant"
            if (start, end) != terms[:2]:
                manual = {}
            start, end, amount = terms
        plans.append(_period_plan(period.id, kind_label, start, end, amount, manual, booked))
    if plans:
        return SplitPlan(measure.id, measure.region_id, label, tuple(plans))
    if isinstance(terms, str):
        return SplitPlan(measure.id, measure.region_id, label, (), problem=terms)
    plan = _period_plan(None, "geplant", *terms, {}, booked)
    return SplitPlan(measure.id, measure.region_id, label, (plan,))


def save_split(
    session: Session, *, measure_id: uuid.UUID, period_id: uuid.UUID | None,
    shares: dict[int, int] | None,
) -> SavedSplit:
    """Set the split of a period by hand (``shares``) or back to pro rata (``None``).

    ``period_id`` None means the measure's first period that is not stored yet: it is created
    from the measure's dates and amount (only when there is something to store); a stored
    first period without agreement is brought up to them first. The rules of
    :func:`~.split.set_manual_split` apply (years within the period, sum equals its amount).
    """
    created = False
    if period_id is None:
        if shares is None:
            return SavedSplit(None, False)
        plan = split_plan(session, measure_id)
        if plan.problem or not plan.periods:
            raise SplitError(plan.problem or "Aufteilung: Zeitraum nicht gefunden.")
        if plan.periods[0].period_id is not None:
            raise SplitError("Aufteilung: Die Maßnahme hat inzwischen einen Förderzeitraum; "
                             "bitte die Aufteilung neu öffnen.")
        first = plan.periods[0]
        period = MeasurePeriod(id=uuid.uuid4(), measure_id=measure_id, sequence=1,
                               kind=PeriodKind.INITIAL, start_date=first.start,
                               end_date=first.end, amount_cents=first.amount)
        session.add(period)
        session.flush()
        period_id, created = period.id, True
    else:
        stored = session.get(MeasurePeriod, period_id)
        if stored is not None:
            _sync_planned(session, measure_of(session, measure_id), stored)
    if shares is None:
        _delete_shares(session, period_id, manual_only=True)
    else:
        set_manual_split(session, period_id, shares)
    session.flush()
    return SavedSplit(period_id, created)


def _delete_shares(session: Session, period_id: uuid.UUID, *, manual_only: bool) -> None:
    # ORM deletes, not a Core DELETE: the audit log records them at flush.
    query = select(YearShare).where(YearShare.period_id == period_id)
    if manual_only:
        query = query.where(YearShare.manual.is_(True))
    for share in session.scalars(query):
        session.delete(share)
    session.flush()


def remove_planning_period(session: Session, period_id: uuid.UUID) -> bool:
    """Undo the creation of a planned first period: remove it with its year shares, unless an
    agreement or evaluation refers to it meanwhile (then only the shares go). True if removed."""
    _delete_shares(session, period_id, manual_only=False)
    used = session.scalar(select(func.count()).select_from(Agreement).where(
        Agreement.period_id == period_id)) or session.scalar(
        select(func.count()).select_from(Evaluation).where(Evaluation.period_id == period_id))
    period = session.get(MeasurePeriod, period_id)
    if period is None or used:
        session.flush()
        return False
    session.delete(period)
    session.flush()
    return True
