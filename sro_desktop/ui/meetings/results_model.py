"""What was noted under the current agenda item: concerns, tasks, agreements, carried open
tasks and (for approved minutes) amendments, as one list model. Tasks are checkable (done)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...services.formatting import format_date
from ...services.meetings import AmendmentInfo, ItemResults, TaskInfo
from .labels import concern_status_text

Index = QModelIndex | QPersistentModelIndex
KIND_COLORS = {
    "concern": "#1f6feb",
    "task": "#b35900",
    "carried": "#8a6d3b",
    "arrangement": "#2e7d32",
    "amendment": "#8e24aa",
}


@dataclass(frozen=True)
class ResultRow:
    """One line of the list."""

    kind: str  # concern, task, carried, arrangement, amendment
    id: uuid.UUID
    label: str
    text: str
    detail: str
    done: bool | None = None
    overdue: bool = False


def _dot(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pix)


class ResultsModel(QAbstractListModel):
    """Rows of one item's results; ``done_toggled`` asks the editor to store a task's state."""

    done_toggled = Signal(object, bool)  # task id, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._icons: dict[str, QIcon] = {}
        self.today = date.today()

    def _task_row(self, task: TaskInfo, kind: str, label: str) -> ResultRow:
        parts = [task.owner] if task.owner else []
        if task.done_on:
            parts.append(self.tr("erledigt am {d}").format(d=format_date(task.done_on)))
        elif task.due:
            due = self.tr("bis {d}").format(d=format_date(task.due))
            if task.is_overdue(self.today):
                due = self.tr("{due} – überfällig").format(due=due)
            parts.append(due)
        return ResultRow(kind, task.id, label, task.description, " · ".join(parts),
                         task.done_on is not None, task.is_overdue(self.today))

    def set_results(
        self, results: ItemResults | None, amendments: Sequence[AmendmentInfo] = ()
    ) -> None:
        """Show the results of an item (None: nothing)."""
        rows: list[ResultRow] = []
        if results is not None:
            for t in results.carried_tasks:
                rows.append(self._task_row(t, "carried", self.tr("Offene Aufgabe")))
            for c in results.concerns:
                detail = [concern_status_text(c.status)]
                if c.target_group:
                    detail.insert(0, self.tr("Zielgruppe: {g}").format(g=c.target_group))
                if c.measure_ids:
                    detail.append(self.tr("{n} Maßnahme(n) verknüpft").format(n=len(c.measure_ids)))
                rows.append(ResultRow("concern", c.id, self.tr("Anliegen"), c.text,
                                      " · ".join(detail)))
            for t in results.tasks:
                rows.append(self._task_row(t, "task", self.tr("Aufgabe")))
            for a in results.arrangements:
                rows.append(ResultRow("arrangement", a.id, self.tr("Vereinbarung"), a.text, ""))
        for am in amendments:
            when = format_date(am.recorded_at.date())
            rows.append(ResultRow("amendment", am.id, self.tr("Änderung"), am.text,
                                  self.tr("protokolliert am {d} von {u}").format(
                                      d=when, u=am.recorded_by or "?")))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> ResultRow | None:
        """The result at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ResultRow]:
        """All rows shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of results."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """"Aufgabe: Raum anfragen — Jugendclub · bis 01.02.2025"; tasks with a check box."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            line = f"{r.label}: {r.text}"
            return f"{line}  —  {r.detail}" if r.detail else line
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.label}\n{r.text}\n{r.detail}".strip()
        if role == Qt.ItemDataRole.CheckStateRole and r.done is not None:
            return Qt.CheckState.Checked if r.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if r.kind not in self._icons:
                self._icons[r.kind] = _dot(KIND_COLORS[r.kind])
            return self._icons[r.kind]
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return QColor("#b3261e")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tasks are checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        r = self._rows[index.row()]
        if r.done is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Checking a task asks for it to be marked done (the editor stores and reloads)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        r = self._rows[index.row()]
        if r.done is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.done_toggled.emit(r.id, done)
        return True
