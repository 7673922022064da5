"""The budget figures and how they follow from the ledger (the one place of the formula).

Every ledger entry adds its signed amount to one *figure* of one budget (Regionalraum and
year). The figures are plain sums of entries:

- **Gesamt** (total): allocations (Zuweisungen) + carry-over (Übertrag) + their corrections.
- **Beschlossen** (committed): the money of positive decisions of the Lenkungsgruppe minus
  releases (Freigaben, e.g. after a withdrawal).
- **Vereinbart** (agreed): the money of the administration's agreements (Vereinbarungen).
- **Ausgezahlt** (paid): payments to the Träger.
- **Rückflüsse** (returned): unspent money the Träger paid back.

Available money follows per measure, so that a decision and its later agreement are never
counted twice:

    gebunden (reserved)  = max(beschlossen, vereinbart, ausgezahlt)   per measure
    frei (freed)         = min(zurückgeflossen, ausgezahlt)           per measure
    genutzt (used)       = gebunden − frei                            per measure
    verfügbar            = Gesamt − Σ genutzt

In words: a measure binds the highest of the amounts decided, agreed and paid (per year; the
agreement releases the decided money of a year above the money agreed for it, so that a
measure never binds more than its agreed amount); a return frees
money only as far as it was paid out. The chart splits *genutzt* into two parts that add up
exactly: the agreed part ``max(vereinbart, ausgezahlt) − frei`` and the decided-but-not-yet-agreed
part ``gebunden − max(vereinbart, ausgezahlt)``. Negative sums (only possible through
corrections) count as zero in the per-measure formula.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Budget, BudgetEntry
from ...models.budget import Figure

__all__ = [
    "Figures",
    "MeasureMoney",
    "budget_ids",
    "figures_from_sums",
    "load_sums",
]


@dataclass(frozen=True)
class MeasureMoney:
    """The ledger sums of one measure in one budget, with the derived per-measure amounts."""

    committed: int = 0
    agreed: int = 0
    paid: int = 0
    returned: int = 0

    @property
    def reserved(self) -> int:
        """Money the measure binds: the highest of decided, agreed and paid."""
        return max(0, self.committed, self.agreed, self.paid)

    @property
    def freed(self) -> int:
        """Returned money that counts: only as far as it was paid."""
        return min(max(0, self.returned), max(0, self.paid))

    @property
    def used(self) -> int:
        """What the measure takes from the budget."""
        return self.reserved - self.freed

    @property
    def agreed_part(self) -> int:
        """The part of ``used`` covered by the administration's agreement (or payments)."""
        return max(0, self.agreed, self.paid) - self.freed

    @property
    def open_part(self) -> int:
        """The part of ``used`` decided by the Lenkungsgruppe but not yet agreed."""
        return self.reserved - max(0, self.agreed, self.paid)

    def plus(self, figure: str, cents: int) -> MeasureMoney:
        """A copy with ``cents`` added to ``figure``."""
        values = {
            "committed": self.committed, "agreed": self.agreed,
            "paid": self.paid, "returned": self.returned,
        }
        values[figure] += cents
        return MeasureMoney(**values)


@dataclass(frozen=True)
class Figures:
    """The panel figures of a budget (or a sum of budgets), all in cents."""

    total: int = 0
    committed: int = 0
    agreed: int = 0
    paid: int = 0
    returned: int = 0
    used: int = 0
    agreed_part: int = 0
    open_part: int = 0

    @property
    def available(self) -> int:
        """Verfügbar = Gesamt − genutzt (see the module doc)."""
        return self.total - self.used

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.total + other.total, self.committed + other.committed,
            self.agreed + other.agreed, self.paid + other.paid,
            self.returned + other.returned, self.used + other.used,
            self.agreed_part + other.agreed_part, self.open_part + other.open_part,
        )

    def as_dict(self) -> dict[str, int]:
        """The figures the CLI prints, plus the derived ones."""
        return {
            "total_cents": self.total, "committed_cents": self.committed,
            "agreed_cents": self.agreed, "paid_cents": self.paid,
            "returned_cents": self.returned, "available_cents": self.available,
            "used_cents": self.used,
        }


def figures_from_sums(total: int, moneys: Iterable[MeasureMoney]) -> Figures:
    """The figures of a budget from its total and its per-measure sums."""
    committed = agreed = paid = returned = used = agreed_part = open_part = 0
    for money in moneys:
        committed += money.committed
        agreed += money.agreed
        paid += money.paid
        returned += money.returned
        used += money.used
        agreed_part += money.agreed_part
        open_part += money.open_part
    return Figures(total, committed, agreed, paid, returned, used, agreed_part, open_part)


def budget_ids(session: Session, region_ids: Iterable[uuid.UUID], year: int) -> list[uuid.UUID]:
    """Ids of the budgets of the regions in ``year`` (regions without a budget are skipped)."""
    ids = list(region_ids)
    if not ids:
        return []
    return list(
        session.scalars(select(Budget.id).where(Budget.area_id.in_(ids), Budget.year == year))
    )


def load_sums(
    session: Session, ids: Iterable[uuid.UUID]
) -> tuple[dict[uuid.UUID, int], dict[tuple[uuid.UUID, uuid.UUID | None], MeasureMoney]]:
    """Totals per budget and sums per (budget, measure), aggregated in one GROUP BY query."""
    ids = list(ids)
    totals: dict[uuid.UUID, int] = dict.fromkeys(ids, 0)
    sums: dict[tuple[uuid.UUID, uuid.UUID | None], MeasureMoney] = {}
    if not ids:
        return totals, sums
    rows = session.execute(
        select(
            BudgetEntry.budget_id, BudgetEntry.measure_id, BudgetEntry.figure,
            func.sum(BudgetEntry.amount_cents),
        )
        .where(BudgetEntry.budget_id.in_(ids))
        .group_by(BudgetEntry.budget_id, BudgetEntry.measure_id, BudgetEntry.figure)
    ).all()
    for budget_id, measure_id, figure, amount in rows:
        cents = int(amount or 0)
        if figure == Figure.TOTAL:
            totals[budget_id] = totals.get(budget_id, 0) + cents
            continue
        key = (budget_id, measure_id)
        sums[key] = sums.get(key, MeasureMoney()).plus(str(figure), cents)
    return totals, sums
