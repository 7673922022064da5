"""The base of the small forms of the minutes: a form layout, a data-protection hint, a message
line that names the field and the rule, Save/Cancel, and Ctrl+Enter to save from any field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .privacy_hint import PrivacyHint


def find_data(combo: QComboBox, value: object) -> int:
    """The row of ``value`` in a combo box, compared by equality (``QComboBox.findData``
    compares Python objects by identity, so an equal UUID would not be found)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def qdate(value: date) -> QDate:
    """A Python date as QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A QDate as Python date."""
    return date(value.year(), value.month(), value.day())


def form_locale() -> QLocale:
    """The locale of date fields: German (Germany) in the German interface, whatever language
    the system has ("Di., 14.01.2025", never "Tue"); in another interface the locale its
    catalogue names in place of "de_DE" (the English one says "en_US")."""
    name = QCoreApplication.translate("DateFields", "de_DE")
    if name == "de_DE":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(name)


def date_edit(name: str, value: date | None = None, *,
              display: str = "dd.MM.yyyy") -> QDateEdit:
    """A date field with calendar popup in :func:`form_locale` (weekday and month names of
    the field and of its calendar follow the interface, not the system)."""
    edit = QDateEdit(qdate(value)) if value is not None else QDateEdit()
    edit.setObjectName(name)
    edit.setLocale(form_locale())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    return edit


def fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough that the placeholder text shows in full."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)


def fit_date(edit: QLineEdit) -> None:
    """As wide as a date (or the "TT.MM.JJJJ" placeholder) needs, not the whole row."""
    metrics = edit.fontMetrics()
    text = max(("00.00.0000 ", edit.placeholderText() + " "), key=metrics.horizontalAdvance)
    edit.setFixedWidth(metrics.horizontalAdvance(text) + 20)


def text_box(text: str, name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text in a form; Tab moves on to the next field."""
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class FormDialog(QDialog):
    """A form with a message line and Save/Cancel; Ctrl+Enter accepts from anywhere.

    ``commit``, when set, stores the input on Save and returns the German refusal (or None):
    a refused input keeps the dialog open with what was typed, instead of closing it and
    showing the refusal elsewhere.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commit: Callable[[], str | None] | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        # Free text of the minutes is watched for private addresses and phone numbers.
        self.privacy = PrivacyHint("dialogPrivacyWarning", parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Speichern"))
        ok.setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.privacy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def show_message(self, text: str) -> None:
        """Show why the input cannot be saved (the dialog stays open)."""
        self.message.setText(text)
        self.message.show()

    def check(self) -> str | None:
        """Why the input is not acceptable (None when it is)."""
        return None

    def accept(self) -> None:
        """Accept only valid input; with a ``commit`` set, only once it was stored."""
        problem = self.check() or (self.commit() if self.commit is not None else None)
        if problem:
            self.show_message(problem)
            return
        super().accept()
