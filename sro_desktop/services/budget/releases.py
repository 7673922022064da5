"""Releasing bound money when a measure ends before its money is spent (e.g. a withdrawal).

A release is an append-only entry of kind ``release`` with a negative amount: of the decided
money (figure *Beschlossen*) after a withdrawal before the agreement, and of the agreed money
(figure *Vereinbart*) after a withdrawal once the agreement was made, as far as nothing was
paid yet in that year (paid money stays bound until it comes back as a return).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from ...models import EntryKind
from ...models.budget import Figure
from .ledger import BudgetError, Planned, book, measure_of, open_per_year, release_committed

__all__ = ["release_agreement", "release_commitment"]


def release_commitment(
    session: Session, *, measure_id: uuid.UUID, reason: str, user: str = ""
) -> list[uuid.UUID]:
    """Release the measure's whole open decided money in every year (e.g. after a withdrawal).

    Agreed money stays bound (see :func:`release_agreement`). Returns the new entries (empty
    when nothing was open).
    """
    if not reason.strip():
        raise BudgetError("Begründung: Eine Freigabe braucht eine Begründung.")
    measure = measure_of(session, measure_id)
    planned = release_committed(measure, open_per_year(session, measure), reason, date.today())
    return book(session, planned, what="Freigabe", user=user)


def release_agreement(
    session: Session, *, measure_id: uuid.UUID, reason: str, user: str = ""
) -> list[uuid.UUID]:
    """Release the measure's agreed money less what was paid, per year (withdrawn after the
    agreement). Returns the new entries (empty when nothing was open)."""
    if not reason.strip():
        raise BudgetError("Begründung: Eine Freigabe braucht eine Begründung.")
    measure = measure_of(session, measure_id)
    planned = [
        Planned(measure.region_id, year, EntryKind.RELEASE, Figure.AGREED,
                -(money.agreed - max(0, money.paid)), measure_id=measure.id, reason=reason)
        for year, money in open_per_year(session, measure).items()
        if money.agreed > max(0, money.paid)
    ]
    return book(session, planned, what="Freigabe", user=user)
