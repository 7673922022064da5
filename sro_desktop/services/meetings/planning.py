"""Planning a meeting: date, times, place, roles, and the agenda with its standard items.

Agenda numbers are derived, never typed: main items count 1, 2, 3 …, sub-items (level 1) count
6.1, 6.2 … under the main item before them. Every change of order renumbers the meeting.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AgendaItem, AgendaKind, Body, BodyKind, Meeting, MeetingStatus
from ...models.base import utcnow
from ..formatting import format_date
from ._common import UNSET, clean_text, load, require_editable, set_rule
from .bodies import retired_on
from .errors import MeetingRuleError


@dataclass(frozen=True)
class TemplateItem:
    """A standard agenda item of a body kind."""

    kind: str
    title: str
    is_public: bool = True
    planned_minutes: int | None = None


_OPENING = TemplateItem(AgendaKind.OPENING, "Begrüßung und Vorstellungsrunde", True, 10)
_MINUTES = TemplateItem(
    AgendaKind.MINUTES_APPROVAL, "Genehmigung des Protokolls der letzten Sitzung", True, 5
)
_TASKS = TemplateItem(AgendaKind.OPEN_TASKS, "Offene Aufgaben", True, 10)
_OTHER = TemplateItem(AgendaKind.OTHER_BUSINESS, "Verschiedenes", True, 10)

AGENDA_TEMPLATES: dict[str, tuple[TemplateItem, ...]] = {
    BodyKind.STADTTEILTISCH: (
        _OPENING,
        _MINUTES,
        _TASKS,
        TemplateItem(AgendaKind.REPORTS, "Neues aus dem Sozialraum", True, 20),
        TemplateItem(AgendaKind.TOPIC, "Anliegen und Bedarfe der Bewohner*innen", True, 30),
        _OTHER,
    ),
    BodyKind.SOZIALRAUMTEAM: (
        _OPENING,
        TemplateItem(AgendaKind.AGENDA_APPROVAL, "Feststellung der Tagesordnung", True, 5),
        _MINUTES,
        _TASKS,
        TemplateItem(AgendaKind.REPORTS, "Berichte aus den Einrichtungen", True, 20),
        TemplateItem(AgendaKind.APPLICATION, "Beratung von Maßnahmevorschlägen", False, 40),
        _OTHER,
    ),
    BodyKind.LENKUNGSGRUPPE: (
        TemplateItem(
            AgendaKind.OPENING, "Eröffnung und Feststellung der Beschlussfähigkeit", True, 5
        ),
        TemplateItem(AgendaKind.AGENDA_APPROVAL, "Genehmigung der Tagesordnung", True, 5),
        _MINUTES,
        _TASKS,
        TemplateItem(AgendaKind.REPORTS, "Berichte", True, 15),
        TemplateItem(AgendaKind.APPLICATION, "Anträge", False, 60),
        TemplateItem(AgendaKind.EXTENSION, "Verlängerungen", False, 20),
        TemplateItem(AgendaKind.EVALUATION, "Evaluationen", True, 20),
        _OTHER,
    ),
}


def default_template(kind: str) -> tuple[TemplateItem, ...]:
    """The standard items every body of ``kind`` starts with."""
    return AGENDA_TEMPLATES.get(kind, (_OPENING, _MINUTES, _TASKS, _OTHER))


def has_own_template(body: Body) -> bool:
    """Whether the body uses its own standard items rather than those of its kind."""
    custom = (body.rules or {}).get("agenda_template")
    return isinstance(custom, list) and bool(custom)


def agenda_template(body: Body) -> tuple[TemplateItem, ...]:
    """The standard items for a body: its own template from ``rules["agenda_template"]``
    (a list of {kind, title, is_public, planned_minutes}) or the default of its kind."""
    custom = (body.rules or {}).get("agenda_template")
    if isinstance(custom, list) and custom:
        return tuple(
            TemplateItem(
                str(entry.get("kind", AgendaKind.TOPIC)),
                str(entry["title"]),
                bool(entry.get("is_public", True)),
                entry.get("planned_minutes"),
            )
            for entry in custom
            if isinstance(entry, dict) and entry.get("title")
        )
    return default_template(body.kind)


def body_template(session: Session, body_id: uuid.UUID) -> tuple[tuple[TemplateItem, ...], bool]:
    """A body's standard items and whether they are its own (False: those of its kind)."""
    body = load(session, Body, body_id, "Gremium")
    return agenda_template(body), has_own_template(body)


def set_agenda_template(
    session: Session, body_id: uuid.UUID, items: list[TemplateItem] | None
) -> None:
    """Give a body its own standard items (in this order), or back to those of its kind for
    None. Meetings planned before keep their agenda."""
    body = load(session, Body, body_id, "Gremium")
    entries: list[dict[str, object]] | None = None
    if items is not None:
        if not items:
            raise MeetingRuleError(
                "Standard-Tagesordnung: leer (mindestens ein TOP; sonst „Vorgabe der Art "
                "wiederherstellen“)"
            )
        entries = []
        for number, item in enumerate(items, start=1):
            title = clean_text(item.title, f"Standard-TOP {number}: Titel", max_len=500)
            try:
                _check_minutes(item.planned_minutes)
            except MeetingRuleError as exc:
                raise MeetingRuleError(f"Standard-TOP {number}: {exc.message}") from exc
            entries.append({"kind": str(item.kind), "title": title,
                            "is_public": bool(item.is_public),
                            "planned_minutes": item.planned_minutes})
    set_rule(body, "agenda_template", entries)


def _check_times(start: time | None, end: time | None) -> None:
    if start and end and end <= start:
        raise MeetingRuleError("Ende: nicht nach dem Beginn (Ende muss nach dem Beginn liegen)")


def previous_unapproved_meeting(
    session: Session, body_id: uuid.UUID, before: date
) -> uuid.UUID | None:
    """The latest earlier meeting of the body whose minutes are not approved yet."""
    return session.scalar(
        select(Meeting.id)
        .where(
            Meeting.body_id == body_id,
            Meeting.deleted_at.is_(None),
            Meeting.date < before,
            Meeting.status != MeetingStatus.APPROVED,
        )
        .order_by(Meeting.date.desc())
        .limit(1)
    )


def plan_meeting(
    session: Session,
    *,
    body_id: uuid.UUID,
    day: date,
    start_time: time | None = None,
    end_time: time | None = None,
    place: str = "",
    moderation: str = "",
    chair_person_id: uuid.UUID | None = None,
    minute_taker_person_id: uuid.UUID | None = None,
    use_template: bool = True,
) -> uuid.UUID:
    """Plan a meeting with the standard items of its body kind.

    The minutes-approval item points at the last unapproved meeting of the body, and the
    "Offene Aufgaben" item lists the body's open tasks (carried over).
    """
    from .carry_over import carry_open_tasks  # carry_over builds on this module

    body = load(session, Body, body_id, "Gremium")
    retired = retired_on(body.rules)
    if retired is not None and retired <= day:
        raise MeetingRuleError(
            f"Gremium: „{body.name}“ ist seit {format_date(retired)} außer "
            "Dienst (keine neuen Sitzungen; erst wieder in Dienst stellen)"
        )
    _check_times(start_time, end_time)
    meeting = Meeting(
        body_id=body.id,
        date=day,
        start_time=start_time,
        end_time=end_time,
        place=clean_text(place, "Ort", required=False, max_len=300),
        moderation=clean_text(moderation, "Moderation", required=False, max_len=300),
        chair_person_id=chair_person_id,
        minute_taker_person_id=minute_taker_person_id,
        status=MeetingStatus.PLANNED,
    )
    session.add(meeting)
    session.flush()
    if use_template:
        previous = previous_unapproved_meeting(session, body.id, day)
        for position, tpl in enumerate(agenda_template(body)):
            if tpl.kind == AgendaKind.MINUTES_APPROVAL and previous is None:
                continue  # the first meeting of a body has no minutes to approve
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=position,
                    title=tpl.title,
                    kind=tpl.kind,
                    is_public=tpl.is_public,
                    planned_minutes=tpl.planned_minutes,
                    approves_meeting_id=previous
                    if tpl.kind == AgendaKind.MINUTES_APPROVAL
                    else None,
                )
            )
        session.flush()
        renumber(session, meeting.id)
        carry_open_tasks(session, meeting.id)
    return meeting.id


def update_meeting(
    session: Session,
    meeting_id: uuid.UUID,
    *,
    day: date = UNSET,
    start_time: time | None = UNSET,
    end_time: time | None = UNSET,
    place: str = UNSET,
    moderation: str = UNSET,
    chair_person_id: uuid.UUID | None = UNSET,
    minute_taker_person_id: uuid.UUID | None = UNSET,
    next_date: date | None = UNSET,
    distribution_list: str = UNSET,
) -> None:
    """Change the header data of a meeting; fields left UNSET stay as they are."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    start = meeting.start_time if start_time is UNSET else start_time
    end = meeting.end_time if end_time is UNSET else end_time
    _check_times(start, end)
    meeting.start_time, meeting.end_time = start, end
    if day is not UNSET:
        meeting.date = day
    if place is not UNSET:
        meeting.place = clean_text(place, "Ort", required=False, max_len=300)
    if moderation is not UNSET:
        meeting.moderation = clean_text(moderation, "Moderation", required=False, max_len=300)
    if chair_person_id is not UNSET:
        meeting.chair_person_id = chair_person_id
    if minute_taker_person_id is not UNSET:
        meeting.minute_taker_person_id = minute_taker_person_id
    if next_date is not UNSET:
        if next_date is not None and next_date <= meeting.date:
            raise MeetingRuleError("Nächster Termin: liegt nicht nach dieser Sitzung")
        meeting.next_date = next_date
    if distribution_list is not UNSET:
        meeting.distribution_list = distribution_list.strip()


def start_meeting(session: Session, meeting_id: uuid.UUID) -> None:
    """Mark a planned meeting as held (minutes are being taken)."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    if meeting.status == MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.HELD


def delete_meeting(session: Session, meeting_id: uuid.UUID) -> None:
    """Tombstone a meeting that has not been held yet."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    if meeting.status != MeetingStatus.PLANNED:
        raise MeetingRuleError(
            "Sitzung: bereits durchgeführt (nur geplante Sitzungen können gelöscht werden)"
        )
    meeting.deleted_at = utcnow()


def restore_meeting(session: Session, meeting_id: uuid.UUID) -> None:
    """Bring a deleted planned meeting back (undo of :func:`delete_meeting`)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingRuleError("Sitzung: nicht gefunden (nie angelegt)")
    meeting.deleted_at = None


def _live_items(session: Session, meeting_id: uuid.UUID) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position)
        )
    )


def renumber(session: Session, meeting_id: uuid.UUID) -> None:
    """Recompute positions (0…n-1) and numbers (1, 2, 2.1 …) of a meeting's live items."""
    main = 0
    sub = 0
    for position, item in enumerate(_live_items(session, meeting_id)):
        if item.level > 0 and main > 0:
            sub += 1
            number = f"{main}.{sub}"
        else:
            item.level = 0 if main == 0 else item.level
            main += 1
            sub = 0
            number = str(main)
        if item.position != position:
            item.position = position
        if item.number != number:
            item.number = number


def add_agenda_item(
    session: Session,
    meeting_id: uuid.UUID,
    title: str,
    *,
    kind: str = AgendaKind.TOPIC,
    is_public: bool = True,
    planned_minutes: int | None = None,
    position: int | None = None,
    level: int = 0,
) -> uuid.UUID:
    """Insert an item at ``position`` (end when None) and renumber."""
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    _check_minutes(planned_minutes)
    items = _live_items(session, meeting_id)
    at = len(items) if position is None else max(0, min(position, len(items)))
    for item in items[at:]:
        item.position += 1
    new = AgendaItem(
        meeting_id=meeting.id,
        position=at,
        title=clean_text(title, "Titel des TOP", max_len=500),
        kind=kind,
        is_public=is_public,
        planned_minutes=planned_minutes,
        level=1 if level else 0,
    )
    session.add(new)
    session.flush()
    renumber(session, meeting.id)
    return new.id


def _check_minutes(planned_minutes: int | None) -> None:
    if planned_minutes is not None and not 0 < planned_minutes <= 600:
        raise MeetingRuleError(
            f"Geplante Dauer: {planned_minutes} Minuten (1 bis 600 Minuten erlaubt)"
        )


def _editable_item(session: Session, item_id: uuid.UUID) -> AgendaItem:
    item = load(session, AgendaItem, item_id, "Tagesordnungspunkt")
    require_editable(load(session, Meeting, item.meeting_id, "Sitzung"))
    return item


def update_agenda_item(
    session: Session,
    item_id: uuid.UUID,
    *,
    title: str = UNSET,
    is_public: bool = UNSET,
    planned_minutes: int | None = UNSET,
    level: int = UNSET,
) -> None:
    """Change an item's title, public flag, planned duration or level."""
    item = _editable_item(session, item_id)
    if title is not UNSET:
        item.title = clean_text(title, "Titel des TOP", max_len=500)
    if is_public is not UNSET:
        item.is_public = bool(is_public)
    if planned_minutes is not UNSET:
        _check_minutes(planned_minutes)
        item.planned_minutes = planned_minutes
    if level is not UNSET:
        item.level = 1 if level else 0
        session.flush()
        renumber(session, item.meeting_id)


def move_agenda_item(session: Session, item_id: uuid.UUID, new_position: int) -> None:
    """Move an item to ``new_position`` (0-based among live items) and renumber."""
    item = _editable_item(session, item_id)
    items = [i for i in _live_items(session, item.meeting_id) if i.id != item.id]
    at = max(0, min(new_position, len(items)))
    items.insert(at, item)
    for position, row in enumerate(items):
        if row.position != position:
            row.position = position
    session.flush()
    renumber(session, item.meeting_id)


def delete_agenda_item(session: Session, item_id: uuid.UUID) -> None:
    """Tombstone an item and renumber the rest."""
    item = _editable_item(session, item_id)
    item.deleted_at = utcnow()
    session.flush()
    renumber(session, item.meeting_id)


def restore_agenda_item(
    session: Session,
    item_id: uuid.UUID,
    *,
    position: int | None = None,
    level: int | None = None,
) -> None:
    """Bring a deleted item back (undo of a deletion) at ``position`` and ``level`` (default:
    where it was when deleted) and renumber, so that it gets its old number again.

    The items after it moved up by one when it was deleted; they move down again here. Only
    setting the tombstone back would leave two items on one position, and the sort could put
    the restored one after its neighbour (4.1 coming back as 5.1).
    """
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise MeetingRuleError("Tagesordnungspunkt: nicht gefunden (nie angelegt)")
    require_editable(load(session, Meeting, item.meeting_id, "Sitzung"))
    items = [i for i in _live_items(session, item.meeting_id) if i.id != item.id]
    at = max(0, min(item.position if position is None else position, len(items)))
    items.insert(at, item)
    item.deleted_at = None
    if level is not None:
        item.level = 1 if level else 0
    for number, row in enumerate(items):
        if row.position != number:
            row.position = number
    session.flush()
    renumber(session, item.meeting_id)
