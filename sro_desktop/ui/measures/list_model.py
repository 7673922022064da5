"""The measure list as a lazy table model: ids and a page cache, sorted and filtered in SQL.

Rows arrive in pages of :data:`PAGE_SIZE` through ``canFetchMore``/``fetchMore``, so the cost
of opening the list follows what the view shows, not how many measures the database holds.
Sorting and filtering reset the cache and ask the database again; the model never knows its
view.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...services.formatting import format_date, format_period
from ...services.measures import MeasureFilter, MeasureRow, count_measures, fetch_rows
from ...services.money import format_cents
from ...storage.database import Database
from .labels import status_text

__all__ = ["COLUMNS", "ID_ROLE", "PAGE_SIZE", "MeasureListModel"]

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Column:
    key: str
    title: str
    align_right: bool = False


COLUMNS: tuple[_Column, ...] = (
    _Column("number", "Nummer"),
    _Column("title", "Titel"),
    _Column("status", "Status"),
    _Column("area", "Sozialraum"),
    _Column("provider", "Träger"),
    _Column("period", "Zeitraum"),
    _Column("requested", "Beantragt", True),
    _Column("approved", "Bewilligt", True),
    _Column("next_deadline", "Nächste Frist"),
)

_Index = QModelIndex | QPersistentModelIndex


class MeasureListModel(QAbstractTableModel):
    """Lazy, read-only table of measures for a :class:`MeasureFilter`."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._filter = MeasureFilter()
        self._sort = "number"
        self._descending = False
        self._rows: list[MeasureRow] = []
        self._exhausted = True
        self._total: int | None = None

    # --- what to show ------------------------------------------------------------------------

    @property
    def measure_filter(self) -> MeasureFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: MeasureFilter) -> None:
        """Show what ``flt`` lets through (first page only)."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Drop the cache and read the first page again."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._total = None
        self._rows = self._fetch(PAGE_SIZE)
        self.endResetModel()

    def total(self) -> int:
        """How many measures match the filter (one COUNT, cached until the next reload)."""
        if self._total is None:
            with self._db.session() as s:
                self._total = count_measures(s, self._filter)
        return self._total

    def measure_id(self, row: int) -> uuid.UUID | None:
        """The id of the measure in ``row`` (None outside the loaded rows)."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, measure_id: uuid.UUID) -> int | None:
        """The loaded row that shows ``measure_id``."""
        for i, r in enumerate(self._rows):
            if r.id == measure_id:
                return i
        return None

    def refresh(self) -> None:
        """Re-read as many rows as are loaded (after a change: a saved measure may have moved
        in or out of the filter or changed its place in the order)."""
        loaded = max(len(self._rows), PAGE_SIZE)
        self.beginResetModel()
        self._rows = []
        self._total = None
        self._rows = self._fetch(loaded)
        self.endResetModel()

    def _fetch(self, limit: int) -> list[MeasureRow]:
        with self._db.session() as s:
            page = fetch_rows(s, self._filter, sort=self._sort, descending=self._descending,
                              offset=len(self._rows), limit=limit)
        self._exhausted = len(page) < limit
        return page

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(PAGE_SIZE)
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, key)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "provider", "area"):
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "next_deadline":
            today = self._filter.today or date.today()
            if row.next_deadline is not None and row.next_deadline < today:
                return QBrush(QColor("#b00020"))
        return None

    @staticmethod
    def _text(row: MeasureRow, key: str) -> str:
        if key == "number":
            return row.number
        if key == "title":
            return row.title
        if key == "status":
            return status_text(row.status) + (
                QCoreApplication.translate("MeasureListModel", " (verlängert)")
                if row.extended else "")
        if key == "area":
            return row.area_label
        if key == "provider":
            return row.provider_name
        if key == "period":
            return format_period(row.start, row.end)
        if key == "requested":
            return format_cents(row.requested_cents)
        if key == "approved":
            return "" if row.approved_cents is None else format_cents(row.approved_cents)
        return format_date(row.next_deadline)
