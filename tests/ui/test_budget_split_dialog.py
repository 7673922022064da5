"""Aufteilung auf Haushaltsjahre with real widgets: pro rata shown, typed split checked live,
saved through the undo stack, reachable from the by-measure table and for other panels."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sro_desktop.app import AppContext
from sro_desktop.models import (
    BodyKind,
    Measure,
    MeasurePeriod,
    MemberRole,
    Membership,
    Person,
    YearShare,
    measure_areas,
)
from sro_desktop.services.budget import book_commitment, set_budget, split_plan
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.budget import BudgetPanel, SplitDialog, open_split_dialog
from sro_desktop.ui.change_bus import ChangeBus

NW = area_uuid("RR-NW")
TODAY = date(2026, 3, 1)
START, END = date(2026, 7, 1), date(2027, 6, 30)


@pytest.fixture
def db(seeded_db: Path) -> Iterator[Database]:
    """Nordwest with 100.000 € in 2026 and 2027, and a decided measure over New Year."""
    database = open_database(seeded_db)
    with database.write() as s:
        for year in (2026, 2027):
            set_budget(s, region_id=NW, year=year, amount_cents=100_000_00, note="Zuweisung")
        m = Measure(id=uuid.uuid4(), number="SRAE-NW-2026-021", title="Ferienwerkstatt",
                    region_id=NW, start=START, end=END, requested_cents=12_000_00,
                    approved_cents=12_000_00)
        s.add(m)
        s.flush()
        s.execute(measure_areas.insert().values(measure_id=m.id, area_id=area_uuid("D")))
        book_commitment(s, measure_id=m.id, decision_id=None, amount_cents=12_000_00,
                        start=START, end=END)
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
def measure_id(db: Database) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Measure.id).where(Measure.number == "SRAE-NW-2026-021")).one()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> SplitDialog:
    widget = SplitDialog(ctx, measure_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _save(dialog: SplitDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_shows_the_pro_rata_split_by_month(dialog: SplitDialog) -> None:
    assert dialog.windowTitle() == "Aufteilung auf Haushaltsjahre"
    assert dialog.period.currentText() == "geplant 01.07.2026–30.06.2027, 12.000,00 €"
    assert sorted(dialog.edits) == [2026, 2027]
    assert [e.text() for e in dialog.edits.values()] == ["6.000,00", "6.000,00"]
    texts = [w.text() for w in dialog.grid_host.findChildren(QLabel)]
    assert "Anteilig\nnach Monaten" in texts and "Gebunden\n(gebucht)" in texts
    assert texts.count("6.000,00 €") >= 4  # pro rata and booked, per year
    assert dialog.sum_label.text() == "12.000,00 €"
    assert dialog.difference.text() == "Betrag der Maßnahme: 12.000,00 € · Differenz: 0,00 €"
    assert dialog.error.text() == ""
    assert "nicht umgebucht" in dialog.note.text()


def test_a_wrong_sum_is_refused_live_with_the_difference(qtbot: QtBot,
                                                         dialog: SplitDialog) -> None:
    edit = dialog.edits[2026]
    edit.selectAll()
    qtbot.keyClicks(edit, "8.000")
    assert dialog.sum_label.text() == "14.000,00 €"
    assert dialog.difference.text().endswith("Differenz: 2.000,00 €")
    assert dialog.error.text() == (
        "Summe der Jahresanteile: 14.000,00 € statt 12.000,00 € (die Anteile müssen zusammen "
        "genau den Betrag der Maßnahme ergeben; 2.000,00 € zu viel).")
    assert not _save(dialog).isEnabled()
    dialog.edits[2027].setText("4.000,00")
    assert dialog.error.text() == "" and _save(dialog).isEnabled()
    dialog.edits[2027].setText("4.000,5")
    assert not _save(dialog).isEnabled()
    dialog.edits[2027].setText("4,000.00")
    assert dialog.error.text().startswith("Anteil 2027:") and not _save(dialog).isEnabled()
    dialog.edits[2027].setText("-1")
    assert dialog.error.text() == "Anteil 2027: Der Anteil darf nicht negativ sein."


def _squeezed(dialog: SplitDialog) -> list[str]:
    """Labels shown lower than their text needs (clipped headings, notes, messages)."""
    out = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        need = (label.heightForWidth(label.width()) if label.wordWrap()
                else label.sizeHint().height())
        if label.height() < need:
            out.append(f"{label.text()[:30]!r}: {label.height()} < {need}")
    return out


def test_grows_with_its_messages_and_shrinks_back(qtbot: QtBot, dialog: SplitDialog) -> None:
    assert _squeezed(dialog) == []
    quiet = dialog.height()
    dialog.edits[2026].setText("abc")  # an unreadable amount: a two-line error
    dialog.edits[2026].setText("1,00")  # a wrong sum: difference line and two-line error
    assert dialog.error.text() and dialog.difference.text()
    qtbot.waitUntil(lambda: dialog.height() > quiet)
    assert dialog.height() >= dialog.heightForWidth(dialog.width())
    assert dialog.minimumHeight() == dialog.heightForWidth(dialog.width())
    assert _squeezed(dialog) == []
    buttons_top = dialog.buttons.geometry().top()
    assert dialog.note.geometry().bottom() < buttons_top
    dialog.reset_to_pro_rata()
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: dialog.height() == quiet)
    assert _squeezed(dialog) == []


def test_reset_restores_pro_rata(qtbot: QtBot, dialog: SplitDialog, ctx: AppContext) -> None:
    dialog.edits[2026].setText("1.000")
    dialog.edits[2027].setText("11.000")
    qtbot.mouseClick(dialog.reset, Qt.MouseButton.LeftButton)
    assert [e.text() for e in dialog.edits.values()] == ["6.000,00", "6.000,00"]
    dialog.save()  # pro rata as before: nothing to store, nothing to undo
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.saved
    assert ctx.undo_stack.count() == 0


def test_saving_is_undoable_and_creates_the_planned_period(
        qtbot: QtBot, dialog: SplitDialog, ctx: AppContext, db: Database,
        measure_id: uuid.UUID) -> None:
    dialog.edits[2026].setText("9.000")
    dialog.edits[2027].setText("3.000")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.keyClick(dialog.edits[2027], Qt.Key.Key_Return)  # Enter saves
    assert dialog.saved and dialog.result() == dialog.DialogCode.Accepted
    assert ctx.undo_stack.undoText() == "Aufteilung auf Haushaltsjahre"
    with db.session() as s:
        assert split_plan(s, measure_id).periods[0].manual == {2026: 9_000_00, 2027: 3_000_00}
    ctx.undo_stack.undo()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MeasurePeriod)) == 0
        assert s.scalar(select(func.count()).select_from(YearShare)) == 0
    ctx.undo_stack.redo()
    with db.session() as s:
        assert split_plan(s, measure_id).periods[0].manual == {2026: 9_000_00, 2027: 3_000_00}
    # Back to pro rata: the hand-set shares go, the period stays.
    again = SplitDialog(ctx, measure_id)
    qtbot.addWidget(again)
    assert again.current is not None and again.current.period_id is not None
    qtbot.mouseClick(again.reset, Qt.MouseButton.LeftButton)
    again.save()
    with db.session() as s:
        assert not split_plan(s, measure_id).periods[0].is_manual
        assert s.scalar(select(func.count()).select_from(MeasurePeriod)) == 1


def test_keyboard_and_accessible_names(dialog: SplitDialog) -> None:
    for widget in (*dialog.edits.values(), dialog.period, dialog.reset, _save(dialog)):
        assert widget.accessibleName(), widget.objectName()
    assert dialog.edits[2026].accessibleName() == "Anteil 2026 in Euro"
    assert dialog.edits[2026].accessibleDescription() == (
        "6 Monate; anteilig 6.000,00 €; gebunden 6.000,00 €")
    assert dialog.edits[2026].hasFocus()
    assert _save(dialog).isDefault() or _save(dialog).autoDefault()
    assert not dialog.reset.autoDefault()


def test_whole_period_in_one_year_has_nothing_to_split(qtbot: QtBot, ctx: AppContext,
                                                        db: Database) -> None:
    with db.write() as s:
        m = Measure(id=uuid.uuid4(), number="SRAE-NW-2026-022", title="Kurz", region_id=NW,
                    start=date(2026, 3, 1), end=date(2026, 8, 31), requested_cents=1_000_00)
        s.add(m)
    dialog = SplitDialog(ctx, m.id)
    qtbot.addWidget(dialog)
    assert "ganz im Haushaltsjahr 2026" in dialog.note.text()
    assert not _save(dialog).isEnabled() and not dialog.edits[2026].isEnabled()


def test_panel_opens_it_for_the_selected_measure(qtbot: QtBot, ctx: AppContext) -> None:
    panel = BudgetPanel(ctx, today=TODAY)
    qtbot.addWidget(panel)
    panel.set_year(2026)
    panel.set_area(NW)
    split_button = panel.table_box.action_buttons["split"]
    assert not split_button.isEnabled()  # table by Sozialraum
    panel.table_mode.setCurrentIndex(1)
    assert not split_button.isEnabled()  # nothing selected yet
    panel.table.selectRow(0)
    assert split_button.isEnabled()
    qtbot.mouseClick(split_button, Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, SplitDialog)
    qtbot.addWidget(dialog)
    assert dialog.plan.label == "SRAE-NW-2026-021 Ferienwerkstatt"
    dialog.reject()
    panel.table.selectRow(1)  # the sum row is no measure
    assert not split_button.isEnabled()


def test_open_split_dialog_for_other_panels(qtbot: QtBot, ctx: AppContext,
                                            measure_id: uuid.UUID, db: Database) -> None:
    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SplitDialog) and w.isVisible())
        dialog.edits[2026].setText("2.000")
        dialog.edits[2027].setText("10.000")
        dialog.save()

    QTimer.singleShot(0, fill)
    assert open_split_dialog(ctx, measure_id) is True
    with db.session() as s:
        assert split_plan(s, measure_id).periods[0].manual == {2026: 2_000_00, 2027: 10_000_00}
    QTimer.singleShot(0, lambda: next(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, SplitDialog) and w.isVisible()).reject())
    assert open_split_dialog(ctx, measure_id) is False


def _two_periods(db: Database) -> uuid.UUID:
    """A measure agreed for 07/2025–06/2026 (hand split) and extended for 07/2026–06/2027."""
    with db.write() as s:
        m = Measure(id=uuid.uuid4(), number="SRAE-NW-2025-030", title="Lernwerkstatt",
                    region_id=NW, start=date(2025, 7, 1), end=END, requested_cents=10_000_00)
        s.add(m)
        s.flush()
        first = MeasurePeriod(id=uuid.uuid4(), measure_id=m.id, sequence=1,
                              start_date=date(2025, 7, 1), end_date=date(2026, 6, 30),
                              amount_cents=10_000_00)
        s.add(first)
        s.add(MeasurePeriod(id=uuid.uuid4(), measure_id=m.id, sequence=2, kind="extension",
                            start_date=START, end_date=END, amount_cents=6_000_00))
        s.flush()
        s.add_all([YearShare(measure_id=m.id, period_id=first.id, year=2025,
                             amount_cents=7_000_00, manual=True),
                   YearShare(measure_id=m.id, period_id=first.id, year=2026,
                             amount_cents=3_000_00, manual=True)])
        return m.id


def test_several_periods_choose_the_one_to_split(qtbot: QtBot, ctx: AppContext,
                                                 db: Database) -> None:
    dialog = SplitDialog(ctx, _two_periods(db))
    qtbot.addWidget(dialog)
    assert dialog.period.isVisibleTo(dialog) and dialog.period.count() == 2
    assert dialog.period.currentText().startswith("Verlängerung 01.07.2026–30.06.2027")
    assert [e.text() for e in dialog.edits.values()] == ["3.000,00", "3.000,00"]
    dialog.period.setCurrentIndex(0)
    assert sorted(dialog.edits) == [2025, 2026]
    assert [e.text() for e in dialog.edits.values()] == ["7.000,00", "3.000,00"]
    assert "Differenz: 0,00 €" in dialog.difference.text()


def test_a_refused_undo_is_reported_and_dropped(qtbot: QtBot, ctx: AppContext,
                                                db: Database) -> None:
    measure = _two_periods(db)
    errors: list[str] = []
    dialog = SplitDialog(ctx, measure, on_error=errors.append)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(0)
    dialog.edits[2025].setText("5.000")
    dialog.edits[2026].setText("5.000")
    dialog.save()
    assert ctx.undo_stack.count() == 1
    with db.write() as s:  # elsewhere, the period's amount changes meanwhile
        period = s.scalars(select(MeasurePeriod).where(MeasurePeriod.sequence == 1,
                                                       MeasurePeriod.measure_id == measure)).one()
        period.amount_cents = 8_000_00
    ctx.undo_stack.undo()
    assert errors and errors[0].startswith("Aufteilung: Summe der Jahresanteile (10.000,00 €)")
    assert ctx.undo_stack.count() == 0  # obsolete: dropped from the stack


def test_a_measure_without_dates_names_the_missing_field(qtbot: QtBot, ctx: AppContext,
                                                         db: Database) -> None:
    with db.write() as s:
        m = Measure(id=uuid.uuid4(), number="SRAE-NW-2026-023", title="Ohne Laufzeit",
                    region_id=NW)
        s.add(m)
    dialog = SplitDialog(ctx, m.id)
    qtbot.addWidget(dialog)
    assert dialog.error.text().startswith("Laufzeit: Die Maßnahme hat noch keinen Beginn")
    assert not _save(dialog).isEnabled() and not dialog.reset.isEnabled()
    assert dialog.edits == {}
