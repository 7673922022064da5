"""Bodies, members and planning: templates per body kind, agenda numbering and moves."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, BodyKind, MeetingStatus, MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid

GROSS_KLEIN = area_uuid("D")
STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def seeded(seeded_session: Session) -> Session:
    """This test's session on a fresh copy of the Rostock database (tests/conftest.py)."""
    return seeded_session


def test_body_kind_must_fit_the_area_level(seeded: Session) -> None:
    with pytest.raises(svc.MeetingRuleError, match="Lenkungsgruppe gehört zu einem Regionalraum"):
        svc.create_body(seeded, area_id=GROSS_KLEIN, kind=BodyKind.LENKUNGSGRUPPE)
    body_id = svc.create_body(seeded, area_id=GROSS_KLEIN, kind=BodyKind.STADTTEILTISCH,
                              name="Stadtteiltisch Groß Klein Nord")
    names = [b.name for b in svc.list_bodies(seeded, [GROSS_KLEIN])]
    assert "Stadtteiltisch Groß Klein Nord" in names
    assert svc.body_info(seeded, body_id).area_code == "D"


def test_members_with_substitute_and_period(seeded: Session) -> None:
    org = svc.create_organization(seeded, "Jugendamt Rostock", "youth_office")
    anna = svc.create_person(seeded, first_name="Anna", last_name="Beispiel", organization_id=org)
    ben = svc.create_person(seeded, first_name="Ben", last_name="Muster")
    chair = svc.add_membership(seeded, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
    with pytest.raises(svc.MeetingRuleError, match="Vertretung für: fehlt"):
        svc.add_membership(seeded, body_id=STT, person_id=ben, role=MemberRole.SUBSTITUTE)
    with pytest.raises(svc.MeetingRuleError, match="Mitglied bis"):
        svc.add_membership(seeded, body_id=STT, person_id=ben, valid_from=date(2025, 2, 1),
                           valid_to=date(2025, 1, 1))
    svc.add_membership(seeded, body_id=STT, person_id=ben, role=MemberRole.SUBSTITUTE,
                       substitute_for_id=chair, valid_from=date(2025, 1, 1),
                       valid_to=date(2025, 12, 31))
    rows = svc.members(seeded, STT)
    assert [m.person_name for m in rows] == ["Anna Beispiel", "Ben Muster"]
    assert rows[0].organization_name == "Jugendamt Rostock"  # taken from the person
    assert rows[1].substitute_for_name == "Anna Beispiel"
    assert [m.person_name for m in svc.members(seeded, STT, on=date(2026, 3, 1))] == [
        "Anna Beispiel"
    ]


def test_plan_uses_the_template_of_the_body_kind(seeded: Session) -> None:
    meeting_id = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14),
                                  start_time=time(17), end_time=time(19), place="Haus 12")
    items = svc.agenda(seeded, meeting_id)
    # The first meeting of a body has no earlier minutes to approve.
    assert AgendaKind.MINUTES_APPROVAL not in [i.kind for i in items]
    assert [i.number for i in items] == [str(n) for n in range(1, len(items) + 1)]
    assert items[0].title == "Begrüßung und Vorstellungsrunde"
    assert any(i.title == "Anliegen und Bedarfe der Bewohner*innen" for i in items)
    second = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 2, 11))
    approval = [i for i in svc.agenda(seeded, second) if i.kind == AgendaKind.MINUTES_APPROVAL]
    assert len(approval) == 1 and approval[0].approves_meeting_id == meeting_id
    lg = svc.plan_meeting(seeded, body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                          day=date(2025, 3, 3))
    kinds = [i.kind for i in svc.agenda(seeded, lg)]
    assert AgendaKind.APPLICATION in kinds and AgendaKind.EXTENSION in kinds
    non_public = [i.title for i in svc.agenda(seeded, lg) if not i.is_public]
    assert "Anträge" in non_public


def test_plan_refuses_end_before_start(seeded: Session) -> None:
    with pytest.raises(svc.MeetingRuleError, match="Ende: nicht nach dem Beginn"):
        svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14), start_time=time(17),
                         end_time=time(16))


def test_agenda_moves_and_sub_items_renumber(seeded: Session) -> None:
    meeting_id = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14), use_template=False)
    a = svc.add_agenda_item(seeded, meeting_id, "Spielplatz")
    b = svc.add_agenda_item(seeded, meeting_id, "Jugendclub")
    c = svc.add_agenda_item(seeded, meeting_id, "Öffnungszeiten", level=1)
    d = svc.add_agenda_item(seeded, meeting_id, "Verschiedenes")
    numbers = {i.id: i.number for i in svc.agenda(seeded, meeting_id)}
    assert [numbers[x] for x in (a, b, c, d)] == ["1", "2", "2.1", "3"]
    svc.move_agenda_item(seeded, d, 0)
    assert [i.title for i in svc.agenda(seeded, meeting_id)] == [
        "Verschiedenes", "Spielplatz", "Jugendclub", "Öffnungszeiten"
    ]
    assert [i.number for i in svc.agenda(seeded, meeting_id)] == ["1", "2", "3", "3.1"]
    svc.update_agenda_item(seeded, c, level=0, is_public=False, planned_minutes=15)
    item = svc.agenda_item(seeded, c)
    assert (item.number, item.is_public, item.planned_minutes) == ("4", False, 15)
    svc.delete_agenda_item(seeded, a)
    assert [i.number for i in svc.agenda(seeded, meeting_id)] == ["1", "2", "3"]
    with pytest.raises(svc.MeetingRuleError, match="Geplante Dauer"):
        svc.update_agenda_item(seeded, b, planned_minutes=0)


def test_custom_template_in_body_rules(seeded: Session) -> None:
    from sro_desktop.models import Body

    body = seeded.get(Body, STT)
    assert body is not None
    body.rules = {"agenda_template": [{"kind": "opening", "title": "Moin"},
                                      {"title": "Kiezrunde", "planned_minutes": 20}]}
    meeting_id = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14))
    assert [i.title for i in svc.agenda(seeded, meeting_id)] == ["Moin", "Kiezrunde"]


def test_meeting_list_and_cli_rows(seeded: Session) -> None:
    first = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14))
    svc.plan_meeting(seeded, body_id=body_uuid(BodyKind.SOZIALRAUMTEAM, "S"), day=date(2025, 1, 20))
    subtree = svc.area_subtree_ids(seeded, area_uuid("RR-NW"))
    assert subtree is not None and GROSS_KLEIN in subtree
    assert svc.meeting_ids(seeded, subtree) == [first]
    rows = svc.cli_rows(seeded)
    assert [r["area_code"] for r in rows] == ["D", "S"]
    row = rows[0]
    assert row["body_kind"] == "stadtteiltisch" and row["status"] == MeetingStatus.PLANNED
    assert row["date"] == "2025-01-14" and row["item_count"] == len(svc.agenda(seeded, first))
    assert set(row) == {"id", "body_kind", "area_code", "date", "status", "item_count", "title",
                        "area_level", "region_code"}
    assert row["area_level"] == "social_space" and row["region_code"] == "RR-NW"
    assert row["title"] == "Stadtteiltisch Groß Klein, 14.01.2025"


def _numbers(seeded: Session, meeting_id: object) -> list[tuple[str, str, int]]:
    return [(i.number, i.title, i.level) for i in svc.agenda(seeded, meeting_id)]  # type: ignore[arg-type]


@pytest.mark.parametrize("title", ["Spielplatz", "Bolzplatz", "Verschiedenes"])
def test_restoring_a_deleted_item_puts_it_back_where_it_was(seeded: Session, title: str) -> None:
    # Undo of "TOP löschen": the item comes back at its place, level and number, also when the
    # item that moved up into its place sorts by the same position (4.1 came back as 5.1).
    meeting_id = svc.plan_meeting(seeded, body_id=STT, day=date(2025, 1, 14))
    main = svc.agenda(seeded, meeting_id)[3]
    assert main.number == "4"
    svc.add_agenda_item(seeded, meeting_id, "Spielplatz", position=main.position + 1, level=1)
    svc.add_agenda_item(seeded, meeting_id, "Bolzplatz", position=main.position + 2, level=1)
    last = svc.agenda(seeded, meeting_id)[-1]
    svc.add_agenda_item(seeded, meeting_id, "Nachtrag", position=last.position + 1, level=1)
    before = _numbers(seeded, meeting_id)
    assert [n for n, _t, _l in before] == ["1", "2", "3", "4", "4.1", "4.2", "5", "5.1"]
    item = next(i for i in svc.agenda(seeded, meeting_id) if i.title == title)
    svc.delete_agenda_item(seeded, item.id)
    assert len(svc.agenda(seeded, meeting_id)) == len(before) - 1
    svc.restore_agenda_item(seeded, item.id)
    assert _numbers(seeded, meeting_id) == before
