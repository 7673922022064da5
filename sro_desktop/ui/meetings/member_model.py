"""The member table of the bodies dialog: current members first, former ones (membership
ended before today) after a heading row, greyed, and only when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...services import meetings as svc
from ...services.formatting import format_date
from .labels import role_text
from .table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
FORMER_COLOR = "#80868b"
HEADING_BACKGROUND = "#eef0f2"


def is_former(member: svc.MemberInfo, today: date) -> bool:
    """The membership ended before ``today`` (one that starts later counts as current: it is
    the roster the next meetings use)."""
    return member.valid_to is not None and member.valid_to < today


class MemberTableModel(TitledTableModel):
    """Members of one body: the current ones, then (when shown) a heading row "Frühere
    Mitglieder (n)" spanning the table and the former ones, greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._current: list[svc.MemberInfo] = []
        self._former: list[svc.MemberInfo] = []
        self._show_former = False
        self._headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Rolle"),
                         self.tr("Vertritt"), self.tr("Von"), self.tr("Bis")]

    def set_rows(self, rows: Sequence[svc.MemberInfo], *, today: date | None = None) -> None:
        """Show the memberships of a body, split into current and former ones on ``today``."""
        day = today or date.today()
        self.beginResetModel()
        self._current = [m for m in rows if not is_former(m, day)]
        self._former = [m for m in rows if is_former(m, day)]
        self.endResetModel()

    def set_show_former(self, show: bool) -> None:
        """Show or hide the section of former members."""
        if show == self._show_former:
            return
        self.beginResetModel()
        self._show_former = show
        self.endResetModel()

    @property
    def current_count(self) -> int:
        """Memberships that have not ended."""
        return len(self._current)

    @property
    def former_count(self) -> int:
        """Memberships that ended before today (shown or not)."""
        return len(self._former)

    @property
    def heading_row(self) -> int:
        """The row of the heading above the former members; -1 while they are hidden."""
        return len(self._current) if self._show_former and self._former else -1

    def current_members(self) -> list[svc.MemberInfo]:
        """The current memberships (those another member may stand in for)."""
        return list(self._current)

    def member(self, row: int) -> svc.MemberInfo | None:
        """The membership at ``row`` (None for the heading)."""
        if 0 <= row < len(self._current):
            return self._current[row]
        heading = self.heading_row
        if heading >= 0 and heading < row <= heading + len(self._former):
            return self._former[row - heading - 1]
        return None

    def members(self) -> list[svc.MemberInfo]:
        """All memberships shown, in table order."""
        return self._current + (self._former if self.heading_row >= 0 else [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Memberships shown, and the heading of the former ones."""
        if parent.isValid():
            return 0
        return len(self._current) + (len(self._former) + 1 if self.heading_row >= 0 else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The heading cannot be selected."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() == self.heading_row:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells; former members greyed, the heading bold on a light band; the full text as
        tooltip, because the cells elide."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == self.heading_row:
            return self._heading_data(index.column(), role)
        m = self.member(index.row())
        if m is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (m.person_name, m.organization_name, role_text(m.role),
                    m.substitute_for_name, format_date(m.valid_from),
                    format_date(m.valid_to))[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == Qt.ItemDataRole.ForegroundRole and index.row() > self.heading_row >= 0:
            return QColor(FORMER_COLOR)
        return None

    def _heading_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Frühere Mitglieder ({n})").format(n=len(self._former))
                    if column == 0 else "")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(HEADING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(FORMER_COLOR)
        return None
