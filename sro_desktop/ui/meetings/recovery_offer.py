"""Offering the local copies of unsaved notes when their meeting is opened again.

For each copy of the opened meeting that no autosave of this process still holds, one
:class:`RecoveryDialog` after another shows the stored and the unsaved text. A copy that the
database already holds is dropped without asking. Taking a copy over is one write that checks
the stored notes against what the dialog showed, so a change made meanwhile is never
overwritten unseen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.changes import ChangeSet
from ...services.formatting import format_date
from .recovery import NotesJournal, UnsavedNotes, for_meeting
from .recovery_dialog import RecoveryChoice, RecoveryDialog
from .writes import run_write

if TYPE_CHECKING:
    from ...app import AppContext


@dataclass(frozen=True)
class _Offer:
    entry: UnsavedNotes
    meeting_id: uuid.UUID
    item_title: str
    meeting_title: str
    stored_text: str | None
    refusal: str


class RecoveryOffer(QObject):
    """Asks about the unsaved copies of a meeting's notes; ``restored(meeting_id, item_id)``
    after a copy became the stored notes."""

    restored = Signal(object, object)
    message = Signal(str)  # a German line for the status bar

    def __init__(self, ctx: AppContext, journal: NotesJournal, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = journal
        self.host = parent
        self.dialog: RecoveryDialog | None = None
        self._queue: list[_Offer] = []

    def pending_meetings(self) -> list[str]:
        """Titles of the meetings with unsaved copies ("Stadtteiltisch Groß Klein, 14.01.2025")."""
        entries = self.journal.offered()
        if not entries:
            return []
        titles: dict[uuid.UUID, str] = {}
        with self.ctx.database.session() as s:
            for entry in entries:
                meeting_id = self._meeting_of(s, entry)
                if meeting_id is not None and meeting_id not in titles:
                    try:
                        detail = svc.meeting_detail(s, meeting_id)
                    except svc.NotFoundError:
                        continue
                    titles[meeting_id] = f"{detail.body_name}, {format_date(detail.date)}"
        return list(titles.values())

    @staticmethod
    def _meeting_of(session: Session, entry: UnsavedNotes) -> uuid.UUID | None:
        if entry.meeting_id is not None:
            return entry.meeting_id
        return svc.locate(session, "agenda_item", entry.item_id).meeting_id

    def offer(self, meeting_id: uuid.UUID) -> int:
        """Ask about the copies of this meeting, one dialog after another; returns how many
        dialogs are queued (0: nothing to ask)."""
        if self.dialog is not None:
            return 0  # already asking
        entries = self.journal.offered()
        if not entries:
            return 0
        offers: list[_Offer] = []
        with self.ctx.database.session() as s:
            owners = {e.item_id: self._meeting_of(s, e) for e in entries if e.meeting_id is None}
            mine = for_meeting(entries, meeting_id,
                               {k: v for k, v in owners.items() if v is not None})
            try:
                detail = svc.meeting_detail(s, meeting_id) if mine else None
            except svc.NotFoundError:
                detail = None  # deleted meanwhile: nothing to offer now
            if detail is not None:
                offers = [o for e in mine if (o := self._prepare(s, detail, e)) is not None]
        self._queue = offers
        self._next()
        return len(offers)

    def _prepare(self, s: Session, detail: svc.MeetingDetail,
                 entry: UnsavedNotes) -> _Offer | None:
        meeting_title = f"{detail.body_name}, {format_date(detail.date)}"
        try:
            item = svc.agenda_item(s, entry.item_id)
        except svc.NotFoundError:
            return _Offer(entry, detail.id, self.tr("einem gelöschten Tagesordnungspunkt"),
                          meeting_title, None,
                          self.tr("Der Tagesordnungspunkt wurde gelöscht: Die Kopie kann "
                                  "nur noch kopiert oder verworfen werden."))
        if item.notes == entry.text:
            self.journal.clear(entry.item_id, entry.text)  # the save did arrive
            return None
        refusal = ""
        if detail.status == MeetingStatus.APPROVED:
            refusal = self.tr("Das Protokoll ist genehmigt und gesperrt: Die Kopie kann nur "
                              "noch kopiert und als protokollierte Änderung eingetragen werden.")
        elif detail.status == MeetingStatus.CLOSED:
            refusal = self.tr("Das Protokoll ist abgeschlossen: Zum Übernehmen erst „Wieder "
                              "öffnen“ und die Sitzung dann erneut öffnen.")
        title = self.tr("TOP {number} {title}").format(number=item.number, title=item.title)
        return _Offer(entry, detail.id, title, meeting_title, item.notes, refusal)

    def _next(self) -> None:
        if not self._queue:
            self.dialog = None
            return
        offer = self._queue.pop(0)
        dialog = RecoveryDialog(offer.entry, item_title=offer.item_title,
                                meeting_title=offer.meeting_title,
                                stored_text=offer.stored_text, refusal=offer.refusal,
                                parent=self.host)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._decided(dialog, offer))
        dialog.open()

    def _decided(self, dialog: RecoveryDialog, offer: _Offer) -> None:
        dialog.deleteLater()
        entry = offer.entry
        if dialog.choice is RecoveryChoice.DISCARD:
            self.journal.clear(entry.item_id)
            self.message.emit(self.tr("Nicht gespeicherte Kopie verworfen."))
        elif dialog.choice is RecoveryChoice.RESTORE and offer.stored_text is not None:
            self._restore(offer, offer.stored_text)
        self._next()

    def _restore(self, offer: _Offer, shown: str) -> None:
        entry = offer.entry

        def write(s: Session) -> bool:
            return svc.save_notes(s, entry.item_id, entry.text, base_text=shown)

        def fail(reason: str) -> None:
            self.message.emit(self.tr("Kopie nicht übernommen: {m} (die Kopie bleibt "
                                      "erhalten)").format(m=reason))
        try:
            result = run_write(self.ctx.database, write)
        except (SQLAlchemyError, OSError) as exc:
            fail(str(exc))
            return
        if not result.ok:
            fail(result.message)
            return
        self.journal.clear(entry.item_id)
        self.ctx.bus.publish(ChangeSet.of("agenda_items", entry.item_id), initiator=self)
        self.message.emit(self.tr("Nicht gespeicherte Notizen übernommen."))
        self.restored.emit(offer.meeting_id, entry.item_id)
