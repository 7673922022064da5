"""What was noted in a deleted meeting, or by a deleted body, is gone everywhere: search, open
task counts, carry-over, the CLI list and search-hit locations."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, Body, BodyKind, Meeting
from sro_desktop.models.base import utcnow
from sro_desktop.services import meetings as svc
from sro_desktop.services.search import search, search_group
from sro_desktop.storage.seed import area_uuid, body_uuid

STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    return seeded_session


def _topic(s: Session, meeting: uuid.UUID) -> uuid.UUID:
    return next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)


@pytest.fixture
def planned(s: Session) -> dict[str, uuid.UUID]:
    """A planned meeting with notes, a concern, a task and an agreement, all with "Zirkuswagen"."""
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 4))
    item = _topic(s, m)
    svc.save_notes(s, item, "Der Zirkuswagen steht am Markt")
    concern = svc.add_concern(s, meeting_id=m, agenda_item_id=item, text="Zirkuswagen öffnen")
    task = svc.add_task(s, meeting_id=m, agenda_item_id=item,
                        description="Zirkuswagen reparieren lassen")
    arrangement = svc.add_arrangement(s, meeting_id=m, text="Zirkuswagen bleibt")
    s.flush()
    return {"meeting": m, "item": item, "concern": concern, "task": task,
            "arrangement": arrangement}


def _found(s: Session, query: str) -> set[uuid.UUID]:
    return {h.id for g in search(s, query).groups for h in g.hits}


def test_rows_of_a_deleted_meeting_are_not_found(
    s: Session, planned: dict[str, uuid.UUID]
) -> None:
    assert _found(s, "Zirkuswagen") == {planned["item"], planned["concern"], planned["task"],
                                       planned["arrangement"]}
    svc.delete_meeting(s, planned["meeting"])
    s.flush()
    results = search(s, "Zirkuswagen")
    assert results.groups == ()  # the counts agree: nothing left to count
    assert search_group(s, "Zirkuswagen", "tasks", offset=0).total == 0
    assert search_group(s, "Zirkuswagen", "concerns", offset=0).hits == ()


def test_tasks_of_a_deleted_meeting_are_not_open_nor_carried_over(
    s: Session, planned: dict[str, uuid.UUID]
) -> None:
    area = [area_uuid("D")]
    assert svc.open_task_count(s, area) == 1
    svc.delete_meeting(s, planned["meeting"])
    later = svc.plan_meeting(s, body_id=STT, day=date(2025, 4, 1))
    s.flush()
    assert svc.open_task_count(s, area) == 0
    assert svc.overdue_task_count(s, area, today=date(2026, 1, 1)) == 0
    assert svc.carry_open_tasks(s, later) == []
    meeting = s.get(Meeting, later)
    assert meeting is not None and svc.open_tasks_before(s, meeting) == []


def test_a_task_carried_before_its_meeting_was_deleted_drops_out(
    s: Session, planned: dict[str, uuid.UUID]
) -> None:
    later = svc.plan_meeting(s, body_id=STT, day=date(2025, 4, 1))
    s.flush()
    svc.carry_open_tasks(s, later)
    assert [t.id for t in svc.carried_tasks(s, later)] == [planned["task"]]
    svc.delete_meeting(s, planned["meeting"])
    s.flush()
    assert svc.carried_tasks(s, later) == []


def _tombstone_body(s: Session) -> None:
    # The service refuses to delete a body with meetings now, but databases of earlier
    # versions and merged offline copies can hold such bodies.
    body = s.get(Body, STT)
    assert body is not None
    body.deleted_at = utcnow()
    s.flush()


def test_a_deleted_body_takes_its_rows_along(s: Session, planned: dict[str, uuid.UUID]) -> None:
    _tombstone_body(s)
    assert _found(s, "Zirkuswagen") == set()
    assert svc.open_task_count(s, [area_uuid("D")]) == 0
    assert all(row["id"] != str(planned["meeting"]) for row in svc.cli_rows(s))
    assert svc.locate(s, "concern", planned["concern"]).meeting_id is None


def test_cli_rows_leave_out_meetings_of_deleted_bodies(s: Session) -> None:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 4))
    s.flush()
    assert str(m) in {row["id"] for row in svc.cli_rows(s)}
    _tombstone_body(s)
    assert str(m) not in {row["id"] for row in svc.cli_rows(s)}


@pytest.mark.parametrize("kind", ["agenda_item", "concern", "task", "arrangement"])
def test_locate_finds_nothing_for_rows_of_a_deleted_meeting(
    s: Session, planned: dict[str, uuid.UUID], kind: str
) -> None:
    key = {"agenda_item": "item"}.get(kind, kind)
    found = svc.locate(s, kind, planned[key])
    assert found.meeting_id == planned["meeting"] and found.area_id == area_uuid("D")
    svc.delete_meeting(s, planned["meeting"])
    s.flush()
    assert svc.locate(s, kind, planned[key]) == svc.Location(None, None, None)
    assert svc.locate(s, "meeting", planned["meeting"]).meeting_id is None


def test_locate_finds_nothing_for_a_deleted_row(s: Session, planned: dict[str, uuid.UUID]) -> None:
    svc.delete_result(s, "concern", planned["concern"])
    s.flush()
    assert svc.locate(s, "concern", planned["concern"]).meeting_id is None
    # An entry under a deleted item opens its meeting at no particular item.
    svc.delete_agenda_item(s, planned["item"])
    s.flush()
    where = svc.locate(s, "task", planned["task"])
    assert where.meeting_id == planned["meeting"] and where.agenda_item_id is None
