""""Auf Tagesordnung der Lenkungsgruppe setzen": choose a planned meeting of the Regionalraum's
Lenkungsgruppe (date, time, place, number of items) or plan a new date, see which TOP the
measure will get, then the service creates the item and moves the measure on."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models import AgendaKind
from ...services import measures as services
from ...services.formatting import format_date, format_date_weekday, format_time
from ...services.measures import (
    AgendaOptions,
    MeasureData,
    MeetingChoice,
    TransitionResult,
)
from ...storage.database import Database
from .labels import action_text

__all__ = ["AgendaDialog", "MeetingChoiceModel"]

_Index = QModelIndex | QPersistentModelIndex


class MeetingChoiceModel(QAbstractTableModel):
    """The planned meetings offered: date, time, place, items, items of the measure's kind."""

    def __init__(self, options: AgendaOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(options.meetings)
        same = (self.tr("Verlängerungen") if options.kind == AgendaKind.EXTENSION
                else self.tr("Anträge"))
        self._headers = [self.tr("Datum"), self.tr("Uhrzeit"), self.tr("Ort"),
                         self.tr("TOPs"), same]

    def meeting(self, row: int) -> MeetingChoice | None:
        """The meeting in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def first_free_row(self) -> int | None:
        """The first meeting the measure is not on yet (the default choice)."""
        return next((i for i, m in enumerate(self._rows) if not m.lists_measure), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Meetings offered."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Date, time, place, items, items of the kind."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """A meeting that lists the measure already cannot be chosen again."""
        meeting = self.meeting(index.row()) if index.isValid() else None
        if meeting is None:
            return Qt.ItemFlag.NoItemFlags
        if meeting.lists_measure:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, meeting: MeetingChoice, column: int) -> str:
        if column == 0:
            day = format_date_weekday(meeting.day)
            return day if meeting.upcoming else day + self.tr(" (liegt zurück)")
        if column == 1:
            return format_time(meeting.start_time)
        if column == 2:
            return meeting.place
        return str(meeting.item_count if column == 3 else meeting.same_kind_count)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cells, a tooltip for meetings that are not offered, grey for passed dates."""
        meeting = self.meeting(index.row()) if index.isValid() else None
        if meeting is None or not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meeting, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}: {self._text(meeting, index.column())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if meeting.lists_measure:
                return self.tr("Die Maßnahme steht schon auf dieser Tagesordnung.")
            return f"{meeting.body_name}, {format_date(meeting.day)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not meeting.upcoming:
            return QBrush(QColor("#6b6b6b"))
        return None


class AgendaDialog(QDialog):
    """Choose the meeting (or a new date) and put the measure on its agenda; ``outcome`` holds
    the outcome after OK (like :class:`~.actions.ActionDialog`)."""

    def __init__(self, database: Database, data: MeasureData, user: str,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        assert data.id is not None
        self.setObjectName("measureAgendaDialog")
        self.setWindowTitle(f"{action_text('put_on_agenda')} – {data.number}")
        self.database, self.data, self.user = database, data, user
        self.today = today or date.today()
        self.outcome: TransitionResult | None = None
        with database.session() as s:
            self.options = services.agenda_options(s, data.id, today=self.today)
        extension = self.options.kind == AgendaKind.EXTENSION
        self.section = self.tr("Verlängerungen") if extension else self.tr("Anträge")

        what = self.tr("Verlängerungsantrag") if extension else self.tr("Antrag")
        body = self.options.body_name or self.tr("Lenkungsgruppe")
        intro = QLabel(self.tr("{what} „{title}“ auf die Tagesordnung der {body} setzen.")
                       .format(what=what, title=data.title, body=body), self)
        intro.setObjectName("agendaIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.use_meeting = QRadioButton(self.tr("&Geplante Sitzung wählen:"), self)
        self.use_meeting.setObjectName("agendaUseMeeting")
        self.model = MeetingChoiceModel(self.options, self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaMeetings")
        self.table.setAccessibleName(self.tr("Geplante Sitzungen der {body}").format(body=body))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.empty = QLabel(self.tr("Keine geplante Sitzung der {body}: bitte einen neuen Termin "
                                    "planen.").format(body=body), self)
        self.empty.setObjectName("agendaNoMeetings")
        self.empty.setWordWrap(True)

        self.plan_new = QRadioButton(self.tr("&Neuen Sitzungstermin planen:"), self)
        self.plan_new.setObjectName("agendaPlanNew")
        self.new_date = QDateEdit(self)
        self.new_date.setObjectName("agendaNewDate")
        self.new_date.setAccessibleName(self.tr("Datum der neuen Sitzung"))
        self.new_date.setDisplayFormat("dd.MM.yyyy")
        self.new_date.setCalendarPopup(True)
        self.new_date.setMinimumDate(_qdate(self.today))
        self.new_date.setDate(_qdate(self.today + timedelta(days=14)))
        self.new_date.setMinimumWidth(self.new_date.fontMetrics().horizontalAdvance("00.00.0000")
                                      + 60)
        group = QButtonGroup(self)
        group.addButton(self.use_meeting)
        group.addButton(self.plan_new)

        self.preview = QLabel(self)
        self.preview.setObjectName("agendaPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("action_note")
        self.note.setAccessibleName(self.tr("Notiz"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        note_label = QLabel(self.tr("N&otiz:"), self)
        note_label.setBuddy(self.note)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Auf Tagesordnung setzen"))
        self.ok_button.setObjectName("agendaOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)

        new_row = QHBoxLayout()
        new_row.addWidget(self.plan_new)
        new_row.addWidget(self.new_date)
        new_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.use_meeting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(new_row)
        layout.addWidget(self.preview)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        # Takes the room of a hidden (empty) meeting list; with the list shown it gets none.
        layout.addStretch(0)
        layout.addWidget(buttons)

        self.use_meeting.toggled.connect(self._on_mode_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_preview())
        self.table.doubleClicked.connect(lambda _i: self.run())
        self.new_date.dateChanged.connect(lambda _d: self._update_preview())
        self._choose_default()
        self.resize(640, 460)

    # --- state -------------------------------------------------------------------------------

    def _choose_default(self) -> None:
        has_body = self.options.body_id is not None
        row = self.model.first_free_row()
        self.empty.setVisible(row is None)
        self.table.setVisible(self.model.rowCount() > 0)
        self.use_meeting.setEnabled(row is not None)
        self.plan_new.setEnabled(has_body)
        self.new_date.setEnabled(has_body)
        if not has_body:
            self.table.setEnabled(False)
            self.ok_button.setEnabled(False)
            self._show(self.tr("Lenkungsgruppe: Für den Regionalraum „{region}“ gibt es keine "
                               "Lenkungsgruppe (bitte erst unter „Gremien“ anlegen).")
                       .format(region=self.options.region_name))
            return
        if row is not None:
            self.use_meeting.setChecked(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.setFocus()
        else:
            self.plan_new.setChecked(True)
            self.new_date.setFocus()
        self._on_mode_changed()

    def _on_mode_changed(self, *_args: object) -> None:
        existing = self.use_meeting.isChecked()
        self.table.setEnabled(existing)
        self.new_date.setEnabled(not existing and self.options.body_id is not None)
        if existing and self.sender() is self.use_meeting:
            self.table.setFocus()
        self._update_preview()

    def chosen_meeting(self) -> MeetingChoice | None:
        """The selected meeting (None when planning a new date)."""
        if not self.use_meeting.isChecked():
            return None
        index = self.table.currentIndex()
        meeting = self.model.meeting(index.row()) if index.isValid() else None
        return None if meeting is None or meeting.lists_measure else meeting

    def new_meeting_date(self) -> date:
        """The date typed for a new meeting."""
        value = self.new_date.date()
        return date(value.year(), value.month(), value.day())

    def _update_preview(self) -> None:
        if self.options.body_id is None:
            self.preview.setText("")
            return
        meeting = self.chosen_meeting()
        if self.plan_new.isChecked():
            self.preview.setText(self.tr(
                "Die Sitzung am {day} wird mit der Standard-Tagesordnung geplant; die Maßnahme "
                "kommt unter „{section}“.").format(day=format_date(self.new_meeting_date()),
                                                  section=self.section))
            return
        if meeting is None:
            self.preview.setText(self.tr("Bitte eine Sitzung wählen."))
            return
        with self.database.session() as s:
            slot = services.agenda_slot(s, meeting.id, self.options.kind)
        where = (self.tr(" unter „{section}“").format(section=slot.section) if slot.section
                 else "")
        self.preview.setText(self.tr("Die Maßnahme wird TOP {number}{where} der Sitzung am "
                                     "{day}.").format(number=slot.number, where=where,
                                                      day=format_date(meeting.day)))

    # --- running -----------------------------------------------------------------------------

    def run(self) -> None:
        """Call the service; show a refusal in the dialog, close on success."""
        if not self.ok_button.isEnabled():
            return
        meeting_id: uuid.UUID | None = None
        new_on: date | None = None
        if self.plan_new.isChecked():
            new_on = self.new_meeting_date()
        else:
            meeting = self.chosen_meeting()
            if meeting is None:
                self._show(self.tr("Sitzung: Bitte eine geplante Sitzung wählen oder einen "
                                   "neuen Termin planen."))
                return
            meeting_id = meeting.id
        assert self.data.id is not None
        try:
            with self.database.write() as s:
                self.outcome = services.put_on_agenda(
                    s, self.data.id, meeting_id=meeting_id, new_meeting_on=new_on,
                    user=self.user, note=self.note.toPlainText(), today=self.today)
        except (ValueError, services.MeasureNotFoundError) as exc:
            self._show(str(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
