"""Create a Träger on the spot from the measure form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import ChangeSet
from ...services.measures import create_provider
from ...storage.database import Database

__all__ = ["ProviderDialog"]


class ProviderDialog(QDialog):
    """Name, legal form, § 75 recognition and contact of a new Träger; saved on OK."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("providerDialog")
        self.setWindowTitle(self.tr("Neuen Träger anlegen"))
        self.database = database
        self.created_id: uuid.UUID | None = None
        self.name = QLineEdit(self)
        self.legal_form = QLineEdit(self)
        self.recognized = QCheckBox(self.tr("anerkannt nach § 75 SGB VIII"), self)
        self.contact = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name),
                              (self.tr("Rechtsform"), self.legal_form),
                              (self.tr("Anerkennung"), self.recognized),
                              (self.tr("Ansprechperson"), self.contact),
                              (self.tr("E-Mail"), self.email),
                              (self.tr("Telefon"), self.phone)):
            widget.setAccessibleName(label)
            form.addRow(label + ":", widget)
        self.name.setObjectName("providerName")
        self.error = QLabel(self)
        self.error.setObjectName("providerError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("Anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def _create(self) -> None:
        try:
            with self.database.write() as s:
                self.created_id = create_provider(
                    s, name=self.name.text(), legal_form=self.legal_form.text(),
                    recognized_75=self.recognized.isChecked(), contact_name=self.contact.text(),
                    email=self.email.text(), phone=self.phone.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def changes(self) -> ChangeSet:
        """What the dialog created."""
        return ChangeSet.of("organizations", self.created_id) if self.created_id else ChangeSet()
