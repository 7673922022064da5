"""Plumbing of the demo generator: deterministic ids, local times, dates and the row store.

Rows are plain dicts collected per table and written at the end with Core bulk inserts in the
dependency order of the metadata, so a whole simulated history goes to the database in one
write transaction.
"""

from __future__ import annotations

import calendar
import random
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from ..models import Base

DEMO_USER = "demo"

Row = dict[str, Any]


class IdSource:
    """UUIDs from a seeded generator: the same seed gives the same ids."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"ids:{seed}")

    def new(self) -> uuid.UUID:
        """A fresh version-4 UUID."""
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


@cache
def _summer_time(year: int) -> tuple[date, date]:
    """Last Sundays of March and October: CEST runs between them (EU rule since 1996)."""
    out = []
    for month in (3, 10):
        last = date(year, month, calendar.monthrange(year, month)[1])
        out.append(last - timedelta(days=(last.weekday() + 1) % 7))
    return out[0], out[1]


def local_to_utc(day: date, at: time) -> datetime:
    """A wall-clock time in Rostock (CET/CEST, EU rules) as an aware UTC datetime.

    Computed by rule rather than through ``zoneinfo`` so the demo does not depend on the
    platform's time-zone database (Windows has none without the tzdata package).
    """
    start, end = _summer_time(day.year)
    summer = start < day < end or (day == start and at >= time(2)) or (
        day == end and at < time(3)
    )
    offset = 2 if summer else 1
    naive = datetime.combine(day, at) - timedelta(hours=offset)
    return naive.replace(tzinfo=UTC)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (clamped to the month's end)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start: date, months: int) -> date:
    """Last day of a period of ``months`` months beginning on ``start``."""
    return add_months(start, months) - timedelta(days=1)


def first_of_next_month(day: date) -> date:
    """The first day of the month after ``day``."""
    return add_months(date(day.year, day.month, 1), 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n is 1-based."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


class RowStore:
    """Rows per table, written in foreign-key order with Core bulk inserts."""

    def __init__(self, ids: IdSource) -> None:
        self.ids = ids
        self.tables: dict[str, list[Row]] = defaultdict(list)

    def entity(self, table: str, stamp: datetime, **values: Any) -> Row:
        """Add an entity row with id and audit columns set from the simulated time ``stamp``."""
        row: Row = {
            "id": self.ids.new(),
            "created_at": stamp,
            "updated_at": stamp,
            "updated_by": DEMO_USER,
            "row_version": 1,
        }
        row.update(values)
        self.tables[table].append(row)
        return row

    def plain(self, table: str, **values: Any) -> Row:
        """Add a row of a table without entity columns (association and counter tables)."""
        row: Row = dict(values)
        self.tables[table].append(row)
        return row

    def count(self, table: str) -> int:
        """Rows collected for ``table``."""
        return len(self.tables.get(table, ()))

    def write(self, session: Session, *, batch: int = 5000) -> int:
        """Insert everything; returns the number of rows written.

        Rows of one table are grouped by their key sets because an executemany needs the same
        parameters in every row; omitted columns get their model defaults.
        """
        written = 0
        known = {t.name for t in Base.metadata.sorted_tables}
        unknown = set(self.tables) - known
        if unknown:
            raise KeyError(f"unknown tables: {sorted(unknown)}")
        for table in Base.metadata.sorted_tables:
            rows = self.tables.get(table.name)
            if not rows:
                continue
            # A row may point to a later row of its own table (minutes approved in the next
            # meeting); such columns are inserted empty and set afterwards, which works with
            # immediate foreign-key checks on SQLite and PostgreSQL alike.
            later = [
                c.name
                for c in table.columns
                if any(fk.column.table is table for fk in c.foreign_keys)
                and any(r.get(c.name) is not None for r in rows)
            ]
            if later:
                first = [{**r, **dict.fromkeys(later)} for r in rows]
                written += _insert_grouped(session, table, first, batch)
                for name in later:
                    # updated_at is passed explicitly: its onupdate default would stamp the
                    # real clock and make two runs with the same seed differ.
                    pairs = [
                        {"b_id": r["id"], "b_value": r[name], "b_stamp": r["updated_at"]}
                        for r in rows
                        if r.get(name) is not None
                    ]
                    stmt = (
                        update(table)
                        .where(table.c.id == bindparam("b_id"))
                        .values({name: bindparam("b_value"), "updated_at": bindparam("b_stamp")})
                    )
                    session.connection().execute(stmt, pairs)
            else:
                written += _insert_grouped(session, table, rows, batch)
        return written


def _insert_grouped(session: Session, table: Table, rows: list[Row], batch: int) -> int:
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    order: list[tuple[str, ...]] = []
    for row in rows:
        key = tuple(sorted(row))
        if key not in groups:
            order.append(key)
        groups[key].append(row)
    for key in order:
        chunk = groups[key]
        for i in range(0, len(chunk), batch):
            session.execute(insert(table), chunk[i : i + batch])
    return len(rows)
