"""Bodies of an area and their members: person, organisation, role, substitute, period."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...models import BodyKind, MemberRole
from ...services import meetings as svc
from ...services.changes import ChangeSet
from ...services.formatting import format_date, parse_date
from ..i18n import body_kind_text
from .dialogs import find_data
from .labels import ROLES, role_text
from .table_model import TitledTableModel
from .writes import run_write

if TYPE_CHECKING:
    from ...app import AppContext

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(TitledTableModel):
    """Members of one body."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[svc.MemberInfo] = []
        self._headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Rolle"),
                         self.tr("Vertritt"), self.tr("Von"), self.tr("Bis")]

    def set_rows(self, rows: Sequence[svc.MemberInfo]) -> None:
        """Show the members."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def member(self, row: int) -> svc.MemberInfo | None:
        """The membership at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def members(self) -> list[svc.MemberInfo]:
        """All memberships shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Memberships."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells."""
        if (role != Qt.ItemDataRole.DisplayRole or not index.isValid()
                or not 0 <= index.row() < len(self._rows)):
            return None
        m = self._rows[index.row()]
        return (m.person_name, m.organization_name, role_text(m.role),
                m.substitute_for_name, format_date(m.valid_from),
                format_date(m.valid_to))[index.column()]


def _optional_date(text: str, label: str) -> Any:
    if not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise svc.MeetingRuleError(QCoreApplication.translate(
            "BodiesDialog", "{label}: „{text}“ ist kein Datum (TT.MM.JJJJ)").format(
                label=label, text=text)) from exc


class BodiesDialog(QDialog):
    """Manage the bodies of an area and their members (objectName ``bodiesDialog``)."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID | None,
                 area_ids: list[uuid.UUID] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.area_id = area_id
        self.area_ids = area_ids
        self.setObjectName("bodiesDialog")
        self.setWindowTitle(self.tr("Gremien und Mitglieder"))
        self.resize(900, 600)

        self.body = QComboBox()
        self.body.setObjectName("bodyChoice")
        self.body.setAccessibleName(self.tr("Gremium"))
        self.body.currentIndexChanged.connect(lambda _i: self._load_members())
        self.kind = QComboBox()
        self.kind.setObjectName("newBodyKind")
        for kind in BodyKind:
            self.kind.addItem(body_kind_text(kind), str(kind))
        self.body_name = QLineEdit()
        self.body_name.setObjectName("newBodyName")
        self.body_name.setPlaceholderText(self.tr("Name (leer: Art und Gebiet)"))
        create = QPushButton(self.tr("Gremium anlegen"))
        create.setObjectName("createBodyButton")
        create.clicked.connect(self.create_body)
        create.setEnabled(area_id is not None)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Gremium")))
        top.addWidget(self.body, 1)
        top.addSpacing(20)
        top.addWidget(self.kind)
        top.addWidget(self.body_name)
        top.addWidget(create)

        self.model = MemberTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setAccessibleName(self.tr("Mitglieder"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.person = QComboBox()
        self.person.setObjectName("memberPerson")
        self.person.setEditable(True)
        self.person.lineEdit().setPlaceholderText(self.tr("Vorname Nachname (neu oder vorhanden)"))
        self.organization = QComboBox()
        self.organization.setObjectName("memberOrganization")
        self.organization.setEditable(True)
        self.role = QComboBox()
        self.role.setObjectName("memberRole")
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(self.role.findData(str(MemberRole.VOTING)))
        self.substitute_for = QComboBox()
        self.substitute_for.setObjectName("memberSubstituteFor")
        self.valid_from = QLineEdit()
        self.valid_from.setObjectName("memberFrom")
        self.valid_from.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.valid_to = QLineEdit()
        self.valid_to.setObjectName("memberTo")
        self.valid_to.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        add = QPushButton(self.tr("Mitglied hinzufügen"))
        add.setObjectName("addMemberButton")
        add.clicked.connect(self.add_member)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Rolle"), self.role)
        form.addRow(self.tr("Vertritt"), self.substitute_for)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.valid_to)
        form.addRow(self.tr("Zeitraum"), period)
        form.addRow("", add)
        new_member = QGroupBox(self.tr("Neues Mitglied"))
        new_member.setLayout(form)

        self.end_date = QLineEdit()
        self.end_date.setObjectName("memberEndDate")
        self.end_date.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        end = QPushButton(self.tr("Mitgliedschaft beenden"))
        end.setObjectName("endMemberButton")
        end.clicked.connect(self.end_member)
        remove = QPushButton(self.tr("Eintrag entfernen"))
        remove.setObjectName("removeMemberButton")
        remove.setToolTip(self.tr("Nur für Fehleinträge; sonst die Mitgliedschaft beenden"))
        remove.clicked.connect(self.remove_member)
        selected = QHBoxLayout()
        selected.addWidget(QLabel(self.tr("Gewähltes Mitglied: beenden am")))
        selected.addWidget(self.end_date)
        selected.addWidget(end)
        selected.addStretch(1)
        selected.addWidget(remove)

        self.message = QLabel()
        self.message.setObjectName("bodiesMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        layout.addWidget(new_member)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load()

    # --- reading --------------------------------------------------------------------------

    def _load(self, select: uuid.UUID | None = None) -> None:
        current = select or self.body.currentData()
        with self.ctx.database.session() as s:
            bodies = svc.list_bodies(s, self.area_ids)
            people = svc.list_people(s)
            organizations = svc.list_organizations(s)
        self.body.blockSignals(True)
        self.body.clear()
        for b in bodies:
            self.body.addItem(f"{b.name} ({b.area_name})", b.id)
        self.body.setCurrentIndex(max(0, find_data(self.body, current)) if current else 0)
        self.body.blockSignals(False)
        self.person.clear()
        self.person.addItem("", None)
        for ref in people:
            self.person.addItem(ref.name, ref.id)
        self.organization.clear()
        self.organization.addItem("", None)
        for ref in organizations:
            self.organization.addItem(ref.name, ref.id)
        self._load_members()

    def _load_members(self) -> None:
        body_id = self.body.currentData()
        rows: list[svc.MemberInfo] = []
        if isinstance(body_id, uuid.UUID):
            with self.ctx.database.session() as s:
                rows = svc.members(s, body_id)
        self.model.set_rows(rows)
        self.substitute_for.clear()
        self.substitute_for.addItem(self.tr("– niemanden –"), None)
        for m in rows:
            self.substitute_for.addItem(m.person_name, m.id)

    # --- writing --------------------------------------------------------------------------

    def _write(self, action: Any, kinds: Sequence[str]) -> Any:
        result = run_write(self.ctx.database, action)
        if not result.ok:
            self.message.setText(result.message)
            self.message.show()
            return None
        self.message.hide()
        self.ctx.bus.publish(ChangeSet({k: frozenset() for k in kinds}), initiator=self)
        return result.value if result.value is not None else True

    def create_body(self) -> None:
        """A new body of the chosen kind for the selected area."""
        if self.area_id is None:
            return
        area_id, kind, name = self.area_id, self.kind.currentData(), self.body_name.text()
        new_id = self._write(lambda s: svc.create_body(s, area_id=area_id, kind=kind,
                                                       name=name or None), ("bodies",))
        if new_id:
            self.body_name.clear()
            self._load(new_id)

    def _person_id(self, s: Session) -> uuid.UUID:
        typed = self.person.currentText().strip()
        index = self.person.findText(typed)
        if index > 0 and isinstance(self.person.itemData(index), uuid.UUID):
            return self.person.itemData(index)  # type: ignore[no-any-return]
        if not typed:
            raise svc.MeetingRuleError(self.tr("Person: fehlt (Pflichtfeld)"))
        first, _, last = typed.rpartition(" ")
        return svc.create_person(s, first_name=first, last_name=last,
                                 organization_id=self._organization_id(s))

    def _organization_id(self, s: Session) -> uuid.UUID | None:
        typed = self.organization.currentText().strip()
        if not typed:
            return None
        index = self.organization.findText(typed)
        if index > 0 and isinstance(self.organization.itemData(index), uuid.UUID):
            return self.organization.itemData(index)  # type: ignore[no-any-return]
        return svc.create_organization(s, typed)

    def add_member(self) -> None:
        """Add the person in the form to the selected body."""
        body_id = self.body.currentData()
        if not isinstance(body_id, uuid.UUID):
            return
        role = self.role.currentData()
        substitute_for = self.substitute_for.currentData()
        valid_from, valid_to = self.valid_from.text(), self.valid_to.text()

        def action(s: Session) -> uuid.UUID:
            return svc.add_membership(
                s, body_id=body_id, person_id=self._person_id(s), role=role,
                organization_id=self._organization_id(s), substitute_for_id=substitute_for,
                valid_from=_optional_date(valid_from, self.tr("Von")),
                valid_to=_optional_date(valid_to, self.tr("Bis")))

        if self._write(action, ("memberships", "people", "organizations")):
            for edit in (self.valid_from, self.valid_to):
                edit.clear()
            self.person.setCurrentIndex(0)
            self._load(body_id)

    def _selected(self) -> svc.MemberInfo | None:
        return self.model.member(self.table.currentIndex().row())

    def end_member(self) -> None:
        """End the selected membership at the given date."""
        member = self._selected()
        if member is None:
            return
        text = self.end_date.text()
        if self._write(lambda s: svc.end_membership(
                s, member.id, _optional_date(text, self.tr("Beenden am")) or _missing()),
                ("memberships",)):
            self._load_members()

    def remove_member(self) -> None:
        """Remove a membership entered by mistake."""
        member = self._selected()
        if member is not None and self._write(
                lambda s: svc.remove_membership(s, member.id), ("memberships",)):
            self._load_members()


def _missing() -> Any:
    raise svc.MeetingRuleError(QCoreApplication.translate(
        "BodiesDialog", "Beenden am: fehlt (Pflichtfeld)"))
