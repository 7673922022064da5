"""The professionals and organisations (Träger, schools, …) that bodies draw their members
from: create them and list them for pickers.

Residents are counted, never stored as persons (DSGVO).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Organization, OrganizationKind, Person
from ..formatting import german_sort_key
from ._common import clean_text


@dataclass(frozen=True)
class NamedRef:
    """A person or organisation for pickers: id and display name."""

    id: uuid.UUID
    name: str


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
