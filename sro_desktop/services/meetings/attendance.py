"""Attendance: members present, excused or absent, substitutes, residents as a count, guests by
institution. Residents are never named (DSGVO), so they are only a number on the meeting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Attendance, AttendanceStatus, Meeting, Membership, Person
from ._common import load, require_editable
from .errors import MeetingRuleError
from .memberships import members

ATTENDANCE_LABELS: dict[str, str] = {
    AttendanceStatus.PRESENT: "anwesend",
    AttendanceStatus.EXCUSED: "entschuldigt",
    AttendanceStatus.ABSENT: "abwesend",
}


@dataclass(frozen=True)
class AttendanceRow:
    """One line of the attendance sheet: a member of the body or a named professional."""

    person_id: uuid.UUID
    person_name: str
    organization_name: str
    role: str
    membership_id: uuid.UUID | None
    status: str | None
    substitute_for_membership_id: uuid.UUID | None
    substitute_for_name: str


def set_attendance(
    session: Session,
    meeting_id: uuid.UUID,
    person_id: uuid.UUID,
    status: str,
    *,
    membership_id: uuid.UUID | None = None,
    substitute_for_membership_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record whether a person came; one row per person and meeting (updated in place)."""
    if status not in ATTENDANCE_LABELS:
        raise MeetingRuleError(f"Anwesenheit: „{status}“ unbekannt")
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    load(session, Person, person_id, "Person")
    if substitute_for_membership_id is not None:
        other = load(session, Membership, substitute_for_membership_id, "Vertretung für")
        if other.body_id != meeting.body_id:
            raise MeetingRuleError("Vertretung für: Mitglied eines anderen Gremiums")
        if other.person_id == person_id:
            raise MeetingRuleError("Vertretung für: eine Person kann sich nicht selbst vertreten")
    row = session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
        )
    )
    if row is None:
        row = Attendance(meeting_id=meeting.id, person_id=person_id)
        session.add(row)
    row.status = status
    row.membership_id = membership_id
    row.substitute_for_membership_id = substitute_for_membership_id
    session.flush()
    return row.id


def clear_attendance(session: Session, meeting_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """Forget what was recorded for a person (back to "not recorded")."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    row = session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
        )
    )
    if row is not None:
        session.delete(row)


def set_resident_count(session: Session, meeting_id: uuid.UUID, count: int) -> None:
    """Residents present, as a number only."""
    if count < 0 or count > 10_000:
        raise MeetingRuleError(f"Bewohner*innen: {count} (0 bis 10.000 erlaubt)")
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    meeting.resident_count = count


def set_guest_institutions(session: Session, meeting_id: uuid.UUID, names: list[str]) -> None:
    """Guests by institution, one per line (never private persons)."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    cleaned = [n.strip() for n in names if n.strip()]
    meeting.guest_institutions = "\n".join(dict.fromkeys(cleaned))


def guest_institutions(meeting: Meeting) -> list[str]:
    """The guest institutions of a meeting as a list."""
    return [line for line in meeting.guest_institutions.splitlines() if line.strip()]


def attendance_sheet(session: Session, meeting_id: uuid.UUID) -> list[AttendanceRow]:
    """Members active on the meeting day, then other recorded persons, with their status."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    recorded = {
        a.person_id: a
        for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))
    }
    rows: list[AttendanceRow] = []
    seen: set[uuid.UUID] = set()
    active = members(session, meeting.body_id, on=meeting.date)
    names_by_membership = {m.id: m.person_name for m in active}
    for m in active:
        if m.person_id in seen:
            continue
        seen.add(m.person_id)
        att = recorded.get(m.person_id)
        sub_id = att.substitute_for_membership_id if att else m.substitute_for_id
        rows.append(
            AttendanceRow(
                m.person_id, m.person_name, m.organization_name, m.role, m.id,
                att.status if att else None, sub_id,
                names_by_membership.get(sub_id, "") if sub_id else "",
            )
        )
    others = [pid for pid in recorded if pid not in seen]
    if others:
        people = session.scalars(select(Person).where(Person.id.in_(others))).all()
        for p in people:
            att = recorded[p.id]
            sub_id = att.substitute_for_membership_id
            rows.append(
                AttendanceRow(
                    p.id, p.display_name, "", "guest", None, att.status, sub_id,
                    names_by_membership.get(sub_id, "") if sub_id else "",
                )
            )
    return rows
