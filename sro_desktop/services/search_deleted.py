"""What a search leaves out: rows of deleted meetings and of deleted bodies.

Deleting a meeting tombstones only the meeting, so the index still holds its agenda items,
agreements, amendments, concerns and tasks (and a deleted body's tasks); they are never found.
Which meetings and bodies are dead is decided in :mod:`.meetings.live`, as for every list. The
search leaves their index entries out of the match itself, so they are neither found nor
counted, and the hits need no second check.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, or_, select, table, union_all
from sqlalchemy.orm import Session

from ..models import AgendaItem, Amendment, Arrangement, Concern, Task
from ..storage.search_index import DOCS_TABLE
from .meetings.live import dead_body_ids, dead_meeting_ids


def dead_entries(session: Session, sqlite: bool) -> tuple[Any, ...]:
    """The index entries of rows noted in deleted meetings or of deleted bodies: on SQLite
    index rowids, on PostgreSQL row ids. Two small queries when nothing is deleted."""
    meetings = tuple(session.scalars(dead_meeting_ids()))
    bodies = tuple(session.scalars(dead_body_ids()))
    if not meetings and not bodies:
        return ()
    rows: list[tuple[str, Any, Any]] = [
        ("agenda_item", AgendaItem, AgendaItem.meeting_id.in_(meetings)),
        ("arrangement", Arrangement, Arrangement.meeting_id.in_(meetings)),
        ("amendment", Amendment, Amendment.meeting_id.in_(meetings)),
        ("concern", Concern, Concern.meeting_id.in_(meetings)),
        ("task", Task, or_(Task.meeting_id.in_(meetings), Task.body_id.in_(bodies))),
    ]
    stmt: Any
    if sqlite:
        # From the few rows of the dead meetings (their meeting_id index) to their entries
        # (the (kind, ref) index); a join would scan every entry of the kind instead.
        docs = table(DOCS_TABLE, column("id"), column("kind"), column("ref"))
        stmt = union_all(*(
            select(docs.c.id).where(docs.c.kind == kind,
                                    docs.c.ref.in_(select(model.id).where(condition)))
            for kind, model, condition in rows
        ))
        return tuple(int(i) for i in session.scalars(stmt))
    # UUIDs are unique across tables
    stmt = union_all(*(select(model.id).where(condition) for _k, model, condition in rows))
    return tuple(session.scalars(stmt))
