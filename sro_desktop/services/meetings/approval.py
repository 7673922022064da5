"""Closing, approving and locking minutes; corrections of approved minutes as amendments.

planned/held → closed (the minute-taker is done) → approved (at a later meeting of the same
body, through its standard item) → locked for good. Closed minutes may be reopened; approved
ones only receive amendments, which are shown beside the unchanged approved text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AgendaItem, AgendaKind, Amendment, Meeting, MeetingStatus
from ...models.base import utcnow
from ..formatting import format_date
from ._common import clean_text, load
from .errors import MeetingRuleError
from .records import AmendmentInfo


def close_minutes(session: Session, meeting_id: uuid.UUID, *, end_time: time | None = None) -> None:
    """The minute-taker finishes the protocol; it waits for approval at the next meeting."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.HELD):
        raise MeetingRuleError(
            f"Protokoll vom {format_date(meeting.date)}: bereits abgeschlossen"
        )
    if end_time is not None:
        if meeting.start_time is not None and end_time <= meeting.start_time:
            raise MeetingRuleError("Ende: nicht nach dem Beginn (Ende muss nach dem Beginn liegen)")
        meeting.end_time = end_time
    meeting.status = MeetingStatus.CLOSED
    meeting.closed_at = utcnow()


def reopen_minutes(session: Session, meeting_id: uuid.UUID) -> None:
    """Open closed (not yet approved) minutes again for corrections."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    if meeting.status == MeetingStatus.APPROVED:
        raise MeetingRuleError(
            f"Protokoll vom {format_date(meeting.date)}: genehmigt und gesperrt "
            "(Korrekturen nur als protokollierte Änderung)"
        )
    if meeting.status != MeetingStatus.CLOSED:
        raise MeetingRuleError(f"Protokoll vom {format_date(meeting.date)}: nicht abgeschlossen")
    meeting.status = MeetingStatus.HELD
    meeting.closed_at = None


def approve_minutes(
    session: Session,
    meeting_id: uuid.UUID,
    *,
    in_meeting_id: uuid.UUID,
    agenda_item_id: uuid.UUID | None = None,
) -> None:
    """Approve closed minutes at a later meeting of the same body; they are locked afterwards.

    The approving meeting's standard item records the outcome; without a given item the
    "Genehmigung des Protokolls" item of that meeting pointing at these minutes is used.
    """
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    approving = load(session, Meeting, in_meeting_id, "Genehmigende Sitzung")
    when = format_date(meeting.date)
    if meeting.status == MeetingStatus.APPROVED:
        raise MeetingRuleError(f"Protokoll vom {when}: bereits genehmigt")
    if meeting.status != MeetingStatus.CLOSED:
        raise MeetingRuleError(
            f"Protokoll vom {when}: nicht abgeschlossen (erst abschließen, dann genehmigen)"
        )
    if approving.body_id != meeting.body_id:
        raise MeetingRuleError("Genehmigende Sitzung: gehört zu einem anderen Gremium")
    if approving.date <= meeting.date:
        raise MeetingRuleError(
            "Genehmigende Sitzung: liegt nicht nach der Sitzung (Genehmigung in einer späteren "
            "Sitzung)"
        )
    if approving.status not in (MeetingStatus.PLANNED, MeetingStatus.HELD):
        raise MeetingRuleError(
            f"Genehmigende Sitzung vom {format_date(approving.date)}: Protokoll bereits "
            "abgeschlossen"
        )
    item = _approval_item(session, approving, meeting, agenda_item_id)
    approving.status = MeetingStatus.HELD
    meeting.status = MeetingStatus.APPROVED
    meeting.approved_at = utcnow()
    meeting.approved_in_meeting_id = approving.id
    if item is not None:
        item.approves_meeting_id = meeting.id
        line = f"Das Protokoll der Sitzung vom {when} wird genehmigt."
        item.outcome = f"{item.outcome}\n{line}".strip() if item.outcome else line


def _approval_item(
    session: Session, approving: Meeting, meeting: Meeting, agenda_item_id: uuid.UUID | None
) -> AgendaItem | None:
    if agenda_item_id is not None:
        item = load(session, AgendaItem, agenda_item_id, "Tagesordnungspunkt")
        if item.meeting_id != approving.id:
            raise MeetingRuleError("Tagesordnungspunkt: gehört zu einer anderen Sitzung")
        return item
    candidates = session.scalars(
        select(AgendaItem)
        .where(
            AgendaItem.meeting_id == approving.id,
            AgendaItem.kind == AgendaKind.MINUTES_APPROVAL,
            AgendaItem.deleted_at.is_(None),
        )
        .order_by(AgendaItem.position)
    ).all()
    for item in candidates:
        if item.approves_meeting_id == meeting.id:
            return item
    return next((i for i in candidates if i.approves_meeting_id is None), None)


def pending_approvals(session: Session, meeting_id: uuid.UUID) -> list[uuid.UUID]:
    """Closed minutes of earlier meetings of the same body that this meeting may approve."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    return list(
        session.scalars(
            select(Meeting.id)
            .where(
                Meeting.body_id == meeting.body_id,
                Meeting.deleted_at.is_(None),
                Meeting.date < meeting.date,
                Meeting.status == MeetingStatus.CLOSED,
            )
            .order_by(Meeting.date)
        )
    )


@dataclass(frozen=True)
class ApprovalTarget:
    """The earlier minutes a "Genehmigung des Protokolls" item deals with (meeting id None
    when no minutes wait)."""

    meeting_id: uuid.UUID | None
    date: date | None
    status: str | None


def approval_target(session: Session, item_id: uuid.UUID) -> ApprovalTarget | None:
    """For a minutes-approval item: the minutes it approves (or the latest closed ones of the
    body that wait); None for every other kind of item."""
    item = load(session, AgendaItem, item_id, "Tagesordnungspunkt")
    if item.kind != AgendaKind.MINUTES_APPROVAL:
        return None
    target = item.approves_meeting_id
    if target is None:
        pending = pending_approvals(session, item.meeting_id)
        target = pending[-1] if pending else None
    if target is None:
        return ApprovalTarget(None, None, None)
    meeting = load(session, Meeting, target, "Sitzung")
    return ApprovalTarget(meeting.id, meeting.date, meeting.status)


def add_amendment(
    session: Session,
    meeting_id: uuid.UUID,
    text: str,
    *,
    agenda_item_id: uuid.UUID | None = None,
    recorded_in_meeting_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record a correction of approved minutes (the approved text itself never changes)."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    if meeting.status != MeetingStatus.APPROVED:
        raise MeetingRuleError(
            f"Protokoll vom {format_date(meeting.date)}: nicht genehmigt "
            "(Änderungen werden nur bei genehmigten Protokollen protokolliert; "
            "sonst direkt korrigieren)"
        )
    if agenda_item_id is not None:
        item = load(session, AgendaItem, agenda_item_id, "Tagesordnungspunkt")
        if item.meeting_id != meeting.id:
            raise MeetingRuleError("Tagesordnungspunkt: gehört zu einer anderen Sitzung")
    row = Amendment(
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        text=clean_text(text, "Änderung"),
        recorded_in_meeting_id=recorded_in_meeting_id,
        updated_by=str(session.info.get("user", "")),
    )
    session.add(row)
    session.flush()
    return row.id


def amendments(session: Session, meeting_id: uuid.UUID) -> list[AmendmentInfo]:
    """The recorded corrections of a meeting's minutes, oldest first."""
    rows = session.scalars(
        select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(Amendment.created_at)
    ).all()
    return [
        AmendmentInfo(
            a.id, a.meeting_id, a.agenda_item_id, a.text, a.created_at, a.updated_by,
            a.recorded_in_meeting_id,
        )
        for a in rows
    ]
