"""The ledger entries behind a figure of the panel (the "why is it this number" view).

The entries behind a figure are exactly those that make it up, and each carries how much it
counts towards the figure (``EntryRow.counts``), so that the counted amounts add up to the
figure shown on the tile or in the table cell:

- Gesamt, Beschlossen, Vereinbart, Ausgezahlt, Rückflüsse are plain sums: every entry of that
  figure counts with its amount.
- Gebunden is derived per measure (see ``figures``): max(beschlossen, vereinbart, ausgezahlt)
  − Rückflüsse as far as paid. Behind it stand, per measure, the entries of the figure that
  binds (on a tie the later stage: vereinbart, then ausgezahlt, then beschlossen) counting with
  their amount, and its returns counting negatively (capped at the payments).
- Verfügbar = Gesamt − gebunden: the Gesamt entries count positively, the entries behind
  Gebunden with the opposite sign.

Entries that count zero (e.g. the decision of a measure whose agreement binds) are left out.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from ...models import Area, Budget, BudgetEntry, EntryKind, Measure
from ...models.budget import Figure
from .figures import MeasureMoney
from .labels import FIGURE_LABELS, kind_label
from .ledger import BudgetError

__all__ = [
    "DERIVED_FIGURES",
    "FIGURES_OF",
    "SIGNED_KINDS",
    "EntriesBehind",
    "EntryDetail",
    "EntryRow",
    "entries_behind",
    "entry_detail",
    "list_entries",
]

# Which ledger figures a panel figure is made of.
FIGURES_OF: dict[str, tuple[str, ...]] = {
    "total": (Figure.TOTAL,),
    "committed": (Figure.COMMITTED,),
    "agreed": (Figure.AGREED,),
    "paid": (Figure.PAID,),
    "returned": (Figure.RETURNED,),
    "used": (Figure.COMMITTED, Figure.AGREED, Figure.PAID, Figure.RETURNED),
    "available": (Figure.TOTAL, Figure.COMMITTED, Figure.AGREED, Figure.PAID, Figure.RETURNED),
}

# Panel figures that are no plain sum of entries.
DERIVED_FIGURES = frozenset({"used", "available"})

# On a tie, the figure of the later stage binds (the agreement replaces the decision).
_BINDING_ORDER = (Figure.AGREED, Figure.PAID, Figure.COMMITTED)


@dataclass(frozen=True)
class EntryRow:
    """One ledger entry as the entries dialog shows it.

    ``counts`` is how much the entry adds to the figure it is listed behind (its amount for a
    plain figure; for Gebunden and Verfügbar see the module doc).
    """

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
    budget_id: uuid.UUID | None = None
    counts: int = 0


@dataclass(frozen=True)
class EntriesBehind:
    """The entries behind one panel figure (or all entries: ``figure`` None) and their sums.

    ``value`` is the sum of ``counts`` and equals the figure shown. For the derived figures
    ``total`` (Gesamt, for Verfügbar), ``reserved`` (per measure the binding amount, summed)
    and ``freed`` (returns as far as paid) say how it is made up: used = reserved − freed,
    available = total − used. ``sums`` holds the plain sum of each ledger figure.
    """

    figure: str | None
    rows: tuple[EntryRow, ...]
    value: int
    total: int = 0
    reserved: int = 0
    freed: int = 0
    sums: dict[str, int] = field(default_factory=dict)

    @property
    def used(self) -> int:
        """Bound money of the entries shown (reserved − freed)."""
        return self.reserved - self.freed

    @property
    def derived(self) -> bool:
        """Whether the figure is derived (Gebunden, Verfügbar) rather than a plain sum."""
        return self.figure in DERIVED_FIGURES


def list_entries(
    session: Session, region_ids: Iterable[uuid.UUID], year: int, *,
    figure: str | None = None, measure_ids: Iterable[uuid.UUID | None] | None = None,
    entry_ids: Iterable[uuid.UUID] | None = None,
) -> list[EntryRow]:
    """Entries of the regions' budgets in ``year``, optionally only those of the ledger figures
    a panel figure is made of, of some measures (None: entries without a measure), or with
    some ids; in booking order.

    For the derived figures (Gebunden, Verfügbar) this lists every entry of their ledger
    figures; :func:`entries_behind` picks the ones that count.
    """
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
        ids = list(measure_ids)
        condition: ColumnElement[bool] = BudgetEntry.measure_id.in_(
            [i for i in ids if i is not None])
        if None in ids:  # the row "ohne Maßnahme"
            condition = or_(condition, BudgetEntry.measure_id.is_(None))
        query = query.where(condition)
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
            corrects_id=entry.corrects_id, budget_id=entry.budget_id,
            counts=entry.amount_cents,
        ))
    return out


def entries_behind(
    session: Session, region_ids: Iterable[uuid.UUID], year: int, figure: str | None = None,
    *, measure_ids: Iterable[uuid.UUID | None] | None = None,
) -> EntriesBehind:
    """The entries that make up ``figure`` of the regions (or of some measures) in ``year``,
    each with what it counts, so that they add up to the figure shown (see the module doc).

    ``figure`` None lists every entry (``value`` is then their plain sum, which is no figure;
    ``sums`` holds the sum per ledger figure).
    """
    known = figure if figure in FIGURES_OF else None
    rows = list_entries(session, region_ids, year, figure=known, measure_ids=measure_ids)
    sums: dict[str, int] = defaultdict(int)
    for row in rows:
        sums[row.figure] += row.amount
    if known not in DERIVED_FIGURES:
        return EntriesBehind(known, tuple(rows), sum(r.amount for r in rows), sums=dict(sums))
    counted, reserved, freed = _bound_entries(rows)
    if known == "used":
        shown = tuple(replace(r, counts=counted[r.id]) for r in rows if counted.get(r.id))
        return EntriesBehind(known, shown, reserved - freed, reserved=reserved, freed=freed,
                             sums=dict(sums))
    total = sums.get(Figure.TOTAL, 0)
    shown = tuple(
        r if r.figure == Figure.TOTAL else replace(r, counts=-counted[r.id])
        for r in rows if (r.figure == Figure.TOTAL and r.amount) or counted.get(r.id)
    )
    return EntriesBehind(known, shown, total - (reserved - freed), total=total,
                         reserved=reserved, freed=freed, sums=dict(sums))


def _bound_entries(rows: Sequence[EntryRow]) -> tuple[dict[uuid.UUID, int], int, int]:
    """Per entry what it adds to the bound money (Gebunden), and the sums of the reserved and
    the freed money. Follows ``MeasureMoney`` per budget and measure exactly."""
    groups: dict[tuple[uuid.UUID | None, uuid.UUID | None], dict[str, list[EntryRow]]] = (
        defaultdict(lambda: defaultdict(list)))
    for row in rows:
        if row.figure != Figure.TOTAL:
            groups[(row.budget_id, row.measure_id)][row.figure].append(row)
    counted: dict[uuid.UUID, int] = {}
    reserved_sum = freed_sum = 0
    for by_figure in groups.values():
        money = MeasureMoney(**{
            name: sum(r.amount for r in by_figure.get(name, []))
            for name in ("committed", "agreed", "paid", "returned")
        })
        if money.reserved > 0:
            binding = next(f for f in _BINDING_ORDER
                           if sum(r.amount for r in by_figure.get(f, [])) == money.reserved)
            for r in by_figure[binding]:
                counted[r.id] = r.amount
        returns = by_figure.get(Figure.RETURNED, [])
        if money.freed > 0:
            for r in returns:
                counted[r.id] = -r.amount
            # Returns count only as far as paid (the cap bites only after corrections of
            # payments): the latest returns count less, so that the counted amounts stay exact.
            excess = money.returned - money.freed
            for r in reversed(returns):
                if excess <= 0:
                    break
                if r.amount > 0:
                    take = min(excess, r.amount)
                    counted[r.id] += take
                    excess -= take
        reserved_sum += money.reserved
        freed_sum += money.freed
    return counted, reserved_sum, freed_sum


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
