"""Bodies (Gremien) of an area and their members: person, organisation, role, substitute, period."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    Area,
    AreaLevel,
    Body,
    BodyKind,
    MemberRole,
    Membership,
    Organization,
    OrganizationKind,
    Person,
)
from ...models.base import utcnow
from ..formatting import german_sort_key
from ._common import clean_text, load
from .errors import MeetingRuleError

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


def delete_body(session: Session, body_id: uuid.UUID) -> None:
    """Tombstone a body; its meetings keep their history."""
    load(session, Body, body_id, "Gremium").deleted_at = utcnow()


def list_bodies(session: Session, area_ids: Iterable[uuid.UUID] | None = None) -> list[BodyInfo]:
    """Live bodies of the given areas (all areas for None), sorted by area and kind."""
    stmt = (
        select(Body.id, Body.kind, Body.name, Area.id, Area.name, Area.code)
        .join(Area, Area.id == Body.area_id)
        .where(Body.deleted_at.is_(None))
    )
    if area_ids is not None:
        stmt = stmt.where(Body.area_id.in_(list(area_ids)))
    rows = [BodyInfo(r[0], r[1], r[2], r[3], r[4], r[5] or "") for r in session.execute(stmt)]
    kinds = list(BODY_KIND_LABELS)
    return sorted(
        rows,
        key=lambda b: (german_sort_key(b.area_name), kinds.index(b.kind) if b.kind in kinds else 9),
    )


def body_info(session: Session, body_id: uuid.UUID) -> BodyInfo:
    """One body with its area."""
    body = load(session, Body, body_id, "Gremium")
    area = session.get(Area, body.area_id)
    assert area is not None
    return BodyInfo(body.id, body.kind, body.name, area.id, area.name, area.code or "")


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
    """Give a person a seat in a body. A substitute names the member they stand in for."""
    body = load(session, Body, body_id, "Gremium")
    person = load(session, Person, person_id, "Person")
    if role not in ROLE_LABELS:
        raise MeetingRuleError(f"Rolle: „{role}“ unbekannt")
    _check_period(valid_from, valid_to)
    if role == MemberRole.SUBSTITUTE and substitute_for_id is None:
        raise MeetingRuleError(
            "Vertretung für: fehlt (eine Vertretung nennt das vertretene Mitglied)"
        )
    if substitute_for_id is not None:
        other = load(session, Membership, substitute_for_id, "Vertretung für")
        if other.body_id != body.id:
            raise MeetingRuleError("Vertretung für: Mitglied eines anderen Gremiums")
        if other.person_id == person.id:
            raise MeetingRuleError("Vertretung für: eine Person kann sich nicht selbst vertreten")
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
