"""The right side of the meeting editor: the current item's notes, built for fast typing.

Item heading, the notes editor (objectName ``notesEditor``), a data-protection hint that warns
without blocking, buttons for concern, task and agreement, the autosave state, and the list of
what was noted under the item.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import AgendaItemInfo
from ...services.search_snippets import find_match
from .privacy_hint import PrivacyHint
from .results_model import ResultsModel

PRIVACY_DELAY_MS = 400
LOCK_STYLE = (
    "QLabel { background: #eef3fb; color: #1d3a6b; border: 1px solid #b6c8e6;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class NotesPane(QWidget):
    """Notes of the current item plus its results; the editor wires the actions.

    In the result list Enter (or a double click) edits an entry and Del deletes it; the
    requests carry the kind ("concern", "task", "arrangement") and the id.
    """

    result_edit_requested = Signal(str, object)
    result_delete_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        # Titles and outcomes are user text: "<b>" must show as typed, not as markup.
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.meta = QLabel()
        self.meta.setObjectName("itemMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setStyleSheet("color: #5f6368;")

        self.approval = QFrame()
        self.approval.setObjectName("approvalBox")
        self.approval_text = QLabel()
        self.approval_text.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Protokoll genehmigen"))
        self.approve_button.setObjectName("approveButton")
        approval_layout = QHBoxLayout(self.approval)
        approval_layout.setContentsMargins(0, 0, 0, 0)
        approval_layout.addWidget(self.approval_text, 1)
        approval_layout.addWidget(self.approve_button)
        self.approval.hide()

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notesEditor")
        self.notes.setAccessibleName(self.tr("Notizen zum TOP"))
        notes_font = QFont(self.notes.font())
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.15)
        self.notes.setFont(notes_font)
        self.notes.setTabChangesFocus(False)

        self.conflict = QFrame()
        self.conflict.setObjectName("conflictBar")
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.keep_mine_button = QPushButton(self.tr("Meine Fassung speichern"))
        self.keep_mine_button.setObjectName("keepMineButton")
        self.take_theirs_button = QPushButton(self.tr("Andere Fassung übernehmen"))
        self.take_theirs_button.setObjectName("takeTheirsButton")
        conflict_layout = QHBoxLayout(self.conflict)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        conflict_layout.addWidget(self.conflict_text, 1)
        conflict_layout.addWidget(self.keep_mine_button)
        conflict_layout.addWidget(self.take_theirs_button)
        self.conflict.hide()

        # The notes are long and typed fast: checked after a pause, not on every key.
        self.privacy = PrivacyHint("privacyWarning", PRIVACY_DELAY_MS, parent=self)
        self.privacy.watch("", self.notes)

        self.concern_button = QPushButton(self.tr("Anliegen"))
        self.concern_button.setObjectName("newConcernButton")
        self.task_button = QPushButton(self.tr("Aufgabe"))
        self.task_button.setObjectName("newTaskButton")
        self.arrangement_button = QPushButton(self.tr("Vereinbarung"))
        self.arrangement_button.setObjectName("newArrangementButton")
        self.save_state = QLabel()
        self.save_state.setObjectName("autosaveState")
        self.save_state.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Neu:")))
        for button in (self.concern_button, self.task_button, self.arrangement_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_state)

        self.results_model = ResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("itemResults")
        self.results.setAccessibleName(self.tr("Ergebnisse zu diesem TOP"))
        self.results.setModel(self.results_model)
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setMinimumHeight(90)
        self.results.setToolTip(self.tr("Eingabe: bearbeiten · Entf: löschen · Leertaste: "
                                        "Aufgabe erledigt"))
        self.results.activated.connect(lambda index: self._request_result(index.row(), False))
        for text, key, delete in ((self.tr("Bearbeiten"), "F2", False),
                                  (self.tr("Löschen"), "Del", True)):
            action = QAction(text, self.results)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(
                lambda _c=False, d=delete: self._request_result(
                    self.results.currentIndex().row(), d))
            self.results.addAction(action)
        results_heading = QLabel(self.tr("Ergebnisse zu diesem TOP"))
        results_heading.setStyleSheet("font-weight: 600;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.approval)
        layout.addWidget(self.conflict)
        layout.addWidget(self.notes, 3)
        layout.addWidget(self.privacy)
        layout.addLayout(buttons)
        layout.addWidget(results_heading)
        layout.addWidget(self.results, 1)

    def _request_result(self, row: int, delete: bool) -> None:
        result = self.results_model.row(row)
        if result is None or result.kind == "amendment":
            return
        kind = "task" if result.kind == "carried" else result.kind
        signal = self.result_delete_requested if delete else self.result_edit_requested
        signal.emit(kind, result.id)

    def show_heading(self, item: AgendaItemInfo | None, *, editable: bool) -> None:
        """Heading, meta line and what may be edited; the text stays as it is."""
        if item is None:
            self.heading.setText(self.tr("Kein TOP gewählt"))
            self.meta.clear()
        else:
            top = self.tr("TOP {number}").format(number=item.number)
            self.heading.setText(f"{top}  {item.title}")
            parts = [self.tr("öffentlich") if item.is_public else self.tr("nicht öffentlich")]
            if item.planned_minutes:
                parts.append(self.tr("{n} Min. geplant").format(n=item.planned_minutes))
            if item.outcome:
                parts.append(self.tr("Ergebnis: {text}").format(text=item.outcome))
            self.meta.setText(" · ".join(parts))
        self.notes.setReadOnly(not editable or item is None)
        self.notes.setPlaceholderText(
            self.tr("Ergebnisse dieses TOPs notieren (Ergebnisprotokoll, keine Namen von "
                    "Bewohner*innen) …") if editable else self.tr("Keine Notizen zu diesem TOP."))
        for button in (self.concern_button, self.task_button, self.arrangement_button):
            button.setEnabled(editable and item is not None)

    def show_item(self, item: AgendaItemInfo | None, text: str, *, editable: bool) -> None:
        """Show an item with its notes (``text`` may be newer than ``item.notes``)."""
        self.show_heading(item, editable=editable)
        self.notes.blockSignals(True)
        self.notes.setPlainText(text)
        self.notes.moveCursor(QTextCursor.MoveOperation.End)
        self.notes.blockSignals(False)
        self.notes.document().setModified(False)
        self.check_privacy()

    def check_privacy(self) -> None:
        """Warn (never block) when the notes look like they hold a private address or phone."""
        self.privacy.check()

    def show_save_state(self, state: str, detail: str = "") -> None:
        """The autosave state in words."""
        colour = "#5f6368"
        if state == "saved":
            text = self.tr("Gespeichert {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        elif state == "saving":
            text = self.tr("Speichert …")
        elif state == "dirty":
            text = self.tr("Nicht gespeichert …")
        else:
            text, colour = detail or self.tr("Nicht gespeichert"), "#b3261e"
        self.save_state.setText(text)
        self.save_state.setToolTip(detail)
        self.save_state.setStyleSheet(f"color: {colour};")

    def find_text(self, query: str) -> bool:
        """Select where the words of a search ``query`` occur in the notes, folded as the
        search folds them (case, umlauts, ß): "Jugendhauser" selects "Jugendhäuser"."""
        text = self.notes.toPlainText()
        span = find_match(text, query)
        if span is None:
            return False
        cursor = QTextCursor(self.notes.document())
        cursor.setPosition(_utf16(text, span[0]))
        cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        self.notes.setTextCursor(cursor)
        self.notes.ensureCursorVisible()
        return True


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units: characters beyond the BMP (emoji) count twice."""
    return len(text[:index].encode("utf-16-le")) // 2
