"""Auszahlung, Rückfluss and Korrektur with real widgets: live checks, booking through the undo
stack (undo books corrections), the chair's override on refusal, keyboard and names."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext
from sro_desktop.models import (
    BodyKind,
    BudgetEntry,
    Measure,
    MemberRole,
    Membership,
    Person,
    measure_areas,
)
from sro_desktop.services.budget import (
    BudgetExceededError,
    Override,
    book_agreement,
    book_commitment,
    book_payment,
    figures_for,
    set_budget,
)
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.budget import (
    BookingDialog,
    BudgetPanel,
    CorrectionDialog,
    EntriesDialog,
    SplitDialog,
)
from sro_desktop.ui.change_bus import ChangeBus

NW = area_uuid("RR-NW")
YEAR = 2026
TODAY = date(2026, 3, 1)
WHOLE_YEAR = {"start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31)}


def _measure(s: object, number: str, space: str) -> uuid.UUID:
    m = Measure(id=uuid.uuid4(), number=number, title=f"Titel {number}", region_id=NW)
    s.add(m)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    s.execute(measure_areas.insert().values(  # type: ignore[attr-defined]
        measure_id=m.id, area_id=area_uuid(space)))
    return m.id


@pytest.fixture
def db(seeded_db: Path) -> Iterator[Database]:
    """Nordwest 2026: 100.000 €; A decided and agreed 40.000 €, 10.000 € paid; D decided
    50.000 €; 10.000 € available."""
    database = open_database(seeded_db)
    with database.write() as s:
        set_budget(s, region_id=NW, year=YEAR, amount_cents=100_000_00, note="Zuweisung")
        a = _measure(s, "SRAE-NW-2026-001", "A")
        book_commitment(s, measure_id=a, decision_id=None, amount_cents=40_000_00, **WHOLE_YEAR)
        book_agreement(s, measure_id=a, agreement_id=None, amount_cents=40_000_00, **WHOLE_YEAR)
        book_payment(s, measure_id=a, year=YEAR, amount_cents=10_000_00, on=date(YEAR, 2, 1),
                     reason="1. Abschlag")
        d = _measure(s, "SRAE-NW-2026-002", "D")
        book_commitment(s, measure_id=d, decision_id=None, amount_cents=50_000_00, **WHOLE_YEAR)
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
    widget.table_mode.setCurrentIndex(1)  # nach Maßnahme
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _id(db: Database, number: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Measure.id).where(Measure.number == number)).one()


def _figures(db: Database):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return figures_for(s, NW, YEAR)


def _entries(db: Database) -> list[BudgetEntry]:
    with db.session() as s:
        return list(s.scalars(select(BudgetEntry).order_by(BudgetEntry.created_at)))


def _chair(db: Database) -> uuid.UUID:
    """The person id of Anke Vorsitz, chair of the Lenkungsgruppe Nordwest."""
    with db.session() as s:
        return s.scalars(select(Person.id).where(Person.last_name == "Vorsitz")).one()


def _tile(panel: BudgetPanel, key: str) -> str:
    return panel.tiles[key].text().split("\n")[1]


def test_payment_from_the_table_is_booked_and_undone_by_a_correction(
        qtbot: QtBot, panel: BudgetPanel, ctx: AppContext, db: Database) -> None:
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.table_box.action_buttons["payment"], Qt.MouseButton.LeftButton)
    dialog = panel.last_dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.objectName() == "budgetPaymentDialog"
    assert dialog.info.label == "SRAE-NW-2026-001 Titel SRAE-NW-2026-001"
    assert dialog.year.value() == YEAR and dialog.day.date().toPython() == TODAY
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "Betrag: Bitte einen Betrag eingeben."
    qtbot.keyClicks(dialog.amount, "5.000")
    assert dialog.error.text().startswith("Begründung:")
    qtbot.keyClicks(dialog.reason, "2. Abschlag")
    assert dialog.save_button.isEnabled() and dialog.hint.text() == ""
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _tile(panel, "paid") == "15.000,00 €"
    entry = _entries(db)[-1]
    assert (entry.kind, entry.amount_cents, entry.reason) == ("payment", 5_000_00, "2. Abschlag")
    assert entry.entry_date == TODAY and entry.recorded_by == "testerin"
    assert ctx.undo_stack.undoText() == "Auszahlung buchen"
    ctx.undo_stack.undo()
    assert _tile(panel, "paid") == "10.000,00 €"
    fix = _entries(db)[-1]
    assert fix.kind == "correction" and fix.corrects_id == entry.id
    assert fix.amount_cents == -5_000_00 and fix.reason.startswith("Rückgängig")
    ctx.undo_stack.redo()
    assert _tile(panel, "paid") == "15.000,00 €"


def test_a_payment_beyond_the_budget_needs_the_chairs_override(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    asked: list[str] = []
    answer: list[Override | None] = [None]

    def ask(error: BudgetExceededError) -> Override | None:
        asked.append(str(error))
        return answer[0]

    dialog = BookingDialog(ctx, _id(db, "SRAE-NW-2026-002"), YEAR, "payment", ask_override=ask,
                           today=TODAY)
    qtbot.addWidget(dialog)
    dialog.amount.setText("65.000")
    dialog.reason.setText("Sonderzahlung")
    assert "übersteigt den beschlossenen und vereinbarten Betrag um 15.000,00 €" in \
        dialog.hint.text()
    assert "Nur der Vorsitz" in dialog.hint.text()
    dialog.save()  # declined
    assert asked and "verfügbar 10.000,00 €" in asked[0] and "es fehlen 5.000,00 €" in asked[0]
    assert dialog.error.text().startswith("Buchung abgelehnt:")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _figures(db).paid == 10_000_00
    # An override without the authorising chair is refused by the service, whatever it says.
    answer[0] = Override("Dringender Bedarf", "Anke Vorsitz (Vorsitz)")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Genehmigt von:")
    assert _figures(db).paid == 10_000_00
    answer[0] = Override("Dringender Bedarf", "irgendwer", _chair(db))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = _entries(db)[-1]
    assert entry.override and entry.override_reason == "Dringender Bedarf"
    assert entry.authorized_by == "Anke Vorsitz (Vorsitz)"
    assert _figures(db).available == -5_000_00


def test_return_is_checked_live_and_booked(qtbot: QtBot, panel: BudgetPanel, ctx: AppContext,
                                           db: Database) -> None:
    panel.table.selectRow(0)
    dialog = panel.open_measure_action("return")
    assert isinstance(dialog, BookingDialog) and dialog.objectName() == "budgetReturnDialog"
    qtbot.addWidget(dialog)
    dialog.amount.setText("12.000")
    dialog.reason.setText("Verwendungsnachweis")
    assert dialog.error.text() == (
        "Betrag: Ein Rückfluss darf die noch nicht zurückgeflossenen Auszahlungen des Jahres "
        "2026 (10.000,00 €) nicht übersteigen.")
    assert not dialog.save_button.isEnabled()
    dialog.amount.setText("2.500,50")
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert _tile(panel, "returned") == "2.500,50 €"
    assert ctx.undo_stack.undoText() == "Rückfluss buchen"
    # The other year: nothing paid there, so nothing can flow back.
    dialog2 = BookingDialog(ctx, _id(db, "SRAE-NW-2026-001"), YEAR, "return", today=TODAY)
    qtbot.addWidget(dialog2)
    dialog2.year.setValue(YEAR + 1)
    assert "In 2027 ist für diese Maßnahme nichts ausgezahlt" in dialog2.hint.text()
    dialog2.year.setValue(YEAR)
    dialog2.day.setDate(date(YEAR + 1, 1, 5))
    assert "Datum: liegt nicht im Haushaltsjahr 2026" in dialog2.hint.text()


def test_correction_from_the_entries_dialog(qtbot: QtBot, panel: BudgetPanel, ctx: AppContext,
                                            db: Database) -> None:
    entries = panel.show_entries(figure="paid")
    assert isinstance(entries, EntriesDialog)
    qtbot.addWidget(entries)
    assert entries.model.rowCount() == 1 and not entries.correct_button.isEnabled()
    entries.table.selectRow(0)
    assert entries.correct_button.isEnabled()
    payment = entries.selected_entry()
    assert payment is not None and payment.kind == "payment"
    qtbot.mouseClick(entries.correct_button, Qt.MouseButton.LeftButton)
    dialog = entries.last_dialog
    assert isinstance(dialog, CorrectionDialog)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "10.000,00" and dialog.focusWidget() is dialog.amount
    assert "unverändert" in dialog.error.text()
    qtbot.keyClicks(dialog.amount, "9.500")  # replaces the selected text
    assert dialog.delta.text() == "-500,00 €"
    assert dialog.error.text().startswith("Begründung:")
    dialog.reason.setText("Zahlendreher")
    dialog.amount.setText("-1")
    assert dialog.error.text() == (
        "Richtiger Betrag: Buchungen der Art „Auszahlung“ sind nie negativ.")
    dialog.amount.setText("9.500")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    fix = _entries(db)[-1]
    assert fix.kind == "correction" and fix.amount_cents == -500_00
    assert fix.reason == "Zahlendreher" and fix.figure == "paid"
    assert fix.corrects_id == payment.id
    # The entries dialog follows: the correction is listed, the selection kept.
    assert entries.model.rowCount() == 2
    assert entries.total.text() == "2 Buchungen, Summe der Beträge: 9.500,00 €"
    selected = entries.selected_entry()
    assert selected is not None and selected.id == payment.id
    assert _tile(panel, "paid") == "9.500,00 €"
    # Keyboard: Shift+F10 in the table offers the correction of the current entry.
    entries.activateWindow()
    entries.table.setFocus()
    qtbot.waitUntil(entries.table.hasFocus)
    qtbot.keyClick(entries.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert entries.last_menu is not None
    assert [a.text() for a in entries.last_menu.actions()] == ["&Korrektur buchen…"]
    entries.last_menu.close()
    # A second correction starts from the corrected amount.
    again = entries.open_correction()
    assert isinstance(again, CorrectionDialog)
    qtbot.addWidget(again)
    assert again.amount.text() == "9.500,00" and again.detail.corrections == 1
    ctx.undo_stack.undo()
    assert _tile(panel, "paid") == "10.000,00 €"


def test_correcting_an_allocation_below_bound_money_asks_for_the_override(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    allocation = next(e for e in _entries(db) if e.kind == "allocation")
    asked: list[str] = []

    def ask(error: BudgetExceededError) -> Override | None:
        asked.append(str(error))
        return Override("Haushaltssperre", "Anke Vorsitz (Vorsitz)", chair)

    chair = _chair(db)
    dialog = CorrectionDialog(ctx, allocation.id, ask_override=ask)
    qtbot.addWidget(dialog)
    dialog.amount.setText("80.000")
    dialog.reason.setText("Kürzung laut Bescheid")
    dialog.save()
    assert asked and "Korrektur abgelehnt" in asked[0]
    assert dialog.result() == dialog.DialogCode.Accepted
    fix = _entries(db)[-1]
    assert fix.override and fix.corrects_id == allocation.id
    assert fix.authorized_by == "Anke Vorsitz (Vorsitz)" and fix.authorized_person_id == chair
    assert _figures(db).total == 80_000_00


def test_keyboard_context_menu_and_accessible_names(qtbot: QtBot, panel: BudgetPanel) -> None:
    table = panel.table
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(panel.model.index(0, 0))
    # What the menu key sends: a keyboard context menu event.
    pos = QPoint(0, 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos,
                              table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    first = panel.table_box.last_menu
    assert isinstance(first, QMenu)
    first.close()
    # Shift+F10 opens the same menu at the current row.
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = panel.table_box.last_menu
    assert menu is not first and panel.table_box.selected_row() == 1
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Buchungen anzeigen…", "Auf&teilung…", "Aus&zahlung buchen…",
                     "Rück&fluss buchen…"]
    assert all(a.isEnabled() for a in menu.actions())
    split = next(a for a in menu.actions() if a.text() == "Auf&teilung…")
    split.trigger()
    menu.close()
    opened = panel.last_dialog
    assert isinstance(opened, SplitDialog) and opened.plan.label.startswith("SRAE-NW-2026-002")
    qtbot.addWidget(opened)
    opened.reject()
    for button in panel.table_box.action_buttons.values():
        assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog = panel.open_measure_action("payment")
    assert isinstance(dialog, BookingDialog)
    qtbot.addWidget(dialog)
    for child in dialog.findChildren(QWidget):
        # Qt's own parts (the line edit inside a spin box) speak through their owner.
        if child.objectName().startswith("qt_"):
            continue
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(dialog):
            assert child.accessibleName(), child.objectName() or type(child).__name__
    assert dialog.focusWidget() is dialog.amount
    # Tab order follows the form: amount → reason → (buttons).
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.accessibleName() == "Auszahlung buchen"
