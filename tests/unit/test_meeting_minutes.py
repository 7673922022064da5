"""Minutes: notes, concerns, tasks, agreements, attendance; task carry-over; close, approve,
lock and amendments."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    ConcernStatus,
    Measure,
    MeetingStatus,
    MemberRole,
)
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid

STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    """This test's session on a fresh copy of the Rostock database (tests/conftest.py)."""
    return seeded_session


def _item(s: Session, meeting_id, kind: str):  # type: ignore[no-untyped-def]
    return next(i for i in svc.agenda(s, meeting_id) if i.kind == kind)


# --- notes, results, attendance -------------------------------------------------------------


def test_notes_save_and_conflict(s: Session) -> None:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    item = _item(s, m, AgendaKind.TOPIC)
    assert svc.save_notes(s, item.id, "Bewohner*innen wünschen mehr Bänke.", base_text="")
    assert not svc.save_notes(s, item.id, "Bewohner*innen wünschen mehr Bänke.")  # unchanged
    with pytest.raises(svc.NotesConflictError, match="inzwischen von testerin geändert") as err:
        svc.save_notes(s, item.id, "Andere Fassung", base_text="")
    assert err.value.current_text == "Bewohner*innen wünschen mehr Bänke."
    assert svc.agenda_item(s, item.id).notes == "Bewohner*innen wünschen mehr Bänke."


def test_concern_task_arrangement_under_an_item(s: Session) -> None:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    item = _item(s, m, AgendaKind.TOPIC)
    concern = svc.add_concern(s, meeting_id=m, agenda_item_id=item.id,
                              text="Treffpunkt für Jugendliche am Abend", target_group="14–18")
    task = svc.add_task(s, meeting_id=m, agenda_item_id=item.id, description="Raum anfragen",
                        owner_text="Jugendclub", due=date(2025, 2, 1))
    svc.add_arrangement(s, meeting_id=m, agenda_item_id=item.id, text="Nächstes Treffen im Club")
    results = svc.item_results(s, item.id)
    assert [c.text for c in results.concerns] == ["Treffpunkt für Jugendliche am Abend"]
    assert results.concerns[0].area_id == area_uuid("D")  # defaults to the body's area
    assert results.concerns[0].raised_on == date(2025, 1, 14)
    assert [(t.description, t.owner, t.due) for t in results.tasks] == [
        ("Raum anfragen", "Jugendclub", date(2025, 2, 1))
    ]
    assert [a.text for a in results.arrangements] == ["Nächstes Treffen im Club"]
    with pytest.raises(svc.MeetingRuleError, match="Bis wann: liegt vor der Sitzung"):
        svc.add_task(s, meeting_id=m, description="x", due=date(2025, 1, 1))
    with pytest.raises(svc.MeetingRuleError, match="Anliegen: fehlt"):
        svc.add_concern(s, meeting_id=m, text="  ")
    svc.delete_result(s, "task", task)
    assert svc.item_results(s, item.id).tasks == ()
    svc.set_concern_status(s, concern, ConcernStatus.DROPPED)
    assert svc.meeting_concerns(s, m)[0].status == ConcernStatus.DROPPED


def test_concern_links_to_measure_both_ways(s: Session) -> None:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    concern = svc.add_concern(s, meeting_id=m, text="Kein Angebot für Mädchen am Wochenende")
    measure = Measure(number="SRAE-NW-2025-001", title="Mädchentreff am Samstag",
                      region_id=area_uuid("RR-NW"))
    s.add(measure)
    s.flush()
    svc.link_concern_to_measure(s, concern, measure.id)
    svc.link_concern_to_measure(s, concern, measure.id)  # twice is harmless
    assert [c.id for c in svc.concerns_of_measure(s, measure.id)] == [concern]
    assert [r.number for r in svc.measures_of_concern(s, concern)] == ["SRAE-NW-2025-001"]
    assert svc.meeting_concerns(s, m)[0].status == ConcernStatus.IN_PROGRESS
    assert svc.meeting_concerns(s, m)[0].measure_ids == (measure.id,)
    source = svc.concern_source_text(s, concern)
    assert source == "Stadtteiltisch Groß Klein, Sitzung vom 14.01.2025"
    svc.unlink_concern_from_measure(s, concern, measure.id)
    assert svc.concerns_of_measure(s, measure.id) == []


def test_attendance_members_substitutes_residents_guests(s: Session) -> None:
    anna = svc.create_person(s, first_name="Anna", last_name="Beispiel")
    ben = svc.create_person(s, first_name="Ben", last_name="Muster")
    cleo = svc.create_person(s, first_name="Cleo", last_name="Gast")
    seat = svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
    svc.add_membership(s, body_id=STT, person_id=ben, role=MemberRole.SUBSTITUTE,
                       substitute_for_id=seat)
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    svc.set_attendance(s, m, anna, AttendanceStatus.EXCUSED, membership_id=seat)
    svc.set_attendance(s, m, ben, AttendanceStatus.PRESENT, substitute_for_membership_id=seat)
    svc.set_attendance(s, m, cleo, AttendanceStatus.PRESENT)
    svc.set_attendance(s, m, cleo, AttendanceStatus.ABSENT)  # updated in place, not twice
    svc.set_resident_count(s, m, 23)
    svc.set_guest_institutions(s, m, ["Schule am See", " ", "Polizei", "Schule am See"])
    sheet = {r.person_name: r for r in svc.attendance_sheet(s, m)}
    assert sheet["Anna Beispiel"].status == AttendanceStatus.EXCUSED
    assert sheet["Ben Muster"].status == AttendanceStatus.PRESENT
    assert sheet["Ben Muster"].substitute_for_name == "Anna Beispiel"
    assert sheet["Cleo Gast"].status == AttendanceStatus.ABSENT
    detail = svc.meeting_detail(s, m)
    assert detail.resident_count == 23
    assert detail.guest_institutions == ("Schule am See", "Polizei")
    with pytest.raises(svc.MeetingRuleError, match="Bewohner\\*innen: -1"):
        svc.set_resident_count(s, m, -1)
    with pytest.raises(svc.MeetingRuleError, match="nicht selbst vertreten"):
        svc.set_attendance(s, m, anna, AttendanceStatus.PRESENT, substitute_for_membership_id=seat)


# --- carry-over ----------------------------------------------------------------------------


def test_open_tasks_carry_over_to_the_next_meeting(s: Session) -> None:
    first = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    done = svc.add_task(s, meeting_id=first, description="Flyer drucken")
    open_ = svc.add_task(s, meeting_id=first, description="Hausmeister fragen",
                         due=date(2025, 1, 31))
    later = svc.add_task(s, meeting_id=first, description="Ohne Frist")
    svc.set_task_done(s, done, date(2025, 1, 20))
    other_body = svc.plan_meeting(s, body_id=body_uuid(BodyKind.SOZIALRAUMTEAM, "D"),
                                  day=date(2025, 1, 15))
    svc.add_task(s, meeting_id=other_body, description="Gehört woanders hin")
    second = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    item = _item(s, second, AgendaKind.OPEN_TASKS)
    carried = svc.item_results(s, item.id).carried_tasks
    assert [t.id for t in carried] == [open_, later]  # due date first, then without date
    # Calling again adds only tasks that are new since.
    assert svc.carry_open_tasks(s, second) == []
    newer = svc.add_task(s, meeting_id=first, description="Nachtrag")
    assert svc.carry_open_tasks(s, second) == [newer]
    # The list is frozen per meeting: a task done later still shows (as done).
    svc.set_task_done(s, open_, date(2025, 2, 11))
    shown = {t.id: t for t in svc.carried_tasks(s, second)}
    assert shown[open_].done_on == date(2025, 2, 11)
    # A third meeting carries only what is still open.
    third = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
    assert {t.id for t in svc.carried_tasks(s, third)} == {later, newer}


def test_carry_over_adds_the_item_when_the_agenda_lacks_it(s: Session) -> None:
    first = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    svc.add_task(s, meeting_id=first, description="Aushang machen")
    second = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), use_template=False)
    svc.add_agenda_item(s, second, "Begrüßung", kind=AgendaKind.OPENING)
    svc.add_agenda_item(s, second, "Thema")
    svc.carry_open_tasks(s, second)
    assert [i.title for i in svc.agenda(s, second)] == ["Begrüßung", "Offene Aufgaben", "Thema"]


def test_task_counts_for_the_area_overview(s: Session) -> None:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    svc.add_task(s, meeting_id=m, description="überfällig", due=date(2025, 1, 20))
    svc.add_task(s, meeting_id=m, description="noch Zeit", due=date(2025, 3, 1))
    done = svc.add_task(s, meeting_id=m, description="erledigt", due=date(2025, 1, 20))
    svc.set_task_done(s, done, date(2025, 1, 19))
    region = svc.area_subtree_ids(s, area_uuid("RR-NW"))
    assert region is not None
    assert svc.open_task_count(s, region) == 2
    assert svc.overdue_task_count(s, region, today=date(2025, 2, 1)) == 1
    assert svc.overdue_task_count(s, [area_uuid("S")], today=date(2025, 2, 1)) == 0


# --- close, approve, lock, amendments -------------------------------------------------------


def test_close_approve_lock_and_amend(s: Session) -> None:
    first = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14), start_time=time(17))
    topic = _item(s, first, AgendaKind.TOPIC)
    svc.start_meeting(s, first)
    svc.save_notes(s, topic.id, "Spielplatz Kolumbusring: Schaukel kaputt.")
    second = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    with pytest.raises(svc.MeetingRuleError, match="nicht abgeschlossen"):
        svc.approve_minutes(s, first, in_meeting_id=second)
    with pytest.raises(svc.MeetingRuleError, match="Ende: nicht nach dem Beginn"):
        svc.close_minutes(s, first, end_time=time(16))
    svc.close_minutes(s, first, end_time=time(19))
    assert svc.meeting_detail(s, first).status == MeetingStatus.CLOSED
    # Closed minutes take no edits until reopened.
    with pytest.raises(svc.MinutesLockedError, match=r"abgeschlossen \(zum Ändern erst wieder"):
        svc.save_notes(s, topic.id, "geändert")
    svc.reopen_minutes(s, first)
    svc.save_notes(s, topic.id, "Spielplatz Kolumbusring: Schaukel defekt.")
    svc.close_minutes(s, first)
    assert svc.pending_approvals(s, second) == [first]
    # Approval only at a later meeting of the same body.
    with pytest.raises(svc.MeetingRuleError, match="anderen Gremium"):
        other = svc.plan_meeting(s, body_id=body_uuid(BodyKind.SOZIALRAUMTEAM, "D"),
                                 day=date(2025, 2, 12))
        svc.approve_minutes(s, first, in_meeting_id=other)
    approval = _item(s, second, AgendaKind.MINUTES_APPROVAL)
    target = svc.approval_target(s, approval.id)
    assert target == svc.ApprovalTarget(first, date(2025, 1, 14), MeetingStatus.CLOSED)
    assert svc.approval_target(s, topic.id) is None  # only the standard item approves
    svc.approve_minutes(s, first, in_meeting_id=second)
    assert svc.approval_target(s, approval.id).status == MeetingStatus.APPROVED  # type: ignore[union-attr]
    approval = _item(s, second, AgendaKind.MINUTES_APPROVAL)
    assert approval.outcome == "Das Protokoll der Sitzung vom 14.01.2025 wird genehmigt."
    assert svc.meeting_detail(s, second).status == MeetingStatus.HELD
    first_detail = svc.meeting_detail(s, first)
    assert first_detail.status == MeetingStatus.APPROVED and first_detail.locked
    assert first_detail.approved_in_date == date(2025, 2, 11)
    # Locked for good: notes, items, results, header, attendance and reopening are refused.
    locked = "genehmigt und gesperrt"
    for attempt in (
        lambda: svc.save_notes(s, topic.id, "heimlich geändert"),
        lambda: svc.update_agenda_item(s, topic.id, title="Neu"),
        lambda: svc.add_agenda_item(s, first, "Nachtrag"),
        lambda: svc.add_concern(s, meeting_id=first, text="nachträglich"),
        lambda: svc.add_task(s, meeting_id=first, description="nachträglich"),
        lambda: svc.update_meeting(s, first, place="anderswo"),
        lambda: svc.set_resident_count(s, first, 3),
        lambda: svc.reopen_minutes(s, first),
    ):
        with pytest.raises(svc.MeetingRuleError, match=locked):
            attempt()
    assert svc.agenda_item(s, topic.id).notes == "Spielplatz Kolumbusring: Schaukel defekt."
    with pytest.raises(svc.MeetingRuleError, match="bereits genehmigt"):
        svc.approve_minutes(s, first, in_meeting_id=second)
    # Corrections become recorded amendments; the approved text stays as it was.
    amendment = svc.add_amendment(s, first, "Gemeint war der Spielplatz am Kolumbusring 2.",
                                  agenda_item_id=topic.id, recorded_in_meeting_id=second)
    rows = svc.amendments(s, first)
    assert [(a.id, a.agenda_item_id, a.recorded_by) for a in rows] == [
        (amendment, topic.id, "testerin")
    ]
    assert svc.agenda_item(s, topic.id).notes == "Spielplatz Kolumbusring: Schaukel defekt."
    with pytest.raises(svc.MeetingRuleError, match="nicht genehmigt"):
        svc.add_amendment(s, second, "zu früh")


def test_tasks_and_concern_status_stay_changeable_after_approval(s: Session) -> None:
    first = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    task = svc.add_task(s, meeting_id=first, description="Spender*innen fragen")
    concern = svc.add_concern(s, meeting_id=first, text="Bolzplatz fehlt")
    second = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    svc.close_minutes(s, first)
    svc.approve_minutes(s, first, in_meeting_id=second)
    svc.set_task_done(s, task, date(2025, 3, 1))
    svc.set_concern_status(s, concern, ConcernStatus.ADDRESSED)
    with pytest.raises(svc.MinutesLockedError):
        svc.update_task(s, task, description="anders")
    with pytest.raises(svc.MinutesLockedError):
        svc.update_concern(s, concern, text="anders")
