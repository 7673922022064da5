"""The list of rule messages under the measure form's tabs (objectName ``measureIssues``).

Messages wrap at the list's width instead of running off behind a horizontal scroll bar. The
list is as tall as its messages, from one line (nothing to report) up to :data:`MAX_LINES`
lines; beyond that it scrolls. Activating a message (click, Enter) emits ``field_requested``
with the field it names and the table row it is about (-1: none), so that the form can show
and focus that field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

__all__ = ["MAX_LINES", "IssueList", "Message"]

# Lines of text the list shows before it scrolls: enough for the usual handful of messages,
# small enough to leave the tabs most of a 800-pixel-high window.
MAX_LINES = 7

_FIELD = Qt.ItemDataRole.UserRole
_ROW = Qt.ItemDataRole.UserRole + 1

# A message with the 1-based table row it is about (None: the whole field).
Message = tuple[str, int | None]


class IssueList(QListWidget):
    """Wrapping messages, each remembering its field; grows with its content up to a cap."""

    field_requested = Signal(str, int)  # field, 1-based table row (-1: the whole field)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)  # a little air between wrapped messages
        self._fitted_width = -1
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        self.viewport().installEventFilter(self)
        self.fit()

    def show_messages(self, by_field: Mapping[str, Sequence[Message]], empty_text: str) -> None:
        """Show the messages of each field (in the mapping's order), or ``empty_text`` alone."""
        self.clear()
        for field, messages in by_field.items():
            for message, row in messages:
                item = QListWidgetItem(message, self)
                item.setData(_FIELD, field)
                item.setData(_ROW, -1 if row is None else row)
        if not self.count():
            QListWidgetItem(empty_text, self)
        self.fit()

    def _on_item(self, item: QListWidgetItem) -> None:
        field = item.data(_FIELD)
        if field is not None:
            self.field_requested.emit(str(field), int(item.data(_ROW)))

    # --- height ------------------------------------------------------------------------------

    def content_height(self) -> int:
        """Height of all messages at the current width, wrapped."""
        self.doItemsLayout()
        if not self.count():
            return 0
        first = self.visualItemRect(self.item(0))
        last = self.visualItemRect(self.item(self.count() - 1))
        return last.bottom() + 1 - first.top() + 2 * self.spacing()

    def fit(self) -> None:
        """Grow or shrink to the messages (one line at least, :data:`MAX_LINES` at most)."""
        line = self.fontMetrics().lineSpacing()
        frame = 2 * self.frameWidth()
        wanted = max(self.content_height(), line + 2 * self.spacing())
        cap = MAX_LINES * line + 2 * self.spacing()
        self._fitted_width = self.viewport().width()
        self.setFixedHeight(min(wanted, cap) + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new width re-wraps the messages and so changes the height they need.
        if (watched is self.viewport() and event.type() == QEvent.Type.Resize
                and isinstance(event, QResizeEvent)
                and event.size().width() != self._fitted_width):
            self._fitted_width = event.size().width()
            self.fit()
        return super().eventFilter(watched, event)
