"""Everything noted in one meeting as lists: concerns (with area and linked measures), tasks and
agreements, in agenda order, for the editor's tabs and the protocol."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AgendaItem, Area, Arrangement, Concern, Measure, Task, concern_measures
from .detail import MeasureRef
from .records import ArrangementInfo, ConcernInfo, TaskInfo, concern_info, task_infos


@dataclass(frozen=True)
class ConcernRow:
    """A concern with the name of its area and the measures it is linked to."""

    info: ConcernInfo
    area_name: str
    measures: tuple[MeasureRef, ...]


@dataclass(frozen=True)
class MeetingResults:
    """Concerns, tasks and agreements of one meeting, each in agenda order."""

    concerns: tuple[ConcernRow, ...]
    tasks: tuple[TaskInfo, ...]
    arrangements: tuple[ArrangementInfo, ...]


def _agenda_order(session: Session, meeting_id: uuid.UUID) -> Callable[[Any], tuple[int, datetime]]:
    """A sort key: the row's item's place on the agenda (rows without an item last), then the
    time the row was noted."""
    positions = {
        r[0]: r[1]
        for r in session.execute(
            select(AgendaItem.id, AgendaItem.position).where(AgendaItem.meeting_id == meeting_id)
        )
    }
    last = len(positions) + 1

    def key(row: Any) -> tuple[int, datetime]:
        item: uuid.UUID | None = row.agenda_item_id
        return (positions.get(item, last) if item is not None else last, row.created_at)

    return key


def _measures_by_concern(
    session: Session, concern_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[MeasureRef]]:
    out: dict[uuid.UUID, list[MeasureRef]] = {}
    if not concern_ids:
        return out
    rows = session.execute(
        select(concern_measures.c.concern_id, Measure.id, Measure.number, Measure.title,
               Measure.status)
        .join(Measure, Measure.id == concern_measures.c.measure_id)
        .where(concern_measures.c.concern_id.in_(concern_ids), Measure.deleted_at.is_(None))
        .order_by(Measure.number)
    )
    for concern_id, *ref in rows:
        out.setdefault(concern_id, []).append(MeasureRef(*ref))
    return out


def meeting_results(session: Session, meeting_id: uuid.UUID) -> MeetingResults:
    """The live concerns, tasks and agreements noted in a meeting (a few queries in all)."""
    order = _agenda_order(session, meeting_id)
    concerns = sorted(session.scalars(
        select(Concern).where(Concern.meeting_id == meeting_id, Concern.deleted_at.is_(None))
    ), key=order)
    measures = _measures_by_concern(session, [c.id for c in concerns])
    area_ids = {c.area_id for c in concerns if c.area_id is not None}
    areas = {
        r[0]: r[1] for r in session.execute(select(Area.id, Area.name).where(Area.id.in_(area_ids)))
    }
    tasks = sorted(session.scalars(
        select(Task).where(Task.meeting_id == meeting_id, Task.deleted_at.is_(None))
    ), key=order)
    arrangements = sorted(session.scalars(
        select(Arrangement).where(
            Arrangement.meeting_id == meeting_id, Arrangement.deleted_at.is_(None)
        )
    ), key=order)
    return MeetingResults(
        tuple(
            ConcernRow(
                concern_info(c, [m.id for m in measures.get(c.id, ())]),
                areas.get(c.area_id, "") if c.area_id is not None else "",
                tuple(measures.get(c.id, ())),
            )
            for c in concerns
        ),
        tuple(task_infos(session, tasks)),
        tuple(ArrangementInfo(a.id, a.meeting_id, a.agenda_item_id, a.text) for a in arrangements),
    )
