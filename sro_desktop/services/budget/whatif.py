"""The what-if line: "if the pending applications on the next Lenkungsgruppe agenda are approved,
available money becomes …", per application (alone and cumulative in agenda order) and in total.

Pending applications are the measures on the agenda of the region's next planned Lenkungsgruppe
meeting whose status is still open (eingereicht, beraten, auf Tagesordnung, vertagt). Without a
planned meeting, the measures with status "auf Tagesordnung" count. Each application needs the
part of its requested money (its extension's money for an extension item) that falls into the
year, split like a decision would be (hand-set shares first, else pro rata by month).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    AgendaKind,
    Area,
    Body,
    BodyKind,
    Measure,
    MeasurePeriod,
    MeasureStatus,
    Meeting,
    MeetingStatus,
    PeriodKind,
)
from .figures import MeasureMoney, figures_from_sums
from .scope import Scope, short_region_name
from .split import SplitError, split_for_measure

__all__ = ["PENDING_STATUSES", "WhatIf", "WhatIfRow", "what_if"]

PENDING_STATUSES = frozenset({
    MeasureStatus.SUBMITTED, MeasureStatus.DISCUSSED, MeasureStatus.ON_AGENDA,
    MeasureStatus.DEFERRED,
})


@dataclass(frozen=True)
class WhatIfRow:
    """One pending application and the available money if it (and those before it) pass."""

    measure_id: uuid.UUID
    number: str
    title: str
    where: str
    needed: int
    available_alone: int
    available_cumulative: int
    note: str = ""

    @property
    def overdraws_alone(self) -> bool:
        """Approving only this application would overdraw the budget."""
        return self.available_alone < 0

    @property
    def overdraws_cumulative(self) -> bool:
        """Approving it after the ones above it would overdraw the budget."""
        return self.available_cumulative < 0


@dataclass(frozen=True)
class WhatIf:
    """The what-if of a scope and year."""

    rows: tuple[WhatIfRow, ...]
    available_now: int
    needed_total: int
    # The next Lenkungsgruppe meeting of each region that has one planned, as (the
    # Regionalraum's short name, or "" for a single region; date): the panel words them.
    meeting_dates: tuple[tuple[str, date], ...] = ()

    @property
    def available_after(self) -> int:
        """Available money if every pending application is approved."""
        return self.available_now - self.needed_total


class _Pending(NamedTuple):
    """A pending application as the what-if needs it (plain columns, no ORM object)."""

    id: uuid.UUID
    number: str
    title: str
    requested: int
    start: date | None
    end: date | None
    agenda_number: str
    agenda_kind: str


_COLUMNS = (Measure.id, Measure.number, Measure.title, Measure.requested_cents, Measure.start,
            Measure.end)


def _next_meeting(
    session: Session, region_id: uuid.UUID, today: date
) -> tuple[uuid.UUID, date] | None:
    row = session.execute(
        select(Meeting.id, Meeting.date)
        .join(Body, Body.id == Meeting.body_id)
        .where(
            Body.area_id == region_id, Body.kind == BodyKind.LENKUNGSGRUPPE,
            Body.deleted_at.is_(None), Meeting.deleted_at.is_(None),
            Meeting.status == MeetingStatus.PLANNED, Meeting.date >= today,
        )
        .order_by(Meeting.date)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _pending(
    session: Session, region_id: uuid.UUID, today: date
) -> tuple[date | None, list[_Pending]]:
    """The date of the next meeting and the pending applications in agenda order."""
    meeting = _next_meeting(session, region_id, today)
    if meeting is None:
        loose = session.execute(
            select(*_COLUMNS).where(
                Measure.region_id == region_id, Measure.status == MeasureStatus.ON_AGENDA,
                Measure.deleted_at.is_(None),
            ).order_by(Measure.number)
        ).all()
        return None, [_Pending(*row, "", AgendaKind.APPLICATION) for row in loose]
    rows = session.execute(
        select(*_COLUMNS, AgendaItem.number, AgendaItem.kind)
        .join(AgendaItem, AgendaItem.measure_id == Measure.id)
        .where(
            AgendaItem.meeting_id == meeting[0], AgendaItem.deleted_at.is_(None),
            Measure.deleted_at.is_(None), Measure.status.in_(PENDING_STATUSES),
        )
        .order_by(AgendaItem.position)
    ).all()
    return meeting[1], [_Pending(*row) for row in rows]


def _money_of(session: Session, item: _Pending) -> tuple[int, date | None, date | None]:
    if item.agenda_kind == AgendaKind.EXTENSION:
        period = session.execute(
            select(MeasurePeriod.amount_cents, MeasurePeriod.start_date, MeasurePeriod.end_date)
            .where(MeasurePeriod.measure_id == item.id,
                   MeasurePeriod.kind == PeriodKind.EXTENSION)
            .order_by(MeasurePeriod.sequence.desc())
        ).first()
        if period is not None:
            return int(period[0]), period[1], period[2]
    return item.requested, item.start, item.end


def what_if(
    session: Session, scope: Scope, year: int,
    moneys: dict[uuid.UUID, dict[uuid.UUID | None, MeasureMoney]],
    totals: dict[uuid.UUID, int], *, today: date | None = None,
) -> WhatIf:
    """The what-if of ``scope`` in ``year``; ``moneys`` and ``totals`` are keyed by region."""
    today = today or date.today()
    rows: list[WhatIfRow] = []
    meeting_dates: list[tuple[str, date]] = []
    available_now = needed_total = 0
    names = dict(session.execute(
        select(Area.id, Area.name).where(Area.id.in_(scope.region_ids))).all())
    for region_id in scope.region_ids:
        region_money = dict(moneys.get(region_id, {}))
        total = totals.get(region_id, 0)
        available = figures_from_sums(total, region_money.values()).available
        available_now += available
        cumulative = available
        meeting_on, pending = _pending(session, region_id, today)
        if meeting_on is not None:
            region = short_region_name(names.get(region_id, "")) if scope.city_wide else ""
            meeting_dates.append((region, meeting_on))
        for measure in pending:
            amount, start, end = _money_of(session, measure)
            where = (f"TOP {measure.agenda_number}" if measure.agenda_number
                     else "auf Tagesordnung (ohne Termin)")
            if start is None or end is None:
                rows.append(WhatIfRow(measure.id, measure.number, measure.title, where, 0,
                                      available, cumulative, "Laufzeit fehlt"))
                continue
            try:
                share = split_for_measure(session, measure.id, start, end, amount).get(year, 0)
            except SplitError as exc:
                rows.append(WhatIfRow(measure.id, measure.number, measure.title, where, 0,
                                      available, cumulative, str(exc)))
                continue
            if share == 0:
                continue
            before = region_money.get(measure.id, MeasureMoney())
            after = before.plus("committed", share)
            needed = after.used - before.used
            region_money[measure.id] = after
            cumulative -= needed
            needed_total += needed
            rows.append(WhatIfRow(measure.id, measure.number, measure.title, where, needed,
                                  available - needed, cumulative))
    return WhatIf(tuple(rows), available_now, needed_total, tuple(meeting_dates))
