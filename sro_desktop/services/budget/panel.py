"""What the budget panel shows for a tree node and a year: figures, rows by Sozialraum (or, city-
wide, by Regionalraum) and by measure, and the what-if of the next Lenkungsgruppe meeting.

All sums come from one GROUP BY over the ledger (see ``figures``); rows are frozen dataclasses.
A measure in several Sozialräume is shown in the row "mehrere Sozialräume" so that the rows add
up exactly to the region's figures.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, AreaLevel, Budget, Measure, measure_areas
from ..formatting import german_sort_key
from .figures import Figures, MeasureMoney, figures_from_sums, load_sums
from .scope import Scope, resolve_scope, short_region_name
from .whatif import WhatIf, what_if

__all__ = [
    "MULTI_KEY",
    "NONE_KEY",
    "REST_KEY",
    "PanelData",
    "Row",
    "load_panel",
    "measure_space_map",
    "top_rows",
]

# Keys of the two rows that are no single Sozialraum.
MULTI_KEY = uuid.UUID(int=1)
NONE_KEY = uuid.UUID(int=0)
# Key of the row that sums the measures beyond the top ones (chart "nach Maßnahme").
REST_KEY = uuid.UUID(int=2)


class Space(NamedTuple):
    """A Sozialraum as the panel needs it."""

    id: uuid.UUID
    name: str
    code: str


@dataclass(frozen=True)
class Row:
    """One table row: a Sozialraum (or Regionalraum), or a measure, with its money.

    Only Regionalraum rows (city-wide) have a total, so only their ``figures.available`` means
    anything."""

    key: uuid.UUID
    label: str
    detail: str
    figures: Figures
    highlighted: bool = False
    # A shorter name for narrow places (a measure's title without its number); "" = label.
    short_label: str = ""

    @property
    def short(self) -> str:
        """The short name (the label when there is none)."""
        return self.short_label or self.label


@dataclass(frozen=True)
class PanelData:
    """Everything the panel shows for one scope and year."""

    scope: Scope
    year: int
    figures: Figures
    by_area: tuple[Row, ...]
    by_measure: tuple[Row, ...]
    what_if: WhatIf
    area_heading: str
    has_budget: bool
    # Measure ids behind each Sozialraum row (for the entries behind a row).
    measures_of: dict[uuid.UUID, tuple[uuid.UUID, ...]]


def measure_space_map(
    session: Session, measure_ids: list[uuid.UUID], region_ids: tuple[uuid.UUID, ...]
) -> tuple[dict[uuid.UUID, set[uuid.UUID]], list[Space]]:
    """Per measure, the Sozialräume it lies in (a Quartier counts for its Sozialraum); and the
    Sozialräume of the regions (plain tuples: loading ORM objects costs more than the query)."""
    spaces = [
        Space(area_id, name, code or "")
        for area_id, name, code in session.execute(
            select(Area.id, Area.name, Area.code).where(
                Area.parent_id.in_(region_ids), Area.level == AreaLevel.SOCIAL_SPACE,
                Area.deleted_at.is_(None)))
    ]
    space_ids = {a.id for a in spaces}
    out: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    if not measure_ids:
        return out, spaces
    rows = session.execute(
        select(measure_areas.c.measure_id, Area.id, Area.level, Area.parent_id)
        .join(Area, Area.id == measure_areas.c.area_id)
        .where(measure_areas.c.measure_id.in_(measure_ids))
    ).all()
    for measure_id, area_id, level, parent_id in rows:
        if level == AreaLevel.SOCIAL_SPACE:
            out[measure_id].add(area_id)
        elif level == AreaLevel.QUARTER and parent_id is not None:
            out[measure_id].add(parent_id)
    for measure_id, ids in out.items():
        # Areas outside these regions (data errors) must not make rows disappear.
        out[measure_id] = {i for i in ids if i in space_ids} or ids
    return out, spaces


def load_panel(
    session: Session, area_id: uuid.UUID, year: int, *, today: date | None = None
) -> PanelData | None:
    """The panel of a tree node for a year; None when the node has no Regionalraum."""
    scope = resolve_scope(session, area_id)
    if scope is None:
        return None
    budgets = dict(session.execute(
        select(Budget.id, Budget.area_id).where(
            Budget.area_id.in_(scope.region_ids), Budget.year == year)
    ).all())
    totals, sums = load_sums(session, budgets)
    region_totals = {budgets[b]: cents for b, cents in totals.items()}
    by_region: dict[uuid.UUID, dict[uuid.UUID | None, MeasureMoney]] = defaultdict(dict)
    per_measure: dict[uuid.UUID | None, MeasureMoney] = {}
    for (budget_id, measure_id), money in sums.items():
        by_region[budgets[budget_id]][measure_id] = money
        per_measure[measure_id] = money
    figures = figures_from_sums(sum(totals.values()), per_measure.values())
    measure_ids = [m for m in per_measure if m is not None]
    spaces_of, spaces = measure_space_map(session, measure_ids, scope.region_ids)
    measures_of: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for mid in measure_ids:
        measures_of[_space_key(mid, spaces_of)].append(mid)
    if scope.city_wide:
        by_area = _rows_by_region(session, scope, by_region, region_totals)
    else:
        by_area = _rows_by_space(scope, per_measure, spaces_of, spaces)
    return PanelData(
        scope=scope, year=year, figures=figures, by_area=by_area,
        by_measure=_rows_by_measure(session, scope, per_measure, spaces_of, spaces),
        what_if=what_if(session, scope, year, by_region, region_totals, today=today),
        area_heading="Regionalraum" if scope.city_wide else "Sozialraum",
        has_budget=bool(budgets),
        measures_of={key: tuple(ids) for key, ids in measures_of.items()},
    )


def _rows_by_measure(
    session: Session, scope: Scope, per_measure: dict[uuid.UUID | None, MeasureMoney],
    spaces_of: dict[uuid.UUID, set[uuid.UUID]], spaces: list[Space],
) -> tuple[Row, ...]:
    ids = [m for m in per_measure if m is not None]
    info = {
        mid: (f"{number} {title}", title)
        for mid, number, title in session.execute(
            select(Measure.id, Measure.number, Measure.title).where(Measure.id.in_(ids))
        )
    }
    space_name = {a.id: a.name for a in spaces}
    rows: list[Row] = []
    for mid, money in per_measure.items():
        in_spaces = spaces_of.get(mid, set()) if mid else set()
        names = sorted((space_name.get(i, "?") for i in in_spaces), key=german_sort_key)
        label, title = info.get(mid, ("?", "")) if mid else ("ohne Maßnahme", "")
        rows.append(Row(
            mid or NONE_KEY, label, ", ".join(names) or "ohne Sozialraum",
            figures_from_sums(0, [money]),
            highlighted=scope.highlight_id is not None and scope.highlight_id in in_spaces,
            short_label=title,
        ))
    return tuple(sorted(rows, key=lambda r: r.label))


def _space_key(mid: uuid.UUID | None, spaces_of: dict[uuid.UUID, set[uuid.UUID]]) -> uuid.UUID:
    ids = spaces_of.get(mid, set()) if mid else set()
    return next(iter(ids)) if len(ids) == 1 else (MULTI_KEY if ids else NONE_KEY)


def _rows_by_space(
    scope: Scope, per_measure: dict[uuid.UUID | None, MeasureMoney],
    spaces_of: dict[uuid.UUID, set[uuid.UUID]], spaces: list[Space],
) -> tuple[Row, ...]:
    groups: dict[uuid.UUID, list[MeasureMoney]] = defaultdict(list)
    for mid, money in per_measure.items():
        groups[_space_key(mid, spaces_of)].append(money)
    rows = [
        Row(a.id, a.name, a.code, figures_from_sums(0, groups.get(a.id, [])),
               highlighted=a.id == scope.highlight_id)
        for a in sorted(spaces, key=lambda a: (a.code, german_sort_key(a.name)))
    ]
    if groups.get(MULTI_KEY):
        rows.append(Row(MULTI_KEY, "mehrere Sozialräume", "",
                           figures_from_sums(0, groups[MULTI_KEY])))
    if groups.get(NONE_KEY):
        rows.append(Row(NONE_KEY, "ohne Sozialraum", "", figures_from_sums(0, groups[NONE_KEY])))
    return tuple(rows)


def _rows_by_region(
    session: Session, scope: Scope,
    by_region: dict[uuid.UUID, dict[uuid.UUID | None, MeasureMoney]],
    totals: dict[uuid.UUID, int],
) -> tuple[Row, ...]:
    names = {
        area_id: (short_region_name(name), code or "")
        for area_id, name, code in session.execute(
            select(Area.id, Area.name, Area.code).where(Area.id.in_(scope.region_ids)))
    }
    return tuple(
        Row(rid, names.get(rid, ("?", ""))[0], names.get(rid, ("?", ""))[1],
               figures_from_sums(totals.get(rid, 0), by_region.get(rid, {}).values()))
        for rid in scope.region_ids
    )


def top_rows(rows: Sequence[Row], limit: int) -> tuple[tuple[Row, ...], Row | None, int]:
    """The ``limit`` rows that bind the most money (most first), one row summing the others
    (key ``REST_KEY``, label "übrige"; None when there are none) and how many it sums.

    The chart by measure shows these, so that its bars add up to the whole budget's bound
    money however many measures there are.
    """
    ordered = sorted(rows, key=lambda r: (-r.figures.used, r.label))
    top, rest = tuple(ordered[:limit]), ordered[limit:]
    if not rest:
        return top, None, 0
    summed = sum((r.figures for r in rest), Figures())
    return top, Row(REST_KEY, "übrige", "", summed), len(rest)
