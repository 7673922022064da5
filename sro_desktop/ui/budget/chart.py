"""The budget chart, drawn with QPainter (no QtCharts: we ship PySide6-Essentials only).

Top: one stacked bar of the whole budget = agreed | decided but not yet agreed | available (the
figure tiles above the chart carry the exact numbers); an overdraft shows as a red part beyond a
marker at the total. Below: one bar per Sozialraum (city-wide: per Regionalraum, with its
available money) of the money bound there. Every segment has a tooltip; the accessible
description carries the same figures as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.budget import PanelData
from ...services.money import format_cents
from .labels import area_heading_text

AGREED = QColor("#1f5f99")
OPEN = QColor("#8cb8e0")
AVAILABLE = QColor("#3f9a55")
OVERDRAFT = QColor("#c62828")
HIGHLIGHT = QColor("#fff3b0")
GRID = QColor("#d0d4da")
TEXT_MUTED = QColor("#5f6670")

MARGIN = 10
BAR_HEIGHT = 30
ROW_HEIGHT = 20
LEGEND_HEIGHT = 20


@dataclass(frozen=True)
class _Segment:
    value: int
    color: QColor
    name: str


class BudgetChart(QWidget):
    """Stacked bar of the whole budget and bars per Sozialraum, with German money labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetChart")
        self.setAccessibleName(self.tr("Budgetdiagramm"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._data: PanelData | None = None
        self._hits: list[tuple[QRectF, str]] = []

    # -- data ---------------------------------------------------------------------------------

    def set_panel(self, data: PanelData | None) -> None:
        """Show ``data`` (or an empty chart)."""
        self._data = data
        self.setAccessibleDescription(self.summary_text())
        self.updateGeometry()
        self.update()

    def summary_text(self) -> str:
        """The chart's figures as a sentence (screen readers, tests)."""
        d = self._data
        if d is None:
            return self.tr("Kein Budget ausgewählt.")
        f = d.figures
        parts = [
            self.tr("Gesamt {total}: vereinbart {agreed}, beschlossen und noch nicht vereinbart "
                    "{open}, verfügbar {available}.").format(
                total=format_cents(f.total), agreed=format_cents(f.agreed_part),
                open=format_cents(f.open_part), available=format_cents(f.available)),
        ]
        rows = "; ".join(f"{r.label} {format_cents(r.used)}" for r in d.by_area)
        if rows:
            parts.append(self.tr("Gebunden nach {heading}: {rows}.").format(
                heading=area_heading_text(d), rows=rows))
        return " ".join(parts)

    def _segments(self) -> list[_Segment]:
        assert self._data is not None
        f = self._data.figures
        # After returns the agreed part differs from the "Vereinbart" tile: say so.
        agreed = (self.tr("Vereinbart") if f.agreed_part == f.agreed
                  else self.tr("Vereinbart (nach Rückflüssen)"))
        return [
            _Segment(f.agreed_part, AGREED, agreed),
            _Segment(f.open_part, OPEN, self.tr("Beschlossen, nicht vereinbart")),
            _Segment(max(f.available, 0), AVAILABLE, self.tr("Verfügbar")),
        ]

    # -- geometry -----------------------------------------------------------------------------

    def _rows_height(self) -> int:
        rows = len(self._data.by_area) if self._data else 0
        return (24 + rows * ROW_HEIGHT) if rows else 0

    def sizeHint(self) -> QSize:
        """Room for the bar, its legend and one line per row."""
        top = MARGIN + BAR_HEIGHT + 8 + LEGEND_HEIGHT + 10
        return QSize(520, top + self._rows_height() + MARGIN)

    def minimumSizeHint(self) -> QSize:
        """As tall as the size hint; narrow is fine."""
        return QSize(320, self.sizeHint().height())

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw everything; remembers the segment rectangles for tooltips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._hits = []
        if self._data is None:
            painter.setPen(TEXT_MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Kein Budget ausgewählt."))
            return
        fm = QFontMetrics(self.font())
        width = self.width() - 2 * MARGIN
        y = MARGIN
        self._draw_total_bar(painter, QRectF(MARGIN, y, width, BAR_HEIGHT))
        y += BAR_HEIGHT + 8
        self._draw_legend(painter, fm, y)
        y += LEGEND_HEIGHT + 10
        if self._data.by_area:
            self._draw_rows(painter, fm, y, width)
        painter.end()

    def _draw_total_bar(self, painter: QPainter, rect: QRectF) -> None:
        assert self._data is not None
        f = self._data.figures
        segments = self._segments()
        scale_total = max(f.total, f.used, 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(GRID.lighter(115)))
        painter.drawRect(rect)
        x = rect.left()
        for seg in segments:
            w = rect.width() * seg.value / scale_total
            if w <= 0:
                continue
            part = QRectF(x, rect.top(), w, rect.height())
            painter.setBrush(seg.color)
            painter.drawRect(part)
            label = format_cents(seg.value)
            fm = QFontMetrics(self.font())
            if fm.horizontalAdvance(label) + 8 < w:
                painter.setPen(Qt.GlobalColor.white if seg.color != OPEN else Qt.GlobalColor.black)
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, label)
                painter.setPen(Qt.PenStyle.NoPen)
            self._hits.append((part, f"{seg.name}: {label}"))
            x += w
        if f.available < 0:
            total_x = rect.left() + rect.width() * max(f.total, 0) / scale_total
            over = QRectF(total_x, rect.top(), rect.right() - total_x, rect.height())
            painter.setBrush(QBrush(OVERDRAFT, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(over)
            painter.setPen(QPen(OVERDRAFT, 3))
            painter.drawLine(QPointF(total_x, rect.top() - 4), QPointF(total_x, rect.bottom() + 4))
            self._hits.insert(0, (over, self.tr("Überzogen um {amount}").format(
                amount=format_cents(-f.available))))
        painter.setPen(QPen(GRID.darker(130), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _legend_entries(self, fm: QFontMetrics) -> list[tuple[QColor, str]]:
        """Legend items with their amounts, or names only when the amounts do not fit."""
        assert self._data is not None
        f = self._data.figures
        segments = self._segments()
        last = ((OVERDRAFT, self.tr("Überzogen"), format_cents(-f.available))
                if f.available < 0 else
                (AVAILABLE, self.tr("Verfügbar"), format_cents(f.available)))
        items = [(seg.color, seg.name, format_cents(seg.value)) for seg in segments[:2]] + [last]
        full = [(color, f"{name} {amount}") for color, name, amount in items]
        if self._legend_width(fm, full) <= self.width() - 2 * MARGIN:
            return full
        return [(color, name) for color, name, _ in items]

    @staticmethod
    def _legend_width(fm: QFontMetrics, entries: list[tuple[QColor, str]]) -> int:
        return sum(17 + fm.horizontalAdvance(text) + 22 for _, text in entries)

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics, y: int) -> None:
        x = float(MARGIN)
        for color, text in self._legend_entries(fm):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + (LEGEND_HEIGHT - 12) / 2, 12, 12))
            painter.setPen(self.palette().text().color())
            text_rect = QRectF(x + 17, y, fm.horizontalAdvance(text) + 4, LEGEND_HEIGHT)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
            x += 17 + fm.horizontalAdvance(text) + 22

    def _draw_rows(self, painter: QPainter, fm: QFontMetrics, y: int, width: int) -> None:
        assert self._data is not None
        d = self._data
        painter.setPen(TEXT_MUTED)
        painter.drawText(QRectF(MARGIN, y, width, 20), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Gebunden nach {heading}").format(heading=area_heading_text(d)))
        y += 24
        city = d.scope.city_wide
        texts = [
            self.tr("{used} von {total}").format(used=format_cents(r.used),
                                                 total=format_cents(r.total))
            if city else format_cents(r.used)
            for r in d.by_area
        ]
        label_w = min(max(fm.horizontalAdvance(r.label) for r in d.by_area) + 12, 220)
        value_w = max(fm.horizontalAdvance(t) for t in texts) + 12
        bar_w = max(width - label_w - value_w, 40)
        scale = max([max(r.total, r.used) if city else r.used for r in d.by_area] + [1])
        bold = QFont(self.font())
        bold.setBold(True)
        for row, value_text in zip(d.by_area, texts, strict=True):
            line = QRectF(MARGIN, y, width, ROW_HEIGHT)
            if row.highlighted:
                painter.fillRect(line, HIGHLIGHT)
            painter.setFont(bold if row.highlighted else self.font())
            painter.setPen(self.palette().text().color())
            name = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRectF(MARGIN + 2, y, label_w - 4, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, name)
            x = float(MARGIN + label_w)
            parts = [(row.agreed_part, AGREED, self.tr("vereinbart")),
                     (row.open_part, OPEN, self.tr("beschlossen, nicht vereinbart"))]
            if city:
                parts.append((max(row.available, 0), AVAILABLE, self.tr("verfügbar")))
            painter.setPen(Qt.PenStyle.NoPen)
            for value, color, name_ in parts:
                w = bar_w * value / scale
                if w <= 0:
                    continue
                seg = QRectF(x, y + 4, w, ROW_HEIGHT - 8)
                painter.setBrush(color)
                painter.drawRect(seg)
                self._hits.append((seg, f"{row.label}: {name_} {format_cents(value)}"))
                x += w
            painter.setPen(OVERDRAFT if city and row.available < 0 else
                           self.palette().text().color())
            painter.drawText(QRectF(x + 6, y, width, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             value_text)
            y += ROW_HEIGHT
        painter.setFont(self.font())

    def event(self, event: QEvent) -> bool:
        """Tooltips for the segments."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            for rect, text in self._hits:
                if rect.contains(pos):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
