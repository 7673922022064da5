"""The left side of the meeting editor: the agenda list with its tools and the item details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.meetings import AgendaItemInfo
from .agenda_model import AgendaModel


def _tool(text: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setMinimumWidth(30)
    return button


class WrappingDelegate(QStyledItemDelegate):
    """Sizes wrapped titles at the width they are painted in.

    A QListView paints an item ``2 × spacing`` narrower than its viewport, but asks for the
    item's size sometimes at the viewport's width and sometimes at the painted one. Sized at
    the wider one, a title that just fits was given one line and painted elided ("Bericht aus
    dem …"); narrowed a second time, one that fits was given two lines and painted in one,
    leaving a blank line under it.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The lock of a non-public item stands at the right edge, so that the numbers of all
        items stay in one column."""
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Right

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The size at the painted width."""
        painted = self._view.viewport().width() - 2 * self._view.spacing()
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(
            0, 0, min(0, painted - option.rect.width()), 0)
        return super().sizeHint(narrower, index)


class AgendaPane(QWidget):
    """Agenda list (objectName ``agendaList``), add/remove/move tools and the item's details.

    Edits are requested through signals; the editor stores them and reloads the model.
    """

    add_requested = Signal()
    delete_requested = Signal()
    level_requested = Signal(int)
    details_edited = Signal(str, object)  # field ("title", "is_public", "planned_minutes"), value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.view = QListView()
        self.view.setObjectName("agendaList")
        self.view.setAccessibleName(self.tr("Tagesordnung"))
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(2)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap long titles on resize
        self.view.setStyleSheet("QListView::item { padding-top: 4px; padding-bottom: 4px; }")
        # The lock of a non-public item no taller than a line of text: rows keep one height.
        side = min(16, self.view.fontMetrics().height())
        self.view.setIconSize(QSize(side, side))

        self.move_up = self._action("actionItemUp", self.tr("TOP nach oben"), "Ctrl+Up",
                                    lambda: self.move_current(-1))
        self.move_down = self._action("actionItemDown", self.tr("TOP nach unten"), "Ctrl+Down",
                                      lambda: self.move_current(+1))
        self.indent = self._action("actionItemIndent", self.tr("Als Unterpunkt"), "Ctrl+Right",
                                   lambda: self.level_requested.emit(1))
        self.outdent = self._action("actionItemOutdent", self.tr("Als Hauptpunkt"), "Ctrl+Left",
                                    lambda: self.level_requested.emit(0))
        self.delete = self._action("actionItemDelete", self.tr("TOP löschen"), "Del",
                                   self.delete_requested.emit)

        tools = QHBoxLayout()
        tools.setSpacing(2)
        self.add_button = _tool("+", self.tr("TOP hinzufügen (Strg+Umschalt+T)"), "addItemButton")
        self.add_button.clicked.connect(self.add_requested.emit)
        tools.addWidget(self.add_button)
        for action, text in ((self.delete, "−"), (self.move_up, "↑"), (self.move_down, "↓"),
                             (self.outdent, "←"), (self.indent, "→")):
            button = _tool(text, action.toolTip(), action.objectName() + "Button")
            button.clicked.connect(action.trigger)
            tools.addWidget(button)
        tools.addStretch(1)
        # The planned total stands beside the heading: below the list, next to the six tool
        # buttons, it was cut off when the agenda is narrow (a 1280 pixel window).
        self.total = QLabel()
        self.total.setObjectName("agendaDuration")
        self.total.setStyleSheet("color: #3c4043;")

        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.title.setAccessibleName(self.tr("Titel des TOP"))
        self.title.editingFinished.connect(
            lambda: self.details_edited.emit("title", self.title.text()))
        self.public = QCheckBox(self.tr("öffentlich"))
        self.public.setObjectName("itemPublic")
        self.public.setToolTip(self.tr("Nicht öffentliche TOPs fehlen in öffentlichen Ausdrucken"))
        self.public.clicked.connect(lambda on: self.details_edited.emit("is_public", on))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("itemMinutes")
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" Min."))
        self.minutes.setSpecialValueText(self.tr("–"))
        self.minutes.setAccessibleName(self.tr("Geplante Dauer"))
        self.minutes.editingFinished.connect(
            lambda: self.details_edited.emit("planned_minutes", self.minutes.value() or None))
        details = QFormLayout()
        details.setContentsMargins(0, 4, 0, 0)
        details.addRow(self.tr("Titel"), self.title)
        row = QHBoxLayout()
        row.addWidget(self.public)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Dauer")))
        row.addWidget(self.minutes)
        details.addRow(row)

        heading = QLabel(self.tr("Tagesordnung"))
        heading.setObjectName("agendaHeading")
        heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.total, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addLayout(details)

    def _action(self, name: str, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self.view)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.view.addAction(action)
        return action

    def move_current(self, delta: int) -> None:
        """Keyboard move of the selected item by one row."""
        row = self.view.currentIndex().row()
        if row < 0:
            return
        target = row + 2 if delta > 0 else row - 1
        if self.model.move_item(row, target):
            self.view.setCurrentIndex(self.model.index(row + delta))

    def set_editable(self, editable: bool) -> None:
        """Locked minutes: no moves, no edits."""
        self.model.editable = editable
        self.view.setDragEnabled(editable)
        for action in (self.move_up, self.move_down, self.indent, self.outdent, self.delete):
            action.setEnabled(editable)
        for button in self.findChildren(QToolButton):
            button.setEnabled(editable)
        for widget in (self.title, self.public, self.minutes):
            widget.setEnabled(editable)

    def show_details(self, item: AgendaItemInfo | None) -> None:
        """Fill the detail fields for the selected item."""
        for widget in (self.title, self.public, self.minutes):
            widget.blockSignals(True)
        self.title.setText(item.title if item else "")
        self.title.setCursorPosition(0)
        self.public.setChecked(bool(item and item.is_public))
        self.minutes.setValue(item.planned_minutes or 0 if item else 0)
        for widget in (self.title, self.public, self.minutes):
            widget.blockSignals(False)

    def show_total(self, items: list[AgendaItemInfo]) -> None:
        """Sum of the planned durations."""
        total = sum(i.planned_minutes or 0 for i in items)
        self.total.setText(self.tr("{n} Min. geplant").format(n=total) if total else "")
