"""Sample budget data on a database seeded with the Rostock regions: for tests, the benchmark
fallback and screenshots. Goes through the real booking functions, so it obeys every rule.

Not the program's demo generator (that lives in storage); this one only fills what the budget
panel shows: chairs of each Lenkungsgruppe, budgets, measures with decisions, agreements,
payments and returns, and a planned meeting with pending applications.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    AgendaItem,
    AgendaKind,
    Agreement,
    Area,
    AreaLevel,
    Body,
    BodyKind,
    Decision,
    Measure,
    MeasureStatus,
    Meeting,
    MemberRole,
    Membership,
    Person,
    measure_areas,
)
from .allocation import set_budget
from .ledger import BudgetExceededError, book_agreement, book_commitment
from .payments import book_payment, book_return

__all__ = ["SampleIds", "add_sample_data"]

TITLES = (
    "Jugendtreff am Abend", "Elterncafé im Quartier", "Sommerferien-Werkstatt",
    "Mobile Spielplatzbetreuung", "Hausaufgabenhilfe mit Ehrenamtlichen", "Mädchen*treff",
    "Streetwork im Stadtteil", "Familienfrühstück", "Medienwerkstatt für Jugendliche",
    "Sport im Park", "Stadtteilgarten mit Kita", "Nachbarschaftsfest",
)


@dataclass
class SampleIds:
    """Ids of what the sample created, for tests."""

    measures: list[uuid.UUID] = field(default_factory=list)
    pending: list[uuid.UUID] = field(default_factory=list)
    chairs: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)


def _months_later(day: date, months: int) -> date:
    """The same day ``months`` later (the sample only starts on the 1st or the 15th)."""
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, day.day)


def _chairs(session: Session, region: Area, body: Body, ids: SampleIds, n: int) -> None:
    names = (("Anke", "Vorsitz"), ("Jens", "Stellvertretung"))
    for (first, last), role in zip(names, (MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR),
                                   strict=True):
        person = Person(id=uuid.uuid4(), first_name=first, last_name=f"{last}-{n}")
        session.add(person)
        session.add(Membership(id=uuid.uuid4(), body_id=body.id, person_id=person.id, role=role,
                               valid_from=date(2000, 1, 1)))
        ids.chairs.setdefault(region.id, []).append(person.id)


def add_sample_data(
    session: Session, *, years: range, seed: int = 1, measures_per_year: int = 10,
    today: date | None = None, user: str = "beispiel",
) -> SampleIds:
    """Fill budgets and measures of every seeded Regionalraum for ``years``."""
    rng = random.Random(seed)
    today = today or date.today()
    ids = SampleIds()
    regions = list(session.scalars(
        select(Area).where(Area.level == AreaLevel.REGION).order_by(Area.code)))
    counter = 0
    for n, region in enumerate(regions):
        spaces = list(session.scalars(
            select(Area).where(Area.parent_id == region.id,
                               Area.level == AreaLevel.SOCIAL_SPACE).order_by(Area.code)))
        body = session.scalars(select(Body).where(
            Body.area_id == region.id, Body.kind == BodyKind.LENKUNGSGRUPPE)).first()
        if body is None:
            body = Body(id=uuid.uuid4(), kind=BodyKind.LENKUNGSGRUPPE,
                        name=f"Lenkungsgruppe {region.name}", area_id=region.id)
            session.add(body)
        _chairs(session, region, body, ids, n)
        for year in years:
            set_budget(session, region_id=region.id, year=year,
                       amount_cents=rng.randrange(120_000, 220_000) * 100,
                       note=f"Zuweisung {year}", user=user, on=date(year, 1, 2))
        for year in years:
            for _ in range(measures_per_year):
                counter += 1
                start = date(year, rng.randrange(1, 13), rng.choice((1, 1, 15)))
                end = _months_later(start, rng.choice((6, 9, 12))) - timedelta(days=1)
                amount = rng.randrange(30, 260) * 10_000 + rng.choice((0, 0, 50))
                pending = start > today
                measure = Measure(
                    id=uuid.uuid4(), number=f"SRAE-{region.code}-{year}-{counter:04d}",
                    title=rng.choice(TITLES), region_id=region.id, start=start, end=end,
                    requested_cents=amount,
                    status=MeasureStatus.ON_AGENDA if pending else MeasureStatus.RUNNING,
                )
                session.add(measure)
                session.flush()
                picked = rng.sample(spaces, 2 if rng.random() < 0.1 else 1) if spaces else []
                for space in picked:
                    session.execute(measure_areas.insert().values(
                        measure_id=measure.id, area_id=space.id))
                ids.measures.append(measure.id)
                if pending:
                    ids.pending.append(measure.id)
                    continue
                _decide(session, rng, measure, region, start, end, amount, counter, user)
        _plan_meeting(session, body, ids, region, today)
    session.flush()
    return ids


def _decide(
    session: Session, rng: random.Random, measure: Measure, region: Area, start: date,
    end: date, amount: int, counter: int, user: str,
) -> None:
    decided = start - timedelta(days=30)
    decision = Decision(id=uuid.uuid4(), number=f"LG-{region.code}-{counter:05d}",
                        measure_id=measure.id, outcome="approved", decided_on=decided,
                        amount_cents=amount, period_start=start, period_end=end)
    session.add(decision)
    session.flush()
    try:
        book_commitment(session, measure_id=measure.id, decision_id=decision.id,
                        amount_cents=amount, start=start, end=end, user=user)
    except BudgetExceededError:
        measure.status = MeasureStatus.REJECTED
        return
    measure.approved_cents = amount
    if rng.random() < 0.8:
        agreed = amount if rng.random() < 0.8 else amount - 10_000
        agreement = Agreement(id=uuid.uuid4(), measure_id=measure.id, decision_id=decision.id,
                              agreed_on=decided + timedelta(days=14), amount_cents=agreed,
                              reference=f"V-{counter:05d}")
        session.add(agreement)
        session.flush()
        book_agreement(session, measure_id=measure.id, agreement_id=agreement.id,
                       amount_cents=agreed, start=start, end=end, user=user)
        if rng.random() < 0.7:
            paid = agreed // 2
            book_payment(session, measure_id=measure.id, year=start.year, amount_cents=paid,
                         on=start, user=user)
            if rng.random() < 0.3:
                book_return(session, measure_id=measure.id, year=start.year,
                            amount_cents=min(paid, 25_000), on=end, user=user,
                            reason="Rückfluss nicht verbrauchter Mittel")


def _plan_meeting(
    session: Session, body: Body, ids: SampleIds, region: Area, today: date
) -> None:
    pending = [m for m in ids.pending
               if (measure := session.get(Measure, m)) is not None
               and measure.region_id == region.id]
    if not pending:
        return
    meeting = Meeting(id=uuid.uuid4(), body_id=body.id, date=today + timedelta(days=10),
                      place="Sitzungsraum")
    session.add(meeting)
    for pos, measure_id in enumerate(pending[:6], start=1):
        measure = session.get(Measure, measure_id)
        assert measure is not None
        session.add(AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, position=pos,
                               number=f"6.{pos}", title=f"Antrag: {measure.title}",
                               kind=AgendaKind.APPLICATION, measure_id=measure_id))
