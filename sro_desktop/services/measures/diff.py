"""Field-by-field differences between two versions of a measure, for the conflict dialog."""

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

__all__ = ["FieldDifference", "describe", "differences"]


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
    base: MeasureData, mine: MeasureData, theirs: MeasureData, names: Mapping[uuid.UUID, str]
) -> list[FieldDifference]:
    """Fields where ``mine`` and ``theirs`` differ, with who changed each since ``base``."""
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
            )
        )
    return out


def _same(a: Any, b: Any) -> bool:
    """Equal up to the row ids of new children (a new row has no id until it is saved)."""
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return all(_same(x, y) for x, y in zip(a, b, strict=True))
    if dataclasses.is_dataclass(a) and dataclasses.is_dataclass(b):
        return dataclasses.replace(a, id=None) == dataclasses.replace(b, id=None)  # type: ignore[type-var]
    return bool(a == b)
