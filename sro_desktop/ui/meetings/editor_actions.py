"""What the user does in the meeting editor: every action is one short write transaction
through the services, published on the change bus and, where it makes sense, undoable."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.changes import ChangeSet
from .commands import WriteCommand
from .dialogs import AmendmentDialog, MeetingDataDialog, ResultDialog, find_data
from .writes import WriteResult, run_write

Action = Callable[[Session], Any]
KIND_TABLES = {"concern": "concerns", "task": "tasks", "arrangement": "arrangements"}
# The default initiator of a published change: the editor itself (its own views skip it).
EDITOR: Any = object()


class EditorActions:
    """Mixin of :class:`MeetingEditor` holding its writing actions."""

    # Provided by MeetingEditor:
    ctx: Any
    meeting_id: uuid.UUID | None
    detail: svc.MeetingDetail | None
    dialog: QDialog | None
    agenda: Any
    notes: Any
    attendance: Any
    autosave: Any
    message: Any
    meeting_written: Any
    current_item: svc.AgendaItemInfo | None
    _theirs: tuple[uuid.UUID | None, str]
    editable: bool
    _reload: Callable[..., None]
    delete_meeting: Callable[[], None]
    tr: Callable[[str], str]

    # --- writing ------------------------------------------------------------------------

    def write(self, action: Action, label: str, *, kinds: Sequence[str] = ("meetings",),
              meeting_id: uuid.UUID | None = None, initiator: object = EDITOR) -> WriteResult:
        """Run one write transaction; show the German refusal; publish the change (of
        ``meeting_id``, default the open meeting; by ``initiator``, default the editor)."""
        result = run_write(self.ctx.database, action)
        if result.ok:
            self.message.hide()
            self._publish(kinds, meeting_id, initiator=initiator)
        else:
            self.show_message(f"{label}: {result.message}")
        return result

    def command(self, label: str, do: Action, undo: Callable[[Any], Action], *,
                kinds: Sequence[str], key: Hashable | None = None,
                meeting_id: uuid.UUID | None = None, initiator: object = EDITOR) -> WriteResult:
        """Write ``do`` now and put an undo command for it on the window's stack (``key``:
        see :func:`end_undo`; ``meeting_id`` and ``initiator``: see :meth:`write`)."""
        result = self.write(do, label, kinds=kinds, meeting_id=meeting_id, initiator=initiator)
        if result.ok:
            def apply(action: Action) -> bool:
                ok = self.write(action, label, kinds=kinds, meeting_id=meeting_id,
                                initiator=initiator).ok
                self._reload()
                return ok

            self.ctx.undo_stack.push(WriteCommand(label, apply, do, undo(result.value),
                                                  key=key))
        return result

    def _publish(self, kinds: Sequence[str], meeting_id: uuid.UUID | None = None, *,
                 initiator: object = EDITOR) -> None:
        mid = meeting_id or self.meeting_id
        changes = ChangeSet({kind: frozenset() for kind in kinds})
        if mid is not None:
            changes = changes.merged(ChangeSet.of("meetings", mid))
            self.meeting_written.emit(mid)
        self.ctx.bus.publish(changes, initiator=self if initiator is EDITOR else initiator)

    def show_message(self, text: str) -> None:
        """A refusal or problem in words, above the editor (never a blocking dialog)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self.notes.notes.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- moving through the agenda ------------------------------------------------------

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) item, keeping the typing focus in the notes."""
        view = self.agenda.view
        row = view.currentIndex().row() + delta
        if 0 <= row < self.agenda.model.rowCount():
            view.setCurrentIndex(self.agenda.model.index(row))
            if not self.notes.notes.isReadOnly():
                self.notes.notes.setFocus()

    def select_item(self, item_id: uuid.UUID) -> bool:
        """Show the item ``item_id`` (False when it is not on this agenda)."""
        row = self.agenda.model.row_of(item_id)
        if row < 0:
            return False
        self.agenda.view.setCurrentIndex(self.agenda.model.index(row))
        return True

    def highlight(self, text: str) -> bool:
        """Select the words of a search in the current notes, spelled as the search matched
        them ("Strasse" selects "Straße"); False when the notes do not hold them."""
        return bool(self.notes.find_text(text))

    def _toggle_focus(self) -> None:
        if self.notes.notes.hasFocus():
            self.agenda.view.setFocus()
        else:
            self.notes.notes.setFocus()

    # --- agenda edits -------------------------------------------------------------------

    def add_item(self) -> None:
        """Insert an item after the current one and let the user name it."""
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        current = self.current_item
        position = current.position + 1 if current else None
        result = self.command(
            self.tr("TOP hinzufügen"),
            lambda s: svc.add_agenda_item(s, meeting_id, self.tr("Neuer TOP"), position=position),
            lambda new_id: lambda s: svc.delete_agenda_item(s, new_id),
            kinds=("agenda_items",),
        )
        if result.ok:
            self._reload(result.value)
            self.agenda.title.setFocus()
            self.agenda.title.selectAll()

    def delete_item(self) -> None:
        """Delete the current item (undoable)."""
        item = self.current_item
        if item is None:
            return
        # Undo puts it back at the place and level it had, and so under its old number.
        if self.command(self.tr("TOP löschen"), lambda s: svc.delete_agenda_item(s, item.id),
                        lambda _r: lambda s: svc.restore_agenda_item(
                            s, item.id, position=item.position, level=item.level),
                        kinds=("agenda_items",)).ok:
            self._reload()

    def set_level(self, level: int) -> None:
        """Make the current item a sub-item (1) or a main item (0)."""
        item = self.current_item
        if item is None or item.level == level:
            return
        old = item.level
        if self.command(self.tr("TOP einrücken"),
                        lambda s: svc.update_agenda_item(s, item.id, level=level),
                        lambda _r: lambda s: svc.update_agenda_item(s, item.id, level=old),
                        kinds=("agenda_items",)).ok:
            self._reload()

    def _on_move_requested(self, item_id: uuid.UUID, position: int) -> None:
        old = next((i.position for i in self._agenda_items() if i.id == item_id), 0)
        self.command(self.tr("TOP verschieben"),
                     lambda s: svc.move_agenda_item(s, item_id, position),
                     lambda _r: lambda s: svc.move_agenda_item(s, item_id, old),
                     kinds=("agenda_items",))
        self._reload(item_id)

    def _agenda_items(self) -> list[svc.AgendaItemInfo]:
        model = self.agenda.model
        return [model.item(r) for r in range(model.rowCount())]

    def _on_details_edited(self, field: str, value: Any) -> None:
        item = self.current_item
        if item is None or getattr(item, field) == value:
            return
        old = getattr(item, field)
        labels = {"title": self.tr("TOP umbenennen"), "is_public": self.tr("TOP öffentlich"),
                  "planned_minutes": self.tr("Dauer des TOP")}
        self.command(labels[field],
                     lambda s: svc.update_agenda_item(s, item.id, **{field: value}),
                     lambda _r: lambda s: svc.update_agenda_item(s, item.id, **{field: old}),
                     kinds=("agenda_items",))
        self._reload()

    # --- concerns, tasks, agreements ----------------------------------------------------

    def new_result(self, kind: str) -> None:
        """Open the quick entry for a concern, task or agreement under the current item."""
        item = self.current_item
        if item is None or self.meeting_id is None or self.detail is None or not self.editable:
            return
        self.autosave.save_now()
        selected = self.notes.notes.textCursor().selectedText().replace("\u2029", "\n")
        owners: list[svc.NamedRef] = []
        organizations: list[svc.NamedRef] = []
        if kind == "task":
            with self.ctx.database.session() as s:
                owners = [svc.NamedRef(m.person_id, m.person_name)
                          for m in svc.members(s, self.detail.body_id, on=self.detail.date)]
                organizations = svc.list_organizations(s)
        dialog = ResultDialog(kind, text=selected, owners=owners, organizations=organizations,
                              earliest_due=self.detail.date, parent=self)  # type: ignore[arg-type]
        self._open(dialog, lambda: self._save_result(kind, item.id, dialog))

    def _save_result(self, kind: str, item_id: uuid.UUID, dialog: ResultDialog) -> None:
        assert self.meeting_id is not None
        meeting_id = self.meeting_id
        values = dialog.values()
        adders = {"concern": svc.add_concern, "task": svc.add_task,
                  "arrangement": svc.add_arrangement}
        labels = {"concern": self.tr("Anliegen notieren"), "task": self.tr("Aufgabe notieren"),
                  "arrangement": self.tr("Vereinbarung notieren")}
        result = self.command(
            labels[kind],
            lambda s: adders[kind](s, meeting_id=meeting_id, agenda_item_id=item_id, **values),
            lambda new_id: lambda s: svc.delete_result(s, kind, new_id),
            kinds=(KIND_TABLES[kind],),
        )
        if result.ok:
            self._reload()

    # --- the meeting as a whole -----------------------------------------------------------

    def start_meeting(self) -> None:
        """Planned → held."""
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        if self.write(lambda s: svc.start_meeting(s, meeting_id),
                      self.tr("Sitzung beginnen")).ok:
            self._reload()
            self.notes.notes.setFocus()

    def close_minutes(self) -> None:
        """Finish the minutes (undoable: reopens them)."""
        if self.meeting_id is None:
            return
        self.flush()
        meeting_id = self.meeting_id
        # Undoable until the minutes are approved (then the key ends it, ApprovalActions).
        if self.command(self.tr("Protokoll abschließen"),
                        lambda s: svc.close_minutes(s, meeting_id),
                        lambda _r: lambda s: svc.reopen_minutes(s, meeting_id),
                        kinds=("meetings",), key=("close", meeting_id)).ok:
            self._reload()

    def reopen_minutes(self) -> None:
        """Closed → held again, for corrections before the approval."""
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        if self.write(lambda s: svc.reopen_minutes(s, meeting_id),
                      self.tr("Protokoll wieder öffnen")).ok:
            self._reload()

    def record_amendment(self) -> None:
        """"Änderung protokollieren": a correction of approved minutes."""
        if self.meeting_id is None or self.detail is None:
            return
        if self.detail.status != MeetingStatus.APPROVED:
            self.show_message(self.tr("Änderung protokollieren: nur bei genehmigten Protokollen "
                                      "(sonst direkt korrigieren)"))
            return
        titles: list[tuple[uuid.UUID | None, str]] = [(None, self.tr("Protokoll allgemein"))]
        titles += [(i.id, self.tr("TOP {number}").format(number=i.number) + f" {i.title}")
                   for i in self._agenda_items()]
        dialog = AmendmentDialog(titles, parent=self)  # type: ignore[arg-type]
        current = self.current_item
        if current is not None:
            dialog.item.setCurrentIndex(max(0, find_data(dialog.item, current.id)))
        meeting_id = self.meeting_id

        def save() -> None:
            values = dialog.values()
            if self.write(lambda s: svc.add_amendment(s, meeting_id, **values),
                          self.tr("Änderung protokollieren"), kinds=("amendments",)).ok:
                self._reload()

        self._open(dialog, save)

    def edit_meeting_data(self) -> None:
        """Date, times, place, moderation, chair and minute-taker."""
        d = self.detail
        if d is None or self.meeting_id is None:
            return
        with self.ctx.database.session() as s:
            people = [svc.NamedRef(m.person_id, m.person_name)
                      for m in svc.members(s, d.body_id)]
        dialog = MeetingDataDialog(people=people, day=d.date, start=d.start_time,
                                   end=d.end_time, place=d.place, moderation=d.moderation,
                                   chair_id=d.chair_person_id,
                                   minute_taker_id=d.minute_taker_person_id,
                                   deletable=d.status == MeetingStatus.PLANNED,
                                   parent=self)  # type: ignore[arg-type]
        dialog.delete_requested.connect(self.delete_meeting)
        meeting_id = self.meeting_id
        old = {"day": d.date, "start_time": d.start_time, "end_time": d.end_time,
               "place": d.place, "moderation": d.moderation,
               "chair_person_id": d.chair_person_id,
               "minute_taker_person_id": d.minute_taker_person_id}

        def save() -> None:
            values = dialog.values()
            if self.command(self.tr("Sitzungsdaten ändern"),
                            lambda s: svc.update_meeting(s, meeting_id, **values),
                            lambda _r: lambda s: svc.update_meeting(s, meeting_id, **old),
                            kinds=("meetings",)).ok:
                self._reload()

        self._open(dialog, save)

    # --- outside events -----------------------------------------------------------------

    def _on_conflict(self, item_id: uuid.UUID, theirs: str, message: str) -> None:
        """Somebody else saved these notes meanwhile: keep both until the user decides."""
        current = self.current_item
        if current is None or current.id != item_id:
            self.show_message(message)
            return
        self._theirs = (item_id, theirs)
        self.notes.conflict_text.setText(message)
        self.notes.conflict.show()

    def resolve_conflict(self, keep_mine: bool) -> None:
        """Save this editor's text over the other version, or load the other version."""
        item_id, theirs = self._theirs
        if item_id is None:
            return
        if keep_mine:
            self.autosave.overwrite(item_id, self.notes.notes.toPlainText())
        else:
            self.autosave.accept_theirs(item_id, theirs)
            self.notes.notes.blockSignals(True)
            self.notes.notes.setPlainText(theirs)
            self.notes.notes.blockSignals(False)
        self._theirs = (None, "")
        self.notes.conflict.hide()

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if initiator is self or self.meeting_id is None:
            return
        touched = changes.ids("meetings")
        kinds = ("meetings", "agenda_items", "concerns", "tasks", "arrangements", "amendments",
                 "attendances", "memberships", "people", "measures")
        if (touched and self.meeting_id not in touched and not changes.touches("memberships")
                and not changes.touches("tasks")):
            return
        if any(changes.touches(kind) for kind in kinds):
            self._reload()

    def flush(self) -> bool:
        """Save everything pending now and wait for it (before closing or switching)."""
        self.attendance.flush()
        return bool(self.autosave.flush())
