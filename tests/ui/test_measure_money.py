"""The Finanzen tab's money in the budget: hidden before a decision, figures per year, the
budget's split and booking dialogs opened from the form, figures refreshed after a booking."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import Area, DecisionOutcome
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services.changes import ChangeSet
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.money_box import MoneyBox

YEAR = date.today().year
FINANCE_TAB = 4


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _region(db: Database) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == "RR-NW")).one()


def _measure(db: Database, *, decided: bool) -> uuid.UUID:
    """A measure running from 1 July of this year for twelve months (half in each year)."""
    with db.write() as s:
        for year in (YEAR, YEAR + 1):
            budget.set_budget(s, region_id=_region(db), year=year, amount_cents=5_000_000,
                              note="Test")
        measure_id = m.save_measure(s, sample_application(s, start=date(YEAR, 7, 1))).id
        if decided:
            m.submit(s, measure_id)
            m.discuss(s, measure_id)
            m.put_on_agenda(s, measure_id)
            m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                              decided_on=date(YEAR, 6, 1))
    return measure_id


def _money(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> tuple[MeasureForm, MoneyBox]:
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.show()
    qtbot.waitExposed(form)
    form.tabs.setCurrentIndex(FINANCE_TAB)
    money = form.money
    assert money is not None
    qtbot.waitUntil(money.isVisible)  # a page built on demand is shown by a queued call
    return form, money


def _in_modal(name: str, act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog with this object name (exec() blocks the test)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.objectName() != name:
            QTimer.singleShot(20, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def test_hidden_before_a_decision(qtbot: QtBot, ctx: AppContext) -> None:
    _form, money = _money(qtbot, ctx, _measure(ctx.database, decided=False))
    assert not money.hint.isHidden() and "nach einem positiven Beschluss" in money.hint.text()
    for button in (money.split_button, money.payment_button, money.return_button):
        assert not button.isVisible()


def test_figures_and_payment_booking_refresh(qtbot: QtBot, ctx: AppContext) -> None:
    _form, money = _money(qtbot, ctx, _measure(ctx.database, decided=True))
    assert money.hint.isHidden() and money.payment_button.isVisible()
    assert money.figure(YEAR, 1) == "6.240,00 €"  # decided: six of twelve months
    assert money.figure(YEAR + 1, 1) == "6.240,00 €"
    assert money.figure(None, 1) == "12.480,00 €" and money.figure(YEAR, 3) == "0,00 €"

    def pay(dialog: QDialog) -> None:
        assert dialog.year.value() == YEAR  # type: ignore[attr-defined]
        dialog.amount.setText("1.000,00")  # type: ignore[attr-defined]
        dialog.reason.setText("1. Abschlag")  # type: ignore[attr-defined]
        dialog.save_button.click()  # type: ignore[attr-defined]

    _in_modal("budgetPaymentDialog", pay)
    assert money.open_booking("payment") is True
    assert money.figure(YEAR, 3) == "1.000,00 €" and money.figure(None, 3) == "1.000,00 €"
    assert ctx.undo_stack.count() == 1  # booking is undoable in the window's stack


def test_booking_elsewhere_refreshes_through_the_bus(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _measure(ctx.database, decided=True)
    _form, money = _money(qtbot, ctx, measure_id)
    with ctx.database.write() as s:
        budget.book_payment(s, measure_id=measure_id, year=YEAR, amount_cents=50_000)
        budget.book_return(s, measure_id=measure_id, year=YEAR, amount_cents=20_000,
                           reason="Rest")
    ctx.bus.publish(ChangeSet.of("budget_entries"), None)
    assert money.figure(YEAR, 3) == "500,00 €" and money.figure(YEAR, 4) == "200,00 €"


def test_split_and_return_dialogs_open_from_the_form(qtbot: QtBot, ctx: AppContext) -> None:
    form, money = _money(qtbot, ctx, _measure(ctx.database, decided=True))
    _in_modal("budgetSplitDialog", lambda d: d.reject())
    assert money.open_split() is False
    _in_modal("budgetReturnDialog", lambda d: d.reject())
    money.return_button.click()
    assert money.booking_dialog.objectName() == "budgetReturnDialog"
    for button in (money.split_button, money.payment_button, money.return_button):
        assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "&" in button.text()  # an Alt shortcut
    names = {b.objectName() for b in form.findChildren(QPushButton) if b.isVisible()}
    assert {"measureSplit", "measurePayment", "measureReturn"} <= names
