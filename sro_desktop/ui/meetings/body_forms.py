"""The small forms of the bodies dialog: rename or retire a body, edit a membership.

They only collect and check input; the bodies dialog writes through the services, which
enforce the rules (one seat per person and period, a substitute names a current member).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...services import meetings as svc
from ...services.formatting import format_date, parse_date
from .form_dialog import FormDialog, date_edit, find_data, fit_date, pydate
from .labels import ROLES, role_text


def parse_optional_date(text: str, label: str) -> date | None:
    """"TT.MM.JJJJ" → date, empty → None; a German refusal naming ``label`` otherwise."""
    if not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise svc.MeetingRuleError(QCoreApplication.translate(
            "BodiesDialog", "{label}: „{text}“ ist kein Datum (TT.MM.JJJJ)").format(
                label=label, text=text)) from exc


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #3c4043;")
    return label


class BodyNameDialog(FormDialog):
    """"Gremium umbenennen" (objectName ``bodyNameDialog``)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gremium umbenennen"), parent)
        self.setObjectName("bodyNameDialog")
        self.name = QLineEdit(name)
        self.name.setObjectName("bodyNameEdit")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(300)
        self.name.selectAll()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(_hint(self.tr("Sitzungen und Protokolle zeigen künftig den neuen "
                                       "Namen.")))
        self.setMinimumWidth(520)

    def check(self) -> str | None:
        """The name is required."""
        return None if self.name.text().strip() else self.tr("Name: fehlt (Pflichtfeld)")

    def value(self) -> str:
        """The new name."""
        return self.name.text().strip()


class RetireBodyDialog(FormDialog):
    """"Gremium außer Dienst stellen" with the day it ends (objectName ``retireBodyDialog``)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gremium außer Dienst stellen"), parent)
        self.setObjectName("retireBodyDialog")
        self.day = date_edit("retireBodyDate", date.today())
        self.day.setAccessibleName(self.tr("Außer Dienst ab"))
        title = QLabel(name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.form.addRow(self.tr("Gremium"), title)
        self.form.addRow(self.tr("Außer Dienst ab"), self.day)
        self.form.addRow(_hint(self.tr(
            "Das Gremium bekommt keine neuen Sitzungen mehr. Seine Sitzungen und Protokolle "
            "bleiben in den Listen und in der Suche; „Wieder in Dienst stellen“ macht es "
            "rückgängig.")))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            self.tr("Außer Dienst stellen"))
        self.setMinimumWidth(520)

    def value(self) -> date:
        """The day the body stops meeting."""
        return pydate(self.day.date())


class MembershipDialog(FormDialog):
    """"Mitgliedschaft bearbeiten": organisation, role, whom the member stands in for and the
    period of one seat (objectName ``membershipDialog``)."""

    def __init__(self, member: svc.MemberInfo, *, organizations: Sequence[svc.NamedRef],
                 current: Sequence[svc.MemberInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mitgliedschaft bearbeiten"), parent)
        self.setObjectName("membershipDialog")
        self.member = member
        person = QLabel(member.person_name)
        person.setTextFormat(Qt.TextFormat.PlainText)
        person.setObjectName("membershipPerson")
        self.organization = QComboBox()
        self.organization.setObjectName("membershipOrganization")
        self.organization.setAccessibleName(self.tr("Organisation"))
        self.organization.setEditable(True)
        self.organization.addItem("", None)
        for ref in organizations:
            self.organization.addItem(ref.name, ref.id)
        if member.organization_id is not None:
            row = find_data(self.organization, member.organization_id)
            if row < 0:
                self.organization.addItem(member.organization_name, member.organization_id)
                row = self.organization.count() - 1
            self.organization.setCurrentIndex(row)
        self.role = QComboBox()
        self.role.setObjectName("membershipRole")
        self.role.setAccessibleName(self.tr("Rolle"))
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        self.substitute_for = QComboBox()
        self.substitute_for.setObjectName("membershipSubstituteFor")
        self.substitute_for.setAccessibleName(self.tr("Vertritt"))
        self.substitute_for.addItem(self.tr("– niemanden –"), None)
        for other in current:
            if other.id != member.id and other.person_id != member.person_id:
                self.substitute_for.addItem(other.person_name, other.id)
        if member.substitute_for_id is not None:
            row = find_data(self.substitute_for, member.substitute_for_id)
            if row < 0:  # the member stood in for somebody who has left since
                self.substitute_for.addItem(member.substitute_for_name, member.substitute_for_id)
                row = self.substitute_for.count() - 1
            self.substitute_for.setCurrentIndex(row)
        self.valid_from = self._date_field("membershipFrom", self.tr("Mitglied von"),
                                           member.valid_from)
        self.valid_to = self._date_field("membershipTo", self.tr("Mitglied bis"),
                                         member.valid_to)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.valid_to)
        period.addStretch(1)
        self.form.addRow(self.tr("Person"), person)
        self.form.addRow(self.tr("Organisation"), self.organization)
        self.form.addRow(self.tr("Rolle"), self.role)
        self.form.addRow(self.tr("Vertritt"), self.substitute_for)
        self.form.addRow(self.tr("Zeitraum"), period)
        self.form.addRow(_hint(self.tr("Eine Person hat je Gremium und Zeitraum nur einen Sitz; "
                                       "ein Wechsel der Rolle wird hier eingetragen.")))
        self.setMinimumWidth(560)
        self.role.setFocus()

    def _date_field(self, name: str, label: str, value: date | None) -> QLineEdit:
        edit = QLineEdit(format_date(value))
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        fit_date(edit)
        return edit

    def check(self) -> str | None:
        """Both dates must read as dates (the services check the rest)."""
        for label, edit in ((self.tr("Von"), self.valid_from), (self.tr("Bis"), self.valid_to)):
            try:
                parse_optional_date(edit.text(), label)
            except svc.MeetingRuleError as exc:
                return exc.message
        return None

    def values(self) -> dict[str, Any]:
        """``role``, ``substitute_for_id``, ``valid_from`` and ``valid_to`` for
        ``update_membership``."""
        return {
            "role": self.role.currentData(),
            "substitute_for_id": self.substitute_for.currentData(),
            "valid_from": parse_optional_date(self.valid_from.text(), self.tr("Von")),
            "valid_to": parse_optional_date(self.valid_to.text(), self.tr("Bis")),
        }

    def organization_choice(self) -> tuple[uuid.UUID | None, str]:
        """The chosen organisation's id (None when typed anew or empty) and its text."""
        typed = self.organization.currentText().strip()
        row = self.organization.findText(typed) if typed else -1
        data = self.organization.itemData(row) if row > 0 else None
        return (data if isinstance(data, uuid.UUID) else None), typed
