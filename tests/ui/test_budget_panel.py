"""The budget panel with real widgets: figures, chart, table, what-if, dialogs, undo, CSV."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QTableView, QToolButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sro_desktop.app import AppContext
from sro_desktop.models import (
    AgendaItem,
    AuditEntry,
    BodyKind,
    BudgetEntry,
    Measure,
    MeasureStatus,
    Meeting,
    MemberRole,
    Membership,
    Person,
    measure_areas,
)
from sro_desktop.services.budget import (
    Override,
    book_agreement,
    book_commitment,
    carry_over_allowed,
    figures_for,
    set_budget,
    set_carry_over_allowed,
)
from sro_desktop.services.changes import ChangeSet
from sro_desktop.services.money import format_cents
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.budget import BudgetPanel, EntriesDialog, OverrideDialog, SetBudgetDialog
from sro_desktop.ui.budget.models import RED_BG, BudgetTableModel, EntriesModel, WhatIfModel
from sro_desktop.ui.change_bus import ChangeBus

NW = area_uuid("RR-NW")
YEAR = 2026
TODAY = date(2026, 3, 1)


def _measure(s: Session, number: str, space: str, **values: object) -> uuid.UUID:
    m = Measure(id=uuid.uuid4(), number=number, title=f"Titel {number}", region_id=NW,
                **values)
    s.add(m)
    s.flush()
    s.execute(measure_areas.insert().values(measure_id=m.id, area_id=area_uuid(space)))
    return m.id


@pytest.fixture
def db(seeded_db: Path) -> Iterator[Database]:
    """Rostock with a 2026 budget of Nordwest: 100.000 €, 60.000 € bound, two applications."""
    database = open_database(seeded_db)
    whole_year = {"start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31)}
    with database.write() as s:
        set_budget(s, region_id=NW, year=YEAR, amount_cents=100_000_00, note="Zuweisung")
        a = _measure(s, "SRAE-NW-2026-001", "A")
        book_commitment(s, measure_id=a, decision_id=None, amount_cents=40_000_00, **whole_year)
        book_agreement(s, measure_id=a, agreement_id=None, amount_cents=40_000_00, **whole_year)
        d = _measure(s, "SRAE-NW-2026-002", "D")
        book_commitment(s, measure_id=d, decision_id=None, amount_cents=20_000_00, **whole_year)
        meeting = Meeting(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                          date=TODAY + timedelta(days=5))
        s.add(meeting)
        for pos, cents in enumerate((30_000_00, 50_000_00), start=1):
            mid = _measure(s, f"SRAE-NW-2026-01{pos}", "D", status=MeasureStatus.ON_AGENDA,
                           requested_cents=cents, **whole_year)
            s.add(AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, position=pos,
                             number=f"4.{pos}", title="Antrag", measure_id=mid))
        person = Person(id=uuid.uuid4(), first_name="Anke", last_name="Vorsitz")
        s.add(person)
        s.add(Membership(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                         person_id=person.id, role=MemberRole.CHAIR))
    yield database
    database.close()


@pytest.fixture
def ctx(qapp: object, db: Database) -> AppContext:
    return AppContext(database=db, user="testerin", bus=ChangeBus(), undo_stack=QUndoStack())


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> BudgetPanel:
    widget = BudgetPanel(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.set_year(YEAR)
    widget.set_area(NW)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tile(panel: BudgetPanel, key: str) -> str:
    tile = panel.findChild(QToolButton, f"budgetTile_{key}")
    assert tile is not None
    return tile.text()


def test_stable_object_names_and_figures(panel: BudgetPanel) -> None:
    assert panel.objectName() == "budgetPanel"
    assert panel.findChild(QWidget, "budgetChart") is panel.chart
    table = panel.findChild(QTableView, "budgetTable")
    assert table is panel.table
    assert _tile(panel, "total") == "Gesamt\n100.000,00 €"
    assert _tile(panel, "committed") == "Beschlossen\n60.000,00 €"
    assert _tile(panel, "agreed") == "Vereinbart\n40.000,00 €"
    assert _tile(panel, "available") == "Verfügbar\n40.000,00 €"
    assert "Regionalraum Nordwest" in panel.title.text() and "2026" in panel.title.text()
    assert "Verfügbar = Gesamt − gebunden" in panel.tiles["available"].toolTip()


def test_table_shows_exact_figures_by_sozialraum_and_measure(panel: BudgetPanel) -> None:
    model = panel.model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[0] == "Warnemünde" and labels[-1] == "Summe"
    used = model.columnCount() - 1
    assert model.headerData(used, Qt.Orientation.Horizontal) == "Gebunden"
    row_a = labels.index("Warnemünde")
    assert model.index(row_a, used).data() == "40.000,00"
    assert model.index(row_a, used).data(Qt.ItemDataRole.AccessibleTextRole) == "40.000,00 €"
    assert model.index(len(labels) - 1, used).data() == "60.000,00"
    panel.table_mode.setCurrentIndex(1)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels == ["SRAE-NW-2026-001 Titel SRAE-NW-2026-001",
                      "SRAE-NW-2026-002 Titel SRAE-NW-2026-002", "Summe"]
    assert model.index(1, 1).data() == "Groß Klein"


def test_models_pass_qt_model_tester(qtmodeltester: ModelTester, panel: BudgetPanel) -> None:
    assert isinstance(panel.model, BudgetTableModel)
    qtmodeltester.check(panel.model)
    assert isinstance(panel.what_if_model, WhatIfModel)
    qtmodeltester.check(panel.what_if_model)


def test_what_if_line_marks_the_overdrawing_application(panel: BudgetPanel) -> None:
    model = panel.what_if_model
    assert model.rowCount() == 3  # two applications and the row for all of them
    assert panel.meeting_label.text() == "Lenkungsgruppe am 06.03.2026"
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header[3:] == ["Danach verfügbar\n(nur dieser)", "Danach verfügbar\n(mit allen darüber)"]
    # Per application: if only it passes, and running (after it and all above it).
    alone = [model.index(r, 3).data() for r in range(2)]
    running = [model.index(r, 4).data() for r in range(3)]
    assert alone == ["10.000,00 €", "-10.000,00 €"]
    assert running == ["10.000,00 €", "-40.000,00 €", "-40.000,00 €"]
    assert model.index(2, 1).data() == "Alle 2 Anträge"
    assert model.index(2, 2).data() == "80.000,00 €" and model.index(2, 3).data() == ""
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color() == RED_BG
    # The mark stays with the first word of the title (no-break space).
    assert model.index(1, 1).data().startswith("⚠\u00a0Titel")
    assert "allein überzieht das Budget um 10.000,00 €" in model.index(1, 1).data(
        Qt.ItemDataRole.ToolTipRole)
    total = panel.what_if_total.text()
    assert "Wenn alle 2 Anträge befürwortet werden" in total
    assert "um 40.000,00 € überzogen" in total
    assert "1 Antrag überzieht das Budget schon allein" in total


def test_chart_describes_itself_and_paints(panel: BudgetPanel) -> None:
    text = panel.chart.accessibleDescription()
    assert "Gesamt 100.000,00 €" in text
    assert "vereinbart 40.000,00 €" in text
    assert "beschlossen und noch nicht vereinbart 20.000,00 €" in text
    assert "verfügbar 40.000,00 €" in text
    assert "Groß Klein 20.000,00 €" in text
    image = panel.chart.grab().toImage()
    assert not image.isNull() and image.height() >= panel.chart.sizeHint().height()


def test_areas_city_sozialraum_and_nothing(panel: BudgetPanel, db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=area_uuid("RR-NO"), year=YEAR, amount_cents=5_000_00, note="")
    assert panel.table_mode.itemText(0) == "nach Sozialraum"
    panel.set_area(area_uuid("HRO"))
    assert _tile(panel, "total") == "Gesamt\n105.000,00 €"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Regionalraum"
    # The city lists its Regionalräume, and the table's breakdown says so.
    assert panel.table_mode.itemText(0) == "nach Regionalraum"
    assert panel.table_mode.currentText() == "nach Regionalraum"
    assert not panel.set_button.isEnabled()
    panel.set_area(area_uuid("Q-D-gross-klein"))
    assert panel.hint.text() == "Sozialraum Groß Klein ist hervorgehoben."
    assert _tile(panel, "total") == "Gesamt\n100.000,00 €"
    panel.set_area(None)
    assert "Regionalraum" in panel.hint.text() and not panel.export_button.isEnabled()
    panel.set_area(NW)
    assert panel.table_mode.itemText(0) == "nach Sozialraum"
    panel.set_year(YEAR + 1)
    assert _tile(panel, "total") == "Gesamt\n0,00 €"
    assert "Für 2027 ist noch kein Budget festgelegt." in panel.hint.text()


def test_tile_opens_the_entries_behind_the_figure(qtbot: QtBot, panel: BudgetPanel) -> None:
    qtbot.mouseClick(panel.tiles["committed"], Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, EntriesDialog)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.total.text() == "2 Buchungen, Summe der Beträge: 60.000,00 €"
    assert dialog.model.index(0, 2).data() == "Beschluss"
    assert dialog.model.index(0, 7).data() == "testerin"
    assert dialog.table.isColumnHidden(EntriesModel.COUNTS)  # a plain sum needs no "Zählt"
    assert not dialog.derivation.isVisible()
    dialog.close()
    # The entries of a whole row (double-click on its name): sums per figure.
    row_dialog = panel._show_row_entries(0, "label")
    assert isinstance(row_dialog, EntriesDialog)
    qtbot.addWidget(row_dialog)
    assert row_dialog.model.rowCount() == 2  # commitment and agreement of SRAE-NW-2026-001
    assert "Warnemünde" in row_dialog.windowTitle()
    assert row_dialog.total.text() == (
        "2 Buchungen verschiedener Art; Summen je Zahl: Beschlossen 40.000,00 €, "
        "Vereinbart 40.000,00 €")


def _sum_of(dialog: EntriesDialog) -> int:
    return sum(r.counts for r in dialog.model.rows)


@pytest.mark.parametrize("key", ["total", "committed", "agreed", "paid", "returned",
                                 "available"])
def test_every_tile_lists_exactly_the_entries_of_its_figure(
        qtbot: QtBot, panel: BudgetPanel, key: str) -> None:
    qtbot.mouseClick(panel.tiles[key], Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, EntriesDialog)
    qtbot.addWidget(dialog)
    figure = getattr(panel.data.figures, key)  # type: ignore[union-attr]
    assert _sum_of(dialog) == dialog.behind.value == figure
    assert format_cents(figure) in dialog.total.text()


def test_available_and_bound_explain_how_they_are_made_up(qtbot: QtBot,
                                                          panel: BudgetPanel) -> None:
    dialog = panel.show_entries(figure="available")
    assert isinstance(dialog, EntriesDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    # Allocation +100.000; A binds its agreement (not also its decision); D its decision.
    counted = sorted((dialog.model.index(r, 2).data(), dialog.model.index(r, 4).data())
                     for r in range(dialog.model.rowCount()))
    assert counted == [("Beschluss", "-20.000,00 €"), ("Vereinbarung", "-40.000,00 €"),
                       ("Zuweisung", "100.000,00 €")]
    assert not dialog.table.isColumnHidden(EntriesModel.COUNTS)
    assert dialog.total.text() == "3 Buchungen, Summe der Spalte „Zählt“: 40.000,00 €"
    assert dialog.derivation.text().startswith(
        "Verfügbar 40.000,00 € = Gesamt 100.000,00 € − gebunden 60.000,00 €")
    used = panel.show_entries(figure="used")
    assert isinstance(used, EntriesDialog)
    qtbot.addWidget(used)
    assert _sum_of(used) == 60_000_00
    assert used.derivation.text().startswith("Gebunden 60.000,00 € = je Maßnahme der höchste")


def test_a_table_cell_lists_the_entries_of_its_row_and_column(qtbot: QtBot,
                                                              panel: BudgetPanel) -> None:
    model = panel.model
    for row in range(model.rowCount()):
        for column in range(2, model.columnCount()):
            index = model.index(row, column)
            panel.table.doubleClicked.emit(index)
            dialog = panel.last_dialog
            assert isinstance(dialog, EntriesDialog)
            qtbot.addWidget(dialog)
            assert _sum_of(dialog) == index.data(Qt.ItemDataRole.UserRole), (row, column)
            dialog.close()
    # Warnemünde / Vereinbart: only the agreement of its one measure.
    panel.table.doubleClicked.emit(model.index(0, 3))
    dialog = panel.last_dialog
    assert isinstance(dialog, EntriesDialog)
    qtbot.addWidget(dialog)
    assert model.column_key(3) == "agreed"
    assert [r.kind for r in dialog.model.rows] == ["agreement"]
    assert dialog.windowTitle().startswith("Buchungen: Warnemünde, Vereinbart")
    # "Buchungen anzeigen…" on a selected cell does the same.
    panel.table.setCurrentIndex(model.index(0, 2))
    qtbot.mouseClick(panel.table_box.entries_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, EntriesDialog)
    qtbot.addWidget(dialog)
    assert [r.kind for r in dialog.model.rows] == ["commitment"]


def test_city_wide_cells_reconcile_too(qtbot: QtBot, panel: BudgetPanel, db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=area_uuid("RR-NO"), year=YEAR, amount_cents=5_000_00, note="")
    panel.set_area(area_uuid("HRO"))
    model = panel.model
    keys = [model.column_key(c) for c in range(model.columnCount())]
    assert "total" in keys and "available" in keys
    for row in range(model.rowCount()):
        for column in range(2, model.columnCount()):
            index = model.index(row, column)
            panel.table.doubleClicked.emit(index)
            dialog = panel.last_dialog
            assert isinstance(dialog, EntriesDialog)
            qtbot.addWidget(dialog)
            assert _sum_of(dialog) == index.data(Qt.ItemDataRole.UserRole), (row, keys[column])
            dialog.close()


def test_set_budget_dialog_books_and_undo_corrects(qtbot: QtBot, panel: BudgetPanel,
                                                   ctx: AppContext, db: Database) -> None:
    dialog = panel.open_set_budget()
    assert isinstance(dialog, SetBudgetDialog)
    assert dialog.amount.text() == "100.000,00"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.amount.setText("120.000")
    assert not save.isEnabled() and "Notiz" in dialog.error.text()
    dialog.note.setText("Nachtrag")
    assert save.isEnabled()
    dialog.amount.setText("12.48")
    assert not save.isEnabled() and "Neues Budget" in dialog.error.text()
    dialog.amount.setText("120.000,00")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _tile(panel, "total") == "Gesamt\n120.000,00 €"
    assert ctx.undo_stack.undoText() == "Budget festlegen"
    ctx.undo_stack.undo()
    assert _tile(panel, "total") == "Gesamt\n100.000,00 €"
    ctx.undo_stack.redo()
    assert _tile(panel, "total") == "Gesamt\n120.000,00 €"
    with db.session() as s:
        kinds = s.scalars(select(BudgetEntry.kind).order_by(BudgetEntry.created_at)).all()
    assert kinds[-3:] == ["allocation", "correction", "correction"]


def test_carry_over_setting_switched_in_set_budget_dialog(qtbot: QtBot, panel: BudgetPanel,
                                                          ctx: AppContext,
                                                          db: Database) -> None:
    assert not panel.carry_button.isEnabled()
    dialog = panel.open_set_budget()
    assert isinstance(dialog, SetBudgetDialog)
    box = dialog.carry_over
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not box.isChecked() and not save.isEnabled()
    box.setChecked(True)  # only the setting: no note needed, no booking
    assert save.isEnabled() and dialog.error.text() == ""
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        assert carry_over_allowed(s)
        assert s.scalar(select(func.count()).select_from(BudgetEntry)) == 4
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "settings")).one()
        assert (audit.entity_id, audit.old, audit.new, audit.user) == (
            "budget.carry_over_allowed", "false", "true", "testerin")
    # Allowed now, but 2026 is still running (today 01.03.2026): the button says so.
    assert not panel.carry_button.isEnabled()
    assert "erst ab dem 01.01.2027" in panel.carry_button.toolTip()
    assert ctx.undo_stack.undoText() == "Rest übertragen erlaubt"
    ctx.undo_stack.undo()
    assert "ausgeschaltet" in panel.carry_button.toolTip()
    with db.session() as s:
        assert not carry_over_allowed(s)
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.entity == "settings")) == 2
    # Both at once: the budget is booked and the setting switched.
    again = panel.open_set_budget()
    assert isinstance(again, SetBudgetDialog) and not again.carry_over.isChecked()
    again.amount.setText("110.000,00")
    again.note.setText("Nachtrag")
    again.carry_over.setChecked(True)
    again.save()
    assert again.result() == again.DialogCode.Accepted
    assert _tile(panel, "total") == "Gesamt\n110.000,00 €"
    assert "erst ab dem 01.01.2027" in panel.carry_button.toolTip()


def test_lowering_the_budget_needs_the_chairs_override(qtbot: QtBot, panel: BudgetPanel,
                                                        ctx: AppContext, db: Database) -> None:
    asked: list[str] = []

    def ask(error: Exception) -> Override | None:
        asked.append(str(error))
        return Override("Haushaltssperre", "Anke Vorsitz (Vorsitz)", chair)

    with db.session() as s:
        chair = s.scalars(select(Person.id).where(Person.last_name == "Vorsitz")).one()
    dialog = SetBudgetDialog(ctx, NW, "Nordwest", YEAR, panel, ask_override=ask)
    qtbot.addWidget(dialog)
    dialog.amount.setText("50.000,00")
    dialog.note.setText("Kürzung")
    dialog.save()
    assert asked and ("gebunden 60.000,00 €, neues Budget 50.000,00 € – es fehlen 10.000,00 €"
                      in asked[0])
    with db.session() as s:
        assert figures_for(s, NW, YEAR).available == -10_000_00
        entry = s.scalars(select(BudgetEntry).where(BudgetEntry.override.is_(True))).one()
        assert entry.override_reason == "Haushaltssperre"
        assert entry.authorized_person_id == chair
    assert _tile(panel, "available") == "Verfügbar\n-10.000,00 €"


def test_override_dialog_asks_for_chair_and_reason(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = OverrideDialog(ctx, NW, "Beschluss abgelehnt: …")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chair.count() == 1 and dialog.chair.currentText() == "Anke Vorsitz (Vorsitz)"
    assert not ok.isEnabled() and "Begründung" in dialog.hint.text()
    dialog.reason.setPlainText("Dringlichkeit")
    assert ok.isEnabled()
    override = dialog.override()
    assert override is not None and override.reason == "Dringlichkeit"
    assert override.authorized_by == "Anke Vorsitz (Vorsitz)"
    nobody = OverrideDialog(ctx, area_uuid("RR-W"), "…")
    qtbot.addWidget(nobody)
    nobody.reason.setPlainText("Dringlichkeit")
    assert not nobody.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "kein Vorsitz" in nobody.hint.text()


def test_override_dialog_offers_the_chair_of_the_booking_date(qtbot: QtBot, ctx: AppContext,
                                                            db: Database) -> None:
    """A decision recorded afterwards: the chair then in office may authorise, besides today's."""
    with db.write() as s:
        former = Person(id=uuid.uuid4(), first_name="Berta", last_name="Früher")
        s.add(former)
        s.add(Membership(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                         person_id=former.id, role=MemberRole.CHAIR,
                         valid_from=date(2020, 1, 1), valid_to=date(2020, 12, 31)))
    dialog = OverrideDialog(ctx, NW, "…", on=date(2020, 6, 1))
    qtbot.addWidget(dialog)
    offered = [dialog.chair.itemText(i) for i in range(dialog.chair.count())]
    assert offered == ["Berta Früher (Vorsitz)", "Anke Vorsitz (Vorsitz)"]
    today_only = OverrideDialog(ctx, NW, "…")
    qtbot.addWidget(today_only)
    assert today_only.chair.count() == 1


def test_panel_follows_changes_from_elsewhere(qtbot: QtBot, panel: BudgetPanel,
                                              ctx: AppContext, db: Database) -> None:
    with db.write() as s:
        m = s.scalars(select(Measure.id).where(Measure.number == "SRAE-NW-2026-011")).one()
        ids = book_commitment(s, measure_id=m, decision_id=None, amount_cents=30_000_00,
                              start=date(YEAR, 1, 1), end=date(YEAR, 12, 31))
        s.get(Measure, m).status = MeasureStatus.APPROVED  # type: ignore[union-attr]
    ctx.bus.publish(ChangeSet.of("budget_entries", *ids))
    assert _tile(panel, "available") == "Verfügbar\n10.000,00 €"
    assert panel.what_if_model.rowCount() == 2  # one application and the total row


def test_csv_export_reads_back_in_german(panel: BudgetPanel, tmp_path: Path) -> None:
    path = panel.export_csv(tmp_path / "budget.csv")
    assert path is not None and path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    model = panel.model
    # Exactly the columns of the table (money columns with the unit), header first.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert list(rows[0]) == [h if c < 2 else f"{h} (€)" for c, h in enumerate(headers)]
    summe = rows[-1]
    assert summe["Sozialraum"] == "Summe"
    assert [summe[h] for h in list(rows[0])[2:]] == [
        "60000,00", "40000,00", "0,00", "0,00", "60000,00"]


def test_city_wide_csv_has_the_tables_columns(panel: BudgetPanel, tmp_path: Path) -> None:
    panel.set_area(area_uuid("HRO"))
    path = panel.export_csv(tmp_path / "stadt.csv")
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert list(rows[0])[2] == "Gesamt (€)" and list(rows[0])[-1] == "Verfügbar (€)"
    model = panel.model
    assert len(rows[0]) == model.columnCount() and len(rows) == model.rowCount()
    nw = next(r for r in rows if r["Code"] == "RR-NW")
    assert (nw["Gesamt (€)"], nw["Verfügbar (€)"]) == ("100000,00", "40000,00")


def test_carry_over_when_allowed(panel: BudgetPanel, ctx: AppContext, db: Database) -> None:
    assert not panel.carry_button.isEnabled()
    with db.write() as s:
        set_carry_over_allowed(s, True)
    ctx.bus.publish(ChangeSet.of("settings"))
    # Allowed, but the year is still running (today is 01.03.2026): nothing happens.
    assert not panel.carry_button.isEnabled()
    assert panel.carry_button.toolTip() == (
        "Das Haushaltsjahr 2026 läuft noch: Sein Rest kann erst ab dem 01.01.2027 übertragen "
        "werden.")
    assert panel.carry_over_rest(confirm=False) == []
    assert "erst ab dem 01.01.2027" in panel.hint.text()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetEntry)) == 4
    # Once the year is over, the rest moves.
    panel._today = date(YEAR + 1, 1, 2)
    panel.reload()
    assert panel.carry_button.isEnabled()
    ids = panel.carry_over_rest(confirm=False)
    assert len(ids) == 2
    assert _tile(panel, "available") == "Verfügbar\n0,00 €"
    with db.session() as s:
        assert figures_for(s, NW, YEAR + 1).total == 40_000_00
        assert s.scalar(select(func.count()).select_from(BudgetEntry)) == 4 + 2
        dates = s.scalars(select(BudgetEntry.entry_date).where(
            BudgetEntry.kind == "carry_over")).all()
        assert set(dates) == {date(YEAR + 1, 1, 2)}
    assert ctx.undo_stack.undoText() == "Rest übertragen"
