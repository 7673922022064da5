"""Choosing the measure a concern is linked to: the measures of the concern's Regionalraum with
number, title and status, narrowed while typing (umlauts and ß folded as in the search)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from ...services.meetings import MeasureRef
from ...services.search_terms import fold
from .form_dialog import FormDialog
from .labels import measure_status_text
from .table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex


class MeasureChoiceModel(TitledTableModel):
    """Number, title, status."""

    def __init__(self, measures: Sequence[MeasureRef], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(measures)
        self._headers = [self.tr("Nummer"), self.tr("Titel"), self.tr("Status")]

    def measure(self, row: int) -> MeasureRef | None:
        """The measure at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Measures offered."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells."""
        m = self.measure(index.row()) if index.isValid() else None
        if m is None:
            return None
        cells = (m.number, m.title, measure_status_text(m.status))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        return None


class _FoldingFilter(QSortFilterProxyModel):
    """Keeps rows whose number, title or status contain every typed word (folded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by the words of ``text``."""
        self.beginFilterChange()
        self.words = [fold(w) for w in text.split()]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Every word somewhere in the row."""
        model = self.sourceModel()
        row = " ".join(str(model.index(source_row, c, source_parent).data() or "")
                       for c in range(model.columnCount()))
        haystack = fold(row)
        return all(w in haystack for w in self.words)


class MeasurePickerDialog(FormDialog):
    """Pick one measure (objectName ``measurePicker``); ↓ from the filter into the list,
    Enter or a double click links."""

    def __init__(self, measures: Sequence[MeasureRef], *, concern_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Maßnahme verknüpfen"), parent)
        self.setObjectName("measurePicker")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verknüpfen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Verknüpfen (Eingabe)"))
        short = " ".join(concern_text.split())
        about = QLabel(self.tr("Anliegen: {text}").format(
            text=short if len(short) <= 90 else short[:89].rstrip() + "…"))
        about.setTextFormat(Qt.TextFormat.PlainText)  # the concern is user text, not markup
        about.setWordWrap(True)
        self.form.addRow(about)
        self.filter = QLineEdit()
        self.filter.setObjectName("measureFilter")
        self.filter.setAccessibleName(self.tr("Maßnahmen filtern"))
        self.filter.setPlaceholderText(self.tr("Nummer, Titel oder Status …"))
        self.filter.setClearButtonEnabled(True)
        self.form.addRow(self.tr("Filter"), self.filter)
        self.model = MeasureChoiceModel(measures, self)
        self.proxy = _FoldingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("measureChoices")
        self.table.setAccessibleName(self.tr("Maßnahmen des Regionalraums"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 150)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 170)
        self.table.setMinimumHeight(260)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.form.addRow(self.table)
        self.empty = QLabel(self.tr("Im Regionalraum gibt es keine weitere Maßnahme zum "
                                    "Verknüpfen."))
        self.empty.setObjectName("measurePickerEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not measures)
        self.form.addRow(self.empty)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.setMinimumWidth(680)
        self._select_first()
        self.filter.setFocus()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()
        if self.model.rowCount():
            self.empty.setText(self.tr("Keine Maßnahme passt zu „{text}“.").format(
                text=text.strip()))
            self.empty.setVisible(self.proxy.rowCount() == 0)

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.selectRow(max(0, self.table.currentIndex().row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓/↑ in the filter move through the list."""
        if (watched is self.filter and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            row = self.table.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.proxy.rowCount():
                self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> MeasureRef | None:
        """The selected measure."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.measure(self.proxy.mapToSource(index).row())

    def chosen_id(self) -> uuid.UUID | None:
        """The id of the selected measure."""
        measure = self.chosen()
        return measure.id if measure else None

    def check(self) -> str | None:
        """A measure must be chosen."""
        if self.chosen() is None:
            return self.tr("Maßnahme: keine gewählt (bitte eine aus der Liste wählen)")
        return None
