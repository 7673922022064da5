"""Which minutes rows are alive: not tombstoned themselves, and not in a deleted meeting or of a
deleted body.

Deleting a meeting or a body tombstones only that row; the concerns, tasks and agreements noted
in it keep their own ``deleted_at`` empty (undo and offline merges need them unchanged). Every
query that lists, counts, carries over or searches such rows goes through these predicates, so
that what belongs to a deleted meeting disappears everywhere at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.sql.elements import ColumnElement

from ...models import Body, Meeting, Task


def dead_meeting_ids() -> Select[Any]:
    """Ids of meetings that are deleted or belong to a deleted body (few rows)."""
    return (
        select(Meeting.id)
        .join(Body, Body.id == Meeting.body_id)
        .where(or_(Meeting.deleted_at.is_not(None), Body.deleted_at.is_not(None)))
    )


def dead_body_ids() -> Select[Any]:
    """Ids of deleted bodies."""
    return select(Body.id).where(Body.deleted_at.is_not(None))


def in_live_meeting(meeting_id: Any) -> ColumnElement[bool]:
    """True when the column ``meeting_id`` is empty or names a live meeting of a live body.

    ``NOT IN`` alone would drop rows without a meeting (NULL NOT IN … is NULL).
    """
    return or_(meeting_id.is_(None), meeting_id.not_in(dead_meeting_ids()))


def live_task() -> ColumnElement[bool]:
    """A task that counts: not deleted, of a live body, not from a deleted meeting."""
    return and_(
        Task.deleted_at.is_(None),
        Task.body_id.not_in(dead_body_ids()),
        in_live_meeting(Task.meeting_id),
    )
