"""Saving the measure form with optimistic concurrency (a mixin of
:class:`~.form.MeasureForm`): rule messages that block a save, a stale version or a change
made elsewhere meanwhile open the conflict dialog (reload, overwrite or keep editing).

"Überschreiben" is a three-way merge (:func:`~sro_desktop.services.measures.diff.merge`): this
user's changes go onto the stored version, the other person's changes to other fields stay.
The merged data carry the stored version number, so a third save in between is caught again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ...services import measures as services
from ...services.measures import AreaInfo, Issue, MeasureData
from ...services.measures.diff import merge
from ..errors import database_problem
from .conflict import ConflictDialog

if TYPE_CHECKING:
    from ...app import AppContext
    from .document import MeasureDocument
    from .form_sync import FormSync
    from .pages import FormPages

__all__ = ["FormSaving"]


def _tr(text: str) -> str:
    # The form's translation context: the strings belong to MeasureForm for translators.
    return QCoreApplication.translate("MeasureForm", text)


class FormSaving:
    """Mixin: save, reload and resolve conflicts."""

    # Provided by MeasureForm:
    ctx: AppContext
    doc: MeasureDocument
    pages: FormPages
    sync: FormSync
    areas: Mapping[uuid.UUID, AreaInfo]
    parse_errors: dict[str, str]
    issues: tuple[Issue, ...]
    conflict_dialog: ConflictDialog
    refresh_money: Callable[[], None]

    def save(self) -> bool:
        """Save; True when the data are stored (a stale version asks reload or overwrite)."""
        if self.parse_errors:
            self._warn(_tr("Speichern nicht möglich"), "\n".join(self.parse_errors.values()))
            return False
        blockers = services.save_blockers(self.issues)
        if blockers:
            self._warn(_tr("Speichern nicht möglich"), "\n".join(i.message for i in blockers))
            return False
        if self.sync.pending:
            # Changed elsewhere meanwhile: show the differences first, also for changes that
            # left the version alone (links written by code that does not bump it).
            return self.resolve_conflict(self.sync.message())
        return self._save()

    def _save(self, data: MeasureData | None = None, base: MeasureData | None = None) -> bool:
        """Save ``data`` (default: the form's), edited from ``base`` (default: the version the
        form read)."""
        try:
            with self.ctx.database.write() as s:
                result = services.save_measure(
                    s, self.doc.data if data is None else data, user=self.ctx.user,
                    base=self.doc.base if base is None else base)
        except services.ConcurrentEditError as exc:
            return self.resolve_conflict(str(exc))
        except (services.MeasureValidationError, services.MeasureNotFoundError) as exc:
            self._warn(_tr("Speichern nicht möglich"), str(exc))
            return False
        except Exception as exc:
            # A damaged or unreachable file or a refused save: German, no SQL; the form keeps
            # its text. Anything else is a program error for the error dialog and the log.
            problem = database_problem(exc)
            if problem is None:
                raise
            self._warn(_tr("Speichern nicht möglich"), problem)
            return False
        with self.ctx.database.session() as s:
            saved = services.load_measure(s, result.id)
        self.doc.saved(saved)
        if result.changes.changed:
            self.ctx.bus.publish(result.changes, initiator=self)
        return True

    def resolve_conflict(self, message: str) -> bool:
        """Show the differences to the stored version; reload, overwrite or keep editing.
        True when the form's version was saved."""
        assert self.doc.data.id is not None
        try:
            with self.ctx.database.session() as s:
                theirs = services.load_measure(s, self.doc.data.id)
        except services.MeasureNotFoundError as exc:
            self._warn(_tr("Speichern nicht möglich"), str(exc))
            return False
        names = {i: a.label for i, a in self.areas.items()}
        names.update({o.id: o.name for o in self.pages.organizations})
        merged = merge(self.doc.base, self.doc.data, theirs)
        diffs = services.differences(self.doc.base, self.doc.data, theirs, names, merged)
        parent: Any = self
        dialog = ConflictDialog(message, diffs, parent)
        self.conflict_dialog = dialog
        dialog.exec()
        if dialog.choice == "reload":
            self.doc.replace(theirs)
            self.refresh_money()
            return False
        if dialog.choice == "overwrite":
            return self._save(merged.data, base=theirs)
        return False

    def _warn(self, title: str, text: str) -> None:
        parent: Any = self
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        box.setObjectName("measureWarning")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def reload(self) -> None:
        """Read the measure again from the database (drops unsaved changes)."""
        if self.doc.data.id is None:
            return
        with self.ctx.database.session() as s:
            self.doc.replace(services.load_measure(s, self.doc.data.id))
