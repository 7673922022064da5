"""The agenda of one meeting as a list model with drag-and-drop and keyboard moves.

The model holds frozen ``AgendaItemInfo`` rows and never its view. A move (dropped or by
Ctrl+Up/Down) happens in the model at once and is announced by ``move_requested``; the editor
stores it through the service and reloads the numbered rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ...services.meetings import AgendaItemInfo

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-sro-agenda-row"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NON_PUBLIC = QColor("#7a4b00")
# A drawn lock rather than the emoji "🔒": without an emoji font (many office PCs) the emoji
# is an empty box, and its fallback font's height left a gap in the row.
LOCK_ICON = Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "non-public.svg"


class AgendaModel(QAbstractListModel):
    """Numbered agenda items ("3  Spielplatz", sub-items indented, non-public marked)."""

    move_requested = Signal(object, int)  # item id, new position (0-based)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemInfo] = []
        self.editable = True
        self._lock = QIcon(str(LOCK_ICON))

    def set_items(self, items: Sequence[AgendaItemInfo]) -> None:
        """Show ``items``: rows are updated in place when the ids are the same."""
        new = list(items)
        if [i.id for i in new] == [i.id for i in self._items]:
            self._items = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()

    def item(self, row: int) -> AgendaItemInfo | None:
        """The item at ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: uuid.UUID) -> int:
        """The row of an item (-1 when not shown)."""
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Items of the agenda."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Number and title; a lock for non-public items (drawn by the view at the right);
        tooltip with public flag and duration."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            indent = "      " if item.level else ""
            return f"{indent}{item.number}   {item.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return None if item.is_public else self._lock
        if role == Qt.ItemDataRole.AccessibleTextRole:
            public = self.tr("nicht öffentlich") if not item.is_public else ""
            top = self.tr("TOP {number}").format(number=item.number)
            return f"{top} {item.title} {public}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self.tr("öffentlich") if item.is_public else self.tr("nicht öffentlich")]
            if item.planned_minutes:
                parts.append(self.tr("{n} Min. geplant").format(n=item.planned_minutes))
            top = self.tr("TOP {number}").format(number=item.number)
            return f"{top}: {item.title}\n" + " · ".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and not item.is_public:
            return QBrush(NON_PUBLIC)
        if role == Qt.ItemDataRole.FontRole and item.level == 0:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items are selectable and, in editable minutes, draggable; the list takes drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    # --- moving ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move inside the list only."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows move inside the list only."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our private row format."""
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged row number."""
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only our rows, only as a move."""
        return self.editable and action == Qt.DropAction.MoveAction and data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row before ``row`` (or to the end). Returns False so that the view
        does not remove the source row itself: the move already happened."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self._items)
        self.move_item(source, target)
        return False

    def move_item(self, source: int, target: int) -> bool:
        """Move row ``source`` so that it lands before row ``target`` (``len`` = end)."""
        if not self.editable or not 0 <= source < len(self._items):
            return False
        target = max(0, min(target, len(self._items)))
        if target in (source, source + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target):
            return False
        item = self._items.pop(source)
        final = target - 1 if target > source else target
        self._items.insert(final, item)
        self.endMoveRows()
        self.move_requested.emit(item.id, final)
        return True

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest: int
    ) -> bool:
        """Qt's move API (one row at a time)."""
        if source_parent.isValid() or dest_parent.isValid() or count != 1:
            return False
        return self.move_item(source_row, dest)
