"""The measure's money in the budget, on the form's Finanzen tab: per budget year what is
decided, agreed, paid and returned, and the budget's dialogs for the year split, payments and
returns. Shown once the measure has a positive decision or an agreement; before that a single
line says when bookings become possible."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...app import AppContext
from ...services import measures as services
from ...services.measures import LedgerView, YearMoney
from ...services.money import format_cents
from ..budget import BookingDialog, open_split_dialog

__all__ = ["MoneyBox"]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MoneyBox(QWidget):
    """Figures per budget year and the booking buttons of one measure."""

    def __init__(self, ctx: AppContext, measure_id: Callable[[], uuid.UUID | None],
                 parent: QWidget | None = None, *, today: Callable[[], date] = date.today
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("measureMoney")
        self.ctx = ctx
        self._measure_id = measure_id
        self._today = today
        self.view: LedgerView | None = None
        self.hint = QLabel(self.tr("Aufteilung auf Haushaltsjahre, Auszahlungen und Rückflüsse "
                                   "gibt es nach einem positiven Beschluss der Lenkungsgruppe."),
                           self)
        self.hint.setObjectName("measureMoneyHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.table = QWidget(self)
        self.table.setObjectName("measureMoneyYears")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(4)
        self.split_button = QPushButton(self.tr("&Aufteilung auf Haushaltsjahre …"), self)
        self.split_button.setObjectName("measureSplit")
        self.split_button.setAccessibleName(self.tr("Aufteilung auf Haushaltsjahre"))
        self.payment_button = QPushButton(self.tr("Aus&zahlung buchen …"), self)
        self.payment_button.setObjectName("measurePayment")
        self.payment_button.setAccessibleName(self.tr("Auszahlung buchen"))
        self.return_button = QPushButton(self.tr("&Rückfluss buchen …"), self)
        self.return_button.setObjectName("measureReturn")
        self.return_button.setAccessibleName(self.tr("Rückfluss buchen"))
        self.error = QLabel(self)
        self.error.setObjectName("measureMoneyError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.split_button, self.payment_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.buttons = QWidget(self)
        self.buttons.setLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        layout.addWidget(self.error)
        self.split_button.clicked.connect(self.open_split)
        self.payment_button.clicked.connect(lambda: self.open_booking("payment"))
        self.return_button.clicked.connect(lambda: self.open_booking("return"))
        self.refresh()

    # --- figures -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the ledger sums again and show or hide what depends on a decision."""
        measure_id = self._measure_id()
        if measure_id is None:
            self.view = None
        else:
            with self.ctx.database.session() as s:
                self.view = services.ledger_view(s, measure_id)
        bookable = self.view is not None and self.view.bookable
        self.hint.setVisible(not bookable)
        self.table.setVisible(bookable)
        self.buttons.setVisible(bookable)
        if bookable and self.view is not None:
            self._fill(self.view)

    def _fill(self, view: LedgerView) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # detached at once so old cells never paint under new ones
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        titles = (self.tr("Haushaltsjahr"), self.tr("Beschlossen"), self.tr("Vereinbart"),
                  self.tr("Ausgezahlt"), self.tr("Rückflüsse"))
        for column, title in enumerate(titles):
            self._cell(title, 0, column, bold=True)
        lines = [*view.years]
        if len(lines) > 1:
            lines.append(view.total)
        for row, line in enumerate(lines, start=1):
            name = str(line.year) if line.year else self.tr("Summe")
            self._cell(name, row, 0, bold=not line.year)
            for column, cents in enumerate(_figures(line), start=1):
                label = self._cell(format_cents(cents), row, column, bold=not line.year)
                label.setAccessibleName(f"{titles[column]} {name}: {format_cents(cents)}")
                label.setObjectName(f"measureMoney_{line.year or 'total'}_{column}")
        self.grid.setColumnStretch(len(titles), 1)

    def _cell(self, text: str, row: int, column: int, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self.table)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        if column:
            label.setAlignment(_RIGHT)
        self.grid.addWidget(label, row, column)
        return label

    def figure(self, year: int | None, column: int) -> str:
        """The text of one figure (``year`` None: the sum line); for tests and scripts."""
        label = self.table.findChild(QLabel, f"measureMoney_{year or 'total'}_{column}")
        return label.text() if label is not None else ""

    # --- dialogs -----------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def open_split(self) -> bool:
        """The budget's "Aufteilung auf Haushaltsjahre"; True when a changed split was saved."""
        measure_id = self._measure_id()
        if measure_id is None:
            return False
        self._show_error("")
        saved = open_split_dialog(self.ctx, measure_id, self.window(), on_error=self._show_error)
        self.refresh()
        return saved

    def open_booking(self, kind: str) -> bool:
        """Book a payment or a return; True when booked. The figures refresh afterwards."""
        measure_id = self._measure_id()
        if measure_id is None or self.view is None:
            return False
        self._show_error("")
        year = services.booking_year(self.view, self._today())
        dialog = BookingDialog(self.ctx, measure_id, year,
                               "payment" if kind == "payment" else "return", self.window(),
                               on_error=self._show_error, today=self._today())
        self.booking_dialog = dialog
        booked = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        return booked


def _figures(line: YearMoney) -> tuple[int, int, int, int]:
    return line.committed, line.agreed, line.paid, line.returned
