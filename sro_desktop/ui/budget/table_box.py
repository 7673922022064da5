"""The table part of the budget panel: exact figures by Sozialraum (city-wide: by
Regionalraum) or by measure, and the actions on a measure row (Aufteilung, Auszahlung,
Rückfluss) as buttons and context menu."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import NONE_KEY, PanelData
from .form_bits import context_menu_key
from .models import BudgetTableModel

# Actions on a measure row, in the order of the buttons and the context menu.
MEASURE_ACTIONS = ("split", "payment", "return")


class BudgetTableBox(QWidget):
    """Mode selector, the table ``budgetTable`` and the buttons for the selected row.

    ``entries_requested`` carries the selected row, or -1 for all entries;
    ``measure_action_requested`` carries "split", "payment" or "return" for the selected
    measure (only in the table "nach Maßnahme").
    """

    entries_requested = Signal(int)
    mode_changed = Signal(str)
    measure_action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.setObjectName("budgetTableMode")
        self.mode.setAccessibleName(self.tr("Gliederung der Tabelle"))
        self.mode.addItem(self.tr("nach Sozialraum"), "area")
        self.mode.addItem(self.tr("nach Maßnahme"), "measure")
        # The first entry reads "nach Regionalraum" in the city-wide view: the box follows.
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.entries_button = QPushButton(self.tr("Buchungen anzeigen…"))
        self.entries_button.setObjectName("budgetShowEntries")
        self.entries_button.setAccessibleName(self.tr("Buchungen anzeigen"))
        self.entries_button.setToolTip(self.tr(
            "Zeigt die Buchungen hinter der gewählten Zeile (ohne Auswahl: alle Buchungen)."))
        self.entries_button.clicked.connect(self._on_entries_clicked)
        self.action_texts = {
            "split": self.tr("Auf&teilung…"),
            "payment": self.tr("Aus&zahlung buchen…"),
            "return": self.tr("Rück&fluss buchen…"),
        }
        tips = {
            "split": self.tr("Aufteilung der Maßnahme auf Haushaltsjahre ansehen oder von Hand "
                             "festlegen."),
            "payment": self.tr("Eine Auszahlung an den Träger für die gewählte Maßnahme "
                               "buchen."),
            "return": self.tr("Nicht verbrauchte Mittel buchen, die der Träger zurückgezahlt "
                              "hat."),
        }
        self.action_buttons: dict[str, QPushButton] = {}
        for key in MEASURE_ACTIONS:
            button = QPushButton(self.action_texts[key])
            button.setObjectName(f"budgetMeasure_{key}")
            button.setAccessibleName(self.action_texts[key].replace("&", "").rstrip("…"))
            button.setToolTip(tips[key] + "\n" + self.tr(
                "Dafür in der Tabelle „nach Maßnahme“ eine Maßnahme wählen."))
            button.clicked.connect(lambda _c=False, k=key: self.measure_action_requested.emit(k))
            self.action_buttons[key] = button
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        mode_label = QLabel(self.tr("Tabelle:"))
        mode_label.setBuddy(self.mode)
        unit = QLabel(self.tr("Beträge in Euro"))
        unit.setStyleSheet("color: palette(placeholder-text);")
        for w in (mode_label, self.mode, unit):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in self.action_buttons.values():
            bar.addWidget(button)
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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        context_menu_key(self.table, self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.last_menu: QMenu | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._update_buttons()

    def set_panel(self, data: PanelData | None) -> None:
        """Show the rows of ``data`` in the current mode."""
        self.model.set_panel(data, self.mode.currentData())
        for w in (self.mode, self.entries_button):
            w.setEnabled(data is not None)
        # The city-wide view has a row per Regionalraum, a single region one per Sozialraum.
        city_wide = data is not None and data.scope.city_wide
        self.mode.setItemText(0, self.tr("nach Regionalraum") if city_wide
                              else self.tr("nach Sozialraum"))
        if self.model.columnCount() == 0:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The Sozialraum code adds little on screen (the CSV keeps it); measures need theirs.
        self.table.setColumnHidden(1, self.model.mode == "area")

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_measure_id(self) -> uuid.UUID | None:
        """The measure of the selected row (table "nach Maßnahme", not the sum row)."""
        if self.model.mode != "measure":
            return None
        row = self.model.row_at(self.selected_row())
        return row.key if row is not None and row.key != NONE_KEY else None

    def _update_buttons(self) -> None:
        enabled = self.selected_measure_id() is not None
        for button in self.action_buttons.values():
            button.setEnabled(enabled)

    def _on_mode_changed(self, _index: int) -> None:
        self.mode_changed.emit(self.mode.currentData())

    def _on_entries_clicked(self) -> None:
        self.entries_requested.emit(self.selected_row())

    def _emitter(self, key: str) -> Callable[[], None]:
        return lambda: self.measure_action_requested.emit(key)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        elif self.table.currentIndex().isValid():  # keyboard: the menu opens at the row
            pos = self.table.visualRect(self.table.currentIndex()).bottomLeft()
        menu = QMenu(self)
        menu.setObjectName("budgetTableMenu")
        row = self.selected_row()
        menu.addAction(self.tr("&Buchungen anzeigen…"),
                       lambda: self.entries_requested.emit(row))
        if self.model.mode == "measure":
            menu.addSeparator()
            enabled = self.selected_measure_id() is not None
            for key in MEASURE_ACTIONS:
                action = menu.addAction(self.action_texts[key])
                action.triggered.connect(self._emitter(key))
                action.setEnabled(enabled)
        self.last_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
