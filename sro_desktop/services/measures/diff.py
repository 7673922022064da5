"""Field-by-field differences between two versions of a measure, for the conflict dialog, and
the three-way merge its "Überschreiben" saves.

The merge works per field of the form (:data:`~.fields.FORM_FIELDS`), against the version both
sides started from (``base``): a field only the other person changed keeps their value, a field
only this user changed gets this user's value, a field both changed gets this user's value
(that is what "overwrite" means). Each child table (cost plan, partners …) counts as one field.
Two fields merge finer because their parts are independent: the linked concerns as a set (a
link added or removed on either side stays added or removed; links are also written from the
minutes) and the five principle texts one by one.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..formatting import format_date
from ..money import format_cents
from .data import MeasureData
from .fields import FIELD_LABELS, FORM_FIELDS
from .labels import COST_CATEGORY_LABELS

__all__ = [
    "COMBINED",
    "MINE",
    "OVERWRITTEN",
    "THEIRS",
    "FieldDifference",
    "MergeResult",
    "describe",
    "differences",
    "merge",
    "merge_links",
]

# What "Überschreiben" does with a field (``FieldDifference.outcome``):
MINE = "mine"  # only this user changed it: this user's value is saved
THEIRS = "theirs"  # only the other person changed it: their value stays
OVERWRITTEN = "overwritten"  # both changed it: this user's value replaces theirs
COMBINED = "combined"  # both changed different parts (links, principles): both kept


@dataclass(frozen=True)
class FieldDifference:
    """A field where the user's version and the stored one differ; ``theirs_changed`` tells
    whether the other user changed it (else only this user did)."""

    field: str
    label: str
    mine: str
    theirs: str
    theirs_changed: bool
    mine_changed: bool
    outcome: str = MINE


@dataclass(frozen=True)
class MergeResult:
    """The merged data to save and, per form field that differs, what the merge did."""

    data: MeasureData
    outcomes: dict[str, str]

    @property
    def overwritten(self) -> tuple[str, ...]:
        """Fields where this user's value replaces a change of the other person."""
        return tuple(f for f, o in self.outcomes.items() if o == OVERWRITTEN)


def _row(item: Any, names: Mapping[uuid.UUID, str]) -> str:
    parts: list[str] = []
    for f in dataclasses.fields(item):
        if f.name == "id":
            continue
        value = getattr(item, f.name)
        if value in (None, "", False):
            continue
        if f.name == "category":
            value = COST_CATEGORY_LABELS.get(value, value)
        parts.append(describe(f.name, value, names))
    return " · ".join(parts)


def describe(field: str, value: Any, names: Mapping[uuid.UUID, str]) -> str:
    """A readable German rendering of one field value."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, uuid.UUID):
        return names.get(value, str(value))
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and (field.endswith("_cents")):
        return format_cents(value)
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return "\n".join(f"{i}. {v}" for i, v in enumerate(value, start=1) if v) or "—"
        if all(isinstance(v, uuid.UUID) for v in value):
            return ", ".join(sorted(names.get(v, str(v)) for v in value))
        return "\n".join(_row(v, names) for v in value)
    return str(value)


def differences(
    base: MeasureData,
    mine: MeasureData,
    theirs: MeasureData,
    names: Mapping[uuid.UUID, str],
    merged: MergeResult | None = None,
) -> list[FieldDifference]:
    """Fields where ``mine`` and ``theirs`` differ, with who changed each since ``base`` and
    what :func:`merge` does with it (``merged``: its result, when the caller has it already)."""
    outcomes = (merged or merge(base, mine, theirs)).outcomes
    out: list[FieldDifference] = []
    for name in FORM_FIELDS:
        label = FIELD_LABELS[name]
        a, b, c = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if _same(b, c):
            continue
        out.append(
            FieldDifference(
                name,
                label,
                describe(name, b, names),
                describe(name, c, names),
                theirs_changed=not _same(a, c),
                mine_changed=not _same(a, b),
                outcome=outcomes.get(name, THEIRS),
            )
        )
    return out


def merge_links(
    stored: tuple[uuid.UUID, ...], base: tuple[uuid.UUID, ...], edited: tuple[uuid.UUID, ...]
) -> tuple[uuid.UUID, ...]:
    """The ``stored`` links with the editor's additions and removals (``edited`` against
    ``base``) applied, in the order :func:`~.repository.load_measure` gives them."""
    added, removed = set(edited) - set(base), set(base) - set(edited)
    return tuple(sorted((set(stored) | added) - removed, key=str))


def merge(base: MeasureData, mine: MeasureData, theirs: MeasureData) -> MergeResult:
    """This user's changes (``mine`` against ``base``) applied onto the stored ``theirs``.

    Everything outside the form (status, number, version, approved money …) comes from
    ``theirs``, so the result saves as an ordinary save of the stored version: should a third
    person save in between, that save is refused again instead of losing their change.
    """
    values: dict[str, Any] = {}
    outcomes: dict[str, str] = {}
    for name in FORM_FIELDS:
        a, b, c = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        mine_changed, theirs_changed = not _same(a, b), not _same(a, c)
        if not mine_changed:
            if theirs_changed:
                outcomes[name] = THEIRS
            continue  # theirs already holds the value
        if not theirs_changed or _same(b, c):
            values[name] = b
            outcomes[name] = MINE
            continue
        if name == "concern_ids":
            values[name] = merge_links(c, a, b)
            outcomes[name] = COMBINED
        elif name == "principles":
            texts = tuple(m if m != o else t for o, m, t in zip(a, b, c, strict=True))
            values[name] = texts
            both = any(o != m and o != t and m != t for o, m, t in zip(a, b, c, strict=True))
            outcomes[name] = OVERWRITTEN if both else COMBINED
        else:
            values[name] = b
            outcomes[name] = OVERWRITTEN
    return MergeResult(dataclasses.replace(theirs, **values), outcomes)


def _same(a: Any, b: Any) -> bool:
    """Equal up to the row ids of new children (a new row has no id until it is saved)."""
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return all(_same(x, y) for x, y in zip(a, b, strict=True))
    if dataclasses.is_dataclass(a) and dataclasses.is_dataclass(b):
        return dataclasses.replace(a, id=None) == dataclasses.replace(b, id=None)  # type: ignore[type-var]
    return bool(a == b)
