"""Synthetic demo data: what an SRO office accumulates over the years.

``generate_demo`` fills a database that already holds the Rostock seed (areas and default
bodies) with organisations, people, memberships, Stadtteiltisch, Sozialraumteam and
Lenkungsgruppe meetings, concerns, tasks, measures with their whole lifecycle, decisions, votes
and budgets. The history runs from January of the first year up to the reference date
``as_of`` (today for the current year, 31 December for a past one). Nothing is dated after it:
later meetings are planned ones with agendas only (up to the end of the second month after
``as_of``), measures stop at the state they reached by then, and the ledger ends on that day.

The same ``years``, ``seed``, ``end_year`` and ``as_of`` give the same rows, ids included.
Everything is fictitious; residents are only counted, never named. Rows go in with Core bulk
inserts in one write transaction, without audit entries (the demo is not user activity).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Area,
    AreaLevel,
    AreaPopulation,
    Body,
    BodyKind,
    ConcernStatus,
    Measure,
    MeasureStatus,
    Meeting,
)
from ..services.formatting import format_date
from ..services.measures.due import deadlines
from .database import Database
from .demo_budget import Budgets
from .demo_lg import Lenkungsgruppe
from .demo_measures import Application, Measures
from .demo_meetings import MeetingPlan, Meetings
from .demo_people import BodyInfo, People, Region, Space, body_row, build_organisations
from .demo_protocols import carry_over_tasks, close_minutes, srt_content, stt_content
from .demo_rosters import Rosters
from .demo_rows import IdSource, Row, RowStore

__all__ = ["DemoError", "DemoStats", "generate_demo", "reference_date"]

MAX_YEARS = 50
APPLICATIONS_PER_REGION = (17, 23)

_ADDRESSED = frozenset({
    MeasureStatus.APPROVED, MeasureStatus.APPROVED_WITH_CONDITIONS, MeasureStatus.AGREED,
    MeasureStatus.RUNNING, MeasureStatus.EVALUATION_DUE, MeasureStatus.EVALUATED,
    MeasureStatus.CLOSED, MeasureStatus.ARCHIVED,
})


class DemoError(RuntimeError):
    """The demo cannot be generated; the message is German and names the reason."""


@dataclass(frozen=True)
class DemoStats:
    """What a demo run wrote (row counts) and which period it covers."""

    first_year: int
    last_year: int
    as_of: date
    organizations: int
    people: int
    memberships: int
    meetings: int
    agenda_items: int
    attendances: int
    concerns: int
    tasks: int
    arrangements: int
    measures: int
    decisions: int
    votes: int
    ballots: int
    exclusions: int
    agreements: int
    budgets: int
    budget_entries: int
    status_changes: int
    rows: int


def check_demo_args(years: int, end_year: int | None, as_of: date | None) -> tuple[int, date]:
    """The last year and the reference date of a demo of ``years`` years; :class:`DemoError`
    when the arguments do not fit (the CLI asks before it creates a file)."""
    if not 1 <= years <= MAX_YEARS:
        raise DemoError(f"Jahre: {years} liegt außerhalb von 1 bis {MAX_YEARS}.")
    return reference_date(end_year, as_of)


def generate_demo(db: Database, *, years: int, seed: int, end_year: int | None = None,
                  as_of: date | None = None) -> DemoStats:
    """Fill a seeded database with ``years`` years of demo activity up to ``as_of``.

    See :func:`reference_date` for how ``end_year`` and ``as_of`` fix the period; only their
    defaults read today's date, so tests and benchmarks pin ``as_of`` (or a past ``end_year``)
    to get the same content on every day. Raises :class:`DemoError` when the arguments do not
    fit together, the areas are missing or the database already holds meetings or measures.
    """
    last_year, as_of = check_demo_args(years, end_year, as_of)
    first_year = last_year - years + 1
    with db.write() as session:
        session.info["audit"] = False
        _check_empty(session)
        store = RowStore(IdSource(seed))
        regions = _load_world(session, store, first_year)
        _simulate(random.Random(seed), store, regions, first_year, last_year, as_of)
        written = store.write(session)
    t = store.count
    return DemoStats(
        first_year=first_year, last_year=last_year, as_of=as_of,
        organizations=t("organizations"), people=t("people"), memberships=t("memberships"),
        meetings=t("meetings"), agenda_items=t("agenda_items"), attendances=t("attendances"),
        concerns=t("concerns"), tasks=t("tasks"), arrangements=t("arrangements"),
        measures=t("measures"), decisions=t("decisions"), votes=t("votes"),
        ballots=t("ballots"), exclusions=t("exclusions"), agreements=t("agreements"),
        budgets=t("budgets"), budget_entries=t("budget_entries"),
        status_changes=t("status_changes"), rows=written,
    )


def reference_date(end_year: int | None, as_of: date | None,
                   today: date | None = None) -> tuple[int, date]:
    """The demo's last year and reference date.

    An explicit ``as_of`` wins and must lie in ``end_year`` when both are given. Without it, a
    current (or omitted) ``end_year`` runs up to today, and any other year up to its
    31 December.
    """
    if as_of is not None:
        if end_year is not None and end_year != as_of.year:
            raise DemoError(
                f"Stichtag: {format_date(as_of)} liegt nicht im Endjahr {end_year} "
                "(der Stichtag muss im Endjahr liegen)."
            )
        return as_of.year, as_of
    today = today or date.today()
    last_year = end_year if end_year is not None else today.year
    return last_year, today if last_year == today.year else date(last_year, 12, 31)


def _check_empty(session: Session) -> None:
    for model, label in ((Meeting, "Sitzungen"), (Measure, "Maßnahmen")):
        if session.execute(select(func.count()).select_from(model)).scalar_one():
            raise DemoError(
                f"Demodaten: Die Datenbank enthält bereits {label}; Demodaten werden nur in "
                "eine frisch angelegte Datenbank geschrieben."
            )


def _load_world(session: Session, store: RowStore, first_year: int) -> list[Region]:
    """Regions, Sozialräume, Quartiere and default bodies as the database holds them."""
    areas = session.execute(
        select(Area.id, Area.parent_id, Area.level, Area.code, Area.name, Area.local_council,
               Area.is_model_region).where(Area.deleted_at.is_(None))
    ).all()
    by_parent: dict[uuid.UUID | None, list[Any]] = {}
    for a in areas:
        by_parent.setdefault(a.parent_id, []).append(a)
    population = dict(
        session.execute(
            select(AreaPopulation.area_id, AreaPopulation.residents)
            .order_by(AreaPopulation.reference_date)
        ).all()
    )
    bodies: dict[tuple[str, uuid.UUID], tuple[uuid.UUID, str]] = {}
    for b in session.execute(
        select(Body.id, Body.kind, Body.area_id, Body.name)
        .where(Body.deleted_at.is_(None)).order_by(Body.name)
    ):
        bodies.setdefault((b.kind, b.area_id), (b.id, b.name))

    def body(kind: str, area_id: uuid.UUID, name: str) -> BodyInfo:
        if (kind, area_id) in bodies:
            bid, bname = bodies[(kind, area_id)]
            return BodyInfo(bid, kind, bname, area_id)
        return body_row(store, kind, name, area_id, date(first_year - 1, 12, 1))

    regions: list[Region] = []
    for a in sorted((a for a in areas if a.level == AreaLevel.REGION), key=lambda a: a.code or ""):
        spaces: list[Space] = []
        for s in sorted((c for c in by_parent.get(a.id, []) if c.level == AreaLevel.SOCIAL_SPACE),
                        key=lambda c: c.code or c.name):
            quarters = sorted(((q.id, q.name) for q in by_parent.get(s.id, [])
                               if q.level == AreaLevel.QUARTER), key=lambda q: q[1])
            space = Space(s.id, s.code or s.name[:3], s.name, population.get(s.id, 10_000),
                          bool(s.is_model_region), quarters, s.local_council or "")
            space.stt = body(BodyKind.STADTTEILTISCH, s.id, f"Stadtteiltisch {s.name}")
            space.srt = body(BodyKind.SOZIALRAUMTEAM, s.id, f"Sozialraumteam {s.name}")
            spaces.append(space)
        if not spaces:
            continue
        code = a.code or a.name
        region = Region(a.id, code, code.removeprefix("RR-"), a.name, spaces)
        region.lg = body(BodyKind.LENKUNGSGRUPPE, a.id, f"Lenkungsgruppe {a.name}")
        for space in spaces:
            space.region = region
        regions.append(region)
    if not regions:
        raise DemoError(
            "Demodaten: Die Datenbank enthält keine Regionalräume mit Sozialräumen; bitte "
            "zuerst die Rostock-Grunddaten anlegen."
        )
    return regions


def _simulate(rng: random.Random, store: RowStore, regions: list[Region], first_year: int,
              last_year: int, as_of: date) -> None:
    people = People(rng, store, first_year)
    build_organisations(people, regions)
    rosters = Rosters(people, first_year, as_of.year)
    for region in regions:
        rosters.staff_lenkungsgruppe(region)
        for space in region.spaces:
            rosters.staff_sozialraumteam(space, region)
            rosters.staff_stadtteiltisch(space, region)
    for region in regions:
        assert region.lg is not None
        rosters.turnover(region.lg, 0.12)
        for space in region.spaces:
            assert space.stt is not None and space.srt is not None
            rosters.turnover(space.srt, 0.15)
            rosters.turnover(space.stt, 0.15)

    meetings = Meetings(rng, store, as_of)
    stt: dict[str, list[MeetingPlan]] = {}
    srt: dict[str, list[MeetingPlan]] = {}
    lg: dict[uuid.UUID, list[MeetingPlan]] = {}
    concerns: list[tuple[Row, MeetingPlan]] = []
    for region in regions:
        assert region.lg is not None
        lg[region.id] = meetings.calendar(region.lg, region, None, first_year)
        for space in region.spaces:
            assert space.stt is not None and space.srt is not None
            stt[space.code] = meetings.calendar(space.stt, region, space, first_year)
            srt[space.code] = meetings.calendar(space.srt, region, space, first_year)
            for plan in stt[space.code]:
                stt_content(meetings, plan, concerns)
            for plan in srt[space.code]:
                srt_content(meetings, plan)

    budgets = Budgets(store, as_of)
    measures = Measures(rng, store, meetings, budgets, as_of)
    for region in regions:
        budgets.allocation[region.id] = int(360_000 + 1.8 * region.population) * 100
        for year in range(first_year, last_year + 2):
            budgets.budget(region.id, year)
        _applications(rng, measures, region, stt, srt, first_year, last_year, as_of)
        Lenkungsgruppe(measures, region).run(lg[region.id])

    for plan in meetings.plans:
        close_minutes(meetings, plan)
    carry_over_tasks(meetings)
    _settle_concerns(rng, concerns, measures.apps, as_of)
    for app in measures.apps:
        _settle_measure(rng, app, as_of)
    for key in sorted(measures.sequences):
        store.plain("number_sequences", key=key, last_value=measures.sequences[key])


def _applications(rng: random.Random, measures: Measures, region: Region,
                  stt: dict[str, list[MeetingPlan]], srt: dict[str, list[MeetingPlan]],
                  first_year: int, last_year: int, as_of: date) -> None:
    weights = [s.population ** 0.5 * (1.8 if s.model_region else 1.0) for s in region.spaces]
    specs: list[tuple[date, int, Space]] = []
    for year in range(first_year, last_year + 1):
        for i in range(rng.randint(*APPLICATIONS_PER_REGION)):
            space = rng.choices(region.spaces, weights)[0]
            created = date(year, 1, 10) + timedelta(days=rng.randint(0, 345))
            if created <= as_of:
                specs.append((created, i, space))
    specs.sort(key=lambda s: (s[0], s[1]))
    for created, _i, space in specs:
        candidates = [p for p in stt[space.code] if p.held
                      and created - timedelta(days=90) <= p.day <= created - timedelta(days=5)]
        source = rng.choice(candidates) if candidates and rng.random() < 0.8 else None
        app = measures.create(region, space, created, source)
        submitted = created + timedelta(days=rng.randint(7, 35))
        measures.submit_and_discuss(app, submitted, srt[space.code])


def _settle_concerns(rng: random.Random, concerns: list[tuple[Row, MeetingPlan]],
                     apps: list[Application], as_of: date) -> None:
    for app in apps:
        if app.concern is None:
            continue
        if app.status in _ADDRESSED:
            app.concern["status"] = ConcernStatus.ADDRESSED
        elif app.status in (MeasureStatus.REJECTED, MeasureStatus.WITHDRAWN):
            app.concern["status"] = ConcernStatus.OPEN
        else:
            app.concern["status"] = ConcernStatus.IN_PROGRESS
    for row, plan in concerns:
        age = (as_of - plan.day).days
        r = rng.random()
        if age > 365:
            status = (ConcernStatus.ADDRESSED if r < 0.45 else
                      ConcernStatus.DROPPED if r < 0.8 else ConcernStatus.OPEN)
        elif age > 90:
            status = (ConcernStatus.IN_PROGRESS if r < 0.3 else
                      ConcernStatus.ADDRESSED if r < 0.5 else ConcernStatus.OPEN)
        else:
            status = ConcernStatus.IN_PROGRESS if r < 0.15 else ConcernStatus.OPEN
        row["status"] = status


def _settle_measure(rng: random.Random, app: Application, as_of: date) -> None:
    """Report dates, milestones and the next deadline as the services would keep them."""
    row = app.row
    if app.periods:
        first, last = app.periods[0], app.periods[-1]
        start: date = first["start_date"]
        end: date = last["end_date"]
        interim: date = start + (first["end_date"] - start) // 2
        row["interim_report_due"] = interim
        row["final_report_due"] = end + timedelta(days=60)
        row["proof_of_use_due"] = end + timedelta(days=180)
        started = app.status not in (MeasureStatus.APPROVED,
                                     MeasureStatus.APPROVED_WITH_CONDITIONS, MeasureStatus.AGREED)
        if started and interim <= as_of - timedelta(days=7) and rng.random() < 0.92:
            row["interim_report_received_on"] = max(start, interim - timedelta(
                days=rng.randint(0, 10)))
        for ms in app.milestones:
            ms["done"] = started and ms["due"] <= as_of
    open_due = [e["due"] for e in app.evaluations if e["completed_on"] is None]
    items = deadlines(
        status=app.status,
        interim_report_due=row["interim_report_due"],
        interim_report_received_on=row["interim_report_received_on"],
        final_report_due=row["final_report_due"],
        evaluation_due=min(open_due) if open_due else None,
        end=row["end"],
        proof_of_use_due=row["proof_of_use_due"],
        proof_of_use_checked_on=row["proof_of_use_checked_on"],
    )
    row["next_deadline"] = items[0].due if items else None
    if app.last is not None:
        row["updated_at"] = app.last
