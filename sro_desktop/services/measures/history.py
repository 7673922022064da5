"""The visible history of a measure: lifecycle steps and the audit log of its rows (with
readable values: names instead of ids, German money and dates, see :mod:`.audit_values`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AuditEntry, Decision, StatusChange
from .audit_values import readable
from .fields import FIELD_LABELS
from .labels import ACTION_LABELS, status_label

__all__ = ["AuditLine", "HistoryEntry", "audit_trail", "lifecycle_history"]

_ENTITY_LABELS = {
    "measures": "Maßnahme",
    "cost_lines": "Kostenplan",
    "funding_lines": "Finanzierungsplan",
    "partners": "Partner*in",
    "target_groups": "Zielgruppe",
    "measure_goals": "Ziel",
    "milestones": "Meilenstein",
    "assessments": "Bewertung",
    "measure_periods": "Zeitraum",
    "evaluations": "Evaluation",
    "agreements": "Vereinbarung",
    "status_changes": "Verlauf",
    "decisions": "Beschluss",
}
_ACTIONS = {"insert": "angelegt", "update": "geändert", "delete": "gelöscht"}


@dataclass(frozen=True)
class HistoryEntry:
    """One lifecycle step: when, who, what, from which state to which, and the note."""

    at: datetime
    by: str
    action: str
    action_label: str
    from_label: str
    to_label: str
    note: str


@dataclass(frozen=True)
class AuditLine:
    """One audit entry of the measure or one of its rows, with German labels.

    ``old`` and ``new`` are readable (names, German money and dates); ``value_kind`` names
    the vocabulary they are labels of ("status", "category", "bool"), if any.
    """

    at: datetime
    user: str
    what: str
    field: str
    old: str
    new: str
    value_kind: str = ""


def lifecycle_history(session: Session, measure_id: uuid.UUID) -> list[HistoryEntry]:
    """The lifecycle steps of a measure, oldest first."""
    rows = session.scalars(
        select(StatusChange).where(StatusChange.measure_id == measure_id).order_by(StatusChange.at)
    )
    return [
        HistoryEntry(
            at=r.at,
            by=r.by,
            action=r.action,
            action_label=ACTION_LABELS.get(r.action, r.action),
            from_label=status_label(r.from_status) if r.from_status else "",
            to_label=status_label(r.to_status),
            note=r.note,
        )
        for r in rows
    ]


def audit_trail(
    session: Session, measure_id: uuid.UUID, child_ids: Iterable[uuid.UUID] = (), limit: int = 500
) -> list[AuditLine]:
    """Audit entries of the measure, its decisions and the given child rows, newest first."""
    decision_ids = session.scalars(select(Decision.id).where(Decision.measure_id == measure_id))
    ids = [str(measure_id), *map(str, child_ids), *map(str, decision_ids)]
    rows = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id.in_(ids))
            .order_by(AuditEntry.at.desc())
            .limit(limit)
        )
    )
    return [
        AuditLine(
            at=r.at,
            user=r.user,
            what=f"{_ENTITY_LABELS.get(r.entity, r.entity)} {_ACTIONS.get(r.action, r.action)}",
            field=FIELD_LABELS.get(r.field, r.field),
            old=values.old,
            new=values.new,
            value_kind=values.kind,
        )
        for r, values in zip(rows, readable(session, rows), strict=True)
    ]
