"""The area tree: reading nodes for the tree view and the rules for editing the hierarchy.

The tree is small (Rostock: about 60 nodes), so each read loads the whole table's light columns
once and works on a parent map in memory; the large boundary column is deferred and never read
here. Edits validate first and raise :class:`AreaError` with a German message that names the
field and the rule; each edit returns a :class:`ChangeSet` that names the edited node and every
parent whose list of children changed, so that a tree view can reload just those lists.

The plain types (:class:`AreaNode`, :class:`AreaTree`, :class:`AreaError`) and the ORM-free
reads that the window's first paint uses live in :mod:`.tree_query` and are re-exported here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from ..models import Area, Body, Measure, measure_areas, utcnow
from .changes import ChangeSet
from .formatting import format_date
from .tree_query import (
    FINISHED_MEASURE_STATES,
    LEVEL_LABELS,
    LEVEL_RANK,
    AreaError,
    AreaNode,
    AreaRow,
    AreaTree,
    TreeSnapshot,
)

__all__ = [
    "FINISHED_MEASURE_STATES",
    "LEVEL_LABELS",
    "LEVEL_RANK",
    "AreaError",
    "AreaNode",
    "AreaTree",
    "MoveTarget",
    "add_area",
    "check_code",
    "check_name",
    "child_levels",
    "children",
    "load_tree",
    "measure_counts",
    "move_area",
    "move_targets",
    "remove_area",
    "rename_area",
    "restore_area",
    "retire_area",
    "retired_on",
    "unretire_area",
]

KIND = "areas"
NAME_MAX = 200
CODE_MAX = 40


def load_tree(session: Session, today: date | None = None) -> AreaTree:
    """Read the light columns of all live areas in one query."""
    result = session.execute(
        select(
            Area.id, Area.parent_id, Area.level, Area.code, Area.name,
            Area.uncertain, Area.is_model_region, Area.retired_on,
        ).where(Area.deleted_at.is_(None))
    )
    return AreaTree((AreaRow(*row) for row in result), today)


def measure_counts(session: Session, area_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Live measures per node in ``area_ids``, counting a measure once per node whose subtree
    holds its Regionalraum or one of its linked areas.

    One aggregate query: a recursive closure of the (small) area table joined to the
    measure-area pairs, so nothing is loaded only to be counted.
    """
    wanted = list(area_ids)
    if not wanted:
        return {}
    live = Measure.deleted_at.is_(None)
    closure = (
        select(Area.id.label("ancestor"), Area.id.label("descendant"))
        .where(Area.id.in_(wanted))
        .cte("closure", recursive=True)
    )
    closure = closure.union_all(
        select(closure.c.ancestor, Area.id).join(Area, Area.parent_id == closure.c.descendant)
    )
    # Each branch walks an indexed column (measures.region_id, measure_areas.area_id);
    # UNION (not ALL) keeps one row per node and measure, so the count is distinct.
    per_node = union(
        select(closure.c.ancestor.label("area_id"), Measure.id.label("measure_id"))
        .join(Measure, Measure.region_id == closure.c.descendant)
        .where(live),
        select(closure.c.ancestor, measure_areas.c.measure_id)
        .join(measure_areas, measure_areas.c.area_id == closure.c.descendant)
        .join(Measure, Measure.id == measure_areas.c.measure_id)
        .where(live),
    ).subquery("per_node")
    query = select(per_node.c.area_id, func.count()).group_by(per_node.c.area_id)
    return {area_id: count for area_id, count in session.execute(query)}


def children_by_parent(
    session: Session,
    parent_ids: Iterable[uuid.UUID | None],
    include_retired: bool = False,
    today: date | None = None,
) -> dict[uuid.UUID | None, list[AreaNode]]:
    """The visible children of several parents at once (one read for a whole tree refresh)."""
    tree = load_tree(session, today)
    shown = {parent_id: tree.visible_children(parent_id, include_retired)
             for parent_id in parent_ids}
    counts = measure_counts(session, (r.id for rows in shown.values() for r in rows))
    snapshot = TreeSnapshot(tree, counts)
    return {parent_id: snapshot.children(parent_id, include_retired) for parent_id in shown}


def children(
    session: Session,
    parent_id: uuid.UUID | None,
    include_retired: bool = False,
    today: date | None = None,
) -> list[AreaNode]:
    """Children of ``parent_id`` (None: the top level) in German collation order."""
    return children_by_parent(session, [parent_id], include_retired, today)[parent_id]


# --- editing -------------------------------------------------------------------------------


def _live_area(session: Session, area_id: uuid.UUID, field: str = "Gebiet") -> Area:
    area = session.get(Area, area_id)
    if area is None or area.deleted_at is not None:
        raise AreaError(f"{field}: existiert nicht (mehr) (vielleicht von jemand anderem gelöscht)")
    return area


def _clean_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise AreaError("Name: darf nicht leer sein (ein Gebiet braucht einen Namen)")
    if len(text) > NAME_MAX:
        raise AreaError(f"Name: länger als {NAME_MAX} Zeichen (höchstens {NAME_MAX} erlaubt)")
    return text


def _check_sibling_name(
    tree: AreaTree, parent_id: uuid.UUID | None, name: str, exclude: uuid.UUID | None = None
) -> None:
    for sibling_id in tree.kids.get(parent_id, ()):
        sibling = tree.rows[sibling_id]
        if sibling_id != exclude and sibling.name.casefold() == name.casefold():
            where = (
                f"unter „{tree.rows[parent_id].name}“" if parent_id else "auf der obersten Ebene"
            )
            raise AreaError(
                f"Name: „{sibling.name}“ gibt es {where} schon "
                "(Namen müssen unter einem übergeordneten Gebiet eindeutig sein)"
            )


def _check_level(level: str, parent: AreaRow | None) -> None:
    if level not in LEVEL_RANK:
        allowed = ", ".join(LEVEL_LABELS.values())
        raise AreaError(f"Ebene: „{level}“ ist unbekannt (erlaubt: {allowed})")
    if parent is not None and LEVEL_RANK[parent.level] >= LEVEL_RANK[level]:
        raise AreaError(
            f"Ebene: ein {LEVEL_LABELS[level]} kann nicht unter "
            f"„{parent.name}“ ({LEVEL_LABELS.get(parent.level, parent.level)}) stehen "
            "(das übergeordnete Gebiet muss eine höhere Ebene haben)"
        )


def _check_code(session: Session, code: str | None, exclude: uuid.UUID | None = None) -> str | None:
    text = (code or "").strip()
    if not text:
        return None
    if len(text) > CODE_MAX:
        raise AreaError(f"Code: länger als {CODE_MAX} Zeichen (höchstens {CODE_MAX} erlaubt)")
    # Deleted and retired rows keep their code: codes are stable keys and never reused.
    clash = session.execute(
        select(Area.id, Area.name).where(Area.code == text, Area.id != exclude)
    ).first()
    if clash is not None:
        raise AreaError(
            f"Code: „{text}“ ist schon an „{clash.name}“ vergeben (Codes müssen eindeutig sein)"
        )
    return text


def check_name(
    session: Session, parent_id: uuid.UUID | None, name: str, exclude: uuid.UUID | None = None
) -> str:
    """The cleaned name, or :class:`AreaError` (for a dialog's check before it closes)."""
    text = _clean_name(name)
    _check_sibling_name(load_tree(session), parent_id, text, exclude=exclude)
    return text


def check_code(session: Session, code: str | None) -> str | None:
    """The cleaned code of a new area (None for none), or :class:`AreaError`."""
    return _check_code(session, code)


def child_levels(parent_level: str | None) -> list[str]:
    """Levels a new child of a node of ``parent_level`` may have, the next one first."""
    rank = -1 if parent_level is None else LEVEL_RANK.get(parent_level, -1)
    return [level for level, r in sorted(LEVEL_RANK.items(), key=lambda kv: kv[1]) if r > rank]


@dataclass(frozen=True)
class MoveTarget:
    """A node that may become the new parent of the node being moved."""

    id: uuid.UUID
    name: str
    level: str
    depth: int


def move_targets(session: Session, area_id: uuid.UUID) -> list[MoveTarget]:
    """Possible new parents in tree order: above the node's level, outside its own subtree,
    not retired, and not the current parent."""
    tree = load_tree(session)
    area = tree.rows[area_id]
    excluded = set(tree.subtree(area_id)) | {area.parent_id}
    rank = LEVEL_RANK.get(area.level, len(LEVEL_RANK))
    out: list[MoveTarget] = []

    def walk(parent_id: uuid.UUID | None, depth: int) -> None:
        for row in tree.visible_children(parent_id, include_retired=False):
            if row.id in excluded and row.id != area.parent_id:
                continue
            if row.id not in excluded and LEVEL_RANK.get(row.level, rank) < rank:
                out.append(MoveTarget(row.id, row.name, row.level, depth))
            walk(row.id, depth + 1)

    walk(None, 0)
    return out


def rename_area(session: Session, area_id: uuid.UUID, name: str) -> ChangeSet:
    """Give a node a new name (its code stays: codes are stable keys)."""
    area = _live_area(session, area_id)
    area.name = check_name(session, area.parent_id, name, exclude=area.id)
    session.flush()
    return ChangeSet.of(KIND, area.id)


def add_area(
    session: Session,
    parent_id: uuid.UUID | None,
    level: str,
    name: str,
    code: str | None = None,
    *,
    area_id: uuid.UUID | None = None,
) -> ChangeSet:
    """Create a node under ``parent_id``; ``area_id`` lets an undo command pick the key first.

    The change set names the new node and its parent.
    """
    tree = load_tree(session)
    parent = None
    if parent_id is not None:
        _live_area(session, parent_id, "Übergeordnetes Gebiet")
        parent = tree.rows[parent_id]
    _check_level(level, parent)
    text = _clean_name(name)
    _check_sibling_name(tree, parent_id, text)
    clean_code = _check_code(session, code)
    area = Area(id=area_id or uuid.uuid4(), parent_id=parent_id, level=level, name=text,
                code=clean_code, name_variants=[])
    session.add(area)
    session.flush()
    return ChangeSet.of(KIND, *(i for i in (area.id, parent_id) if i is not None))


def move_area(session: Session, area_id: uuid.UUID, new_parent_id: uuid.UUID | None) -> ChangeSet:
    """Hang a node (with its subtree) under another parent.

    Refuses a move under the node itself or one of its descendants, and a parent whose level is
    not above the node's. The change set names the node, the old and the new parent.
    """
    area = _live_area(session, area_id)
    tree = load_tree(session)
    old_parent_id = area.parent_id
    parent = None
    if new_parent_id is not None:
        _live_area(session, new_parent_id, "Neues übergeordnetes Gebiet")
        if new_parent_id in tree.subtree(area_id):
            target = tree.rows[new_parent_id].name
            raise AreaError(
                f"Neues übergeordnetes Gebiet: „{target}“ liegt in „{area.name}“ selbst "
                "(ein Gebiet kann nicht unter sich selbst oder eines seiner Untergebiete "
                "verschoben werden)"
            )
        parent = tree.rows[new_parent_id]
    _check_level(area.level, parent)
    if new_parent_id != old_parent_id:
        _check_sibling_name(tree, new_parent_id, area.name, exclude=area.id)
        area.parent_id = new_parent_id
        session.flush()
    ids = [i for i in (area.id, old_parent_id, new_parent_id) if i is not None]
    return ChangeSet.of(KIND, *ids)


def _parent_changes(area: Area) -> ChangeSet:
    ids = [i for i in (area.id, area.parent_id) if i is not None]
    return ChangeSet.of(KIND, *ids)


def retire_area(session: Session, area_id: uuid.UUID, on: date) -> ChangeSet:
    """Take a node out of service from ``on``; its history (measures, meetings) stays."""
    area = _live_area(session, area_id)
    if area.retired_on is not None:
        raise AreaError(
            f"Außer Dienst: „{area.name}“ ist schon seit {format_date(area.retired_on)} "
            "außer Dienst (zuerst wieder in Dienst stellen)"
        )
    area.retired_on = on
    session.flush()
    return _parent_changes(area)


def retired_on(session: Session, area_id: uuid.UUID) -> date | None:
    """Since when a node is out of service (None: in service)."""
    return _live_area(session, area_id).retired_on


def unretire_area(session: Session, area_id: uuid.UUID) -> ChangeSet:
    """Put a retired node back into service."""
    area = _live_area(session, area_id)
    area.retired_on = None
    session.flush()
    return _parent_changes(area)


def remove_area(session: Session, area_id: uuid.UUID) -> ChangeSet:
    """Delete (tombstone) a node that nothing refers to; used to undo an addition.

    A node with children, bodies or measures is refused: retiring keeps such history instead.
    """
    area = _live_area(session, area_id)
    if load_tree(session).kids.get(area.id):
        raise AreaError(
            f"Löschen: „{area.name}“ hat Untergebiete (nur Gebiete ohne Untergebiete löschen; "
            "sonst außer Dienst stellen)"
        )
    references = (
        select(Body.id).where(Body.area_id == area.id, Body.deleted_at.is_(None)),
        select(Measure.id).where(Measure.region_id == area.id),
        select(measure_areas.c.measure_id).where(measure_areas.c.area_id == area.id),
    )
    if any(session.scalar(query.limit(1)) is not None for query in references):
        raise AreaError(
            f"Löschen: „{area.name}“ hat Gremien oder Maßnahmen (solche Gebiete außer Dienst "
            "stellen statt löschen)"
        )
    area.deleted_at = utcnow()
    session.flush()
    return _parent_changes(area)


def restore_area(session: Session, area_id: uuid.UUID) -> ChangeSet:
    """Bring back a deleted node (redo of an addition)."""
    area = session.get(Area, area_id)
    if area is None:
        raise AreaError("Gebiet: existiert nicht (wiederherstellen nicht möglich)")
    area.deleted_at = None
    session.flush()
    return _parent_changes(area)
