"""The running measure: start, evaluation, the one extension, closing and archiving."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    Agreement,
    Evaluation,
    Measure,
    MeasurePeriod,
    MeasureStatus,
    PeriodKind,
)
from ..formatting import format_date
from .rules import extension_refusal
from .transitions import (
    TransitionRefusedError,
    TransitionResult,
    _authorize,
    _budget_call,
    _check,
    _current_period,
    _evaluation,
    _move,
    _override_note,
)

__all__ = [
    "archive",
    "close",
    "default_evaluation_due",
    "extend",
    "record_evaluation",
    "request_evaluation",
    "start",
]

_S = MeasureStatus


def _evaluation_default(measure: Measure, period: MeasurePeriod | None) -> date | None:
    # A final report date before the current period (an extension recorded before report dates
    # moved with it) belongs to the first period: the end of the current one stands in.
    final = measure.final_report_due
    if final is not None and (period is None or final >= period.start_date):
        return final
    return measure.end


def default_evaluation_due(session: Session, measure_id: uuid.UUID) -> date | None:
    """The proposed due date of a requested evaluation: the final report date of the current
    period, else its end (for the action dialog; :func:`request_evaluation` uses the same)."""
    measure = session.get(Measure, measure_id)
    if measure is None:
        return None
    return _evaluation_default(measure, _current_period(session, measure_id))


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
    """Running → evaluation due; the due date defaults to the final report date of the current
    period or its end."""
    measure = _check(session, measure_id, "request_evaluation")
    period = _current_period(session, measure_id)
    evaluation = Evaluation(
        id=uuid.uuid4(),
        measure_id=measure.id,
        period_id=period.id if period else None,
        requested_on=date.today(),
        due=due or _evaluation_default(measure, period),
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


def _moved_with_extension(
    due: date | None, old_end: date, begin: date, new_end: date
) -> date | None:
    """A report date of the first period, moved to the extension: as far from the new end as
    it was from the old one (a final report two months after the end stays two months after
    it), but never before the extension begins."""
    if due is None:
        return None
    return max(new_end + (due - old_end), begin)


def extend(
    session: Session,
    measure_id: uuid.UUID,
    *,
    new_end: date,
    new_start: date | None = None,
    amount_cents: int = 0,
    note: str = "",
    override_reason: str | None = None,
    authorized_by: str = "",
    authorized_person_id: uuid.UUID | None = None,
    user: str = "",
) -> TransitionResult:
    """Evaluated → running again for the one extension (≤ 12 months, ≤ 24 months in total).

    The final report and the proof of use move with the end (same distance from it as in the
    first period), so that the second evaluation and the due view follow the extension.
    Extra money that overruns the budget needs the chair's override (reason and person).
    """
    measure = _check(session, measure_id, "extend")
    assert measure.start is not None and measure.end is not None
    if amount_cents > 0:
        authorized_by = _authorize(
            session, measure, override_reason, authorized_person_id, date.today()
        )
    else:
        override_reason = None
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
            authorized_by=authorized_by,
            authorized_person_id=authorized_person_id,
            user=user,
        )
    old_end = measure.end
    measure.end = new_end
    measure.final_report_due = _moved_with_extension(
        measure.final_report_due, old_end, begin, new_end)
    measure.proof_of_use_due = _moved_with_extension(
        measure.proof_of_use_due, old_end, begin, new_end)
    measure.extended = True
    measure.approved_cents = (measure.approved_cents or 0) + amount_cents
    moved = ", ".join(
        f"{label} fällig {format_date(day)}"
        for label, day in (("Abschlussbericht", measure.final_report_due),
                           ("Verwendungsnachweis", measure.proof_of_use_due)) if day
    )
    text = "; ".join(
        t for t in (f"Verlängert bis {new_end:%d.%m.%Y}", moved, note,
                    _override_note(override_reason if amount_cents > 0 else None,
                                   authorized_by)) if t
    )
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
