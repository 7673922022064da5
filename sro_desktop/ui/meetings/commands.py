"""Undo for the meeting editor: one command per user action, German text, the write done by
the services (never by widgets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

Apply = Callable[[Callable[[Session], Any]], bool]


class WriteCommand(QUndoCommand):
    """A write already done (``do``) and how to take it back (``undo``).

    The first ``redo`` that ``QUndoStack.push`` calls does nothing: the action ran before the
    command was pushed, so that a refused write never lands on the stack.
    """

    def __init__(
        self,
        text: str,
        apply: Apply,
        do: Callable[[Session], Any],
        undo: Callable[[Session], Any],
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._do = do
        self._undo = undo
        self._pushed = False

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
