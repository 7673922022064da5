"""What the bodies dialog does: create, rename, retire or reactivate a body, edit its standard
items, delete one entered by mistake; add, edit, end and remove seats.

Each form opens without blocking (``open``) and is kept in ``form`` for tests and automation;
the write is one short transaction through the services, whose German refusal is shown in the
dialog's message line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from ...services import meetings as svc
from ...services.changes import ChangeSet
from ...services.formatting import format_date
from ...services.meetings.bodies import reactivate_body, retire_body
from ...services.meetings.memberships import update_membership
from ...services.meetings.planning import (
    body_template,
    default_template,
    set_agenda_template,
)
from .agenda_template_dialog import AgendaTemplateDialog
from .body_forms import (
    BodyNameDialog,
    MembershipDialog,
    RetireBodyDialog,
    parse_optional_date,
)
from .form_dialog import FormDialog
from .writes import WriteResult, run_write

Action = Callable[[Session], Any]


class BodyActions:
    """Mixin of :class:`BodiesDialog` with everything that writes."""

    # Provided by BodiesDialog:
    ctx: Any
    area_id: uuid.UUID | None
    body: Any
    kind: Any
    body_name: Any
    person: Any
    organization: Any
    role: Any
    substitute_for: Any
    valid_from: Any
    valid_to: Any
    end_date: Any
    bodies: dict[uuid.UUID, svc.BodyInfo]
    organizations: list[svc.NamedRef]
    model: Any
    retire_button: QPushButton
    body_state: QLabel
    delete_body_button: QPushButton
    rename_button: QPushButton
    template_button: QPushButton
    message: Any
    _load: Callable[..., None]
    _load_members: Callable[[], None]
    _selected: Callable[[], svc.MemberInfo | None]
    tr: Callable[[str], str]

    form: QDialog | None = None

    def _current_body(self) -> svc.BodyInfo | None:
        body_id = self.body.currentData()
        return self.bodies.get(body_id) if isinstance(body_id, uuid.UUID) else None

    def _show_body_state(self) -> None:
        """The buttons for the chosen body: retire or reactivate, enabled only with a body."""
        body = self._current_body()
        for button in (self.rename_button, self.template_button, self.retire_button,
                       self.delete_body_button):
            button.setEnabled(body is not None)
        retired = body is not None and body.retired
        self.body_state.setText(self.tr("Außer Dienst seit {date}: keine neuen Sitzungen").format(
            date=format_date(body.retired_on)) if body is not None and body.retired_on else "")
        self.retire_button.setText(self.tr("Wieder in Dienst stellen") if retired
                                   else self.tr("Außer Dienst stellen …"))
        self.retire_button.setToolTip(
            self.tr("Das Gremium bekommt wieder neue Sitzungen") if retired else
            self.tr("Das Gremium tagt nicht mehr: keine neuen Sitzungen, seine Sitzungen und "
                    "Protokolle bleiben"))

    def _open_form(self, dialog: FormDialog, action: Callable[[], Action],
                   kinds: Sequence[str], after: Callable[[], None]) -> None:
        """Open ``dialog``; Save runs ``action()`` (built from the input) in one write; a
        refusal stays in the dialog with the input, success publishes and runs ``after``."""
        self.form = dialog

        def commit() -> str | None:
            result = self._commit(action(), kinds)
            return None if result.ok else str(result.message)

        dialog.commit = commit
        dialog.accepted.connect(after)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write(self, action: Action, kinds: Sequence[str]) -> Any:
        """Run ``action`` in one write; its value (True for None) or None when refused, with the
        refusal in the dialog's message line."""
        result = self._commit(action, kinds)
        if not result.ok:
            self.message.setText(result.message)
            self.message.show()
            return None
        return result.value if result.value is not None else True

    def _commit(self, action: Action, kinds: Sequence[str]) -> WriteResult:
        """One write transaction; on success hide the old refusal and publish ``kinds``."""
        result = run_write(self.ctx.database, action)
        if result.ok:
            self.message.hide()
            self.ctx.bus.publish(ChangeSet({k: frozenset() for k in kinds}), initiator=self)
        return result

    def _parent(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    # --- the body ---------------------------------------------------------------------------

    def rename_body(self) -> None:
        """Give the chosen body a new name."""
        body = self._current_body()
        if body is None:
            return
        dialog = BodyNameDialog(body.name, parent=self._parent())

        def action() -> Action:
            name = dialog.value()
            return lambda s: svc.rename_body(s, body.id, name)

        self._open_form(dialog, action, ("bodies",), lambda: self._load(body.id))

    def edit_template(self) -> None:
        """The standard agenda items of the chosen body."""
        body = self._current_body()
        if body is None:
            return
        with self.ctx.database.session() as s:
            items, own = body_template(s, body.id)
        dialog = AgendaTemplateDialog(body.name, items, default_template(body.kind), own=own,
                                      parent=self._parent())

        def action() -> Action:
            template = dialog.template()
            return lambda s: set_agenda_template(s, body.id, template)

        self._open_form(dialog, action, ("bodies",), lambda: None)

    def toggle_retired(self) -> None:
        """Retire the chosen body (asking for the day) or put a retired one back in service."""
        body = self._current_body()
        if body is None:
            return
        if body.retired:
            if self._write(lambda s: reactivate_body(s, body.id), ("bodies",)):
                self._load(body.id)
            return
        dialog = RetireBodyDialog(body.name, parent=self._parent())

        def action() -> Action:
            day = dialog.value()
            return lambda s: retire_body(s, body.id, day)

        self._open_form(dialog, action, ("bodies",), lambda: self._load(body.id))

    def delete_body(self) -> None:
        """Delete a body entered by mistake (the services refuse one with meetings)."""
        body = self._current_body()
        if body is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Gremium löschen"), self.tr(
            "Das Gremium „{name}“ löschen?").format(name=body.name), parent=self._parent())
        box.setObjectName("deleteBodyBox")
        box.setInformativeText(self.tr(
            "Nur für Fehleinträge: ein Gremium, das schon Sitzungen hat, wird außer Dienst "
            "gestellt, damit seine Protokolle bleiben."))
        delete = box.addButton(self.tr("Gremium löschen"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteBodyButton")
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.form = box

        def finished(_result: int) -> None:
            if box.clickedButton() is delete and self._write(
                    lambda s: svc.delete_body(s, body.id), ("bodies",)):
                self._load()

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        box.open()

    # --- a seat -------------------------------------------------------------------------------

    def edit_member(self) -> None:
        """Change the selected membership: organisation, role, substitution, period."""
        member = self._selected()
        if member is None:
            return
        dialog = MembershipDialog(member, organizations=self.organizations,
                                  current=self.model.current_members(), parent=self._parent())

        def action() -> Action:
            values = dialog.values()
            org_id, org_text = dialog.organization_choice()

            def write(s: Session) -> None:
                organization = org_id
                if organization is None and org_text:
                    organization = svc.create_organization(s, org_text)
                update_membership(s, member.id, organization_id=organization, **values)

            return write

        self._open_form(dialog, action, ("memberships", "organizations"),
                        lambda: self._load(self.body.currentData()))

    # --- new bodies and members, ending and removing seats ----------------------------------

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
        data = self.person.itemData(index) if index > 0 else None
        if isinstance(data, uuid.UUID):
            return data
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
        data = self.organization.itemData(index) if index > 0 else None
        if isinstance(data, uuid.UUID):
            return data
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
                valid_from=parse_optional_date(valid_from, self.tr("Von")),
                valid_to=parse_optional_date(valid_to, self.tr("Bis")))

        if self._write(action, ("memberships", "people", "organizations")):
            for edit in (self.valid_from, self.valid_to):
                edit.clear()
            self.person.setCurrentIndex(0)
            self._load(body_id)

    def end_member(self) -> None:
        """End the selected membership at the given date."""
        member = self._selected()
        if member is None:
            return
        text = self.end_date.text()
        if self._write(lambda s: svc.end_membership(
                s, member.id, parse_optional_date(text, self.tr("Beenden am")) or _missing()),
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
