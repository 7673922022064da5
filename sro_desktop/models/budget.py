"""SRAE budgets per Regionalraum and year, and their append-only ledger."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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
    """The panel figure an entry adds to. A correction adds to the figure of the entry it corrects."""

    TOTAL = "total"
    COMMITTED = "committed"
    AGREED = "agreed"
    PAID = "paid"
    RETURNED = "returned"


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
    figure: Mapped[str] = mapped_column(String(20))
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
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    # Who authorised an override: a chair or deputy chair of the region's Lenkungsgruppe.
    authorized_by: Mapped[str] = mapped_column(String(200), default="")
    authorized_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id"), default=None
    )

    budget: Mapped[Budget] = relationship(back_populates="entries")
