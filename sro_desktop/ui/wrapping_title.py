"""A title label that stays on one line while there is room and wraps at word boundaries when
there is not (the meeting editor's head and the budget panel's title bar use it)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class WrappingTitle(QLabel):
    """A title that takes one line when there is room and wraps at word boundaries when not.

    A word-wrapping QLabel asks for a "balanced" width (about half its text) even when the
    whole text would fit, so the name broke into two lines in a wide window; this one asks for
    its single-line width and gives way down to its longest word.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        """One line, as wide as the text."""
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left()
                 + margins.right() + 2)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word."""
        metrics = self.fontMetrics()
        words = self.text().split() or [""]
        margins = self.contentsMargins()
        width = (max(metrics.horizontalAdvance(w) for w in words) + margins.left()
                 + margins.right() + 2)
        return QSize(width, self.heightForWidth(width))
