"""Undoable edits of the area tree: one QUndoCommand per user action.

Each command runs a service function in its own short write transaction and publishes the
returned change set on the bus; it never touches widgets. The first execution happens in
:func:`push` *before* the command goes on the stack, so that a rule violation reaches the
caller as an exception (Qt would swallow an exception raised inside ``QUndoStack.push``). A
later undo or redo that fails (someone else changed the tree meanwhile) reports through
``on_error`` and marks the command obsolete, so the stack drops it instead of lying.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..services import areas
from ..services.changes import ChangeSet

if TYPE_CHECKING:
    from ..app import AppContext

# lupdate finds the strings of plain translate("Context", "…") calls.
translate = QCoreApplication.translate

ErrorHandler = Callable[[str], None]
Step = Callable[[Session], ChangeSet]


def describe_error(exc: Exception) -> str:
    """A German sentence for what went wrong in an area edit."""
    if isinstance(exc, areas.AreaError):
        return str(exc)
    if isinstance(exc, StaleDataError):
        return translate("AreaCommands",
                         "Das Gebiet wurde inzwischen von jemand anderem geändert. Die Ansicht "
                         "ist neu geladen; bitte die Änderung noch einmal vornehmen.")
    from .errors import database_problem  # a damaged or unreachable file, a refused save

    problem = database_problem(exc)
    if problem is not None:
        return problem
    return translate("AreaCommands",
                     "Die Änderung konnte nicht gespeichert werden: {error}").format(error=exc)


class AreaCommand(QUndoCommand):
    """Base: ``_do`` and ``_undo`` are service calls; the bus hears about every change."""

    def __init__(self, ctx: AppContext, text: str, on_error: ErrorHandler | None = None) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._on_error = on_error
        self._done_once = False

    def _do(self, session: Session) -> ChangeSet:
        raise NotImplementedError

    def _undo(self, session: Session) -> ChangeSet:
        raise NotImplementedError

    def _run(self, step: Step) -> None:
        with self._ctx.database.write() as session:
            changes = step(session)
        self._ctx.bus.publish(changes, None)

    def execute(self) -> None:
        """First execution, outside the stack: errors propagate to the caller."""
        self._run(self._do)
        self._done_once = True

    def _guarded(self, step: Step) -> None:
        try:
            self._run(step)
        except (areas.AreaError, SQLAlchemyError) as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(describe_error(exc))
            # The tree may be out of date with what is stored: let every view re-read it.
            self._ctx.bus.publish(ChangeSet.of(areas.KIND), None)

    def redo(self) -> None:
        """Qt calls this on push (already done by :meth:`execute`) and on every redo."""
        if self._done_once:
            self._done_once = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        """Take the edit back."""
        self._guarded(self._undo)


class RenameAreaCommand(AreaCommand):
    """Gebiet umbenennen."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, old_name: str, new_name: str,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, translate("AreaCommands", "Gebiet umbenennen"),
                         on_error)
        self.area_id, self.old_name, self.new_name = area_id, old_name, new_name

    def _do(self, session: Session) -> ChangeSet:
        return areas.rename_area(session, self.area_id, self.new_name)

    def _undo(self, session: Session) -> ChangeSet:
        return areas.rename_area(session, self.area_id, self.old_name)


class AddAreaCommand(AreaCommand):
    """Gebiet hinzufügen; undo deletes the new node, redo brings the same row back."""

    def __init__(self, ctx: AppContext, parent_id: uuid.UUID | None, level: str, name: str,
                 code: str | None, on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, translate("AreaCommands", "Gebiet hinzufügen"),
                         on_error)
        self.area_id = uuid.uuid4()
        self.parent_id, self.level, self.name, self.code = parent_id, level, name, code
        self._created = False

    def _do(self, session: Session) -> ChangeSet:
        if self._created:
            return areas.restore_area(session, self.area_id)
        changes = areas.add_area(session, self.parent_id, self.level, self.name, self.code,
                                 area_id=self.area_id)
        self._created = True
        return changes

    def _undo(self, session: Session) -> ChangeSet:
        return areas.remove_area(session, self.area_id)


class MoveAreaCommand(AreaCommand):
    """Gebiet verschieben."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, old_parent_id: uuid.UUID | None,
                 new_parent_id: uuid.UUID | None, on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, translate("AreaCommands", "Gebiet verschieben"),
                         on_error)
        self.area_id, self.old_parent_id, self.new_parent_id = area_id, old_parent_id, new_parent_id

    def _do(self, session: Session) -> ChangeSet:
        return areas.move_area(session, self.area_id, self.new_parent_id)

    def _undo(self, session: Session) -> ChangeSet:
        return areas.move_area(session, self.area_id, self.old_parent_id)


class RetireAreaCommand(AreaCommand):
    """Gebiet außer Dienst stellen (undo puts it back into service)."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, on: date,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, translate("AreaCommands", "Gebiet außer Dienst stellen"),
                         on_error)
        self.area_id, self.on = area_id, on

    def _do(self, session: Session) -> ChangeSet:
        return areas.retire_area(session, self.area_id, self.on)

    def _undo(self, session: Session) -> ChangeSet:
        return areas.unretire_area(session, self.area_id)


class UnretireAreaCommand(AreaCommand):
    """Gebiet wieder in Dienst stellen."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, retired_on: date,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(ctx, translate("AreaCommands", "Gebiet wieder in Dienst stellen"),
                         on_error)
        self.area_id, self.retired_on = area_id, retired_on

    def _do(self, session: Session) -> ChangeSet:
        return areas.unretire_area(session, self.area_id)

    def _undo(self, session: Session) -> ChangeSet:
        return areas.retire_area(session, self.area_id, self.retired_on)


def push(ctx: AppContext, command: AreaCommand) -> None:
    """Run ``command`` once and, when it succeeded, put it on the undo stack.

    Raises :class:`~sro_desktop.services.areas.AreaError` (German message) or a database error;
    then nothing changed and the stack is untouched.
    """
    command.execute()
    ctx.undo_stack.push(command)
