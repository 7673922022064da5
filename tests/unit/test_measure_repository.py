"""Saving and loading the whole application: every field, any text, locks and the audit log."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_desktop.models import Area, AuditEntry, Base, Concern, CostCategory
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock

NASTY = "<b>fett</b> & \"Zitat\" 'x' 🙂 Ä ß\n" + "lang " * 4000


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "repo.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    yield database
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def test_round_trip_of_every_field_with_hostile_text(db: Database) -> None:
    with db.write() as s:
        concern = Concern(id=uuid.uuid4(), text="Kein Treffpunkt", area_id=_area(db, "D"),
                          raised_on=date(2024, 11, 5))
        s.add(concern)
        data = dataclasses.replace(
            sample_application(s), title=NASTY[:300], summary=NASTY, need=NASTY,
            principles=(NASTY, "2", "3", "4", "<i>5</i>"), concern_ids=(concern.id,),
            milestones=(m.MilestoneData(due=date(2025, 5, 1), text="Start & Fest"),),
            assessments=(m.AssessmentData(reviewer="Rev & <1>", principle=2, score=3,
                                          reason=NASTY),),
            third_party_cents=0, third_party_source="Stiftung <X>",
            interim_report_received_on=date(2025, 8, 1),
        )
        saved = m.save_measure(s, data)
    with db.session() as s:
        loaded = m.load_measure(s, saved.id)
    assert loaded.title == NASTY[:300]
    assert loaded.summary == NASTY and loaded.need == NASTY
    assert loaded.principles[0] == NASTY and loaded.principles[4] == "<i>5</i>"
    assert loaded.concern_ids == (concern.id,)
    assert loaded.assessments[0].reason == NASTY
    assert loaded.third_party_source == "Stiftung <X>"
    assert loaded.interim_report_received_on == date(2025, 8, 1)
    assert loaded.row_version == saved.row_version
    expected = dataclasses.replace(
        data, id=saved.id, number=saved.number, row_version=saved.row_version,
        updated_by="testerin", updated_at=loaded.updated_at, region_id=loaded.region_id,
        approved_cents=None,
    )
    strip = lambda d: dataclasses.replace(  # noqa: E731
        d, **{name: tuple(dataclasses.replace(x, id=None) for x in getattr(d, name))
              for name in m.CHILD_TYPES})
    assert strip(loaded) == strip(expected)


def test_children_are_updated_inserted_and_removed(db: Database) -> None:
    with db.write() as s:
        saved = m.save_measure(s, sample_application(s))
    with db.write() as s:
        data = m.load_measure(s, saved.id)
        first = data.cost_lines[0]
        lines = (dataclasses.replace(first, description="Fachkraft 50 %"),
                 m.CostLineData(category=CostCategory.RENT, description="Miete", amount_cents=0))
        result = m.save_measure(s, dataclasses.replace(data, cost_lines=lines))
    with db.session() as s:
        again = m.load_measure(s, saved.id)
    assert [c.description for c in again.cost_lines] == ["Fachkraft 50 %", "Miete"]
    assert again.cost_lines[0].id == first.id
    assert result.row_version == data.row_version + 1


def test_nothing_changed_is_no_write(db: Database) -> None:
    with db.write() as s:
        saved = m.save_measure(s, sample_application(s))
    with db.write() as s:
        result = m.save_measure(s, m.load_measure(s, saved.id))
    assert result.row_version == saved.row_version
    assert not result.changes.changed


def test_stale_version_is_refused_and_overwrite_wins(db: Database) -> None:
    with db.write() as s:
        saved = m.save_measure(s, sample_application(s))
    with db.session() as s:
        mine = m.load_measure(s, saved.id)
    with db.write() as s:
        theirs = m.load_measure(s, saved.id)
        m.save_measure(s, dataclasses.replace(theirs, title="Von nebenan"))
    with pytest.raises(m.ConcurrentEditError) as err, db.write() as s:
        m.save_measure(s, dataclasses.replace(mine, places="Mein Ort"))
    assert "testerin" in str(err.value)
    with db.write() as s:
        m.save_measure(s, dataclasses.replace(mine, places="Mein Ort"), overwrite=True)
    with db.session() as s:
        final = m.load_measure(s, saved.id)
    assert (final.title, final.places) == ("Offener Treff am Nachmittag", "Mein Ort")


def test_application_locked_after_agenda(db: Database) -> None:
    with db.write() as s:
        saved = m.save_measure(s, sample_application(s))
        m.submit(s, saved.id)
        m.discuss(s, saved.id)
        m.put_on_agenda(s, saved.id)
    with pytest.raises(m.MeasureValidationError) as err, db.write() as s:
        data = m.load_measure(s, saved.id)
        m.save_measure(s, dataclasses.replace(data, title="Anders"))
    assert str(err.value) == (
        "Titel: Im Status „Auf Tagesordnung der Lenkungsgruppe“ nicht änderbar "
        "(der Antrag ist gesperrt)."
    )
    with db.write() as s:
        data = m.load_measure(s, saved.id)
        m.save_measure(s, dataclasses.replace(data, contact_phone="0381 999"))


def test_save_refuses_two_regions(db: Database) -> None:
    with pytest.raises(m.MeasureValidationError) as err, db.write() as s:
        data = sample_application(s)
        m.save_measure(s, dataclasses.replace(data, area_ids=(_area(db, "D"), _area(db, "L"))))
    assert str(err.value).startswith("Gebiet: Die Gebiete liegen in zwei Regionalräumen")


def test_area_and_concern_links_are_audited(db: Database) -> None:
    with db.write() as s:
        saved = m.save_measure(s, sample_application(s))
    with db.write() as s:
        data = m.load_measure(s, saved.id)
        m.save_measure(s, dataclasses.replace(data, area_ids=(_area(db, "D"), _area(db, "E"))))
    with db.session() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(
            AuditEntry.entity_id == str(saved.id))))
        loaded = m.load_measure(s, saved.id)
    assert "area_ids" in fields
    assert set(loaded.area_ids) == {_area(db, "D"), _area(db, "E")}


def test_new_provider_on_the_spot(db: Database) -> None:
    with db.write() as s:
        org_id = m.create_provider(s, name="  Neuer Träger gGmbH ", legal_form="gGmbH")
    with pytest.raises(ValueError, match="gibt es schon"), db.write() as s:
        m.create_provider(s, name="Neuer Träger gGmbH")
    with db.session() as s:
        names = [o.name for o in m.organization_choices(s) if o.id == org_id]
    assert names == ["Neuer Träger gGmbH"]
