"""What a search leaves out: rows of deleted meetings and of deleted bodies.

Deleting a meeting tombstones only the meeting, so the index still holds its agenda items,
agreements, amendments, concerns and tasks (and a deleted body's tasks); they are never found.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, column, or_, select, table, true, union_all
from sqlalchemy.orm import Session

from ..models import AgendaItem, Amendment, Arrangement, Concern, Task
from ..storage.search_index import DOCS_TABLE
from .meetings.live import dead_body_ids, dead_meeting_ids


@dataclass(frozen=True)
class Dead:
    """Deleted meetings and bodies (few, usually none) and the index entries of the rows
    noted in them: on SQLite index rowids, on PostgreSQL row ids."""

    meetings: tuple[uuid.UUID, ...] = ()
    bodies: tuple[uuid.UUID, ...] = ()
    entries: tuple[Any, ...] = ()

    def live(self, meeting_id: Any) -> Any:
        """A condition: the column names no deleted meeting (or is empty)."""
        if not self.meetings:
            return true()
        return or_(meeting_id.is_(None), meeting_id.not_in(self.meetings))


def find_dead(session: Session, sqlite: bool) -> Dead:
    """What the search must leave out; one small query when nothing is deleted."""
    meetings = tuple(session.scalars(dead_meeting_ids()))
    bodies = tuple(session.scalars(dead_body_ids()))
    if not meetings and not bodies:
        return Dead()
    rows: list[tuple[str, Any, Any]] = [
        ("agenda_item", AgendaItem, AgendaItem.meeting_id.in_(meetings)),
        ("arrangement", Arrangement, Arrangement.meeting_id.in_(meetings)),
        ("amendment", Amendment, Amendment.meeting_id.in_(meetings)),
        ("concern", Concern, Concern.meeting_id.in_(meetings)),
        ("task", Task, or_(Task.meeting_id.in_(meetings), Task.body_id.in_(bodies))),
    ]
    stmt: Any
    if sqlite:
        docs = table(DOCS_TABLE, column("id"), column("kind"), column("ref"))
        stmt = union_all(*(
            select(docs.c.id).join(model, and_(docs.c.kind == kind, docs.c.ref == model.id))
            .where(condition)
            for kind, model, condition in rows
        ))
        entries: tuple[Any, ...] = tuple(int(i) for i in session.scalars(stmt))
    else:  # UUIDs are unique across tables
        stmt = union_all(*(select(model.id).where(condition) for _k, model, condition in rows))
        entries = tuple(session.scalars(stmt))
    return Dead(meetings, bodies, entries)
