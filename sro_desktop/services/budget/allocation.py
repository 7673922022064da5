"""Setting a Regionalraum's budget for a year, its history, and carrying the rest forward.

Setting the budget books an ``allocation`` entry with the difference to the current
allocation, so every change stays visible with date, note and who set it. Carrying over needs
the database setting ``budget.carry_over_allowed`` ("true"/"false", default false) and a year
that has ended (see :func:`carry_over`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ...models import Area, AreaLevel, AuditEntry, BudgetEntry, EntryKind, Setting
from ...models.budget import Figure
from ..formatting import format_date
from ..money import format_cents
from .ledger import (
    BudgetError,
    Override,
    Planned,
    available_cents,
    book,
    get_budget,
)

__all__ = [
    "CARRY_OVER_SETTING",
    "AllocationChange",
    "allocation_cents",
    "budget_history",
    "carry_over",
    "carry_over_allowed",
    "carry_over_possible_from",
    "set_budget",
    "set_carry_over_allowed",
]

CARRY_OVER_SETTING = "budget.carry_over_allowed"


@dataclass(frozen=True)
class AllocationChange:
    """One change of a budget's allocation: when, by how much, to what, why and by whom."""

    entry_id: uuid.UUID
    on: date
    recorded_at: datetime
    change_cents: int
    allocation_cents: int
    note: str
    by: str
    override: bool


def allocation_cents(session: Session, region_id: uuid.UUID, year: int) -> int:
    """The allocated budget (allocations and their corrections, without carry-over)."""
    budget = get_budget(session, region_id, year)
    if budget is None:
        return 0
    direct = session.scalar(
        select(func.coalesce(func.sum(BudgetEntry.amount_cents), 0)).where(
            BudgetEntry.budget_id == budget.id, BudgetEntry.kind == EntryKind.ALLOCATION
        )
    )
    target = aliased(BudgetEntry)
    corrections = session.scalar(
        select(func.coalesce(func.sum(BudgetEntry.amount_cents), 0))
        .join(target, target.id == BudgetEntry.corrects_id)
        .where(
            BudgetEntry.budget_id == budget.id,
            BudgetEntry.kind == EntryKind.CORRECTION,
            target.kind == EntryKind.ALLOCATION,
        )
    )
    return int(direct or 0) + int(corrections or 0)


def _region(session: Session, region_id: uuid.UUID) -> Area:
    area = session.get(Area, region_id)
    if area is None or area.level != AreaLevel.REGION:
        raise BudgetError("Regionalraum: Ein Budget gehört immer zu einem Regionalraum.")
    return area


def set_budget(
    session: Session, *, region_id: uuid.UUID, year: int, amount_cents: int, note: str,
    user: str = "", override: Override | None = None, on: date | None = None,
) -> uuid.UUID | None:
    """Set the allocated budget of a Regionalraum for a year; returns the new entry (or None).

    Lowering the budget below the money already bound is refused like any overdraft.
    """
    _region(session, region_id)
    if amount_cents < 0:
        raise BudgetError("Budget: Der Betrag darf nicht negativ sein.")
    if not 1990 <= year <= 2200:
        raise BudgetError(f"Haushaltsjahr: {year} ist kein gültiges Jahr.")
    current = allocation_cents(session, region_id, year)
    delta = amount_cents - current
    if delta == 0:
        return None
    reason = note.strip() or (
        f"Budget festgelegt: {format_cents(current)} → {format_cents(amount_cents)}"
    )
    planned = Planned(region_id, year, EntryKind.ALLOCATION, Figure.TOTAL, delta,
                      reason=reason, on=on or date.today())
    ids = book(session, [planned], what="Budgetänderung", user=user, override=override)
    return ids[0] if ids else None


def budget_history(session: Session, region_id: uuid.UUID, year: int) -> list[AllocationChange]:
    """Every change of the allocation, oldest first, with the resulting allocation."""
    budget = get_budget(session, region_id, year)
    if budget is None:
        return []
    target = aliased(BudgetEntry)
    rows = session.execute(
        select(BudgetEntry)
        .outerjoin(target, target.id == BudgetEntry.corrects_id)
        .where(
            BudgetEntry.budget_id == budget.id,
            (BudgetEntry.kind == EntryKind.ALLOCATION)
            | ((BudgetEntry.kind == EntryKind.CORRECTION) & (target.kind == EntryKind.ALLOCATION)),
        )
        .order_by(BudgetEntry.created_at, BudgetEntry.entry_date)
    ).scalars()
    out: list[AllocationChange] = []
    running = 0
    for entry in rows:
        running += entry.amount_cents
        out.append(AllocationChange(entry.id, entry.entry_date, entry.created_at,
                                    entry.amount_cents, running, entry.reason,
                                    entry.recorded_by, entry.override))
    return out


def carry_over_allowed(session: Session) -> bool:
    """Whether unspent money may be carried into the next year (database setting)."""
    value = session.scalar(select(Setting.value).where(Setting.key == CARRY_OVER_SETTING))
    return (value or "").strip().lower() in {"true", "1", "ja", "yes"}


def set_carry_over_allowed(session: Session, allowed: bool, *, user: str = "") -> bool:
    """Switch the carry-over setting of the database; True when it changed.

    Settings are not entities, so the automatic audit hook does not see them: the change is
    logged here (entity ``settings``, the key as id, old and new value).
    """
    before = carry_over_allowed(session)
    value = "true" if allowed else "false"
    setting = session.get(Setting, CARRY_OVER_SETTING)
    if setting is None:
        session.add(Setting(key=CARRY_OVER_SETTING, value=value))
    else:
        setting.value = value
    changed = before != allowed
    if changed:
        session.add(
            AuditEntry(
                user=user or str(session.info.get("user", "")), action="update",
                entity="settings", entity_id=CARRY_OVER_SETTING, field="value",
                old="true" if before else "false", new=value,
            )
        )
    session.flush()
    return changed


def carry_over_possible_from(year: int) -> date:
    """The first day on which the rest of ``year`` may be carried over: 1 January of the next
    year (before that the year's money can still be decided, agreed and paid)."""
    return date(year + 1, 1, 1)


def carry_over(
    session: Session, *, region_id: uuid.UUID, year: int, user: str = "", reason: str = "",
    as_of: date | None = None,
) -> list[uuid.UUID]:
    """Carry the available rest of ``year`` into ``year + 1`` (two entries, old year negative).

    Only once the year has ended: ``as_of`` (default today) must lie after 31 December of
    ``year``; a caller may pass an explicit later date (e.g. a year-end run prepared ahead).
    The entries are dated ``as_of``. Needs the setting ``budget.carry_over_allowed``.
    """
    area = _region(session, region_id)
    if not carry_over_allowed(session):
        raise BudgetError(
            "Übertrag: Die Einstellung „Restmittel ins Folgejahr übertragen“ ist ausgeschaltet."
        )
    on = as_of or date.today()
    possible = carry_over_possible_from(year)
    if on < possible:
        raise BudgetError(
            f"Übertrag: Das Haushaltsjahr {year} ist noch nicht abgeschlossen; sein Rest kann "
            f"erst ab dem {format_date(possible)} übertragen werden."
        )
    rest = available_cents(session, region_id, year)
    if rest <= 0:
        raise BudgetError(
            f"Übertrag: Im Budget {area.name} {year} ist kein Rest verfügbar "
            f"({format_cents(rest)})."
        )
    note = reason.strip()
    planned = [
        Planned(region_id, year, EntryKind.CARRY_OVER, Figure.TOTAL, -rest,
                reason=note or f"Übertrag des Rests nach {year + 1}", on=on),
        Planned(region_id, year + 1, EntryKind.CARRY_OVER, Figure.TOTAL, rest,
                reason=note or f"Übertrag des Rests aus {year}", on=on),
    ]
    return book(session, planned, what="Übertrag", user=user)
