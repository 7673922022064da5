"""Moving an application through its lifecycle up to the agreement: one function per action,
each recorded with who and when (:class:`StatusChange`) and refused with a German reason when
the rules forbid it. A positive decision books the commitment; withdrawing after it releases
the commitment. Putting it on an agenda is in :mod:`.agenda`, the running phase in
:mod:`.lifecycle_running`.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    POSITIVE_OUTCOMES,
    AgendaItem,
    Agreement,
    Area,
    Decision,
    MeasurePeriod,
    MeasureStatus,
    Meeting,
    PeriodKind,
    utcnow,
)
from ..formatting import format_date
from ..meetings import MeetingRuleError
from ..meetings._common import require_editable
from .agenda import put_on_agenda
from .decision_text import decision_text
from .numbering import decision_number
from .rules import DECISION_STATUS, decision_refusal
from .transitions import (
    BudgetRefusedError,
    TransitionRefusedError,
    TransitionResult,
    _authorize,
    _budget_call,
    _check,
    _current_period,
    _latest_decision,
    _move,
    _override_note,
    measure_state,
)

__all__ = [
    "BudgetRefusedError",
    "TransitionRefusedError",
    "TransitionResult",
    "agree",
    "discuss",
    "measure_state",
    "put_on_agenda",
    "record_decision",
    "submit",
    "withdraw",
]

_S = MeasureStatus


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


def _check_decision_date(session: Session, measure_id: uuid.UUID, decided_on: date) -> None:
    """Decisions are recorded in the order they were taken: no date before the previous one."""
    previous = _latest_decision(session, measure_id)
    if previous is not None and decided_on < previous.decided_on:
        raise TransitionRefusedError(
            f"Beschlossen am: Das Datum ({format_date(decided_on)}) liegt vor dem letzten "
            f"Beschluss {previous.number} vom {format_date(previous.decided_on)} "
            "(ein neuer Beschluss darf nicht vor dem vorigen datiert sein)."
        )


def _check_meeting_link(
    session: Session,
    measure_id: uuid.UUID,
    meeting_id: uuid.UUID | None,
    agenda_item_id: uuid.UUID | None,
) -> None:
    """The meeting's minutes must be editable and the agenda item must be this measure's."""
    item = session.get(AgendaItem, agenda_item_id) if agenda_item_id is not None else None
    if agenda_item_id is not None:
        if item is None or item.deleted_at is not None:
            raise TransitionRefusedError("Tagesordnungspunkt: nicht gefunden.")
        if item.measure_id != measure_id:
            raise TransitionRefusedError(
                f"Tagesordnungspunkt {item.number}: gehört nicht zu dieser Maßnahme "
                "(ein Beschluss nur unter dem TOP der Maßnahme)."
            )
        if meeting_id is not None and item.meeting_id != meeting_id:
            raise TransitionRefusedError(
                f"Tagesordnungspunkt {item.number}: gehört nicht zu dieser Sitzung."
            )
        meeting_id = item.meeting_id
    if meeting_id is None:
        return
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise TransitionRefusedError("Sitzung: nicht gefunden.")
    try:
        require_editable(meeting)
    except MeetingRuleError as exc:
        raise TransitionRefusedError(f"Beschluss: {exc}.") from exc


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
    authorized_by: str = "",
    authorized_person_id: uuid.UUID | None = None,
    user: str = "",
) -> TransitionResult:
    """On the agenda → the Lenkungsgruppe's decision (a numbered :class:`Decision`).

    A positive decision books the commitment in the budget ledger; a rejection needs a reason.
    An overrun of the budget needs ``override_reason`` and the authorising chair
    (``authorized_by``, ``authorized_person_id``), which go into the ledger and the audit log.
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
    _check_decision_date(session, measure_id, decided_on)
    _check_meeting_link(session, measure_id, meeting_id, agenda_item_id)
    if outcome in POSITIVE_OUTCOMES:
        authorized_by = _authorize(
            session, measure, override_reason, authorized_person_id, decided_on
        )
    else:
        override_reason = None
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
            authorized_by=authorized_by,
            authorized_person_id=authorized_person_id,
            user=user,
        )
    note = "; ".join(
        t for t in (f"Beschluss {decision.number}",
                    _override_note(override_reason, authorized_by)) if t
    )
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
    authorized_by: str = "",
    authorized_person_id: uuid.UUID | None = None,
    user: str = "",
) -> TransitionResult:
    """Positive decision → the administration's agreement (Vereinbarung) for the first period.

    An overrun of the budget needs the chair's override, as in :func:`record_decision`.
    """
    measure = _check(session, measure_id, "agree")
    decision = _latest_decision(session, measure_id)
    assert decision is not None and measure.start is not None and measure.end is not None
    authorized_by = _authorize(session, measure, override_reason, authorized_person_id, agreed_on)
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
    elif period.sequence == 1 and not session.scalar(
        select(func.count()).select_from(Agreement).where(Agreement.period_id == period.id)
    ):
        # Planned by the budget's split dialog before the agreement: follow the measure's
        # current terms, which the form may have changed since.
        period.start_date, period.end_date = measure.start, measure.end
        period.amount_cents = amount
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
        authorized_by=authorized_by,
        authorized_person_id=authorized_person_id,
        user=user,
    )
    measure.approved_cents = amount
    text = "; ".join(
        t
        for t in (
            reference and f"Az. {reference}",
            note,
            _override_note(override_reason, authorized_by),
        )
        if t
    )
    return _move(session, measure, "agree", _S.AGREED, user, text, agreement.id)


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
    if measure.status == _S.AGREED:
        # The agreement no longer binds money: release what was agreed and not yet paid.
        _budget_call(
            "release_agreement",
            session=session,
            measure_id=measure.id,
            reason=f"Zurückgezogen nach der Vereinbarung: {reason.strip()}",
            user=user,
        )
    return _move(session, measure, "withdraw", _S.WITHDRAWN, user, reason.strip())
