"""Found index entries turned into hits: each row read with its meeting and body, and given a
title, a context line and a snippet with the matched words marked.

Rows deleted meanwhile drop out here (the search left out the rows of deleted meetings and
bodies already, :mod:`.search_deleted`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AgendaItem, Amendment, Arrangement, Body, Concern, Measure, Meeting, Task
from .formatting import format_date
from .search_snippets import joined, make_snippet, titled_snippet
from .search_terms import Marks


@dataclass(frozen=True)
class SearchHit:
    """One found row: what to show and where to jump (``kind`` and ``id``)."""

    kind: str
    id: uuid.UUID
    title: str
    context: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    day: date | None
    score: float


def _short(value: str, limit: int = 70) -> str:
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _context(body_name: str | None, day: date | None) -> str:
    return ", ".join(p for p in (body_name or "", format_date(day)) if p)


def _rows(session: Session, kind: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The display columns of some rows of ``kind``; rows deleted meanwhile drop out."""
    stmt: Any
    if kind == "agenda_item":
        stmt = (
            select(AgendaItem.id, AgendaItem.number, AgendaItem.title, AgendaItem.notes,
                   AgendaItem.outcome, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(AgendaItem.id.in_(ids), AgendaItem.deleted_at.is_(None))
        )
    elif kind == "concern":
        stmt = (
            select(Concern.id, Concern.text, Concern.target_group, Concern.raised_on, Body.name)
            .outerjoin(Meeting, Meeting.id == Concern.meeting_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Concern.id.in_(ids), Concern.deleted_at.is_(None))
        )
    elif kind == "task":
        stmt = (
            select(Task.id, Task.description, Task.owner_text, Task.due, Task.done_on,
                   Body.name, Meeting.date)
            .join(Body, Body.id == Task.body_id)
            .outerjoin(Meeting, Meeting.id == Task.meeting_id)
            .where(Task.id.in_(ids), Task.deleted_at.is_(None))
        )
    elif kind in ("arrangement", "amendment"):
        model: type[Arrangement] | type[Amendment] = (
            Arrangement if kind == "arrangement" else Amendment
        )
        alive = [Arrangement.deleted_at.is_(None)] if kind == "arrangement" else []
        stmt = (
            select(model.id, model.text, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == model.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(model.id.in_(ids), *alive)
        )
    else:
        stmt = select(
            Measure.id, Measure.number, Measure.title, Measure.summary, Measure.need,
            Measure.start,
        ).where(Measure.id.in_(ids), Measure.deleted_at.is_(None))
    return {row[0]: row for row in session.execute(stmt)}


def _hit(kind: str, row: Any, score: float, marks: Marks) -> SearchHit:
    if kind == "agenda_item":
        _, number, title, notes, outcome, day, body = row
        snippet = titled_snippet(title, joined(notes, outcome), marks)
        return SearchHit(kind, row[0], f"TOP {number} {title}", _context(body, day),
                         *snippet, day, score)
    if kind == "concern":
        _, body_text, group, day, body = row
        context = _context(body, day) + (f" · Zielgruppe: {group}" if group else "")
        return SearchHit(kind, row[0], _short(body_text), context,
                         *make_snippet(joined(body_text, group), marks), day, score)
    if kind == "task":
        _, what, owner, due, done_on, body, day = row
        state = f"erledigt {format_date(done_on)}" if done_on else (
            f"bis {format_date(due)}" if due else "offen"
        )
        context = " · ".join(p for p in (body, owner, state) if p)
        return SearchHit(kind, row[0], _short(what), context,
                         *make_snippet(joined(what, owner), marks), day, score)
    if kind in ("arrangement", "amendment"):
        _, body_text, day, body = row
        label = "Vereinbarung" if kind == "arrangement" else "Änderung zum Protokoll"
        return SearchHit(kind, row[0], f"{label}: {_short(body_text, 50)}", _context(body, day),
                         *make_snippet(body_text, marks), day, score)
    _, number, title, summary, need, start = row
    return SearchHit(kind, row[0], f"{number} {title}", "Maßnahme",
                     *titled_snippet(title, joined(summary, need), marks), start, score)


def describe(
    session: Session, found: Sequence[tuple[str, str, float]], marks: Marks
) -> list[SearchHit]:
    """Hits for index entries (kind, id as text, score), in their order, with the words of
    ``marks`` marked; entries whose row is gone drop out."""
    ids_by_kind: dict[str, list[uuid.UUID]] = {}
    typed = [(kind, uuid.UUID(str(ref)), score) for kind, ref, score in found]
    for kind, row_id, _ in typed:
        ids_by_kind.setdefault(kind, []).append(row_id)
    rows = {kind: _rows(session, kind, ids) for kind, ids in ids_by_kind.items()}
    return [
        _hit(kind, rows[kind][row_id], score, marks)
        for kind, row_id, score in typed
        if row_id in rows[kind]
    ]
