"""The ledger entries behind a figure of the panel (the "why is it this number" view)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, Budget, BudgetEntry, EntryKind, Measure
from ...models.budget import Figure
from .labels import FIGURE_LABELS, kind_label
from .ledger import BudgetError

__all__ = ["FIGURES_OF", "SIGNED_KINDS", "EntryDetail", "EntryRow", "entry_detail", "list_entries"]

# Which ledger figures a panel figure is made of ("used"/"available" need all of them).
FIGURES_OF: dict[str, tuple[str, ...]] = {
    "total": (Figure.TOTAL,),
    "committed": (Figure.COMMITTED,),
    "agreed": (Figure.AGREED,),
    "paid": (Figure.PAID,),
    "returned": (Figure.RETURNED,),
    "used": (Figure.COMMITTED, Figure.AGREED, Figure.PAID, Figure.RETURNED),
}


@dataclass(frozen=True)
class EntryRow:
    """One ledger entry as the entries dialog shows it."""

    id: uuid.UUID
    on: date
    recorded_at: datetime
    year: int
    region: str
    kind: str
    kind_label: str
    figure: str
    amount: int
    measure_id: uuid.UUID | None
    measure: str
    recorded_by: str
    reason: str
    override: bool
    override_reason: str
    authorized_by: str
    corrects_id: uuid.UUID | None


def list_entries(
    session: Session, region_ids: Iterable[uuid.UUID], year: int, *,
    figure: str | None = None, measure_ids: Iterable[uuid.UUID] | None = None,
    entry_ids: Iterable[uuid.UUID] | None = None,
) -> list[EntryRow]:
    """Entries of the regions' budgets in ``year``, optionally only those behind one figure,
    of some measures, or with some ids; in booking order."""
    query = (
        select(BudgetEntry, Budget.year, Area.name, Measure.number, Measure.title)
        .join(Budget, Budget.id == BudgetEntry.budget_id)
        .join(Area, Area.id == Budget.area_id)
        .outerjoin(Measure, Measure.id == BudgetEntry.measure_id)
        .where(Budget.area_id.in_(list(region_ids)), Budget.year == year)
        .order_by(BudgetEntry.entry_date, BudgetEntry.created_at)
    )
    if figure in FIGURES_OF:
        query = query.where(BudgetEntry.figure.in_(FIGURES_OF[figure]))
    if measure_ids is not None:
        query = query.where(BudgetEntry.measure_id.in_(list(measure_ids)))
    if entry_ids is not None:
        query = query.where(BudgetEntry.id.in_(list(entry_ids)))
    out: list[EntryRow] = []
    for entry, budget_year, region, number, title in session.execute(query):
        out.append(EntryRow(
            id=entry.id, on=entry.entry_date, recorded_at=entry.created_at, year=budget_year,
            region=region, kind=entry.kind, kind_label=kind_label(entry.kind),
            figure=entry.figure, amount=entry.amount_cents, measure_id=entry.measure_id,
            measure=f"{number} {title}" if number else "", recorded_by=entry.recorded_by,
            reason=entry.reason, override=entry.override,
            override_reason=entry.override_reason, authorized_by=entry.authorized_by,
            corrects_id=entry.corrects_id,
        ))
    return out


# Kinds whose amount has a fixed sign (+1 or -1); a correction must not flip it.
SIGNED_KINDS: dict[str, int] = {
    EntryKind.COMMITMENT: 1, EntryKind.AGREEMENT: 1, EntryKind.PAYMENT: 1,
    EntryKind.RETURN: 1, EntryKind.RELEASE: -1,
}


@dataclass(frozen=True)
class EntryDetail:
    """An entry as the correction dialog shows it, with the amount after its corrections."""

    row: EntryRow
    region_id: uuid.UUID
    figure_label: str
    effective: int
    corrections: int

    @property
    def sign(self) -> int:
        """+1 or -1 when the kind has a fixed sign, else 0."""
        return SIGNED_KINDS.get(self.row.kind, 0)


def entry_detail(session: Session, entry_id: uuid.UUID) -> EntryDetail:
    """The entry with its effective amount: its own plus every correction that refers to it,
    directly or through a correction of a correction."""
    entry = session.get(BudgetEntry, entry_id)
    if entry is None:
        raise BudgetError("Korrektur: Die Buchung wurde nicht gefunden.")
    budget = session.get(Budget, entry.budget_id)
    assert budget is not None
    row = list_entries(session, [budget.area_id], budget.year, entry_ids=[entry_id])[0]
    effective, count, frontier = entry.amount_cents, 0, [entry_id]
    while frontier:
        children = session.execute(
            select(BudgetEntry.id, BudgetEntry.amount_cents)
            .where(BudgetEntry.corrects_id.in_(frontier))).all()
        effective += sum(int(amount) for _, amount in children)
        count += len(children)
        frontier = [child for child, _ in children]
    return EntryDetail(row, budget.area_id, FIGURE_LABELS.get(entry.figure, entry.figure),
                       effective, count)
