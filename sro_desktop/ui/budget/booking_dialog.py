"""Auszahlung buchen / Rückfluss buchen: money paid to the Träger, or paid back by it.

Both are new ledger entries through an undoable :class:`LedgerCommand` (undo books a
correction). A payment that would overdraw the year is refused and may be allowed by the
chair (override dialog); a return never exceeds what was paid and not yet returned.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import (
    BudgetError,
    MeasureYear,
    Override,
    book_payment,
    book_return,
    measure_year,
)
from ...services.money import MoneyError, format_cents, parse_money
from .form_bits import (
    OverrideAsker,
    book_with_override,
    date_edit,
    fit_width,
    heading,
    message_label,
    money_edit,
    python_date,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...app import AppContext

Kind = Literal["payment", "return"]


def _default_day(year: int, today: date) -> date:
    """Today when it lies in the budget year, else the year's nearest end."""
    if today.year == year:
        return today
    return date(year, 12, 31) if year < today.year else date(year, 1, 1)


class BookingDialog(QDialog):
    """Date, budget year, amount and reason of a payment or a return of one measure."""

    def __init__(self, ctx: AppContext, measure_id: uuid.UUID, year: int, kind: Kind,
                 parent: QWidget | None = None, *, ask_override: OverrideAsker | None = None,
                 on_error: Callable[[str], None] | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._measure_id, self.kind = ctx, measure_id, kind
        self._ask, self._on_error = ask_override, on_error
        payment = kind == "payment"
        title = self.tr("Auszahlung buchen") if payment else self.tr("Rückfluss buchen")
        self.setObjectName("budgetPaymentDialog" if payment else "budgetReturnDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.entry_ids: list[uuid.UUID] = []
        self.info: MeasureYear = self._read(year)
        self.measure = heading(self.info.label, "budgetBookingMeasure")
        self.region = QLabel(self.info.region)
        self.region.setTextFormat(Qt.TextFormat.PlainText)  # an area name, typed by users
        self.year = QSpinBox()
        self.year.setObjectName("budgetBookingYear")
        self.year.setAccessibleName(self.tr("Haushaltsjahr"))
        self.year.setRange(1990, 2200)
        self.year.setValue(year)
        self.year.setToolTip(self.tr("Das Haushaltsjahr, dessen Budget die Buchung betrifft."))
        self.day = date_edit("budgetBookingDate", self.tr("Datum der Buchung"),
                             _default_day(year, today or date.today()))
        self.amount = money_edit("budgetBookingAmount", self.tr("Betrag in Euro"))
        self.reason = QLineEdit()
        self.reason.setObjectName("budgetBookingReason")
        self.reason.setAccessibleName(self.tr("Begründung"))
        self.reason.setPlaceholderText(
            self.tr("z. B. 1. Abschlag laut Vereinbarung") if payment
            else self.tr("z. B. nicht verbrauchte Mittel laut Verwendungsnachweis"))
        self.figures_caption = QLabel()
        self.figures_caption.setObjectName("budgetBookingFiguresCaption")
        self.figures = QWidget()
        self.figures.setObjectName("budgetBookingFigures")
        self.figure_grid = QGridLayout(self.figures)
        self.figure_grid.setContentsMargins(0, 0, 0, 0)
        self.figure_grid.setHorizontalSpacing(18)
        self.error = message_label("budgetBookingError", self.tr("Fehler der Buchung"),
                                   error=True)
        self.hint = message_label("budgetBookingHint", self.tr("Hinweis zur Buchung"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(title)
        self.save_button.setObjectName("budgetBookingSave")
        self.save_button.setAccessibleName(title)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Regionalraum:"), self.region)
        form.addRow(self.tr("&Haushaltsjahr:"), self.year)
        form.addRow(self.tr("&Datum:"), self.day)
        form.addRow(self.tr("&Betrag (€):"), self.amount)
        form.addRow(self.tr("Be&gründung:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.measure)
        layout.addWidget(self.figures_caption)
        layout.addWidget(self.figures)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(self._on_year_changed)
        for signal in (self.amount.textChanged, self.reason.textChanged):
            signal.connect(self._validate)
        self.day.dateChanged.connect(self._validate)
        self._show_figures()
        self._validate()
        fit_width(self, 560)
        self.amount.setFocus()

    def _read(self, year: int) -> MeasureYear:
        with self._ctx.database.session() as session:
            return measure_year(session, self._measure_id, year)

    def _on_year_changed(self, year: int) -> None:
        self.info = self._read(year)
        self._show_figures()
        self._validate()

    def _show_figures(self) -> None:
        while self.figure_grid.count():
            item = self.figure_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # detached at once, see SplitDialog._clear_grid
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        m = self.info.money
        pairs = [(self.tr("Beschlossen"), m.committed), (self.tr("Vereinbart"), m.agreed),
                 (self.tr("Ausgezahlt"), m.paid), (self.tr("Rückflüsse"), m.returned),
                 (self.tr("Verfügbar im Regionalraum"), self.info.available)]
        # A caption over each amount: five short columns fit the dialog's width.
        for column, (caption, cents) in enumerate(pairs):
            top = QLabel(caption)
            top.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel(format_cents(cents))
            value.setAccessibleName(f"{caption} {self.info.year}: {format_cents(cents)}")
            if cents < 0:
                value.setStyleSheet("color: #b3261e;")
            self.figure_grid.addWidget(top, 0, column)
            self.figure_grid.addWidget(value, 1, column)
        self.figures_caption.setText(self.tr("Stand der Maßnahme im Haushaltsjahr {year}:").format(
            year=self.info.year))

    def _parsed(self) -> tuple[int | None, str]:
        try:
            cents = parse_money(self.amount.text(), field=self.tr("Betrag"))
        except MoneyError as exc:
            return None, str(exc)
        payment = self.kind == "payment"
        if cents <= 0:
            return None, (self.tr("Betrag: Eine Auszahlung muss größer als 0,00 € sein.")
                          if payment else
                          self.tr("Betrag: Ein Rückfluss muss größer als 0,00 € sein."))
        if not payment and cents > self.info.returnable:
            return None, self.tr(
                "Betrag: Ein Rückfluss darf die noch nicht zurückgeflossenen Auszahlungen des "
                "Jahres {year} ({amount}) nicht übersteigen.").format(
                    year=self.info.year, amount=format_cents(self.info.returnable))
        if not self.reason.text().strip():
            return cents, self.tr("Begründung: Bitte angeben, wofür gebucht wird "
                                  "(Pflichtfeld).")
        return cents, ""

    def _validate(self) -> None:
        cents, problem = self._parsed()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        hints = []
        if python_date(self.day).year != self.info.year:
            hints.append(self.tr("Datum: liegt nicht im Haushaltsjahr {year}; die Buchung zählt "
                                 "trotzdem für {year}.").format(year=self.info.year))
        if self.kind == "payment" and cents:
            extra = self.info.extra_for_payment(cents)
            if extra > 0:
                hints.append(self.tr("Die Auszahlung übersteigt den beschlossenen und "
                                     "vereinbarten Betrag um {extra}; das bindet zusätzliches "
                                     "Geld.").format(extra=format_cents(extra)))
            if extra > max(self.info.available, 0):
                hints.append(self.tr("Dafür reicht das verfügbare Budget nicht: Nur der Vorsitz "
                                     "der Lenkungsgruppe kann die Überschreitung zulassen."))
        if self.kind == "return" and self.info.returnable == 0:
            hints.append(self.tr("In {year} ist für diese Maßnahme nichts ausgezahlt, das "
                                 "zurückfließen könnte.").format(year=self.info.year))
        self.hint.setText("\n".join(hints))

    def save(self) -> None:
        """Book (asking for the chair's override when a payment is refused) and close."""
        cents, problem = self._parsed()
        if problem or cents is None:
            self._validate()
            return
        year, on, reason = self.info.year, python_date(self.day), self.reason.text().strip()
        measure_id, user = self._measure_id, self._ctx.user

        def booking(session: Session, override: Override | None) -> list[uuid.UUID]:
            if self.kind == "payment":
                new = book_payment(session, measure_id=measure_id, year=year,
                                   amount_cents=cents, on=on, reason=reason, user=user,
                                   override=override)
            else:
                new = book_return(session, measure_id=measure_id, year=year,
                                  amount_cents=cents, on=on, reason=reason, user=user)
            return [new] if new else []

        try:
            self.entry_ids = book_with_override(
                self._ctx, self.windowTitle(), booking, region_id=self.info.region_id,
                parent=self, ask=self._ask, on_error=self._on_error)
        except BudgetError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
