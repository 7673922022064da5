"""Demo meetings: calendars, Stadtteiltisch and Sozialraumteam content, attendance, agendas."""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..models import (
    VOTING_ROLES,
    AttendanceStatus,
    BodyKind,
    MeetingStatus,
    MemberRole,
)
from ..services.formatting import format_date
from . import demo_texts as tx
from .demo_people import BodyInfo, Member, Org, Person, Region, Space
from .demo_rows import Row, RowStore, add_months, first_of_next_month, local_to_utc, nth_weekday

STT_MONTHS = (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)
SRT_MONTHS = (2, 4, 5, 8, 10, 12)
LG_MONTHS = (1, 3, 5, 6, 9, 11)
PLANNED_MONTHS = 2  # meetings are planned up to the end of the second month after as_of


@dataclass(eq=False)
class Item:
    """An agenda item being built; numbering and times are assigned by :func:`schedule`."""

    section: int
    row: Row
    minutes: int
    sub: bool = False


@dataclass(eq=False)
class MeetingPlan:
    """One meeting with its rows under construction."""

    body: BodyInfo
    region: Region
    space: Space | None
    row: Row
    day: date
    start: time
    end: time
    held: bool
    items: list[Item] = field(default_factory=list)
    concern_item: Row | None = None
    tasks_item: Row | None = None
    next: MeetingPlan | None = None
    prev: MeetingPlan | None = None
    present: list[tuple[Person, Member | None]] = field(default_factory=list)
    attended: set[uuid.UUID] = field(default_factory=set)
    attendance_done: bool = False
    scheduled: bool = False

    @property
    def id(self) -> uuid.UUID:
        """The meeting id."""
        value = self.row["id"]
        assert isinstance(value, uuid.UUID)
        return value

    def stamp(self, at: time | None = None) -> datetime:
        """A UTC timestamp on the meeting day (default: its end)."""
        return local_to_utc(self.day, at or self.end)


class Meetings:
    """Creates meetings and their protocol rows."""

    def __init__(self, rng: random.Random, store: RowStore, as_of: date) -> None:
        self.rng = rng
        self.store = store
        self.as_of = as_of
        self.horizon = first_of_next_month(add_months(as_of, PLANNED_MONTHS)) - timedelta(days=1)
        # Planned meetings were entered by the reference date at the latest.
        self.latest_stamp = local_to_utc(as_of, time(8))
        self.plans: list[MeetingPlan] = []
        self.tasks: dict[uuid.UUID, list[tuple[date, Row]]] = {}

    # --- calendar ----------------------------------------------------------------------------

    def calendar(self, body: BodyInfo, region: Region, space: Space | None,
                 first_year: int) -> list[MeetingPlan]:
        """All meetings of a body from January of the first year to the planning horizon."""
        rng = self.rng
        months: tuple[int, ...]
        if body.kind == BodyKind.STADTTEILTISCH:
            months, weekday, nth = STT_MONTHS, rng.choice((1, 2, 3)), rng.choice((1, 2, 3))
            start = rng.choice((time(16, 30), time(17), time(17, 30)))
            hours = 2
        elif body.kind == BodyKind.SOZIALRAUMTEAM:
            months, weekday, nth = SRT_MONTHS, rng.choice((0, 1, 2, 3)), rng.choice((1, 2))
            start, hours = rng.choice((time(9), time(10), time(13))), 2
        else:
            months, weekday, nth = LG_MONTHS, rng.choice((1, 3)), 4
            start, hours = rng.choice((time(14), time(15))), 3
        end = time(start.hour + hours, start.minute)
        horizon = self.horizon
        plans: list[MeetingPlan] = []
        for year in range(first_year, horizon.year + 1):
            for number, month in enumerate(months, start=1):
                day = nth_weekday(year, month, weekday, nth)
                if day > horizon:
                    break
                plans.append(self._meeting(body, region, space, day, start, end,
                                           f"{number}/{year}"))
        for a, b in itertools.pairwise(plans):
            a.next, b.prev = b, a
        self.plans.extend(plans)
        return plans

    def _meeting(self, body: BodyInfo, region: Region, space: Space | None, day: date,
                 start: time, end: time, number: str) -> MeetingPlan:
        rng = self.rng
        held = day <= self.as_of
        name = space.name if space else region.spaces[0].name
        if body.kind == BodyKind.STADTTEILTISCH:
            place = rng.choice(tx.VENUES_STT).format(space=name)
        elif body.kind == BodyKind.SOZIALRAUMTEAM:
            place = rng.choice(tx.VENUES_SRT).format(space=name)
        else:
            place = rng.choice(tx.VENUES_LG).format(space=rng.choice(region.spaces).name)
        notice = 14 if body.kind == BodyKind.STADTTEILTISCH else 7
        invited = day - timedelta(days=notice + rng.randint(0, 4))
        row = self.store.entity(
            "meetings",
            min(local_to_utc(invited - timedelta(days=7), time(10)), self.latest_stamp),
            body_id=body.id,
            number=number,
            date=day,
            start_time=start,
            end_time=end,
            place=place,
            status=MeetingStatus.PLANNED,
            chair_person_id=None,
            minute_taker_person_id=None,
            moderation="",
            resident_count=0,
            guest_institutions="",
            distribution_list="",
            next_date=None,
            invitation_sent_on=invited if invited <= self.as_of else None,
            closed_at=None,
            approved_at=None,
            approved_in_meeting_id=None,
            deleted_at=None,
        )
        return MeetingPlan(body, region, space, row, day, start, end, held)

    # --- agenda ------------------------------------------------------------------------------

    def item(self, plan: MeetingPlan, section: int, title: str, kind: str, minutes: int, *,
             sub: bool = False, measure_id: uuid.UUID | None = None, outcome: str = "",
             notes: str = "", public: bool = True,
             approves: MeetingPlan | None = None) -> Row:
        """Add an agenda item to a meeting (numbered later)."""
        row = self.store.entity(
            "agenda_items",
            plan.row["created_at"],
            meeting_id=plan.id,
            position=0,
            number="",
            title=title,
            kind=kind,
            is_public=public,
            planned_minutes=minutes or None,
            level=1 if sub else 0,
            approves_meeting_id=approves.id if approves is not None and plan.held else None,
            measure_id=measure_id,
            notes=notes if plan.held else "",
            outcome=outcome if plan.held else "",
            started_at=None,
            ended_at=None,
            deleted_at=None,
        )
        plan.items.append(Item(section, row, minutes, sub))
        return row

    def schedule(self, plan: MeetingPlan) -> None:
        """Number the items (1, 2, 6.1 …) and, for held meetings, give them start/end times."""
        if plan.scheduled:
            return
        plan.scheduled = True
        items = sorted(plan.items, key=lambda i: (i.section, i.sub))
        number, sub_number, last_section = 0, 0, None
        clock = datetime.combine(plan.day, plan.start)
        for position, item in enumerate(items):
            if item.sub and last_section == item.section:
                sub_number += 1
                label = f"{number}.{sub_number}"
            else:
                number += 1
                sub_number = 0
                label = str(number)
                if item.sub:
                    sub_number = 1
                    label = f"{number}.1"
            last_section = item.section
            item.row["position"] = position
            item.row["number"] = label
            if plan.held:
                begin = clock
                clock += timedelta(minutes=item.minutes)
                item.row["started_at"] = local_to_utc(begin.date(), begin.time())
                item.row["ended_at"] = local_to_utc(clock.date(), clock.time())

    # --- attendance --------------------------------------------------------------------------

    def attend(self, plan: MeetingPlan, *, quorum: bool = False) -> None:
        """Attendance of the members; excused members send their substitute if they have one."""
        if plan.attendance_done or not plan.held:
            return
        plan.attendance_done = True
        rng = self.rng
        active = plan.body.active(plan.day)
        principals = [m for m in active if m.role != MemberRole.SUBSTITUTE]
        subs = {id(m.substitute_for): m for m in active
                if m.role == MemberRole.SUBSTITUTE and m.substitute_for is not None}
        status: dict[int, str] = {}
        for m in principals:
            base = 0.95 if m.role in (MemberRole.CHAIR, MemberRole.MINUTE_TAKER) else 0.82
            r = rng.random()
            status[id(m)] = (AttendanceStatus.PRESENT if r < base else
                             AttendanceStatus.EXCUSED if r < base + 0.14 else
                             AttendanceStatus.ABSENT)
        if quorum:
            # Chairs plan with a margin of two, so that declared conflicts of interest rarely
            # cost the quorum.
            seats = [m for m in principals if m.role in VOTING_ROLES]
            need = min(len(seats), max(3, len(seats) // 2 + 1) + 2)

            def voting_present() -> int:
                return sum(1 for m in seats if status[id(m)] == AttendanceStatus.PRESENT
                           or id(m) in subs)

            for m in seats:
                if voting_present() >= need:
                    break
                status[id(m)] = AttendanceStatus.PRESENT
        for m in principals:
            st = status[id(m)]
            if not self._attendance(plan, m.person, m, None, st):
                continue
            if st == AttendanceStatus.PRESENT:
                plan.present.append((m.person, m))
            elif id(m) in subs:
                sub = subs[id(m)]
                if self._attendance(plan, sub.person, sub, m, AttendanceStatus.PRESENT):
                    plan.present.append((sub.person, sub))
        chair = next((p for p, m in plan.present if m and m.role == MemberRole.CHAIR), None)
        deputy = next((p for p, m in plan.present if m and m.role == MemberRole.DEPUTY_CHAIR),
                      None)
        taker = next((p for p, m in plan.present if m and m.role == MemberRole.MINUTE_TAKER),
                     None)
        lead = chair or deputy or (plan.present[0][0] if plan.present else None)
        plan.row["chair_person_id"] = lead.id if lead else None
        writer = taker or lead
        plan.row["minute_taker_person_id"] = writer.id if writer else None
        if plan.body.kind == BodyKind.STADTTEILTISCH and lead is not None:
            plan.row["moderation"] = f"{lead.name} ({lead.org.name})"

    def guest(self, plan: MeetingPlan, person: Person) -> None:
        """A named professional guest (e.g. a Träger presenting its application)."""
        if self._attendance(plan, person, None, None, AttendanceStatus.PRESENT):
            plan.present.append((person, None))

    def _attendance(self, plan: MeetingPlan, person: Person, member: Member | None,
                    instead_of: Member | None, status: str) -> bool:
        """Record one attendance; False when the person is already listed (one seat each)."""
        if person.id in plan.attended:
            return False
        plan.attended.add(person.id)
        self.store.entity(
            "attendances",
            plan.stamp(),
            meeting_id=plan.id,
            person_id=person.id,
            membership_id=member.id if member else None,
            substitute_for_membership_id=instead_of.id if instead_of else None,
            status=status,
            arrived_at=plan.start if status == AttendanceStatus.PRESENT else None,
            left_at=plan.end if status == AttendanceStatus.PRESENT else None,
        )
        return True

    # --- protocol rows -----------------------------------------------------------------------

    def task(self, plan: MeetingPlan, item: Row | None, text: str, due: date) -> None:
        """A task with an owner from the present members.

        Most past tasks are done; a task due after the reference date is still open.
        """
        rng = self.rng
        people = [p for p, m in plan.present if m is not None] or [p for p, _ in plan.present]
        owner: Person | None = rng.choice(people) if people and rng.random() < 0.8 else None
        org: Org | None = owner.org if owner else None
        done = None
        if due < self.as_of - timedelta(days=30) and rng.random() < 0.93:
            done = min(due + timedelta(days=rng.randint(-20, 10)), self.as_of)
            done = max(done, plan.day + timedelta(days=1))
        elif due <= self.as_of and rng.random() < 0.4:
            done = min(plan.day + timedelta(days=rng.randint(3, 25)), self.as_of)
            done = max(done, plan.day)
        row = self.store.entity(
            "tasks",
            plan.stamp(),
            body_id=plan.body.id,
            meeting_id=plan.id,
            agenda_item_id=item["id"] if item else None,
            description=text,
            owner_person_id=owner.id if owner else None,
            owner_organization_id=org.id if org else None,
            owner_text="" if owner else "Sozialraumkoordination",
            due=due,
            done_on=done,
            deleted_at=None,
        )
        self.tasks.setdefault(plan.body.id, []).append((plan.day, row))

    def arrangement(self, plan: MeetingPlan, item: Row | None, text: str) -> None:
        """An agreement noted in the protocol."""
        self.store.entity("arrangements", plan.stamp(), meeting_id=plan.id,
                          agenda_item_id=item["id"] if item else None, text=text,
                          deleted_at=None)

    def concern(self, plan: MeetingPlan, text: str, target_group: str,
                area_id: uuid.UUID) -> Row:
        """A concern raised at a Stadtteiltisch (status settled at the end)."""
        assert plan.concern_item is not None
        return self.store.entity(
            "concerns",
            plan.stamp(),
            meeting_id=plan.id,
            agenda_item_id=plan.concern_item["id"],
            area_id=area_id,
            text=text,
            target_group=target_group,
            status="open",
            raised_on=plan.day,
            deleted_at=None,
        )

    def fill_text(self, text: str, space: Space, when: date | None = None) -> str:
        """Fill the placeholders of a text pool entry for a Sozialraum."""
        when = when or self.as_of
        return text.format(
            ort=self.rng.choice(tx.local_places(space.code)),
            in_sr=space.in_phrase,
            sr=space.name,
            date=format_date(when),
        )
