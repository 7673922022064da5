"""The Rostock seed: the packaged JSON, the area tree, populations, bodies and fixed ids."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import func, select

import sro_desktop
from sro_desktop.models import Area, AreaPopulation, Base, Body
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import (
    SeedError,
    area_uuid,
    body_uuid,
    load_seed_document,
    seed_rostock,
)

REPO = Path(__file__).resolve().parents[2]


def _new_db(path: Path) -> Database:
    db = Database(make_engine(path))
    Base.metadata.create_all(db.engine)
    return db


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite file with the schema and the Rostock seed."""
    db = _new_db(tmp_path / "seed.sqlite")
    with db.write() as s:
        seed_rostock(s)
    yield db
    db.close()


def _areas(db: Database) -> dict[str, Area]:
    with db.session() as s:
        return {a.code: a for a in s.scalars(select(Area)) if a.code}


def test_seed_file_is_read_from_the_package() -> None:
    packaged = Path(sro_desktop.__file__).parent / "resources" / "seed" / "rostock.json"
    assert packaged.is_file()
    assert load_seed_document() == json.loads(packaged.read_text(encoding="utf-8"))
    doc = load_seed_document()
    assert doc["format"] == "sro-desktop-seed"
    assert "CC0" in doc["licence"]["boundaries"]
    assert "Rostock" in doc["licence"]["attribution"]
    # The loader hands out copies: changing one does not change the next.
    doc["regions"].clear()
    assert len(load_seed_document()["regions"]) == 4


def test_tree_has_city_regions_social_spaces_and_official_quarters(seeded: Database) -> None:
    with seeded.session() as s:
        levels = dict(s.execute(select(Area.level, func.count()).group_by(Area.level)).all())
    assert levels == {"city": 1, "region": 4, "social_space": 21, "quarter": 31}
    areas = _areas(seeded)
    city = areas["HRO"]
    assert city.name == "Hanse- und Universitätsstadt Rostock"
    assert city.parent_id is None
    regions = {"RR-NW": "ABCDEFG", "RR-W": "HIJ", "RR-M": "KLMNO", "RR-NO": "PQRSTU"}
    for code, members in regions.items():
        assert areas[code].parent_id == city.id
        for letter in members:
            assert areas[letter].parent_id == areas[code].id, letter
            assert areas[letter].level == "social_space"
    assert sorted(c for c in areas if len(c) == 1) == list("ABCDEFGHIJKLMNOPQRSTU")
    quarters = [a for a in areas.values() if a.level == "quarter"]
    assert all(a.official and not a.uncertain for a in quarters)
    by_space = {letter: sum(1 for q in quarters if q.parent_id == areas[letter].id)
                for letter in "ABU"}
    assert by_space == {"A": 2, "B": 5, "U": 6}
    assert areas["Q-D-gross-klein"].parent_id == areas["D"].id


def test_unofficial_quarters_are_kept_apart_not_seeded(seeded: Database) -> None:
    doc = load_seed_document()
    unofficial = doc["unofficial_quarters"]
    assert unofficial and all(q["uncertain"] and not q["official"] for q in unofficial)
    assert all(q["note"] for q in unofficial)
    areas = _areas(seeded)
    assert not any(q["code"] in areas for q in unofficial)
    assert "Q-D-daenenberg" not in areas


def test_populations_sum_to_the_published_totals(seeded: Database) -> None:
    with seeded.session() as s:
        sums = {
            d.isoformat(): total
            for d, total in s.execute(
                select(AreaPopulation.reference_date, func.sum(AreaPopulation.residents))
                .group_by(AreaPopulation.reference_date)
            )
        }
        per_area = s.execute(
            select(func.count(func.distinct(AreaPopulation.area_id)))
        ).scalar_one()
    assert sums == {"2021-12-31": 209_273, "2023-12-31": 211_692}
    assert per_area == 21


def test_model_regions_and_uncertain_regions_are_flagged(seeded: Database) -> None:
    areas = _areas(seeded)
    assert sorted(a.name for a in areas.values() if a.is_model_region) == [
        "Groß Klein", "Toitenwinkel"]
    regions = [a for a in areas.values() if a.level == "region"]
    assert len(regions) == 4
    for region in regions:
        assert region.uncertain
        assert region.name.endswith("(Arbeitstitel)")
        assert "Arbeitsvorschlag" in region.note
    assert not any(a.uncertain for a in areas.values() if a.level == "social_space")
    doc = load_seed_document()
    assert doc["region_variant"]["id"] == "B"
    assert "A" in doc["alternative_region_variants"]


def test_name_variants_council_and_sources(seeded: Database) -> None:
    areas = _areas(seeded)
    assert "KTV" in areas["K"].name_variants
    assert "Rostock Heide" in areas["B"].name_variants
    assert areas["D"].local_council == "OBR 4 Groß Klein"
    # The short references are expanded to the full source text.
    assert "S1:" in areas["D"].source and "geo.sv.rostock.de" in areas["D"].source
    assert "Lichtenhagen" in areas["C"].note and "Nordwest" in areas["C"].note


def test_boundaries_are_geojson_polygons_inside_rostock(seeded: Database) -> None:
    total = 0
    with seeded.session() as s:
        rows = s.execute(
            select(Area.code, Area.boundary_geojson).where(Area.level == "social_space")
        ).all()
        others = s.execute(
            select(func.count()).where(Area.level != "social_space",
                                       Area.boundary_geojson.is_not(None))
        ).scalar_one()
    assert len(rows) == 21 and others == 0
    for code, text in rows:
        total += len(text)
        geometry = json.loads(text)
        assert geometry["type"] == "Polygon", code
        (ring,) = geometry["coordinates"]
        assert len(ring) >= 4 and ring[0] == ring[-1], code
        for lon, lat in ring:
            assert 11.9 < lon < 12.4 and 54.0 < lat < 54.3, code
            assert round(lon, 5) == lon and round(lat, 5) == lat
    assert total < 60_000


def test_default_bodies(seeded: Database) -> None:
    with seeded.session() as s:
        kinds = dict(s.execute(select(Body.kind, func.count()).group_by(Body.kind)).all())
        names = set(s.scalars(select(Body.name)))
    assert kinds == {"stadtteiltisch": 21, "sozialraumteam": 21, "lenkungsgruppe": 4}
    assert "Stadtteiltisch Groß Klein" in names
    assert "Sozialraumteam Toitenwinkel" in names
    assert "Lenkungsgruppe Regionalraum Nordwest (Arbeitstitel)" in names


def test_ids_are_the_same_in_every_seeded_database(tmp_path: Path) -> None:
    snapshots = []
    for name in ("one.sqlite", "two.sqlite"):
        db = _new_db(tmp_path / name)
        with db.write() as s:
            seed_rostock(s)
        with db.session() as s:
            snapshots.append((
                sorted((str(a.id), a.code) for a in s.scalars(select(Area))),
                sorted(str(i) for i in s.scalars(select(AreaPopulation.id))),
                sorted((str(b.id), b.name) for b in s.scalars(select(Body))),
            ))
        db.close()
    assert snapshots[0] == snapshots[1]
    areas = dict((code, uid) for uid, code in snapshots[0][0])
    assert areas["D"] == str(area_uuid("D"))
    assert str(body_uuid("stadtteiltisch", "D")) in {uid for uid, _ in snapshots[0][2]}


def test_seed_leaves_the_transaction_to_the_caller(tmp_path: Path) -> None:
    db = _new_db(tmp_path / "rollback.sqlite")
    with db.session() as s:
        seed_rostock(s)
        assert s.execute(select(func.count()).select_from(Area)).scalar_one() == 57
        s.rollback()
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Area)).scalar_one() == 0
    db.close()


def test_seed_refuses_a_database_with_areas(seeded: Database) -> None:
    with pytest.raises(SeedError, match="bereits Bereiche"), seeded.write() as s:
        seed_rostock(s)


# --- the build tool's simplification --------------------------------------------------------


def _build_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_seed", REPO / "tools" / "build_seed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_seed"] = module
    spec.loader.exec_module(module)
    return module


def test_simplification_keeps_shared_borders_shared() -> None:
    tool = _build_tool()
    # Two squares sharing a wiggly border (tiny zigzag of 1e-6 degrees) from (1, 0) to (1, 1).
    border = [(1.0 + (1e-6 if i % 2 else 0.0), i / 20) for i in range(21)]
    left = [(0.0, 0.0), *border, (0.0, 1.0), (0.0, 0.0)]
    right = [(1.0, 0.0), (2.0, 0.0), (2.0, 1.0), *reversed(border)]
    right.append(right[0])
    out = tool.simplify_shared({"L": left, "R": right}, 1e-4)
    assert all(tool.ring_is_simple(ring) for ring in out.values())
    assert len(out["L"]) < len(left) and len(out["R"]) < len(right)

    def edges(ring: list[tuple[float, float]]) -> set[tuple[tuple[float, float], ...]]:
        return {tuple(sorted(pair)) for pair in itertools.pairwise(ring)}

    shared = edges(out["L"]) & edges(out["R"])
    assert shared == {((1.0, 0.0), (1.0, 1.0))}


def test_douglas_peucker_keeps_corners() -> None:
    tool = _build_tool()
    line = [(0.0, 0.0), (0.5, 0.00001), (1.0, 0.0), (1.0, 1.0)]
    assert tool.douglas_peucker(line, 0.001, 1.0) == [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]
