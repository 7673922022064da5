"""The append-only audit log, written automatically on every flush.

``install_audit()`` registers a ``before_flush`` hook on all ORM sessions. The acting user comes
from ``session.info["user"]`` (the storage layer sets it when it opens a session). Each changed
column of each entity becomes one ``AuditEntry`` row with the old and the new value; an insert
becomes one row whose ``new`` is a summary of what was entered, a delete one row whose ``old``
is a summary of what was removed (:func:`row_summary`).

The log itself is append-only: the same hook refuses a flush that would update or delete an
``AuditEntry`` (:class:`AuditLogChangeError`), and database triggers refuse it for any other
way in (``storage/append_only.py``). Bulk loads of synthetic data switch the recording off with
``session.info["audit"] = False``; the refusal stays on.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

# Bookkeeping columns: who and when is in the entry itself, the key in ``entity_id``.
_SKIP = frozenset({"updated_at", "updated_by", "row_version", "created_at"})
_NOT_SUMMARISED = _SKIP | {"id", "deleted_at"}
# A summary keeps each value readable but bounded: a long protocol text is cut here (the row
# itself, or the update entries that follow, keep the whole text).
SUMMARY_VALUE_LIMIT = 500
_installed = False


class AuditLogChangeError(ValueError):
    """An attempt to change or delete an entry of the audit log."""


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _summary_value(value: Any) -> Any:
    """A JSON value for the summary: numbers and flags as they are, everything else as text."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, dict)):
        return value
    shown = _text(value) or ""
    if len(shown) > SUMMARY_VALUE_LIMIT:
        shown = shown[: SUMMARY_VALUE_LIMIT - 1] + "…"
    return shown


def row_summary(obj: Any, *, load: bool = False) -> str | None:
    """The row's business values as compact JSON (``{"code": "D", "name": "Groß Klein"}``).

    Leaves out the key, the timestamps, ``updated_by``, ``row_version`` and empty values
    (None, "", False), keeps the columns in table order, and cuts long texts. Reads only what
    the object holds (no query) unless ``load``: a deleted row may have expired attributes,
    which are then loaded so that its summary is complete. None when nothing is left.
    """
    state = inspect(obj)
    values = state.dict
    summary: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _NOT_SUMMARISED:
            continue
        if key in values:
            value = values[key]
        elif load:
            value = getattr(obj, key)
        else:
            continue
        if value is None or value == "" or value is False:
            continue
        summary[key] = _summary_value(value)
    if not summary:
        return None
    return json.dumps(summary, ensure_ascii=False, separators=(", ", ": "))


def parse_summary(text: str | None) -> dict[str, Any]:
    """The column values of a :func:`row_summary` (an insert's ``new``, a delete's ``old``);
    empty for None or for text that is no summary (entries written before summaries)."""
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _entries_for(session: Session, user: str) -> list[Any]:
    # Imported here so that installing the hook (when a database opens) costs no model import.
    from ..models import AuditEntry, EntityMixin

    entries: list[AuditEntry] = []
    for obj in session.new:
        if isinstance(obj, EntityMixin):
            if obj.id is None:
                # The column default would assign the key only during the flush; the log
                # needs it now.
                obj.id = uuid.uuid4()
            obj.updated_by = user
            entries.append(
                AuditEntry(user=user, action="insert", entity=obj.__tablename__,  # type: ignore[attr-defined]
                           entity_id=str(obj.id), new=row_summary(obj))
            )
    for obj in session.dirty:
        if not isinstance(obj, EntityMixin) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changed = False
        for attr in state.mapper.column_attrs:
            if attr.key in _SKIP:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _text(old) == _text(new):
                continue
            changed = True
            entries.append(
                AuditEntry(user=user, action="update", entity=obj.__tablename__,  # type: ignore[attr-defined]
                           entity_id=str(obj.id), field=attr.key, old=_text(old), new=_text(new))
            )
        if changed:
            obj.updated_by = user
    for obj in session.deleted:
        if isinstance(obj, EntityMixin):
            entries.append(
                AuditEntry(user=user, action="delete", entity=obj.__tablename__,  # type: ignore[attr-defined]
                           entity_id=str(obj.id), old=row_summary(obj, load=True))
            )
    return entries


def _refuse_update(mapper: Any, connection: Any, target: Any) -> None:
    raise AuditLogChangeError(
        "Änderungsprotokoll: Einträge werden nie geändert (das Protokoll wird nur fortgeschrieben)."
    )


def _refuse_delete(mapper: Any, connection: Any, target: Any) -> None:
    raise AuditLogChangeError(
        "Änderungsprotokoll: Einträge werden nie gelöscht (das Protokoll wird nur fortgeschrieben)."
    )


def _guard_log() -> None:
    """The log is append-only: mapper events refuse updating or deleting an entry, as
    ``services.budget.ledger`` does for ledger entries. Registered with the first flush (the
    models are imported by then; opening a database must not import them)."""
    from ..models import AuditEntry

    if not event.contains(AuditEntry, "before_update", _refuse_update):
        event.listen(AuditEntry, "before_update", _refuse_update)
        event.listen(AuditEntry, "before_delete", _refuse_delete)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    _guard_log()
    if session.info.get("audit", True) is False:
        return
    user = str(session.info.get("user", ""))
    entries = _entries_for(session, user)
    session.add_all(entries)


def install_audit() -> None:
    """Register the audit hook once per process."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
