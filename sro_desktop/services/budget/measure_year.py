"""One measure's money in one budget year, for the payment and return dialogs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .figures import MeasureMoney, figures_from_sums
from .ledger import budget_state, measure_of, region_name

__all__ = ["MeasureYear", "measure_year"]


@dataclass(frozen=True)
class MeasureYear:
    """The sums of a measure in a year, and the region's available money in that year."""

    measure_id: uuid.UUID
    region_id: uuid.UUID
    region: str
    label: str
    year: int
    money: MeasureMoney
    available: int

    @property
    def returnable(self) -> int:
        """Paid and not yet returned: the most a return may be."""
        return max(0, self.money.paid - self.money.returned)

    def extra_for_payment(self, cents: int) -> int:
        """How much more the measure would bind after paying ``cents`` (0 while the payment
        stays within the decided or agreed money)."""
        after = self.money.plus("paid", cents)
        return after.used - self.money.used


def measure_year(session: Session, measure_id: uuid.UUID, year: int) -> MeasureYear:
    """The measure's sums in ``year`` (zeros when nothing is booked) and what is available."""
    measure = measure_of(session, measure_id)
    total, sums = budget_state(session, measure.region_id, year)
    return MeasureYear(
        measure_id=measure.id, region_id=measure.region_id,
        region=region_name(session, measure.region_id),
        label=f"{measure.number} {measure.title}".strip(), year=year,
        money=sums.get(measure.id, MeasureMoney()),
        available=figures_from_sums(total, sums.values()).available,
    )
