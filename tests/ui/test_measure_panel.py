"""The measure list panel: lazy pages, search, filters, sorting, the due view, opening."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import Area, Measure, MeasureStatus, Organization, measure_areas
from sro_desktop.services.changes import ChangeSet
from sro_desktop.services.money import format_cents
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasurePanel
from sro_desktop.ui.measures.list_model import PAGE_SIZE, MeasureListModel

MANY = 450


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    _fill(database)
    yield build_context(database)
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _fill(db: Database) -> None:
    """Many measures written in bulk (the list must not care how many there are)."""
    codes = {c: _area(db, c) for c in ("D", "E", "L")}
    regions = {"D": _area(db, "RR-NW"), "E": _area(db, "RR-NW"), "L": _area(db, "RR-M")}
    today = date.today()
    with db.write() as s:
        org = Organization(id=uuid.uuid4(), name="Zeta Jugendhilfe e. V.")
        s.add(org)
        s.flush()
        rows, links = [], []
        for i in range(MANY):
            code = "DEL"[i % 3]
            measure_id = uuid.uuid4()
            running = i % 50 == 0
            rows.append(dict(
                id=measure_id, number=f"SRAE-T-2025-{i:04d}", title=f"Maßnahme {i:04d}",
                status=MeasureStatus.RUNNING if running else MeasureStatus.DRAFT,
                region_id=regions[code], provider_id=org.id if i == 7 else None,
                requested_cents=(i * 7919) % 100_000, start=date(2025, 1, 1),
                end=date(2025, 12, 31), next_deadline=today + timedelta(days=10) if running
                else None, row_version=1, updated_by="", extended=False,
            ))
            links.append({"measure_id": measure_id, "area_id": codes[code]})
        s.execute(insert(Measure), rows)
        s.execute(insert(measure_areas), links)


def _panel(qtbot: QtBot, ctx: AppContext) -> MeasurePanel:
    panel = MeasurePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_model_passes_the_qt_model_tester(qtmodeltester: object, ctx: AppContext) -> None:
    model = MeasureListModel(ctx.database)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_list_is_lazy(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    assert panel.objectName() == "measurePanel"
    assert panel.view.objectName() == "measureList"
    model = panel.model
    assert model.rowCount() == PAGE_SIZE < MANY
    pages = 1
    while model.canFetchMore():
        model.fetchMore()
        pages += 1
        assert model.rowCount() == min(pages * PAGE_SIZE, MANY)
    assert model.rowCount() == MANY and pages == -(-MANY // PAGE_SIZE)
    assert panel.count_label.text() == "450 Maßnahmen"


def test_search_field_filters(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    assert panel.search.objectName() == "measureSearch"
    qtbot.keyClicks(panel.search, "0042")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.data(panel.model.index(0, 1)) == "Maßnahme 0042"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "zeta")
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(0, 4)) == "Zeta Jugendhilfe e. V.")
    assert panel.model.rowCount() == 1


def test_area_selection_shows_the_subtree(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    panel.set_area(_area(ctx.database, "L"))
    assert panel.model.total() == MANY // 3
    assert panel.model.data(panel.model.index(0, 3)) == "Südstadt"
    panel.set_area(_area(ctx.database, "RR-NW"))
    assert panel.model.total() == 2 * MANY // 3
    panel.set_area(_area(ctx.database, "HRO"))
    assert panel.model.total() == MANY


def test_header_click_sorts_in_sql(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    header = panel.view.horizontalHeader()
    requested = 6
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(requested) + 5, 5))
    with ctx.database.session() as s:
        top = s.scalars(select(Measure.requested_cents).order_by(Measure.requested_cents)
                        .limit(1)).one()
    first = panel.model.data(panel.model.index(0, requested))
    last_order = header.sortIndicatorOrder()
    expected = top if last_order == Qt.SortOrder.AscendingOrder else None
    if expected is None:
        with ctx.database.session() as s:
            expected = s.scalars(select(Measure.requested_cents)
                                 .order_by(Measure.requested_cents.desc()).limit(1)).one()
    # Whole euros in the list ("12.480 €"); the exact amount is the cell's tooltip.
    assert first == format_cents(expected, whole=True)
    tip = panel.model.data(panel.model.index(0, requested), Qt.ItemDataRole.ToolTipRole)
    assert tip == format_cents(expected)


def test_due_toggle_and_status_filter(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    panel.due_toggle.setChecked(True)
    assert panel.model.total() == MANY // 50
    panel.due_toggle.setChecked(False)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(MeasureStatus.RUNNING))
    assert panel.model.total() == MANY // 50
    assert panel.model.data(panel.model.index(0, 2)) == "Laufend"


def test_due_view_resets_the_controls_and_reads_the_list_once(qtbot: QtBot,
                                                              ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    panel.search.setText("Maßnahme")
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(MeasureStatus.DRAFT))
    panel.year_filter.setCurrentIndex(1)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.show_due()
    assert len(resets) == 1  # not once per control and again for the sort
    assert (panel.search.text(), panel.status_filter.currentIndex(),
            panel.year_filter.currentIndex()) == ("", 0, 0)
    assert panel.status_filter.toolTip() == panel.status_filter.currentText()
    assert panel.due_toggle.isChecked() and panel.model.total() == MANY // 50
    header = panel.view.horizontalHeader()
    deadline = next(i for i in range(panel.model.columnCount())
                    if panel.model.headerData(i, Qt.Orientation.Horizontal) == "Nächste Frist")
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        deadline, Qt.SortOrder.AscendingOrder)
    assert not panel.view.isColumnHidden(deadline + 1)  # "Fällig ist"


def test_double_click_opens_the_form(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    index = panel.model.index(3, 1)
    rect = panel.view.visualRect(index)
    # A real double-click is a press/release followed by a double-click event.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    forms = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QWidget) and w.objectName() == "measureForm" and w.isVisible()]
    assert len(forms) == 1
    assert forms[0].windowTitle() == "Maßnahme SRAE-T-2025-0003"
    forms[0].close()


def test_saved_change_reaches_the_list(qtbot: QtBot, ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    panel.search.setText("0005")
    panel._apply_filter()
    assert panel.model.rowCount() == 1
    with ctx.database.write() as s:
        measure = s.scalars(select(Measure).where(Measure.title == "Maßnahme 0005")).one()
        measure.title = "Maßnahme 0005 umbenannt"
    ctx.bus.publish(ChangeSet.of("measures", measure.id))
    assert panel.model.data(panel.model.index(0, 1)) == "Maßnahme 0005 umbenannt"


def test_provider_column_sorts_in_german_order(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.database.write() as s:
        for index, name in enumerate(("Ärztehaus e. V.", "Übermut gGmbH", "Ulm e. V.",
                                      "Baum e. V.")):
            org = Organization(id=uuid.uuid4(), name=name)
            s.add(org)
            s.flush()
            measure = s.scalars(select(Measure).where(
                Measure.title == f"Maßnahme {index + 10:04d}")).one()
            measure.provider_id = org.id
    panel = _panel(qtbot, ctx)
    provider = 4
    panel.view.sortByColumn(provider, Qt.SortOrder.DescendingOrder)
    top = [panel.model.data(panel.model.index(r, provider)) for r in range(5)]
    assert top == ["Zeta Jugendhilfe e. V.", "Ulm e. V.", "Übermut gGmbH", "Baum e. V.",
                   "Ärztehaus e. V."]
    assert panel.model.rowCount() == PAGE_SIZE  # one page loaded: the database sorted
    panel.view.sortByColumn(provider, Qt.SortOrder.AscendingOrder)
    assert panel.model.data(panel.model.index(0, provider)) == ""  # no Träger comes first


def test_search_field_takes_the_spare_width_and_shows_its_placeholder(qtbot: QtBot,
                                                                      ctx: AppContext) -> None:
    panel = _panel(qtbot, ctx)
    placeholder = panel.search.fontMetrics().horizontalAdvance(panel.search.placeholderText())
    # The width the tab gets beside the tree in a 1280 px window.
    panel.resize(850, 600)
    qtbot.waitUntil(lambda: panel.width() == 850)
    assert panel.minimumSizeHint().width() <= 850
    assert panel.search.width() >= placeholder + 16
    combo = panel.status_filter
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                  for i in range(combo.count()))
    assert combo.width() < longest  # capped: the longest state no longer sets the width
    assert combo.view().minimumWidth() > longest  # … but reads in full in the popup
    narrow = (panel.search.width(), combo.width())
    panel.resize(1400, 600)
    qtbot.waitUntil(lambda: panel.search.width() > narrow[0])
    assert panel.search.width() - narrow[0] >= 500
    assert combo.width() == narrow[1]
