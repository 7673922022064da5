"""The measure (Maßnahme): the application, its periods, money, reviews and lifecycle."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EntityMixin, TombstoneMixin, UTCDateTime
from .people import Organization


class MeasureStatus(StrEnum):
    """Lifecycle states (domain.md §4)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    DISCUSSED = "discussed"
    ON_AGENDA = "on_agenda"
    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    AGREED = "agreed"
    RUNNING = "running"
    EVALUATION_DUE = "evaluation_due"
    EVALUATED = "evaluated"
    CLOSED = "closed"
    ARCHIVED = "archived"


measure_areas = Table(
    "measure_areas",
    Base.metadata,
    Column("measure_id", ForeignKey("measures.id"), primary_key=True),
    Column("area_id", ForeignKey("areas.id"), primary_key=True, index=True),
)

concern_measures = Table(
    "concern_measures",
    Base.metadata,
    Column("concern_id", ForeignKey("concerns.id"), primary_key=True),
    Column("measure_id", ForeignKey("measures.id"), primary_key=True, index=True),
)


class Measure(EntityMixin, TombstoneMixin, Base):
    """A funding application and, once agreed, the running measure."""

    __tablename__ = "measures"
    __table_args__ = (
        UniqueConstraint("number"),
        CheckConstraint("requested_cents >= 0", name="requested_not_negative"),
    )

    number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(30), default=MeasureStatus.DRAFT, index=True)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("areas.id"), index=True)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), default=None, index=True
    )
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(80), default="")
    places: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    need: Mapped[str] = mapped_column(Text, default="")
    need_raised_at: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    principle_1: Mapped[str] = mapped_column(Text, default="")
    principle_2: Mapped[str] = mapped_column(Text, default="")
    principle_3: Mapped[str] = mapped_column(Text, default="")
    principle_4: Mapped[str] = mapped_column(Text, default="")
    principle_5: Mapped[str] = mapped_column(Text, default="")
    # Denormalised sums of the financing plan and the decision, kept by the services so that
    # lists need no aggregate queries.
    requested_cents: Mapped[int] = mapped_column(Integer, default=0)
    approved_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    start: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    end: Mapped[date | None] = mapped_column(Date, default=None)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    interim_report_due: Mapped[date | None] = mapped_column(Date, default=None)
    interim_report_received_on: Mapped[date | None] = mapped_column(Date, default=None)
    final_report_due: Mapped[date | None] = mapped_column(Date, default=None)
    proof_of_use_due: Mapped[date | None] = mapped_column(Date, default=None)
    proof_of_use_checked_on: Mapped[date | None] = mapped_column(Date, default=None)
    next_deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    evaluation_plan: Mapped[str] = mapped_column(Text, default="")
    declarations_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    declarations_text: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    region = relationship("Area", foreign_keys=[region_id])
    provider: Mapped[Organization | None] = relationship(foreign_keys=[provider_id])
    areas = relationship("Area", secondary=measure_areas)
    cost_lines: Mapped[list[CostLine]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="CostLine.position"
    )
    funding_lines: Mapped[list[FundingLine]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="FundingLine.position"
    )
    partners: Mapped[list[Partner]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="Partner.position"
    )
    goals: Mapped[list[MeasureGoal]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasureGoal.position"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="Milestone.due"
    )
    target_groups: Mapped[list[TargetGroup]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="TargetGroup.position"
    )
    periods: Mapped[list[MeasurePeriod]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasurePeriod.sequence"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="measure", cascade="all, delete-orphan"
    )
    evaluations: Mapped[list[Evaluation]] = relationship(
        back_populates="measure", cascade="all, delete-orphan"
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="measure", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="StatusChange.at"
    )
    year_shares: Mapped[list[YearShare]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="YearShare.year"
    )


class _MeasureChild(EntityMixin):
    """Common column of the rows that belong to one measure."""

    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measures.id"), index=True)


class CostCategory(StrEnum):
    """Expense categories of the cost plan."""

    PERSONNEL = "personnel"
    FEES = "fees"
    MATERIAL = "material"
    RENT = "rent"
    TRAVEL = "travel"
    PUBLICITY = "publicity"
    OTHER = "other"


class CostLine(_MeasureChild, Base):
    """One expense line of the cost plan, in cents."""

    __tablename__ = "cost_lines"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(30), default=CostCategory.OTHER)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="cost_lines")


class FundingKind(StrEnum):
    """Sources of the financing plan; income must equal expenses."""

    OWN = "own"
    THIRD_PARTY = "third_party"
    SRAE = "srae"


class FundingLine(_MeasureChild, Base):
    """One income line of the financing plan, in cents."""

    __tablename__ = "funding_lines"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default=FundingKind.SRAE)
    source: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="funding_lines")


class Partner(_MeasureChild, Base):
    """A cooperation partner of a measure; money-receiving partners matter for exclusions."""

    __tablename__ = "partners"

    position: Mapped[int] = mapped_column(Integer, default=0)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), default=None
    )
    name: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(Text, default="")
    own_contribution: Mapped[str] = mapped_column(Text, default="")
    receives_money: Mapped[bool] = mapped_column(Boolean, default=False)

    measure: Mapped[Measure] = relationship(back_populates="partners")
    organization: Mapped[Organization | None] = relationship()


class TargetGroup(_MeasureChild, Base):
    """A target group with age range, expected number and whether it is burdened."""

    __tablename__ = "target_groups"

    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    age_min: Mapped[int | None] = mapped_column(Integer, default=None)
    age_max: Mapped[int | None] = mapped_column(Integer, default=None)
    expected_count: Mapped[int | None] = mapped_column(Integer, default=None)
    burdened: Mapped[bool] = mapped_column(Boolean, default=False)

    measure: Mapped[Measure] = relationship(back_populates="target_groups")


class MeasureGoal(_MeasureChild, Base):
    """A goal with its indicator."""

    __tablename__ = "measure_goals"

    position: Mapped[int] = mapped_column(Integer, default=0)
    goal: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="goals")


class Milestone(_MeasureChild, Base):
    """A step of the plan with a date."""

    __tablename__ = "milestones"

    due: Mapped[date | None] = mapped_column(Date, default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    measure: Mapped[Measure] = relationship(back_populates="milestones")


class PeriodKind(StrEnum):
    """First period or the one extension."""

    INITIAL = "initial"
    EXTENSION = "extension"


class MeasurePeriod(_MeasureChild, Base):
    """A funded period: the first one (≤ 12 months) and at most one extension (≤ 12 months)."""

    __tablename__ = "measure_periods"
    __table_args__ = (
        UniqueConstraint("measure_id", "sequence"),
        CheckConstraint("end_date >= start_date", name="end_after_start"),
    )

    sequence: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20), default=PeriodKind.INITIAL)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)

    measure: Mapped[Measure] = relationship(back_populates="periods")


class YearShare(_MeasureChild, Base):
    """The part of a period's money that falls into one budget year (pro rata or by hand)."""

    __tablename__ = "year_shares"
    __table_args__ = (UniqueConstraint("period_id", "year"),)

    period_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measure_periods.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)

    measure: Mapped[Measure] = relationship(back_populates="year_shares")


class Assessment(_MeasureChild, Base):
    """A reviewer's score of one SRO principle (0–3) with a reason. Advice, never a decision."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 3", name="score_range"),
        CheckConstraint("principle BETWEEN 1 AND 5", name="principle_range"),
        UniqueConstraint("measure_id", "reviewer", "principle"),
    )

    reviewer: Mapped[str] = mapped_column(String(200))
    reviewer_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id"), default=None
    )
    principle: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="assessments")


class Evaluation(_MeasureChild, Base):
    """The evaluation after a period; required before the one extension."""

    __tablename__ = "evaluations"

    period_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measure_periods.id"), default=None
    )
    requested_on: Mapped[date | None] = mapped_column(Date, default=None)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    suitable: Mapped[bool | None] = mapped_column(Boolean, default=None)
    result: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="evaluations")


class Agreement(_MeasureChild, Base):
    """The administration's agreement (Vereinbarung) for a period, after a positive decision."""

    __tablename__ = "agreements"

    period_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measure_periods.id"), default=None
    )
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), default=None)
    agreed_on: Mapped[date] = mapped_column(Date)
    agreed_by: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(120), default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="agreements")


class StatusChange(_MeasureChild, Base):
    """One lifecycle transition, with who and when: the visible history of a measure."""

    __tablename__ = "status_changes"

    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="status_changes")
