"""Undoable budget actions. The ledger is append-only, so undo books correcting entries.

A command runs its booking once in :meth:`LedgerCommand.execute` *before* it goes on the undo
stack, so that a refusal (``BudgetExceededError``) reaches the dialog as an exception. Undo
books a correction of each entry with the opposite amount ("Rückgängig: …"); redo corrects
those corrections. If an undo or redo is refused (the money is bound meanwhile), the command
reports the German message and becomes obsolete.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ...models import BudgetEntry
from ...services.budget import BudgetError, book_correction
from ...services.changes import ChangeSet

if TYPE_CHECKING:
    from ...app import AppContext

Booking = Callable[[Session], list[uuid.UUID]]
ErrorHandler = Callable[[str], None]

# Kinds a budget change touches, for the change bus.
KIND = "budget_entries"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BudgetCommands", text)


class LedgerCommand(QUndoCommand):
    """One budget action (Budget festlegen, Rest übertragen …) as an undoable command."""

    def __init__(self, ctx: AppContext, text: str, booking: Booking,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._booking = booking
        self._on_error = on_error
        self._ids: list[uuid.UUID] = []
        self._done_once = False

    @property
    def entry_ids(self) -> list[uuid.UUID]:
        """The entries of the last step (booking, undo or redo)."""
        return list(self._ids)

    def execute(self) -> list[uuid.UUID]:
        """First run, outside the stack: a refusal propagates to the caller."""
        with self._ctx.database.write() as session:
            self._ids = self._booking(session)
        self._done_once = True
        self._ctx.bus.publish(ChangeSet.of(KIND, *self._ids), None)
        return self.entry_ids

    def _reverse(self, label: str) -> None:
        try:
            with self._ctx.database.write() as session:
                new: list[uuid.UUID] = []
                for entry_id in self._ids:
                    entry = session.get(BudgetEntry, entry_id)
                    if entry is None:
                        continue
                    fix = book_correction(session, entry_id=entry_id,
                                          amount_cents=-entry.amount_cents,
                                          reason=f"{label}: {self.text()}")
                    if fix is not None:
                        new.append(fix)
            self._ids = new
            self._ctx.bus.publish(ChangeSet.of(KIND, *new), None)
        except (BudgetError, SQLAlchemyError) as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))
            self._ctx.bus.publish(ChangeSet.of(KIND), None)

    def redo(self) -> None:
        """Qt calls this on push (already done by :meth:`execute`) and on every redo."""
        if self._done_once:
            self._done_once = False
            return
        self._reverse(_tr("Wiederhergestellt"))

    def undo(self) -> None:
        """Book correcting entries that cancel the action."""
        self._reverse(_tr("Rückgängig"))


def run_command(ctx: AppContext, command: LedgerCommand) -> list[uuid.UUID]:
    """Execute the command (errors propagate) and put it on the undo stack."""
    ids = command.execute()
    if ids:
        ctx.undo_stack.push(command)
    return ids
