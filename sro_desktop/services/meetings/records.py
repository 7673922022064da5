"""Frozen records the meeting services hand to callers (never ORM objects)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Concern, Organization, Person, Task


@dataclass(frozen=True)
class TaskInfo:
    """A task: what, who, by when, done."""

    id: uuid.UUID
    body_id: uuid.UUID
    meeting_id: uuid.UUID | None
    agenda_item_id: uuid.UUID | None
    description: str
    owner_person_id: uuid.UUID | None
    owner_organization_id: uuid.UUID | None
    owner: str
    due: date | None
    done_on: date | None

    def is_overdue(self, today: date) -> bool:
        """Open and past its due date."""
        return self.done_on is None and self.due is not None and self.due < today


@dataclass(frozen=True)
class ConcernInfo:
    """A concern (Anliegen/Bedarf) with the measures it is linked to."""

    id: uuid.UUID
    meeting_id: uuid.UUID | None
    agenda_item_id: uuid.UUID | None
    area_id: uuid.UUID | None
    text: str
    target_group: str
    status: str
    raised_on: date | None
    measure_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class ArrangementInfo:
    """An agreement reached in a meeting."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    text: str


@dataclass(frozen=True)
class AmendmentInfo:
    """A recorded correction of approved minutes."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    text: str
    recorded_at: datetime
    recorded_by: str
    recorded_in_meeting_id: uuid.UUID | None


def owner_name(person: str, organization: str, text: str) -> str:
    """A task's owner as the minutes name it: person, organisation and free text, those given
    (a name repeated in the free text is shown once)."""
    return ", ".join(dict.fromkeys(n for n in (person, organization, text) if n))


def task_infos(session: Session, tasks: Sequence[Task]) -> list[TaskInfo]:
    """Records for tasks, with the owner's name resolved in two queries at most."""
    person_ids = {t.owner_person_id for t in tasks if t.owner_person_id}
    org_ids = {t.owner_organization_id for t in tasks if t.owner_organization_id}
    people = {
        p.id: p.display_name
        for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))
    } if person_ids else {}
    orgs: dict[uuid.UUID, str] = {}
    if org_ids:
        rows = session.execute(
            select(Organization.id, Organization.name).where(Organization.id.in_(org_ids))
        )
        orgs = {r[0]: r[1] for r in rows}
    out = []
    for t in tasks:
        owner = owner_name(
            people.get(t.owner_person_id, "") if t.owner_person_id else "",
            orgs.get(t.owner_organization_id, "") if t.owner_organization_id else "",
            t.owner_text,
        )
        out.append(
            TaskInfo(
                t.id, t.body_id, t.meeting_id, t.agenda_item_id, t.description,
                t.owner_person_id, t.owner_organization_id, owner, t.due, t.done_on,
            )
        )
    return out


def concern_info(concern: Concern, measure_ids: Sequence[uuid.UUID] = ()) -> ConcernInfo:
    """Record of one concern."""
    return ConcernInfo(
        concern.id, concern.meeting_id, concern.agenda_item_id, concern.area_id, concern.text,
        concern.target_group, concern.status, concern.raised_on, tuple(measure_ids),
    )
