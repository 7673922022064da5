"""The ORM-free tree reads of the first paint: plain SQL on SQLite and PostgreSQL, the same
rows and counts as the ORM services give."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sro_desktop.models import Area, AreaLevel, Base, Measure, measure_areas, utcnow
from sro_desktop.services import tree_query
from sro_desktop.services.areas import LEVEL_LABELS, LEVEL_RANK, children, measure_counts
from sro_desktop.services.tree_query import AreaTree, TreeSnapshot, read_snapshot

TODAY = date(2025, 3, 10)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, schema_engine: Engine) -> Iterator[Engine]:
    """The schema on a fresh SQLite file, or on a database of its own on the PostgreSQL server."""
    if request.param == "sqlite":
        yield schema_engine
        return
    pg_url = request.getfixturevalue("pg_url")
    name = f"sro_tree_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    pg = create_engine(make_url(pg_url).set(database=name))
    try:
        Base.metadata.create_all(pg)
        yield pg
    finally:
        pg.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def ids(engine: Engine) -> dict[str, uuid.UUID]:
    """City → two regions → social spaces (one retired) → a quarter, and five measures: linked
    to areas of their own region, to another region, twice in one subtree, and one deleted."""
    with Session(engine, info={"user": "testerin"}) as s:
        def area(key: str, level: str, parent: str | None, **kw: object) -> None:
            row = Area(name=key, level=level, code=key, parent_id=out.get(parent or ""),
                       name_variants=[], **kw)
            s.add(row)
            s.flush()
            out[key] = row.id

        out: dict[str, uuid.UUID] = {}
        area("HRO", "city", None)
        area("NW", "region", "HRO", uncertain=True)
        area("NO", "region", "HRO")
        area("D", "social_space", "NW", is_model_region=True)
        area("L", "social_space", "NW", retired_on=date(2024, 1, 1))
        area("S", "social_space", "NO")
        area("Q", "quarter", "D")
        measures = {
            "m1": ("NW", ["D", "Q"]),  # twice under D: counts once there
            "m2": ("NW", ["S"]),  # linked to the other region too
            "m3": ("NO", []),
            "m4": ("NW", ["L"]),
        }
        for number, (region, links) in measures.items():
            m = Measure(number=number, title=number, region_id=out[region])
            s.add(m)
            s.flush()
            out[number] = m.id
            for link in links:
                s.execute(measure_areas.insert().values(measure_id=m.id, area_id=out[link]))
        gone = Measure(number="m5", title="gelöscht", region_id=out["NO"], deleted_at=utcnow())
        s.add(gone)
        s.flush()
        s.execute(measure_areas.insert().values(measure_id=gone.id, area_id=out["S"]))
        s.commit()
    return out


def _snapshot(engine: Engine, **kw: bool) -> TreeSnapshot:
    with engine.connect() as conn:
        return read_snapshot(conn, TODAY, **kw)


def test_rows_come_back_as_python_values(engine: Engine, ids: dict[str, uuid.UUID]) -> None:
    tree = _snapshot(engine).tree
    assert set(tree.rows) == {ids[k] for k in ("HRO", "NW", "NO", "D", "L", "S", "Q")}
    d = tree.rows[ids["D"]]
    assert isinstance(d.id, uuid.UUID) and d.parent_id == ids["NW"]
    assert d.level == "social_space" and d.is_model_region is True and d.uncertain is False
    assert tree.rows[ids["NW"]].uncertain is True
    assert tree.rows[ids["L"]].retired_on == date(2024, 1, 1)
    assert tree.rows[ids["L"]].retired(TODAY) and not tree.rows[ids["D"]].retired(TODAY)
    assert tree.rows[ids["HRO"]].parent_id is None
    assert tree.ancestors(ids["Q"]) == [ids["D"], ids["NW"], ids["HRO"]]


def test_counts_match_the_orm_aggregate(engine: Engine, ids: dict[str, uuid.UUID]) -> None:
    snapshot = _snapshot(engine)
    expected = {ids["HRO"]: 4, ids["NW"]: 3, ids["NO"]: 2, ids["D"]: 1, ids["L"]: 1,
                ids["S"]: 1, ids["Q"]: 1}
    assert snapshot.measure_counts == expected
    with Session(engine) as s:
        assert measure_counts(s, list(snapshot.tree.rows)) == expected


def test_children_are_the_service_rows(engine: Engine, ids: dict[str, uuid.UUID]) -> None:
    snapshot = _snapshot(engine)
    with Session(engine) as s:
        for parent in (None, ids["HRO"], ids["NW"], ids["D"]):
            for retired in (False, True):
                assert snapshot.children(parent, retired) == children(s, parent, retired, TODAY)
    shown = [n.code for n in snapshot.children(ids["NW"], False)]
    assert shown == ["D"]  # L is retired


def test_without_counts_only_the_area_table_is_read(engine: Engine,
                                                    ids: dict[str, uuid.UUID]) -> None:
    snapshot = _snapshot(engine, counts=False)
    assert snapshot.measure_counts == {}
    assert [n.measure_count for n in snapshot.children(ids["HRO"], False)] == [0, 0]
    assert len(snapshot.tree.rows) == 7


def test_deleted_areas_are_left_out(engine: Engine, ids: dict[str, uuid.UUID]) -> None:
    with Session(engine) as s:
        s.get(Area, ids["Q"]).deleted_at = utcnow()  # type: ignore[union-attr]
        s.commit()
    tree = _snapshot(engine).tree
    assert ids["Q"] not in tree.rows and tree.kids.get(ids["D"], []) == []


def test_levels_follow_the_model() -> None:
    assert set(LEVEL_LABELS) == {level.value for level in AreaLevel}
    assert set(LEVEL_RANK) == set(LEVEL_LABELS)
    assert tree_query.LEVEL_LABELS is LEVEL_LABELS


def test_ancestors_stop_at_a_corrupt_cycle() -> None:
    a, b, c = (uuid.uuid4() for _ in range(3))
    rows = [
        tree_query.AreaRow(a, c, "region", None, "A", False, False, None),
        tree_query.AreaRow(b, a, "social_space", None, "B", False, False, None),
        tree_query.AreaRow(c, b, "quarter", None, "C", False, False, None),
    ]
    assert AreaTree(rows, TODAY).ancestors(a) == [c, b, a]  # ends instead of looping
