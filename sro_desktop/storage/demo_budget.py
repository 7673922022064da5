"""Demo SRAE budgets: one per Regionalraum and year, with a ledger that is never overdrawn.

The ledger follows the budget services' conventions (``services/budget/figures.py``): each
entry adds its signed amount to one figure (allocations to the total; commitments, releases
(negative), agreements, payments and returns to the measure's figures), and

    verfügbar = Gesamt − Σ über Maßnahmen (max(beschlossen, vereinbart, ausgezahlt)
                                            − min(zurückgeflossen, ausgezahlt))

:func:`available_by_day` evaluates that formula at the end of every booking day; the generator
commits money only where every later day stays at zero or above, and the tests check the
written ledger with the same function.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, time

from ..models import EntryKind
from ..models.budget import KIND_FIGURE, Figure
from .demo_rows import RowStore, local_to_utc

# One ledger line as the availability formula needs it.
Line = tuple[date, uuid.UUID | None, str, int]


def available_by_day(lines: Iterable[Line]) -> Iterator[tuple[date, int]]:
    """``(day, available at the end of that day)`` for every day with bookings, in order."""
    total = 0
    used_total = 0
    sums: dict[uuid.UUID | None, list[int]] = {}
    index = {Figure.COMMITTED: 0, Figure.AGREED: 1, Figure.PAID: 2, Figure.RETURNED: 3}
    ordered = sorted(lines, key=lambda line: line[0])
    for i, (day, measure, figure, amount) in enumerate(ordered):
        if figure == Figure.TOTAL:
            total += amount
        else:
            money = sums.setdefault(measure, [0, 0, 0, 0])
            before = _used(money)
            money[index[Figure(figure)]] += amount
            used_total += _used(money) - before
        if i + 1 == len(ordered) or ordered[i + 1][0] != day:
            yield day, total - used_total


def _used(money: list[int]) -> int:
    committed, agreed, paid, returned = money
    return max(0, committed, agreed, paid) - min(max(0, returned), max(0, paid))


@dataclass(eq=False)
class _Budget:
    id: uuid.UUID
    year: int
    allocated_on: date
    lines: list[tuple[date, int, uuid.UUID | None, str, int]] = field(default_factory=list)
    counter: int = 0

    def add(self, day: date, measure: uuid.UUID | None, figure: str, amount: int) -> None:
        self.counter += 1
        bisect.insort(self.lines, (day, self.counter, measure, figure, amount),
                      key=lambda line: (line[0], line[1]))

    def headroom(self, day: date) -> int:
        """The most that may be committed on ``day`` so that no day from then on goes negative.

        A commitment raises a measure's used money by at most its amount, so it fits when
        every end-of-day value from ``day`` on is at least that amount.
        """
        at_day = 0
        low: int | None = None
        for d, value in available_by_day((ln[0], ln[2], ln[3], ln[4]) for ln in self.lines):
            if d <= day:
                at_day = value
            else:
                low = value if low is None else min(low, value)
        return at_day if low is None else min(at_day, low)


class Budgets:
    """Budgets of all Regionalräume, created on first use, and their ledger rows."""

    def __init__(self, store: RowStore, as_of: date) -> None:
        self.store = store
        self.as_of = as_of
        self._budgets: dict[tuple[uuid.UUID, int], _Budget] = {}
        # Allocation per region in the reference year (the demo's last year).
        self.allocation: dict[uuid.UUID, int] = {}
        self.reference_year = as_of.year

    def budget(self, region_id: uuid.UUID, year: int) -> _Budget:
        """The budget of a region and year, created with its allocation if missing."""
        key = (region_id, year)
        if key not in self._budgets:
            # Planned a year ahead (Planansatz, as with a Doppelhaushalt), so that decisions
            # whose period runs into the next year can book that year's share on their day.
            allocated_on = min(date(year - 1, 1, 2), self.as_of)
            row = self.store.entity(
                "budgets",
                local_to_utc(allocated_on, time(9)),
                area_id=region_id,
                year=year,
                note=f"SRAE-Mittel {year} (Demodaten)",
            )
            budget = _Budget(row["id"], year, allocated_on)
            self._budgets[key] = budget
            self.entry(budget, EntryKind.ALLOCATION, allocated_on,
                       self.allocation_for(region_id, year),
                       reason=f"Mittelzuweisung Haushaltsjahr {year} (Planansatz)")
        return self._budgets[key]

    def allocation_for(self, region_id: uuid.UUID, year: int) -> int:
        """The year's allocation: 2 % less for every year back, in whole 1.000 €."""
        value = self.allocation[region_id] * (1.02 ** (year - self.reference_year))
        return round(value / 100_000) * 100_000

    def entry(self, budget: _Budget, kind: str, day: date, amount: int, *,
              measure_id: uuid.UUID | None = None, decision_id: uuid.UUID | None = None,
              agreement_id: uuid.UUID | None = None, reason: str = "") -> bool:
        """Book one ledger line, signed as it adds to its figure; True when booked.

        Nothing is booked after the demo's reference date.
        """
        if day > self.as_of or amount == 0:
            return False
        figure = KIND_FIGURE[kind]
        self.store.entity(
            "budget_entries",
            local_to_utc(day, time(11)),
            budget_id=budget.id,
            kind=kind,
            figure=figure,
            entry_date=day,
            amount_cents=amount,
            measure_id=measure_id,
            decision_id=decision_id,
            agreement_id=agreement_id,
            corrects_id=None,
            reason=reason,
            override=False,
            recorded_by="demo",
        )
        budget.add(day, measure_id, figure, amount)
        return True

    def booking_day(self, region_id: uuid.UUID, year: int, day: date) -> date:
        """Money of a later year is booked once that year's budget is allocated."""
        return max(day, self.budget(region_id, year).allocated_on)

    def fits(self, region_id: uuid.UUID, shares: dict[int, int], day: date) -> float:
        """Share of the requested money the budgets can carry (1.0 = everything)."""
        factor = 1.0
        for year, amount in shares.items():
            if amount <= 0:
                continue
            room = self.budget(region_id, year).headroom(self.booking_day(region_id, year, day))
            factor = min(factor, max(room, 0) / amount)
        return factor
