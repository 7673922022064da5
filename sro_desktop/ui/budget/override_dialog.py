"""The override dialog: the chair of the Lenkungsgruppe allows an overdraft, with a reason.

There is no login; the dialog asks which chair (or deputy chair) of the region's Lenkungsgruppe
authorises, and the reason. Both go into the ledger entry and the audit log.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import BudgetExceededError, ChairOption, Override, override_chairs
from .labels import chair_text

if TYPE_CHECKING:
    from ...app import AppContext


class OverrideDialog(QDialog):
    """Asks for the authorising chair and the reason of an overdraft."""

    def __init__(self, ctx: AppContext, region_id: uuid.UUID, message: str,
                 parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetOverrideDialog")
        self.setWindowTitle(self.tr("Budget überschreiten?"))
        self.setAccessibleName(self.tr("Budgetüberschreitung zulassen"))
        # Offered are exactly the chairs the ledger accepts (the booking's date or today).
        with ctx.database.session() as session:
            self._chairs: list[ChairOption] = override_chairs(
                session, region_id, () if on is None else (on,))
        problem = QLabel(message)
        problem.setObjectName("overrideMessage")
        problem.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes user names
        problem.setWordWrap(True)
        problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        rule = QLabel(self.tr(
            "Nur der Vorsitz (oder die Stellvertretung) der Lenkungsgruppe kann eine "
            "Überschreitung ausdrücklich zulassen. Begründung und Name werden im Haushaltsbuch "
            "und im Änderungsprotokoll vermerkt."))
        rule.setWordWrap(True)
        self.chair = QComboBox()
        self.chair.setObjectName("overrideChair")
        self.chair.setAccessibleName(self.tr("Genehmigt von"))
        for option in self._chairs:
            # The stored override keeps the German label (option.label); only the choice
            # shown here follows the language.
            self.chair.addItem(chair_text(option.name, option.role), str(option.person_id))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Begründung der Überschreitung"))
        self.reason.setPlaceholderText(self.tr("Warum darf das Budget überschritten werden?"))
        self.reason.setFixedHeight(80)
        self.hint = QLabel()
        self.hint.setObjectName("overrideHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Genehmigt von:"), self.chair)
        form.addRow(self.tr("Begründung:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Überschreitung zulassen"))
        ok.setObjectName("overrideAccept")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(problem)
        layout.addWidget(rule)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._validate)
        self.resize(520, self.sizeHint().height())
        self._validate()

    def _validate(self) -> None:
        if not self._chairs:
            text = self.tr("Vorsitz: Für diese Lenkungsgruppe ist kein Vorsitz eingetragen; "
                           "ohne Vorsitz ist keine Überschreitung möglich.")
        elif not self.reason.toPlainText().strip():
            text = self.tr("Begründung: Bitte eine Begründung eingeben (Pflichtfeld).")
        else:
            text = ""
        self.hint.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def override(self) -> Override | None:
        """The override the user entered, or None when it is incomplete."""
        reason = self.reason.toPlainText().strip()
        index = self.chair.currentIndex()
        if not reason or index < 0:
            return None
        option = self._chairs[index]
        return Override(reason, option.label, option.person_id)


def ask_override(ctx: AppContext, region_id: uuid.UUID, error: BudgetExceededError,
                 parent: QWidget | None = None, *, on: date | None = None) -> Override | None:
    """Show the refusal and ask for an override; None when the user cancels. ``on`` is the
    booking's date: its chairs are offered besides today's."""
    dialog = OverrideDialog(ctx, region_id, str(error), parent, on=on)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.override()
