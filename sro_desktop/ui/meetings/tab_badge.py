"""A small round badge with a number, for a tab that needs attention ("Aufgaben" with overdue
tasks): a tab icon costs less width than "(3, 1 überfällig)" in the title."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

BADGE_PIXELS = 32  # drawn large, shown at the tab bar's icon size (16): sharp on HiDPI too


def number_badge(n: int, color: QColor) -> QIcon:
    """A filled circle in ``color`` with ``n`` in white ("99+" above 99)."""
    pixmap = QPixmap(BADGE_PIXELS, BADGE_PIXELS)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0, 0, BADGE_PIXELS, BADGE_PIXELS))
    text = str(n) if n <= 99 else "99+"
    font = QFont()
    font.setBold(True)
    font.setPixelSize({1: 22, 2: 18}.get(len(text), 13))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, BADGE_PIXELS, BADGE_PIXELS), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
