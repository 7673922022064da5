"""SRAE budgets per Regionalraum and year, and their append-only ledger."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EntityMixin


class Budget(EntityMixin, Base):
    """The SRAE budget of one Regionalraum in one calendar year; its figures are ledger sums."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("area_id", "year"),)

    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("areas.id"))
    year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    entries: Mapped[list[BudgetEntry]] = relationship(
        back_populates="budget", order_by="BudgetEntry.entry_date"
    )


class EntryKind(StrEnum):
    """Kinds of ledger entries. Amounts are signed by kind in the services, never edited."""

    ALLOCATION = "allocation"
    CARRY_OVER = "carry_over"
    COMMITMENT = "commitment"
    RELEASE = "release"
    AGREEMENT = "agreement"
    PAYMENT = "payment"
    RETURN = "return"
    CORRECTION = "correction"


class Figure(StrEnum):
    """The panel figure an entry adds to (a correction: the figure of the entry it corrects)."""

    TOTAL = "total"
    COMMITTED = "committed"
    AGREED = "agreed"
    PAID = "paid"
    RETURNED = "returned"


KIND_FIGURE: dict[str, Figure] = {
    EntryKind.ALLOCATION: Figure.TOTAL,
    EntryKind.CARRY_OVER: Figure.TOTAL,
    EntryKind.COMMITMENT: Figure.COMMITTED,
    EntryKind.RELEASE: Figure.COMMITTED,
    EntryKind.AGREEMENT: Figure.AGREED,
    EntryKind.PAYMENT: Figure.PAID,
    EntryKind.RETURN: Figure.RETURNED,
}


def default_figure(context: Any) -> str:
    """Column default of ``figure``: derived from the kind (a correction: its target's figure).

    Lets bulk inserts (demo data, imports) omit the column and still get the right figure.
    """
    params = context.get_current_parameters()
    kind = params.get("kind")
    if kind == EntryKind.CORRECTION and params.get("corrects_id") is not None:
        table = BudgetEntry.__table__
        found = context.connection.execute(
            select(table.c.figure).where(table.c.id == params["corrects_id"])
        ).scalar()
        if found:
            return str(found)
    return str(KIND_FIGURE.get(kind, Figure.TOTAL))


class BudgetEntry(EntityMixin, Base):
    """One append-only ledger line: date, kind, amount in cents, measure, who and why.

    ``amount_cents`` is signed as it adds to ``figure`` (a release is negative, so is the
    carry-over out of the old year). Rows are never updated or deleted; the budget services
    refuse both at flush time.
    """

    __tablename__ = "budget_entries"
    __table_args__ = (
        Index("ix_budget_entries_budget_kind", "budget_id", "kind"),
        Index("ix_budget_entries_budget_figure", "budget_id", "figure", "measure_id"),
    )

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budgets.id"))
    kind: Mapped[str] = mapped_column(String(20))
    figure: Mapped[str] = mapped_column(String(20), default=default_figure)
    entry_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measures.id"), default=None, index=True
    )
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), default=None)
    agreement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agreements.id"), default=None
    )
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("budget_entries.id"), default=None
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    # Who authorised an override: a chair or deputy chair of the region's Lenkungsgruppe.
    authorized_by: Mapped[str] = mapped_column(String(200), default="")
    authorized_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id"), default=None
    )

    budget: Mapped[Budget] = relationship(back_populates="entries")
