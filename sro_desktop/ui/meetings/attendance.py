"""Attendance of a meeting: members present, excused or absent, substitutes, residents as a
number (never by name) and guests by institution."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...models import AttendanceStatus
from ...services import meetings as svc
from .dialogs import find_data
from .labels import attendance_text, role_text
from .privacy_hint import PrivacyHint
from .result_view import ResultTableView
from .table_model import TitledTableModel
from .writes import WriteResult

Index = QModelIndex | QPersistentModelIndex
Writer = Callable[[Callable[[Session], Any], str], "WriteResult"]
Reader = Callable[[], Session]  # a reading session, closed by its ``with`` block
STATUS_COLORS = {"present": "#2e7d32", "excused": "#8a6d3b", "absent": "#b3261e"}


class AttendanceModel(TitledTableModel):
    """The attendance sheet: name, organisation, role, status, stands in for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[svc.AttendanceRow] = []
        self._headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Rolle"),
                         self.tr("Anwesenheit"), self.tr("Vertritt")]

    def set_rows(self, rows: Sequence[svc.AttendanceRow]) -> None:
        """Show the sheet."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> svc.AttendanceRow | None:
        """The person at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Persons on the sheet."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells; the status is coloured, "–" while not recorded."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                r.person_name,
                r.organization_name,
                role_text(r.role),
                attendance_text(r.status),
                r.substitute_for_name,
            )[col]
            # Long names are elided in the cell; the tooltip has them whole.
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and r.status:
            return QColor(STATUS_COLORS[r.status])
        return None


class AttendanceWidget(QWidget):
    """The attendance tab; ``write(fn, label)`` is the editor's write helper and ``read()``
    opens a reading session (``Database.session``).

    The sheet re-reads itself after each of its own writes: the editor publishes them on the
    change bus as its own changes and therefore does not reload for them.
    """

    changed = Signal()

    def __init__(self, write: Writer, read: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance")
        self._write = write
        self._read = read
        self.meeting_id: uuid.UUID | None = None
        self.model = AttendanceModel(self)
        # The name takes the room; organisation, role, status and "Vertritt" fit their text
        # and give way (elided, whole in the tooltip) when a long roster meets a narrow tab:
        # two stretching columns left "Julia Neu…" beside a wide role column.
        self.table = ResultTableView((None, 240, 190, 110, 170), text_share=0.3)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Anwesenheitsliste"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 14)
        buttons = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        # One letter per status, typed in the list; the letters follow the language
        # (German A/E/F for anwesend/entschuldigt/fehlt). Three letters, space-separated.
        keys = self.tr("A E F", "Tasten für anwesend, entschuldigt, abwesend").split()
        if len(keys) != 3 or len(set(keys)) != 3:
            keys = ["A", "E", "F"]
        for status, text, key in (
            (AttendanceStatus.PRESENT, self.tr("Anwesend"), keys[0]),
            (AttendanceStatus.EXCUSED, self.tr("Entschuldigt"), keys[1]),
            (AttendanceStatus.ABSENT, self.tr("Abwesend"), keys[2]),
        ):
            button = QPushButton(f"{text} ({key})")
            button.setObjectName(f"attendance_{status}")
            button.setToolTip(self.tr("{text} für die gewählte Person (Taste {key})").format(
                text=text, key=key))
            button.clicked.connect(lambda _=False, st=status: self.set_status(st))
            QShortcut(QKeySequence(key), self.table, lambda st=status: self.set_status(st),
                      context=Qt.ShortcutContext.WidgetShortcut)
            buttons.addWidget(button)
            self.status_buttons[status] = button
        self.substitute = QComboBox()
        self.substitute.setObjectName("substituteFor")
        self.substitute.setAccessibleName(self.tr("Vertritt"))
        self.substitute.setToolTip(self.tr("Wen die gewählte Person heute vertritt"))
        self.substitute.activated.connect(self._on_substitute_chosen)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Vertritt:")))
        buttons.addWidget(self.substitute)
        self.residents = QSpinBox()
        self.residents.setObjectName("residentCount")
        self.residents.setRange(0, 10_000)
        self.residents.setAccessibleName(self.tr("Bewohner*innen (Anzahl)"))
        self.residents.setToolTip(self.tr("Bewohner*innen werden nur gezählt, nie namentlich "
                                          "erfasst (Datenschutz)."))
        self.residents.editingFinished.connect(self._save_residents)
        self.guests = QPlainTextEdit()
        self.guests.setObjectName("guestInstitutions")
        self.guests.setAccessibleName(self.tr("Gäste (Institutionen)"))
        self.guests.setPlaceholderText(self.tr("Eine Institution pro Zeile, z. B. Schule am "
                                               "Schwanenteich"))
        self.guests.setFixedHeight(self.guests.fontMetrics().lineSpacing() * 4 + 14)
        self._guest_timer = QTimer(self, singleShot=True, interval=1500)
        self._guest_timer.timeout.connect(self._save_guests)
        self.guests.textChanged.connect(self._guest_timer.start)
        form = QFormLayout()
        form.addRow(self.tr("Bewohner*innen (Anzahl)"), self.residents)
        form.addRow(self.tr("Gäste (Institutionen)"), self.guests)
        # Guests are institutions; a private person's name with street or phone is not.
        self.privacy = PrivacyHint("guestPrivacyWarning", parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.privacy)
        self.privacy.watch(self.tr("Gäste"), self.guests)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_substitute())

    def load(self, session: Session, meeting_id: uuid.UUID, *, editable: bool) -> None:
        """Read the sheet of a meeting."""
        self.meeting_id = meeting_id
        detail = svc.meeting_detail(session, meeting_id)
        self._load_sheet(session, meeting_id)
        self.residents.blockSignals(True)
        self.residents.setValue(detail.resident_count)
        self.residents.blockSignals(False)
        self.guests.blockSignals(True)
        self.guests.setPlainText("\n".join(detail.guest_institutions))
        self.guests.blockSignals(False)
        self.privacy.check()
        for widget in (*self.status_buttons.values(), self.substitute, self.residents):
            widget.setEnabled(editable)
        self.guests.setReadOnly(not editable)
        self._sync_substitute()

    def _load_sheet(self, session: Session, meeting_id: uuid.UUID) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(svc.attendance_sheet(session, meeting_id))
        if self.model.rowCount():
            self.table.selectRow(max(0, min(current, self.model.rowCount() - 1)))

    def refresh(self) -> None:
        """Read the sheet again, keeping the selected row; the resident count and the guest
        list are left alone (a guest list being typed is saved by its own timer)."""
        if self.meeting_id is None:
            return
        with self._read() as session:
            self._load_sheet(session, self.meeting_id)
        self._sync_substitute()

    def _current(self) -> svc.AttendanceRow | None:
        return self.model.row(self.table.currentIndex().row())

    def _sync_substitute(self) -> None:
        row = self._current()
        self.substitute.clear()
        self.substitute.addItem(self.tr("– niemanden –"), None)
        for other in (self.model.row(i) for i in range(self.model.rowCount())):
            if other and other.membership_id and row and other.person_id != row.person_id:
                self.substitute.addItem(other.person_name, other.membership_id)
        if row and row.substitute_for_membership_id:
            self.substitute.setCurrentIndex(
                max(0, find_data(self.substitute, row.substitute_for_membership_id)))

    def set_status(self, status: str) -> None:
        """Record the status of the selected person and move to the next row."""
        row = self._current()
        if row is None or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        done = self._write(lambda s: svc.set_attendance(
            s, meeting_id, row.person_id, status, membership_id=row.membership_id,
            substitute_for_membership_id=row.substitute_for_membership_id),
            self.tr("Anwesenheit erfassen"))
        if done.ok:
            next_row = min(self.table.currentIndex().row() + 1, self.model.rowCount() - 1)
            self.refresh()
            self.changed.emit()
            self.table.selectRow(next_row)

    def _on_substitute_chosen(self, _index: int) -> None:
        row = self._current()
        if row is None or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        for_id = self.substitute.currentData()
        done = self._write(lambda s: svc.set_attendance(
            s, meeting_id, row.person_id, row.status or AttendanceStatus.PRESENT,
            membership_id=row.membership_id, substitute_for_membership_id=for_id),
            self.tr("Vertretung erfassen"))
        if done.ok:
            self.refresh()
            self.changed.emit()

    def _save_residents(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id, count = self.meeting_id, self.residents.value()
        if self._write(lambda s: svc.set_resident_count(s, meeting_id, count),
                       self.tr("Bewohner*innen zählen")).ok:
            self.changed.emit()

    def _save_guests(self) -> None:
        if self.meeting_id is None or self.guests.isReadOnly():
            return
        meeting_id = self.meeting_id
        names = self.guests.toPlainText().splitlines()
        if self._write(lambda s: svc.set_guest_institutions(s, meeting_id, names),
                       self.tr("Gäste erfassen")).ok:
            self.changed.emit()

    def flush(self) -> None:
        """Save pending edits of the guest list (before the editor closes)."""
        if self._guest_timer.isActive():
            self._guest_timer.stop()
            self._save_guests()
