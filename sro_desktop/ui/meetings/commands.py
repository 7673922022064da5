"""Undo for the meeting editor: one command per user action, German text, the write done by
the services (never by widgets).

Some actions stop being undoable later: closed minutes can be reopened until they are approved,
never after. Such a command carries a ``key``; :func:`end_undo` makes the commands with that key
obsolete, and an obsolete command on top of the stack is dropped at once, so that the window
never offers "Rückgängig: Protokoll abschließen" for minutes that are approved meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

Apply = Callable[[Callable[[Session], Any]], bool]
_PRUNING = "sroPrunesObsolete"


class WriteCommand(QUndoCommand):
    """A write already done (``do``) and how to take it back (``undo``).

    The first ``redo`` that ``QUndoStack.push`` calls does nothing: the action ran before the
    command was pushed, so that a refused write never lands on the stack. ``key`` names what
    the command depends on (``("close", meeting_id)``) for :func:`end_undo`.
    """

    def __init__(
        self,
        text: str,
        apply: Apply,
        do: Callable[[Session], Any],
        undo: Callable[[Session], Any],
        *,
        key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._do = do
        self._undo = undo
        self._pushed = False
        self.key = key

    def redo(self) -> None:
        """Repeat the action (not on the push itself)."""
        if not self._pushed:
            self._pushed = True
            return
        if not self._apply(self._do):
            self.setObsolete(True)

    def undo(self) -> None:
        """Take the action back."""
        if not self._apply(self._undo):
            self.setObsolete(True)


def drop_obsolete(stack: QUndoStack) -> None:
    """Remove obsolete commands from the top of the undo side. ``QUndoStack.undo`` deletes an
    obsolete command without calling its ``undo``, which is exactly a removal."""
    while stack.index() > 0:
        command = stack.command(stack.index() - 1)
        if command is None or not command.isObsolete():
            return
        stack.undo()


class _Pruner(QObject):
    """A child of the stack (so the connection ends with the stack) that prunes it."""

    def __init__(self, stack: QUndoStack) -> None:
        super().__init__(stack)
        self.setObjectName(_PRUNING)
        stack.indexChanged.connect(self._on_index_changed)

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        stack = self.parent()
        if isinstance(stack, QUndoStack):
            drop_obsolete(stack)


def install_pruning(stack: QUndoStack) -> None:
    """Drop obsolete commands whenever they reach the top (once per stack)."""
    if stack.findChild(_Pruner, _PRUNING) is None:
        _Pruner(stack)


def end_undo(stack: QUndoStack, key: Hashable) -> int:
    """Make the commands with ``key`` obsolete (they can no longer be taken back) and drop
    those on top; returns how many there were. Obsolete commands further down are dropped
    when the undo steps above them reach them (:func:`install_pruning`)."""
    found = 0
    for row in range(stack.count()):
        command = stack.command(row)
        if isinstance(command, WriteCommand) and command.key == key:
            command.setObsolete(True)
            found += 1
    if found:
        drop_obsolete(stack)
    return found
