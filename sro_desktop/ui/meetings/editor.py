"""The meeting editor: the agenda on the left, the current item's notes on the right.

Built for typing during the meeting: Alt+↓/Alt+↑ go to the next/previous item, Ctrl+Shift+B/A/V
note a concern, task or agreement (the selected text is taken over), and the notes save
themselves in the background (``NotesAutosave``). Closed and approved minutes are shown
read-only; approved ones take only recorded amendments.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.formatting import format_date
from .agenda_pane import AgendaPane
from .approval_actions import ApprovalActions
from .attendance import AttendanceWidget
from .autosave import IDLE_MS, MAX_MS, NotesAutosave
from .commands import end_undo, install_pruning
from .editor_actions import EditorActions
from .editor_header import EditorHeader
from .meeting_delete import DeleteMeetingActions
from .notes_pane import LOCK_STYLE, NotesPane
from .result_actions import ResultActions
from .results_model import ResultsModel
from .writes import run_write

if TYPE_CHECKING:
    from ...app import AppContext

TAB_STYLE = (
    "QTabBar::tab { padding: 6px 8px; margin-right: 1px; border: 1px solid #c4c7cc;"
    " border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px;"
    " background: #e8eaed; color: #3c4043; }"
    "QTabBar::tab:selected { background: #ffffff; color: #202124; }"
)


class _LeastHeightLayout(QVBoxLayout):
    """The editor's column, asking at a width for the least height that shows everything: the
    wrapped head and banner in full, the agenda and the tabs at their minimum (the notes,
    lists and tables scroll themselves).

    The tab page is a scroll area that scrolls when its page asks for more height than the
    window has, and it asks with the *preferred* height, to which Qt's 192 pixels per text
    area added up: approved minutes scrolled by a few pixels at 1280×800.
    """

    def heightForWidth(self, width: int) -> int:
        """The least height at ``width`` (the layout's own arrangement is unchanged)."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = []
        for row in range(self.count()):
            item = self.itemAt(row)
            if item is None or item.isEmpty():
                continue
            if item.hasHeightForWidth():
                heights.append(item.heightForWidth(inner))
            else:
                heights.append(item.minimumSize().height())
        spacing = max(self.spacing(), 0) * max(0, len(heights) - 1)
        return sum(heights) + spacing + margins.top() + margins.bottom()


class MeetingEditor(EditorActions, ResultActions, ApprovalActions, DeleteMeetingActions,
                    QWidget):
    """One meeting's minutes (objectName ``meetingEditor``); the actions that write live in
    the mixins :class:`EditorActions` (agenda, meeting), :class:`ResultActions` (concerns,
    tasks, agreements), :class:`ApprovalActions` and :class:`DeleteMeetingActions`.

    ``back_requested`` asks the panel for the meeting list (after the meeting was deleted)."""

    meeting_written = Signal(object)  # meeting id, after a committed write
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 idle_ms: int = IDLE_MS, max_ms: int = MAX_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("meetingEditor")
        self.setAccessibleName(self.tr("Sitzung bearbeiten"))
        self.meeting_id: uuid.UUID | None = None
        self.detail: svc.MeetingDetail | None = None
        self.dialog: QDialog | None = None  # the open dialog, for tests and automation
        self._items: list[svc.AgendaItemInfo] = []
        self._theirs: tuple[uuid.UUID | None, str] = (None, "")  # the other version in conflict
        self.autosave = NotesAutosave(ctx.database, idle_ms=idle_ms, max_ms=max_ms, parent=self)
        self.actions_by_name: dict[str, QAction] = {}

        self.agenda = AgendaPane()
        self.notes = NotesPane()
        self.attendance = AttendanceWidget(self.write, ctx.database.session)
        self.amendment_model = ResultsModel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        # Fusion draws inactive tabs two pixels lower and clips the dots of "Ä"/"Ü"; own
        # padding gives the umlauts room.
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self.tabs.addTab(self.notes, self.tr("Protokoll"))
        self.tabs.addTab(self.attendance, self.tr("Anwesenheit"))
        self._build_result_pages()
        self.amendments_page = self._build_amendments()
        self.tabs.addTab(self.amendments_page, self.tr("Änderungen"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("meetingSplitter")
        splitter.addWidget(self.agenda)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        # A narrow agenda by default: at 1280 pixels the six tabs need the rest.
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        self.agenda.setMinimumWidth(250)

        layout = _LeastHeightLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._build_header())
        self.banner = QLabel()
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(LOCK_STYLE)
        self.banner.hide()
        self.message = QLabel()
        self.message.setObjectName("meetingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b3261e; font-weight: 600; }")
        self.message.hide()
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self._build_actions()
        self._connect()
        install_pruning(ctx.undo_stack)

    # --- building -----------------------------------------------------------------------

    def _build_header(self) -> EditorHeader:
        header = EditorHeader()
        self.header = header
        self.title, self.status, self.subtitle = header.title, header.status, header.subtitle
        self.start_button, self.close_button = header.start_button, header.close_button
        self.reopen_button, self.amend_button = header.reopen_button, header.amend_button
        self.data_button = header.data_button
        return header

    def _build_amendments(self) -> QWidget:
        page = QWidget()
        self.amendment_list = QListView()
        self.amendment_list.setObjectName("amendmentList")
        self.amendment_list.setAccessibleName(self.tr("Protokollierte Änderungen"))
        self.amendment_list.setModel(self.amendment_model)
        self.amendment_list.setWordWrap(True)
        self.amendment_hint = QLabel()
        self.amendment_hint.setWordWrap(True)
        add = QPushButton(self.tr("Änderung protokollieren …"))
        add.setObjectName("amendButtonTab")
        add.clicked.connect(self.record_amendment)
        self.amend_tab_button = add
        layout = QVBoxLayout(page)
        layout.addWidget(self.amendment_hint)
        layout.addWidget(self.amendment_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        layout.addLayout(row)
        return page

    def _action(self, name: str, text: str, keys: Sequence[str],
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                           for k in keys)
        action.setToolTip(f"{text} ({native})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self._action("actionNextItem", self.tr("Nächster TOP"), ("Alt+Down", "Ctrl+PgDown"),
                     lambda: self.step(+1))
        self._action("actionPreviousItem", self.tr("Vorheriger TOP"), ("Alt+Up", "Ctrl+PgUp"),
                     lambda: self.step(-1))
        concern = self._action("actionNewConcern", self.tr("Neues Anliegen"), ("Ctrl+Shift+B",),
                               lambda: self.new_result("concern"))
        task = self._action("actionNewTask", self.tr("Neue Aufgabe"), ("Ctrl+Shift+A",),
                            lambda: self.new_result("task"))
        arrangement = self._action("actionNewArrangement", self.tr("Neue Vereinbarung"),
                                   ("Ctrl+Shift+V",), lambda: self.new_result("arrangement"))
        add = self._action("actionAddItem", self.tr("TOP hinzufügen"), ("Ctrl+Shift+T",),
                           self.add_item)
        self._action("actionSaveNotes", self.tr("Notizen jetzt speichern"), ("Ctrl+S",),
                     self.autosave.save_now)
        self._action("actionToggleFocus", self.tr("Zwischen Tagesordnung und Notizen wechseln"),
                     ("F6",), self._toggle_focus)
        for button, action in ((self.notes.concern_button, concern),
                               (self.notes.task_button, task),
                               (self.notes.arrangement_button, arrangement)):
            button.setToolTip(action.toolTip())
        self.agenda.add_button.setToolTip(add.toolTip())
        self.notes.notes.setToolTip(self.tr(
            "Notizen speichern sich selbst. Alt+↓/Alt+↑: nächster/vorheriger TOP · "
            "Strg+Umschalt+B: Anliegen · Strg+Umschalt+A: Aufgabe · "
            "Strg+Umschalt+V: Vereinbarung"))

    def _connect(self) -> None:
        self.agenda.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.agenda.model.move_requested.connect(self._on_move_requested)
        self.agenda.add_requested.connect(self.add_item)
        self.agenda.delete_requested.connect(self.delete_item)
        self.agenda.level_requested.connect(self.set_level)
        self.agenda.details_edited.connect(self._on_details_edited)
        self.notes.notes.textChanged.connect(self.autosave.touch)
        self.notes.concern_button.clicked.connect(lambda: self.new_result("concern"))
        self.notes.task_button.clicked.connect(lambda: self.new_result("task"))
        self.notes.arrangement_button.clicked.connect(lambda: self.new_result("arrangement"))
        self.notes.results_model.done_toggled.connect(self.set_task_done)
        self.notes.result_edit_requested.connect(self.edit_result)
        self.notes.result_delete_requested.connect(self.delete_result)
        self.notes.approve_button.clicked.connect(self.approve_previous)
        self.autosave.state_changed.connect(
            lambda state: self.notes.show_save_state(state, self.autosave.last_error))
        self.autosave.conflict.connect(self._on_conflict)
        self.notes.keep_mine_button.clicked.connect(lambda: self.resolve_conflict(True))
        self.notes.take_theirs_button.clicked.connect(lambda: self.resolve_conflict(False))
        self.attendance.changed.connect(lambda: self._publish(("attendances", "meetings")))
        self.start_button.clicked.connect(self.start_meeting)
        self.close_button.clicked.connect(self.close_minutes)
        self.reopen_button.clicked.connect(self.reopen_minutes)
        self.amend_button.clicked.connect(self.record_amendment)
        self.data_button.clicked.connect(self.edit_meeting_data)
        self.ctx.bus.changed.connect(self._on_bus_changed)

    # --- loading ------------------------------------------------------------------------

    def load(self, meeting_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Open a meeting, at ``item_id`` or its first item; raises ``NotFoundError`` when it
        was deleted meanwhile (a search hit, a list not yet reloaded)."""
        # Read before anything changes: a deleted meeting leaves the open one as it was.
        with self.ctx.database.session() as s:
            status = svc.meeting_detail(s, meeting_id).status
        if self.meeting_id != meeting_id:
            self.flush()
            self.autosave.forget()
            if self._carry_open_tasks(meeting_id, status):
                self._publish(("tasks", "agenda_items"), meeting_id)
        self.meeting_id = meeting_id
        self.message.hide()
        self._set_live(True)
        self._reload(item_id)

    def forget_meeting(self) -> None:
        """The open meeting was deleted (here or elsewhere): show nothing of it, save nothing
        for it, and ask to go back to the list."""
        self.autosave.forget()
        self.meeting_id = None
        self.detail = None
        self.attendance.meeting_id = None
        self._items = []
        self.agenda.model.set_items([])
        self.notes.show_item(None, "", editable=False)
        self.banner.setText(self.tr("Diese Sitzung ist gelöscht. „Rückgängig“ (Strg+Z) holt "
                                    "sie zurück."))
        self.banner.show()
        self._set_live(False)
        self.back_requested.emit()

    def _set_live(self, live: bool) -> None:
        for widget in (self.header, self.agenda, self.tabs):
            widget.setEnabled(live)

    def _carry_open_tasks(self, meeting_id: uuid.UUID, status: str) -> bool:
        """A planned meeting picks up tasks added to earlier minutes since it was planned."""
        if status != MeetingStatus.PLANNED:
            return False
        result = run_write(self.ctx.database, lambda s: svc.carry_open_tasks(s, meeting_id))
        return bool(result.ok and result.value)

    @property
    def editable(self) -> bool:
        """Neither closed nor approved."""
        return self.detail is not None and not self.detail.locked

    @property
    def current_item(self) -> svc.AgendaItemInfo | None:
        """The selected agenda item."""
        return self.agenda.model.item(self.agenda.view.currentIndex().row())

    def _reload(self, select: uuid.UUID | None = None) -> None:
        if self.meeting_id is None:
            return
        current = select or (self.current_item.id if self.current_item else None)
        with self.ctx.database.session() as s:
            try:
                self.detail = svc.meeting_detail(s, self.meeting_id)
            except svc.NotFoundError:
                self.forget_meeting()  # deleted meanwhile (here or by somebody else)
                return
            self._items = svc.agenda(s, self.meeting_id)
            amendments = svc.amendments(s, self.meeting_id)
            self.attendance.load(s, self.meeting_id, editable=self.editable)
            self._load_result_pages(s)
        self._show_header(len(amendments))
        self.amendment_model.set_results(None, amendments)
        self.agenda.set_editable(self.editable)
        selection = self.agenda.view.selectionModel()
        selection.blockSignals(True)
        self.agenda.model.set_items(self._items)
        row = self.agenda.model.row_of(current) if current else -1
        self.agenda.view.setCurrentIndex(self.agenda.model.index(max(row, 0)))
        selection.blockSignals(False)
        # A search hit far down a long agenda must be visible, not only selected.
        self.agenda.view.scrollTo(self.agenda.model.index(max(row, 0)))
        self.agenda.show_total(self._items)
        self._show_current(reload_text=current is None or row < 0 or select is not None)

    def _show_header(self, amendment_count: int) -> None:
        d = self.detail
        assert d is not None
        self.header.show_meeting(d)
        status = d.status
        self.amend_tab_button.setEnabled(status == MeetingStatus.APPROVED)
        if status == MeetingStatus.APPROVED:
            # Approved (here, in another window or on another computer): closing them can no
            # longer be taken back, so the undo stack stops offering it.
            end_undo(self.ctx.undo_stack, ("close", d.id))
        if status == MeetingStatus.CLOSED:
            banner = self.tr("Protokoll abgeschlossen – es wartet auf die Genehmigung in der "
                             "nächsten Sitzung. Zum Ändern „Wieder öffnen“.")
        elif status == MeetingStatus.APPROVED:
            when = format_date(d.approved_in_date) if d.approved_in_date else "?"
            banner = self.tr("Genehmigt in der Sitzung vom {date} und gesperrt. Korrekturen nur "
                             "als protokollierte Änderung ({n} bisher).").format(
                date=when, n=amendment_count)
        else:
            banner = ""
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        # The count is in the tooltip and in what a screen reader says, not in the title:
        # six titles with counts do not fit beside the agenda in a 1280 pixel window.
        index = self.tabs.indexOf(self.amendments_page)
        if amendment_count > 1:
            tip = self.tr("{n} protokollierte Änderungen").format(n=amendment_count)
        else:
            tip = (self.tr("1 protokollierte Änderung") if amendment_count
                   else self.tr("Keine protokollierten Änderungen"))
        self.tabs.setTabToolTip(index, tip)
        self.tabs.tabBar().setAccessibleTabName(
            index, self.tr("Änderungen ({n})").format(n=amendment_count)
            if amendment_count else self.tr("Änderungen"))
        self.amendment_hint.setText(
            self.tr("Das genehmigte Protokoll bleibt unverändert; Korrekturen stehen hier.")
            if status == MeetingStatus.APPROVED
            else self.tr("Änderungen werden erst nach der Genehmigung protokolliert; bis "
                         "dahin wird das Protokoll direkt korrigiert."))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current(reload_text=True)

    def _show_current(self, *, reload_text: bool) -> None:
        item = self.current_item
        self.agenda.show_details(item)
        self._show_item_in_pages(item)
        if reload_text:
            self.autosave.detach()
            text = ""
            if item is not None:
                known = self.autosave.known_text(item.id)
                text = item.notes if known is None else known
            self.notes.show_item(item, text, editable=self.editable)
            if item is not None and self.editable:
                self.autosave.attach(item.id, item.notes, self.notes.notes.toPlainText)
        else:
            self.notes.show_heading(item, editable=self.editable)
        self._show_results(item)

    def _show_results(self, item: svc.AgendaItemInfo | None) -> None:
        if item is None or self.meeting_id is None:
            self.notes.results_model.set_results(None)
            self.notes.approval.hide()
            return
        with self.ctx.database.session() as s:
            results = svc.item_results(s, item.id)
            amendments = [a for a in svc.amendments(s, self.meeting_id)
                          if a.agenda_item_id == item.id]
            approval = svc.approval_target(s, item.id)
        self.notes.results_model.set_results(results, amendments)
        self._show_approval(approval)
