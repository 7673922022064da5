"""Putting a measure on the agenda of its Regionalraum's Lenkungsgruppe.

A first application becomes an item of kind "application", an evaluated measure that applies
for its one extension an item of kind "extension". The item goes right after the items of the
same kind that are already there (6.1, 6.2 → 6.3), else under the standard section item of
that kind ("Anträge", "Verlängerungen") as its next sub-item, else as a main item before the
later sections (extensions, evaluations, other business). Meetings are planned through
:mod:`services.meetings`, whose numbering (:func:`~..meetings.renumber`) stays the only one.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    AgendaKind,
    Area,
    Body,
    BodyKind,
    Measure,
    MeasureStatus,
    Meeting,
    MeetingStatus,
    Organization,
)
from ..changes import ChangeSet
from ..formatting import format_date, german_sort_key
from ..meetings import MeetingRuleError, add_agenda_item, plan_meeting
from ..meetings.bodies import retired_on
from .transitions import TransitionRefusedError, TransitionResult, _check, _move

__all__ = [
    "AgendaOptions",
    "AgendaSlot",
    "MeetingChoice",
    "agenda_kind",
    "agenda_options",
    "agenda_slot",
    "plan_agenda_meeting",
    "put_on_agenda",
]

_S = MeasureStatus
# Main items that come after the items of a kind: a new main item is put before the first one.
_LATER_KINDS: dict[str, frozenset[str]] = {
    AgendaKind.APPLICATION: frozenset(
        {AgendaKind.EXTENSION, AgendaKind.EVALUATION, AgendaKind.OTHER_BUSINESS}
    ),
    AgendaKind.EXTENSION: frozenset({AgendaKind.EVALUATION, AgendaKind.OTHER_BUSINESS}),
}
_PLANNED_MINUTES: dict[str, int] = {AgendaKind.APPLICATION: 20, AgendaKind.EXTENSION: 10}
_TITLE_WORD: dict[str, str] = {
    AgendaKind.APPLICATION: "Antrag",
    AgendaKind.EXTENSION: "Verlängerung",
}
_MAX_TITLE = 500


@dataclass(frozen=True)
class MeetingChoice:
    """A planned meeting of the Lenkungsgruppe as the agenda dialog offers it."""

    id: uuid.UUID
    day: date
    start_time: time | None
    place: str
    body_name: str
    item_count: int
    same_kind_count: int
    upcoming: bool
    lists_measure: bool


@dataclass(frozen=True)
class AgendaOptions:
    """What the agenda dialog needs: the item kind, the body and its planned meetings (the
    upcoming ones first, nearest date first; then planned ones whose date has passed)."""

    measure_id: uuid.UUID
    kind: str
    region_id: uuid.UUID
    region_name: str
    body_id: uuid.UUID | None
    body_name: str
    meetings: tuple[MeetingChoice, ...]


@dataclass(frozen=True)
class AgendaSlot:
    """Where a new item of a kind goes: 0-based position among live items, level, the number
    it will carry and the title of the section it joins ("" for a main item)."""

    position: int
    level: int
    number: str
    section: str


@dataclass(frozen=True)
class _Item:
    kind: str
    measure_id: uuid.UUID | None
    level: int
    title: str


def agenda_kind(status: str) -> str:
    """The agenda item kind for a measure in ``status``: an evaluated measure applies for its
    extension, every other one is a (first or again deferred) application."""
    return AgendaKind.EXTENSION if status == _S.EVALUATED else AgendaKind.APPLICATION


def _numbers(levels: Sequence[int]) -> list[str]:
    """The numbers :func:`services.meetings.renumber` gives items of these levels."""
    main = sub = 0
    out: list[str] = []
    for level in levels:
        if level > 0 and main > 0:
            sub += 1
            out.append(f"{main}.{sub}")
        else:
            main += 1
            sub = 0
            out.append(str(main))
    return out


def _slot(items: Sequence[_Item], kind: str) -> tuple[int, int, str]:
    """(position, level, section title) of a new measure item of ``kind``."""
    same = [i for i, it in enumerate(items) if it.kind == kind and it.measure_id is not None]
    if same:
        last = same[-1]
        level = items[last].level
        at = last + 1
        while at < len(items) and items[at].level > level:
            at += 1  # sub-items of a main measure item stay with it
        section = ""
        if level > 0:
            section = next((items[j].title for j in range(last, -1, -1)
                            if items[j].level == 0), "")
        return at, level, section
    header = next((i for i, it in enumerate(items)
                   if it.kind == kind and it.measure_id is None and it.level == 0), None)
    if header is not None:
        at = header + 1
        while at < len(items) and items[at].level > 0:
            at += 1
        return at, 1, items[header].title
    later = _LATER_KINDS.get(kind, frozenset())
    at = next((i for i, it in enumerate(items) if it.level == 0 and it.kind in later),
              len(items))
    return at, 0, ""


def _live_items(session: Session, meeting_id: uuid.UUID) -> list[_Item]:
    rows = session.execute(
        select(AgendaItem.kind, AgendaItem.measure_id, AgendaItem.level, AgendaItem.title)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
        .order_by(AgendaItem.position)
    ).all()
    return [_Item(*row) for row in rows]


def agenda_slot(session: Session, meeting_id: uuid.UUID, kind: str) -> AgendaSlot:
    """Where a new measure item of ``kind`` would go on the meeting's agenda."""
    items = _live_items(session, meeting_id)
    at, level, section = _slot(items, kind)
    levels = [it.level for it in items]
    number = _numbers([*levels[:at], level, *levels[at:]])[at]
    return AgendaSlot(at, level, number, section)


def _bodies(session: Session, region_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The live Lenkungsgruppen of the region (a retired one takes no new items)."""
    rows = session.execute(
        select(Body.id, Body.name, Body.rules).where(
            Body.area_id == region_id,
            Body.kind == BodyKind.LENKUNGSGRUPPE,
            Body.deleted_at.is_(None),
        )
    ).all()
    live = [(r[0], r[1]) for r in rows if retired_on(r[2]) is None]
    return sorted(live, key=lambda b: german_sort_key(b[1]))


def agenda_options(
    session: Session, measure_id: uuid.UUID, *, today: date | None = None
) -> AgendaOptions:
    """The planned meetings of the Lenkungsgruppe of the measure's Regionalraum."""
    today = today or date.today()
    measure = session.get(Measure, measure_id)
    if measure is None or measure.deleted_at is not None:
        raise TransitionRefusedError("Maßnahme: nicht gefunden (gelöscht oder nie gespeichert).")
    kind = agenda_kind(measure.status)
    region = session.get(Area, measure.region_id)
    bodies = _bodies(session, measure.region_id)
    names = dict(bodies)
    live = and_(AgendaItem.meeting_id == Meeting.id, AgendaItem.deleted_at.is_(None))
    count = select(func.count(AgendaItem.id)).where(live).correlate(Meeting).scalar_subquery()
    same = (
        select(func.count(AgendaItem.id))
        .where(live, AgendaItem.kind == kind, AgendaItem.measure_id.is_not(None))
        .correlate(Meeting)
        .scalar_subquery()
    )
    mine = (
        select(func.count(AgendaItem.id))
        .where(live, AgendaItem.measure_id == measure_id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Meeting.id, Meeting.date, Meeting.start_time, Meeting.place, Meeting.body_id,
               count, same, mine)
        .where(
            Meeting.body_id.in_(list(names)),
            Meeting.deleted_at.is_(None),
            Meeting.status == MeetingStatus.PLANNED,
        )
    ).all() if names else []
    choices = [
        MeetingChoice(
            id=r[0], day=r[1], start_time=r[2], place=r[3] or "", body_name=names[r[4]],
            item_count=int(r[5] or 0), same_kind_count=int(r[6] or 0), upcoming=r[1] >= today,
            lists_measure=bool(r[7]),
        )
        for r in rows
    ]
    upcoming = sorted((c for c in choices if c.upcoming), key=lambda c: (c.day, c.start_time
                                                                        or time()))
    passed = sorted((c for c in choices if not c.upcoming), key=lambda c: c.day, reverse=True)
    return AgendaOptions(
        measure_id=measure.id,
        kind=kind,
        region_id=measure.region_id,
        region_name=region.name if region else "",
        body_id=bodies[0][0] if bodies else None,
        body_name=bodies[0][1] if bodies else "",
        meetings=(*upcoming, *passed),
    )


def plan_agenda_meeting(
    session: Session, region_id: uuid.UUID, day: date, *, today: date | None = None
) -> uuid.UUID:
    """A planned meeting of the region's Lenkungsgruppe on ``day``: the one already planned
    that day, else a new one with the standard agenda."""
    today = today or date.today()
    bodies = _bodies(session, region_id)
    if not bodies:
        region = session.get(Area, region_id)
        raise TransitionRefusedError(
            f"Lenkungsgruppe: Für den Regionalraum „{region.name if region else ''}“ gibt es "
            "keine Lenkungsgruppe (bitte erst unter „Gremien“ anlegen)."
        )
    if day < today:
        raise TransitionRefusedError(
            f"Neuer Sitzungstermin: Der {format_date(day)} liegt in der Vergangenheit "
            f"(frühestens heute, {format_date(today)})."
        )
    body_id, body_name = bodies[0]
    existing = session.execute(
        select(Meeting.id, Meeting.status).where(
            Meeting.body_id == body_id, Meeting.date == day, Meeting.deleted_at.is_(None)
        )
    ).first()
    if existing is not None:
        if existing[1] == MeetingStatus.PLANNED:
            return uuid.UUID(str(existing[0]))
        raise TransitionRefusedError(
            f"Neuer Sitzungstermin: Die Sitzung der {body_name} am {format_date(day)} hat "
            "schon stattgefunden (nur geplante Sitzungen bekommen neue Tagesordnungspunkte)."
        )
    try:
        return plan_meeting(session, body_id=body_id, day=day)
    except MeetingRuleError as exc:
        raise TransitionRefusedError(f"Neuer Sitzungstermin: {exc}") from exc


def _item_title(kind: str, measure: Measure, provider: str) -> str:
    """"Antrag SRAE-NW-2026-007: „Titel“ (Träger)", shortened to the column's length."""
    word = _TITLE_WORD.get(kind, "Antrag")
    tail = f" ({provider})" if provider else ""
    room = _MAX_TITLE - len(f"{word} {measure.number}: „“{tail}")
    title = measure.title if len(measure.title) <= room else measure.title[: room - 1] + "…"
    return f"{word} {measure.number}: „{title}“{tail}"


def _add_item(session: Session, measure: Measure, meeting_id: uuid.UUID,
              kind: str) -> tuple[AgendaItem, Meeting]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise TransitionRefusedError("Sitzung: nicht gefunden (gelöscht oder nie angelegt).")
    body = session.get(Body, meeting.body_id)
    region = session.get(Area, measure.region_id)
    if body is None or body.kind != BodyKind.LENKUNGSGRUPPE or body.area_id != measure.region_id:
        raise TransitionRefusedError(
            f"Sitzung: gehört nicht zur Lenkungsgruppe des Regionalraums "
            f"„{region.name if region else ''}“ (nur deren Sitzungen sind möglich)."
        )
    when = format_date(meeting.date)
    if meeting.status != MeetingStatus.PLANNED:
        raise TransitionRefusedError(
            f"Sitzung vom {when}: bereits begonnen oder abgeschlossen "
            "(nur geplante Sitzungen bekommen neue Tagesordnungspunkte)."
        )
    listed = session.scalar(
        select(AgendaItem.number).where(
            AgendaItem.meeting_id == meeting.id,
            AgendaItem.measure_id == measure.id,
            AgendaItem.deleted_at.is_(None),
        )
    )
    if listed is not None:
        raise TransitionRefusedError(
            f"Tagesordnung: Die Maßnahme steht schon auf der Tagesordnung der Sitzung vom "
            f"{when} (TOP {listed}); höchstens einmal je Sitzung."
        )
    provider = session.scalar(
        select(Organization.name).where(Organization.id == measure.provider_id)
    ) if measure.provider_id else ""
    slot = agenda_slot(session, meeting.id, kind)
    try:
        item_id = add_agenda_item(
            session, meeting.id, _item_title(kind, measure, provider or ""), kind=kind,
            is_public=False, planned_minutes=_PLANNED_MINUTES.get(kind),
            position=slot.position, level=slot.level,
        )
    except MeetingRuleError as exc:
        raise TransitionRefusedError(f"Tagesordnung: {exc}") from exc
    item = session.get(AgendaItem, item_id)
    assert item is not None
    item.measure_id = measure.id
    session.flush()
    return item, meeting


def put_on_agenda(
    session: Session,
    measure_id: uuid.UUID,
    *,
    meeting_id: uuid.UUID | None = None,
    new_meeting_on: date | None = None,
    user: str = "",
    note: str = "",
    today: date | None = None,
) -> TransitionResult:
    """Discussed (or deferred) → on the Lenkungsgruppe's agenda; an evaluated measure's
    extension goes on the agenda while its status stays "evaluated".

    With ``meeting_id`` (a planned meeting of the region's Lenkungsgruppe) or
    ``new_meeting_on`` (a meeting planned on that day for it), the agenda item is created
    with the measure linked; ``created_id`` of the result is that item.
    """
    measure = _check(session, measure_id, "put_on_agenda")
    if meeting_id is not None and new_meeting_on is not None:
        raise TransitionRefusedError(
            "Tagesordnung: Bitte entweder eine geplante Sitzung wählen oder einen neuen "
            "Termin planen, nicht beides."
        )
    kind = agenda_kind(measure.status)
    if new_meeting_on is not None:
        meeting_id = plan_agenda_meeting(session, measure.region_id, new_meeting_on,
                                         today=today)
    changes = ChangeSet()
    item_id: uuid.UUID | None = None
    text = note.strip()
    if meeting_id is not None:
        item, meeting = _add_item(session, measure, meeting_id, kind)
        item_id = item.id
        what = "Verlängerung" if kind == AgendaKind.EXTENSION else "Antrag"
        where = f"{what}: Lenkungsgruppe am {format_date(meeting.date)}, TOP {item.number}"
        text = "; ".join(t for t in (where, text) if t)
        changes = ChangeSet.of("agenda_items", item.id).merged(
            ChangeSet.of("meetings", meeting.id))
    to_status = _S.ON_AGENDA if kind == AgendaKind.APPLICATION else measure.status
    result = _move(session, measure, "put_on_agenda", to_status, user, text, item_id)
    return dataclasses.replace(result, changes=result.changes.merged(changes))
