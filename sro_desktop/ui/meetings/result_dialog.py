"""The form of a concern, a task or an agreement: quick entry while minuting, and editing later.

Editing shows what entry leaves out (a concern's area and status, whether a task is done).
When the minutes are closed or approved the text fields stay read-only, but what is follow-up
work rather than minutes text stays editable: a concern's status, a task being done.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...services.meetings import AreaChoice, ArrangementInfo, ConcernInfo, NamedRef, TaskInfo
from .form_dialog import FormDialog, date_edit, find_data, pydate, qdate, text_box
from .labels import CONCERN_STATUSES, concern_status_text

Record = ConcernInfo | TaskInfo | ArrangementInfo


class OwnerBox(QComboBox):
    """Who does a task: a member, an organisation, or any typed text."""

    def __init__(self, owners: Sequence[NamedRef], organizations: Sequence[NamedRef]) -> None:
        super().__init__()
        self.setObjectName("taskOwner")
        self.setEditable(True)
        self.lineEdit().setPlaceholderText(self.tr("Person, Organisation oder Text"))
        self.addItem("", None)
        for ref in owners:
            self.addItem(ref.name, ("person", ref.id))
        for ref in organizations:
            self.addItem(ref.name, ("organization", ref.id))
        self.setCurrentIndex(0)

    def set_owner(self, task: TaskInfo) -> None:
        """Show the task's owner; a person no longer in the list is added for it."""
        key = (("person", task.owner_person_id) if task.owner_person_id else
               ("organization", task.owner_organization_id) if task.owner_organization_id
               else None)
        if key is None:
            self.setCurrentIndex(0)
            self.setEditText(task.owner)
            return
        row = find_data(self, key)
        if row < 0:
            self.addItem(task.owner, key)
            row = self.count() - 1
        self.setCurrentIndex(row)

    def values(self) -> dict[str, Any]:
        """``owner_person_id``, ``owner_organization_id`` and ``owner_text`` for the services."""
        out: dict[str, Any] = {"owner_person_id": None, "owner_organization_id": None,
                               "owner_text": ""}
        data = self.currentData()
        typed = self.currentText().strip()
        if data and typed == self.itemText(self.currentIndex()):
            out["owner_person_id" if data[0] == "person" else "owner_organization_id"] = data[1]
        else:
            out["owner_text"] = typed
        return out


class ResultDialog(FormDialog):
    """New or edit a concern, a task or an agreement (objectName ``<kind>Dialog``)."""

    def __init__(
        self,
        kind: str,
        *,
        text: str = "",
        owners: Sequence[NamedRef] = (),
        organizations: Sequence[NamedRef] = (),
        earliest_due: date | None = None,
        record: Record | None = None,
        areas: Sequence[AreaChoice] = (),
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.kind = kind
        self.record = record
        self.setObjectName(f"{kind}Dialog")
        titles = ({"concern": self.tr("Anliegen bearbeiten"), "task": self.tr("Aufgabe bearbeiten"),
                   "arrangement": self.tr("Vereinbarung bearbeiten")} if record else
                  {"concern": self.tr("Neues Anliegen"), "task": self.tr("Neue Aufgabe"),
                   "arrangement": self.tr("Neue Vereinbarung")})
        self.setWindowTitle(titles[kind])
        self.setAccessibleName(titles[kind])
        label = {"concern": self.tr("Anliegen"), "task": self.tr("Was"),
                 "arrangement": self.tr("Vereinbarung")}[kind]
        self.text = text_box(_record_text(record) if record else text, "resultText")
        self.text.setAccessibleName(label)
        self.text.setReadOnly(locked)
        self.form.addRow(label, self.text)
        self.target_group = QLineEdit()
        self.target_group.setObjectName("targetGroup")
        self.target_group.setAccessibleName(self.tr("Zielgruppe"))
        self.target_group.setPlaceholderText(self.tr("z. B. Jugendliche 14–18, Familien"))
        self.area = QComboBox()
        self.area.setObjectName("concernArea")
        self.area.setAccessibleName(self.tr("Gebiet"))
        self.status = QComboBox()
        self.status.setObjectName("concernStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.owner = OwnerBox(owners, organizations)
        self.owner.setAccessibleName(self.tr("Wer"))
        self.due = date_edit("taskDue")
        self.due.setAccessibleName(self.tr("Bis wann"))
        self.no_due = QCheckBox(self.tr("ohne Frist"))
        self.no_due.setObjectName("taskNoDue")
        self.done_box = QCheckBox(self.tr("erledigt am"))
        self.done_box.setObjectName("taskDone")
        self.done_day = date_edit("taskDoneDay", date.today())
        self.done_day.setAccessibleName(self.tr("Erledigt am"))
        if kind == "concern":
            self._build_concern(record, areas, locked)
        elif kind == "task":
            self._build_task(record, earliest_due, locked)
        if not locked:  # text that can no longer change needs no hint
            self.privacy.watch(label, self.text)
            if kind == "concern":
                self.privacy.watch(self.tr("Zielgruppe"), self.target_group)
            elif kind == "task":
                self.privacy.watch(self.tr("Wer"), self.owner)
        if locked:
            what = self.tr("der Status") if kind == "concern" else self.tr("„erledigt“")
            hint = QLabel(self.tr("Das Protokoll ist abgeschlossen oder genehmigt: nur {what} "
                                  "lässt sich noch ändern.").format(what=what))
            hint.setObjectName("lockedHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #1d3a6b;")
            self.form.insertRow(0, hint)
            (self.status if kind == "concern" else self.done_box).setFocus()
        else:
            self.text.setFocus()

    def _build_concern(self, record: Record | None, areas: Sequence[AreaChoice],
                       locked: bool) -> None:
        self.form.addRow(self.tr("Zielgruppe"), self.target_group)
        self.target_group.setReadOnly(locked)
        concern = record if isinstance(record, ConcernInfo) else None
        if concern is not None:
            self.target_group.setText(concern.target_group)
        if areas:
            for choice in areas:
                self.area.addItem(choice.label, choice.id)
            if concern is not None and concern.area_id is not None:
                if find_data(self.area, concern.area_id) < 0:
                    self.area.addItem(self.tr("(anderes Gebiet)"), concern.area_id)
                self.area.setCurrentIndex(find_data(self.area, concern.area_id))
            self.area.setEnabled(not locked)
            self.form.addRow(self.tr("Gebiet"), self.area)
        if concern is not None:
            for status in CONCERN_STATUSES:
                self.status.addItem(concern_status_text(status), status)
            self.status.setCurrentIndex(max(0, find_data(self.status, concern.status)))
            self.form.addRow(self.tr("Status"), self.status)

    def _build_task(self, record: Record | None, earliest_due: date | None,
                    locked: bool) -> None:
        task = record if isinstance(record, TaskInfo) else None
        start = earliest_due or date.today()
        if task is not None and task.due is not None:
            start = min(start, task.due)
        self.due.setMinimumDate(qdate(start))
        self.due.setDate(qdate(task.due if task and task.due else start).addDays(
            0 if task and task.due else 14))
        if task is not None:
            self.owner.set_owner(task)
            self.no_due.setChecked(task.due is None)
            self.due.setEnabled(task.due is not None and not locked)
        self.form.addRow(self.tr("Wer"), self.owner)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        self.form.addRow(self.tr("Bis wann"), due_row)
        self.no_due.toggled.connect(lambda on: self.due.setEnabled(not on))
        for widget in (self.owner, self.no_due):
            widget.setEnabled(not locked)
        if task is not None:
            self.done_box.setChecked(task.done_on is not None)
            if task.done_on is not None:
                self.done_day.setDate(qdate(task.done_on))
            self.done_day.setEnabled(task.done_on is not None)
            self.done_box.toggled.connect(self.done_day.setEnabled)
            done_row = QHBoxLayout()
            done_row.addWidget(self.done_box)
            done_row.addWidget(self.done_day)
            done_row.addStretch(1)
            self.form.addRow(self.tr("Stand"), done_row)

    def check(self) -> str | None:
        """The text is required."""
        if not self.text.toPlainText().strip():
            return self.tr("{label}: fehlt (Pflichtfeld)").format(
                label=self.text.accessibleName())
        return None

    def values(self) -> dict[str, Any]:
        """Keyword arguments for the add/update service call."""
        text = self.text.toPlainText().strip()
        if self.kind == "concern":
            out: dict[str, Any] = {"text": text, "target_group": self.target_group.text().strip()}
            if self.area.count():
                out["area_id"] = self.area.currentData()
            return out
        if self.kind == "arrangement":
            return {"text": text}
        return {"description": text, **self.owner.values(),
                "due": None if self.no_due.isChecked() else pydate(self.due.date())}

    def concern_status(self) -> str | None:
        """The chosen status of an edited concern (None for a new one)."""
        value = self.status.currentData()
        return value if isinstance(value, str) else None

    def done_on(self) -> date | None:
        """The day an edited task was done (None while open)."""
        return pydate(self.done_day.date()) if self.done_box.isChecked() else None


def _record_text(record: Record) -> str:
    return record.description if isinstance(record, TaskInfo) else record.text

