"""The head of the meeting editor: body name, status, date line and the meeting's actions.

The body name wraps instead of claiming its width: "Lenkungsgruppe Regionalraum Mitte
(Arbeitstitel)" in one line beside the buttons needed more than a 1280 pixel window leaves
next to the area tree, and the page scrolled sideways with the buttons cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.formatting import format_date_weekday, format_time_range
from ..wrapping_title import WrappingTitle
from .labels import meeting_status_text

STATUS_STYLE = (
    "QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px;"
    " font-weight: 600; }}"
)
STATUS_COLORS: dict[str, tuple[str, str]] = {
    MeetingStatus.PLANNED: ("#e8eef9", "#1d3a6b"),
    MeetingStatus.HELD: ("#fff1d6", "#7a4b00"),
    MeetingStatus.CLOSED: ("#e6f4ea", "#1e5e2b"),
    MeetingStatus.APPROVED: ("#dfe9df", "#1b4d1f"),
}


class EditorHeader(QWidget):
    """Title (objectName ``meetingTitle``), status chip, the buttons of the meeting and the
    date line (``meetingSubtitle``) below; the editor connects the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappingTitle()
        self.title.setObjectName("meetingTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("meetingSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setStyleSheet("color: #3c4043;")
        self.subtitle.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Sitzung beginnen"))
        self.start_button.setObjectName("startMeetingButton")
        self.close_button = QPushButton(self.tr("Protokoll abschließen"))
        self.close_button.setObjectName("closeMinutesButton")
        self.reopen_button = QPushButton(self.tr("Wieder öffnen"))
        self.reopen_button.setObjectName("reopenMinutesButton")
        self.amend_button = QPushButton(self.tr("Änderung protokollieren"))
        self.amend_button.setObjectName("amendButton")
        self.data_button = QPushButton(self.tr("Sitzungsdaten …"))
        self.data_button.setObjectName("meetingDataButton")
        self.data_button.setToolTip(self.tr("Datum, Zeit, Ort, Vorsitz und Protokoll ändern; "
                                            "eine geplante Sitzung löschen"))
        top = QHBoxLayout()
        top.setSpacing(8)
        # Title and chip sit together on the left; the stretch takes what is left over, and
        # only when nothing is left over does the title wrap.
        top.addWidget(self.title)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        for button in self.buttons():
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.subtitle)

    def buttons(self) -> tuple[QPushButton, ...]:
        """The action buttons, left to right."""
        return (self.start_button, self.close_button, self.reopen_button, self.amend_button,
                self.data_button)

    def show_meeting(self, d: svc.MeetingDetail) -> None:
        """Fill the head for a meeting and show the buttons its status allows."""
        self.title.setText(d.body_name)
        self.title.setToolTip(d.body_name)
        bg, fg = STATUS_COLORS.get(d.status, ("#eee", "#333"))
        self.status.setText(meeting_status_text(d.status))
        self.status.setStyleSheet(STATUS_STYLE.format(bg=bg, fg=fg))
        parts = [format_date_weekday(d.date)]
        if d.start_time:
            parts.append(format_time_range(d.start_time, d.end_time))
        if d.place:
            parts.append(d.place)
        if d.moderation:
            parts.append(self.tr("Moderation: {name}").format(name=d.moderation))
        if d.chair_name:
            parts.append(self.tr("Vorsitz: {name}").format(name=d.chair_name))
        if d.minute_taker_name:
            parts.append(self.tr("Protokoll: {name}").format(name=d.minute_taker_name))
        self.subtitle.setText(" · ".join(parts))
        status = d.status
        self.start_button.setVisible(status == MeetingStatus.PLANNED)
        self.close_button.setVisible(status in (MeetingStatus.PLANNED, MeetingStatus.HELD))
        self.reopen_button.setVisible(status == MeetingStatus.CLOSED)
        self.amend_button.setVisible(status == MeetingStatus.APPROVED)
        self.data_button.setEnabled(not d.locked)
