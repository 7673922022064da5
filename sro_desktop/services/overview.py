"""What the overview pane shows for one area: facts, population, bodies, counts and the map.

Built for speed on a large database (20 years, thousands of meetings): the subtree comes from
one read of the small area table, every count is one aggregate query over ``IN (subtree)``
on indexed columns, and nothing loads rows only to count them. The plain result types live in
:mod:`.overview_data` (no ORM), so that the window can be built before the models are imported.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from ..models import (
    Area,
    AreaPopulation,
    Body,
    Measure,
    Meeting,
    Organization,
    Person,
    Task,
    measure_areas,
)
from .areas import FINISHED_MEASURE_STATES, LEVEL_LABELS, AreaError, AreaTree, load_tree
from .meetings.live import live_task
from .meetings.records import owner_name
from .overview_data import (
    BODY_KIND_LABELS,
    DUE_DAYS,
    TASK_PREVIEW,
    AreaOverview,
    BodyInfo,
    PopulationFigure,
    TaskLine,
)

__all__ = [
    "DUE_DAYS",
    "AreaOverview",
    "BodyInfo",
    "PopulationFigure",
    "TaskLine",
    "area_overview",
    "first_open_tasks",
]


def _populations(
    session: Session, tree: AreaTree, area_id: uuid.UUID, subtree: list[uuid.UUID]
) -> tuple[PopulationFigure, ...]:
    """Own figures, or for a node without any the sum over its children (recursively)."""
    own: dict[uuid.UUID, dict[date, int]] = defaultdict(dict)
    rows = session.execute(
        select(AreaPopulation.area_id, AreaPopulation.reference_date, AreaPopulation.residents)
        .where(AreaPopulation.area_id.in_(subtree))
    )
    for node, ref, residents in rows:
        own[node][ref] = residents

    def figures(node: uuid.UUID) -> dict[date, tuple[int, bool]]:
        if own.get(node):
            return {ref: (n, False) for ref, n in own[node].items()}
        total: dict[date, int] = defaultdict(int)
        for child in tree.kids.get(node, ()):
            if tree.rows[child].retired(tree.today):
                continue
            for ref, (n, _summed) in figures(child).items():
                total[ref] += n
        return {ref: (n, True) for ref, n in total.items()}

    found = figures(area_id)
    return tuple(
        PopulationFigure(ref, n, summed) for ref, (n, summed) in sorted(found.items())
    )


def _boundaries(
    session: Session, tree: AreaTree, area_id: uuid.UUID, subtree: list[uuid.UUID]
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """The area's geometries, the other areas' as context, and the ancestor shown instead."""
    geo: dict[uuid.UUID, str] = {
        node: text
        for node, text in session.execute(
            select(Area.id, Area.boundary_geojson).where(
                Area.boundary_geojson.is_not(None), Area.deleted_at.is_(None)
            )
        )
        if text
    }
    mine = [node for node in subtree if node in geo]
    # Descendants inside a node with its own boundary would draw over it: keep the outermost.
    if area_id in geo:
        mine = [area_id]
    else:
        mine = [n for n in mine if not any(a in geo for a in tree.ancestors(n) if a in subtree)]
    shown_instead = None
    if not mine:
        ancestor = next((a for a in tree.ancestors(area_id) if a in geo), None)
        if ancestor is not None:
            mine = [ancestor]
            shown_instead = tree.rows[ancestor].name
    inner = set(mine)
    context = [
        text for node, text in geo.items()
        if node not in inner
        and not tree.rows[node].retired(tree.today)
        and not set(tree.ancestors(node)) & inner
    ]
    return tuple(geo[n] for n in mine), tuple(context), shown_instead


def first_open_tasks(
    session: Session, body_ids: list[uuid.UUID], limit: int = TASK_PREVIEW
) -> tuple[TaskLine, ...]:
    """The open tasks of some bodies that are due first (overdue ones lead), with their owner
    (person, organisation and free text, as the minutes name them) and body.

    Asked for when a task tile's tooltip is about to show, not with every overview: most
    selections never hover a tile.
    """
    if not body_ids:
        return ()
    rows = session.execute(
        select(Task.description, Task.due, Task.owner_text, Person, Organization.name, Body.name)
        .join(Body, Body.id == Task.body_id)
        .outerjoin(Person, Person.id == Task.owner_person_id)
        .outerjoin(Organization, Organization.id == Task.owner_organization_id)
        .where(Task.body_id.in_(body_ids), Task.done_on.is_(None), live_task())
        # Undated tasks last; among equal dates the description keeps the order stable.
        .order_by(Task.due.is_(None), Task.due, Task.description)
        .limit(limit)
    ).all()
    return tuple(
        TaskLine(description, due,
                 owner_name(person.display_name if person else "", organization or "",
                            owner_text or ""),
                 body)
        for description, due, owner_text, person, organization, body in rows
    )


def area_overview(session: Session, area_id: uuid.UUID, today: date | None = None) -> AreaOverview:
    """Collect the overview of one area; raises :class:`AreaError` for an unknown id."""
    today = today or date.today()
    area = session.get(Area, area_id)
    if area is None or area.deleted_at is not None:
        raise AreaError("Gebiet: existiert nicht (mehr) (vielleicht von jemand anderem gelöscht)")
    tree = load_tree(session, today)
    subtree = tree.subtree(area_id)
    parent = tree.rows.get(area.parent_id) if area.parent_id else None

    body_rows = session.execute(
        select(Body.id, Body.name, Body.kind, Body.area_id)
        .where(Body.area_id.in_(subtree), Body.deleted_at.is_(None))
    ).all()
    depth = {node: len(tree.ancestors(node)) for node in subtree}
    bodies = tuple(
        BodyInfo(b.id, b.name, b.kind, BODY_KIND_LABELS.get(b.kind, b.kind), b.area_id,
                 tree.rows[b.area_id].name)
        for b in sorted(body_rows, key=lambda b: (depth[b.area_id], b.kind, b.name))
    )
    body_ids = [b.id for b in body_rows]

    linked = select(measure_areas.c.measure_id).where(measure_areas.c.area_id.in_(subtree))
    in_subtree = (
        Measure.deleted_at.is_(None),
        or_(Measure.region_id.in_(subtree), Measure.id.in_(linked)),
    )
    measure_count = session.scalar(select(func.count(distinct(Measure.id))).where(*in_subtree))
    measures_due = session.scalar(
        select(func.count(distinct(Measure.id))).where(
            *in_subtree,
            Measure.next_deadline <= today + timedelta(days=DUE_DAYS),
            Measure.status.not_in(FINISHED_MEASURE_STATES),
        )
    )
    meeting_count = open_tasks = overdue_tasks = 0
    if body_ids:
        meeting_count = session.scalar(
            select(func.count(Meeting.id)).where(
                Meeting.body_id.in_(body_ids), Meeting.deleted_at.is_(None)
            )
        ) or 0
        open_tasks, overdue_tasks = session.execute(
            select(func.count(Task.id), func.count(Task.id).filter(Task.due < today)).where(
                Task.body_id.in_(body_ids), Task.done_on.is_(None), live_task()
            )
        ).one()

    boundaries, context, shown_instead = _boundaries(session, tree, area_id, subtree)
    return AreaOverview(
        id=area.id, name=area.name, code=area.code, level=area.level,
        level_label=LEVEL_LABELS.get(area.level, area.level), kind_label=area.kind_label,
        parent_name=parent.name if parent else None,
        name_variants=tuple(area.name_variants or ()), local_council=area.local_council,
        note=area.note, source=area.source, uncertain=area.uncertain,
        is_model_region=area.is_model_region, retired_on=area.retired_on,
        child_count=len(tree.visible_children(area_id, include_retired=False)),
        populations=_populations(session, tree, area_id, subtree),
        bodies=bodies,
        measure_count=measure_count or 0, meeting_count=meeting_count,
        open_task_count=open_tasks or 0, overdue_task_count=overdue_tasks or 0,
        measures_due_count=measures_due or 0,
        boundaries=boundaries, context_boundaries=context, map_area_name=shown_instead,
        today=today,
    )
