"""Helpers shared by the meeting services: loading rows, the lock rule of the minutes, a body's
rules."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ...models import Body, Meeting, MeetingStatus
from ...models.base import TombstoneMixin
from ..formatting import format_date
from .errors import MeetingRuleError, MinutesLockedError, NotFoundError

T = TypeVar("T")


class _Unset:
    """Marker for "leave this field as it is" in update functions."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def load(session: Session, model: type[T], row_id: uuid.UUID, label: str) -> T:
    """The live row ``row_id`` of ``model``; ``label`` names it in the German error."""
    row = session.get(model, row_id)
    if row is None or (isinstance(row, TombstoneMixin) and row.deleted_at is not None):
        raise NotFoundError(f"{label}: nicht gefunden (gelöscht oder nie angelegt)")
    return row


def require_editable(meeting: Meeting) -> None:
    """Refuse changes to closed or approved minutes.

    Closed minutes wait for approval and are reopened on purpose before a change; approved
    minutes are locked for good and change only through a recorded amendment.
    """
    when = format_date(meeting.date)
    if meeting.status == MeetingStatus.APPROVED:
        raise MinutesLockedError(
            f"Protokoll vom {when}: genehmigt und gesperrt "
            "(Korrekturen nur als protokollierte Änderung)"
        )
    if meeting.status == MeetingStatus.CLOSED:
        raise MinutesLockedError(
            f"Protokoll vom {when}: abgeschlossen (zum Ändern erst wieder öffnen)"
        )


def clean_text(value: str, label: str, *, required: bool = True, max_len: int | None = None) -> str:
    """Stripped text; refuses empty required text and text longer than the column."""
    text = value.strip()
    if required and not text:
        raise MeetingRuleError(f"{label}: fehlt (Pflichtfeld)")
    if max_len is not None and len(text) > max_len:
        raise MeetingRuleError(f"{label}: {len(text)} Zeichen (höchstens {max_len} erlaubt)")
    return text


def set_rule(body: Body, key: str, value: Any) -> None:
    """Set one entry of ``body.rules`` (drop it for None)."""
    # A new dict: the JSON column notices only a new value, not a change inside the old one.
    rules = dict(body.rules or {})
    if value is None:
        rules.pop(key, None)
    else:
        rules[key] = value
    body.rules = rules
