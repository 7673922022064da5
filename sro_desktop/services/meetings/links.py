"""Concerns and measures: which measures a concern may be linked to, the link itself, and the
areas a concern may be filed under.

A link lives in the table ``concern_measures``; it changes what the measure's "need" shows, so
linking counts as a change of the measure too: its row version goes up (a measure form opened
before the link then saves only after a conflict check instead of dropping the link) and the
audit log gets the measure's ``concern_ids`` before and after, as the measure form writes them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ...models import (
    Area,
    AreaLevel,
    AuditEntry,
    Body,
    Concern,
    ConcernStatus,
    Measure,
    Meeting,
    concern_measures,
)
from ...models.base import utcnow
from ..formatting import german_sort_key
from ._common import load
from .detail import MeasureRef


@dataclass(frozen=True)
class AreaChoice:
    """An area a concern can be filed under: ``depth`` below the Regionalraum, and a
    ``label`` that names a Quartier with its Sozialraum ("Warnemünde › Diedrichshagen")."""

    id: uuid.UUID
    name: str
    depth: int
    label: str


def _parents(session: Session) -> dict[uuid.UUID, tuple[uuid.UUID | None, str]]:
    rows = session.execute(select(Area.id, Area.parent_id, Area.level))
    return {r[0]: (r[1], r[2]) for r in rows}


def region_of(session: Session, area_id: uuid.UUID | None) -> uuid.UUID | None:
    """The Regionalraum an area lies in (itself when it is one); None above or outside one."""
    parents = _parents(session)
    node = area_id
    seen: set[uuid.UUID] = set()
    while node is not None and node in parents and node not in seen:
        seen.add(node)
        parent, level = parents[node]
        if level == AreaLevel.REGION:
            return node
        node = parent
    return None


def _concern_home(session: Session, concern: Concern) -> uuid.UUID | None:
    """The concern's area, or the area of the body whose meeting raised it."""
    if concern.area_id is not None:
        return concern.area_id
    if concern.meeting_id is None:
        return None
    return session.scalar(
        select(Body.area_id).join(Meeting, Meeting.body_id == Body.id).where(
            Meeting.id == concern.meeting_id
        )
    )


def measure_choices(session: Session, concern_id: uuid.UUID) -> list[MeasureRef]:
    """Live measures of the concern's Regionalraum, newest number first.

    When the concern's area lies in no Regionalraum (a hierarchy without that level), every
    live measure is offered rather than none.
    """
    concern = load(session, Concern, concern_id, "Anliegen")
    region = region_of(session, _concern_home(session, concern))
    stmt = select(Measure.id, Measure.number, Measure.title, Measure.status).where(
        Measure.deleted_at.is_(None)
    )
    if region is not None:
        stmt = stmt.where(Measure.region_id == region)
    return [MeasureRef(*r) for r in session.execute(stmt.order_by(Measure.number.desc()))]


def _linked_ids(session: Session, measure_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            select(concern_measures.c.concern_id).where(
                concern_measures.c.measure_id == measure_id
            )
        )
    )


def _touch_measure(
    session: Session, measure: Measure, before: list[uuid.UUID], after: list[uuid.UUID]
) -> None:
    """Bump the measure's row version and log its changed links (the table has no hook)."""
    measure.updated_at = utcnow()
    session.add(
        AuditEntry(
            user=str(session.info.get("user", "")),
            action="update",
            entity="measures",
            entity_id=str(measure.id),
            field="concern_ids",
            old=", ".join(sorted(map(str, before))),
            new=", ".join(sorted(map(str, after))),
        )
    )


def link_concern_to_measure(
    session: Session, concern_id: uuid.UUID, measure_id: uuid.UUID
) -> None:
    """Link a concern to a measure that answers it (the measure's need shows the concern).

    Allowed after the minutes are approved: the link is follow-up work, not minutes text. An
    open concern becomes "in Bearbeitung".
    """
    concern = load(session, Concern, concern_id, "Anliegen")
    measure = load(session, Measure, measure_id, "Maßnahme")
    before = _linked_ids(session, measure.id)
    if concern.id in before:
        return
    session.execute(insert(concern_measures).values(concern_id=concern.id, measure_id=measure.id))
    _touch_measure(session, measure, before, [*before, concern.id])
    if concern.status == ConcernStatus.OPEN:
        concern.status = ConcernStatus.IN_PROGRESS


def unlink_concern_from_measure(
    session: Session, concern_id: uuid.UUID, measure_id: uuid.UUID
) -> None:
    """Remove the link between a concern and a measure (nothing happens when there is none)."""
    measure = session.get(Measure, measure_id)
    before = _linked_ids(session, measure_id)
    if concern_id not in before:
        return
    session.execute(
        delete(concern_measures).where(
            concern_measures.c.concern_id == concern_id,
            concern_measures.c.measure_id == measure_id,
        )
    )
    if measure is not None:
        _touch_measure(session, measure, before, [c for c in before if c != concern_id])


def concern_area_choices(session: Session, meeting_id: uuid.UUID) -> list[AreaChoice]:
    """Where a concern of this meeting can be filed: the Regionalraum of the body's area with
    its Sozialräume and Quartiere (German-sorted per level, retired ones left out), or the
    body's own area and below when it lies in no Regionalraum."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    body = load(session, Body, meeting.body_id, "Gremium")
    root = region_of(session, body.area_id) or body.area_id
    rows = session.execute(
        select(Area.id, Area.parent_id, Area.name).where(
            Area.deleted_at.is_(None), Area.retired_on.is_(None)
        )
    ).all()
    names = {r[0]: r[2] for r in rows}
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for area_id, parent, _name in rows:
        children.setdefault(parent, []).append(area_id)
    out: list[AreaChoice] = []

    def walk(node: uuid.UUID, depth: int, parent_name: str) -> None:
        label = f"{parent_name} › {names[node]}" if depth >= 2 else names[node]
        out.append(AreaChoice(node, names[node], depth, label))
        for child in sorted(children.get(node, ()), key=lambda c: german_sort_key(names[c])):
            walk(child, depth + 1, names[node])

    if root in names:
        walk(root, 0, "")
    return out
