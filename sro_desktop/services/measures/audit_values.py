"""Readable values for a measure's change log.

The audit log stores raw column values: ids, ISO dates, cents, state codes. A person reading
the log wants names (the area with its code, the organisation), German money and dates, and
the labels of states and categories. :func:`readable` turns the old and new value of each
entry into that, looking up all ids of a batch with one query per kind of row.

Labels of the services' vocabulary (states, cost categories, yes/no) come back in German
together with their :data:`kind`, so that the interface can translate them as it translates
the same labels elsewhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, AuditEntry, Concern, Decision, Organization, Person
from ..audit import parse_summary
from ..formatting import format_date, german_sort_key
from ..money import format_cents
from .labels import COST_CATEGORY_LABELS, STATUS_LABELS

__all__ = ["KIND_BOOL", "KIND_CATEGORY", "KIND_STATUS", "ReadableChange", "readable"]

KIND_STATUS = "status"
KIND_CATEGORY = "category"
KIND_BOOL = "bool"

_AREA_FIELDS = frozenset({"area_ids", "region_id"})
_ORGANIZATION_FIELDS = frozenset({"provider_id", "organization_id"})
_PERSON_FIELDS = frozenset({"reviewer_person_id"})
_CONCERN_FIELDS = frozenset({"concern_ids"})
_DECISION_FIELDS = frozenset({"decision_id", "supersedes_id"})
# Fields whose values are ids of other rows, shown by name.
_NAME_FIELDS = (_AREA_FIELDS | _ORGANIZATION_FIELDS | _PERSON_FIELDS | _CONCERN_FIELDS
                | _DECISION_FIELDS)
_BOOL_FIELDS = frozenset({
    "extended", "declarations_confirmed", "receives_money", "burdened", "done", "suitable",
})
_DATE_FIELDS = frozenset({
    "start", "end", "interim_report_due", "interim_report_received_on", "final_report_due",
    "proof_of_use_due", "proof_of_use_checked_on", "next_deadline", "due", "start_date",
    "end_date", "agreed_on", "decided_on", "completed_on", "requested_on", "period_start",
    "period_end",
})
_DATETIME_FIELDS = frozenset({"submitted_at", "deleted_at"})
_YES_NO = {"True": "ja", "False": "nein", "1": "ja", "0": "nein"}
_OUTCOME_LABELS = {
    "approved": "befürwortet",
    "approved_with_conditions": "befürwortet mit Auflagen",
    "rejected": "abgelehnt",
    "deferred": "vertagt",
    "withdrawn": "zurückgezogen",
    "noted": "zur Kenntnis genommen",
}


@dataclass(frozen=True)
class ReadableChange:
    """The old and new value of one audit entry as a person reads them.

    ``kind`` tells which vocabulary the values are labels of ("status", "category", "bool"),
    empty for names, amounts, dates and free text.
    """

    old: str
    new: str
    kind: str = ""


def _ids(raw: str | None) -> list[uuid.UUID] | None:
    """The ids of a value ("id" or "id, id, …"); None when it is not a list of ids."""
    if not raw:
        return []
    try:
        return [uuid.UUID(part.strip()) for part in raw.split(",") if part.strip()]
    except ValueError:
        return None


class _Names:
    """Names of the rows an audit batch refers to, read with one query per kind."""

    def __init__(self, session: Session, entries: Sequence[AuditEntry]) -> None:
        wanted: dict[frozenset[str], set[uuid.UUID]] = {
            fields: set() for fields in (_AREA_FIELDS, _ORGANIZATION_FIELDS, _PERSON_FIELDS,
                                         _CONCERN_FIELDS, _DECISION_FIELDS)
        }
        for entry in entries:
            for fields, ids in wanted.items():
                if entry.field in fields:
                    for raw in (entry.old, entry.new):
                        ids.update(_ids(raw) or ())
        self.names: dict[uuid.UUID, str] = {}
        if ids := wanted[_AREA_FIELDS]:
            for area_id, name, code in session.execute(
                select(Area.id, Area.name, Area.code).where(Area.id.in_(ids))
            ):
                self.names[area_id] = f"{name} ({code})" if code else name
        if ids := wanted[_ORGANIZATION_FIELDS]:
            for organization_id, name in session.execute(
                select(Organization.id, Organization.name).where(Organization.id.in_(ids))
            ):
                self.names[organization_id] = name
        if ids := wanted[_PERSON_FIELDS]:
            for person in session.scalars(select(Person).where(Person.id.in_(ids))):
                self.names[person.id] = person.display_name
        if ids := wanted[_CONCERN_FIELDS]:
            for concern_id, text in session.execute(
                select(Concern.id, Concern.text).where(Concern.id.in_(ids))
            ):
                self.names[concern_id] = text if len(text) <= 60 else text[:59] + "…"
        if ids := wanted[_DECISION_FIELDS]:
            for decision_id, number in session.execute(
                select(Decision.id, Decision.number).where(Decision.id.in_(ids))
            ):
                self.names[decision_id] = f"Beschluss {number}"

    def text(self, raw: str | None) -> str:
        """The names of the ids in ``raw`` in German order (an unknown id stays as it is)."""
        ids = _ids(raw)
        if ids is None:
            return raw or ""
        return ", ".join(sorted((self.names.get(i, str(i)) for i in ids), key=german_sort_key))


def _parsed(raw: str, parse: Callable[[str], str]) -> str:
    try:
        return parse(raw)
    except (ValueError, TypeError):
        return raw


def _stamp(raw: str) -> str:
    moment = datetime.fromisoformat(raw)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def _value(entry: AuditEntry | _Column, raw: str | None, names: _Names) -> tuple[str, str]:
    """(text, kind) of one raw value of ``entry``."""
    field = entry.field
    if raw is None or raw == "":
        return "", ""
    if field in _NAME_FIELDS:
        return names.text(raw), ""
    if field.endswith("_cents"):
        return _parsed(raw, lambda r: format_cents(int(r))), ""
    if field in _BOOL_FIELDS and raw in _YES_NO:
        return _YES_NO[raw], KIND_BOOL
    if field in _DATE_FIELDS:
        return _parsed(raw, lambda r: format_date(date.fromisoformat(r[:10]))), ""
    if field in _DATETIME_FIELDS:
        return _parsed(raw, _stamp), ""
    if field == "status" and entry.entity == "measures" and raw in STATUS_LABELS:
        return STATUS_LABELS[raw], KIND_STATUS
    if field == "outcome" and raw in _OUTCOME_LABELS:
        return _OUTCOME_LABELS[raw], ""
    if field == "category" and raw in COST_CATEGORY_LABELS:
        return COST_CATEGORY_LABELS[raw], KIND_CATEGORY
    return raw, ""


@dataclass(frozen=True)
class _Column:
    """One column of a row summary, read like an audit entry of that column."""

    entity: str
    field: str


def _summary(entity: str, raw: str | None, names: _Names) -> str:
    """A summary of an inserted or deleted row (``{"category": "staff", …}``) as readable
    values joined by " · "; references to other rows are left out (they would be bare ids)."""
    parts: list[str] = []
    for field, value in parse_summary(raw).items():
        if field.endswith(("_id", "_ids")) or isinstance(value, (list, dict)):
            continue
        text, _kind = _value(_Column(entity, field), str(value), names)
        if text:
            parts.append(text)
    return " · ".join(parts)


def readable(session: Session, entries: Iterable[AuditEntry]) -> list[ReadableChange]:
    """The old and new values of ``entries`` (in the same order) as a person reads them.

    An insert or delete carries the row's values as a summary (``services.audit``); it reads
    as those values in one line, e.g. "Honorare · 1.200,00 €"."""
    rows = list(entries)
    names = _Names(session, rows)
    out: list[ReadableChange] = []
    for entry in rows:
        if entry.action in ("insert", "delete"):
            out.append(ReadableChange(_summary(entry.entity, entry.old, names),
                                      _summary(entry.entity, entry.new, names)))
            continue
        old, old_kind = _value(entry, entry.old, names)
        new, new_kind = _value(entry, entry.new, names)
        out.append(ReadableChange(old, new, old_kind or new_kind))
    return out
