"""Table models of a meeting's concerns, tasks and agreements, and the list of the measures a
concern is linked to.

They hold the frozen records of one meeting (a few dozen rows) and can narrow them to one agenda
item. Overdue tasks are marked in words as well as in colour, so that the mark survives a screen
reader and a black-and-white projector. The tables show every text on one line (the view elides
it); the tooltip of the text column gives it whole, with its line breaks, wrapped.
"""

from __future__ import annotations

import textwrap
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...services.formatting import format_date
from ...services.meetings import ArrangementInfo, ConcernRow, MeasureRef, TaskInfo
from .labels import concern_status_text, measure_status_text
from .table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
OVERDUE_FG = QColor("#b3261e")
OVERDUE_BG = QColor("#fdecea")
DONE_FG = QColor("#5f6368")


TOOLTIP_WIDTH = 80  # characters: Qt does not wrap a plain-text tooltip by itself


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tooltip_text(text: str) -> str:
    """A long text for a tooltip: its own line breaks kept, long lines wrapped."""
    lines = [textwrap.fill(line, TOOLTIP_WIDTH) if line.strip() else ""
             for line in text.strip().splitlines()]
    return "\n".join(lines)


class RecordTableModel(TitledTableModel, Generic[R]):
    """Rows of one kind of record of a meeting, optionally only those of one agenda item;
    column ``TEXT_COLUMN`` holds the concern, task or agreement itself."""

    TEXT_COLUMN = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[R] = []
        self._rows: list[R] = []
        self._numbers: Mapping[uuid.UUID, str] = {}
        self._only_item: uuid.UUID | None = None
        self.today = date.today()

    # What subclasses provide.
    def record_id(self, record: R) -> uuid.UUID:
        """The id of a record."""
        raise NotImplementedError

    def _item_id(self, record: R) -> uuid.UUID | None:
        raise NotImplementedError

    def _cells(self, record: R) -> tuple[str, ...]:
        raise NotImplementedError

    def _text(self, record: R) -> str:
        raise NotImplementedError

    def set_records(self, records: Sequence[R], item_numbers: Mapping[uuid.UUID, str]) -> None:
        """Show the meeting's records; ``item_numbers`` gives the "TOP" column."""
        self._all = list(records)
        self._numbers = dict(item_numbers)
        self._refilter()

    def set_only_item(self, item_id: uuid.UUID | None) -> None:
        """Show only the records of one agenda item (None: all of the meeting)."""
        self._only_item = item_id
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        only = self._only_item
        self._rows = [r for r in self._all if only is None or self._item_id(r) == only]
        self.endResetModel()

    @property
    def total(self) -> int:
        """Records of the whole meeting (whatever the filter)."""
        return len(self._all)

    def record(self, row: int) -> R | None:
        """The record shown at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, record_id: uuid.UUID) -> R | None:
        """A record of the meeting by id (also when filtered out)."""
        return next((r for r in self._all if self.record_id(r) == record_id), None)

    def row_of(self, record_id: uuid.UUID) -> int:
        """The row showing ``record_id`` (-1 when not shown)."""
        return next((i for i, r in enumerate(self._rows) if self.record_id(r) == record_id), -1)

    def _number(self, record: R) -> str:
        item = self._item_id(record)
        return self._numbers.get(item, "") if item is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Records shown."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; the full text as tooltip (the text column's with its line breaks)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        cells = self._cells(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.TEXT_COLUMN:
                return tooltip_text(self._text(record)) or None
            return cells[index.column()] or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; editing happens in the form."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ConcernTableModel(RecordTableModel[ConcernRow]):
    """TOP, concern, target group, area, status, linked measures."""

    MEASURES_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("TOP"), self.tr("Anliegen"), self.tr("Zielgruppe"),
                         self.tr("Gebiet"), self.tr("Status"), self.tr("Maßnahmen")]

    def record_id(self, record: ConcernRow) -> uuid.UUID:
        return record.info.id

    def _item_id(self, record: ConcernRow) -> uuid.UUID | None:
        return record.info.agenda_item_id

    def _text(self, record: ConcernRow) -> str:
        return record.info.text

    def _cells(self, record: ConcernRow) -> tuple[str, ...]:
        c = record.info
        measures = record.measures[0].number if record.measures else ""
        if len(record.measures) > 1:
            measures += f" +{len(record.measures) - 1}"
        return (self._number(record), _one_line(c.text), c.target_group, record.area_name,
                concern_status_text(c.status), measures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The measures column lists every linked measure in its tooltip."""
        row = self.record(index.row()) if index.isValid() else None
        if (row is not None and index.column() == self.MEASURES_COLUMN and row.measures
                and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)):
            return "\n".join(f"{m.number} {m.title}" for m in row.measures)
        return super().data(index, role)


class TaskTableModel(RecordTableModel[TaskInfo]):
    """TOP, task, who, due (marked when overdue), done (checkable: ``done_toggled``)."""

    done_toggled = Signal(object, bool)  # task id, done
    DONE_COLUMN = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("TOP"), self.tr("Aufgabe"), self.tr("Wer"), self.tr("Bis"),
                         self.tr("Erledigt")]

    def record_id(self, record: TaskInfo) -> uuid.UUID:
        return record.id

    def _item_id(self, record: TaskInfo) -> uuid.UUID | None:
        return record.agenda_item_id

    def _text(self, record: TaskInfo) -> str:
        return record.description

    def _cells(self, record: TaskInfo) -> tuple[str, ...]:
        due = format_date(record.due)
        if record.is_overdue(self.today):
            due = self.tr("{d} – überfällig").format(d=due)
        return (self._number(record), _one_line(record.description), record.owner, due,
                format_date(record.done_on))

    def overdue_count(self) -> int:
        """Open tasks of the meeting past their due date."""
        return sum(1 for t in self._all if t.is_overdue(self.today))

    def open_count(self) -> int:
        """Tasks of the meeting not done yet."""
        return sum(1 for t in self._all if t.done_on is None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Overdue rows red and bold on a light red ground; done rows grey; a check box."""
        task = self.record(index.row()) if index.isValid() else None
        if task is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.DONE_COLUMN:
            return Qt.CheckState.Checked if task.done_on else Qt.CheckState.Unchecked
        overdue = task.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_FG if overdue else DONE_FG if task.done_on else None
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BG
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The done column is checkable."""
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Checking asks for the task to be stored as done (the editor writes and reloads)."""
        task = self.record(index.row()) if index.isValid() else None
        if (task is None or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != self.DONE_COLUMN):
            return False
        self.done_toggled.emit(task.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class ArrangementTableModel(RecordTableModel[ArrangementInfo]):
    """TOP and the agreement."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("TOP"), self.tr("Vereinbarung")]

    def record_id(self, record: ArrangementInfo) -> uuid.UUID:
        return record.id

    def _item_id(self, record: ArrangementInfo) -> uuid.UUID | None:
        return record.agenda_item_id

    def _text(self, record: ArrangementInfo) -> str:
        return record.text

    def _cells(self, record: ArrangementInfo) -> tuple[str, ...]:
        return (self._number(record), _one_line(record.text))


class MeasureListModel(QAbstractListModel):
    """Measures as "SRAE-NW-2025-007  Title (Status)": the links of one concern."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeasureRef] = []

    def set_measures(self, measures: Sequence[MeasureRef]) -> None:
        """Show these measures."""
        self.beginResetModel()
        self._rows = list(measures)
        self.endResetModel()

    def measure(self, row: int) -> MeasureRef | None:
        """The measure at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Linked measures."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Number, title and status in one line."""
        m = self.measure(index.row()) if index.isValid() else None
        if m is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return f"{m.number}  {m.title} ({measure_status_text(m.status)})"
        return None
