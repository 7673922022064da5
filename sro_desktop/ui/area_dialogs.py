"""Dialogs for editing the area tree (rename, add, move) and the flow from dialog to command.

Each dialog checks its input against the same service rules the edit uses (in a short read
session, never holding a transaction while the person types) and shows the German message in
the dialog, which stays open until the input is valid. The edit itself is done by the caller
through an undo command.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..services import areas
from . import area_commands as cmd
from .i18n import level_text

if TYPE_CHECKING:
    from ..app import AppContext
    from .main_window import MainWindow


class _AreaDialog(QDialog):
    """Form, inline error line and OK/Cancel; ``validate`` decides whether OK closes."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _field(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)

    def validate(self) -> str | None:
        """The German message of the first broken rule, or None."""
        return None

    def accept(self) -> None:
        """Close only with valid input; otherwise show why and stay."""
        try:
            problem = self.validate()
        except areas.AreaError as exc:
            problem = str(exc)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class RenameAreaDialog(_AreaDialog):
    """Ask for a new name of one area."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, parent_id: uuid.UUID | None,
                 current_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Gebiet umbenennen"), self.tr("&Umbenennen"), parent)
        self.setObjectName("renameAreaDialog")
        self.area_id, self.parent_id, self.old_name = area_id, parent_id, current_name
        self.name_edit = QLineEdit(current_name)
        self.name_edit.setObjectName("areaNameEdit")
        self.name_edit.setMaxLength(areas.NAME_MAX)
        self.name_edit.selectAll()
        self._field(self.tr("&Neuer Name:"), self.name_edit)

    def new_name(self) -> str:
        """The entered name, cleaned of surplus spaces."""
        return " ".join(self.name_edit.text().split())

    def validate(self) -> str | None:
        """Name rules: not empty, not too long, unique among the siblings."""
        with self._ctx.database.session() as session:
            areas.check_name(session, self.parent_id, self.name_edit.text(), exclude=self.area_id)
        return None


class AddAreaDialog(_AreaDialog):
    """Ask for level, name and code of a new area under ``parent`` (None: top level)."""

    def __init__(self, ctx: AppContext, parent_id: uuid.UUID | None, parent_name: str | None,
                 parent_level: str | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Gebiet hinzufügen"), self.tr("&Hinzufügen"), parent)
        self.setObjectName("addAreaDialog")
        self.parent_id = parent_id
        under = QLabel(parent_name or self.tr("(oberste Ebene)"))
        under.setObjectName("addAreaParent")
        under.setTextFormat(Qt.TextFormat.PlainText)  # area names are user text, not markup
        self.form.addRow(self.tr("Übergeordnet:"), under)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("areaLevelCombo")
        for level in areas.child_levels(parent_level):
            self.level_combo.addItem(level_text(level), level)
        self._field(self.tr("&Ebene:"), self.level_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("areaNameEdit")
        self.name_edit.setMaxLength(areas.NAME_MAX)
        self._field(self.tr("&Name:"), self.name_edit)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("areaCodeEdit")
        self.code_edit.setMaxLength(areas.CODE_MAX)
        self.code_edit.setPlaceholderText(self.tr("optional, z. B. V; bleibt dauerhaft gleich"))
        self._field(self.tr("&Code:"), self.code_edit)
        if not self.level_combo.count():
            self.error.setText(self.tr("Ebene: unter einem Quartier gibt es keine weitere Ebene "
                                       "(Gebiete bitte unter einem Sozialraum anlegen)"))
            self.error.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def level(self) -> str:
        """The chosen level key (``quarter`` …)."""
        return str(self.level_combo.currentData())

    def name(self) -> str:
        """The entered name, cleaned of surplus spaces."""
        return " ".join(self.name_edit.text().split())

    def code(self) -> str | None:
        """The entered code (None when empty)."""
        return self.code_edit.text().strip() or None

    def validate(self) -> str | None:
        """Name and code rules (the level list only offers allowed levels)."""
        with self._ctx.database.session() as session:
            areas.check_name(session, self.parent_id, self.name_edit.text())
            areas.check_code(session, self.code_edit.text())
        return None


class MoveAreaDialog(_AreaDialog):
    """Choose the new parent of an area among the allowed ones."""

    def __init__(self, ctx: AppContext, area_id: uuid.UUID, area_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Gebiet verschieben"), self.tr("&Verschieben"), parent)
        self.setObjectName("moveAreaDialog")
        self.area_id = area_id
        what = QLabel(area_name)
        what.setObjectName("moveAreaName")
        what.setTextFormat(Qt.TextFormat.PlainText)  # area names are user text, not markup
        what.setWordWrap(True)
        self.form.addRow(self.tr("Gebiet:"), what)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("moveTargetCombo")
        with ctx.database.session() as session:
            targets = areas.move_targets(session, area_id)
        for target in targets:
            indent = "\u2003" * target.depth
            self.target_combo.addItem(f"{indent}{target.name} ({level_text(target.level)})",
                                      target.id)
        self._field(self.tr("&Neues übergeordnetes Gebiet:"), self.target_combo)
        if not targets:
            self.error.setText(self.tr("Es gibt kein Gebiet, unter das sich dieses verschieben "
                                       "lässt."))
            self.error.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def target_id(self) -> uuid.UUID | None:
        """The chosen new parent."""
        value = self.target_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None


class AreaEditor(QObject):
    """The area edits of the window: dialog, then undo command, then a status line.

    ``host`` is the main window: it provides the selected node, dialogs, messages and the
    selection after an edit. A refused edit shows the German rule; nothing is raised.
    """

    def __init__(self, ctx: AppContext, host: MainWindow) -> None:
        super().__init__(host)
        self._ctx = ctx
        self._host = host

    def rename_selected(self) -> None:
        """Open the rename dialog for the selected area."""
        node = self._host.current_node()
        if node is not None:
            dialog = RenameAreaDialog(self._ctx, node.id, node.parent_id, node.name, self._host)
            self._host.open_dialog(dialog, self._rename_accepted)

    def _rename_accepted(self, dialog: RenameAreaDialog) -> None:
        self.run(cmd.RenameAreaCommand(self._ctx, dialog.area_id, dialog.old_name,
                                       dialog.new_name(), self._undo_failed),
                 self.tr("Gebiet umbenannt: {name}").format(name=dialog.new_name()))

    def add_under_selected(self) -> None:
        """Open the dialog for a new area under the selected one (top level without one)."""
        node = self._host.current_node()
        dialog = AddAreaDialog(self._ctx, node.id if node else None, node.name if node else None,
                               node.level if node else None, self._host)
        self._host.open_dialog(dialog, self._add_accepted)

    def _add_accepted(self, dialog: AddAreaDialog) -> None:
        command = cmd.AddAreaCommand(self._ctx, dialog.parent_id, dialog.level(), dialog.name(),
                                     dialog.code(), self._undo_failed)
        done = self.tr("Gebiet hinzugefügt: {name}").format(name=dialog.name())
        if self.run(command, done):
            self._host.select_area(command.area_id)

    def move_selected(self) -> None:
        """Open the dialog to hang the selected area under another one."""
        node = self._host.current_node()
        if node is not None:
            dialog = MoveAreaDialog(self._ctx, node.id, node.name, self._host)
            self._host.open_dialog(
                dialog, lambda d: self.move(node.id, node.parent_id, d.target_id()))

    def move(self, area_id: uuid.UUID, old_parent_id: uuid.UUID | None,
             new_parent_id: uuid.UUID | None) -> bool:
        """Move an area through the undo stack and keep it selected."""
        ok = self.run(cmd.MoveAreaCommand(self._ctx, area_id, old_parent_id, new_parent_id,
                                          self._undo_failed), self.tr("Gebiet verschoben"))
        if ok:
            self._host.select_area(area_id)
        return ok

    def retire_selected(self) -> None:
        """Retire the selected area from today (undoable, so no question first)."""
        node = self._host.current_node()
        if node is not None and not node.retired:
            self.run(cmd.RetireAreaCommand(self._ctx, node.id, date.today(), self._undo_failed),
                     self.tr("„{name}“ außer Dienst gestellt – rückgängig mit Strg+Z").format(
                         name=node.name))

    def unretire_selected(self) -> None:
        """Put the selected retired area back into service."""
        node = self._host.current_node()
        if node is None or not node.retired:
            return
        with self._ctx.database.session() as session:
            retired_on = areas.retired_on(session, node.id)
        if retired_on is not None:
            self.run(cmd.UnretireAreaCommand(self._ctx, node.id, retired_on, self._undo_failed),
                     self.tr("„{name}“ wieder in Dienst gestellt").format(name=node.name))

    def run(self, command: cmd.AreaCommand, done: str = "") -> bool:
        """Run a command and put it on the undo stack; show a refusal as a message."""
        try:
            cmd.push(self._ctx, command)
        except (areas.AreaError, SQLAlchemyError) as exc:
            self._host.show_error(command.text(), cmd.describe_error(exc))
            return False
        if done:
            self._host.statusBar().showMessage(done, 8000)
        return True

    def _undo_failed(self, message: str) -> None:
        self._host.show_error(self.tr("Rückgängig / Wiederholen"), message)
