"""The meeting list: ids of all meetings of the selected area (and below), rows fetched lazily
in pages when the view asks for them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...models import MeetingStatus
from ...services import meetings as svc
from ...services.formatting import format_date_weekday, format_time_range
from ...storage.database import Database
from .labels import meeting_status_text
from .table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
STATUS_FOREGROUND = {
    MeetingStatus.PLANNED: "#1d3a6b",
    MeetingStatus.HELD: "#7a4b00",
    MeetingStatus.CLOSED: "#1e5e2b",
    MeetingStatus.APPROVED: "#3c4043",
}


class MeetingTableModel(TitledTableModel):
    """Date, body, area, place, status and number of items, newest first."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self._area_ids: list[uuid.UUID] | None = None
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, svc.MeetingRow] = {}
        # No area column: a body's name carries its area ("Stadtteiltisch Schmarl"); the area
        # is in the tooltip.
        self._headers = [self.tr("Datum"), self.tr("Zeit"), self.tr("Gremium"), self.tr("Ort"),
                         self.tr("Status"), self.tr("TOPs")]

    def set_areas(self, area_ids: Iterable[uuid.UUID] | None) -> None:
        """Show the meetings of the bodies of these areas (all for None)."""
        self._area_ids = None if area_ids is None else list(area_ids)
        self.reload()

    def reload(self) -> None:
        """Read the ids again (rows are fetched when shown)."""
        with self.database.session() as s:
            ids = svc.meeting_ids(s, self._area_ids)
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def refresh(self, ids: Iterable[uuid.UUID]) -> None:
        """Re-read some rows in place (after an edit of these meetings)."""
        wanted = [i for i in ids if i in self._rows]
        for meeting_id in wanted:
            self._rows.pop(meeting_id, None)
        for meeting_id in wanted:
            row = self.row_of(meeting_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def meeting_id(self, row: int) -> uuid.UUID | None:
        """The id of the meeting at ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, meeting_id: uuid.UUID) -> int:
        """The row of a meeting (-1 when it is not listed)."""
        try:
            return self._ids.index(meeting_id)
        except ValueError:
            return -1

    def _fetch(self, row: int) -> svc.MeetingRow | None:
        meeting_id = self._ids[row]
        found = self._rows.get(meeting_id)
        if found is None:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
            with self.database.session() as s:
                self._rows.update(svc.meeting_rows(s, page))
            found = self._rows.get(meeting_id)
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """All meetings of the areas (rows are cheap: only ids until shown)."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells of a meeting row."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        row = self._fetch(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_date_weekday(row.date),
                format_time_range(row.start_time, row.end_time),
                row.body_name,
                row.place,
                meeting_status_text(row.status),
                str(row.item_count),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            return f"{row.body_name} ({row.area_name})\n{row.place}".strip()
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QColor(STATUS_FOREGROUND.get(row.status, "#3c4043"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
