"""What is due: interim report, evaluation, end and proof of use of running measures.

Each measure keeps its earliest open deadline in ``Measure.next_deadline`` (an indexed column,
recomputed by every service that changes a date or the state), so that the list, the "Fällig"
view and the overview count need no date arithmetic over child tables. A measure is *due* when
that deadline lies within the next :data:`DUE_DAYS` days or has passed.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ...models import Area, Evaluation, Measure, MeasureStatus, measure_areas
from ..areas import FINISHED_MEASURE_STATES

__all__ = [
    "DUE_DAYS",
    "EVALUATION_STATES",
    "DueItem",
    "deadlines",
    "due_condition",
    "due_count",
    "open_deadlines",
    "refresh_all_deadlines",
    "refresh_deadline",
    "subtree_condition",
]

DUE_DAYS = 30

_S = MeasureStatus
_INTERIM_STATES = frozenset({_S.AGREED, _S.RUNNING})
# States in which an open evaluation's due date counts.
EVALUATION_STATES = frozenset({_S.RUNNING, _S.EVALUATION_DUE})
_END_STATES = frozenset({_S.AGREED, _S.RUNNING})
_PROOF_STATES = frozenset({_S.RUNNING, _S.EVALUATION_DUE, _S.EVALUATED})


@dataclass(frozen=True)
class DueItem:
    """One open deadline of a measure."""

    kind: str
    label: str
    due: date

    def overdue(self, today: date) -> bool:
        """True when the day has passed."""
        return self.due < today


def deadlines(
    *,
    status: str,
    interim_report_due: date | None,
    interim_report_received_on: date | None,
    final_report_due: date | None,
    evaluation_due: date | None,
    end: date | None,
    proof_of_use_due: date | None,
    proof_of_use_checked_on: date | None,
) -> list[DueItem]:
    """The open deadlines of a measure in the given state, earliest first.

    ``evaluation_due`` is the due date of a requested, not yet recorded evaluation; without
    one the final report date stands for the evaluation.
    """
    items: list[DueItem] = []
    if status in _INTERIM_STATES and interim_report_due and interim_report_received_on is None:
        items.append(DueItem("interim_report", "Zwischenbericht", interim_report_due))
    evaluation = evaluation_due or final_report_due
    if status in EVALUATION_STATES and evaluation:
        items.append(DueItem("evaluation", "Evaluation", evaluation))
    if status in _END_STATES and end:
        items.append(DueItem("end", "Ende", end))
    if status in _PROOF_STATES and proof_of_use_due and proof_of_use_checked_on is None:
        items.append(DueItem("proof_of_use", "Verwendungsnachweis", proof_of_use_due))
    return sorted(items, key=lambda i: i.due)


def open_deadlines(session: Session, measure: Measure) -> list[DueItem]:
    """The open deadlines of a stored measure (reads its open evaluation)."""
    evaluation_due = session.scalar(
        select(func.min(Evaluation.due)).where(
            Evaluation.measure_id == measure.id, Evaluation.completed_on.is_(None)
        )
    )
    return deadlines(
        status=measure.status,
        interim_report_due=measure.interim_report_due,
        interim_report_received_on=measure.interim_report_received_on,
        final_report_due=measure.final_report_due,
        evaluation_due=evaluation_due,
        end=measure.end,
        proof_of_use_due=measure.proof_of_use_due,
        proof_of_use_checked_on=measure.proof_of_use_checked_on,
    )


def refresh_deadline(session: Session, measure: Measure) -> None:
    """Recompute ``measure.next_deadline`` after a change of dates or state."""
    items = open_deadlines(session, measure)
    measure.next_deadline = items[0].due if items else None


def subtree_condition(
    session: Session, area_ids: Iterable[uuid.UUID] | None
) -> ColumnElement[bool] | None:
    """SQL condition "measure belongs to one of these nodes or anything below them".

    A measure belongs to its Regionalraum and to every Sozialraum and Quartier it names.
    Returns None (no condition) for None or when a node is the root (the city holds every
    measure).
    """
    if area_ids is None:
        return None
    # Only ids and parents (not the whole tree with names): the list asks for this on every
    # selection, so it stays one light query over the small area table.
    parents: dict[uuid.UUID, uuid.UUID | None] = {
        node: parent
        for node, parent in session.execute(
            select(Area.id, Area.parent_id).where(Area.deleted_at.is_(None))
        )
    }
    kids: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for node, parent in parents.items():
        if parent is not None:
            kids[parent].append(node)
    ids: set[uuid.UUID] = set()
    for area_id in area_ids:
        if area_id in parents and parents[area_id] is None:
            return None
        stack = [area_id]
        while stack:  # the node and everything below it, retired nodes included
            node = stack.pop()
            if node not in ids:
                ids.add(node)
                stack.extend(kids.get(node, ()))
    linked = select(measure_areas.c.measure_id).where(measure_areas.c.area_id.in_(ids))
    return or_(Measure.region_id.in_(ids), Measure.id.in_(linked))


def due_condition(today: date) -> ColumnElement[bool]:
    """SQL condition "an open deadline within :data:`DUE_DAYS` days or overdue"."""
    return and_(
        Measure.next_deadline.is_not(None),
        Measure.next_deadline <= today + timedelta(days=DUE_DAYS),
        Measure.status.not_in(FINISHED_MEASURE_STATES),
    )


def due_count(
    session: Session, area_ids: Iterable[uuid.UUID] | None, today: date | None = None
) -> int:
    """How many live measures of the given nodes (and everything below them) are due.

    ``area_ids`` None means the whole city; for the area overview.
    """
    conditions = [Measure.deleted_at.is_(None), due_condition(today or date.today())]
    in_subtree = subtree_condition(session, area_ids)
    if in_subtree is not None:
        conditions.append(in_subtree)
    return int(session.scalar(select(func.count(Measure.id)).where(*conditions)) or 0)


def refresh_all_deadlines(session: Session) -> int:
    """Recompute ``next_deadline`` of every live measure (after an import or a bulk load,
    which bypass the services); returns how many changed."""
    changed = 0
    for measure in session.scalars(select(Measure).where(Measure.deleted_at.is_(None))):
        before = measure.next_deadline
        refresh_deadline(session, measure)
        changed += measure.next_deadline != before
    return changed
