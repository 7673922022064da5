"""The append-only audit log, written automatically on every flush.

``install_audit()`` registers a ``before_flush`` hook on all ORM sessions. The acting user comes
from ``session.info["user"]`` (the storage layer sets it when it opens a session). Each changed
column of each entity becomes one ``AuditEntry`` row; inserts and deletes become one row each.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

_SKIP = frozenset({"updated_at", "updated_by", "row_version", "created_at"})
_installed = False


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


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
                           entity_id=str(obj.id))
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
                           entity_id=str(obj.id))
            )
    return entries


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
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
