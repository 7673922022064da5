"""The "Sitzungen" tab: the meetings of the selected area and below, and the editor of one.

The list (objectName ``meetingList``) and the editor (``meetingEditor``) share the tab as two
pages, so that minute-taking gets the whole width of the window. Opening a meeting offers the
notes of it that an earlier autosave could not store (``recovery_offer``).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ...services import meetings as svc
from ...services.changes import ChangeSet
from .bodies_dialog import BodiesDialog
from .dialogs import MeetingDataDialog
from .editor import MeetingEditor
from .list_model import MeetingTableModel
from .recovery_offer import RecoveryOffer
from .writes import run_write

if TYPE_CHECKING:
    from ...app import AppContext

LIST_KINDS = ("meetings", "agenda_items", "bodies")
MEETING_KINDS = frozenset({"meeting", "agenda_item", "concern", "task", "arrangement",
                           "amendment"})


class MeetingPanel(QWidget):
    """Meetings of the bodies of an area (objectName ``meetingPanel``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("meetingPanel")
        self.setAccessibleName(self.tr("Sitzungen"))
        self.area_id: uuid.UUID | None = None
        self._area_ids: list[uuid.UUID] | None = None
        self.dialog: QDialog | None = None

        self.model = MeetingTableModel(ctx.database, self)
        self.table = QTableView()
        self.table.setObjectName("meetingList")
        self.table.setAccessibleName(self.tr("Sitzungen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: "resize to contents" would read every row of a long list at once.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((118, 112, 0, 0, 108, 48)):
            if width:
                header.resizeSection(col, width)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)

        self.plan_button = QPushButton(self.tr("Sitzung planen …"))
        self.plan_button.setObjectName("planMeetingButton")
        self.plan_button.clicked.connect(self.plan_meeting)
        self.bodies_button = QPushButton(self.tr("Gremien und Mitglieder …"))
        self.bodies_button.setObjectName("bodiesButton")
        self.bodies_button.clicked.connect(self.manage_bodies)
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.open_button.setObjectName("openMeetingButton")
        self.open_button.setToolTip(self.tr("Gewählte Sitzung öffnen (Eingabe)"))
        self.open_button.clicked.connect(lambda: self._on_activated(self.table.currentIndex()))
        self.count = QLabel()
        self.count.setObjectName("meetingCount")
        self.message = QLabel()
        self.message.setObjectName("panelMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addWidget(self.bodies_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.message)
        list_layout.addWidget(self.table, 1)

        self.editor = MeetingEditor(ctx)
        self.editor.meeting_written.connect(lambda mid: self.model.refresh([mid]))
        self.editor.back_requested.connect(self.show_list)  # the shown meeting was deleted
        back = QPushButton(self.tr("← Alle Sitzungen"))
        back.setObjectName("backToListButton")
        back.setToolTip(self.tr("Zurück zur Liste (Alt+Pos1)"))
        back.setShortcut("Alt+Home")
        back.clicked.connect(self.show_list)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        back_row = QHBoxLayout()
        back_row.setContentsMargins(6, 4, 6, 0)
        back_row.addWidget(back)
        back_row.addStretch(1)
        editor_layout.addLayout(back_row)
        editor_layout.addWidget(self.editor, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(editor_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.notice = ""  # the last status line this panel gave (for tests and automation)
        self.recovery = RecoveryOffer(ctx, self.editor.autosave.journal, self)
        self.recovery.message.connect(self._notify)
        self.recovery.restored.connect(self._on_notes_restored)
        self._announce_recovery()

    # --- area and list ------------------------------------------------------------------

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Show the meetings of the bodies of ``area_id`` and below (everything for None)."""
        self.area_id = area_id
        with self.ctx.database.session() as s:
            self._area_ids = svc.area_subtree_ids(s, area_id)
        self.model.set_areas(self._area_ids)
        self._update_count()
        if self.stack.currentIndex() == 1 and not self._editor_in_area():
            self.show_list()

    def _editor_in_area(self) -> bool:
        meeting_id = self.editor.meeting_id
        return meeting_id is not None and (self._area_ids is None
                                           or self.model.row_of(meeting_id) >= 0)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("{n} Sitzungen").format(n=n) if n != 1
                           else self.tr("1 Sitzung"))

    def show_list(self) -> None:
        """Back to the list (saving the open minutes first)."""
        self.editor.flush()
        self.stack.setCurrentIndex(0)
        if self.editor.meeting_id is not None:
            row = self.model.row_of(self.editor.meeting_id)
            if row >= 0:
                self.table.selectRow(row)
        self.table.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        meeting_id = self.model.meeting_id(index.row())
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Open the editor on a meeting (at an item, scrolled into view), and offer the notes
        of it that an earlier autosave could not store."""
        self.editor.load(meeting_id, item_id)
        self.editor.autosave.meeting_id = meeting_id
        self.stack.setCurrentIndex(1)
        view = self.editor.agenda.view
        # A long agenda: the chosen item must be visible. The editor scrolled to it while
        # loading; once more after the page's layout has settled, which rewraps the titles at
        # the final width and moves the rows.
        QTimer.singleShot(0, self, self._scroll_agenda_to_current)
        if self.editor.editable:
            self.editor.notes.notes.setFocus()
        else:
            view.setFocus()
        self.recovery.offer(meeting_id)

    def _scroll_agenda_to_current(self) -> None:
        view = self.editor.agenda.view
        view.scrollTo(view.currentIndex())

    def open_target(self, kind: str, target_id: uuid.UUID, highlight: str = "") -> bool:
        """Open what a search hit names (meeting, item, concern, task, agreement, amendment),
        select ``highlight`` in the notes (umlauts and ß folded as the search folds them) and
        the entry in its tab; False when it is not a meeting thing, or when it was deleted
        after the search found it (the status bar says so)."""
        if kind not in MEETING_KINDS:
            return False
        with self.ctx.database.session() as s:
            where = svc.locate(s, kind, target_id)
        if where.meeting_id is None:
            self._notify(self.tr("Treffer nicht mehr vorhanden: inzwischen gelöscht "
                                 "(bitte erneut suchen)."))
            return False
        try:
            self.open_meeting(where.meeting_id, where.agenda_item_id)
        except svc.NotFoundError:  # deleted between the lookup and the opening
            self._notify(self.tr("Treffer nicht mehr vorhanden: inzwischen gelöscht "
                                 "(bitte erneut suchen)."))
            return False
        self.editor.tabs.setCurrentWidget(self.editor.notes)
        found = bool(highlight) and self.editor.highlight(highlight)
        if kind in self.editor.result_pages:
            # The entry is selected in its tab; when the notes do not hold the words, that
            # tab is where the hit is, so it comes to the front.
            shown = self.editor.show_result(kind, target_id)
            if found or not shown:
                self.editor.tabs.setCurrentWidget(self.editor.notes)
        return True

    # --- planning and bodies --------------------------------------------------------------

    def plan_meeting(self) -> None:
        """Plan a meeting of one of the area's bodies."""
        with self.ctx.database.session() as s:
            bodies = svc.list_bodies(s, self._area_ids)
            people = svc.list_people(s)
        if not bodies:
            self._say(self.tr("Sitzung planen: Dieses Gebiet hat noch kein Gremium "
                              "(„Gremien und Mitglieder …“)."))
            return
        dialog = MeetingDataDialog(bodies=bodies, people=people, parent=self)
        self.dialog = dialog

        def save() -> None:
            values = dialog.values()
            body_id = dialog.body_id()
            use_template = dialog.template.isChecked()
            result = run_write(self.ctx.database, lambda s: svc.plan_meeting(
                s, body_id=body_id, use_template=use_template, **values))
            if not result.ok:
                self._say(self.tr("Sitzung planen: {m}").format(m=result.message))
                return
            self.ctx.bus.publish(ChangeSet.of("meetings", result.value), initiator=self)
            self.model.reload()
            self._update_count()
            self.open_meeting(result.value)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def manage_bodies(self) -> None:
        """Bodies of the area and their members."""
        dialog = BodiesDialog(self.ctx, self.area_id, self._area_ids, parent=self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _notify(self, text: str) -> None:
        """A passing German message: in the main window's status bar, or above the list when
        the panel stands alone."""
        self.notice = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
        else:
            self._say(text)

    # --- unsaved notes of an earlier session ------------------------------------------------

    def _announce_recovery(self) -> None:
        try:
            titles = self.recovery.pending_meetings()
        except SQLAlchemyError:  # the database is not reachable now: asked again on opening
            return
        if titles:
            self._say(self.tr("Nicht gespeicherte Notizen gefunden ({meetings}): beim Öffnen "
                              "der Sitzung können sie übernommen werden.").format(
                meetings="; ".join(titles)))

    def _on_notes_restored(self, meeting_id: uuid.UUID, item_id: uuid.UUID) -> None:
        # The editor still holds the text it loaded: it reads the restored notes afresh.
        self.editor.autosave.forget()
        if self.editor.meeting_id == meeting_id:
            self.editor.load(meeting_id, item_id)
        self.model.refresh([meeting_id])

    # --- outside changes ------------------------------------------------------------------

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if initiator in (self, self.editor):
            return
        if any(changes.touches(kind) for kind in LIST_KINDS):
            self.model.reload()
            self._update_count()

    def flush(self) -> bool:
        """Save the open minutes now (the main window calls it before closing the database)."""
        return self.editor.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab saves the open minutes."""
        self.editor.flush()
        super().hideEvent(event)
