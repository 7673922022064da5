"""Who may authorise an override: the chair or deputy chair of the region's Lenkungsgruppe.

The program has no login; the override dialog asks which chair authorises and records the
person and a reason with the entry and in the audit log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...models import Body, BodyKind, MemberRole, Membership, Person

__all__ = ["ChairOption", "chairs_for_region"]

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
