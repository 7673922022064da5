"""Editable tables of a measure's rows (cost plan, partners, goals …) bound to the document.

Each cell edit replaces the whole collection in the document as one undoable command; the
table model holds no rows of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.formatting import format_date, parse_date
from ...services.money import format_cents, parse_money
from .document import MeasureDocument

__all__ = ["ChildColumn", "ChildTableEditor", "ChildTableModel"]

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    """The measure form's translation context."""
    return QCoreApplication.translate("MeasureForm", text)


@dataclass(frozen=True)
class ChildColumn:
    """One column: the row field, its (translated) title, the kind of value and its width."""

    field: str
    title: str
    kind: str = "text"  # text | int | money | date | bool | choice
    width: int = 160
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"


class ChildTableModel(QAbstractTableModel):
    """The rows of one collection of the document."""

    parse_error = Signal(str)

    def __init__(self, doc: MeasureDocument, collection: str, label: str,
                 columns: tuple[ChildColumn, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.collection = collection
        self.label = label
        self.columns = columns
        self.editable = True
        self._count = len(self.rows())
        doc.field_changed.connect(self._on_field_changed)
        doc.replaced.connect(self._on_replaced)

    def rows(self) -> tuple[Any, ...]:
        """The collection's rows in the document."""
        rows: tuple[Any, ...] = getattr(self.doc.data, self.collection)
        return rows

    def _on_field_changed(self, field: str) -> None:
        if field != self.collection:
            return
        if len(self.rows()) != self._count:
            self._on_replaced()
        elif self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.columns) - 1))

    def _on_replaced(self) -> None:
        self.beginResetModel()
        self._count = len(self.rows())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].title
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            if self.columns[index.column()].kind == "bool":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._count:
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows()[index.row()], column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return _t("ja") if value else _t("nein")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.EditRole and column.kind == "choice":
                return value
            return self._text(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(column: ChildColumn, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "money":
            return format_cents(int(value))
        if column.kind == "date":
            return format_date(value)
        if column.kind == "choice":
            return dict(column.choices).get(value, str(value))
        return str(value)

    def _parse(self, column: ChildColumn, value: Any) -> Any:
        text = str(value).strip() if value is not None else ""
        if column.kind == "money":
            return 0 if not text else parse_money(text, field=f"{self.label}: {column.title}")
        if column.kind == "int":
            if not text:
                return None
            if not text.lstrip("-").isdigit():
                raise ValueError(_t("{table}: {column}: „{text}“ ist keine ganze Zahl.").format(
                    table=self.label, column=column.title, text=text))
            return int(text)
        if column.kind == "date":
            if not text:
                return None
            try:
                return parse_date(text)
            except (ValueError, TypeError):
                raise ValueError(_t("{table}: {column}: „{text}“ ist kein gültiges Datum "
                                    "(TT.MM.JJJJ).").format(table=self.label,
                                                            column=column.title,
                                                            text=text)) from None
        if column.kind == "bool":
            return value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        return str(value) if value is not None else ""

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        column = self.columns[index.column()]
        if (column.kind == "bool") != (role == Qt.ItemDataRole.CheckStateRole):
            return False
        try:
            parsed = self._parse(column, value)
        except ValueError as exc:
            self.parse_error.emit(str(exc))
            return False
        self.parse_error.emit("")
        rows = list(self.rows())
        row = rows[index.row()]
        if getattr(row, column.field) == parsed:
            return True
        rows[index.row()] = dataclasses.replace(row, **{column.field: parsed})
        self.doc.edit(self.collection, tuple(rows), text=_t("{table}: {column} ändern").format(
                          table=self.label, column=column.title),
                      key=f"{self.collection}[{index.row()}].{column.field}")
        return True

    def add_row(self, factory: Callable[[], Any]) -> None:
        """Append a new row (one undoable command)."""
        self.doc.edit(self.collection, (*self.rows(), factory()),
                      text=_t("{table}: Zeile hinzufügen").format(table=self.label))

    def remove_row(self, row: int) -> None:
        """Remove one row (one undoable command)."""
        rows = list(self.rows())
        if 0 <= row < len(rows):
            del rows[row]
            self.doc.edit(self.collection, tuple(rows),
                          text=_t("{table}: Zeile entfernen").format(table=self.label))


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with fixed choices."""

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QObject | None = None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChildTableEditor(QWidget):
    """A table of one collection with buttons to add and remove rows and a message line."""

    def __init__(self, doc: MeasureDocument, collection: str, label: str,
                 columns: tuple[ChildColumn, ...], factory: Callable[[], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"table_{collection}")
        self.model = ChildTableModel(doc, collection, label, columns, self)
        self.factory = factory
        self.view = QTableView(self)
        self.view.setObjectName(f"view_{collection}")
        self.view.setAccessibleName(label)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Free text shares the spare width; amounts, dates, numbers and check boxes keep their
        # width. (Stretching the last column gave a check box half the table while the
        # descriptions were cut off.)
        stretch = [i for i, column in enumerate(columns) if column.kind == "text"]
        for i, column in enumerate(columns):
            self.view.setColumnWidth(i, column.width)
            if i in stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            if column.kind == "choice":
                self.view.setItemDelegateForColumn(i, _ChoiceDelegate(column.choices, self.view))
        header.setStretchLastSection(not stretch)
        self.add_button = QPushButton(self.tr("Zeile hinzufügen"), self)
        self.add_button.setAccessibleName(_t("{table}: Zeile hinzufügen").format(table=label))
        self.remove_button = QPushButton(self.tr("Zeile entfernen"), self)
        self.remove_button.setAccessibleName(_t("{table}: Zeile entfernen").format(table=label))
        self.message = QLabel(self)
        self.message.setObjectName(f"error_{collection}")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.input_error = QLabel(self)
        self.input_error.setObjectName(f"inputError_{collection}")
        self.input_error.setWordWrap(True)
        self.input_error.setStyleSheet("color: #b00020;")
        self.input_error.setTextFormat(Qt.TextFormat.PlainText)
        self.input_error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.input_error)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.model.parse_error.connect(self.show_message)

    def _on_add(self) -> None:
        self.model.add_row(self.factory)
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.view.setFocus()

    def _on_remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def show_message(self, text: str) -> None:
        """Show (or hide, for empty text) why the last cell input was refused."""
        self.input_error.setText(text)
        self.input_error.setVisible(bool(text))

    def set_editable(self, editable: bool) -> None:
        """Read-only when the state locks the collection."""
        self.model.editable = editable
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
