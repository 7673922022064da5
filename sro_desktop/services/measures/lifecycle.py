"""Moving a measure through its lifecycle: one function per action, each recorded with who and
when (:class:`StatusChange`) and refused with a German reason when the rules forbid it.

Money: a positive decision books a commitment and the administration's agreement (and an
extension) books the agreement in the budget ledger (``services.budget``), which refuses what
the region's budget of a year cannot carry; the refusal comes back as :class:`BudgetRefusedError`
and may be overridden only with a written reason. Withdrawing after a positive decision releases
the commitment.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    POSITIVE_OUTCOMES,
    AgendaItem,
    AgendaKind,
    Agreement,
    Area,
    Decision,
    Evaluation,
    Measure,
    MeasurePeriod,
    MeasureStatus,
    PeriodKind,
    StatusChange,
    utcnow,
)
from ..changes import ChangeSet
from .decision_text import decision_text
from .due import refresh_deadline
from .lookups import area_infos
from .numbering import decision_number
from .repository import KIND, MeasureNotFoundError, load_measure
from .rules import DECISION_STATUS, MeasureState, decision_refusal, extension_refusal, refusal
from .validation import validate

__all__ = [
    "BudgetRefusedError",
    "TransitionRefusedError",
    "TransitionResult",
    "agree",
    "archive",
    "close",
    "discuss",
    "extend",
    "measure_state",
    "put_on_agenda",
    "record_decision",
    "record_evaluation",
    "request_evaluation",
    "start",
    "submit",
    "withdraw",
]

_S = MeasureStatus


class TransitionRefusedError(ValueError):
    """The rules forbid the action; the message is German and names the rule."""


class BudgetRefusedError(TransitionRefusedError):
    """The region's budget of a year cannot carry the money; may be overridden with a reason."""


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
    return session.scalars(
        select(Decision)
        .where(Decision.measure_id == measure_id)
        .order_by(Decision.decided_on.desc(), Decision.created_at.desc())
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
    if measure.status == _S.DRAFT:
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


def _budget_call(name: str, **kwargs: Any) -> list[uuid.UUID]:
    """Call the budget ledger; its refusal becomes a :class:`BudgetRefusedError`."""
    from .. import budget  # imported late: the ledger depends on measures, not the reverse

    try:
        result: list[uuid.UUID] = getattr(budget, name)(**kwargs)
    except budget.BudgetExceededError as exc:
        raise BudgetRefusedError(str(exc)) from exc
    except budget.BudgetError as exc:
        raise TransitionRefusedError(str(exc)) from exc
    return result


def submit(
    session: Session, measure_id: uuid.UUID, *, user: str = "", note: str = ""
) -> TransitionResult:
    """Draft → submitted; refused while the application breaks a rule."""
    measure = _check(session, measure_id, "submit")
    measure.submitted_at = utcnow()
    return _move(session, measure, "submit", _S.SUBMITTED, user, note)


def discuss(
    session: Session,
    measure_id: uuid.UUID,
    *,
    discussed_on: date | None = None,
    user: str = "",
    note: str = "",
) -> TransitionResult:
    """Submitted → discussed in the Sozialraumteam."""
    measure = _check(session, measure_id, "discuss")
    text = f"Beraten am {discussed_on:%d.%m.%Y}" if discussed_on else ""
    return _move(
        session, measure, "discuss", _S.DISCUSSED, user, "; ".join(t for t in (text, note) if t)
    )


def put_on_agenda(
    session: Session,
    measure_id: uuid.UUID,
    *,
    meeting_id: uuid.UUID | None = None,
    user: str = "",
    note: str = "",
) -> TransitionResult:
    """Discussed (or deferred) → on the Lenkungsgruppe's agenda; with a meeting, adds the item."""
    measure = _check(session, measure_id, "put_on_agenda")
    item_id: uuid.UUID | None = None
    if meeting_id is not None:
        position = (
            session.scalar(
                select(func.coalesce(func.max(AgendaItem.position), 0)).where(
                    AgendaItem.meeting_id == meeting_id
                )
            )
            or 0
        )
        item = AgendaItem(
            id=uuid.uuid4(),
            meeting_id=meeting_id,
            position=position + 1,
            title=f"{measure.number} {measure.title}"[:500],
            kind=AgendaKind.APPLICATION,
            measure_id=measure.id,
            is_public=True,
        )
        session.add(item)
        item_id = item.id
    return _move(session, measure, "put_on_agenda", _S.ON_AGENDA, user, note, item_id)


def record_decision(
    session: Session,
    measure_id: uuid.UUID,
    *,
    outcome: str,
    decided_on: date,
    amount_cents: int | None = None,
    conditions: str = "",
    reason: str = "",
    text: str = "",
    meeting_id: uuid.UUID | None = None,
    agenda_item_id: uuid.UUID | None = None,
    vote_id: uuid.UUID | None = None,
    override_reason: str | None = None,
    user: str = "",
) -> TransitionResult:
    """On the agenda → the Lenkungsgruppe's decision (a numbered :class:`Decision`).

    A positive decision books the commitment in the budget ledger; a rejection needs a reason.
    """
    measure = _check(session, measure_id, "decide")
    if amount_cents is None and outcome in POSITIVE_OUTCOMES:
        amount_cents = measure.requested_cents
    problem = decision_refusal(
        outcome,
        reason=reason,
        conditions=conditions,
        amount_cents=amount_cents,
        requested_cents=measure.requested_cents,
    )
    if problem:
        raise TransitionRefusedError(problem)
    region = session.get(Area, measure.region_id)
    decision = Decision(
        id=uuid.uuid4(),
        number=decision_number(session, region, decided_on.year),
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        measure_id=measure.id,
        vote_id=vote_id,
        outcome=outcome,
        decided_on=decided_on,
        conditions=conditions.strip(),
        reason=reason.strip(),
        amount_cents=amount_cents if outcome in POSITIVE_OUTCOMES else None,
        period_start=measure.start,
        period_end=measure.end,
    )
    decision.text = text.strip() or decision_text(session, measure, decision)
    session.add(decision)
    session.flush()
    if outcome in POSITIVE_OUTCOMES:
        assert amount_cents is not None and measure.start and measure.end
        measure.approved_cents = amount_cents
        _budget_call(
            "book_commitment",
            session=session,
            measure_id=measure.id,
            decision_id=decision.id,
            amount_cents=amount_cents,
            start=measure.start,
            end=measure.end,
            override_reason=override_reason,
            user=user,
        )
    note = f"Beschluss {decision.number}"
    if override_reason:
        note += f"; Budget überschritten, Begründung: {override_reason}"
    return _move(session, measure, "decide", DECISION_STATUS[outcome], user, note, decision.id)


def agree(
    session: Session,
    measure_id: uuid.UUID,
    *,
    agreed_on: date,
    agreed_by: str = "",
    reference: str = "",
    amount_cents: int | None = None,
    note: str = "",
    override_reason: str | None = None,
    user: str = "",
) -> TransitionResult:
    """Positive decision → the administration's agreement (Vereinbarung) for the first period."""
    measure = _check(session, measure_id, "agree")
    decision = _latest_decision(session, measure_id)
    assert decision is not None and measure.start is not None and measure.end is not None
    approved = decision.amount_cents or 0
    amount = approved if amount_cents is None else amount_cents
    if amount <= 0 or amount > approved:
        raise TransitionRefusedError(
            "Vereinbarung: Der Betrag muss größer als 0,00 € sein und darf den beschlossenen "
            "Betrag nicht übersteigen."
        )
    period = _current_period(session, measure_id)
    if period is None:
        period = MeasurePeriod(
            id=uuid.uuid4(),
            measure_id=measure.id,
            sequence=1,
            kind=PeriodKind.INITIAL,
            start_date=measure.start,
            end_date=measure.end,
            amount_cents=amount,
        )
        session.add(period)
        session.flush()  # no ORM relationship orders the period before its agreement
    agreement = Agreement(
        id=uuid.uuid4(),
        measure_id=measure.id,
        period_id=period.id,
        decision_id=decision.id,
        agreed_on=agreed_on,
        agreed_by=agreed_by,
        reference=reference,
        amount_cents=amount,
        note=note,
    )
    session.add(agreement)
    session.flush()
    _budget_call(
        "book_agreement",
        session=session,
        measure_id=measure.id,
        agreement_id=agreement.id,
        amount_cents=amount,
        start=period.start_date,
        end=period.end_date,
        override_reason=override_reason,
        user=user,
    )
    measure.approved_cents = amount
    text = "; ".join(
        t
        for t in (
            reference and f"Az. {reference}",
            note,
            override_reason and f"Budget überschritten, Begründung: {override_reason}",
        )
        if t
    )
    return _move(session, measure, "agree", _S.AGREED, user, text, agreement.id)


def start(
    session: Session, measure_id: uuid.UUID, *, user: str = "", note: str = ""
) -> TransitionResult:
    """Agreed → running."""
    measure = _check(session, measure_id, "start")
    return _move(session, measure, "start", _S.RUNNING, user, note)


def request_evaluation(
    session: Session,
    measure_id: uuid.UUID,
    *,
    due: date | None = None,
    user: str = "",
    note: str = "",
) -> TransitionResult:
    """Running → evaluation due; the due date defaults to the final report date or the end."""
    measure = _check(session, measure_id, "request_evaluation")
    period = _current_period(session, measure_id)
    evaluation = Evaluation(
        id=uuid.uuid4(),
        measure_id=measure.id,
        period_id=period.id if period else None,
        requested_on=date.today(),
        due=due or measure.final_report_due or measure.end,
    )
    session.add(evaluation)
    session.flush()
    return _move(
        session, measure, "request_evaluation", _S.EVALUATION_DUE, user, note, evaluation.id
    )


def record_evaluation(
    session: Session,
    measure_id: uuid.UUID,
    *,
    completed_on: date,
    suitable: bool,
    result: str,
    user: str = "",
) -> TransitionResult:
    """Evaluation due → evaluated, with the result and whether the measure is still suitable."""
    measure = _check(session, measure_id, "record_evaluation")
    if not result.strip():
        raise TransitionRefusedError("Evaluation: Bitte das Ergebnis beschreiben (Pflichtfeld).")
    evaluation = _evaluation(session, measure_id, completed=False)
    if evaluation is None:
        period = _current_period(session, measure_id)
        evaluation = Evaluation(
            id=uuid.uuid4(), measure_id=measure.id, period_id=period.id if period else None
        )
        session.add(evaluation)
    evaluation.completed_on = completed_on
    evaluation.suitable = suitable
    evaluation.result = result.strip()
    session.flush()
    verdict = "weiter geeignet" if suitable else "nicht mehr geeignet"
    return _move(
        session,
        measure,
        "record_evaluation",
        _S.EVALUATED,
        user,
        f"Evaluation vom {completed_on:%d.%m.%Y}: {verdict}",
        evaluation.id,
    )


def extend(
    session: Session,
    measure_id: uuid.UUID,
    *,
    new_end: date,
    new_start: date | None = None,
    amount_cents: int = 0,
    note: str = "",
    override_reason: str | None = None,
    user: str = "",
) -> TransitionResult:
    """Evaluated → running again for the one extension (≤ 12 months, ≤ 24 months in total)."""
    measure = _check(session, measure_id, "extend")
    assert measure.start is not None and measure.end is not None
    periods = list(
        session.scalars(
            select(MeasurePeriod)
            .where(MeasurePeriod.measure_id == measure_id)
            .order_by(MeasurePeriod.sequence)
        )
    )
    first_start = periods[0].start_date if periods else measure.start
    begin = new_start or date.fromordinal(measure.end.toordinal() + 1)
    problem = extension_refusal(first_start, measure.end, begin, new_end)
    if problem is None and amount_cents < 0:
        problem = "Verlängerung: Der Betrag darf nicht negativ sein."
    if problem:
        raise TransitionRefusedError(problem)
    period = MeasurePeriod(
        id=uuid.uuid4(),
        measure_id=measure.id,
        sequence=(periods[-1].sequence + 1) if periods else 2,
        kind=PeriodKind.EXTENSION,
        start_date=begin,
        end_date=new_end,
        amount_cents=amount_cents,
    )
    session.add(period)
    session.flush()  # no ORM relationship orders the period before its agreement
    agreement = Agreement(
        id=uuid.uuid4(),
        measure_id=measure.id,
        period_id=period.id,
        decision_id=None,
        agreed_on=date.today(),
        amount_cents=amount_cents,
        note=note,
    )
    session.add(agreement)
    session.flush()
    if amount_cents > 0:
        _budget_call(
            "book_agreement",
            session=session,
            measure_id=measure.id,
            agreement_id=agreement.id,
            amount_cents=amount_cents,
            start=begin,
            end=new_end,
            override_reason=override_reason,
            user=user,
        )
    measure.end = new_end
    measure.extended = True
    measure.approved_cents = (measure.approved_cents or 0) + amount_cents
    text = f"Verlängert bis {new_end:%d.%m.%Y}" + (f"; {note}" if note else "")
    return _move(session, measure, "extend", _S.RUNNING, user, text, period.id)


def close(
    session: Session,
    measure_id: uuid.UUID,
    *,
    proof_checked_on: date,
    user: str = "",
    note: str = "",
) -> TransitionResult:
    """Evaluated → closed, once the proof of use (Verwendungsnachweis) has been checked."""
    measure = _check(session, measure_id, "close")
    measure.proof_of_use_checked_on = proof_checked_on
    text = f"Verwendungsnachweis geprüft am {proof_checked_on:%d.%m.%Y}" + (
        f"; {note}" if note else ""
    )
    return _move(session, measure, "close", _S.CLOSED, user, text)


def archive(
    session: Session, measure_id: uuid.UUID, *, user: str = "", note: str = ""
) -> TransitionResult:
    """Closed, rejected or withdrawn → archived."""
    measure = _check(session, measure_id, "archive")
    return _move(session, measure, "archive", _S.ARCHIVED, user, note)


def withdraw(
    session: Session, measure_id: uuid.UUID, *, reason: str, user: str = ""
) -> TransitionResult:
    """Withdrawn by the Träger before the measure starts; releases a booked commitment."""
    measure = _check(session, measure_id, "withdraw")
    if not reason.strip():
        raise TransitionRefusedError("Zurückziehen: Bitte einen Grund angeben (Pflichtfeld).")
    if measure.status in (_S.APPROVED, _S.APPROVED_WITH_CONDITIONS, _S.AGREED):
        _budget_call(
            "release_commitment",
            session=session,
            measure_id=measure.id,
            reason=reason.strip(),
            user=user,
        )
    return _move(session, measure, "withdraw", _S.WITHDRAWN, user, reason.strip())
