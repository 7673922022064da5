"""Small dialogs of the minutes: quick entry of a concern, task or agreement, an amendment,
and the meeting's data (plan a meeting, change date, times, place and roles)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import BodyInfo, NamedRef


def find_data(combo: QComboBox, value: object) -> int:
    """The row of ``value`` in a combo box, compared by equality (``QComboBox.findData``
    compares Python objects by identity, so an equal UUID would not be found)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def parse_time(text: str) -> time | None:
    """"17", "17:30", "1730" or "17.30" → time; empty → None; raises ValueError otherwise."""
    raw = text.strip().replace(".", ":").removesuffix(" Uhr")
    if not raw:
        return None
    if ":" not in raw:
        raw = f"{raw[:-2]}:{raw[-2:]}" if len(raw) > 2 else f"{raw}:00"
    hours, minutes = raw.split(":", 1)
    return time(int(hours), int(minutes or 0))


class _FormDialog(QDialog):
    """A form with a message line and OK/Cancel; Ctrl+Enter accepts from anywhere."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Speichern"))
        ok.setToolTip(self.tr("Speichern (Strg+Eingabe)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def show_message(self, text: str) -> None:
        """Show why the input cannot be saved (the dialog stays open)."""
        self.message.setText(text)
        self.message.show()

    def check(self) -> str | None:
        """Why the input is not acceptable (None when it is)."""
        return None

    def accept(self) -> None:
        """Accept only valid input."""
        problem = self.check()
        if problem:
            self.show_message(problem)
            return
        super().accept()


def _text_box(text: str, name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class ResultDialog(_FormDialog):
    """Quick entry of a concern, a task or an agreement while minuting."""

    def __init__(
        self,
        kind: str,
        *,
        text: str = "",
        owners: Sequence[NamedRef] = (),
        organizations: Sequence[NamedRef] = (),
        earliest_due: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle({"concern": self.tr("Neues Anliegen"), "task": self.tr("Neue Aufgabe"),
                             "arrangement": self.tr("Neue Vereinbarung")}[kind])
        self.setObjectName(f"{kind}Dialog")
        self.kind = kind
        self.text = _text_box(text, "resultText")
        label = {"concern": self.tr("Anliegen"), "task": self.tr("Was"),
                 "arrangement": self.tr("Vereinbarung")}[kind]
        self.text.setAccessibleName(label)
        self.form.addRow(label, self.text)
        self.target_group = QLineEdit()
        self.target_group.setObjectName("targetGroup")
        self.target_group.setPlaceholderText(self.tr("z. B. Jugendliche 14–18, Familien"))
        self.owner = QComboBox()
        self.owner.setObjectName("taskOwner")
        self.owner.setEditable(True)
        self.owner.lineEdit().setPlaceholderText(self.tr("Person, Organisation oder Text"))
        self.due = QDateEdit()
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.no_due = QCheckBox(self.tr("ohne Frist"))
        if kind == "concern":
            self.form.addRow(self.tr("Zielgruppe"), self.target_group)
        elif kind == "task":
            self.owner.addItem("", None)
            for ref in owners:
                self.owner.addItem(ref.name, ("person", ref.id))
            for ref in organizations:
                self.owner.addItem(ref.name, ("organization", ref.id))
            self.owner.setCurrentIndex(0)
            self.form.addRow(self.tr("Wer"), self.owner)
            start = earliest_due or date.today()
            self.due.setMinimumDate(_qdate(start))
            self.due.setDate(_qdate(start).addDays(14))
            self.form.addRow(self.tr("Bis wann"), self.due)
            self.form.addRow("", self.no_due)
            self.no_due.toggled.connect(lambda on: self.due.setEnabled(not on))
        self.text.setFocus()

    def check(self) -> str | None:
        """The text is required."""
        if not self.text.toPlainText().strip():
            return self.tr("{label}: fehlt (Pflichtfeld)").format(
                label=self.form.labelForField(self.text).text()  # type: ignore[union-attr]
            )
        return None

    def values(self) -> dict[str, Any]:
        """Keyword arguments for the service call."""
        text = self.text.toPlainText().strip()
        if self.kind == "concern":
            return {"text": text, "target_group": self.target_group.text().strip()}
        if self.kind == "arrangement":
            return {"text": text}
        out: dict[str, Any] = {"description": text, "owner_person_id": None,
                               "owner_organization_id": None, "owner_text": "",
                               "due": None if self.no_due.isChecked() else _pydate(self.due.date())}
        data = self.owner.currentData()
        typed = self.owner.currentText().strip()
        if data and typed == self.owner.itemText(self.owner.currentIndex()):
            out["owner_person_id" if data[0] == "person" else "owner_organization_id"] = data[1]
        else:
            out["owner_text"] = typed
        return out


class AmendmentDialog(_FormDialog):
    """"Änderung protokollieren": a correction of approved minutes."""

    def __init__(self, item_titles: Sequence[tuple[uuid.UUID | None, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Änderung protokollieren"), parent)
        self.setObjectName("amendmentDialog")
        self.item = QComboBox()
        self.item.setObjectName("amendmentItem")
        for item_id, title in item_titles:
            self.item.addItem(title, item_id)
        self.text = _text_box("", "amendmentText", 5)
        self.text.setAccessibleName(self.tr("Änderung"))
        self.form.addRow(self.tr("Betrifft"), self.item)
        self.form.addRow(self.tr("Änderung"), self.text)
        hint = QLabel(self.tr("Das genehmigte Protokoll bleibt unverändert; die Änderung wird "
                              "mit Datum und Namen daneben gezeigt."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.text.setFocus()

    def check(self) -> str | None:
        """The text is required."""
        return None if self.text.toPlainText().strip() else self.tr("Änderung: fehlt (Pflichtfeld)")

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``add_amendment``."""
        return {"text": self.text.toPlainText().strip(), "agenda_item_id": self.item.currentData()}


class MeetingDataDialog(_FormDialog):
    """Plan a meeting (with a body to choose) or change the data of one."""

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
        self.day = QDateEdit(_qdate(day or date.today()))
        self.day.setObjectName("meetingDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd, dd.MM.yyyy")
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
            "day": _pydate(self.day.date()),
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
