"""The measure list as a lazy table model: ids and a page cache, sorted and filtered in SQL.

Rows arrive in pages of :data:`PAGE_SIZE` through ``canFetchMore``/``fetchMore``, so the cost
of opening the list follows what the view shows, not how many measures the database holds.
Sorting and filtering reset the cache and ask the database again; the model never knows its
view.

A view asks :meth:`MeasureListModel.data` for half a dozen roles of every visible cell on every
paint (thousands of calls for one screen), so the texts of a row are formatted once, when it is
first shown, and the roles are compared as plain integers.
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
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.formatting import format_date, format_period
from ...services.measures import MeasureFilter, MeasureRow
from ...services.measures.queries import fetch_page, fetch_rows
from ...services.money import format_cents
from ...storage.database import Database
from .labels import status_text

__all__ = ["COLUMNS", "ID_ROLE", "PAGE_SIZE", "MeasureListModel", "deadline_kind_text"]

# A page fills a full-screen list several times over; each row costs its area names and
# deadline kind, so a bigger page only makes every selection and sort slower.
PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ID = int(ID_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_OVERDUE = QColor("#b00020")


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
    _Column("deadline_kind", "Fällig ist"),
)
_KEYS = tuple(c.key for c in COLUMNS)
_ALIGNMENTS = tuple(_RIGHT if c.align_right else None for c in COLUMNS)
_DEADLINE_COLUMNS = frozenset({_KEYS.index("next_deadline"), _KEYS.index("deadline_kind")})

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeasureListModel", text)


def deadline_kind_text(kind: str | None) -> str:
    """What a deadline is for, in the interface language."""
    labels = {
        "interim_report": _tr("Zwischenbericht"),
        "evaluation": _tr("Evaluation"),
        "end": _tr("Ende"),
        "proof_of_use": _tr("Verwendungsnachweis"),
    }
    return labels.get(kind or "", "")


def _money(cents: int | None) -> str:
    return "" if cents is None else format_cents(cents, whole=True)


class MeasureListModel(QAbstractTableModel):
    """Lazy, read-only table of measures for a :class:`MeasureFilter`."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._filter = MeasureFilter()
        self._sort = "number"
        self._descending = False
        self._rows: list[MeasureRow] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._exhausted = True
        self._total = 0
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue = QBrush(_OVERDUE)

    # --- what to show ------------------------------------------------------------------------

    @property
    def measure_filter(self) -> MeasureFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: MeasureFilter,
                   sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Show what ``flt`` lets through (first page only), sorted by ``sort`` (column,
        order) when given, in one read."""
        self._filter = flt
        if sort is not None:
            self._set_order(*sort)
        self.reload()

    def reload(self) -> None:
        """Drop the cache and read the first page again."""
        self._read(PAGE_SIZE)

    def total(self) -> int:
        """How many measures match the filter (counted with the first page)."""
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
        self._read(max(len(self._rows), PAGE_SIZE))

    def _read(self, limit: int) -> None:
        self.beginResetModel()
        self._today = self._filter.today or date.today()
        with self._db.session() as s:
            rows, total = fetch_page(s, self._filter, sort=self._sort,
                                     descending=self._descending, limit=limit)
        self._rows = rows
        self._texts = [None] * len(rows)
        self._total = total
        self._exhausted = len(rows) >= total
        self.endResetModel()

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
        with self._db.session() as s:
            page = fetch_rows(s, self._filter, sort=self._sort, descending=self._descending,
                              offset=len(self._rows), limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._texts.extend([None] * len(page))
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._set_order(column, order)
        self.reload()

    def _set_order(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = COLUMNS[column].key
            self._descending = order == Qt.SortOrder.DescendingOrder

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == _DISPLAY:
                return self.tr(COLUMNS[section].title)
            if role == _ALIGNMENT and COLUMNS[section].align_right:
                return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(_KEYS)):
            return None
        return self._value(row, column, role)

    def _value(self, row: int, column: int, role: int) -> object:
        if role in (_DISPLAY, _ACCESSIBLE):
            texts = self._texts[row]
            if texts is None:
                texts = self._texts[row] = self._row_texts(self._rows[row])
            return texts[column]
        if role == _ALIGNMENT:
            return _ALIGNMENTS[column]
        if role in (_FOREGROUND, _FONT):
            if column in _DEADLINE_COLUMNS and self._is_overdue(self._rows[row]):
                return self._overdue if role == _FOREGROUND else self._bold
            return None
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _ID:
            return str(self._rows[row].id)
        return None

    # --- texts -------------------------------------------------------------------------------

    def _is_overdue(self, row: MeasureRow) -> bool:
        return row.next_deadline is not None and row.next_deadline < self._today

    def _row_texts(self, row: MeasureRow) -> tuple[str, ...]:
        kind = deadline_kind_text(row.next_deadline_kind)
        if kind and self._is_overdue(row):
            kind = _tr("überfällig: {kind}").format(kind=kind)
        return (
            row.number,
            row.title,
            status_text(row.status) + (_tr(" (verlängert)") if row.extended else ""),
            row.area_label,
            row.provider_name,
            format_period(row.start, row.end, short=True),
            _money(row.requested_cents),
            _money(row.approved_cents),
            format_date(row.next_deadline),
            kind,
        )

    def _tooltip(self, row_index: int, column: int) -> str | None:
        """The whole text of a cell the column may cut short, the exact amount, the full
        period, and what the next deadline is and how far off."""
        row, key = self._rows[row_index], _KEYS[column]
        if key == "period":
            return format_period(row.start, row.end) or None
        if key == "requested":
            return format_cents(row.requested_cents)
        if key == "approved":
            return None if row.approved_cents is None else format_cents(row.approved_cents)
        if key in ("next_deadline", "deadline_kind"):
            return self._deadline_tooltip(row)
        if key in ("title", "status", "area", "provider"):
            text = self.data(self.index(row_index, column), _DISPLAY)
            return text if isinstance(text, str) and text else None
        return None

    def _deadline_tooltip(self, row: MeasureRow) -> str | None:
        if row.next_deadline is None:
            return None
        kind = deadline_kind_text(row.next_deadline_kind) or _tr("Frist")
        when = format_date(row.next_deadline)
        days = (row.next_deadline - self._today).days
        if days == -1:
            return _tr("{kind} war fällig am {date} – seit 1 Tag überfällig").format(
                kind=kind, date=when)
        if days < 0:
            return _tr("{kind} war fällig am {date} – seit {days} Tagen überfällig").format(
                kind=kind, date=when, days=-days)
        if days == 0:
            return _tr("{kind} ist heute fällig ({date})").format(kind=kind, date=when)
        if days == 1:
            return _tr("{kind} fällig am {date} (morgen)").format(kind=kind, date=when)
        return _tr("{kind} fällig am {date} (in {days} Tagen)").format(
            kind=kind, date=when, days=days)
