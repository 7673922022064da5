"""Bodies (Gremien) of an area: create, rename, retire, reactivate, delete, list.

A body that no longer meets is *retired* rather than deleted: its meetings and approved minutes
stay in the lists and the search, it only stops being offered for new meetings. Deleting (a
tombstone) is for bodies created by mistake, so it is refused while the body has meetings.
The retirement date lives in ``Body.rules["retired_on"]`` (ISO date): the rules are the body's
settings already, and a flag there needs no table rebuild on SQLite.

Its members are in :mod:`.memberships`, the people and organisations they come from in
:mod:`.people`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Area, AreaLevel, Body, BodyKind, Meeting
from ...models.base import utcnow
from ..formatting import format_date, german_sort_key
from ._common import clean_text, load, set_rule
from .errors import MeetingRuleError

RETIRED_KEY = "retired_on"

BODY_KIND_LABELS: dict[str, str] = {
    BodyKind.STADTTEILTISCH: "Stadtteiltisch",
    BodyKind.SOZIALRAUMTEAM: "Sozialraumteam",
    BodyKind.LENKUNGSGRUPPE: "Lenkungsgruppe",
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


def retire_body(session: Session, body_id: uuid.UUID, on: date) -> None:
    """The body stops meeting on ``on``: no meetings from that day on (refused while one is
    planned); earlier meetings and their minutes stay visible."""
    body = load(session, Body, body_id, "Gremium")
    already = retired_on(body.rules)
    if already is not None:
        raise MeetingRuleError(
            f"Gremium: bereits außer Dienst seit {format_date(already)}"
        )
    # The same boundary as plan_meeting: a body retired "ab" a day holds no meeting that day.
    planned_after = session.scalar(
        select(Meeting.date)
        .where(
            Meeting.body_id == body.id,
            Meeting.deleted_at.is_(None),
            Meeting.date >= on,
        )
        .order_by(Meeting.date)
        .limit(1)
    )
    if planned_after is not None:
        where = "am Tag" if planned_after == on else "vor"
        raise MeetingRuleError(
            f"Außer Dienst ab: {format_date(on)} liegt {where} der Sitzung vom "
            f"{format_date(planned_after)} (spätere Sitzungen erst löschen oder ein späteres "
            "Datum wählen)"
        )
    set_rule(body, RETIRED_KEY, on.isoformat())


def reactivate_body(session: Session, body_id: uuid.UUID) -> None:
    """Undo a retirement: the body is offered for new meetings again."""
    set_rule(load(session, Body, body_id, "Gremium"), RETIRED_KEY, None)


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
