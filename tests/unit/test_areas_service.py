"""The area services: tree reads, overview figures and the editing rules, on a real SQLite file."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_desktop.models import (
    Area,
    AreaPopulation,
    AuditEntry,
    Body,
    Measure,
    Meeting,
    Task,
    measure_areas,
)
from sro_desktop.services.areas import (
    AreaError,
    add_area,
    child_levels,
    children,
    measure_counts,
    move_area,
    move_targets,
    remove_area,
    rename_area,
    restore_area,
    retire_area,
    unretire_area,
)
from sro_desktop.services.overview import area_overview

TODAY = date(2025, 3, 10)


def _square(x: float, y: float) -> str:
    ring = [[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


@dataclass
class Tree:
    city: uuid.UUID
    nw: uuid.UUID
    no: uuid.UUID
    d: uuid.UUID
    lo: uuid.UUID
    s: uuid.UUID
    q_d: uuid.UUID


@pytest.fixture
def tree(session: Session) -> Tree:
    """Rostock → Nordwest (D, L), Nordost (S); D has one Quartier; populations on SRs only."""

    def area(name: str, level: str, parent: Area | None, code: str | None, **kw: object) -> Area:
        kw.setdefault("name_variants", [])
        a = Area(name=name, level=level, parent_id=parent.id if parent else None, code=code, **kw)
        session.add(a)
        session.flush()
        return a

    city = area("Rostock", "city", None, "HRO")
    nw = area("Regionalraum Nordwest (Arbeitstitel)", "region", city, "RR-NW", uncertain=True)
    no = area("Regionalraum Nordost (Arbeitstitel)", "region", city, "RR-NO", uncertain=True)
    d = area("Groß Klein", "social_space", nw, "D", is_model_region=True,
             boundary_geojson=_square(12.0, 54.1), local_council="OBR 4 Groß Klein")
    lo = area("Südstadt", "social_space", nw, "L", boundary_geojson=_square(12.1, 54.07),
              name_variants=["Südstadt-Ost"])
    s = area("Toitenwinkel", "social_space", no, "S", is_model_region=True,
             boundary_geojson=_square(12.2, 54.12))
    q_d = area("Groß Klein (Ortsteil)", "quarter", d, None)
    for sr, n21, n23 in ((d, 13400, 13586), (lo, 15000, 15200), (s, 14000, 14100)):
        session.add(AreaPopulation(area_id=sr.id, reference_date=date(2021, 12, 31), residents=n21))
        session.add(AreaPopulation(area_id=sr.id, reference_date=date(2023, 12, 31), residents=n23))
    session.commit()
    return Tree(city.id, nw.id, no.id, d.id, lo.id, s.id, q_d.id)


def _names(session: Session, parent: uuid.UUID | None) -> list[str]:
    return [n.name for n in children(session, parent, today=TODAY)]


def test_children_sorted_german_with_counts(session: Session, tree: Tree) -> None:
    top = children(session, None, today=TODAY)
    assert [n.name for n in top] == ["Rostock"]
    assert top[0].child_count == 2 and top[0].parent_id is None
    assert _names(session, tree.city) == [
        "Regionalraum Nordost (Arbeitstitel)", "Regionalraum Nordwest (Arbeitstitel)"
    ]
    nw = children(session, tree.nw, today=TODAY)
    # German collation: Groß Klein before Südstadt (ß and ü folded).
    assert [(n.code, n.name) for n in nw] == [("D", "Groß Klein"), ("L", "Südstadt")]
    assert nw[0].is_model_region and not nw[1].is_model_region
    assert nw[0].child_count == 1 and nw[1].child_count == 0


def test_measure_counts_roll_up_once_per_measure(session: Session, tree: Tree) -> None:
    m1 = Measure(number="M-1", title="Eins", region_id=tree.nw)
    m2 = Measure(number="M-2", title="Zwei", region_id=tree.nw)
    session.add_all([m1, m2])
    session.flush()
    session.execute(measure_areas.insert(), [
        {"measure_id": m1.id, "area_id": tree.d}, {"measure_id": m1.id, "area_id": tree.lo},
    ])
    session.commit()
    counts = {n.name: n.measure_count for n in children(session, tree.nw, today=TODAY)}
    assert counts == {"Groß Klein": 1, "Südstadt": 1}
    regions = {n.code: n.measure_count for n in children(session, tree.city, today=TODAY)}
    assert regions == {"RR-NW": 2, "RR-NO": 0}


def test_overview_of_social_space(session: Session, tree: Tree) -> None:
    body = Body(kind="stadtteiltisch", name="Stadtteiltisch Groß Klein", area_id=tree.d)
    session.add(body)
    session.flush()
    for i in range(3):
        session.add(Meeting(body_id=body.id, date=TODAY - timedelta(days=30 * i)))
    session.add(Task(body_id=body.id, description="offen", due=TODAY + timedelta(days=3)))
    session.add(Task(body_id=body.id, description="überfällig", due=TODAY - timedelta(days=1)))
    session.add(Task(body_id=body.id, description="erledigt", due=TODAY, done_on=TODAY))
    due = Measure(number="M-1", title="bald", region_id=tree.nw, status="running",
                  next_deadline=TODAY + timedelta(days=10))
    later = Measure(number="M-2", title="später", region_id=tree.nw, status="running",
                    next_deadline=TODAY + timedelta(days=90))
    session.add_all([due, later])
    session.flush()
    session.execute(measure_areas.insert(), [{"measure_id": due.id, "area_id": tree.q_d}])
    session.commit()

    ov = area_overview(session, tree.d, today=TODAY)
    assert (ov.name, ov.code, ov.level, ov.level_label) == ("Groß Klein", "D", "social_space",
                                                          "Sozialraum")
    assert ov.parent_name == "Regionalraum Nordwest (Arbeitstitel)"
    assert ov.is_model_region and not ov.uncertain
    assert [(p.reference_date.year, p.residents, p.summed) for p in ov.populations] == [
        (2021, 13400, False), (2023, 13586, False)
    ]
    assert [(b.name, b.kind_label) for b in ov.bodies] == [
        ("Stadtteiltisch Groß Klein", "Stadtteiltisch")
    ]
    # The measure linked to a Quartier of D counts for D; the region-only one does not.
    assert ov.measure_count == 1 and ov.measures_due_count == 1
    assert ov.meeting_count == 3
    assert (ov.open_task_count, ov.overdue_task_count) == (2, 1)
    assert len(ov.boundaries) == 1 and len(ov.context_boundaries) == 2
    assert ov.map_area_name is None


def test_overview_of_region_sums_population_and_draws_children(
    session: Session, tree: Tree
) -> None:
    ov = area_overview(session, tree.nw, today=TODAY)
    assert [(p.residents, p.summed) for p in ov.populations] == [(28400, True), (28786, True)]
    assert ov.uncertain and ov.child_count == 2
    assert len(ov.boundaries) == 2 and len(ov.context_boundaries) == 1
    city = area_overview(session, tree.city, today=TODAY)
    assert city.populations[-1].residents == 28786 + 14100
    assert len(city.boundaries) == 3 and city.context_boundaries == ()


def test_overview_of_quarter_shows_the_social_space_map(session: Session, tree: Tree) -> None:
    ov = area_overview(session, tree.q_d, today=TODAY)
    assert ov.map_area_name == "Groß Klein"
    assert len(ov.boundaries) == 1
    assert ov.populations == ()


def test_rename_validates_and_audits(session: Session, tree: Tree) -> None:
    changes = rename_area(session, tree.d, "  Groß   Klein Nord ")
    session.commit()
    assert changes.ids("areas") == {tree.d}
    assert session.get(Area, tree.d).name == "Groß Klein Nord"  # type: ignore[union-attr]
    audit = session.scalars(select(AuditEntry).where(AuditEntry.field == "name")).one()
    assert (audit.old, audit.new, audit.user) == ("Groß Klein", "Groß Klein Nord", "testerin")
    with pytest.raises(AreaError, match="Name: darf nicht leer sein"):
        rename_area(session, tree.d, "   ")
    with pytest.raises(AreaError, match="Name: „Südstadt“ gibt es unter"):
        rename_area(session, tree.d, "südstadt")
    with pytest.raises(AreaError, match="höchstens 200"):
        rename_area(session, tree.d, "x" * 201)


def test_add_area_rules(session: Session, tree: Tree) -> None:
    new_id = uuid.uuid4()
    changes = add_area(session, tree.d, "quarter", "Am Hafen", "D-1", area_id=new_id)
    session.commit()
    assert changes.ids("areas") == {new_id, tree.d}
    assert "Am Hafen" in _names(session, tree.d)
    with pytest.raises(AreaError, match="Code: „D“ ist schon an „Groß Klein“ vergeben"):
        add_area(session, tree.nw, "social_space", "Neu", "D")
    with pytest.raises(AreaError, match="Ebene: ein Regionalraum kann nicht unter"):
        add_area(session, tree.d, "region", "Zu tief", None)
    with pytest.raises(AreaError, match="Name: darf nicht leer"):
        add_area(session, tree.d, "quarter", "", None)


def test_remove_and_restore_added_area(session: Session, tree: Tree) -> None:
    new_id = uuid.uuid4()
    add_area(session, tree.lo, "quarter", "Biestow-Ausbau", None, area_id=new_id)
    remove_area(session, new_id)
    session.commit()
    assert "Biestow-Ausbau" not in _names(session, tree.lo)
    restore_area(session, new_id)
    session.commit()
    assert "Biestow-Ausbau" in _names(session, tree.lo)
    with pytest.raises(AreaError, match="hat Untergebiete"):
        remove_area(session, tree.d)


def test_move_refuses_cycles_and_level_mismatch(session: Session, tree: Tree) -> None:
    with pytest.raises(AreaError, match="kann nicht unter sich selbst oder eines seiner"):
        move_area(session, tree.nw, tree.d)
    with pytest.raises(AreaError, match="kann nicht unter sich selbst"):
        move_area(session, tree.d, tree.d)
    with pytest.raises(AreaError, match="Ebene: ein Sozialraum kann nicht unter"):
        move_area(session, tree.lo, tree.s)
    changes = move_area(session, tree.lo, tree.no)
    session.commit()
    assert changes.ids("areas") == {tree.lo, tree.nw, tree.no}
    assert _names(session, tree.no) == ["Südstadt", "Toitenwinkel"]
    assert _names(session, tree.nw) == ["Groß Klein"]


def test_retire_hides_and_unretire_shows(session: Session, tree: Tree) -> None:
    retire_area(session, tree.lo, TODAY)
    session.commit()
    assert _names(session, tree.nw) == ["Groß Klein"]
    shown = children(session, tree.nw, include_retired=True, today=TODAY)
    assert [(n.name, n.retired) for n in shown] == [("Groß Klein", False), ("Südstadt", True)]
    with pytest.raises(AreaError, match=r"Außer Dienst: „Südstadt“ ist schon seit 10\.03\.2025"):
        retire_area(session, tree.lo, TODAY)
    # A retired node no longer adds to its parent's population or map context.
    ov = area_overview(session, tree.nw, today=TODAY)
    assert ov.populations[-1].residents == 13586
    unretire_area(session, tree.lo)
    session.commit()
    assert _names(session, tree.nw) == ["Groß Klein", "Südstadt"]


def test_future_retirement_keeps_node_visible(session: Session, tree: Tree) -> None:
    retire_area(session, tree.lo, TODAY + timedelta(days=5))
    session.commit()
    assert "Südstadt" in _names(session, tree.nw)


def test_move_targets_and_child_levels(session: Session, tree: Tree) -> None:
    targets = {t.name: t.depth for t in move_targets(session, tree.lo)}
    # Above a Sozialraum, outside its subtree, not its current parent.
    assert targets == {"Rostock": 0, "Regionalraum Nordost (Arbeitstitel)": 1}
    assert {t.name for t in move_targets(session, tree.q_d)} == {
        "Rostock", "Regionalraum Nordost (Arbeitstitel)", "Regionalraum Nordwest (Arbeitstitel)",
        "Südstadt", "Toitenwinkel",
    }
    assert child_levels("region") == ["social_space", "quarter"]
    assert child_levels(None)[0] == "city" and child_levels("quarter") == []


def test_measure_counts_ignore_deleted_measures(session: Session, tree: Tree) -> None:
    from sro_desktop.models import utcnow

    gone = Measure(number="M-9", title="gelöscht", region_id=tree.no, deleted_at=utcnow())
    kept = Measure(number="M-8", title="da", region_id=tree.no)
    session.add_all([gone, kept])
    session.commit()
    assert measure_counts(session, [tree.city, tree.no, tree.nw]) == {tree.city: 1, tree.no: 1}
    assert measure_counts(session, []) == {}
