"""Deleting a planned meeting from its editor: asked for, a tombstone, undoable.

Only a meeting that has not been held can go (``services.meetings.planning.delete_meeting``);
held minutes are records. The change is published without an initiator, so that the meeting
list (which skips the editor's own changes) drops the row, and brings it back on undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.formatting import format_date_weekday
from ...services.meetings.planning import restore_meeting
from .writes import WriteResult


class DeleteMeetingActions:
    """Mixin of :class:`MeetingEditor`: "Sitzung löschen" for a planned meeting."""

    # Provided by MeetingEditor and EditorActions:
    ctx: Any
    meeting_id: uuid.UUID | None
    detail: svc.MeetingDetail | None
    dialog: QDialog | None
    back_requested: Any
    show_message: Callable[[str], None]
    command: Callable[..., WriteResult]
    flush: Callable[[], bool]
    tr: Callable[[str], str]

    def delete_meeting(self) -> None:
        """Ask, then delete the open meeting if it is still only planned."""
        d = self.detail
        if d is None or self.meeting_id is None:
            return
        label = self.tr("Sitzung löschen")
        if d.status != MeetingStatus.PLANNED:
            self.show_message(self.tr("Sitzung löschen: bereits durchgeführt (nur geplante "
                                      "Sitzungen können gelöscht werden)"))
            return
        parent = self if isinstance(self, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, label, self.tr(
            "Die geplante Sitzung „{body}“ am {date} löschen?").format(
                body=d.body_name, date=format_date_weekday(d.date)), parent=parent)
        box.setObjectName("deleteMeetingBox")
        box.setInformativeText(self.tr(
            "Ihre Tagesordnung und alles, was schon notiert ist, verschwinden mit ihr. "
            "„Rückgängig“ (Strg+Z) holt sie zurück."))
        delete = box.addButton(label, QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteMeetingButton")
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter must not delete
        box.setEscapeButton(cancel)
        meeting_id = self.meeting_id
        self.dialog = box
        box.finished.connect(
            lambda _r: self._delete_meeting(meeting_id) if box.clickedButton() is delete
            else None)
        box.finished.connect(box.deleteLater)
        box.open()

    def _delete_meeting(self, meeting_id: uuid.UUID) -> bool:
        if self.meeting_id == meeting_id:
            self.flush()  # notes typed into the planned meeting go with it, and come back

        def do(s: Session) -> None:
            svc.delete_meeting(s, meeting_id)

        # No initiator: the list skips the editor's changes, but must drop the row. The
        # editor itself hears the change too and forgets the deleted meeting.
        return self.command(self.tr("Sitzung löschen"), do,
                            lambda _r: lambda s: restore_meeting(s, meeting_id),
                            kinds=("meetings",), meeting_id=meeting_id, initiator=None).ok
