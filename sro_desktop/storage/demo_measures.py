"""Demo measures: applications with their plans, the way to the Lenkungsgruppe, and their life
after a decision (agreement, periods, payments, evaluation, extension, closing)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from ..models import AgendaKind, MeasureStatus
from ..services.formatting import format_date
from . import demo_texts as tx
from . import demo_texts_work as wx
from .demo_budget import Budgets
from .demo_meetings import MeetingPlan, Meetings
from .demo_people import Org, Person, Region, Space
from .demo_rows import (
    DEMO_USER,
    Row,
    RowStore,
    first_of_next_month,
    local_to_utc,
    period_end,
)

QueueKind = Literal["application", "extension", "evaluation"]
EVALUATION_LEAD_DAYS = 56


@dataclass(eq=False)
class Application:
    """A measure on its way through the process."""

    row: Row
    region: Region
    space: Space
    provider: Org
    contact: Person
    idea: tuple[str, str, tuple[str, ...]]
    created: date
    concern: Row | None = None
    concern_day: date | None = None
    status: str = ""  # before the "create" step
    last: datetime | None = None
    halted: bool = False
    planned_months: int = 12
    money_partners: set[uuid.UUID] = field(default_factory=set)
    milestones: list[Row] = field(default_factory=list)
    evaluations: list[Row] = field(default_factory=list)
    periods: list[Row] = field(default_factory=list)
    cost_position: int = 0
    funding_position: int = 0
    srae_requested: int = 0
    initial_total: int = 0
    pending_srae: int = 0
    approved_total: int = 0
    paid_by_year: dict[int, int] = field(default_factory=dict)
    deferred_once: bool = False
    wants_extension: bool = False
    extension_months: int = 12

    @property
    def id(self) -> uuid.UUID:
        """The measure id."""
        value = self.row["id"]
        assert isinstance(value, uuid.UUID)
        return value

    @property
    def number(self) -> str:
        """The human number, e.g. ``SRAE-NW-2026-007``."""
        return str(self.row["number"])

    @property
    def title(self) -> str:
        """The measure's title."""
        return str(self.row["title"])


@dataclass(eq=False)
class QueueEntry:
    """Something a Lenkungsgruppe has to hear, from ``ready`` on."""

    ready: date
    kind: QueueKind
    app: Application


class Measures:
    """Creates measures and moves them through their lifecycle."""

    def __init__(self, rng: random.Random, store: RowStore, meetings: Meetings,
                 budgets: Budgets, as_of: date) -> None:
        self.rng = rng
        self.store = store
        self.meetings = meetings
        self.budgets = budgets
        self.as_of = as_of
        self.apps: list[Application] = []
        self.queue: dict[uuid.UUID, list[QueueEntry]] = {}
        self.sequences: dict[str, int] = {}

    def next_number(self, prefix: str, width: int = 3) -> str:
        """The next human number with this prefix (``SRAE-NW-2026`` → ``SRAE-NW-2026-008``)."""
        value = self.sequences.get(prefix, 0) + 1
        self.sequences[prefix] = value
        return f"{prefix}-{value:0{width}d}"

    # --- status -----------------------------------------------------------------------------

    def change(self, app: Application, day: date, at: time, action: str, to: str,
               note: str = "") -> bool:
        """Record a lifecycle step, unless it lies after the demo's reference date."""
        if app.halted or day > self.as_of:
            app.halted = True
            return False
        stamp = local_to_utc(day, at)
        if app.last is not None and stamp <= app.last:
            stamp = app.last + timedelta(minutes=1)
        self.store.entity("status_changes", stamp, measure_id=app.id, at=stamp, by=DEMO_USER,
                          action=action, from_status=app.status, to_status=to, note=note)
        app.status = to
        app.last = stamp
        app.row["status"] = to
        app.row["updated_at"] = stamp
        return True

    # --- application ------------------------------------------------------------------------

    def create(self, region: Region, space: Space, created: date,
               concern_plan: MeetingPlan | None) -> Application:
        """A new application (draft) with its financing plan, partners, goals and milestones."""
        rng = self.rng
        provider = rng.choice(region.providers)
        contact = rng.choice(provider.staff)
        idea = rng.choice(wx.CONCERNS)
        m = self.meetings
        title = m.fill_text(rng.choice(idea[2]), space)
        prefix = f"SRAE-{region.short}-{created.year}"
        tg = rng.sample(wx.TARGET_GROUPS, k=rng.randint(1, 3))
        stamp = local_to_utc(created, time(10))
        planned_start = first_of_next_month(created + timedelta(days=75))
        months = rng.choice((6, 8, 9, 10, 12, 12, 12))
        row = self.store.entity(
            "measures", stamp,
            number=self.next_number(prefix), title=title[:300], status=MeasureStatus.DRAFT,
            region_id=region.id, provider_id=provider.id, contact_name=contact.name,
            contact_email=contact.email, contact_phone="",
            places="; ".join(rng.sample([
                f"Räume des Trägers {space.in_phrase}",
                f"Öffentlicher Raum {rng.choice(tx.local_places(space.code))}",
                f"Stadtteil- und Begegnungszentrum {space.name}"], k=rng.randint(1, 2))),
            summary=rng.choice(wx.SUMMARIES).format(tg=tg[0][0], in_sr=space.in_phrase),
            need="", need_raised_at="", plan=rng.choice(wx.PLANS),
            principle_1=rng.choice(wx.PRINCIPLES[0]), principle_2=rng.choice(wx.PRINCIPLES[1]),
            principle_3=rng.choice(wx.PRINCIPLES[2]), principle_4=rng.choice(wx.PRINCIPLES[3]),
            principle_5=rng.choice(wx.PRINCIPLES[4]),
            requested_cents=0, approved_cents=None, start=planned_start,
            end=period_end(planned_start, months), extended=False,
            interim_report_due=None, interim_report_received_on=None, final_report_due=None,
            proof_of_use_due=None, proof_of_use_checked_on=None, next_deadline=None,
            evaluation_plan="Zwischenbericht zur Halbzeit, Sachbericht zum Ende der Laufzeit, "
            "Verwendungsnachweis innerhalb von sechs Monaten nach Ende.",
            declarations_confirmed=False,
            declarations_text="Der Träger erklärt, dass keine Doppelförderung vorliegt und "
            "der Datenschutz eingehalten wird.",
            submitted_at=None, deleted_at=None,
        )
        app = Application(row, region, space, provider, contact, idea, created,
                          planned_months=months)
        app.wants_extension = rng.random() < 0.35
        self.apps.append(app)
        self.store.plain("measure_areas", measure_id=app.id, area_id=space.id)
        if space.quarters and rng.random() < 0.4:
            self.store.plain("measure_areas", measure_id=app.id,
                             area_id=rng.choice(space.quarters)[0])
        if concern_plan is not None:
            text = m.fill_text(idea[0], space, concern_plan.day)
            app.concern = m.concern(concern_plan, text, idea[1], space.id)
            app.concern_day = concern_plan.day
            self.store.plain("concern_measures", concern_id=app.concern["id"], measure_id=app.id)
            row["need"] = rng.choice(wx.NEEDS).format(
                sr=space.name, date=format_date(concern_plan.day), concern=text)
            row["need_raised_at"] = (f"Stadtteiltisch {space.name}, Sitzung vom "
                                     f"{format_date(concern_plan.day)}")
        else:
            row["need"] = rng.choice(wx.NEEDS_NO_CONCERN).format(sr=space.name)
            row["need_raised_at"] = f"Sozialraumteam {space.name}"
        self.change(app, created, time(10), "create", MeasureStatus.DRAFT,
                    f"Angelegt am {format_date(created)}")
        app.initial_total = self.cost_total(created.year)
        app.srae_requested = self.financing(app, app.initial_total, "", stamp)
        for pos, (desc, lo, hi, count, burdened) in enumerate(tg, start=1):
            self.store.entity("target_groups", stamp, measure_id=app.id, position=pos,
                              description=desc, age_min=lo, age_max=hi,
                              expected_count=max(5, count + rng.randint(-5, 10)),
                              burdened=burdened)
        for pos, (goal, indicator) in enumerate(rng.sample(wx.GOALS, k=rng.randint(2, 4)), 1):
            self.store.entity("measure_goals", stamp, measure_id=app.id, position=pos,
                              goal=goal, indicator=indicator)
        self._partners(app, stamp)
        steps = rng.sample(wx.MILESTONES, k=rng.randint(3, 5))
        steps.sort(key=wx.MILESTONES.index)
        for i, text in enumerate(steps):
            due = planned_start + timedelta(days=(months * 30 * i) // max(1, len(steps) - 1))
            app.milestones.append(self.store.entity(
                "milestones", stamp, measure_id=app.id,
                due=min(due, period_end(planned_start, months)), text=text, done=False))
        return app

    def cost_total(self, year: int) -> int:
        """A measure's total cost: 3.000–60.000 €, mostly small, 2 % cheaper per year back."""
        euros = self.rng.triangular(3_000, 60_000, 9_000) * 1.02 ** (year - self.as_of.year)
        return max(3_000, min(60_000, int(euros / 10) * 10)) * 100

    def financing(self, app: Application, total: int, prefix: str, stamp: datetime) -> int:
        """Cost lines and funding lines that sum to ``total`` exactly; returns the SRAE part."""
        rng = self.rng
        cats = ["personnel"] if total >= 800_000 and rng.random() < 0.85 else []
        cats += rng.sample([c for c in wx.COST_LINES if c not in cats], k=rng.randint(2, 4))
        weights = [rng.uniform(4, 8) if c == "personnel" else rng.uniform(0.5, 2) for c in cats]
        left = total
        for i, (cat, w) in enumerate(zip(cats, weights, strict=True)):
            amount = left if i == len(cats) - 1 else int(total * w / sum(weights)) // 100 * 100
            left -= amount
            app.cost_position += 1
            text = rng.choice(wx.COST_LINES[cat]).format(h=rng.choice((10, 15, 20, 25, 30)))
            self.store.entity("cost_lines", stamp, measure_id=app.id,
                              position=app.cost_position, category=cat,
                              description=prefix + text, amount_cents=amount)
        own = int(total * rng.uniform(0.03, 0.15)) // 100 * 100
        third = int(total * rng.uniform(0.05, 0.25)) // 100 * 100 if rng.random() < 0.35 else 0
        srae = total - own - third
        lines = [("own", "Eigenmittel des Trägers", own),
                 ("third_party", rng.choice(wx.THIRD_PARTY_SOURCES), third),
                 ("srae", "Mittel der SRAE", srae)]
        for kind, source, amount in lines:
            if amount <= 0 and kind != "srae":
                continue
            app.funding_position += 1
            self.store.entity("funding_lines", stamp, measure_id=app.id,
                              position=app.funding_position, kind=kind,
                              source=prefix + source, amount_cents=amount)
        app.row["requested_cents"] = int(app.row["requested_cents"]) + srae
        return srae

    def _partners(self, app: Application, stamp: datetime) -> None:
        rng = self.rng
        pool = [o for o in app.space.orgs if not o.name.startswith("Ortsbeirat")]
        pool += [o for o in app.region.providers if o is not app.provider]
        for pos, org in enumerate(rng.sample(pool, k=min(len(pool), rng.randint(1, 3))), 1):
            role, contribution = rng.choice(wx.PARTNER_ROLES)
            money = org.kind == "provider" and rng.random() < 0.3
            if money:
                app.money_partners.add(org.id)
            self.store.entity("partners", stamp, measure_id=app.id, position=pos,
                              organization_id=org.id, name=org.name, role=role,
                              own_contribution=contribution, receives_money=money)

    def submit_and_discuss(self, app: Application, submitted: date,
                           srt_plans: list[MeetingPlan]) -> None:
        """Submission, the Sozialraumteam's discussion and scheduling for the Lenkungsgruppe."""
        rng = self.rng
        if not self.change(app, submitted, time(12), "submit", MeasureStatus.SUBMITTED):
            return
        app.row["submitted_at"] = app.last
        app.row["declarations_confirmed"] = True
        srt = next((p for p in srt_plans if p.day >= submitted + timedelta(days=3)), None)
        if srt is None:
            return
        m = self.meetings
        if not any(i.section == 5 and not i.sub for i in srt.items):
            m.item(srt, 5, "Beratung von Maßnahmevorschlägen", AgendaKind.TOPIC, 0, public=False)
        m.item(srt, 5, f"Antrag {app.number}: „{app.title}“ ({app.provider.name})",
               AgendaKind.APPLICATION, 20, sub=True, measure_id=app.id, public=False,
               outcome=rng.choice(wx.SRT_RECOMMENDATIONS),
               notes="Der Träger stellt den Antrag vor; Rückfragen werden beantwortet.")
        if not srt.held:
            return
        m.attend(srt)
        m.guest(srt, app.contact)
        self.change(app, srt.day, srt.end, "discuss", MeasureStatus.DISCUSSED,
                    f"Beraten am {format_date(srt.day)}")
        self._assess(app, srt)
        if rng.random() < 0.03:
            day = srt.day + timedelta(days=rng.randint(3, 20))
            if self.change(app, day, time(10), "withdraw", MeasureStatus.WITHDRAWN,
                           "Der Träger hat den Antrag nach der Beratung zurückgezogen."):
                self.archive(app, day)
            return
        # Only a measure put on the agenda by the reference date appears on a planned agenda.
        if self.change(app, srt.day + timedelta(days=rng.randint(1, 5)), time(9),
                       "put_on_agenda", MeasureStatus.ON_AGENDA):
            self.enqueue(app, srt.day + timedelta(days=7), "application")

    def _assess(self, app: Application, srt: MeetingPlan) -> None:
        rng = self.rng
        members = [p for p, mem in srt.present if mem is not None]
        if not members:
            return
        stamp = srt.stamp()
        for reviewer in rng.sample(members, k=min(len(members), rng.randint(1, 2))):
            for principle in range(1, 6):
                score = rng.choices((0, 1, 2, 3), (0.04, 0.18, 0.46, 0.32))[0]
                self.store.entity("assessments", stamp, measure_id=app.id,
                                  reviewer=reviewer.name, reviewer_person_id=reviewer.id,
                                  principle=principle, score=score,
                                  reason=rng.choice(wx.ASSESSMENT_REASONS[score]))

    def enqueue(self, app: Application, ready: date, kind: QueueKind) -> None:
        """Put something on the Lenkungsgruppe's list from ``ready`` on."""
        self.queue.setdefault(app.region.id, []).append(QueueEntry(ready, kind, app))

    def archive(self, app: Application, since: date) -> None:
        """Archived about two years after the last step."""
        self.change(app, since + timedelta(days=self.rng.randint(700, 800)), time(10), "archive",
                    MeasureStatus.ARCHIVED)
