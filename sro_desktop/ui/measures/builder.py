"""Builds labelled, bound form fields with a message line under each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .bindings import (
    Binding,
    CheckBinding,
    DateBinding,
    LineBinding,
    MoneyBinding,
    TextBinding,
    UndoKeyFilter,
)
from .document import MeasureDocument

__all__ = ["FieldBuilder", "message_label"]

ERROR_STYLE = "color: #b00020;"


def _t(text: str) -> str:
    """The form's translation context (hints and placeholders of the fields)."""
    return QCoreApplication.translate("MeasureForm", text)


def message_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, red, wrapping label for a field's rule message."""
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class FieldBuilder:
    """Creates widgets for document fields and remembers bindings, widgets and messages."""

    def __init__(self, doc: MeasureDocument, undo_filter: UndoKeyFilter,
                 on_parse_error: Callable[[str, str], None]) -> None:
        self.doc = doc
        self.undo_filter = undo_filter
        self.on_parse_error = on_parse_error
        self.bindings: list[Binding] = []
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}

    def _place(self, form: QFormLayout, field: str, label: str, widget: QWidget,
               binding: Binding, key: str | None = None) -> None:
        key = key or field
        widget.setObjectName(f"field_{key}")
        widget.setAccessibleName(label)
        widget.installEventFilter(self.undo_filter)
        holder = QWidget(widget.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = message_label(key, holder)
        box.addWidget(message)
        caption = QLabel(label + ":", holder.parentWidget())
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        self.widgets.setdefault(key, widget)
        self.messages.setdefault(key, message)
        self.bindings.append(binding)
        binding.parse_error.connect(self.on_parse_error)
        binding.refresh()

    def line(self, form: QFormLayout, parent: QWidget, field: str, label: str,
             placeholder: str = "", max_length: int | None = None) -> QLineEdit:
        """A one-line text field."""
        widget = QLineEdit(parent)
        widget.setPlaceholderText(placeholder)
        if max_length:
            widget.setMaxLength(max_length)
        self._place(form, field, label, widget, LineBinding(self.doc, field, widget, label))
        return widget

    def text(self, form: QFormLayout, parent: QWidget, field: str, label: str,
             index: int | None = None, height: int = 80) -> QPlainTextEdit:
        """A multi-line text field (``index`` for one item of a tuple field)."""
        widget = QPlainTextEdit(parent)
        # Fixed height: an expanding text box would swallow the page's spare room. The policy
        # must say so too: with its default "Expanding" the form row still claims the spare
        # room of a short page, and the box sits in the middle of it, below its caption.
        widget.setFixedHeight(height)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key = field if index is None else f"{field}_{index + 1}"
        self._place(form, field, label, widget,
                    TextBinding(self.doc, field, widget, label, index), key)
        return widget

    def money(self, form: QFormLayout, parent: QWidget, field: str, label: str) -> QLineEdit:
        """A German money field."""
        widget = QLineEdit(parent)
        widget.setPlaceholderText("0,00")
        widget.setMaximumWidth(180)
        widget.setToolTip(_t("Betrag in Euro, z. B. 12.480,00 oder 12480"))
        self._place(form, field, label + " (€)", widget,
                    MoneyBinding(self.doc, field, widget, label))
        return widget

    def date(self, form: QFormLayout, parent: QWidget, field: str, label: str) -> QLineEdit:
        """A German date field."""
        widget = QLineEdit(parent)
        # The input stays German (day.month.year) in every language; only the hint is translated.
        widget.setPlaceholderText(_t("TT.MM.JJJJ"))
        widget.setMaximumWidth(140)
        self._place(form, field, label, widget, DateBinding(self.doc, field, widget, label))
        return widget

    def check(self, form: QFormLayout, parent: QWidget, field: str, label: str,
              text: str) -> QCheckBox:
        """A yes/no field with its own text."""
        widget = QCheckBox(text, parent)
        self._place(form, field, label, widget, CheckBinding(self.doc, field, widget, label))
        return widget
