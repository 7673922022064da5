"""Taking minutes: an item's notes and outcome, concerns, tasks and agreements.

Notes are saved often (autosave), so ``save_notes`` writes nothing when the text is unchanged
and detects a concurrent edit by comparing with the text the editor started from.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Protocol, TypeVar, cast

from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    Arrangement,
    Body,
    Concern,
    ConcernStatus,
    Meeting,
    Task,
)
from ...models.base import utcnow
from ._common import clean_text, load, require_editable
from .errors import MeetingRuleError, NotesConflictError
from .planning import UNSET

CONCERN_STATUS_LABELS: dict[str, str] = {
    ConcernStatus.OPEN: "offen",
    ConcernStatus.IN_PROGRESS: "in Bearbeitung",
    ConcernStatus.ADDRESSED: "aufgegriffen",
    ConcernStatus.DROPPED: "nicht weiter verfolgt",
}


def _item_and_meeting(session: Session, item_id: uuid.UUID) -> tuple[AgendaItem, Meeting]:
    item = load(session, AgendaItem, item_id, "Tagesordnungspunkt")
    meeting = load(session, Meeting, item.meeting_id, "Sitzung")
    return item, meeting


def save_notes(
    session: Session, item_id: uuid.UUID, text: str, *, base_text: str | None = None
) -> bool:
    """Store the notes of an agenda item; returns False when nothing had to be written.

    ``base_text`` is the text the editor loaded or last saved; when the stored notes differ from
    it, somebody else edited them meanwhile and ``NotesConflictError`` keeps both versions.
    """
    item, meeting = _item_and_meeting(session, item_id)
    if item.notes == text:
        return False
    require_editable(meeting)
    if base_text is not None and item.notes != base_text:
        raise NotesConflictError(
            f"Notizen zu TOP {item.number}: inzwischen von {item.updated_by or 'jemand anderem'} "
            "geändert (beide Fassungen bleiben erhalten; bitte zusammenführen)",
            current_text=item.notes,
            changed_by=item.updated_by,
        )
    item.notes = text
    return True


def set_outcome(session: Session, item_id: uuid.UUID, text: str) -> None:
    """The result line of an item ("Ergebnis")."""
    item, meeting = _item_and_meeting(session, item_id)
    require_editable(meeting)
    item.outcome = text.strip()


def _editable_meeting(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = load(session, Meeting, meeting_id, "Sitzung")
    require_editable(meeting)
    return meeting


def _check_item(session: Session, meeting: Meeting, item_id: uuid.UUID | None) -> None:
    if item_id is not None:
        item = load(session, AgendaItem, item_id, "Tagesordnungspunkt")
        if item.meeting_id != meeting.id:
            raise MeetingRuleError("Tagesordnungspunkt: gehört zu einer anderen Sitzung")


def add_concern(
    session: Session,
    *,
    meeting_id: uuid.UUID,
    text: str,
    target_group: str = "",
    area_id: uuid.UUID | None = None,
    agenda_item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record a concern raised in a meeting; its area defaults to the body's area."""
    meeting = _editable_meeting(session, meeting_id)
    _check_item(session, meeting, agenda_item_id)
    body = load(session, Body, meeting.body_id, "Gremium")
    concern = Concern(
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        area_id=area_id or body.area_id,
        text=clean_text(text, "Anliegen"),
        target_group=clean_text(target_group, "Zielgruppe", required=False, max_len=300),
        status=ConcernStatus.OPEN,
        raised_on=meeting.date,
    )
    session.add(concern)
    session.flush()
    return concern.id


class _InMinutes(Protocol):
    @property
    def meeting_id(self) -> uuid.UUID | None: ...


_Row = TypeVar("_Row", bound=_InMinutes)


def _in_editable_minutes(session: Session, row: _Row) -> _Row:
    """``row`` itself, after refusing it when its meeting's minutes are locked."""
    if row.meeting_id is not None:
        require_editable(load(session, Meeting, row.meeting_id, "Sitzung"))
    return row


def update_concern(
    session: Session,
    concern_id: uuid.UUID,
    *,
    text: str = UNSET,
    target_group: str = UNSET,
    area_id: uuid.UUID | None = UNSET,
) -> None:
    """Change what a concern says (not allowed once its minutes are locked)."""
    concern = _in_editable_minutes(session, load(session, Concern, concern_id, "Anliegen"))
    if text is not UNSET:
        concern.text = clean_text(text, "Anliegen")
    if target_group is not UNSET:
        concern.target_group = clean_text(
            target_group, "Zielgruppe", required=False, max_len=300
        )
    if area_id is not UNSET:
        concern.area_id = area_id


def set_concern_status(session: Session, concern_id: uuid.UUID, status: str) -> None:
    """Follow a concern up; allowed after the minutes are approved (it is not minutes text)."""
    if status not in CONCERN_STATUS_LABELS:
        raise MeetingRuleError(f"Status des Anliegens: „{status}“ unbekannt")
    load(session, Concern, concern_id, "Anliegen").status = status


def _check_due(due: date | None, meeting: Meeting) -> None:
    if due is not None and due < meeting.date:
        raise MeetingRuleError("Bis wann: liegt vor der Sitzung (Frist muss danach liegen)")


def add_task(
    session: Session,
    *,
    meeting_id: uuid.UUID,
    description: str,
    owner_person_id: uuid.UUID | None = None,
    owner_organization_id: uuid.UUID | None = None,
    owner_text: str = "",
    due: date | None = None,
    agenda_item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record a task: what, who (person, organisation or free text), by when."""
    meeting = _editable_meeting(session, meeting_id)
    _check_item(session, meeting, agenda_item_id)
    _check_due(due, meeting)
    task = Task(
        body_id=meeting.body_id,
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        description=clean_text(description, "Aufgabe"),
        owner_person_id=owner_person_id,
        owner_organization_id=owner_organization_id,
        owner_text=clean_text(owner_text, "Wer", required=False, max_len=300),
        due=due,
    )
    session.add(task)
    session.flush()
    return task.id


def update_task(
    session: Session,
    task_id: uuid.UUID,
    *,
    description: str = UNSET,
    owner_person_id: uuid.UUID | None = UNSET,
    owner_organization_id: uuid.UUID | None = UNSET,
    owner_text: str = UNSET,
    due: date | None = UNSET,
) -> None:
    """Change a task's text, owner or due date (not once its minutes are locked)."""
    task = _in_editable_minutes(session, load(session, Task, task_id, "Aufgabe"))
    if due is not UNSET and task.meeting_id is not None:
        _check_due(due, load(session, Meeting, task.meeting_id, "Sitzung"))
    if description is not UNSET:
        task.description = clean_text(description, "Aufgabe")
    if owner_person_id is not UNSET:
        task.owner_person_id = owner_person_id
    if owner_organization_id is not UNSET:
        task.owner_organization_id = owner_organization_id
    if owner_text is not UNSET:
        task.owner_text = clean_text(owner_text, "Wer", required=False, max_len=300)
    if due is not UNSET:
        task.due = due


def set_task_done(session: Session, task_id: uuid.UUID, done_on: date | None) -> None:
    """Mark a task done on a day (or open again with None); allowed at any time."""
    task = load(session, Task, task_id, "Aufgabe")
    task.done_on = done_on


def add_arrangement(
    session: Session,
    *,
    meeting_id: uuid.UUID,
    text: str,
    agenda_item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record an agreement reached in the meeting."""
    meeting = _editable_meeting(session, meeting_id)
    _check_item(session, meeting, agenda_item_id)
    row = Arrangement(
        meeting_id=meeting.id, agenda_item_id=agenda_item_id, text=clean_text(text, "Vereinbarung")
    )
    session.add(row)
    session.flush()
    return row.id


def update_arrangement(session: Session, arrangement_id: uuid.UUID, *, text: str) -> None:
    """Change what an agreement says (not once its minutes are locked)."""
    row = _in_editable_minutes(
        session, load(session, Arrangement, arrangement_id, "Vereinbarung")
    )
    row.text = clean_text(text, "Vereinbarung")


_RESULT_MODELS: dict[str, tuple[type[Concern] | type[Task] | type[Arrangement], str]] = {
    "concern": (Concern, "Anliegen"),
    "task": (Task, "Aufgabe"),
    "arrangement": (Arrangement, "Vereinbarung"),
}


def _result_row(session: Session, kind: str, row_id: uuid.UUID) -> Concern | Task | Arrangement:
    if kind not in _RESULT_MODELS:
        raise MeetingRuleError(f"Art: „{kind}“ unbekannt")
    model, label = _RESULT_MODELS[kind]
    row = cast("Concern | Task | Arrangement | None", session.get(model, row_id))
    if row is None:  # tombstoned rows count: undo brings them back
        raise MeetingRuleError(f"{label}: nicht gefunden (nie angelegt)")
    return _in_editable_minutes(session, row)


def delete_result(session: Session, kind: str, row_id: uuid.UUID) -> None:
    """Tombstone a concern, task or agreement of editable minutes."""
    _result_row(session, kind, row_id).deleted_at = utcnow()


def restore_result(session: Session, kind: str, row_id: uuid.UUID) -> None:
    """Bring a deleted concern, task or agreement back (undo of a deletion or an entry)."""
    _result_row(session, kind, row_id).deleted_at = None
