"""Choices the measure form offers: areas with their Regionalraum, Träger, concerns."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, AreaLevel, Concern, Organization, OrganizationKind
from ..formatting import format_date, german_sort_key
from ..meetings.live import in_live_meeting
from ..search_terms import fold
from .validation import AreaInfo

__all__ = [
    "ConcernChoice",
    "OrganizationChoice",
    "area_infos",
    "concern_choices",
    "create_provider",
    "organization_choices",
]


@dataclass(frozen=True)
class OrganizationChoice:
    """A Träger (or other organisation) to pick in the form."""

    id: uuid.UUID
    name: str
    kind: str
    contact_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ConcernChoice:
    """A concern raised at a Stadtteiltisch that a measure can answer. ``linked``: the measure
    links it already; ``deleted``: it was deleted since (a link to it is still shown)."""

    id: uuid.UUID
    raised_on: date | None
    text: str
    area_id: uuid.UUID | None
    linked: bool = False
    deleted: bool = False


def area_infos(session: Session) -> dict[uuid.UUID, AreaInfo]:
    """Every live area with the Regionalraum above it (one query over the small area table)."""
    rows = session.execute(
        select(Area.id, Area.parent_id, Area.level, Area.code, Area.name).where(
            Area.deleted_at.is_(None)
        )
    ).all()
    by_id = {r.id: r for r in rows}

    def region_of(area_id: uuid.UUID) -> uuid.UUID | None:
        seen: set[uuid.UUID] = set()
        current: uuid.UUID | None = area_id
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            if by_id[current].level == AreaLevel.REGION:
                return current
            current = by_id[current].parent_id
        return None

    out: dict[uuid.UUID, AreaInfo] = {}
    for r in rows:
        region = region_of(r.id)
        out[r.id] = AreaInfo(
            id=r.id,
            code=r.code or "",
            name=r.name,
            level=r.level,
            parent_id=r.parent_id,
            region_id=region,
            region_name=by_id[region].name if region else "",
        )
    return out


def organization_choices(
    session: Session, kinds: Iterable[str] | None = None
) -> list[OrganizationChoice]:
    """Live organisations in German order, optionally only some kinds."""
    query = select(
        Organization.id,
        Organization.name,
        Organization.kind,
        Organization.contact_name,
        Organization.email,
        Organization.phone,
    ).where(Organization.deleted_at.is_(None))
    if kinds is not None:
        query = query.where(Organization.kind.in_(list(kinds)))
    rows = [OrganizationChoice(*r) for r in session.execute(query)]
    return sorted(rows, key=lambda o: german_sort_key(o.name))


def create_provider(
    session: Session,
    *,
    name: str,
    legal_form: str = "",
    recognized_75: bool = False,
    contact_name: str = "",
    email: str = "",
    phone: str = "",
) -> uuid.UUID:
    """Create a Träger on the spot from the measure form; refuses an empty or taken name."""
    clean = name.strip()
    if not clean:
        raise ValueError("Träger: Bitte einen Namen eingeben (Pflichtfeld).")
    taken = session.scalar(
        select(Organization.id).where(Organization.deleted_at.is_(None), Organization.name == clean)
    )
    if taken is not None:
        raise ValueError(f"Träger: „{clean}“ gibt es schon; bitte aus der Liste wählen.")
    org = Organization(
        id=uuid.uuid4(),
        name=clean,
        kind=OrganizationKind.PROVIDER,
        legal_form=legal_form.strip(),
        recognized_75=recognized_75,
        contact_name=contact_name.strip(),
        email=email.strip(),
        phone=phone.strip(),
    )
    session.add(org)
    session.flush()
    return org.id


def concern_choices(
    session: Session,
    area_ids: Iterable[uuid.UUID],
    limit: int = 200,
    *,
    linked: Iterable[uuid.UUID] = (),
    search: str = "",
) -> list[ConcernChoice]:
    """Concerns to offer for linking the need of a measure, newest first.

    The ``linked`` concerns come first, whatever their area, age or deletion, so that a link
    is always visible (and never looks lost); then up to ``limit`` others raised in the given
    areas. ``search`` keeps only concerns whose text or date (``05.11.2024``) holds every word
    of it, ignoring case, accents and ß/ss, so that older concerns can be found.
    """
    terms = [fold(word) for word in search.split()]
    wanted = set(linked)
    columns = (Concern.id, Concern.raised_on, Concern.text, Concern.area_id, Concern.deleted_at)
    out: list[ConcernChoice] = []
    if wanted:
        rows = session.execute(select(*columns).where(Concern.id.in_(wanted))).all()
        for r in sorted(rows, key=_newest_first):
            if _matches(r, terms):
                out.append(ConcernChoice(r.id, r.raised_on, r.text, r.area_id, True,
                                         r.deleted_at is not None))
    ids = list(area_ids)
    if not ids:
        return out
    query = (
        select(*columns)
        .where(Concern.deleted_at.is_(None), Concern.area_id.in_(ids),
               in_live_meeting(Concern.meeting_id))
        .order_by(Concern.raised_on.desc(), Concern.id)
    )
    if not terms:
        # Linked ones are left out here, so a full page of others still follows them.
        rows = session.execute(query.limit(limit + len(wanted))).all()
    else:
        # Case and accent folding beyond ASCII is done here, not in SQL: SQLite's lower()
        # folds only ASCII. The concerns of a few areas are some thousand short rows.
        rows = [r for r in session.execute(query) if _matches(r, terms)]
    others = [r for r in rows if r.id not in wanted][:limit]
    out.extend(ConcernChoice(r.id, r.raised_on, r.text, r.area_id) for r in others)
    return out


def _newest_first(row: Any) -> tuple[bool, int, str]:
    return (row.raised_on is None, -(row.raised_on.toordinal() if row.raised_on else 0),
            str(row.id))


def _matches(row: Any, terms: Sequence[str]) -> bool:
    if not terms:
        return True
    haystack = fold(f"{row.text} {format_date(row.raised_on)}")
    return all(term in haystack for term in terms)
