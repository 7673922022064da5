"""Two users on one database file: a stale save is detected, never silently lost."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from sro_desktop.models import Base, Measure
from sro_desktop.services import measures as m
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


def test_second_save_of_the_same_version_is_refused(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, measure_id = two_users
    with anna.session() as s:
        annas = m.load_measure(s, measure_id)
    with ben.session() as s:
        bens = m.load_measure(s, measure_id)
    with ben.write() as s:
        m.save_measure(s, dataclasses.replace(bens, title="Bens Titel"))
    with pytest.raises(m.ConcurrentEditError) as err, anna.write() as s:
        m.save_measure(s, dataclasses.replace(annas, summary="Annas Text"))
    assert err.value.by == "ben"
    assert "von ben geändert" in str(err.value)
    with anna.session() as s:
        now = m.load_measure(s, measure_id)
    assert (now.title, now.summary) == ("Bens Titel", bens.summary)
    names = {}
    diffs = m.differences(annas, dataclasses.replace(annas, summary="Annas Text"), now, names)
    assert {(d.field, d.mine_changed, d.theirs_changed) for d in diffs} == {
        ("title", False, True), ("summary", True, False)}
    with anna.write() as s:
        m.save_measure(s, dataclasses.replace(annas, summary="Annas Text"), overwrite=True)
    with ben.session() as s:
        final = m.load_measure(s, measure_id)
    assert (final.title, final.summary, final.updated_by) == (annas.title, "Annas Text", "anna")


def test_orm_version_check_catches_a_lost_update(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, measure_id = two_users
    with anna.session() as a:
        row = a.get(Measure, measure_id)
        assert row is not None
        a.commit()  # end the read; the object stays loaded at its version
        with ben.write() as b:
            other = b.get(Measure, measure_id)
            assert other is not None
            other.places = "Ben"
        row.places = "Anna"
        with pytest.raises(StaleDataError):
            a.commit()


def test_parallel_creation_gives_unique_numbers(
    two_users: tuple[Database, Database, uuid.UUID],
) -> None:
    anna, ben, _ = two_users
    errors: list[BaseException] = []

    def create(db: Database) -> None:
        try:
            for _ in range(5):
                with db.write() as s:
                    m.save_measure(s, sample_application(s))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=create, args=(db,)) for db in (anna, ben)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with anna.session() as s:
        numbers = list(s.scalars(select(Measure.number)))
    assert len(numbers) == 11 == len(set(numbers))
