"""Payments, returns and corrections: the entries after a decision and an agreement.

Same rules as every booking (see ``ledger``): append-only, refused when a year would be
overdrawn unless overridden. A return never exceeds what was paid and not yet returned.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from ...models import Budget, BudgetEntry, EntryKind
from ...models.budget import KIND_FIGURE
from ..money import format_cents
from .entries import SIGNED_KINDS, entry_detail
from .figures import MeasureMoney
from .labels import kind_label
from .ledger import BudgetError, Override, Planned, book, budget_state, measure_of

__all__ = ["book_correction", "book_payment", "book_return"]


def _single(
    session: Session, kind: str, *, measure_id: uuid.UUID, year: int, amount_cents: int,
    on: date | None, reason: str, user: str, override: Override | None,
) -> uuid.UUID | None:
    measure = measure_of(session, measure_id)
    planned = Planned(measure.region_id, year, kind, KIND_FIGURE[kind], amount_cents,
                       measure_id=measure_id, reason=reason, on=on or date.today())
    ids = book(session, [planned], what="Buchung", user=user, override=override)
    return ids[0] if ids else None


def book_payment(
    session: Session, *, measure_id: uuid.UUID, year: int, amount_cents: int,
    on: date | None = None, reason: str = "Auszahlung", user: str = "",
    override: Override | None = None,
) -> uuid.UUID | None:
    """Book a payment to the Träger in a budget year."""
    if amount_cents <= 0:
        raise BudgetError("Betrag: Eine Auszahlung muss größer als 0,00 € sein.")
    return _single(session, EntryKind.PAYMENT, measure_id=measure_id, year=year,
                   amount_cents=amount_cents, on=on, reason=reason, user=user, override=override)


def book_return(
    session: Session, *, measure_id: uuid.UUID, year: int, amount_cents: int,
    on: date | None = None, reason: str = "Rückfluss", user: str = "",
) -> uuid.UUID | None:
    """Book unspent money paid back by the Träger; never more than was paid in that year."""
    if amount_cents <= 0:
        raise BudgetError("Betrag: Ein Rückfluss muss größer als 0,00 € sein.")
    measure = measure_of(session, measure_id)
    _, sums = budget_state(session, measure.region_id, year)
    money = sums.get(measure_id, MeasureMoney())
    if money.returned + amount_cents > money.paid:
        raise BudgetError(
            f"Rückfluss: {format_cents(amount_cents)} übersteigt die noch nicht "
            f"zurückgeflossenen Auszahlungen ({format_cents(money.paid - money.returned)})."
        )
    return _single(session, EntryKind.RETURN, measure_id=measure_id, year=year,
                   amount_cents=amount_cents, on=on, reason=reason, user=user, override=None)


def _check_sign(session: Session, target: BudgetEntry, amount_cents: int) -> None:
    """Refuse a correction that would flip the sign of an entry kind with a fixed sign.

    A correction of a correction counts for the entry at the start of the chain.
    """
    root = target
    while root.corrects_id is not None:
        parent = session.get(BudgetEntry, root.corrects_id)
        if parent is None:
            break
        root = parent
    sign = SIGNED_KINDS.get(root.kind, 0)
    if not sign:
        return
    after = entry_detail(session, root.id).effective + amount_cents
    if after * sign < 0:
        what = kind_label(root.kind)
        rule = "darf nicht positiv sein" if sign < 0 else "darf nicht negativ sein"
        raise BudgetError(
            f"Korrektur: Der Betrag der Buchung „{what}“ wäre danach {format_cents(after)} "
            f"(der Betrag einer Buchung dieser Art {rule})."
        )


def book_correction(
    session: Session, *, entry_id: uuid.UUID, amount_cents: int, reason: str, user: str = "",
    override: Override | None = None,
) -> uuid.UUID | None:
    """Book a correction of an entry: a new entry with the signed difference (append-only).

    Refused when the entry's amount after all its corrections would contradict the sign of
    its kind (a payment below zero, a release above zero).
    """
    if not reason.strip():
        raise BudgetError("Begründung: Eine Korrektur braucht eine Begründung.")
    target = session.get(BudgetEntry, entry_id)
    if target is None:
        raise BudgetError("Korrektur: Die korrigierte Buchung wurde nicht gefunden.")
    budget = session.get(Budget, target.budget_id)
    assert budget is not None
    _check_sign(session, target, amount_cents)
    planned = Planned(budget.area_id, budget.year, EntryKind.CORRECTION, target.figure,
                       amount_cents, measure_id=target.measure_id, corrects_id=entry_id,
                       reason=reason)
    ids = book(session, [planned], what="Korrektur", user=user, override=override)
    return ids[0] if ids else None
