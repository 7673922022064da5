"""Table models of the budget panel: figures by Sozialraum or measure, the what-if, the entries.

Models hold frozen rows from the services and never their views; a reload replaces the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.budget import (
    FIGURE_LABELS,
    AllocationChange,
    EntryRow,
    PanelData,
    Row,
    WhatIf,
    WhatIfRow,
    table_columns,
)
from ...services.formatting import format_date
from ...services.money import format_cents
from .labels import area_heading_text, figure_label_text, kind_label_text, note_text, where_text

Index = QModelIndex | QPersistentModelIndex

RED = QColor("#b3261e")
RED_BG = QColor("#fbe3e1")
AMBER_BG = QColor("#fff1d6")
HIGHLIGHT_BG = QColor("#fff5bf")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class BudgetTableModel(QAbstractTableModel):
    """Rows by Sozialraum (city-wide: by Regionalraum) or by measure, plus a sum row."""

    MONEY = ("committed", "agreed", "paid", "returned", "used")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data: PanelData | None = None
        self._mode = "area"
        self._rows: tuple[Row, ...] = ()
        self._cols: list[tuple[str, str]] = []

    def set_panel(self, data: PanelData | None, mode: str | None = None) -> None:
        """Show ``data`` (or nothing) in ``mode`` ("area" or "measure")."""
        self.beginResetModel()
        self._data = data
        if mode is not None:
            self._mode = mode
        if data is None:
            self._rows = ()
        else:
            self._rows = data.by_area if self._mode == "area" else data.by_measure
        # data() asks for the column of every cell: build the list once per reset.
        self._cols = self._build_columns()
        self.endResetModel()

    @property
    def mode(self) -> str:
        """"area" or "measure"."""
        return self._mode

    def _columns(self) -> list[tuple[str, str]]:
        return self._cols

    def _build_columns(self) -> list[tuple[str, str]]:
        if self._data is None:
            return []
        # The same columns as the CSV export (one definition in the service).
        names = {
            "label": area_heading_text(self._data) if self._mode == "area" else self.tr("Maßnahme"),
            "detail": self.tr("Code") if self._mode == "area" else self.tr("Sozialraum"),
        }
        return [(key, names.get(key) or figure_label_text(FIGURE_LABELS[key]))
                for key in table_columns(self._data, self._mode)]

    def row_at(self, row: int) -> Row | None:
        """The data row at ``row`` (None for the sum row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_key(self, column: int) -> str:
        """The figure shown in ``column`` ("label" and "detail" for the text columns)."""
        cols = self._columns()
        return cols[column][0] if 0 <= column < len(cols) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows plus the sum row."""
        if parent.isValid() or self._data is None:
            return 0
        return len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Text columns and the money columns."""
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal:
            cols = self._columns()
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(cols):
                return cols[section][1]
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= 2:
                return int(RIGHT)
        return None

    def _value(self, row: Row | None, key: str) -> Any:
        if row is None:
            assert self._data is not None
            if key == "label":
                return self.tr("Summe")
            if key == "detail":
                return ""
            return getattr(self._data.figures, key)
        return getattr(row, key) if key in ("label", "detail") else getattr(row.figures, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment, emphasis of the sum and highlighted rows."""
        if not index.isValid() or self._data is None:
            return None
        row = self.row_at(index.row())
        key = self.column_key(index.column())
        value = self._value(row, key)
        money = key not in ("label", "detail")
        if role == Qt.ItemDataRole.DisplayRole:
            # The table says "Beträge in Euro" once; cells stay narrow without the sign.
            return format_cents(value, symbol=False) if money else value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return format_cents(value) if money else value
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and money:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and (row is None or row.highlighted):
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole and row is not None and row.highlighted:
            return QBrush(HIGHLIGHT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and money and isinstance(value, int) \
                and value < 0:
            return QBrush(RED)
        return None


class WhatIfModel(QAbstractTableModel):
    """Pending applications with the available money after each, alone and running (after the
    applications above it too), and a last row for all of them; marked when they overdraw."""

    # Columns: TOP, application, needed, available if only this one passes, available after
    # this one and all above it (the figure the amber colour refers to).
    ALONE, RUNNING = 3, 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WhatIfRow, ...] = ()
        self._total: WhatIf | None = None
        self._headers = [self.tr("TOP"), self.tr("Antrag"), self.tr("Benötigt"),
                         self.tr("Danach verfügbar\n(nur dieser)"),
                         self.tr("Danach verfügbar\n(mit allen darüber)")]

    def set_what_if(self, what_if: WhatIf | None) -> None:
        """Show the applications of ``what_if`` and, below them, their total (or nothing)."""
        self.beginResetModel()
        self._rows = what_if.rows if what_if else ()
        self._total = what_if if self._rows else None
        self.endResetModel()

    def row_at(self, row: int) -> WhatIfRow | None:
        """The application in ``row`` (None for the total row)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_total_row(self, row: int) -> bool:
        """Whether ``row`` is the last row, the sum of all applications."""
        return self._total is not None and row == len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per application, plus the total row."""
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """TOP, application, money needed, available afterwards (alone and running)."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and their explanations."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Tagesordnungspunkt der nächsten Sitzung"),
                "",
                self.tr("Anteil des beantragten Betrags im gewählten Haushaltsjahr"),
                self.tr("Verfügbar, wenn nur dieser Antrag befürwortet wird (rot: überzogen)"),
                self.tr("Verfügbar, wenn dieser Antrag und alle Anträge darüber befürwortet "
                        "werden (gelb: dann überzogen)"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 2:
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts; red when the application overdraws alone, amber when only together with the
        applications above it."""
        if not index.isValid():
            return None
        if self.is_total_row(index.row()):
            return self._total_data(index.column(), role)
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return where_text(row.where)
            if col == 1:
                # A no-break space keeps the mark with the first word when the title wraps.
                mark = "⚠\u00a0" if row.overdraws_alone or row.overdraws_cumulative else ""
                return f"{mark}{row.title}\n{row.number}"
            if row.note and col == 2:
                return note_text(row.note)
            if row.note:
                return ""
            return format_cents((row.needed, row.available_alone,
                                 row.available_cumulative)[col - 2])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explain(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdraws_alone:
                return QBrush(RED_BG)
            if row.overdraws_cumulative:
                return QBrush(AMBER_BG)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == self.ALONE and row.available_alone < 0)
                or (col == self.RUNNING and row.available_cumulative < 0)):
            return QBrush(RED)
        if role == Qt.ItemDataRole.UserRole:
            return str(row.measure_id)
        return None

    def _total_data(self, col: int, role: int) -> Any:
        w = self._total
        assert w is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return ("", self.tr("Alle {count} Anträge").format(count=len(self._rows)),
                    format_cents(w.needed_total), "", format_cents(w.available_after))[col]
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RUNNING \
                and w.available_after < 0:
            return QBrush(RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Verfügbar jetzt {now}; wenn alle Anträge befürwortet werden: "
                           "{after}.").format(now=format_cents(w.available_now),
                                              after=format_cents(w.available_after))
        return None

    def _explain(self, row: WhatIfRow) -> str:
        lines = [
            self.tr("{number}: benötigt im Haushaltsjahr {needed}.").format(
                number=row.number, needed=format_cents(row.needed)),
            self.tr("Verfügbar, wenn nur dieser Antrag befürwortet wird: {amount}.").format(
                amount=format_cents(row.available_alone)),
            self.tr("Verfügbar, wenn auch alle Anträge darüber befürwortet werden: "
                    "{amount}.").format(amount=format_cents(row.available_cumulative)),
        ]
        if row.overdraws_alone:
            lines.append(self.tr("Dieser Antrag allein überzieht das Budget um {amount}.").format(
                amount=format_cents(-row.available_alone)))
        elif row.overdraws_cumulative:
            lines.append(self.tr("Zusammen mit den Anträgen darüber überzieht er das Budget um "
                                 "{amount}.").format(amount=format_cents(-row.available_cumulative)))
        return "\n".join(lines)


class EntriesModel(QAbstractTableModel):
    """Ledger entries behind a figure."""

    # The column "Zählt" (what an entry adds to a derived figure) comes right after "Betrag".
    COUNTS = 4

    def __init__(self, rows: Sequence[EntryRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = tuple(rows)
        self._headers = [self.tr("Datum"), self.tr("Jahr"), self.tr("Art"), self.tr("Betrag"),
                         self.tr("Zählt"), self.tr("Maßnahme"), self.tr("Begründung"),
                         self.tr("Erfasst von"), self.tr("Überschreitung")]

    def set_rows(self, rows: Sequence[EntryRow]) -> None:
        """Replace the entries (after a booking)."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EntryRow | None:
        """The entry at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> tuple[EntryRow, ...]:
        """All entries shown."""
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per entry."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Nine columns (the panel hides "Zählt" for plain figures)."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == self.COUNTS:
            return self.tr("Wie viel die Buchung zur gewählten Zahl beiträgt (Summe dieser "
                           "Spalte = die Zahl)")
        if orientation == Qt.Orientation.Horizontal and \
                role == Qt.ItemDataRole.TextAlignmentRole and section in (3, self.COUNTS):
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One field of an entry."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            override = ""
            if e.override:
                chair = f" ({e.authorized_by})" if e.authorized_by else ""
                override = f"{e.override_reason}{chair}"
            kind = kind_label_text(e.kind_label) + (self.tr(" (Korrektur)") if e.corrects_id and
                                   e.kind != "correction" else "")
            return (format_date(e.on), str(e.year), kind, format_cents(e.amount),
                    format_cents(e.counts), e.measure, e.reason, e.recorded_by, override)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (5, 6, 8):
            return self.data(index) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, self.COUNTS):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == 3 and e.amount < 0) or (col == self.COUNTS and e.counts < 0)):
            return QBrush(RED)
        if role == Qt.ItemDataRole.BackgroundRole and e.override:
            return QBrush(AMBER_BG)
        return None


class HistoryModel(QAbstractTableModel):
    """Changes of a budget's allocation."""

    def __init__(self, rows: Sequence[AllocationChange], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = tuple(rows)
        self._headers = [self.tr("Datum"), self.tr("Änderung"), self.tr("Zuweisung danach"),
                         self.tr("Notiz"), self.tr("Festgelegt von")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per change."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Five columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One field of a change."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            sign = "+" if h.change_cents > 0 else ""
            return (format_date(h.on), sign + format_cents(h.change_cents),
                    format_cents(h.allocation_cents), h.note, h.by)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2):
            return int(RIGHT)
        return None
