"""The lazy area tree model: Qt's model tester, lazy loading, marks, and refresh without reset."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.services import areas
from sro_desktop.services.changes import ChangeSet
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.area_tree_model import AREA_ID_ROLE, COUNT_COLUMN, AreaTreeModel
from sro_desktop.ui.change_bus import ChangeBus


@pytest.fixture
def db(seeded_db: Path) -> Iterator[Database]:
    database = open_database(seeded_db)
    yield database
    database.close()


@pytest.fixture
def bus(qapp: object) -> ChangeBus:
    return ChangeBus()


def _fetch_all(model: AreaTreeModel, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
    """Expand every node as a view would; return the number of rows seen."""
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    count = 0
    for row in range(model.rowCount(parent)):
        count += 1 + _fetch_all(model, model.index(row, 0, parent))
    return count


def _names(model: AreaTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _edit(db: Database, bus: ChangeBus, change: object, *args: object) -> None:
    with db.write() as session:
        changes = change(session, *args)  # type: ignore[operator]
    bus.publish(changes)


def test_model_tester_on_the_whole_tree(qtmodeltester: ModelTester, db: Database,
                                        bus: ChangeBus) -> None:
    model = AreaTreeModel(db, bus)
    qtmodeltester.check(model)
    # 1 city + 4 Regionalräume + 21 Sozialräume + 31 Ortsteile.
    assert _fetch_all(model) == 57
    qtmodeltester.check(model)


def test_children_load_lazily(db: Database, bus: ChangeBus) -> None:
    model = AreaTreeModel(db, bus)
    assert model.rowCount() == 1
    city = model.index(0, 0)
    assert city.data() == "Hanse- und Universitätsstadt Rostock"
    assert model.hasChildren(city) and model.canFetchMore(city)
    assert model.rowCount(city) == 0  # nothing read before a view asks
    model.fetchMore(city)
    assert _names(model, city) == [
        "Regionalraum Mitte (Arbeitstitel)", "Regionalraum Nordost (Arbeitstitel)",
        "Regionalraum Nordwest (Arbeitstitel)", "Regionalraum West (Arbeitstitel)",
    ]
    assert not model.canFetchMore(city)


def test_names_codes_marks_and_german_order(db: Database, bus: ChangeBus) -> None:
    model = AreaTreeModel(db, bus)
    gross_klein = model.index_for(area_uuid("D"))
    assert gross_klein.data() == "D · Groß Klein"
    assert gross_klein.data(AREA_ID_ROLE) == area_uuid("D")
    assert "Modellregion" in gross_klein.data(Qt.ItemDataRole.ToolTipRole)
    assert not gross_klein.data(Qt.ItemDataRole.DecorationRole).isNull()
    region = gross_klein.parent()
    tip = region.data(Qt.ItemDataRole.ToolTipRole)
    assert "Arbeitstitel – noch nicht bestätigt" in tip and "RR-NW" in tip
    assert region.data(Qt.ItemDataRole.FontRole).italic()
    mitte = model.index_for(area_uuid("RR-M"))
    model.fetchMore(mitte)
    # Südstadt sorts between Stadtmitte and Toitenwinkel (here: after Stadtmitte).
    assert _names(model, mitte) == [
        "M · Biestow", "O · Brinckmansdorf", "K · Kröpeliner-Tor-Vorstadt", "N · Stadtmitte",
        "L · Südstadt",
    ]
    assert model.headerData(COUNT_COLUMN, Qt.Orientation.Horizontal) == "Maßnahmen"


def test_edits_update_rows_without_reset(qtmodeltester: ModelTester, qtbot: QtBot,
                                         db: Database, bus: ChangeBus) -> None:
    model = AreaTreeModel(db, bus)
    _fetch_all(model)
    qtmodeltester.check(model)  # stays attached and checks every signal below
    # Qt's tester would fetch a just inserted node's children from inside its own rowsInserted
    # handler, before it recorded that insertion as finished, and then report its own nested
    # fetch as a nested insertion. The tree is fully loaded, so nothing is left to fetch.
    qtmodeltester._qt_tester.setUseFetchMore(False)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    d = QPersistentModelIndex(model.index_for(area_uuid("D")))

    # A rename re-sorts within the parent: the persistent index follows the row.
    with qtbot.waitSignal(model.layoutChanged):
        _edit(db, bus, areas.rename_area, area_uuid("D"), "Zz Groß Klein")
    assert d.isValid() and d.data() == "D · Zz Groß Klein"
    assert d.row() == model.rowCount(d.parent()) - 1

    # A move removes the row under one parent and inserts it under the other.
    _edit(db, bus, areas.move_area, area_uuid("L"), area_uuid("RR-W"))
    west = model.index_for(area_uuid("RR-W"))
    assert "L · Südstadt" in _names(model, west)
    assert "L · Südstadt" not in _names(model, model.index_for(area_uuid("RR-M")))

    # Retiring hides the row; showing retired areas brings it back greyed.
    _edit(db, bus, areas.retire_area, area_uuid("G"), date(2024, 1, 1))
    assert not model.index_for(area_uuid("G")).isValid()
    model.set_include_retired(True)
    schmarl = model.index_for(area_uuid("G"))
    assert schmarl.isValid() and schmarl.data(Qt.ItemDataRole.ForegroundRole) is not None

    # A new area appears at its sorted place.
    new_id = uuid.uuid4()
    with db.write() as session:
        changes = areas.add_area(session, area_uuid("D"), "quarter", "Am Hafen", area_id=new_id)
    bus.publish(changes)
    assert model.index_for(new_id).data() == "Am Hafen"
    assert resets == []


def test_unrelated_changes_do_not_touch_the_tree(db: Database, bus: ChangeBus) -> None:
    model = AreaTreeModel(db, bus)
    signals: list[str] = []
    model.dataChanged.connect(lambda *_: signals.append("data"))
    model.layoutChanged.connect(lambda *_: signals.append("layout"))
    bus.publish(ChangeSet.of("meetings", uuid.uuid4()))
    bus.publish(ChangeSet.of("areas"))  # nothing actually changed
    assert signals == []


def test_measure_changes_update_counts_once_after_a_pause(qtbot: QtBot, db: Database,
                                                          bus: ChangeBus) -> None:
    from sro_desktop.models import Measure

    model = AreaTreeModel(db, bus)
    west = model.index_for(area_uuid("RR-W"))
    assert model.index(west.row(), COUNT_COLUMN, west.parent()).data() == ""
    with db.write() as session:
        measure = Measure(number="SRAE-W-1", title="Ferienküche", region_id=area_uuid("RR-W"))
        session.add(measure)
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    for _ in range(5):  # an autosave burst
        bus.publish(ChangeSet.of("measures", measure.id))
    assert changed == []
    qtbot.waitUntil(lambda: bool(changed))
    assert model.index(west.row(), COUNT_COLUMN, west.parent()).data() == "1"
    assert len(changed) == 2  # the region row and the city row, once each
