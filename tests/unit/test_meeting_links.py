"""Concern–measure links and the result lists of a meeting, on a real SQLite file: measures
offered from the concern's Regionalraum only, the link bumping the measure's row version and
landing in the audit log, areas to file a concern under, agreements edited, lists in agenda
order."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_desktop.models import AgendaKind, AuditEntry, BodyKind, Measure, MeasureStatus
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid

STT = body_uuid(BodyKind.STADTTEILTISCH, "D")


@pytest.fixture
def s(seeded_session: Session) -> Session:
    """This test's session on a fresh copy of the Rostock database (tests/conftest.py)."""
    return seeded_session


def _measure(s: Session, number: str, region: str, title: str = "Treff") -> uuid.UUID:
    measure = Measure(number=number, title=title, region_id=area_uuid(region),
                      status=MeasureStatus.RUNNING)
    s.add(measure)
    s.flush()
    return measure.id


def _meeting(s: Session) -> tuple[uuid.UUID, list[svc.AgendaItemInfo]]:
    m = svc.plan_meeting(s, body_id=STT, day=date(2025, 1, 14))
    return m, svc.agenda(s, m)


def test_measure_choices_come_from_the_concerns_regionalraum(s: Session) -> None:
    m, _items = _meeting(s)
    concern = svc.add_concern(s, meeting_id=m, text="Treffpunkt am Abend")
    older = _measure(s, "SRAE-NW-2024-003", "RR-NW", "Abendtreff")
    newer = _measure(s, "SRAE-NW-2025-001", "RR-NW", "Straßenfußball")
    _measure(s, "SRAE-M-2025-001", "RR-M", "Südstadt")
    gone = _measure(s, "SRAE-NW-2025-002", "RR-NW", "Gelöscht")
    s.get(Measure, gone).deleted_at = datetime(2025, 1, 1, tzinfo=UTC)  # type: ignore[union-attr]
    choices = svc.measure_choices(s, concern)
    assert [(c.id, c.number, c.title, c.status) for c in choices] == [
        (newer, "SRAE-NW-2025-001", "Straßenfußball", "running"),
        (older, "SRAE-NW-2024-003", "Abendtreff", "running"),
    ]
    assert svc.region_of(s, area_uuid("D")) == area_uuid("RR-NW")
    assert svc.region_of(s, area_uuid("RR-NW")) == area_uuid("RR-NW")
    assert svc.region_of(s, area_uuid("HRO")) is None


def test_link_bumps_the_measure_and_is_audited(s: Session) -> None:
    m, _items = _meeting(s)
    concern = svc.add_concern(s, meeting_id=m, text="Treffpunkt am Abend")
    measure = _measure(s, "SRAE-NW-2025-001", "RR-NW")
    s.flush()
    version = s.get(Measure, measure).row_version  # type: ignore[union-attr]
    svc.link_concern_to_measure(s, concern, measure)
    s.flush()
    assert s.get(Measure, measure).row_version == version + 1  # type: ignore[union-attr]
    svc.link_concern_to_measure(s, concern, measure)  # twice: nothing changes
    s.flush()
    assert s.get(Measure, measure).row_version == version + 1  # type: ignore[union-attr]
    log = s.scalars(select(AuditEntry).where(AuditEntry.field == "concern_ids")).all()
    assert [(e.entity, e.entity_id, e.old, e.new, e.user) for e in log] == [
        ("measures", str(measure), "", str(concern), "testerin")]
    svc.unlink_concern_from_measure(s, concern, measure)
    svc.unlink_concern_from_measure(s, concern, measure)  # not linked any more: no-op
    s.flush()
    log = s.scalars(select(AuditEntry).where(AuditEntry.field == "concern_ids")).all()
    assert [(e.old, e.new) for e in log][-1] == (str(concern), "")
    assert len(log) == 2
    assert svc.measures_of_concern(s, concern) == []


def test_area_choices_are_the_regionalraum_tree(s: Session) -> None:
    m, _items = _meeting(s)
    choices = svc.concern_area_choices(s, m)
    assert choices[0].id == area_uuid("RR-NW") and choices[0].depth == 0
    names = [c.name for c in choices if c.depth == 1]
    assert names == sorted(names, key=str.casefold) and "Groß Klein" in names
    assert "Südstadt" not in [c.name for c in choices]
    quarters = [c for c in choices if c.depth == 2]
    assert quarters and all(" › " in c.label for c in quarters)
    assert any(c.label.startswith("Warnemünde › ") for c in quarters)


def test_meeting_results_in_agenda_order_with_areas_and_measures(s: Session) -> None:
    m, items = _meeting(s)
    topic = next(i for i in items if i.kind == AgendaKind.TOPIC)
    first_item = items[0]
    late = svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id, text="Später notiert")
    early = svc.add_concern(s, meeting_id=m, agenda_item_id=first_item.id, text="Zuerst",
                            area_id=area_uuid("E"))
    loose = svc.add_concern(s, meeting_id=m, text="Ohne TOP")
    measure = _measure(s, "SRAE-NW-2025-001", "RR-NW", "Abendtreff")
    svc.link_concern_to_measure(s, late, measure)
    task = svc.add_task(s, meeting_id=m, agenda_item_id=topic.id, description="Raum anfragen")
    arrangement = svc.add_arrangement(s, meeting_id=m, text="Treffen im Jugendclub")
    svc.delete_result(s, "task", svc.add_task(s, meeting_id=m, description="gelöscht"))
    results = svc.meeting_results(s, m)
    assert [r.info.id for r in results.concerns] == [early, late, loose]
    assert [r.area_name for r in results.concerns] == ["Lütten Klein", "Groß Klein", "Groß Klein"]
    assert [m.title for m in results.concerns[1].measures] == ["Abendtreff"]
    assert results.concerns[1].info.measure_ids == (measure,)
    assert results.concerns[1].info.status == "in_progress"
    assert [t.id for t in results.tasks] == [task]
    assert [a.id for a in results.arrangements] == [arrangement]


def test_update_arrangement_and_the_lock(s: Session) -> None:
    m, _items = _meeting(s)
    row = svc.add_arrangement(s, meeting_id=m, text="Treffen im Jugendclub")
    svc.update_arrangement(s, row, text="  Treffen im Jugendclub, 18 Uhr ")
    assert svc.meeting_results(s, m).arrangements[0].text == "Treffen im Jugendclub, 18 Uhr"
    with pytest.raises(svc.MeetingRuleError, match="Vereinbarung: fehlt"):
        svc.update_arrangement(s, row, text=" ")
    svc.close_minutes(s, m)
    with pytest.raises(svc.MinutesLockedError, match="abgeschlossen"):
        svc.update_arrangement(s, row, text="anders")
