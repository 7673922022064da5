"""One meeting as the editor shows it: header, agenda, and the results noted under each item."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    AgendaKind,
    Arrangement,
    Body,
    Concern,
    Measure,
    Meeting,
    MeetingStatus,
    Person,
    Task,
    concern_measures,
)
from ..formatting import format_date
from ._common import load
from .attendance import guest_institutions
from .carry_over import carried_tasks
from .records import ArrangementInfo, ConcernInfo, TaskInfo, concern_info, task_infos

_Day = date  # the field ``date`` of MeetingDetail shadows the type in its class body


@dataclass(frozen=True)
class AgendaItemInfo:
    """An agenda item (TOP) as lists show it."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    position: int
    number: str
    title: str
    kind: str
    is_public: bool
    planned_minutes: int | None
    level: int
    notes: str
    outcome: str
    approves_meeting_id: uuid.UUID | None


@dataclass(frozen=True)
class MeetingDetail:
    """The header of a meeting with its body and area."""

    id: uuid.UUID
    body_id: uuid.UUID
    body_kind: str
    body_name: str
    area_id: uuid.UUID
    date: date
    start_time: time | None
    end_time: time | None
    place: str
    moderation: str
    chair_person_id: uuid.UUID | None
    chair_name: str
    minute_taker_person_id: uuid.UUID | None
    minute_taker_name: str
    status: str
    resident_count: int
    guest_institutions: tuple[str, ...]
    next_date: _Day | None
    approved_in_date: _Day | None = None  # the meeting that approved these minutes

    @property
    def locked(self) -> bool:
        """Closed or approved minutes take no direct edits."""
        return self.status in (MeetingStatus.CLOSED, MeetingStatus.APPROVED)


@dataclass(frozen=True)
class ItemResults:
    """What was noted under one item: concerns, tasks (incl. carried ones) and agreements."""

    concerns: tuple[ConcernInfo, ...]
    tasks: tuple[TaskInfo, ...]
    arrangements: tuple[ArrangementInfo, ...]
    carried_tasks: tuple[TaskInfo, ...] = ()


def _person_name(session: Session, person_id: uuid.UUID | None) -> str:
    if person_id is None:
        return ""
    person = session.get(Person, person_id)
    return person.display_name if person else ""


def meeting_detail(session: Session, meeting_id: uuid.UUID) -> MeetingDetail:
    """The header of one meeting."""
    m = load(session, Meeting, meeting_id, "Sitzung")
    body = load(session, Body, m.body_id, "Gremium")
    approving = session.get(Meeting, m.approved_in_meeting_id) if m.approved_in_meeting_id else None
    return MeetingDetail(
        m.id, body.id, body.kind, body.name, body.area_id, m.date, m.start_time, m.end_time,
        m.place, m.moderation, m.chair_person_id, _person_name(session, m.chair_person_id),
        m.minute_taker_person_id, _person_name(session, m.minute_taker_person_id), m.status,
        m.resident_count, tuple(guest_institutions(m)), m.next_date,
        approving.date if approving else None,
    )


def _item_info(i: AgendaItem) -> AgendaItemInfo:
    return AgendaItemInfo(
        i.id, i.meeting_id, i.position, i.number, i.title, i.kind, i.is_public,
        i.planned_minutes, i.level, i.notes, i.outcome, i.approves_meeting_id,
    )


def agenda(session: Session, meeting_id: uuid.UUID) -> list[AgendaItemInfo]:
    """The live items of a meeting in order."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position)
    )
    return [_item_info(i) for i in items]


def agenda_item(session: Session, item_id: uuid.UUID) -> AgendaItemInfo:
    """One item."""
    return _item_info(load(session, AgendaItem, item_id, "Tagesordnungspunkt"))


def _measure_links(
    session: Session, concern_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    if concern_ids:
        rows = session.execute(
            select(concern_measures.c.concern_id, concern_measures.c.measure_id).where(
                concern_measures.c.concern_id.in_(concern_ids)
            )
        )
        for concern_id, measure_id in rows:
            links.setdefault(concern_id, []).append(measure_id)
    return links


def item_results(session: Session, item_id: uuid.UUID) -> ItemResults:
    """Concerns, tasks and agreements noted under an item (and the carried open tasks)."""
    item = load(session, AgendaItem, item_id, "Tagesordnungspunkt")
    concerns = session.scalars(
        select(Concern)
        .where(Concern.agenda_item_id == item.id, Concern.deleted_at.is_(None))
        .order_by(Concern.created_at)
    ).all()
    links = _measure_links(session, [c.id for c in concerns])
    tasks = session.scalars(
        select(Task)
        .where(Task.agenda_item_id == item.id, Task.deleted_at.is_(None))
        .order_by(Task.created_at)
    ).all()
    arrangements = session.scalars(
        select(Arrangement)
        .where(Arrangement.agenda_item_id == item.id, Arrangement.deleted_at.is_(None))
        .order_by(Arrangement.created_at)
    ).all()
    carried = carried_tasks(session, item.meeting_id) if item.kind == AgendaKind.OPEN_TASKS else []
    return ItemResults(
        tuple(concern_info(c, links.get(c.id, ())) for c in concerns),
        tuple(task_infos(session, tasks)),
        tuple(ArrangementInfo(a.id, a.meeting_id, a.agenda_item_id, a.text) for a in arrangements),
        tuple(carried),
    )


def meeting_concerns(session: Session, meeting_id: uuid.UUID) -> list[ConcernInfo]:
    """All concerns of a meeting (for the protocol and the concern list)."""
    concerns = session.scalars(
        select(Concern)
        .where(Concern.meeting_id == meeting_id, Concern.deleted_at.is_(None))
        .order_by(Concern.created_at)
    ).all()
    links = _measure_links(session, [c.id for c in concerns])
    return [concern_info(c, links.get(c.id, ())) for c in concerns]


def concerns_of_measure(session: Session, measure_id: uuid.UUID) -> list[ConcernInfo]:
    """The concerns a measure answers (the measure form shows them beside its "need")."""
    concerns = session.scalars(
        select(Concern)
        .join(concern_measures, concern_measures.c.concern_id == Concern.id)
        .where(concern_measures.c.measure_id == measure_id, Concern.deleted_at.is_(None))
        .order_by(Concern.raised_on, Concern.created_at)
    ).all()
    links = _measure_links(session, [c.id for c in concerns])
    return [concern_info(c, links.get(c.id, ())) for c in concerns]


@dataclass(frozen=True)
class MeasureRef:
    """A measure a concern is linked to."""

    id: uuid.UUID
    number: str
    title: str
    status: str


def measures_of_concern(session: Session, concern_id: uuid.UUID) -> list[MeasureRef]:
    """The measures linked to a concern."""
    rows = session.execute(
        select(Measure.id, Measure.number, Measure.title, Measure.status)
        .join(concern_measures, concern_measures.c.measure_id == Measure.id)
        .where(concern_measures.c.concern_id == concern_id, Measure.deleted_at.is_(None))
        .order_by(Measure.number)
    )
    return [MeasureRef(*r) for r in rows]


def concern_source_text(session: Session, concern_id: uuid.UUID) -> str:
    """Where a concern was raised, for a measure's "need raised at": "Stadtteiltisch Groß
    Klein, Sitzung vom 14.01.2025"."""
    concern = load(session, Concern, concern_id, "Anliegen")
    if concern.meeting_id is None:
        return ""
    meeting = load(session, Meeting, concern.meeting_id, "Sitzung")
    body = load(session, Body, meeting.body_id, "Gremium")
    return f"{body.name}, Sitzung vom {format_date(meeting.date)}"
