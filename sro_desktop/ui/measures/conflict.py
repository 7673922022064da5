"""Another user saved the measure meanwhile: show the differences, then reload or overwrite.

"Überschreiben" merges (see :mod:`sro_desktop.services.measures.diff`): the dialog says per
field what it will keep and names, above the buttons, the fields whose change by the other
person it replaces.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
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

from ...services.measures import CHILD_TYPES, FieldDifference
from ...services.measures.diff import COMBINED, OVERWRITTEN, THEIRS
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
        table = QTableWidget(len(differences), 4, self)
        table.setObjectName("conflictDifferences")
        table.setAccessibleName(self.tr("Unterschiede je Feld"))
        table.setHorizontalHeaderLabels([self.tr("Feld"), self.tr("Ihre Fassung"),
                                         self.tr("Gespeicherte Fassung"),
                                         self.tr("Beim Überschreiben")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(3, 210)
        for row, diff in enumerate(differences):
            if diff.mine_changed and diff.theirs_changed:
                who = self.tr("von beiden geändert")
            elif diff.mine_changed:
                who = self.tr("von Ihnen geändert")
            elif diff.theirs_changed:
                who = self.tr("von der anderen Person geändert")
            else:
                who = ""
            name = field_label_text(diff.label)
            label = f"{name}\n({who})" if who else name
            for col, value in enumerate((label, diff.mine[:1000], diff.theirs[:1000],
                                         self._outcome_text(diff.outcome))):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if col == 3 and diff.outcome == OVERWRITTEN:
                    font = QFont(item.font())
                    font.setBold(True)  # the one outcome that loses something
                    item.setFont(font)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        self.table = table
        overwritten = [d for d in differences if d.outcome == OVERWRITTEN]
        self.explanation = QLabel(self._explanation(overwritten), self)
        self.explanation.setObjectName("conflictExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Neu laden (meine Änderungen verwerfen)"), self)
        self.overwrite_button = QPushButton(self.tr("Überschreiben (meine Änderungen "
                                                    "speichern)"), self)
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
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.resize(960, 520)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped cells need new heights once the stretched columns have their widths.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _outcome_text(self, outcome: str) -> str:
        if outcome == THEIRS:
            return self.tr("Gespeicherte Fassung bleibt")
        if outcome == OVERWRITTEN:
            return self.tr("Ihre Fassung ersetzt die Änderung der anderen Person")
        if outcome == COMBINED:
            return self.tr("Beide Änderungen bleiben")
        return self.tr("Ihre Fassung wird gespeichert")

    def _explanation(self, overwritten: Sequence[FieldDifference]) -> str:
        """What "Überschreiben" keeps and what it replaces, in plain words."""
        text = self.tr("„Überschreiben“ speichert Ihre Änderungen. Änderungen der anderen "
                       "Person an Feldern, die Sie nicht geändert haben, bleiben erhalten.")
        if not overwritten:
            return text + " " + self.tr("Kein Feld wurde von Ihnen beiden geändert: nichts "
                                        "geht verloren.")
        names = ", ".join(field_label_text(d.label) for d in overwritten)
        text += " " + self.tr("Überschrieben werden die Änderungen der anderen Person an: "
                              "{fields}.").format(fields=names)
        if any(d.field in CHILD_TYPES for d in overwritten):
            text += " " + self.tr("Eine Tabelle (z. B. der Kostenplan) zählt dabei als ein "
                                  "Feld: es gilt Ihre ganze Tabelle.")
        return text

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
