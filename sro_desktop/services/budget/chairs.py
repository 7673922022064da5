"""Who may authorise an override: the chair or deputy chair of the region's Lenkungsgruppe.

The program has no login; the override dialog asks which chair authorises and records the
person and a reason with the entry and in the audit log.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...models import Body, BodyKind, MemberRole, Membership, Person

__all__ = ["ChairOption", "chairs_for_region", "override_chairs"]

_ROLE_LABELS: dict[str, str] = {
    MemberRole.CHAIR: "Vorsitz",
    MemberRole.DEPUTY_CHAIR: "stellv. Vorsitz",
}


@dataclass(frozen=True)
class ChairOption:
    """A person who may authorise an override, with the role shown in the dialog."""

    person_id: uuid.UUID
    name: str
    role: str

    @property
    def label(self) -> str:
        """``Anke Beispiel (Vorsitz)``."""
        return f"{self.name} ({self.role})"


def chairs_for_region(
    session: Session, region_id: uuid.UUID, on: date | None = None
) -> list[ChairOption]:
    """Chairs first, then deputies, of the region's Lenkungsgruppe on ``on`` (default today)."""
    on = on or date.today()
    rows = session.execute(
        select(Person, Membership.role)
        .join(Membership, Membership.person_id == Person.id)
        .join(Body, Body.id == Membership.body_id)
        .where(
            Body.area_id == region_id, Body.kind == BodyKind.LENKUNGSGRUPPE,
            Body.deleted_at.is_(None), Membership.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            Membership.role.in_([MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR]),
            or_(Membership.valid_from.is_(None), Membership.valid_from <= on),
            or_(Membership.valid_to.is_(None), Membership.valid_to >= on),
        )
    ).all()
    seen: set[uuid.UUID] = set()
    out: list[ChairOption] = []
    for person, role in sorted(rows, key=lambda r: (r[1] != MemberRole.CHAIR, r[0].last_name)):
        if person.id in seen:
            continue
        seen.add(person.id)
        out.append(ChairOption(person.id, person.display_name, _ROLE_LABELS.get(role, role)))
    return out


def override_chairs(
    session: Session, region_id: uuid.UUID, days: Iterable[date] = ()
) -> list[ChairOption]:
    """Who may authorise an overdraft of the region's budget: the chairs and deputies in office
    on any of ``days`` (the booking dates) or today, since a decision may be recorded after the
    chair has changed. Each person once, with the role of the first of those days they held."""
    out: list[ChairOption] = []
    known: set[uuid.UUID] = set()
    for day in dict.fromkeys([*days, date.today()]):
        for option in chairs_for_region(session, region_id, day):
            if option.person_id not in known:
                known.add(option.person_id)
                out.append(option)
    return out
