"""Bodies and seats: one seat per person and period, editing a seat, renaming, retiring and
deleting a body, a body's own standard items, deleting a planned meeting and undoing it."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, Body, BodyKind, Meeting, MeetingStatus, MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.services.meetings.bodies import reactivate_body, retire_body
from sro_desktop.services.meetings.memberships import update_membership
from sro_desktop.services.meetings.planning import (
    body_template,
    restore_meeting,
    set_agenda_template,
)
from sro_desktop.storage.seed import area_uuid, body_uuid

GROSS_KLEIN = area_uuid("D")
STT = body_uuid(BodyKind.STADTTEILTISCH, "D")
SRT = body_uuid(BodyKind.SOZIALRAUMTEAM, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    """This test's session on a fresh copy of the Rostock database."""
    return seeded_session


@pytest.fixture
def anna(s: Session) -> uuid.UUID:
    return svc.create_person(s, first_name="Anna", last_name="Berger")


def test_a_person_holds_one_seat_per_body_and_period(s: Session, anna: uuid.UUID) -> None:
    svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR,
                       valid_from=date(2024, 1, 1))
    with pytest.raises(svc.MeetingRuleError) as refused:
        svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.VOTING)
    message = refused.value.message
    assert message.startswith("Person: Anna Berger hat in diesem Gremium schon einen Sitz "
                              "(Vorsitz, seit 01.01.2024)")
    assert "nur einen Sitz" in message
    # Before the chair's period began, and in another body, a seat is fine.
    svc.add_membership(s, body_id=STT, person_id=anna, valid_from=date(2020, 1, 1),
                       valid_to=date(2023, 12, 31))
    svc.add_membership(s, body_id=SRT, person_id=anna)
    with pytest.raises(svc.MeetingRuleError, match=re.escape("2020–31.12.2023")):
        svc.add_membership(s, body_id=STT, person_id=anna, valid_from=date(2023, 6, 1),
                           valid_to=date(2023, 6, 30))
    assert [m.role for m in svc.members(s, STT)] == ["chair", "voting"]


def test_a_removed_entry_is_no_seat(s: Session, anna: uuid.UUID) -> None:
    wrong = svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.VOTING)
    svc.remove_membership(s, wrong)
    s.flush()
    svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
    assert [m.role for m in svc.members(s, STT)] == ["chair"]


def test_editing_a_seat_keeps_the_rules(s: Session, anna: uuid.UUID) -> None:
    ben = svc.create_person(s, first_name="Ben", last_name="Muster")
    org = svc.create_organization(s, "Jugendclub Groß Klein e. V.")
    chair = svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
    seat = svc.add_membership(s, body_id=STT, person_id=ben, valid_to=date(2024, 12, 31))
    update_membership(s, seat, role=MemberRole.SUBSTITUTE, substitute_for_id=chair,
                      organization_id=org, valid_from=date(2024, 1, 1))
    s.flush()
    ben_row = next(m for m in svc.members(s, STT) if m.id == seat)
    assert (ben_row.role, ben_row.substitute_for_name, ben_row.organization_name) == (
        "substitute", "Anna Berger", "Jugendclub Groß Klein e. V.")
    assert (ben_row.valid_from, ben_row.valid_to) == (date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(svc.MeetingRuleError, match="Vertretung für: fehlt"):
        update_membership(s, seat, substitute_for_id=None)
    with pytest.raises(svc.MeetingRuleError, match="nicht selbst vertreten"):
        update_membership(s, chair, role=MemberRole.SUBSTITUTE, substitute_for_id=chair)
    with pytest.raises(svc.MeetingRuleError, match="Mitglied bis: vor"):
        update_membership(s, seat, valid_to=date(2023, 1, 1))
    with pytest.raises(svc.MeetingRuleError, match="Rolle: „boss“ unbekannt"):
        update_membership(s, seat, role="boss")
    # A later seat of Ben may not be stretched back over the first one.
    later = svc.add_membership(s, body_id=STT, person_id=ben, valid_from=date(2025, 1, 1))
    with pytest.raises(svc.MeetingRuleError, match="Ben Muster hat in diesem Gremium schon"):
        update_membership(s, later, valid_from=date(2024, 6, 1))
    update_membership(s, later, role=MemberRole.VOTING)  # its own period does not count
    s.flush()
    assert svc.members(s, STT, on=date(2025, 3, 1))[-1].role == "voting"


def test_rename_retire_and_reactivate_a_body(s: Session) -> None:
    meeting = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    svc.rename_body(s, STT, "  Stadtteiltisch Groß Klein-Nord  ")
    with pytest.raises(svc.MeetingRuleError, match="Name: fehlt"):
        svc.rename_body(s, STT, " ")
    with pytest.raises(svc.MeetingRuleError, match=re.escape("vor der Sitzung vom 11.02.2025")):
        retire_body(s, STT, date(2025, 1, 31))
    retire_body(s, STT, date(2025, 3, 31))
    s.flush()
    with pytest.raises(svc.MeetingRuleError, match=re.escape("außer Dienst seit 31.03.2025")):
        retire_body(s, STT, date(2025, 4, 1))
    assert STT not in {b.id for b in svc.list_bodies(s, [GROSS_KLEIN])}
    retired = next(b for b in svc.list_bodies(s, [GROSS_KLEIN], include_retired=True)
                   if b.id == STT)
    assert retired.name == "Stadtteiltisch Groß Klein-Nord"
    assert retired.retired and retired.retired_on == date(2025, 3, 31)
    assert svc.body_info(s, STT).retired_on == date(2025, 3, 31)
    # Its meetings stay; no new ones from the day it retired.
    assert meeting in svc.meeting_ids(s, [GROSS_KLEIN])
    with pytest.raises(svc.MeetingRuleError, match=re.escape("seit 31.03.2025 außer Dienst")):
        svc.plan_meeting(s, body_id=STT, day=date(2025, 4, 8))
    svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))  # before that day: still allowed
    reactivate_body(s, STT)
    s.flush()
    assert not svc.body_info(s, STT).retired
    svc.plan_meeting(s, body_id=STT, day=date(2025, 4, 8))


def test_a_body_retired_from_a_day_holds_no_meeting_on_that_day(s: Session) -> None:
    """Retiring and planning agree on the boundary: "außer Dienst ab" includes the day."""
    svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    with pytest.raises(svc.MeetingRuleError) as refused:
        retire_body(s, STT, date(2025, 2, 11))
    assert refused.value.message == (
        "Außer Dienst ab: 11.02.2025 liegt am Tag der Sitzung vom 11.02.2025 (spätere "
        "Sitzungen erst löschen oder ein späteres Datum wählen)")
    retire_body(s, STT, date(2025, 2, 12))
    s.flush()
    with pytest.raises(svc.MeetingRuleError, match=re.escape("seit 12.02.2025 außer Dienst")):
        svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 12))
    svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))  # the day before: still allowed


def test_only_a_body_without_meetings_can_be_deleted(s: Session) -> None:
    svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    with pytest.raises(svc.MeetingRuleError) as refused:
        svc.delete_body(s, STT)
    assert refused.value.message == (
        "Gremium löschen: „Stadtteiltisch Groß Klein“ hat 1 Sitzung(en) (Gremien mit Sitzungen "
        "werden außer Dienst gestellt, nicht gelöscht)")
    extra = svc.create_body(s, area_id=GROSS_KLEIN, kind=BodyKind.STADTTEILTISCH,
                            name="Versehentlich angelegt")
    svc.delete_body(s, extra)
    s.flush()
    assert extra not in {b.id for b in svc.list_bodies(s, None, include_retired=True)}
    assert s.get(Body, extra).deleted_at is not None  # a tombstone, not a hard delete


def test_own_standard_items_of_a_body(s: Session) -> None:
    items, own = body_template(s, STT)
    assert not own and items[0].kind == AgendaKind.OPENING
    mine = [svc.TemplateItem(AgendaKind.OPENING, "Ankommen", True, 5),
            svc.TemplateItem(AgendaKind.MINUTES_APPROVAL, "Protokoll", True, None),
            svc.TemplateItem(AgendaKind.TOPIC, "Spielplätze", False, 45)]
    set_agenda_template(s, STT, mine)
    s.flush()
    items, own = body_template(s, STT)
    assert own and list(items) == mine
    first = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    # The first meeting has no minutes to approve: that item is left out.
    assert [(i.number, i.title, i.is_public) for i in svc.agenda(s, first)] == [
        ("1", "Ankommen", True), ("2", "Spielplätze", False)]
    with pytest.raises(svc.MeetingRuleError, match="Standard-TOP 2: Titel: fehlt"):
        set_agenda_template(s, STT, [mine[0], svc.TemplateItem(AgendaKind.TOPIC, " ")])
    with pytest.raises(svc.MeetingRuleError, match="Standard-TOP 1: Geplante Dauer: 900"):
        set_agenda_template(s, STT, [svc.TemplateItem(AgendaKind.TOPIC, "Lang", True, 900)])
    with pytest.raises(svc.MeetingRuleError, match="Standard-Tagesordnung: leer"):
        set_agenda_template(s, STT, [])
    set_agenda_template(s, STT, None)
    s.flush()
    assert body_template(s, STT) == (svc.AGENDA_TEMPLATES[BodyKind.STADTTEILTISCH], False)


def test_delete_a_planned_meeting_and_bring_it_back(s: Session) -> None:
    planned = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    svc.delete_meeting(s, planned)
    s.flush()
    assert planned not in svc.meeting_ids(s, [GROSS_KLEIN])
    with pytest.raises(svc.NotFoundError):
        svc.meeting_detail(s, planned)
    restore_meeting(s, planned)
    s.flush()
    assert planned in svc.meeting_ids(s, [GROSS_KLEIN])
    svc.start_meeting(s, planned)
    with pytest.raises(svc.MeetingRuleError, match="nur geplante Sitzungen"):
        svc.delete_meeting(s, planned)
    assert s.get(Meeting, planned).status == MeetingStatus.HELD
