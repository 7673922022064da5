"""A measure's money in the budget ledger, per budget year, for the form's Finanzen tab.

Read-only: the figures are sums of the ledger entries of the measure (decided, agreed, paid,
returned), one line per budget year of its periods or with entries. Booking goes through the
budget services and dialogs; this module only says whether booking makes sense yet (a positive
decision or an agreement exists).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import POSITIVE_OUTCOMES, Agreement, Budget, BudgetEntry, Decision, Measure
from ...models.budget import Figure

__all__ = ["LedgerView", "YearMoney", "booking_year", "ledger_view"]


@dataclass(frozen=True)
class YearMoney:
    """The ledger sums of one measure in one budget year, in cents."""

    year: int
    committed: int = 0
    agreed: int = 0
    paid: int = 0
    returned: int = 0


@dataclass(frozen=True)
class LedgerView:
    """The measure's money per year and whether payments and returns can be booked."""

    measure_id: uuid.UUID
    has_decision: bool
    has_agreement: bool
    years: tuple[YearMoney, ...]

    @property
    def bookable(self) -> bool:
        """A positive decision or an agreement exists: split, payments and returns apply."""
        return self.has_decision or self.has_agreement

    @property
    def total(self) -> YearMoney:
        """All years together (``year`` is 0)."""
        return YearMoney(
            0,
            sum(y.committed for y in self.years),
            sum(y.agreed for y in self.years),
            sum(y.paid for y in self.years),
            sum(y.returned for y in self.years),
        )


def ledger_view(session: Session, measure_id: uuid.UUID) -> LedgerView:
    """The measure's ledger sums per budget year (years of its period included, as zeros)."""
    measure = session.get(Measure, measure_id)
    years: dict[int, dict[str, int]] = {}
    if measure is not None and measure.start is not None and measure.end is not None:
        for year in range(measure.start.year, measure.end.year + 1):
            years[year] = {}
    rows = session.execute(
        select(Budget.year, BudgetEntry.figure, func.sum(BudgetEntry.amount_cents))
        .join(Budget, Budget.id == BudgetEntry.budget_id)
        .where(BudgetEntry.measure_id == measure_id)
        .group_by(Budget.year, BudgetEntry.figure)
    ).all()
    for year, figure, amount in rows:
        if figure == Figure.TOTAL:
            continue
        years.setdefault(int(year), {})[str(figure)] = int(amount or 0)
    has_decision = session.scalar(
        select(func.count(Decision.id)).where(
            Decision.measure_id == measure_id, Decision.outcome.in_(list(POSITIVE_OUTCOMES))
        )
    )
    has_agreement = session.scalar(
        select(func.count(Agreement.id)).where(Agreement.measure_id == measure_id)
    )
    return LedgerView(
        measure_id=measure_id,
        has_decision=bool(has_decision),
        has_agreement=bool(has_agreement),
        years=tuple(
            YearMoney(
                year,
                sums.get(Figure.COMMITTED, 0),
                sums.get(Figure.AGREED, 0),
                sums.get(Figure.PAID, 0),
                sums.get(Figure.RETURNED, 0),
            )
            for year, sums in sorted(years.items())
        ),
    )


def booking_year(view: LedgerView, today: date) -> int:
    """The budget year a new payment or return most likely belongs to: this year when the
    measure has it, else the nearest of its years."""
    years = [y.year for y in view.years]
    if not years or today.year in years:
        return today.year
    return min(years, key=lambda y: (abs(y - today.year), -y))
