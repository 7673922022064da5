"""The budget panel's layout at 1100×700 and 1280×800, alone and beside the area tree in the
main window: nothing cut off or clipped, the what-if with both running figures, the chart by
measure, the legend wrapping. Screenshots of every case go to ``tmp_path`` for a look."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from sro_desktop.app import AppContext, open_main_window
from sro_desktop.models import (
    AgendaItem,
    BodyKind,
    Measure,
    MeasureStatus,
    Meeting,
    measure_areas,
)
from sro_desktop.services.budget import (
    book_agreement,
    book_commitment,
    book_payment,
    book_return,
    set_budget,
)
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.budget import BudgetPanel
from sro_desktop.ui.budget.chart import TOP_MEASURES
from sro_desktop.ui.change_bus import ChangeBus
from sro_desktop.ui.main_window import MainWindow

YEAR = date.today().year + 1
TODAY = date.today()
NW, W, NO = area_uuid("RR-NW"), area_uuid("RR-W"), area_uuid("RR-NO")
SIZES = [(1100, 700), (1280, 800)]
TITLES = [
    "Begegnungsfußball in Reutershagen",
    "Proberaum und Musikwerkstatt in Reutershagen II",
    "Nachmittagstreff für Lückekinder in Dierkow-Ost",
]
SPACES = {NW: ["A", "B", "C", "D", "E", "F", "G"], W: ["H", "I"], NO: ["P", "S"]}


def _measure(s: Session, region: uuid.UUID, number: str, title: str, space: str,
             **values: object) -> uuid.UUID:
    m = Measure(id=uuid.uuid4(), number=number, title=title, region_id=region, **values)
    s.add(m)
    s.flush()
    s.execute(measure_areas.insert().values(measure_id=m.id, area_id=area_uuid(space)))
    return m.id


def fill(db: Database) -> None:
    """Budgets of three regions; nine measures in Nordwest (more than the chart shows), one
    with a return; pending applications with long titles in Westen and Nordost, whose
    Lenkungsgruppen meet on two days."""
    year = {"start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31)}
    with db.write() as s:
        for region, cents in ((NW, 100_000_00), (W, 30_000_00), (NO, 60_000_00)):
            set_budget(s, region_id=region, year=YEAR, amount_cents=cents, note="Zuweisung")
        for n in range(9):
            m = _measure(s, NW, f"SRAE-NW-{YEAR}-{n:03d}", f"Offener Treff Nummer {n} im Quartier",
                         SPACES[NW][n % 7])
            book_commitment(s, measure_id=m, decision_id=None, amount_cents=(n + 1) * 1_000_00,
                            **year)
            book_agreement(s, measure_id=m, agreement_id=None, amount_cents=(n + 1) * 1_000_00,
                           **year)
            if n == 8:
                book_payment(s, measure_id=m, year=YEAR, amount_cents=9_000_00)
                book_return(s, measure_id=m, year=YEAR, amount_cents=500_00)
        for region, code, day in ((W, "W", 5), (NO, "NO", 3)):
            meeting = Meeting(id=uuid.uuid4(), date=TODAY + timedelta(days=day),
                              body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, f"RR-{code}"))
            s.add(meeting)
            for pos, title in enumerate(TITLES if code == "W" else TITLES[2:], start=1):
                mid = _measure(s, region, f"SRAE-{code}-{YEAR}-01{pos}", title,
                               SPACES[region][0], status=MeasureStatus.ON_AGENDA,
                               requested_cents=14_000_00 * pos, **year)
                s.add(AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, position=pos,
                                 number=f"6.{pos}", title="Antrag", measure_id=mid))
        # Nordwest meets on the same day as Nordost, with nothing pending.
        s.add(Meeting(id=uuid.uuid4(), date=TODAY + timedelta(days=3),
                      body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW")))


@pytest.fixture
def db(seeded_db: Path) -> Iterator[Database]:
    database = open_database(seeded_db)
    fill(database)
    yield database
    database.close()


@pytest.fixture
def panel(qtbot: QtBot, qapp: QApplication, db: Database) -> BudgetPanel:
    ctx = AppContext(database=db, user="testerin", bus=ChangeBus(), undo_stack=QUndoStack())
    widget = BudgetPanel(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.set_year(YEAR)
    return widget


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(1)


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether the widget lies wholly inside ``outer`` (not cut off at its right or bottom)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return (top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= outer.width()
            and top_left.y() + widget.height() <= outer.height())


def _check_nothing_cut(panel: BudgetPanel) -> None:
    """The common promises of every size and view."""
    # Every button and tile is wholly visible.
    for button in [*panel.findChildren(QPushButton), *panel.tiles.values()]:
        if button.isVisible():
            assert _inside(button, panel), button.objectName() or button.text()
    # The table selector shows its whole text (also after switching city ↔ region).
    combo = panel.table_mode
    need = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    assert combo.width() >= need + 20, combo.currentText()
    # All applications of the what-if are visible, titles not elided, the mark not alone.
    what_if, model = panel.what_if, panel.what_if_model
    if model.rowCount():
        assert not what_if.verticalScrollBar().isVisible()
        for row in range(model.rowCount()):
            assert what_if.rowHeight(row) >= what_if.sizeHintForRow(row), row
            text = model.index(row, 1).data()
            assert "…" not in text
            if text.startswith("⚠"):
                assert text.startswith("⚠\u00a0")
        visible = what_if.viewport().height()
        assert sum(what_if.rowHeight(r) for r in range(model.rowCount())) <= visible
    # The title bar is no taller than its lines: the title as laid out at its width, and the
    # controls below it when they wrap (no blank band above the title).
    bar, title = panel.top_bar, panel.title
    lines = title.heightForWidth(title.width())
    if bar.wraps():
        lines += bar.right.sizeHint().height() + 8
    assert bar.height() <= max(lines, bar.right.sizeHint().height()) + 2, (bar.height(), lines)
    # The meeting line stays short (one line per date, regions grouped).
    assert panel.meeting_label.text().count("Lenkungsgruppe") <= 1
    # The table of a region (by Sozialraum) shows all its rows.
    if panel.model.mode == "area":
        table = panel.table
        rows = panel.model.rowCount()
        assert table.viewport().height() >= rows * table.rowHeight(0), (
            table.viewport().height(), rows)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_panel_alone_at_both_sizes(qtbot: QtBot, panel: BudgetPanel, tmp_path: Path,
                                   size: tuple[int, int]) -> None:
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    for code in ("RR-NW", "RR-W", "HRO", "RR-NW"):
        for mode in (0, 1):
            panel.set_area(area_uuid(code))
            panel.table_mode.setCurrentIndex(mode)
            _settle(qtbot)
            panel.grab().save(str(tmp_path / f"panel_{code}_{mode}_{size[0]}.png"))
            _check_nothing_cut(panel)
            # The panel fits: no part is pushed beyond its right edge.
            assert panel.minimumSizeHint().width() <= size[0]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_panel_beside_the_area_tree(qtbot: QtBot, db: Database, seeded_db: Path,
                                    tmp_path: Path, size: tuple[int, int]) -> None:
    db.close()  # the window opens the file itself
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)  # closed by the autouse fixture of tests/ui
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = next(window.tabs.widget(i) for i in range(window.tabs.count())
                if window.tabs.widget(i).objectName() == "budgetPanelScroll")
    window.tabs.setCurrentWidget(page)
    panel = page.panel  # type: ignore[attr-defined]
    assert isinstance(panel, BudgetPanel)
    panel.set_year(YEAR)
    for code in ("RR-W", "HRO", "RR-NW"):
        window.select_area(area_uuid(code))
        _settle(qtbot)
        window.grab().save(str(tmp_path / f"window_{code}_{size[0]}.png"))
        # Beside the tree the panel is narrow: it must not need a horizontal scroll bar.
        assert not page.horizontalScrollBar().isVisible(), code  # type: ignore[attr-defined]
        assert panel.width() <= page.viewport().width()  # type: ignore[attr-defined]
        _check_nothing_cut(panel)


def test_what_if_shows_alone_running_and_total(qtbot: QtBot, panel: BudgetPanel) -> None:
    panel.resize(1280, 800)
    panel.set_area(W)
    model = panel.what_if_model
    # Westen: 30.000 € budget, nothing bound; 14.000, 28.000 and 42.000 € pending.
    assert model.rowCount() == 4
    alone = [model.index(r, 3).data() for r in range(3)]
    running = [model.index(r, 4).data() for r in range(4)]
    assert alone == ["16.000,00 €", "2.000,00 €", "-12.000,00 €"]
    assert running == ["16.000,00 €", "-12.000,00 €", "-54.000,00 €", "-54.000,00 €"]
    # The amber colour refers to the running figure, which is now in the table.
    amber = model.index(1, 4).data(Qt.ItemDataRole.BackgroundRole)
    assert amber is not None and model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert model.index(3, 1).data() == "Alle 3 Anträge"
    assert model.index(3, 2).data() == "84.000,00 €"
    assert "Wenn alle 3 Anträge befürwortet werden" in panel.what_if_total.text()


def test_what_if_without_applications_says_so(qtbot: QtBot, panel: BudgetPanel) -> None:
    panel.resize(1100, 700)
    panel.show()
    panel.set_area(NW)
    _settle(qtbot)
    box = panel.what_if_box
    assert not panel.what_if.isVisible()
    assert box.empty.isVisible()
    assert box.empty.text() == (
        f"Für diese Sitzung stehen keine offenen Anträge mit Geld für {YEAR} auf der "
        "Tagesordnung.")
    assert panel.what_if_total.text().startswith("Verfügbar bleiben ")


def test_city_meetings_are_grouped_by_day(qtbot: QtBot, panel: BudgetPanel) -> None:
    panel.set_area(area_uuid("HRO"))
    day_no = (TODAY + timedelta(days=3)).strftime("%d.%m.%Y")
    day_w = (TODAY + timedelta(days=5)).strftime("%d.%m.%Y")
    assert panel.meeting_label.text() == (
        f"Nächste Sitzungen: {day_no} (Nordost, Nordwest), {day_w} (West)")
    assert "Nordost (Arbeitstitel): Lenkungsgruppe am" in panel.meeting_label.toolTip()


def test_chart_by_measure_shows_the_largest_and_the_rest(qtbot: QtBot,
                                                         panel: BudgetPanel) -> None:
    panel.resize(1280, 800)
    panel.set_area(NW)
    assert "Gebunden nach Sozialraum" in panel.chart.summary_text()
    panel.table_mode.setCurrentIndex(1)
    chart = panel.chart
    assert chart.mode == "measure"
    rows = chart.bar_rows()
    assert len(rows) == TOP_MEASURES + 1
    labels = [label for _, label in rows]
    assert labels[0] == "Offener Treff Nummer 8 im Quartier"  # binds the most
    assert labels[-1] == "übrige (3 Maßnahmen)"
    assert sum(r.figures.used for r, _ in rows) == panel.data.figures.used  # type: ignore[union-attr]
    text = chart.summary_text()
    assert "Gebunden nach Maßnahme (die 6 größten)" in text
    assert "Gebunden nach Sozialraum" not in text
    image = chart.grab().toImage()
    assert not image.isNull() and image.height() >= chart.heightForWidth(chart.width())
    panel.table_mode.setCurrentIndex(0)
    assert "Gebunden nach Sozialraum" in panel.chart.summary_text()


def test_chart_legend_wraps_instead_of_cutting(qtbot: QtBot, panel: BudgetPanel) -> None:
    panel.set_area(NW)  # a return: the first entry reads "Vereinbart (nach Rückflüssen)"
    chart = panel.chart
    chart.resize(420, chart.heightForWidth(420))
    lines = chart.legend_lines()
    texts = [t for line in lines for t in line]
    assert len(lines) >= 2
    assert texts[0].startswith("Vereinbart (nach Rückflüssen) ")
    assert texts[-1].startswith("Verfügbar ") and texts[-1].endswith("€")
    assert not any("…" in t for t in texts)
    fm = QFontMetrics(chart.font())
    for line in lines:
        width = sum(12 + 5 + fm.horizontalAdvance(t) for t in line) + 22 * (len(line) - 1)
        assert width <= chart.width() - 20
    # Wide: one line; the chart is as tall as its legend needs.
    assert chart.heightForWidth(420) > chart.heightForWidth(1200)
