"""Bodies (Gremien) of an area and their members: person, organisation, role, substitute, period.

A body that no longer meets is *retired* rather than deleted: its meetings and approved minutes
stay in the lists and the search, it only stops being offered for new meetings. Deleting (a
tombstone) is for bodies created by mistake, so it is refused while the body has meetings.
The retirement date lives in ``Body.rules["retired_on"]`` (ISO date): the rules are the body's
settings already, and a flag there needs no table rebuild on SQLite.

A person holds at most one seat per body at any time: a second overlapping membership (chair
*and* voting member) would count the person twice for the quorum.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    Area,
    AreaLevel,
    Body,
    BodyKind,
    Meeting,
    MemberRole,
    Membership,
    Organization,
    OrganizationKind,
    Person,
)
from ...models.base import utcnow
from ..formatting import format_date, german_sort_key
from ._common import UNSET, clean_text, load
from .errors import MeetingRuleError

RETIRED_KEY = "retired_on"

BODY_KIND_LABELS: dict[str, str] = {
    BodyKind.STADTTEILTISCH: "Stadtteiltisch",
    BodyKind.SOZIALRAUMTEAM: "Sozialraumteam",
    BodyKind.LENKUNGSGRUPPE: "Lenkungsgruppe",
}

ROLE_LABELS: dict[str, str] = {
    MemberRole.CHAIR: "Vorsitz",
    MemberRole.DEPUTY_CHAIR: "stellv. Vorsitz",
    MemberRole.VOTING: "stimmberechtigtes Mitglied",
    MemberRole.SUBSTITUTE: "Vertretung",
    MemberRole.ADVISORY: "beratendes Mitglied",
    MemberRole.MINUTE_TAKER: "Protokoll",
    MemberRole.GUEST: "Gast",
}

# Which levels of the tree a body of each kind may belong to (domain.md §3).
_ALLOWED_LEVELS: dict[str, frozenset[str]] = {
    BodyKind.STADTTEILTISCH: frozenset({AreaLevel.SOCIAL_SPACE, AreaLevel.QUARTER}),
    BodyKind.SOZIALRAUMTEAM: frozenset({AreaLevel.SOCIAL_SPACE}),
    BodyKind.LENKUNGSGRUPPE: frozenset({AreaLevel.REGION}),
}
_LEVEL_LABELS: dict[str, str] = {
    AreaLevel.CITY: "Stadt",
    AreaLevel.REGION: "Regionalraum",
    AreaLevel.SOCIAL_SPACE: "Sozialraum",
    AreaLevel.QUARTER: "Quartier",
}


@dataclass(frozen=True)
class BodyInfo:
    """A body as lists show it."""

    id: uuid.UUID
    kind: str
    name: str
    area_id: uuid.UUID
    area_name: str
    area_code: str
    retired_on: date | None = None

    @property
    def retired(self) -> bool:
        """The body no longer meets (it keeps its meetings and minutes)."""
        return self.retired_on is not None


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


@dataclass(frozen=True)
class NamedRef:
    """A person or organisation for pickers: id and display name."""

    id: uuid.UUID
    name: str


def _check_kind(kind: str, area: Area) -> None:
    if kind not in _ALLOWED_LEVELS:
        raise MeetingRuleError(f"Art des Gremiums: „{kind}“ unbekannt")
    if area.level not in _ALLOWED_LEVELS[kind]:
        allowed = " oder ".join(sorted(_LEVEL_LABELS[lv] for lv in _ALLOWED_LEVELS[kind]))
        raise MeetingRuleError(
            f"Gebiet: {BODY_KIND_LABELS[kind]} gehört zu einem {allowed}, "
            f"nicht zu „{area.name}“ ({_LEVEL_LABELS.get(area.level, area.level)})"
        )


def create_body(
    session: Session, *, area_id: uuid.UUID, kind: str, name: str | None = None
) -> uuid.UUID:
    """Create a body of ``kind`` for an area; the default name is kind and area ("Stadtteiltisch
    Groß Klein")."""
    area = load(session, Area, area_id, "Gebiet")
    _check_kind(kind, area)
    title = clean_text(name or f"{BODY_KIND_LABELS[kind]} {area.name}", "Name", max_len=300)
    body = Body(kind=kind, name=title, area_id=area.id)
    session.add(body)
    session.flush()
    return body.id


def rename_body(session: Session, body_id: uuid.UUID, name: str) -> None:
    """Give a body a new name."""
    load(session, Body, body_id, "Gremium").name = clean_text(name, "Name", max_len=300)


def retired_on(rules: dict[str, Any] | None) -> date | None:
    """The day a body was retired, read from its rules (None while it meets)."""
    value = (rules or {}).get(RETIRED_KEY)
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _set_rule(body: Body, key: str, value: Any) -> None:
    # A new dict: the JSON column notices only a new value, not a change inside the old one.
    rules = dict(body.rules or {})
    if value is None:
        rules.pop(key, None)
    else:
        rules[key] = value
    body.rules = rules


def retire_body(session: Session, body_id: uuid.UUID, on: date) -> None:
    """The body stops meeting on ``on``: no new meetings; meetings and minutes stay visible."""
    body = load(session, Body, body_id, "Gremium")
    already = retired_on(body.rules)
    if already is not None:
        raise MeetingRuleError(
            f"Gremium: bereits außer Dienst seit {format_date(already)}"
        )
    planned_after = session.scalar(
        select(Meeting.date)
        .where(
            Meeting.body_id == body.id,
            Meeting.deleted_at.is_(None),
            Meeting.date > on,
        )
        .order_by(Meeting.date)
        .limit(1)
    )
    if planned_after is not None:
        raise MeetingRuleError(
            f"Außer Dienst ab: {format_date(on)} liegt vor der Sitzung vom "
            f"{format_date(planned_after)} (spätere Sitzungen erst löschen oder ein späteres "
            "Datum wählen)"
        )
    _set_rule(body, RETIRED_KEY, on.isoformat())


def reactivate_body(session: Session, body_id: uuid.UUID) -> None:
    """Undo a retirement: the body is offered for new meetings again."""
    _set_rule(load(session, Body, body_id, "Gremium"), RETIRED_KEY, None)


def delete_body(session: Session, body_id: uuid.UUID) -> None:
    """Tombstone a body created by mistake; refused while it has meetings (their minutes
    would vanish from every list), which is what retiring is for."""
    body = load(session, Body, body_id, "Gremium")
    meetings = session.scalar(
        select(func.count(Meeting.id)).where(
            Meeting.body_id == body.id, Meeting.deleted_at.is_(None)
        )
    )
    if meetings:
        raise MeetingRuleError(
            f"Gremium löschen: „{body.name}“ hat {meetings} Sitzung(en) (Gremien mit Sitzungen "
            "werden außer Dienst gestellt, nicht gelöscht)"
        )
    body.deleted_at = utcnow()


def list_bodies(
    session: Session,
    area_ids: Iterable[uuid.UUID] | None = None,
    *,
    include_retired: bool = False,
) -> list[BodyInfo]:
    """Live bodies of the given areas (all areas for None), sorted by area and kind; retired
    ones only with ``include_retired`` (they come after the active ones of their area)."""
    stmt = (
        select(Body.id, Body.kind, Body.name, Area.id, Area.name, Area.code, Body.rules)
        .join(Area, Area.id == Body.area_id)
        .where(Body.deleted_at.is_(None))
    )
    if area_ids is not None:
        stmt = stmt.where(Body.area_id.in_(list(area_ids)))
    rows = [
        BodyInfo(r[0], r[1], r[2], r[3], r[4], r[5] or "", retired_on(r[6]))
        for r in session.execute(stmt)
    ]
    if not include_retired:
        rows = [b for b in rows if not b.retired]
    kinds = list(BODY_KIND_LABELS)
    return sorted(
        rows,
        key=lambda b: (
            german_sort_key(b.area_name),
            b.retired,
            kinds.index(b.kind) if b.kind in kinds else 9,
            german_sort_key(b.name),
        ),
    )


def body_info(session: Session, body_id: uuid.UUID) -> BodyInfo:
    """One body with its area."""
    body = load(session, Body, body_id, "Gremium")
    area = session.get(Area, body.area_id)
    assert area is not None
    return BodyInfo(
        body.id, body.kind, body.name, area.id, area.name, area.code or "",
        retired_on(body.rules),
    )


def create_organization(
    session: Session, name: str, kind: str = OrganizationKind.PROVIDER
) -> uuid.UUID:
    """A new organisation (Träger, school, …), or the live one of the same name."""
    title = clean_text(name, "Organisation", max_len=300)
    existing = session.scalar(
        select(Organization.id).where(
            Organization.name == title, Organization.deleted_at.is_(None)
        )
    )
    if existing is not None:
        return existing
    org = Organization(name=title, kind=kind)
    session.add(org)
    session.flush()
    return org.id


def create_person(
    session: Session,
    *,
    last_name: str,
    first_name: str = "",
    title: str = "",
    organization_id: uuid.UUID | None = None,
    function: str = "",
) -> uuid.UUID:
    """A new professional. Residents are counted, never stored as persons (DSGVO)."""
    person = Person(
        last_name=clean_text(last_name, "Nachname", max_len=120),
        first_name=clean_text(first_name, "Vorname", required=False, max_len=120),
        title=clean_text(title, "Titel", required=False, max_len=60),
        function=clean_text(function, "Funktion", required=False, max_len=200),
        organization_id=organization_id,
    )
    session.add(person)
    session.flush()
    return person.id


def list_people(session: Session) -> list[NamedRef]:
    """Live persons, sorted by German collation of "Nachname, Vorname"."""
    rows = session.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
    refs = [NamedRef(p.id, p.display_name) for p in rows]
    names = {p.id: f"{p.last_name}, {p.first_name}" for p in rows}
    return sorted(refs, key=lambda r: german_sort_key(names[r.id]))


def list_organizations(session: Session) -> list[NamedRef]:
    """Live organisations, German-sorted."""
    rows = session.execute(
        select(Organization.id, Organization.name).where(Organization.deleted_at.is_(None))
    )
    return sorted((NamedRef(r[0], r[1]) for r in rows), key=lambda r: german_sort_key(r.name))


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
