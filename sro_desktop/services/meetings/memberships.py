"""Members of a body: who holds a seat, in which role, for whom as substitute, for how long.

A person holds at most one seat per body at any time: a second overlapping membership (chair
*and* voting member) would count the person twice for the quorum. A seat that ends is given an
end date (the history stays); removing (a tombstone) is for seats entered by mistake.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Body, MemberRole, Membership, Organization, Person
from ...models.base import utcnow
from ..formatting import format_date, german_sort_key
from ._common import UNSET, load
from .errors import MeetingRuleError

ROLE_LABELS: dict[str, str] = {
    MemberRole.CHAIR: "Vorsitz",
    MemberRole.DEPUTY_CHAIR: "stellv. Vorsitz",
    MemberRole.VOTING: "stimmberechtigtes Mitglied",
    MemberRole.SUBSTITUTE: "Vertretung",
    MemberRole.ADVISORY: "beratendes Mitglied",
    MemberRole.MINUTE_TAKER: "Protokoll",
    MemberRole.GUEST: "Gast",
}


@dataclass(frozen=True)
class MemberInfo:
    """One membership with the names resolved."""

    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    organization_id: uuid.UUID | None
    organization_name: str
    role: str
    substitute_for_id: uuid.UUID | None
    substitute_for_name: str
    valid_from: date | None
    valid_to: date | None

    def active_on(self, day: date) -> bool:
        """True when the membership covers ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def _check_period(valid_from: date | None, valid_to: date | None) -> None:
    if valid_from and valid_to and valid_to < valid_from:
        raise MeetingRuleError("Mitglied bis: vor „Mitglied ab“ (Ende muss nach dem Beginn liegen)")


def _overlaps(a_from: date | None, a_to: date | None, b_from: date | None,
              b_to: date | None) -> bool:
    """Two periods share a day (an open end reaches forever)."""
    return (a_from is None or b_to is None or a_from <= b_to) and (
        b_from is None or a_to is None or b_from <= a_to
    )


def _period_text(valid_from: date | None, valid_to: date | None) -> str:
    if valid_from and valid_to:
        return f"{format_date(valid_from)}–{format_date(valid_to)}"
    if valid_from:
        return f"seit {format_date(valid_from)}"
    if valid_to:
        return f"bis {format_date(valid_to)}"
    return "ohne Ende"


def _check_one_seat(
    session: Session,
    *,
    body_id: uuid.UUID,
    person: Person,
    valid_from: date | None,
    valid_to: date | None,
    ignore: uuid.UUID | None = None,
) -> None:
    """Refuse a second seat of the same person in the same body for an overlapping period."""
    seats = session.scalars(
        select(Membership).where(
            Membership.body_id == body_id,
            Membership.person_id == person.id,
            Membership.deleted_at.is_(None),
        )
    ).all()
    for seat in seats:
        if seat.id == ignore:
            continue
        if _overlaps(seat.valid_from, seat.valid_to, valid_from, valid_to):
            role = ROLE_LABELS.get(seat.role, seat.role)
            raise MeetingRuleError(
                f"Person: {person.display_name} hat in diesem Gremium schon einen Sitz "
                f"({role}, {_period_text(seat.valid_from, seat.valid_to)}); eine Person hat "
                "je Gremium und Zeitraum nur einen Sitz (den bestehenden bearbeiten oder "
                "vorher beenden)"
            )


def _check_substitute(
    session: Session, body_id: uuid.UUID, person_id: uuid.UUID, role: str,
    substitute_for_id: uuid.UUID | None, own_id: uuid.UUID | None = None,
) -> None:
    if role == MemberRole.SUBSTITUTE and substitute_for_id is None:
        raise MeetingRuleError(
            "Vertretung für: fehlt (eine Vertretung nennt das vertretene Mitglied)"
        )
    if substitute_for_id is None:
        return
    other = load(session, Membership, substitute_for_id, "Vertretung für")
    if other.body_id != body_id:
        raise MeetingRuleError("Vertretung für: Mitglied eines anderen Gremiums")
    if other.person_id == person_id or other.id == own_id:
        raise MeetingRuleError("Vertretung für: eine Person kann sich nicht selbst vertreten")


def add_membership(
    session: Session,
    *,
    body_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str = MemberRole.VOTING,
    organization_id: uuid.UUID | None = None,
    substitute_for_id: uuid.UUID | None = None,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> uuid.UUID:
    """Give a person a seat in a body. A substitute names the member they stand in for; a
    person already seated in the body for an overlapping period is refused."""
    body = load(session, Body, body_id, "Gremium")
    person = load(session, Person, person_id, "Person")
    if role not in ROLE_LABELS:
        raise MeetingRuleError(f"Rolle: „{role}“ unbekannt")
    _check_period(valid_from, valid_to)
    _check_substitute(session, body.id, person.id, role, substitute_for_id)
    _check_one_seat(session, body_id=body.id, person=person, valid_from=valid_from,
                    valid_to=valid_to)
    membership = Membership(
        body_id=body.id,
        person_id=person.id,
        role=role,
        organization_id=organization_id if organization_id else person.organization_id,
        substitute_for_id=substitute_for_id,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    session.add(membership)
    session.flush()
    return membership.id


def update_membership(
    session: Session,
    membership_id: uuid.UUID,
    *,
    role: str = UNSET,
    organization_id: uuid.UUID | None = UNSET,
    substitute_for_id: uuid.UUID | None = UNSET,
    valid_from: date | None = UNSET,
    valid_to: date | None = UNSET,
) -> None:
    """Change a seat's role, organisation, substitution or period under the rules of
    :func:`add_membership`; fields left UNSET stay as they are."""
    seat = load(session, Membership, membership_id, "Mitgliedschaft")
    person = load(session, Person, seat.person_id, "Person")
    new_role = seat.role if role is UNSET else role
    if new_role not in ROLE_LABELS:
        raise MeetingRuleError(f"Rolle: „{new_role}“ unbekannt")
    new_from = seat.valid_from if valid_from is UNSET else valid_from
    new_to = seat.valid_to if valid_to is UNSET else valid_to
    new_sub = seat.substitute_for_id if substitute_for_id is UNSET else substitute_for_id
    _check_period(new_from, new_to)
    _check_substitute(session, seat.body_id, person.id, new_role, new_sub, own_id=seat.id)
    _check_one_seat(session, body_id=seat.body_id, person=person, valid_from=new_from,
                    valid_to=new_to, ignore=seat.id)
    seat.role = new_role
    seat.valid_from = new_from
    seat.valid_to = new_to
    seat.substitute_for_id = new_sub
    if organization_id is not UNSET:
        seat.organization_id = organization_id


def end_membership(session: Session, membership_id: uuid.UUID, valid_to: date) -> None:
    """End a seat at a date (keeps the history, unlike removing it)."""
    membership = load(session, Membership, membership_id, "Mitgliedschaft")
    _check_period(membership.valid_from, valid_to)
    membership.valid_to = valid_to


def remove_membership(session: Session, membership_id: uuid.UUID) -> None:
    """Tombstone a membership entered by mistake."""
    load(session, Membership, membership_id, "Mitgliedschaft").deleted_at = utcnow()


def members(session: Session, body_id: uuid.UUID, on: date | None = None) -> list[MemberInfo]:
    """Memberships of a body (only those active on ``on`` when given), chair first."""
    rows = session.scalars(
        select(Membership).where(
            Membership.body_id == body_id, Membership.deleted_at.is_(None)
        )
    ).all()
    people = {
        p.id: p
        for p in session.scalars(select(Person).where(Person.id.in_({m.person_id for m in rows})))
    }
    org_ids = {m.organization_id for m in rows if m.organization_id}
    org_rows = session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(org_ids))
    )
    orgs: dict[uuid.UUID, str] = {r[0]: r[1] for r in org_rows}
    by_id = {m.id: m for m in rows}
    out: list[MemberInfo] = []
    for m in rows:
        person = people[m.person_id]
        sub = by_id.get(m.substitute_for_id) if m.substitute_for_id else None
        out.append(
            MemberInfo(
                id=m.id,
                person_id=m.person_id,
                person_name=person.display_name,
                organization_id=m.organization_id,
                organization_name=orgs.get(m.organization_id, "") if m.organization_id else "",
                role=m.role,
                substitute_for_id=m.substitute_for_id,
                substitute_for_name=people[sub.person_id].display_name if sub else "",
                valid_from=m.valid_from,
                valid_to=m.valid_to,
            )
        )
    if on is not None:
        out = [m for m in out if m.active_on(on)]
    roles = list(ROLE_LABELS)
    names = {p.id: f"{p.last_name}, {p.first_name}" for p in people.values()}
    return sorted(
        out,
        key=lambda m: (
            roles.index(m.role) if m.role in roles else 99,
            german_sort_key(names[m.person_id]),
        ),
    )
