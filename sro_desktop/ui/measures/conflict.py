"""Another user saved the measure meanwhile: show the differences, then reload or overwrite."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import FieldDifference
from .labels import field_label_text

__all__ = ["ConflictDialog"]


class ConflictDialog(QDialog):
    """Field-by-field differences; ``choice`` is "reload", "overwrite" or "" (cancelled)."""

    def __init__(self, message: str, differences: Sequence[FieldDifference],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureConflict")
        self.setWindowTitle(self.tr("Maßnahme wurde inzwischen geändert"))
        self.choice = ""
        text = QLabel(message, self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        table = QTableWidget(len(differences), 3, self)
        table.setObjectName("conflictDifferences")
        table.setAccessibleName(self.tr("Unterschiede je Feld"))
        table.setHorizontalHeaderLabels([self.tr("Feld"), self.tr("Ihre Fassung"),
                                         self.tr("Gespeicherte Fassung")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, diff in enumerate(differences):
            who = []
            if diff.mine_changed:
                who.append(self.tr("von Ihnen geändert"))
            if diff.theirs_changed:
                who.append(self.tr("von der anderen Person geändert"))
            name = field_label_text(diff.label)
            label = f"{name}\n({', '.join(who)})" if who else name
            for col, value in enumerate((label, diff.mine[:1000], diff.theirs[:1000])):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeRowsToContents()
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Neu laden (meine Änderungen verwerfen)"), self)
        self.overwrite_button = QPushButton(self.tr("Überschreiben (meine Fassung speichern)"),
                                            self)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.clicked.connect(lambda: self._choose("reload"))
        self.overwrite_button.clicked.connect(lambda: self._choose("overwrite"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.table = table
        self.resize(820, 460)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
