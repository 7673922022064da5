"""Two users on one database file: "Überschreiben" merges instead of reverting the other
person's changes, a save never drops a concern link it did not know about, and the concern
choices always include the linked ones."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from sro_desktop.models import Area, Base, Body, BodyKind, Concern, concern_measures, utcnow
from sro_desktop.services import measures as m
from sro_desktop.services import meetings as mt
from sro_desktop.services.measures import CostLineData
from sro_desktop.services.measures.diff import COMBINED, MINE, OVERWRITTEN, THEIRS, merge
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock


@pytest.fixture
def two_users(tmp_path: Path) -> Iterator[tuple[Database, Database, uuid.UUID]]:
    path = tmp_path / "shared.sqlite"
    anna = Database(make_engine(path), user="anna")
    Base.metadata.create_all(anna.engine)
    with anna.write() as s:
        seed_rostock(s)
        measure_id = m.save_measure(s, sample_application(s)).id
    ben = Database(make_engine(path), user="ben")
    yield anna, ben, measure_id
    anna.close()
    ben.close()


def _load(db: Database, measure_id: uuid.UUID) -> m.MeasureData:
    with db.session() as s:
        return m.load_measure(s, measure_id)


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _concerns(db: Database, code: str, days: list[date], text: str = "Anliegen") -> list[uuid.UUID]:
    """Concerns raised at the Stadtteiltisch of Sozialraum ``code``, one meeting per day."""
    with db.session() as s:
        body = s.scalars(select(Body.id).where(
            Body.area_id == _area(db, code), Body.kind == BodyKind.STADTTEILTISCH)).one()
    out = []
    with db.write() as s:
        for day in days:
            meeting = mt.plan_meeting(s, body_id=body, day=day)
            out.append(mt.add_concern(s, meeting_id=meeting, text=f"{text} vom {day:%d.%m.%Y}"))
    return out


def test_overwrite_keeps_unrelated_changes_of_the_other_user(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, measure_id = two_users
    annas_base = _load(anna, measure_id)
    bens = _load(ben, measure_id)
    with ben.write() as s:
        m.save_measure(s, dataclasses.replace(
            bens, summary="Bens Kurzbeschreibung", title="Bens Titel",
            principles=("Wille (Ben)", *bens.principles[1:])))
    annas = dataclasses.replace(
        annas_base, title="Annas Titel", places="Annas Ort",
        principles=(*annas_base.principles[:4], "Vernetzung (Anna)"))
    with pytest.raises(m.ConcurrentEditError), anna.write() as s:
        m.save_measure(s, annas, base=annas_base)
    theirs = _load(anna, measure_id)
    result = merge(annas_base, annas, theirs)
    assert result.outcomes == {"title": OVERWRITTEN, "places": MINE, "summary": THEIRS,
                               "principles": COMBINED}
    assert result.overwritten == ("title",)
    with anna.write() as s:
        m.save_measure(s, result.data, base=theirs)  # an ordinary save of the stored version
    final = _load(ben, measure_id)
    assert final.title == "Annas Titel"  # both changed it: Anna overwrites
    assert final.places == "Annas Ort"
    assert final.summary == "Bens Kurzbeschreibung"  # only Ben changed it: kept
    assert final.principles[0] == "Wille (Ben)" and final.principles[4] == "Vernetzung (Anna)"


def test_merged_save_is_refused_when_a_third_save_came_between(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, measure_id = two_users
    annas_base = _load(anna, measure_id)
    with ben.write() as s:
        m.save_measure(s, dataclasses.replace(_load(ben, measure_id), summary="Ben 1"))
    theirs = _load(anna, measure_id)
    merged = merge(annas_base, dataclasses.replace(annas_base, title="Anna"), theirs).data
    with ben.write() as s:
        m.save_measure(s, dataclasses.replace(_load(ben, measure_id), summary="Ben 2"))
    with pytest.raises(m.ConcurrentEditError), anna.write() as s:
        m.save_measure(s, merged, base=theirs)
    assert _load(ben, measure_id).summary == "Ben 2"


def test_child_table_counts_as_one_field(two_users: tuple[Database, Database, uuid.UUID]) -> None:
    anna, ben, measure_id = two_users
    base = _load(anna, measure_id)
    bens = _load(ben, measure_id)
    with ben.write() as s:
        m.save_measure(s, dataclasses.replace(bens, cost_lines=(
            *bens.cost_lines, CostLineData(description="Bens Zeile", amount_cents=100))))
    theirs = _load(anna, measure_id)
    annas = dataclasses.replace(base, cost_lines=(
        base.cost_lines[0], dataclasses.replace(base.cost_lines[1], description="Annas Material")))
    result = merge(base, annas, theirs)
    assert result.outcomes["cost_lines"] == OVERWRITTEN
    # Only Ben touched the cost plan: his table stays whole.
    untouched = merge(base, dataclasses.replace(base, title="Anna"), theirs)
    assert [c.description for c in untouched.data.cost_lines] == [
        "Fachkraft", "Material", "Bens Zeile"]


def test_concern_links_merge_as_a_set(two_users: tuple[Database, Database, uuid.UUID]) -> None:
    anna, _ben, measure_id = two_users
    a, b, c = (uuid.uuid4() for _ in range(3))
    base = dataclasses.replace(_load(anna, measure_id), concern_ids=(a,))
    mine = dataclasses.replace(base, concern_ids=(b,))  # Anna replaced a by b
    theirs = dataclasses.replace(base, concern_ids=(a, c))  # Ben added c
    result = merge(base, mine, theirs)
    assert set(result.data.concern_ids) == {b, c}
    assert result.outcomes["concern_ids"] == COMBINED


def test_save_keeps_a_link_written_meanwhile_without_a_new_version(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, measure_id = two_users
    old, new, mine = _concerns(ben, "D", [date(2024, 3, 1), date(2024, 4, 1), date(2024, 5, 1)])
    with anna.write() as s:
        m.save_measure(s, dataclasses.replace(_load(anna, measure_id), concern_ids=(old,)))
    annas_base = _load(anna, measure_id)
    # A link written straight into the link table: no version bump, nothing for the form to see.
    with ben.write() as s:
        s.execute(insert(concern_measures).values(concern_id=new, measure_id=measure_id))
    annas = dataclasses.replace(annas_base, title="Annas Titel",
                                concern_ids=tuple(sorted((old, mine), key=str)))
    with anna.write() as s:
        m.save_measure(s, annas, base=annas_base)
    assert set(_load(ben, measure_id).concern_ids) == {old, new, mine}
    # Unticking works as before: only the unticked link goes.
    base = _load(anna, measure_id)
    with anna.write() as s:
        m.save_measure(s, dataclasses.replace(base, concern_ids=tuple(
            c for c in base.concern_ids if c != old)), base=base)
    assert set(_load(ben, measure_id).concern_ids) == {new, mine}


def test_concern_choices_put_linked_ones_first_and_find_older_ones(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, _ben, measure_id = two_users
    days = [date(2020, 1, 1) + timedelta(days=i) for i in range(8)]
    ids = _concerns(anna, "D", days, text="Straße zu laut")
    elsewhere = _concerns(anna, "L", [date(2019, 6, 1)], text="Südstadt")[0]
    oldest = ids[0]
    d = _area(anna, "D")
    with anna.session() as s:
        newest = m.concern_choices(s, [d], 3)
        assert [c.id for c in newest] == ids[::-1][:3]
        assert not any(c.linked for c in newest)
        choices = m.concern_choices(s, [d], 3, linked=[elsewhere, oldest])
        assert [c.id for c in choices[:2]] == [oldest, elsewhere]  # linked, newest first
        assert all(c.linked for c in choices[:2])
        assert [c.id for c in choices[2:]] == ids[::-1][:3]  # a full page of others
        found = m.concern_choices(s, [d], 3, search="STRASSE 01.01.2020")
        assert [c.id for c in found] == [oldest]
        assert m.concern_choices(s, [d], 3, search="strase") == []
        # Linked ones that do not match the search are left out (the UI says so).
        assert [c.id for c in m.concern_choices(s, [d], 3, linked=[elsewhere],
                                                search="02.01.2020")] == [ids[1]]
    with anna.write() as s:
        concern = s.get(Concern, elsewhere)
        assert concern is not None
        concern.deleted_at = utcnow()
    with anna.session() as s:
        gone = m.concern_choices(s, [d], 3, linked=[elsewhere])
    assert gone[0].id == elsewhere and gone[0].linked and gone[0].deleted
    assert elsewhere not in {c.id for c in gone[1:]}
    assert measure_id  # the measure itself plays no part in the choices
