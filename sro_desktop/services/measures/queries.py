"""Reading lists of measures: filtered, sorted and paged in SQL, and the CLI rows.

The list view never loads all measures: it asks for one page of rows at a time with the sort
and the filter done by the database (``ORDER BY`` / ``WHERE`` / ``LIMIT`` / ``OFFSET``), and the
area names of just that page in a second query.

Names sort in German order (DIN 5007-1, as :func:`services.formatting.german_sort_key`):
SQLite has no German collation and PostgreSQL's depends on the server's locale, so the sort
key is an expression that works the same on both: umlauts replaced by their base letter, ß by
"ss", then ``lower()``. Limits: SQLite's ``lower()`` folds ASCII letters only, so other
accented capitals (É, Å …) sort after Z there; ties keep the stored name as second key.

The search folds both sides the same way: the columns through that sort key, the search words
through the same umlaut replacements in Python and then the database's own ``lower()``, so
that "Östlichen", "östlichen" and "ostlichen" find "Am Östlichen Tor" on SQLite (whose
``lower()`` leaves "Ö" alone) and on PostgreSQL (whatever its locale) alike.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from ...models import (
    Area,
    AreaLevel,
    Evaluation,
    Measure,
    Organization,
    measure_areas,
)
from .due import EVALUATION_STATES, deadlines, due_condition, subtree_condition
from .labels import STATUS_LABELS
from .lookups import area_infos

__all__ = [
    "SORT_KEYS",
    "MeasureFilter",
    "MeasureRow",
    "cli_rows",
    "count_measures",
    "fetch_page",
    "fetch_rows",
    "german_sort_sql",
]


@dataclass(frozen=True)
class MeasureFilter:
    """What the list shows: a node of the area tree (None: all), search text, states, a year
    the measure runs in, and only the due ones."""

    area_id: uuid.UUID | None = None
    search: str = ""
    statuses: frozenset[str] | None = None
    year: int | None = None
    due_only: bool = False
    today: date | None = None


@dataclass(frozen=True)
class MeasureRow:
    """One line of the measure list."""

    id: uuid.UUID
    number: str
    title: str
    status: str
    area_label: str
    provider_name: str
    start: date | None
    end: date | None
    requested_cents: int
    approved_cents: int | None
    next_deadline: date | None
    extended: bool
    # What the next deadline is for ("interim_report", "evaluation", "end", "proof_of_use"):
    # the due view says which one is due, not only when.
    next_deadline_kind: str | None = None


_FOLDS = (("Ä", "a"), ("Ö", "o"), ("Ü", "u"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"),
          ("ẞ", "ss"))
_PY_FOLDS = str.maketrans(dict(_FOLDS))


def german_sort_sql(column: Any) -> ColumnElement[str]:
    """A German sort key of a text column in SQL (see the module docstring)."""
    expr: Any = func.coalesce(column, "")
    for umlaut, base in _FOLDS:
        expr = func.replace(expr, umlaut, base)
    result: ColumnElement[str] = func.lower(expr)
    return result


_STATUS_ORDER = case({s: i for i, s in enumerate(STATUS_LABELS)}, value=Measure.status, else_=99)
_FIRST_SPACE = (
    select(func.min(german_sort_sql(Area.name)))
    .join(measure_areas, measure_areas.c.area_id == Area.id)
    .where(measure_areas.c.measure_id == Measure.id, Area.level == AreaLevel.SOCIAL_SPACE)
    .correlate(Measure)
    .scalar_subquery()
)

SORT_KEYS: dict[str, Any] = {
    "number": Measure.number,
    "title": german_sort_sql(Measure.title),
    "status": _STATUS_ORDER,
    "area": _FIRST_SPACE,
    "provider": german_sort_sql(Organization.name),
    "period": Measure.start,
    "requested": Measure.requested_cents,
    "approved": Measure.approved_cents,
    "next_deadline": Measure.next_deadline,
    "deadline_kind": Measure.next_deadline,
}

_TIE_KEYS: dict[str, Any] = {
    "title": Measure.title,
    "provider": func.coalesce(Organization.name, ""),
}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_pattern(word: str) -> ColumnElement[str]:
    """The LIKE pattern of one search word, folded as :func:`german_sort_sql` folds a column:
    umlauts replaced here, ``lower()`` left to the database, so both sides fold alike."""
    pattern = f"%{_escape_like(word.translate(_PY_FOLDS))}%"
    result: ColumnElement[str] = func.lower(literal(pattern, String))
    return result


def _conditions(session: Session, flt: MeasureFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Measure.deleted_at.is_(None)]
    in_subtree = subtree_condition(session, None if flt.area_id is None else [flt.area_id])
    if in_subtree is not None:
        conditions.append(in_subtree)
    words = flt.search.split()
    for word in words:
        pattern = _search_pattern(word)
        conditions.append(
            or_(
                *(
                    german_sort_sql(column).like(pattern, escape="\\")
                    for column in (Measure.number, Measure.title, Organization.name)
                )
            )
        )
    if flt.statuses is not None:
        conditions.append(Measure.status.in_(sorted(flt.statuses)))
    if flt.year is not None:
        conditions.append(
            and_(
                Measure.start <= date(flt.year, 12, 31),
                or_(Measure.end.is_(None), Measure.end >= date(flt.year, 1, 1)),
            )
        )
    if flt.due_only:
        conditions.append(due_condition(flt.today or date.today()))
    return conditions


def count_measures(session: Session, flt: MeasureFilter) -> int:
    """How many measures the filter lets through."""
    return _count(session, _conditions(session, flt))


def _count(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    query = (
        select(func.count(Measure.id))
        .select_from(Measure)
        .outerjoin(Organization, Organization.id == Measure.provider_id)
        .where(*conditions)
    )
    return int(session.scalar(query) or 0)


def area_labels(session: Session, measure_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The Sozialräume (and Quartiere) of some measures, e.g. ``Groß Klein (Ortsteil X)``."""
    spaces: dict[uuid.UUID, list[str]] = defaultdict(list)
    quarters: dict[uuid.UUID, list[str]] = defaultdict(list)
    if not measure_ids:
        return {}
    rows = session.execute(
        select(measure_areas.c.measure_id, Area.name, Area.level)
        .join(Area, Area.id == measure_areas.c.area_id)
        .where(measure_areas.c.measure_id.in_(list(measure_ids)))
    )
    for measure_id, name, level in rows:
        (quarters if level == AreaLevel.QUARTER else spaces)[measure_id].append(name)
    out: dict[uuid.UUID, str] = {}
    for measure_id in measure_ids:
        names = sorted(spaces.get(measure_id, []))
        label = ", ".join(names)
        extra = sorted(q for q in quarters.get(measure_id, []) if q not in names)
        if extra:
            label += f" ({', '.join(extra)})"
        out[measure_id] = label.strip()
    return out


def fetch_rows(
    session: Session,
    flt: MeasureFilter,
    *,
    sort: str = "number",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[MeasureRow]:
    """One page of the filtered, sorted list."""
    return _rows(session, _conditions(session, flt), sort, descending, offset, limit)


def fetch_page(
    session: Session,
    flt: MeasureFilter,
    *,
    sort: str = "number",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> tuple[list[MeasureRow], int]:
    """One page of the list and how many measures the filter lets through in all.

    The filter is turned into SQL once for both; a first page shorter than ``limit`` is the
    whole list, so then no count is asked for (the list of one Sozialraum costs one query).
    """
    conditions = _conditions(session, flt)
    rows = _rows(session, conditions, sort, descending, offset, limit)
    if offset == 0 and len(rows) < limit:
        return rows, len(rows)
    return rows, _count(session, conditions)


_PAGE_COLUMNS = (
    Measure.id,
    Measure.number,
    Measure.title,
    Measure.status,
    Organization.name,
    Measure.start,
    Measure.end,
    Measure.requested_cents,
    Measure.approved_cents,
    Measure.next_deadline,
    Measure.extended,
    Measure.interim_report_due,
    Measure.interim_report_received_on,
    Measure.final_report_due,
    Measure.proof_of_use_due,
    Measure.proof_of_use_checked_on,
)


def _rows(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[MeasureRow]:
    key = SORT_KEYS.get(sort, Measure.number)
    order = [key.desc() if descending else key.asc()]
    tie = _TIE_KEYS.get(sort)
    if tie is not None:  # equal folded names ("Müller", "Muller"): the stored spelling decides
        order.append(tie.desc() if descending else tie.asc())
    order += [Measure.number, Measure.id]
    query = (
        select(*_PAGE_COLUMNS)
        .outerjoin(Organization, Organization.id == Measure.provider_id)
        .where(*conditions)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(query).all()
    ids = [r[0] for r in rows]
    labels = area_labels(session, ids)
    evaluations = _open_evaluations(session, [r[0] for r in rows if r[3] in EVALUATION_STATES])
    return [
        MeasureRow(
            id=r[0],
            number=r[1],
            title=r[2],
            status=r[3],
            area_label=labels.get(r[0], ""),
            provider_name=r[4] or "",
            start=r[5],
            end=r[6],
            requested_cents=r[7] or 0,
            approved_cents=r[8],
            next_deadline=r[9],
            extended=bool(r[10]),
            next_deadline_kind=_deadline_kind(r, evaluations.get(r[0])),
        )
        for r in rows
    ]


def _open_evaluations(session: Session, measure_ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    """Due dates of the requested, not yet recorded evaluations of some measures."""
    if not measure_ids:
        return {}
    rows = session.execute(
        select(Evaluation.measure_id, func.min(Evaluation.due))
        .where(Evaluation.measure_id.in_(measure_ids), Evaluation.completed_on.is_(None))
        .group_by(Evaluation.measure_id)
    )
    return {measure_id: due for measure_id, due in rows if due is not None}


def _deadline_kind(row: Any, evaluation_due: date | None) -> str | None:
    """Which open deadline the stored ``next_deadline`` of a row is."""
    if row[9] is None:
        return None
    items = deadlines(
        status=row[3], interim_report_due=row[11], interim_report_received_on=row[12],
        final_report_due=row[13], evaluation_due=evaluation_due, end=row[6],
        proof_of_use_due=row[14], proof_of_use_checked_on=row[15],
    )
    kind = next((i.kind for i in items if i.due == row[9]), None)
    return kind or (items[0].kind if items else None)


_LEVEL_DEPTH = {level.value: depth for depth, level in enumerate(AreaLevel)}


def _areas_of(session: Session) -> dict[uuid.UUID, list[tuple[str, str]]]:
    """(code or name, level) of every area linked to each measure (one query)."""
    out: dict[uuid.UUID, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(
        select(measure_areas.c.measure_id, Area.code, Area.name, Area.level).join(
            Area, Area.id == measure_areas.c.area_id
        )
    )
    for measure_id, code, name, level in rows:
        out[measure_id].append((code or name, level))
    return out


def cli_rows(session: Session) -> list[dict[str, Any]]:
    """All live measures for ``sro-desktop list measures --json`` (dates as ISO strings), with
    the code of their Regionalraum and the finest level among their areas."""
    rows = session.execute(
        select(
            Measure.id,
            Measure.number,
            Measure.title,
            Measure.status,
            Measure.requested_cents,
            Measure.approved_cents,
            Measure.start,
            Measure.end,
            Measure.extended,
            Measure.region_id,
        )
        .where(Measure.deleted_at.is_(None))
        .order_by(Measure.number)
    ).all()
    linked = _areas_of(session)
    infos = area_infos(session)
    out = []
    for r in rows:
        areas = linked.get(r[0], [])
        region = infos.get(r[9]) if r[9] is not None else None
        out.append({
            "id": str(r[0]),
            "number": r[1],
            "title": r[2],
            "status": r[3],
            "area_codes": sorted(code for code, _level in areas),
            "requested_cents": r[4] or 0,
            "approved_cents": r[5],
            "start": r[6].isoformat() if r[6] else None,
            "end": r[7].isoformat() if r[7] else None,
            "extended": bool(r[8]),
            "region_code": (region.code or region.name) if region else None,
            "area_level": max((level for _code, level in areas),
                              key=lambda lv: _LEVEL_DEPTH.get(lv, len(_LEVEL_DEPTH)),
                              default=None),
        })
    return out
