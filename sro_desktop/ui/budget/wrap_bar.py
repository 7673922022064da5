"""Two small layout widgets that keep the budget panel readable when it is narrow (the panel
sits beside the area tree, so at a window width of 1100 px it is only about 680 px wide).

- :class:`WrapBar`: a left part and a right part on one line while both fit, else the right
  part on a second line (right-aligned). The panel's title bar and the bar above the table use
  it, so that no button is pushed out of sight and nothing forces a horizontal scroll bar.
- :class:`TileGrid`: equally wide tiles in one row, or in two or three rows when one row would
  squeeze them below their natural width.

Both place their children by hand (``setGeometry``) and report ``heightForWidth``, so that the
surrounding layout gives them the height the chosen arrangement needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

GAP = 8


def _natural_width(widget: QWidget) -> int:
    """The width a part needs on one line (a title that may wrap is a
    :class:`~sro_desktop.ui.wrapping_title.WrappingTitle`, whose size hint is one line)."""
    return widget.sizeHint().width()


def _height_for(widget: QWidget, width: int) -> int:
    """The height ``widget`` needs at ``width``. (Not its minimum size hint: a wrapping title's
    is the height of its narrowest, many-line form.)"""
    height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
    return height if height > 0 else widget.sizeHint().height()


class WrapBar(QWidget):
    """``left`` and ``right`` side by side, or one above the other when they do not fit."""

    def __init__(self, left: QWidget, right: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        left.setParent(self)
        right.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def wraps(self, width: int | None = None) -> bool:
        """Whether the right part goes onto a second line at ``width`` (default: now)."""
        width = self.width() if width is None else width
        return _natural_width(self.left) + GAP + _natural_width(self.right) > width

    def _one_line_height(self) -> int:
        left = _height_for(self.left, _natural_width(self.left))
        return max(left, self.right.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        """Wrapping makes the height depend on the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """One line, or both parts one above the other."""
        if not self.wraps(width):
            return self._one_line_height()
        return _height_for(self.left, width) + GAP // 2 + self.right.sizeHint().height()

    def sizeHint(self) -> QSize:
        """Both parts on one line."""
        return QSize(_natural_width(self.left) + GAP + _natural_width(self.right),
                     self._one_line_height())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider part's minimum."""
        width = max(self.left.minimumSizeHint().width(), self.right.minimumSizeHint().width())
        return QSize(width, self._one_line_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Place the parts for the new width."""
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event: QShowEvent) -> None:
        """Place the parts once the bar is shown (sizes of the parts may have changed)."""
        super().showEvent(event)
        self._place()

    def relayout(self) -> None:
        """The parts changed their size: ask the parent layout again and place them."""
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        width, height = self.width(), self.height()
        right_w = min(_natural_width(self.right), width)
        if not self.wraps(width):
            self.left.setGeometry(QRect(0, 0, width - right_w - GAP, height))
            self.right.setGeometry(QRect(width - right_w, 0, right_w, height))
            return
        left_h = _height_for(self.left, width)
        self.left.setGeometry(QRect(0, 0, width, left_h))
        right_h = self.right.sizeHint().height()
        self.right.setGeometry(QRect(width - right_w, left_h + GAP // 2, right_w, right_h))


class TileGrid(QWidget):
    """Equally wide tiles: in one row when each gets its natural width, else in rows of
    ``len(tiles) // 2`` (or a third of them)."""

    def __init__(self, tiles: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = list(tiles)
        for tile in self.tiles:
            tile.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _tile_width(self) -> int:
        return max((t.sizeHint().width() for t in self.tiles), default=0)

    def _tile_height(self) -> int:
        return max((t.sizeHint().height() for t in self.tiles), default=0)

    def columns(self, width: int | None = None) -> int:
        """How many tiles share a row at ``width`` (default: now)."""
        width = self.width() if width is None else width
        count = len(self.tiles)
        for cols in dict.fromkeys((count, (count + 1) // 2, (count + 2) // 3)):
            if cols * self._tile_width() + (cols - 1) * GAP <= width:
                return max(cols, 1)
        return max((count + 2) // 3, 1)

    def _rows(self, width: int) -> int:
        cols = self.columns(width)
        return (len(self.tiles) + cols - 1) // cols

    def hasHeightForWidth(self) -> bool:
        """More rows when narrow."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The rows at ``width``."""
        rows = self._rows(width)
        return rows * self._tile_height() + (rows - 1) * GAP

    def sizeHint(self) -> QSize:
        """All tiles in one row."""
        count = len(self.tiles)
        return QSize(count * self._tile_width() + (count - 1) * GAP, self._tile_height())

    def minimumSizeHint(self) -> QSize:
        """Three rows of tiles."""
        cols = max((len(self.tiles) + 2) // 3, 1)
        return QSize(cols * self._tile_width() + (cols - 1) * GAP, self._tile_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Arrange the tiles for the new width."""
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """Place the tiles again (after their texts changed)."""
        width = self.width()
        cols = self.columns(width)
        tile_w = (width - (cols - 1) * GAP) // cols
        tile_h = self._tile_height()
        for n, tile in enumerate(self.tiles):
            row, col = divmod(n, cols)
            tile.setGeometry(QRect(col * (tile_w + GAP), row * (tile_h + GAP), tile_w, tile_h))
        if self.height() != self.heightForWidth(width):
            self.updateGeometry()
