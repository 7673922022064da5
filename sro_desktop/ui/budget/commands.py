"""Undoable budget actions. The ledger is append-only, so undo books correcting entries.

The year split of a measure is planning data, not a ledger entry: :class:`SplitCommand`
restores the previous shares on undo (and removes a first period it created). The database
setting "Rest übertragen erlaubt" is switched back on undo (:class:`CarryOverSettingCommand`);
every switch is in the audit log.

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
from ...services.budget import (
    BudgetError,
    SplitError,
    book_correction,
    remove_planning_period,
    save_split,
    set_carry_over_allowed,
)
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


class CarryOverSettingCommand(QUndoCommand):
    """Rest übertragen erlaubt: switch the database setting (undo switches it back)."""

    def __init__(self, ctx: AppContext, allowed: bool,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(_tr("Rest übertragen erlaubt") if allowed
                         else _tr("Rest übertragen nicht erlaubt"))
        self._ctx = ctx
        self._allowed = allowed
        self._on_error = on_error
        self._done_once = False

    def execute(self) -> bool:
        """First run, outside the stack: True when the setting changed."""
        changed = self._switch(self._allowed)
        self._done_once = True
        return changed

    def _switch(self, allowed: bool) -> bool:
        with self._ctx.database.write() as session:
            changed = set_carry_over_allowed(session, allowed, user=self._ctx.user)
        self._ctx.bus.publish(ChangeSet.of("settings"), None)
        return changed

    def _guarded(self, allowed: bool) -> None:
        try:
            self._switch(allowed)
        except SQLAlchemyError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))

    def redo(self) -> None:
        """Qt calls this on push (already done by :meth:`execute`) and on every redo."""
        if self._done_once:
            self._done_once = False
            return
        self._guarded(self._allowed)

    def undo(self) -> None:
        """Switch the setting back."""
        self._guarded(not self._allowed)


Shares = dict[int, int] | None


class SplitCommand(QUndoCommand):
    """Aufteilung auf Haushaltsjahre: the hand-set split of one period (None: pro rata)."""

    def __init__(self, ctx: AppContext, measure_id: uuid.UUID, period_id: uuid.UUID | None,
                 before: Shares, after: Shares, on_error: ErrorHandler | None = None) -> None:
        super().__init__(_tr("Aufteilung auf Haushaltsjahre"))
        self._ctx = ctx
        self._measure_id = measure_id
        self._period_id = period_id
        self._before, self._after = before, after
        self._on_error = on_error
        self._created = False
        self._done_once = False

    @property
    def period_id(self) -> uuid.UUID | None:
        """The period the split belongs to now (None after undoing its creation)."""
        return self._period_id

    def execute(self) -> None:
        """First run, outside the stack: a refusal (``SplitError``) propagates to the dialog."""
        self._save(self._after)
        self._done_once = True

    def _save(self, shares: Shares) -> None:
        with self._ctx.database.write() as session:
            saved = save_split(session, measure_id=self._measure_id,
                               period_id=self._period_id, shares=shares)
        self._period_id = saved.period_id
        self._created = self._created or saved.created
        self._publish()

    def _publish(self) -> None:
        ids = frozenset({self._period_id} if self._period_id else ())
        self._ctx.bus.publish(ChangeSet({"year_shares": frozenset(), "measure_periods": ids}),
                              None)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (BudgetError, SplitError, SQLAlchemyError) as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))
            self._publish()

    def _undo_step(self) -> None:
        if self._created and self._period_id is not None:
            with self._ctx.database.write() as session:
                removed = remove_planning_period(session, self._period_id)
            period = self._period_id
            if removed:
                self._period_id = None
            else:  # an agreement took the period over meanwhile: it stays, pro rata
                self._created = False
            self._ctx.bus.publish(ChangeSet({"year_shares": frozenset(),
                                             "measure_periods": frozenset({period})}), None)
            return
        self._save(self._before)

    def redo(self) -> None:
        """Qt calls this on push (already done by :meth:`execute`) and on every redo."""
        if self._done_once:
            self._done_once = False
            return
        self._guarded(lambda: self._save(self._after))

    def undo(self) -> None:
        """Put the previous split back."""
        self._guarded(self._undo_step)
