"""The edited state of one measure form and its undo commands.

The form edits a frozen :class:`MeasureData` by replacing fields. Every user edit is one
:class:`SetFieldCommand` on the form's own ``QUndoStack``; consecutive keystrokes in the same
field merge into one command until the field loses focus, so undo takes back one field change
at a time. Widgets never hold state of their own beyond what they show.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...services.measures import MeasureData
from .labels import field_text

__all__ = ["MeasureDocument", "SetFieldCommand"]

_MERGE_ID = 0x5EA5


class MeasureDocument(QObject):
    """Holds the measure being edited, the version it was read at and the undo stack."""

    field_changed = Signal(str)
    replaced = Signal()

    def __init__(self, data: MeasureData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = data
        self.data = data
        self.stack = QUndoStack(self)
        self._burst = 0

    def set_value(self, field: str, value: Any) -> None:
        """Set a field without an undo command (used by the commands themselves)."""
        if getattr(self.data, field) != value:
            self.data = dataclasses.replace(self.data, **{field: value})
            self.field_changed.emit(field)

    def edit(self, field: str, value: Any, *, key: str | None = None, text: str | None = None,
             mergeable: bool = False) -> None:
        """A user edit of ``field``: pushed as an undoable command (nothing when unchanged)."""
        old = getattr(self.data, field)
        if old == value:
            return
        label = text or QCoreApplication.translate("MeasureForm", "{label} ändern").format(
            label=field_text(field))
        self.stack.push(SetFieldCommand(self, field, old, value, label, key or field,
                                        self._burst if mergeable else None))

    def end_burst(self) -> None:
        """Keystrokes after this start a new command (called when a field loses focus)."""
        self._burst += 1

    def replace(self, data: MeasureData, *, clean: bool = True) -> None:
        """Load other data (after saving or reloading); clears the undo history when clean."""
        self.base = data
        self.data = data
        if clean:
            self.stack.clear()
        self.replaced.emit()

    def saved(self, data: MeasureData) -> None:
        """The data were saved as ``data``: keep the history, mark this state as clean."""
        self.base = data
        self.data = dataclasses.replace(data)
        self.stack.setClean()
        self.replaced.emit()


class SetFieldCommand(QUndoCommand):
    """Change one field of the measure (a whole child table counts as one field)."""

    def __init__(self, doc: MeasureDocument, field: str, old: Any, new: Any, text: str,
                 key: str, burst: int | None) -> None:
        super().__init__(text)
        self.doc = doc
        self.field = field
        self.old = old
        self.new = new
        self.key = key
        self.burst = burst

    def id(self) -> int:
        return _MERGE_ID if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand):
            return False
        if other.key != self.key or other.burst != self.burst or self.burst is None:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing left to undo
        return True

    def redo(self) -> None:
        self.doc.set_value(self.field, self.new)

    def undo(self) -> None:
        self.doc.set_value(self.field, self.old)
