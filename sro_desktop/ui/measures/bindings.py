"""Two-way bindings between form widgets and the :class:`MeasureDocument`.

A user edit becomes a document edit (an undo command); a document change (undo, redo,
reload) updates the widget without echoing back. Money and date fields parse German input
and report what they cannot read through ``parse_error``; the document keeps the last
readable value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...services.formatting import format_date, parse_date
from ...services.money import format_cents, parse_money
from .document import MeasureDocument

__all__ = [
    "Binding",
    "CheckBinding",
    "ComboBinding",
    "DateBinding",
    "LineBinding",
    "MoneyBinding",
    "TextBinding",
    "UndoKeyFilter",
]


def _t(text: str) -> str:
    """The measure form's translation context."""
    return QCoreApplication.translate("MeasureForm", text)


class UndoKeyFilter(QObject):
    """Sends Ctrl+Z / Ctrl+Y in text fields to the form's undo stack, not the field's own."""

    def __init__(self, doc: MeasureDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            undo = event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
            redo = event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
            if undo or redo:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.doc.end_burst()
                    (self.doc.stack.undo if undo else self.doc.stack.redo)()
                return True
        if kind == QEvent.Type.FocusOut:
            self.doc.end_burst()
        return False


class Binding(QObject):
    """Base: one widget bound to one document field (or one item of a tuple field)."""

    parse_error = Signal(str, str)  # field, message ("" when readable again)

    def __init__(self, doc: MeasureDocument, field: str, widget: QWidget,
                 label: str, index: int | None = None) -> None:
        super().__init__(widget)
        self.doc = doc
        self.field = field
        self.widget = widget
        self.label = label
        self.index = index
        self._updating = False
        doc.field_changed.connect(self._on_field_changed)
        doc.replaced.connect(self.refresh)

    @property
    def key(self) -> str:
        """Merge key: the field, or the field and item for tuple fields."""
        return self.field if self.index is None else f"{self.field}[{self.index}]"

    def value(self) -> Any:
        """The document's value for this binding."""
        value = getattr(self.doc.data, self.field)
        return value if self.index is None else value[self.index]

    def push(self, value: Any, mergeable: bool = True) -> None:
        """Send a user edit to the document."""
        if self._updating:
            return
        if self.index is not None:
            items = list(getattr(self.doc.data, self.field))
            items[self.index] = value
            value = tuple(items)
        self.doc.edit(self.field, value, key=self.key, mergeable=mergeable,
                      text=_t("{label} ändern").format(label=self.label))

    def _on_field_changed(self, field: str) -> None:
        if field == self.field:
            self.refresh()

    def refresh(self) -> None:
        """Show the document's value (without sending an edit back)."""
        self._updating = True
        try:
            self.show_value(self.value())
        finally:
            self._updating = False

    def show_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        """Read-only when the state locks the field."""
        self.widget.setEnabled(editable)


class LineBinding(Binding):
    """A one-line text field."""

    def __init__(self, doc: MeasureDocument, field: str, widget: QLineEdit, label: str) -> None:
        super().__init__(doc, field, widget, label)
        self.line = widget
        widget.textEdited.connect(lambda text: self.push(text))

    def show_value(self, value: Any) -> None:
        if self.line.text() != value:
            self.line.setText(value)

    def set_editable(self, editable: bool) -> None:
        self.line.setReadOnly(not editable)


class TextBinding(Binding):
    """A multi-line text field (its own undo is off: the form's stack undoes)."""

    def __init__(self, doc: MeasureDocument, field: str, widget: QPlainTextEdit, label: str,
                 index: int | None = None) -> None:
        super().__init__(doc, field, widget, label, index)
        self.text = widget
        widget.setUndoRedoEnabled(False)
        widget.setTabChangesFocus(True)
        widget.textChanged.connect(lambda: self.push(self.text.toPlainText()))

    def show_value(self, value: Any) -> None:
        if self.text.toPlainText() != value:
            self.text.setPlainText(value)

    def set_editable(self, editable: bool) -> None:
        self.text.setReadOnly(not editable)


class _ParsedBinding(Binding):
    """A line edit whose text is parsed into the field's value."""

    def __init__(self, doc: MeasureDocument, field: str, widget: QLineEdit, label: str) -> None:
        super().__init__(doc, field, widget, label)
        self.line = widget
        widget.textEdited.connect(self._on_edited)
        widget.editingFinished.connect(self._on_finished)

    def parse(self, text: str) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def render(self, value: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _on_edited(self, text: str) -> None:
        try:
            value = self.parse(text)
        except ValueError as exc:
            self.parse_error.emit(self.field, str(exc))
            return
        self.parse_error.emit(self.field, "")
        self.push(value)

    def _on_finished(self) -> None:
        """Show the canonical form once the user leaves a readable field."""
        try:
            value = self.parse(self.line.text())
        except ValueError:
            return
        if value == self.value():
            self.refresh_text(force=True)

    def refresh_text(self, force: bool = False) -> None:
        """Re-render the value, unless the text already reads as it (keeps the cursor)."""
        try:
            same = self.parse(self.line.text()) == self.value()
        except ValueError:
            same = False
        if force or not same:
            text = self.render(self.value())
            if text != self.line.text():
                self._updating = True
                try:
                    self.line.setText(text)
                finally:
                    self._updating = False
            self.parse_error.emit(self.field, "")

    def show_value(self, value: Any) -> None:
        self.refresh_text()

    def set_editable(self, editable: bool) -> None:
        self.line.setReadOnly(not editable)


class MoneyBinding(_ParsedBinding):
    """German money input (``12.480,00``, ``12480``, ``12.480 €``); empty is 0."""

    def parse(self, text: str) -> int:
        return 0 if not text.strip() else parse_money(text, field=self.label)

    def render(self, value: Any) -> str:
        return format_cents(int(value), symbol=False) if value else ""


class DateBinding(_ParsedBinding):
    """German date input (``1.2.2025`` or ``01.02.2025``); empty is no date."""

    def parse(self, text: str) -> date | None:
        if not text.strip():
            return None
        try:
            return parse_date(text)
        except (ValueError, TypeError):
            raise ValueError(_t("{label}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).")
                             .format(label=self.label, text=text)) from None

    def render(self, value: Any) -> str:
        return format_date(value)


class CheckBinding(Binding):
    """A yes/no field."""

    def __init__(self, doc: MeasureDocument, field: str, widget: QCheckBox, label: str) -> None:
        super().__init__(doc, field, widget, label)
        self.box = widget
        widget.toggled.connect(lambda on: self.push(bool(on), mergeable=False))

    def show_value(self, value: Any) -> None:
        if self.box.isChecked() != bool(value):
            self.box.setChecked(bool(value))


class ComboBinding(Binding):
    """A choice among items whose ``userData`` is the value as text (e.g. organisation ids);
    ``convert`` turns the text back into the value (None for the empty first item)."""

    def __init__(self, doc: MeasureDocument, field: str, widget: QComboBox, label: str,
                 convert: Callable[[str], Any]) -> None:
        super().__init__(doc, field, widget, label)
        self.combo = widget
        self.convert = convert
        widget.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        self.push(self.convert(data) if data else None, mergeable=False)

    def show_value(self, value: Any) -> None:
        index = self.combo.findData(str(value)) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
