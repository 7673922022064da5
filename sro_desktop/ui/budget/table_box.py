"""The table part of the budget panel: exact figures by Sozialraum or by measure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import PanelData
from .models import BudgetTableModel


class BudgetTableBox(QWidget):
    """Mode selector, the table ``budgetTable`` and the button for the entries behind a row.

    ``entries_requested`` carries the selected row, or -1 for all entries.
    """

    entries_requested = Signal(int)
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.setObjectName("budgetTableMode")
        self.mode.setAccessibleName(self.tr("Gliederung der Tabelle"))
        self.mode.addItem(self.tr("nach Sozialraum"), "area")
        self.mode.addItem(self.tr("nach Maßnahme"), "measure")
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.entries_button = QPushButton(self.tr("Buchungen anzeigen…"))
        self.entries_button.setObjectName("budgetShowEntries")
        self.entries_button.setAccessibleName(self.tr("Buchungen anzeigen"))
        self.entries_button.setToolTip(self.tr(
            "Zeigt die Buchungen hinter der gewählten Zeile (ohne Auswahl: alle Buchungen)."))
        self.entries_button.clicked.connect(self._on_entries_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        mode_label = QLabel(self.tr("Tabelle:"))
        mode_label.setBuddy(self.mode)
        unit = QLabel(self.tr("Beträge in Euro"))
        unit.setStyleSheet("color: palette(placeholder-text);")
        for w in (mode_label, self.mode, unit):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.entries_button)
        self.model = BudgetTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("budgetTable")
        self.table.setAccessibleName(self.tr("Budgettabelle"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(lambda index: self.entries_requested.emit(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def set_panel(self, data: PanelData | None) -> None:
        """Show the rows of ``data`` in the current mode."""
        self.model.set_panel(data, self.mode.currentData())
        for w in (self.mode, self.entries_button):
            w.setEnabled(data is not None)
        if self.model.columnCount() == 0:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The Sozialraum code adds little on screen (the CSV keeps it); measures need theirs.
        self.table.setColumnHidden(1, self.model.mode == "area")

    def _on_mode_changed(self, _index: int) -> None:
        self.mode_changed.emit(self.mode.currentData())

    def _on_entries_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.entries_requested.emit(rows[0].row() if rows else -1)
