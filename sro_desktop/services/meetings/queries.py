"""Read-only queries: meeting lists, the CLI rows, task counts for the area overview, and where
a search hit lives."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    Amendment,
    Area,
    Arrangement,
    Body,
    Concern,
    Meeting,
    Task,
)
from ..formatting import format_date
from .live import in_live_meeting, live_task


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list."""

    id: uuid.UUID
    body_id: uuid.UUID
    body_kind: str
    body_name: str
    area_id: uuid.UUID
    area_code: str
    area_name: str
    date: date
    start_time: time | None
    end_time: time | None
    place: str
    status: str
    item_count: int

    @property
    def title(self) -> str:
        """"Stadtteiltisch Groß Klein, 14.01.2025"."""
        return f"{self.body_name}, {format_date(self.date)}"


@dataclass(frozen=True)
class Location:
    """Where a search hit lives: the meeting and item to open (None for a measure)."""

    meeting_id: uuid.UUID | None
    agenda_item_id: uuid.UUID | None
    area_id: uuid.UUID | None


def area_subtree_ids(session: Session, area_id: uuid.UUID | None) -> list[uuid.UUID] | None:
    """The area and all its descendants; None (meaning "everything") for no area."""
    if area_id is None:
        return None
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for child, parent in session.execute(select(Area.id, Area.parent_id)):
        children.setdefault(parent, []).append(child)
    out: list[uuid.UUID] = []
    stack = [area_id]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children.get(node, ()))
    return out


def meeting_ids(
    session: Session,
    area_ids: Iterable[uuid.UUID] | None = None,
    *,
    status: str | None = None,
) -> list[uuid.UUID]:
    """Ids of live meetings of the bodies of ``area_ids`` (all for None), newest first."""
    stmt = (
        select(Meeting.id)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.deleted_at.is_(None), Body.deleted_at.is_(None))
        .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Body.name)
    )
    if area_ids is not None:
        stmt = stmt.where(Body.area_id.in_(list(area_ids)))
    if status is not None:
        stmt = stmt.where(Meeting.status == status)
    return list(session.scalars(stmt))


def _row_query() -> Any:
    # A correlated count uses the index on agenda_items.meeting_id: a page of rows costs a few
    # milliseconds, where grouping all agenda items would cost the whole table each time.
    item_count = (
        select(func.count(AgendaItem.id))
        .where(AgendaItem.meeting_id == Meeting.id, AgendaItem.deleted_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Meeting.id, Body.id, Body.kind, Body.name, Area.id, Area.code, Area.name,
            Meeting.date, Meeting.start_time, Meeting.end_time, Meeting.place, Meeting.status,
            item_count,
        )
        .join(Body, Body.id == Meeting.body_id)
        .join(Area, Area.id == Body.area_id)
    )


def _to_row(r: Any) -> MeetingRow:
    return MeetingRow(
        r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8], r[9], r[10], r[11],
        int(r[12] or 0),
    )


def meeting_rows(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, MeetingRow]:
    """List rows for some meetings (one query; for a lazy model's next batch)."""
    if not ids:
        return {}
    result = session.execute(_row_query().where(Meeting.id.in_(list(ids))))
    return {row.id: row for row in map(_to_row, result)}


def cli_rows(session: Session) -> list[dict[str, Any]]:
    """All live meetings (of live bodies) for ``sro-desktop list meetings --json``, oldest
    first, with the level of the body's area and the code of its Regionalraum."""
    from ..measures.lookups import area_infos  # measures imports meetings: not at the top

    stmt = (
        _row_query()
        .where(Meeting.deleted_at.is_(None), Body.deleted_at.is_(None))
        .order_by(Meeting.date, Meeting.start_time, Body.name)
    )
    infos = area_infos(session)
    out = []
    for row in map(_to_row, session.execute(stmt)):
        area = infos.get(row.area_id)
        region = infos.get(area.region_id) if area and area.region_id else None
        out.append({
            "id": str(row.id),
            "body_kind": row.body_kind,
            "area_code": row.area_code,
            "date": row.date.isoformat(),
            "status": row.status,
            "item_count": row.item_count,
            "title": row.title,
            "area_level": area.level if area else None,
            "region_code": (region.code or region.name) if region else None,
        })
    return out


def _task_count(session: Session, area_ids: Iterable[uuid.UUID], *conditions: Any) -> int:
    stmt = (
        select(func.count(Task.id))
        .join(Body, Body.id == Task.body_id)
        .where(
            Body.area_id.in_(list(area_ids)),
            live_task(),
            Task.done_on.is_(None),
            *conditions,
        )
    )
    return int(session.scalar(stmt) or 0)


def open_task_count(session: Session, area_ids: Iterable[uuid.UUID]) -> int:
    """Open tasks of the bodies of these areas (pass the whole subtree for a node)."""
    return _task_count(session, area_ids)


def overdue_task_count(
    session: Session, area_ids: Iterable[uuid.UUID], today: date | None = None
) -> int:
    """Open tasks past their due date, of the bodies of these areas."""
    return _task_count(session, area_ids, Task.due < (today or date.today()))


_LOCATABLE: dict[str, type[Concern] | type[Task] | type[Arrangement] | type[Amendment]] = {
    "concern": Concern,
    "task": Task,
    "arrangement": Arrangement,
    "amendment": Amendment,
}


def locate(session: Session, kind: str, row_id: uuid.UUID) -> Location:
    """The meeting and agenda item to open for a search hit of ``kind``.

    All fields are None when the row, its item, its meeting or its body has been deleted
    meanwhile (a search hit that went stale): there is nothing to open.
    """
    nowhere = Location(None, None, None)
    meeting_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    if kind == "meeting":
        meeting_id = row_id
    elif kind == "agenda_item":
        item = session.get(AgendaItem, row_id)
        if item is None or item.deleted_at is not None:
            return nowhere
        meeting_id, item_id = item.meeting_id, item.id
    elif kind in _LOCATABLE:
        row = cast(
            "Concern | Task | Arrangement | Amendment | None",
            session.get(_LOCATABLE[kind], row_id),
        )
        if row is None or getattr(row, "deleted_at", None) is not None:
            return nowhere
        meeting_id, item_id = row.meeting_id, row.agenda_item_id
    if meeting_id is None:
        return nowhere
    area_id = session.scalar(
        select(Body.area_id)
        .join(Meeting, Meeting.body_id == Body.id)
        .where(Meeting.id == meeting_id, in_live_meeting(Meeting.id))
    )
    if area_id is None:
        return nowhere
    if item_id is not None:
        # An entry may hang under an item that was deleted since: open the meeting itself.
        item_live = session.scalar(
            select(AgendaItem.id).where(AgendaItem.id == item_id, AgendaItem.deleted_at.is_(None))
        )
        item_id = item_live
    return Location(meeting_id, item_id, area_id)
