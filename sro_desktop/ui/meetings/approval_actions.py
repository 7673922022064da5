"""Approving earlier minutes from the standard item "Genehmigung des Protokolls": the item
shows which minutes wait and offers the approval right there."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.formatting import format_date
from .commands import end_undo


class ApprovalActions:
    """Mixin of :class:`MeetingEditor` for the minutes-approval item."""

    # Provided by MeetingEditor and EditorActions:
    ctx: Any
    notes: Any
    meeting_id: uuid.UUID | None
    editable: bool
    current_item: svc.AgendaItemInfo | None
    write: Callable[..., Any]
    _reload: Callable[..., None]
    tr: Callable[[str], str]

    def _show_approval(self, target: svc.ApprovalTarget | None) -> None:
        box = self.notes
        if target is None:
            box.approval.hide()
            return
        box.approval.show()
        box.approve_button.setVisible(target.status == MeetingStatus.CLOSED)
        box.approve_button.setEnabled(self.editable)
        box.approve_button.setProperty("target", target.meeting_id)
        day = format_date(target.date)
        if target.meeting_id is None:
            text = self.tr("Kein Protokoll wartet auf Genehmigung.")
        elif target.status == MeetingStatus.APPROVED:
            text = self.tr("Das Protokoll vom {date} ist genehmigt.").format(date=day)
        elif target.status == MeetingStatus.CLOSED:
            text = self.tr("Das Protokoll vom {date} ist abgeschlossen und kann genehmigt "
                           "werden.").format(date=day)
            box.approve_button.setText(self.tr("Protokoll vom {date} genehmigen").format(date=day))
        else:
            text = self.tr("Das Protokoll vom {date} ist noch nicht abgeschlossen.").format(
                date=day)
        box.approval_text.setText(text)

    def approve_previous(self) -> None:
        """Approve the minutes the current "Genehmigung des Protokolls" item points at."""
        target = self.notes.approve_button.property("target")
        item = self.current_item
        if not isinstance(target, uuid.UUID) or item is None or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        if self.write(lambda s: svc.approve_minutes(s, target, in_meeting_id=meeting_id,
                                                    agenda_item_id=item.id),
                      self.tr("Protokoll genehmigen"), kinds=("meetings", "agenda_items")).ok:
            # Approved minutes are locked for good: "Protokoll abschließen" of them can no
            # longer be taken back, so the undo stack stops offering it.
            end_undo(self.ctx.undo_stack, ("close", target))
            self._reload()
