"""Protocol content of demo meetings: Stadtteiltisch and Sozialraumteam items, concerns, tasks,
agreements, the minutes' status and the carried-over open tasks."""

from __future__ import annotations

import uuid
from datetime import time, timedelta

from ..models import AgendaKind, MeetingStatus
from ..services.formatting import format_date
from . import demo_texts_work as wx
from .demo_meetings import MeetingPlan, Meetings
from .demo_rows import Row, local_to_utc


def minutes_item(m: Meetings, plan: MeetingPlan, section: int) -> None:
    """The standard item approving the previous meeting's minutes."""
    prev = plan.prev
    assert prev is not None
    when = format_date(prev.day)
    m.item(plan, section, f"Genehmigung des Protokolls der Sitzung vom {when}",
           AgendaKind.MINUTES_APPROVAL, 5, approves=prev,
           outcome=f"Das Protokoll der Sitzung vom {when} wird genehmigt.")


def stt_content(m: Meetings, plan: MeetingPlan, concerns: list[tuple[Row, MeetingPlan]]) -> None:
    """Agenda, concerns, tasks and agreements of one Stadtteiltisch meeting."""
    rng, space = m.rng, plan.space
    assert space is not None
    m.item(plan, 1, "Begrüßung und Vorstellungsrunde", AgendaKind.OPENING, 10,
           outcome="Die Moderation begrüßt die Teilnehmenden.")
    if plan.prev is not None:
        minutes_item(m, plan, 2)
    tasks_item = None
    if rng.random() < 0.6:
        tasks_item = m.item(plan, 3, "Offene Aufgaben", AgendaKind.OPEN_TASKS, 10,
                            outcome="Der Stand der offenen Aufgaben wird besprochen.")
        plan.tasks_item = tasks_item
    m.item(plan, 4, "Berichte aus den Einrichtungen", AgendaKind.REPORTS, 20,
           outcome="Die Einrichtungen berichten über aktuelle Angebote.")
    for topic in rng.sample(wx.STT_TOPICS, k=rng.randint(1, 3)):
        m.item(plan, 5, topic, AgendaKind.TOPIC, 15,
               outcome="Austausch; Ergebnisse siehe Vereinbarungen und Aufgaben.")
    plan.concern_item = m.item(plan, 6, "Anliegen der Bewohner*innen", AgendaKind.TOPIC, 20,
                               outcome="Die Anliegen werden gesammelt (siehe Liste).")
    last = m.item(plan, 7, "Verschiedenes und nächster Termin", AgendaKind.OTHER_BUSINESS, 5,
                  outcome=f"Nächster Termin: {format_date(plan.next.day)}" if plan.next else "")
    if not plan.held:
        return
    m.attend(plan)
    extra = 10 if space.model_region else 0
    plan.row["resident_count"] = rng.randint(3, 25) + extra
    guests = [o.name for o in rng.sample(plan.region.providers, k=min(2, rng.randint(0, 2)))]
    plan.row["guest_institutions"] = "; ".join(guests)
    plan.row["distribution_list"] = (
        f"Teilnehmende des Stadtteiltisches {space.name}; Sozialraumteam {space.name}; "
        "Ortsbeirat"
    )
    areas = [space.id] + [q for q, _ in space.quarters]
    for text, group, _ideas in rng.sample(wx.CONCERNS, k=rng.randint(1, 3)):
        area = rng.choice(areas) if rng.random() < 0.3 else space.id
        row = m.concern(plan, m.fill_text(text, space, plan.day), group, area)
        concerns.append((row, plan))
    due = plan.next.day if plan.next else plan.day + timedelta(days=30)
    for text in rng.sample(wx.TASKS, k=rng.randint(1, 3)):
        m.task(plan, tasks_item or last, text, due)
    for text in rng.sample(wx.ARRANGEMENTS, k=rng.randint(1, 2)):
        when = plan.day + timedelta(days=rng.randint(14, 60))
        m.arrangement(plan, last, m.fill_text(text, space, when))


def srt_content(m: Meetings, plan: MeetingPlan) -> None:
    """Standard items, tasks and agreements of a Sozialraumteam (applications come later)."""
    rng, space = m.rng, plan.space
    assert space is not None
    m.item(plan, 1, "Begrüßung und Tagesordnung", AgendaKind.OPENING, 5,
           outcome="Die Tagesordnung wird bestätigt.")
    if plan.prev is not None:
        minutes_item(m, plan, 2)
    tasks_item = m.item(plan, 3, "Offene Aufgaben", AgendaKind.OPEN_TASKS, 10,
                        outcome="Offene Aufgaben werden durchgesehen.")
    plan.tasks_item = tasks_item
    m.item(plan, 4, "Bedarfe aus dem Stadtteiltisch", AgendaKind.TOPIC, 20,
           outcome="Die gesammelten Anliegen werden gesichtet und Trägern zugeordnet.")
    if rng.random() < 0.5:
        m.item(plan, 6, rng.choice(wx.SRT_TOPICS[1:]), AgendaKind.TOPIC, 20,
               outcome="Austausch der Fachkräfte.")
    last = m.item(plan, 7, "Verschiedenes", AgendaKind.OTHER_BUSINESS, 5)
    if not plan.held:
        return
    m.attend(plan)
    plan.row["distribution_list"] = f"Mitglieder des Sozialraumteams {space.name}"
    due = plan.next.day if plan.next else plan.day + timedelta(days=60)
    for text in rng.sample(wx.TASKS, k=rng.randint(1, 2)):
        m.task(plan, tasks_item, text, due)
    if rng.random() < 0.4:
        m.arrangement(plan, last, m.fill_text(rng.choice(wx.ARRANGEMENTS), space,
                                              plan.day + timedelta(days=30)))


def close_minutes(m: Meetings, plan: MeetingPlan) -> None:
    """Settle the protocol status: approved at the next meeting, else closed or held."""
    m.schedule(plan)
    plan.row["next_date"] = plan.next.day if plan.next else None
    if not plan.held:
        return
    nxt = plan.next
    closed_on = plan.day + timedelta(days=m.rng.randint(1, 5))
    if nxt is not None and nxt.held:
        plan.row["status"] = MeetingStatus.APPROVED
        plan.row["closed_at"] = local_to_utc(min(closed_on, nxt.day), time(15))
        plan.row["approved_at"] = nxt.stamp(nxt.start)
        plan.row["approved_in_meeting_id"] = nxt.id
        plan.row["updated_at"] = plan.row["approved_at"]
    elif closed_on <= m.as_of:
        plan.row["status"] = MeetingStatus.CLOSED
        plan.row["closed_at"] = local_to_utc(closed_on, time(15))
        plan.row["updated_at"] = plan.row["closed_at"]
    else:
        plan.row["status"] = MeetingStatus.HELD
        plan.row["updated_at"] = plan.stamp()


def carry_over_tasks(m: Meetings) -> None:
    """Freeze which open tasks each meeting's "Offene Aufgaben" item listed."""
    by_body: dict[uuid.UUID, list[MeetingPlan]] = {}
    for plan in m.plans:
        by_body.setdefault(plan.body.id, []).append(plan)
    for body_id, plans in by_body.items():
        tasks = sorted(m.tasks.get(body_id, []), key=lambda t: t[0])
        open_rows: list[Row] = []
        index = 0
        for plan in sorted(plans, key=lambda p: p.day):
            while index < len(tasks) and tasks[index][0] < plan.day:
                open_rows.append(tasks[index][1])
                index += 1
            open_rows = [r for r in open_rows if r["done_on"] is None or r["done_on"] >= plan.day]
            item = plan.tasks_item
            if item is None:
                continue
            for row in open_rows:
                m.store.entity("task_carry_overs", plan.row["created_at"], task_id=row["id"],
                               meeting_id=plan.id, agenda_item_id=item["id"])
