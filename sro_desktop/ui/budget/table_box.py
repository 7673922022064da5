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
from .wrap_bar import WrapBar

# Actions on a measure row, in the order of the buttons and the context menu.
MEASURE_ACTIONS = ("split", "payment", "return")


class BudgetTableBox(QWidget):
    """Mode selector, the table ``budgetTable`` and the buttons for the selected row.

    ``entries_requested`` carries the row (-1: none selected, all entries) and the key of the
    column whose figure is wanted ("" or "label"/"detail": every entry of the row);
    ``measure_action_requested`` carries "split", "payment" or "return" for the selected
    measure (only in the table "nach Maßnahme").
    """

    entries_requested = Signal(int, str)
    mode_changed = Signal(str)
    measure_action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.setObjectName("budgetTableMode")
        self.mode.setAccessibleName(self.tr("Gliederung der Tabelle"))
        self.mode.addItem(self.tr("nach Sozialraum"), "area")
        self.mode.addItem(self.tr("nach Maßnahme"), "measure")
        # The first entry reads "nach Regionalraum" in the city-wide view: the box is as wide
        # as the longest text it can show, so that switching views never clips it.
        longest = max((self.tr("nach Sozialraum"), self.tr("nach Regionalraum"),
                       self.tr("nach Maßnahme")), key=len)
        self.mode.setMinimumContentsLength(len(longest))
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.entries_button = QPushButton(self.tr("Buchungen anzeigen…"))
        self.entries_button.setObjectName("budgetShowEntries")
        self.entries_button.setAccessibleName(self.tr("Buchungen anzeigen"))
        self.entries_button.setToolTip(self.tr(
            "Zeigt die Buchungen hinter der gewählten Zahl (Zelle) oder Zeile; ohne Auswahl "
            "alle Buchungen. Doppelklick auf eine Zahl tut dasselbe."))
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
        mode_label = QLabel(self.tr("Tabelle:"))
        mode_label.setBuddy(self.mode)
        unit = QLabel(self.tr("Beträge in Euro"))
        unit.setStyleSheet("color: palette(placeholder-text);")
        left, right = QWidget(), QWidget()
        left_layout, right_layout = QHBoxLayout(left), QHBoxLayout(right)
        for box in (left_layout, right_layout):
            box.setContentsMargins(0, 0, 0, 0)
        for w in (mode_label, self.mode, unit):
            left_layout.addWidget(w)
        left_layout.addStretch(1)
        for button in self.action_buttons.values():
            right_layout.addWidget(button)
        right_layout.addWidget(self.entries_button)
        # The buttons go below the selector when the panel is too narrow for one line.
        self.bar = WrapBar(left, right)
        self.bar.setObjectName("budgetTableBar")
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
        self.table.doubleClicked.connect(
            lambda index: self.entries_requested.emit(
                index.row(), self.model.column_key(index.column())))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        context_menu_key(self.table, self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.last_menu: QMenu | None = None
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.bar)
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
        self.bar.relayout()
        if self.model.columnCount() == 0:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The Sozialraum code adds little on screen (the CSV keeps it); measures need theirs.
        self.table.setColumnHidden(1, self.model.mode == "area")

    def wanted_height(self, max_rows: int) -> int:
        """The height that shows the bar, the header and up to ``max_rows`` rows plus the sum
        row without scrolling."""
        rows = min(self.model.rowCount(), max_rows + 1)
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        bar = self.bar.heightForWidth(max(self.width(), 1)) + self._layout.spacing() + 4
        # A horizontal scroll bar appears when the columns do not fit (narrow panel).
        scroll = self.table.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        return bar + header + rows * row_height + 2 * self.table.frameWidth() + 2 + extra

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

    def selected_column_key(self) -> str:
        """The figure of the current cell of the selected row ("" without selection)."""
        if self.selected_row() < 0:
            return ""
        return self.model.column_key(self.table.currentIndex().column())

    def _on_entries_clicked(self) -> None:
        self.entries_requested.emit(self.selected_row(), self.selected_column_key())

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
        row, column = self.selected_row(), self.selected_column_key()
        if index.isValid():
            column = self.model.column_key(index.column())
        menu.addAction(self.tr("&Buchungen anzeigen…"),
                       lambda: self.entries_requested.emit(row, column))
        if self.model.mode == "measure":
            menu.addSeparator()
            enabled = self.selected_measure_id() is not None
            for key in MEASURE_ACTIONS:
                action = menu.addAction(self.action_texts[key])
                action.triggered.connect(self._emitter(key))
                action.setEnabled(enabled)
        self.last_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
