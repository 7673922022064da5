"""Small dialogs of the minutes: an amendment and the meeting's data (plan a meeting, change
date, times, place and roles). The concern/task/agreement form lives in ``result_dialog``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...services.meetings import BodyInfo, NamedRef
from .form_dialog import FormDialog, date_edit, find_data, pydate, text_box
from .result_dialog import ResultDialog

__all__ = ["AmendmentDialog", "MeetingDataDialog", "ResultDialog", "find_data", "parse_time"]


def parse_time(text: str) -> time | None:
    """"17", "17:30", "1730" or "17.30" → time; empty → None; raises ValueError otherwise."""
    raw = text.strip().replace(".", ":").removesuffix(" Uhr")
    if not raw:
        return None
    if ":" not in raw:
        raw = f"{raw[:-2]}:{raw[-2:]}" if len(raw) > 2 else f"{raw}:00"
    hours, minutes = raw.split(":", 1)
    return time(int(hours), int(minutes or 0))


class AmendmentDialog(FormDialog):
    """"Änderung protokollieren": a correction of approved minutes."""

    def __init__(self, item_titles: Sequence[tuple[uuid.UUID | None, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Änderung protokollieren"), parent)
        self.setObjectName("amendmentDialog")
        self.item = QComboBox()
        self.item.setObjectName("amendmentItem")
        for item_id, title in item_titles:
            self.item.addItem(title, item_id)
        self.text = text_box("", "amendmentText", 5)
        self.text.setAccessibleName(self.tr("Änderung"))
        self.form.addRow(self.tr("Betrifft"), self.item)
        self.form.addRow(self.tr("Änderung"), self.text)
        hint = QLabel(self.tr("Das genehmigte Protokoll bleibt unverändert; die Änderung wird "
                              "mit Datum und Namen daneben gezeigt."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.privacy.watch(self.tr("Änderung"), self.text)
        self.text.setFocus()

    def check(self) -> str | None:
        """The text is required."""
        return None if self.text.toPlainText().strip() else self.tr("Änderung: fehlt (Pflichtfeld)")

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``add_amendment``."""
        return {"text": self.text.toPlainText().strip(), "agenda_item_id": self.item.currentData()}


class MeetingDataDialog(FormDialog):
    """Plan a meeting (with a body to choose) or change the data of one.

    For a meeting that is only planned (``deletable``) the dialog also offers "Sitzung
    löschen …": it closes the dialog and emits ``delete_requested``; the editor asks and
    deletes. A cancelled or moved meeting is what one looks at here.
    """

    delete_requested = Signal()

    def __init__(
        self,
        *,
        bodies: Sequence[BodyInfo] = (),
        people: Sequence[NamedRef] = (),
        day: date | None = None,
        start: time | None = None,
        end: time | None = None,
        place: str = "",
        moderation: str = "",
        minute_taker_id: uuid.UUID | None = None,
        chair_id: uuid.UUID | None = None,
        deletable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        planning = bool(bodies)
        super().__init__(self.tr("Sitzung planen") if planning else self.tr("Sitzungsdaten"),
                         parent)
        self.setObjectName("meetingDataDialog")
        self.body = QComboBox()
        self.body.setObjectName("meetingBody")
        for b in bodies:
            self.body.addItem(b.name, b.id)
        self.day = date_edit("meetingDate", day or date.today(), display="ddd, dd.MM.yyyy")
        self.start = QLineEdit(start.strftime("%H:%M") if start else "")
        self.start.setObjectName("meetingStart")
        self.start.setPlaceholderText("17:00")
        self.end = QLineEdit(end.strftime("%H:%M") if end else "")
        self.end.setObjectName("meetingEnd")
        self.end.setPlaceholderText("19:00")
        self.place = QLineEdit(place)
        self.place.setObjectName("meetingPlace")
        self.moderation = QLineEdit(moderation)
        self.moderation.setObjectName("meetingModeration")
        self.chair = self._people_box(people, chair_id, "meetingChair")
        self.minute_taker = self._people_box(people, minute_taker_id, "meetingMinuteTaker")
        self.template = QCheckBox(self.tr("Standard-Tagesordnung einfügen"))
        self.template.setChecked(True)
        if planning:
            self.form.addRow(self.tr("Gremium"), self.body)
        self.form.addRow(self.tr("Datum"), self.day)
        self.form.addRow(self.tr("Beginn"), self.start)
        self.form.addRow(self.tr("Ende"), self.end)
        self.form.addRow(self.tr("Ort"), self.place)
        self.form.addRow(self.tr("Moderation"), self.moderation)
        self.form.addRow(self.tr("Vorsitz"), self.chair)
        self.form.addRow(self.tr("Protokoll"), self.minute_taker)
        if planning:
            self.form.addRow("", self.template)
        self.delete_button = None
        if deletable:
            self.delete_button = self.buttons.addButton(
                self.tr("Sitzung löschen …"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.setObjectName("deleteMeetingButton")
            self.delete_button.setToolTip(self.tr("Diese geplante Sitzung löschen (mit "
                                                  "Rückfrage; rückgängig mit Strg+Z)"))
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self._on_delete_clicked)

    def _on_delete_clicked(self) -> None:
        self.reject()
        self.delete_requested.emit()

    def _people_box(self, people: Sequence[NamedRef], current: uuid.UUID | None,
                    name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(self.tr("– niemand –"), None)
        for ref in people:
            box.addItem(ref.name, ref.id)
        box.setCurrentIndex(max(0, find_data(box, current)) if current else 0)
        return box

    def check(self) -> str | None:
        """Times must read as times."""
        for label, edit in ((self.tr("Beginn"), self.start), (self.tr("Ende"), self.end)):
            try:
                parse_time(edit.text())
            except ValueError:
                return self.tr("{label}: „{text}“ ist keine Uhrzeit (z. B. 17:30)").format(
                    label=label, text=edit.text())
        return None

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``plan_meeting`` / ``update_meeting``."""
        return {
            "day": pydate(self.day.date()),
            "start_time": parse_time(self.start.text()),
            "end_time": parse_time(self.end.text()),
            "place": self.place.text(),
            "moderation": self.moderation.text(),
            "chair_person_id": self.chair.currentData(),
            "minute_taker_person_id": self.minute_taker.currentData(),
        }

    def body_id(self) -> uuid.UUID | None:
        """The chosen body (planning only)."""
        value = self.body.currentData()
        return value if isinstance(value, uuid.UUID) else None
