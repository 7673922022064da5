"""Meetings of bodies: agenda, attendance, minutes, concerns, tasks, exclusions, votes and
decisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EntityMixin, TombstoneMixin, UTCDateTime
from .people import Body

# Inside Meeting the column ``date`` shadows the type; later annotations use this alias.
_Day = date


class MeetingStatus(StrEnum):
    """Minutes lifecycle: planned → held → closed → approved (then locked)."""

    PLANNED = "planned"
    HELD = "held"
    CLOSED = "closed"
    APPROVED = "approved"


class Meeting(EntityMixin, TombstoneMixin, Base):
    """A meeting (Sitzung) of a body, with its invitation data and its protocol."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_body_date", "body_id", "date"),)

    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bodies.id"))
    number: Mapped[str] = mapped_column(String(40), default="")
    date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time, default=None)
    end_time: Mapped[time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED, index=True)
    chair_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), default=None)
    minute_taker_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id"), default=None
    )
    moderation: Mapped[str] = mapped_column(String(300), default="")
    resident_count: Mapped[int] = mapped_column(Integer, default=0)
    guest_institutions: Mapped[str] = mapped_column(Text, default="")
    distribution_list: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[_Day | None] = mapped_column(Date, default=None)
    invitation_sent_on: Mapped[_Day | None] = mapped_column(Date, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    approved_in_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None
    )

    body: Mapped[Body] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        foreign_keys="AgendaItem.meeting_id",
        order_by="AgendaItem.position",
        cascade="all, delete-orphan",
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="meeting",
        foreign_keys="Amendment.meeting_id",
        cascade="all, delete-orphan",
    )


class AgendaKind(StrEnum):
    """Standard agenda items (domain.md §5) and the generic kind."""

    OPENING = "opening"
    AGENDA_APPROVAL = "agenda_approval"
    MINUTES_APPROVAL = "minutes_approval"
    OPEN_TASKS = "open_tasks"
    REPORTS = "reports"
    APPLICATION = "application"
    EXTENSION = "extension"
    EVALUATION = "evaluation"
    TOPIC = "topic"
    OTHER_BUSINESS = "other_business"


class AgendaItem(EntityMixin, TombstoneMixin, Base):
    """A numbered item (TOP) of a meeting; non-public items are left out of public prints."""

    __tablename__ = "agenda_items"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30), default=AgendaKind.TOPIC)
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)
    planned_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    # 0 for a main item ("6"), 1 for a sub-item ("6.1"); numbers are derived from position+level.
    level: Mapped[int] = mapped_column(Integer, default=0)
    # The earlier meeting whose minutes this item approves (standard item "Protokoll").
    approves_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None
    )
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measures.id"), default=None, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    meeting: Mapped[Meeting] = relationship(
        back_populates="agenda_items", foreign_keys=[meeting_id]
    )


class AttendanceStatus(StrEnum):
    """Whether an expected person came."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Attendance(EntityMixin, Base):
    """Attendance of one member (or named professional guest) at a meeting."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    membership_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("memberships.id"), default=None
    )
    substitute_for_membership_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("memberships.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.PRESENT)
    arrived_at: Mapped[time | None] = mapped_column(Time, default=None)
    left_at: Mapped[time | None] = mapped_column(Time, default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")


class ConcernStatus(StrEnum):
    """Where a concern raised at a Stadtteiltisch stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ADDRESSED = "addressed"
    DROPPED = "dropped"


class Concern(EntityMixin, TombstoneMixin, Base):
    """A concern or need (Anliegen/Bedarf) raised at a meeting, without personal data."""

    __tablename__ = "concerns"

    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None, index=True
    )
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )
    area_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("areas.id"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=ConcernStatus.OPEN)
    raised_on: Mapped[date | None] = mapped_column(Date, default=None)


class Task(EntityMixin, TombstoneMixin, Base):
    """A task from a meeting: what, who, by when, done. Open tasks carry over to the next one."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_body_open", "body_id", "done_on"),)

    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bodies.id"))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None, index=True
    )
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id"), default=None
    )
    owner_organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), default=None
    )
    owner_text: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)


class TaskCarryOver(EntityMixin, Base):
    """A task that was still open when a later meeting of its body was planned.

    The rows freeze which tasks a protocol listed under "Offene Aufgaben", so that the printed
    protocol of that meeting does not change when the task is done later.
    """

    __tablename__ = "task_carry_overs"
    __table_args__ = (UniqueConstraint("task_id", "meeting_id"),)

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"), index=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )


class Arrangement(EntityMixin, TombstoneMixin, Base):
    """An agreement reached in a meeting (Absprache/Vereinbarung im Protokoll)."""

    __tablename__ = "arrangements"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )
    text: Mapped[str] = mapped_column(Text)


class Amendment(EntityMixin, Base):
    """A recorded correction of approved minutes; the approved text itself never changes."""

    __tablename__ = "amendments"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    recorded_in_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None
    )

    meeting: Mapped[Meeting] = relationship(back_populates="amendments", foreign_keys=[meeting_id])


class Exclusion(EntityMixin, Base):
    """Befangenheit: a member excluded from deliberation and vote on one agenda item."""

    __tablename__ = "exclusions"
    __table_args__ = (UniqueConstraint("agenda_item_id", "person_id"),)

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    membership_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("memberships.id"), default=None
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    declared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class VoteMode(StrEnum):
    """How a vote was taken."""

    NAMED = "named"
    COUNTS = "counts"
    CONSENSUS = "consensus"


class Vote(EntityMixin, Base):
    """A vote on an agenda item. Once recorded it is immutable; corrections are new votes."""

    __tablename__ = "votes"
    __table_args__ = (
        CheckConstraint("yes >= 0 AND no >= 0 AND abstain >= 0", name="counts_not_negative"),
    )

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    mode: Mapped[str] = mapped_column(String(20), default=VoteMode.COUNTS)
    majority: Mapped[str] = mapped_column(String(20), default="simple")
    yes: Mapped[int] = mapped_column(Integer, default=0)
    no: Mapped[int] = mapped_column(Integer, default=0)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[int] = mapped_column(Integer, default=0)
    present_voting: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[bool | None] = mapped_column(Boolean, default=None)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("votes.id"), default=None)

    ballots: Mapped[list[Ballot]] = relationship(back_populates="vote", cascade="all")


class Ballot(EntityMixin, Base):
    """One member's named vote."""

    __tablename__ = "ballots"
    __table_args__ = (UniqueConstraint("vote_id", "person_id"),)

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("votes.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    choice: Mapped[str] = mapped_column(String(10))

    vote: Mapped[Vote] = relationship(back_populates="ballots")


class DecisionOutcome(StrEnum):
    """Outcomes of a decision of the Lenkungsgruppe."""

    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    NOTED = "noted"


POSITIVE_OUTCOMES = frozenset(
    {DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS}
)


class Decision(EntityMixin, Base):
    """A numbered decision (Beschluss). Immutable once recorded; a correction supersedes it."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("number"),)

    number: Mapped[str] = mapped_column(String(40))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None, index=True
    )
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_items.id"), default=None
    )
    measure_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measures.id"), default=None, index=True
    )
    vote_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("votes.id"), default=None)
    outcome: Mapped[str] = mapped_column(String(30))
    decided_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("decisions.id"), default=None
    )
