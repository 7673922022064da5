"""Shared machinery of the lifecycle actions: refusals, the recorded step, budget calls and
the facts the rules look at.

Money: a positive decision books a commitment and the administration's agreement (and an
extension) books the agreement in the budget ledger (``services.budget``), which refuses what
the region's budget of a year cannot carry; the refusal comes back as :class:`BudgetRefusedError`
and may be overridden only by the chair (or deputy chair) of the region's Lenkungsgruppe with a
written reason; both are passed on to the ledger entry and its audit log line.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    Decision,
    Evaluation,
    Measure,
    MeasurePeriod,
    MeasureStatus,
    StatusChange,
    utcnow,
)
from ..changes import ChangeSet
from .due import refresh_deadline
from .lookups import area_infos
from .repository import KIND, MeasureNotFoundError, load_measure
from .rules import MeasureState, refusal
from .validation import validate

__all__ = [
    "BudgetRefusedError",
    "TransitionRefusedError",
    "TransitionResult",
    "measure_state",
]

_S = MeasureStatus
# States whose application must still satisfy every rule of a complete application: it is
# checked again before the agenda, the decision and the agreement (see ``rules.refusal``).
_CHECKED_STATES = frozenset(
    {_S.DRAFT, _S.SUBMITTED, _S.DISCUSSED, _S.DEFERRED, _S.ON_AGENDA, _S.APPROVED,
     _S.APPROVED_WITH_CONDITIONS}
)


class TransitionRefusedError(ValueError):
    """The rules forbid the action; the message is German and names the rule."""


class BudgetRefusedError(TransitionRefusedError):
    """The region's budget of a year cannot carry the money; the chair may override it.

    ``exceeded`` is the ledger's refusal (a ``services.budget.BudgetExceededError`` with the
    amounts of every year), for the override dialog.
    """

    def __init__(self, message: str, exceeded: ValueError | None = None) -> None:
        super().__init__(message)
        self.exceeded = exceeded


@dataclass(frozen=True)
class TransitionResult:
    """The new state after an action, the id of what it created (decision …) and the changes."""

    measure_id: uuid.UUID
    status: str
    created_id: uuid.UUID | None
    changes: ChangeSet


def _measure(session: Session, measure_id: uuid.UUID) -> Measure:
    measure = session.scalars(
        select(Measure)
        .where(Measure.id == measure_id, Measure.deleted_at.is_(None))
        .with_for_update()
    ).first()
    if measure is None:
        raise MeasureNotFoundError("Maßnahme: nicht gefunden (gelöscht oder nie gespeichert).")
    return measure


def _current_period(session: Session, measure_id: uuid.UUID) -> MeasurePeriod | None:
    return session.scalars(
        select(MeasurePeriod)
        .where(MeasurePeriod.measure_id == measure_id)
        .order_by(MeasurePeriod.sequence.desc())
    ).first()


def _latest_decision(session: Session, measure_id: uuid.UUID) -> Decision | None:
    # Recording order, not the decision date: a decision typed with an older date must not
    # hide a later one (the lifecycle refuses dates before the previous decision anyway).
    return session.scalars(
        select(Decision)
        .where(Decision.measure_id == measure_id)
        .order_by(Decision.created_at.desc())
    ).first()


def _evaluation(session: Session, measure_id: uuid.UUID, *, completed: bool) -> Evaluation | None:
    """The latest (completed or open) evaluation of the measure's current period."""
    period = _current_period(session, measure_id)
    query = select(Evaluation).where(Evaluation.measure_id == measure_id)
    if period is not None:
        query = query.where(Evaluation.period_id == period.id)
    done = Evaluation.completed_on.is_not(None) if completed else Evaluation.completed_on.is_(None)
    return session.scalars(query.where(done).order_by(Evaluation.created_at.desc())).first()


def measure_state(session: Session, measure_id: uuid.UUID) -> MeasureState:
    """The facts the lifecycle rules look at, read from the database."""
    measure = _measure(session, measure_id)
    evaluation = _evaluation(session, measure_id, completed=True)
    decision = _latest_decision(session, measure_id)
    issues: tuple[str, ...] = ()
    if measure.status in _CHECKED_STATES:
        data = load_measure(session, measure_id)
        issues = tuple(i.message for i in validate(data, area_infos(session)))
    return MeasureState(
        status=measure.status,
        extended=measure.extended,
        evaluated_current_period=evaluation is not None,
        evaluation_suitable=evaluation.suitable if evaluation else None,
        latest_decision_outcome=decision.outcome if decision else None,
        open_issues=issues,
    )


def _check(session: Session, measure_id: uuid.UUID, action: str) -> Measure:
    reason = refusal(action, measure_state(session, measure_id))
    if reason:
        raise TransitionRefusedError(reason)
    return _measure(session, measure_id)


def _move(
    session: Session,
    measure: Measure,
    action: str,
    to_status: str,
    user: str,
    note: str = "",
    created_id: uuid.UUID | None = None,
) -> TransitionResult:
    session.add(
        StatusChange(
            id=uuid.uuid4(),
            measure_id=measure.id,
            at=utcnow(),
            by=user or str(session.info.get("user", "")),
            action=action,
            from_status=measure.status,
            to_status=to_status,
            note=note,
        )
    )
    measure.status = to_status
    refresh_deadline(session, measure)
    session.flush()
    return TransitionResult(measure.id, to_status, created_id, ChangeSet.of(KIND, measure.id))


def _authorize(
    session: Session,
    measure: Measure,
    override_reason: str | None,
    authorized_person_id: uuid.UUID | None,
    on: date,
) -> str:
    """The authorising chair's label for an override (empty without override).

    Only a chair or deputy chair of the region's Lenkungsgruppe (on the day of the act or
    today) may allow an overrun; anything else is refused.
    """
    if override_reason is None:
        return ""
    if not override_reason.strip():
        raise TransitionRefusedError(
            "Begründung: Eine Überschreitung des Budgets braucht eine Begründung."
        )
    from ..budget import override_chairs  # imported late, as in _budget_call

    if authorized_person_id is not None:
        for option in override_chairs(session, measure.region_id, [on]):
            if option.person_id == authorized_person_id:
                return option.label
    raise TransitionRefusedError(
        "Genehmigt von: Eine Überschreitung des Budgets darf nur der Vorsitz oder der "
        "stellvertretende Vorsitz der Lenkungsgruppe des Regionalraums genehmigen "
        "(bitte die genehmigende Person auswählen)."
    )


def _override_note(override_reason: str | None, authorized_by: str = "") -> str:
    """The lifecycle step's note on an override: who allowed it and why."""
    if not override_reason:
        return ""
    chair = f", genehmigt von {authorized_by}" if authorized_by else ""
    return f"Budget überschritten{chair}, Begründung: {override_reason}"


def _budget_call(name: str, **kwargs: Any) -> list[uuid.UUID]:
    """Call the budget ledger; its refusal becomes a :class:`BudgetRefusedError`."""
    from .. import budget  # imported late: the ledger depends on measures, not the reverse

    try:
        result: list[uuid.UUID] = getattr(budget, name)(**kwargs)
    except budget.BudgetExceededError as exc:
        raise BudgetRefusedError(str(exc), exc) from exc
    except budget.BudgetError as exc:
        raise TransitionRefusedError(str(exc)) from exc
    return result
