"""Open tasks of a body carry over to its next meeting, under the item "Offene Aufgaben".

The carried tasks are recorded per meeting (``TaskCarryOver``), so a protocol keeps listing what
was open at that meeting even after the tasks are done.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AgendaItem, AgendaKind, Meeting, MeetingStatus, Task
from ...models.meeting import TaskCarryOver
from ._common import load
from .live import live_task
from .records import TaskInfo, task_infos

# Items after which "Offene Aufgaben" goes when it has to be added to an existing agenda.
_LEADING_KINDS = frozenset(
    {AgendaKind.OPENING, AgendaKind.AGENDA_APPROVAL, AgendaKind.MINUTES_APPROVAL}
)


def open_tasks_before(session: Session, meeting: Meeting) -> list[uuid.UUID]:
    """Ids of the body's open tasks that came from earlier meetings (or from none).

    Tasks noted in a deleted meeting went with it: they are not carried over (``live_task``).
    """
    earlier = select(Meeting.id).where(
        Meeting.body_id == meeting.body_id,
        Meeting.date < meeting.date,
    )
    stmt = (
        select(Task.id)
        .where(
            Task.body_id == meeting.body_id,
            live_task(),
            Task.done_on.is_(None),
            (Task.meeting_id.is_(None)) | (Task.meeting_id.in_(earlier)),
        )
        .order_by(Task.due.is_(None), Task.due, Task.created_at)
    )
    return list(session.scalars(stmt))


def _open_tasks_item(session: Session, meeting: Meeting) -> AgendaItem:
    item = session.scalar(
        select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id,
            AgendaItem.kind == AgendaKind.OPEN_TASKS,
            AgendaItem.deleted_at.is_(None),
        )
    )
    if item is not None:
        return item
    from .planning import add_agenda_item  # planning imports this module at call time too

    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position)
    ).all()
    at = 0
    for index, row in enumerate(items):
        if row.kind in _LEADING_KINDS:
            at = index + 1
    item_id = add_agenda_item(
        session, meeting.id, "Offene Aufgaben", kind=AgendaKind.OPEN_TASKS, position=at,
        planned_minutes=10,
    )
    return load(session, AgendaItem, item_id, "Tagesordnungspunkt")


def carry_open_tasks(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """Link the body's open tasks to a planned or running meeting; returns the newly linked ids.

    Safe to call again (for example when the meeting is opened after tasks were added to the
    previous one): tasks already linked stay, new open tasks join. Closed and approved
    meetings keep their list unchanged.
    """
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.HELD):
        return []
    open_ids = open_tasks_before(session, meeting)
    if not open_ids:
        return []
    linked = set(
        session.scalars(
            select(TaskCarryOver.task_id).where(TaskCarryOver.meeting_id == meeting.id)
        )
    )
    new_ids = [task_id for task_id in open_ids if task_id not in linked]
    if not new_ids:
        return []
    item = _open_tasks_item(session, meeting)
    for task_id in new_ids:
        session.add(TaskCarryOver(task_id=task_id, meeting_id=meeting.id, agenda_item_id=item.id))
    session.flush()
    return new_ids


def carried_tasks(session: Session, meeting_id: uuid.UUID) -> list[TaskInfo]:
    """The tasks carried into a meeting, in due-date order, with their current state (tasks
    deleted since, or whose meeting was deleted since, drop out)."""
    tasks = session.scalars(
        select(Task)
        .join(TaskCarryOver, TaskCarryOver.task_id == Task.id)
        .where(TaskCarryOver.meeting_id == meeting_id, live_task())
        .order_by(Task.due.is_(None), Task.due, Task.created_at)
    ).all()
    return task_infos(session, tasks)
