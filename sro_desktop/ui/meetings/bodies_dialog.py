"""Bodies of an area and their members: person, organisation, role, substitute, period."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
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

from ...models import BodyKind, MemberRole
from ...services import meetings as svc
from ..i18n import body_kind_text
from .body_actions import BodyActions
from .dialogs import find_data
from .form_dialog import fit_date, fit_placeholder
from .labels import ROLES, role_text
from .member_model import MemberTableModel

if TYPE_CHECKING:
    from ...app import AppContext

__all__ = ["BodiesDialog", "MemberTableModel"]

# The organisation takes the free width (its names are the long ones); the rest fit their text.
COLUMN_MODES = (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents)


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


class BodiesDialog(BodyActions, QDialog):
    """Manage the bodies of an area and their members (objectName ``bodiesDialog``).

    Current members come first; former ones (membership ended) follow in their own greyed
    section behind the toggle "Frühere Mitglieder zeigen", so that the roster of today is
    what one sees.
    """

    def __init__(self, ctx: AppContext, area_id: uuid.UUID | None,
                 area_ids: list[uuid.UUID] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.area_id = area_id
        self.area_ids = area_ids
        self.setObjectName("bodiesDialog")
        self.setWindowTitle(self.tr("Gremien und Mitglieder"))
        self.resize(980, 660)

        self.model = MemberTableModel(self)
        self.message = QLabel()
        self.message.setObjectName("bodiesMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self._build_bodies())
        layout.addLayout(self._build_members(), 1)
        layout.addWidget(self._build_new_member())
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load()

    def _build_bodies(self) -> QGridLayout:
        """The body to work on with what can be done to it, and a new one (kind, name,
        create) in the row below."""
        self.body = QComboBox()
        self.body.setObjectName("bodyChoice")
        self.body.setAccessibleName(self.tr("Gremium"))
        self.body.currentIndexChanged.connect(lambda _i: self._load_members())
        self.rename_button = _button(self.tr("Umbenennen …"), "renameBodyButton",
                                     self.tr("Dem gewählten Gremium einen neuen Namen geben"))
        self.rename_button.clicked.connect(self.rename_body)
        self.template_button = _button(
            self.tr("Standard-TOPs …"), "bodyTemplateButton",
            self.tr("Die Tagesordnungspunkte, mit denen jede neue Sitzung beginnt"))
        self.template_button.clicked.connect(self.edit_template)
        self.retire_button = _button(self.tr("Außer Dienst stellen …"), "retireBodyButton")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_body_button = _button(
            self.tr("Löschen …"), "deleteBodyButton",
            self.tr("Nur für Gremien ohne Sitzungen (Fehleinträge); sonst außer Dienst "
                    "stellen"))
        self.delete_body_button.clicked.connect(self.delete_body)
        self.kind = QComboBox()
        self.kind.setObjectName("newBodyKind")
        self.kind.setAccessibleName(self.tr("Art des neuen Gremiums"))
        for kind in BodyKind:
            self.kind.addItem(body_kind_text(kind), str(kind))
        self.body_name = QLineEdit()
        self.body_name.setObjectName("newBodyName")
        self.body_name.setAccessibleName(self.tr("Name des neuen Gremiums"))
        self.body_name.setPlaceholderText(self.tr("Name (leer: Art und Gebiet)"))
        fit_placeholder(self.body_name)
        create = QPushButton(self.tr("Gremium anlegen"))
        create.setObjectName("createBodyButton")
        create.clicked.connect(self.create_body)
        create.setEnabled(self.area_id is not None)
        self.kind.setEnabled(self.area_id is not None)
        self.body_name.setEnabled(self.area_id is not None)
        # The body's own row: a long name ("… (Arbeitstitel)") needs the whole width.
        self.body_state = QLabel()
        self.body_state.setObjectName("bodyState")
        self.body_state.setStyleSheet("color: #7a4b00;")
        chosen = QHBoxLayout()
        chosen.setSpacing(6)
        for button in (self.rename_button, self.template_button, self.retire_button,
                       self.delete_body_button):
            chosen.addWidget(button)
        chosen.addSpacing(8)
        chosen.addWidget(self.body_state, 1)
        new = QHBoxLayout()
        new.setSpacing(6)
        new.addWidget(self.kind)
        new.addWidget(self.body_name, 1)
        new.addWidget(create)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(self.tr("Gremium")), 0, 0)
        grid.addWidget(self.body, 0, 1)
        grid.addLayout(chosen, 1, 1)
        grid.addWidget(QLabel(self.tr("Neues Gremium")), 2, 0)
        grid.addLayout(new, 2, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_members(self) -> QVBoxLayout:
        """The member table with its counts, the toggle for former members, and what can be
        done with the selected one."""
        self.counts = QLabel()
        self.counts.setObjectName("memberCounts")
        self.show_former = QCheckBox(self.tr("Frühere Mitglieder zeigen"))
        self.show_former.setObjectName("showFormerMembers")
        self.show_former.setToolTip(self.tr("Mitglieder, deren Mitgliedschaft beendet ist, "
                                            "grau unter den aktuellen zeigen"))
        self.show_former.toggled.connect(self._on_show_former_toggled)
        head = QHBoxLayout()
        title = QLabel(self.tr("Mitglieder"))
        title.setStyleSheet("font-weight: 600;")
        head.addWidget(title)
        head.addWidget(self.counts)
        head.addStretch(1)
        head.addWidget(self.show_former)

        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setAccessibleName(self.tr("Mitglieder"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # One line per member with air around it; long names elide (full text as tooltip).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column, mode in enumerate(COLUMN_MODES):
            header.setSectionResizeMode(column, mode)

        self.end_date = QLineEdit()
        self.end_date.setObjectName("memberEndDate")
        self.end_date.setAccessibleName(self.tr("Mitgliedschaft beenden am"))
        self.end_date.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        fit_date(self.end_date)
        edit = _button(self.tr("Bearbeiten …"), "editMemberButton",
                       self.tr("Rolle, Vertretung, Organisation und Zeitraum des gewählten "
                               "Mitglieds ändern (Doppelklick)"))
        edit.clicked.connect(self.edit_member)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        end = QPushButton(self.tr("Mitgliedschaft beenden"))
        end.setObjectName("endMemberButton")
        end.clicked.connect(self.end_member)
        remove = QPushButton(self.tr("Eintrag entfernen"))
        remove.setObjectName("removeMemberButton")
        remove.setToolTip(self.tr("Nur für Fehleinträge; sonst die Mitgliedschaft beenden"))
        remove.clicked.connect(self.remove_member)
        selected = QHBoxLayout()
        selected.addWidget(QLabel(self.tr("Gewähltes Mitglied:")))
        selected.addWidget(edit)
        selected.addSpacing(12)
        selected.addWidget(QLabel(self.tr("beenden am")))
        selected.addWidget(self.end_date)
        selected.addWidget(end)
        selected.addStretch(1)
        selected.addWidget(remove)

        section = QVBoxLayout()
        section.addLayout(head)
        section.addWidget(self.table, 1)
        section.addLayout(selected)
        return section

    def _build_new_member(self) -> QGroupBox:
        """Person and organisation on the left, role and substitute on the right, the period
        and the button (at its own width) below."""
        self.person = QComboBox()
        self.person.setObjectName("memberPerson")
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setEditable(True)
        self.person.lineEdit().setPlaceholderText(self.tr("Vorname Nachname (neu oder vorhanden)"))
        self.organization = QComboBox()
        self.organization.setObjectName("memberOrganization")
        self.organization.setAccessibleName(self.tr("Organisation"))
        self.organization.setEditable(True)
        self.role = QComboBox()
        self.role.setObjectName("memberRole")
        self.role.setAccessibleName(self.tr("Rolle"))
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(self.role.findData(str(MemberRole.VOTING)))
        self.substitute_for = QComboBox()
        self.substitute_for.setObjectName("memberSubstituteFor")
        self.substitute_for.setAccessibleName(self.tr("Vertritt"))
        self.valid_from = QLineEdit()
        self.valid_from.setObjectName("memberFrom")
        self.valid_from.setAccessibleName(self.tr("Mitglied von"))
        self.valid_from.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.valid_to = QLineEdit()
        self.valid_to.setObjectName("memberTo")
        self.valid_to.setAccessibleName(self.tr("Mitglied bis"))
        self.valid_to.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        for edit in (self.valid_from, self.valid_to):
            fit_date(edit)
        add = QPushButton(self.tr("Mitglied hinzufügen"))
        add.setObjectName("addMemberButton")
        add.clicked.connect(self.add_member)
        add.setDefault(False)
        add.setAutoDefault(False)
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.valid_from)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.valid_to)
        period.addStretch(1)
        period.addWidget(add)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, (left, left_field, right, right_field) in enumerate((
                (self.tr("Person"), self.person, self.tr("Rolle"), self.role),
                (self.tr("Organisation"), self.organization, self.tr("Vertritt"),
                 self.substitute_for))):
            grid.addWidget(QLabel(left), row, 0)
            grid.addWidget(left_field, row, 1)
            grid.addWidget(QLabel(right), row, 2)
            grid.addWidget(right_field, row, 3)
        grid.addWidget(QLabel(self.tr("Zeitraum")), 2, 0)
        grid.addLayout(period, 2, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        box = QGroupBox(self.tr("Neues Mitglied"))
        box.setLayout(grid)
        return box

    # --- reading --------------------------------------------------------------------------

    def _load(self, select: uuid.UUID | None = None) -> None:
        current = select or self.body.currentData()
        with self.ctx.database.session() as s:
            bodies = svc.list_bodies(s, self.area_ids, include_retired=True)
            people = svc.list_people(s)
            self.organizations = svc.list_organizations(s)
        organizations = self.organizations
        self.bodies = {b.id: b for b in bodies}
        self.body.blockSignals(True)
        self.body.clear()
        for b in bodies:
            self.body.addItem(self._body_text(b), b.id)
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

    def _body_text(self, body: svc.BodyInfo) -> str:
        # "Stadtteiltisch Schmarl (Schmarl)" says the area twice: only a name without it
        # gets the area in brackets.
        text = body.name if body.area_name in body.name else f"{body.name} ({body.area_name})"
        return f"{text} – {self.tr('außer Dienst')}" if body.retired else text

    def _load_members(self) -> None:
        body_id = self.body.currentData()
        self._show_body_state()
        rows: list[svc.MemberInfo] = []
        if isinstance(body_id, uuid.UUID):
            with self.ctx.database.session() as s:
                rows = svc.members(s, body_id)
        self.model.set_rows(rows)
        self._show_sections()
        # Only a current member can be stood in for.
        self.substitute_for.clear()
        self.substitute_for.addItem(self.tr("– niemanden –"), None)
        for m in self.model.current_members():
            self.substitute_for.addItem(m.person_name, m.id)

    def _on_show_former_toggled(self, show: bool) -> None:
        self.model.set_show_former(show)
        self._show_sections()

    def _show_sections(self) -> None:
        """Counts above the table; the heading of the former members across all columns."""
        current, former = self.model.current_count, self.model.former_count
        self.counts.setText(
            self.tr("{current} aktuell · {former} frühere").format(current=current, former=former)
            if former else self.tr("{current} aktuell").format(current=current))
        self.show_former.setEnabled(bool(former) or self.show_former.isChecked())
        self.table.clearSpans()
        heading = self.model.heading_row
        if heading >= 0:
            self.table.setSpan(heading, 0, 1, self.model.columnCount())

    def _selected(self) -> svc.MemberInfo | None:
        return self.model.member(self.table.currentIndex().row())
