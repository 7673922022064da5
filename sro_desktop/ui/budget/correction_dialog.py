"""Korrektur buchen: a new ledger entry that corrects an earlier one (append-only ledger).

The user types the *right* amount; the dialog books the difference to the amount after all
earlier corrections, with ``corrects_id`` and a reason, through an undoable command. A
correction that would overdraw the year is refused unless the chair allows it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import BudgetError, EntryDetail, Override, book_correction, entry_detail
from ...services.formatting import format_date
from ...services.money import MoneyError, format_cents, parse_money
from .form_bits import (
    OverrideAsker,
    book_with_override,
    fit_width,
    heading,
    message_label,
    money_edit,
)
from .labels import figure_label_text, kind_label_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...app import AppContext


class CorrectionDialog(QDialog):
    """Shows the entry and books the difference to the amount the user says is right."""

    def __init__(self, ctx: AppContext, entry_id: uuid.UUID, parent: QWidget | None = None, *,
                 ask_override: OverrideAsker | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetCorrectionDialog")
        self.setWindowTitle(self.tr("Korrektur buchen"))
        self.setAccessibleName(self.tr("Korrektur buchen"))
        self._ctx, self._entry_id = ctx, entry_id
        self._ask, self._on_error = ask_override, on_error
        with ctx.database.session() as session:
            self.detail: EntryDetail = entry_detail(session, entry_id)
        self.entry_ids: list[uuid.UUID] = []
        row = self.detail.row
        kind = kind_label_text(row.kind_label)
        info = QFormLayout()
        for caption, text in (
            (self.tr("Buchung:"), self.tr("{kind} vom {date}").format(
                kind=kind, date=format_date(row.on))),
            (self.tr("Haushalt:"), f"{row.region} {row.year} – "
                                   f"{figure_label_text(self.detail.figure_label)}"),
            (self.tr("Maßnahme:"), row.measure or self.tr("ohne Maßnahme")),
            (self.tr("Begründung:"), row.reason or "–"),
            (self.tr("Gebuchter Betrag:"), format_cents(row.amount)),
            (self.tr("Mit Korrekturen:"), self._effective_text()),
        ):
            value = QLabel(text)
            value.setTextFormat(Qt.TextFormat.PlainText)  # measure and reason are user text
            value.setWordWrap(True)
            value.setAccessibleName(f"{caption.rstrip(':')} {text}")
            info.addRow(caption, value)
        self.amount = money_edit("budgetCorrectionAmount", self.tr("Richtiger Betrag in Euro"),
                                 format_cents(self.detail.effective, symbol=False))
        self.delta = QLabel()
        self.delta.setObjectName("budgetCorrectionDelta")
        self.delta.setAccessibleName(self.tr("Korrekturbuchung"))
        self.reason = QLineEdit()
        self.reason.setObjectName("budgetCorrectionReason")
        self.reason.setAccessibleName(self.tr("Begründung der Korrektur"))
        self.reason.setPlaceholderText(self.tr("z. B. Zahlendreher in der Auszahlung vom …"))
        form = QFormLayout()
        form.addRow(self.tr("&Richtiger Betrag (€):"), self.amount)
        form.addRow(self.tr("Korrekturbuchung:"), self.delta)
        form.addRow(self.tr("Be&gründung:"), self.reason)
        self.error = message_label("budgetCorrectionError", self.tr("Fehler der Korrektur"),
                                   error=True)
        note = message_label("budgetCorrectionNote", self.tr("Hinweis zur Korrektur"))
        note.setText(self.tr("Die Buchung selbst bleibt unverändert: Die Korrektur ist eine "
                             "neue Buchung über die Differenz, die auf sie verweist."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Korrektur buchen"))
        self.save_button.setObjectName("budgetCorrectionSave")
        self.save_button.setAccessibleName(self.tr("Korrektur buchen"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Korrektur einer Buchung"), "budgetCorrectionTitle"))
        layout.addLayout(info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.amount.textChanged.connect(self._validate)
        self.reason.textChanged.connect(self._validate)
        self._validate()
        fit_width(self, 540)
        self.amount.setFocus()
        self.amount.selectAll()

    def _effective_text(self) -> str:
        count = self.detail.corrections
        if not count:
            return self.tr("{amount} (noch nicht korrigiert)").format(
                amount=format_cents(self.detail.effective))
        return self.tr("{amount} ({count} Korrektur(en))").format(
            amount=format_cents(self.detail.effective), count=count)

    def difference(self) -> tuple[int | None, str]:
        """The amount to book (right amount − amount after corrections), or the problem."""
        field = self.tr("Richtiger Betrag")
        try:
            right = parse_money(self.amount.text(), field=field)
        except MoneyError as exc:
            return None, str(exc)
        sign = self.detail.sign
        if sign > 0 and right < 0:
            return None, self.tr("{field}: Buchungen der Art „{kind}“ sind nie negativ.").format(
                field=field, kind=kind_label_text(self.detail.row.kind_label))
        if sign < 0 and right > 0:
            return None, self.tr("{field}: Buchungen der Art „{kind}“ sind nie positiv.").format(
                field=field, kind=kind_label_text(self.detail.row.kind_label))
        delta = right - self.detail.effective
        if delta == 0:
            return 0, self.tr("{field}: unverändert (nichts zu korrigieren).").format(
                field=field)
        if not self.reason.text().strip():
            return delta, self.tr("Begründung: Eine Korrektur braucht eine Begründung "
                                  "(Pflichtfeld).")
        return delta, ""

    def _validate(self) -> None:
        delta, problem = self.difference()
        self.delta.setText("–" if delta is None else
                           ("+" if delta > 0 else "") + format_cents(delta))
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)

    def save(self) -> None:
        """Book the correction (asking for an override when it is refused) and close."""
        delta, problem = self.difference()
        if problem or not delta:
            self._validate()
            return
        entry_id, reason, user = self._entry_id, self.reason.text().strip(), self._ctx.user

        def booking(session: Session, override: Override | None) -> list[uuid.UUID]:
            new = book_correction(session, entry_id=entry_id, amount_cents=delta,
                                  reason=reason, user=user, override=override)
            return [new] if new else []

        try:
            self.entry_ids = book_with_override(
                self._ctx, self.tr("Korrektur buchen"), booking,
                region_id=self.detail.region_id, parent=self, ask=self._ask,
                on_error=self._on_error)
        except BudgetError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
