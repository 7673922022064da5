"""The budget chart, drawn with QPainter (no QtCharts: we ship PySide6-Essentials only).

Top: one stacked bar of the whole budget = agreed | decided but not yet agreed | available (the
figure tiles above the chart carry the exact numbers); an overdraft shows as a red part beyond a
marker at the total. Below: one bar per Sozialraum (city-wide: per Regionalraum, with its
available money) of the money bound there, or, when the table shows measures, one bar per
measure for the ``TOP_MEASURES`` measures binding the most and one for the others together
("übrige"). The legend wraps onto more lines when it does not fit. Every segment has a
tooltip; the accessible description carries the same figures as text.
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
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.budget import PanelData, Row, top_rows
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
# Bars in the chart "nach Maßnahme"; the others are summed into one bar "übrige".
TOP_MEASURES = 6
# Legend item: colour square, gap, text, gap to the next item.
SWATCH, SWATCH_GAP, ITEM_GAP = 12, 5, 22


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
        self._mode = "area"
        self._rows: list[tuple[Row, str]] = []
        # Layouts ask for the height many times per width: the legend's lines per (width,
        # font) are kept until the data changes; the count tells a resize whether they changed.
        self._legend_cache: dict[tuple[int, str], list[list[tuple[QColor, str]]]] = {}
        self._legend_count = -1
        self._hits: list[tuple[QRectF, str]] = []

    # -- data ---------------------------------------------------------------------------------

    def set_panel(self, data: PanelData | None, mode: str = "area") -> None:
        """Show ``data`` (or an empty chart); ``mode`` "measure" draws bars per measure."""
        self._data = data
        self._mode = mode
        self._rows = self._bar_rows()
        self.setAccessibleDescription(self.summary_text())
        self._legend_cache.clear()
        self._legend_count = -1
        self.updateGeometry()
        self.update()

    @property
    def mode(self) -> str:
        """"area" (bars per Sozialraum or Regionalraum) or "measure"."""
        return self._mode

    def bar_rows(self) -> list[tuple[Row, str]]:
        """The rows drawn below the total bar, with the label each is drawn with."""
        return list(self._rows)

    def _bar_rows(self) -> list[tuple[Row, str]]:
        d = self._data
        if d is None:
            return []
        if self._mode != "measure":
            return [(r, r.label) for r in d.by_area]
        top, rest, count = top_rows(d.by_measure, TOP_MEASURES)
        rows = [(r, r.short) for r in top]  # titles only; number and title in the tooltip
        if rest is not None:
            rows.append((rest, self.tr("übrige ({count} Maßnahmen)").format(count=count)))
        return rows

    def _heading(self) -> str:
        assert self._data is not None
        if self._mode != "measure":
            return self.tr("Gebunden nach {heading}").format(
                heading=area_heading_text(self._data))
        if len(self._rows) > TOP_MEASURES:
            return self.tr("Gebunden nach Maßnahme (die {count} größten)").format(
                count=TOP_MEASURES)
        return self.tr("Gebunden nach Maßnahme")

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
        rows = "; ".join(f"{label} {format_cents(r.figures.used)}" for r, label in self._rows)
        if rows:
            parts.append(f"{self._heading()}: {rows}.")
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
        return (24 + len(self._rows) * ROW_HEIGHT) if self._rows else 0

    def _height_for(self, width: int) -> int:
        lines = len(self._legend_lines(width))
        top = MARGIN + BAR_HEIGHT + 8 + lines * LEGEND_HEIGHT + 10
        return top + self._rows_height() + MARGIN

    def hasHeightForWidth(self) -> bool:
        """The legend wraps, so the height depends on the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Room for the bar, the legend's lines at ``width`` and one line per row."""
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        """Room for the bar, its legend and one line per row at the current width."""
        width = self.width() if self.width() > 100 else 520
        return QSize(520, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        """As tall as the size hint; narrow is fine."""
        return QSize(320, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A different width may wrap the legend onto another number of lines."""
        super().resizeEvent(event)
        lines = len(self._legend_lines(self.width()))
        if lines != self._legend_count:
            self._legend_count = lines
            self.updateGeometry()

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
        y = self._draw_legend(painter, fm, y)
        y += 10
        if self._rows:
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

    def _legend_entries(self) -> list[tuple[QColor, str]]:
        """Legend items with their amounts."""
        assert self._data is not None
        f = self._data.figures
        segments = self._segments()
        last = ((OVERDRAFT, self.tr("Überzogen"), format_cents(-f.available))
                if f.available < 0 else
                (AVAILABLE, self.tr("Verfügbar"), format_cents(f.available)))
        items = [(seg.color, seg.name, format_cents(seg.value)) for seg in segments[:2]] + [last]
        return [(color, f"{name} {amount}") for color, name, amount in items]

    def _legend_lines(self, width: int) -> list[list[tuple[QColor, str]]]:
        """The legend items on as many lines as they need at ``width`` in the current font."""
        if self._data is None:
            return [[]]
        key = (width, self.font().key())
        lines = self._legend_cache.get(key)
        if lines is None:
            if len(self._legend_cache) > 32:  # widths seen while the user drags a splitter
                self._legend_cache.clear()
            lines = self._legend_cache[key] = self._wrap_legend(QFontMetrics(self.font()), width)
        return lines

    def _wrap_legend(self, fm: QFontMetrics, width: int) -> list[list[tuple[QColor, str]]]:
        """Break the legend into lines (never cut off: an item wider than a whole line gets a
        line of its own and is elided only then)."""
        room = max(width - 2 * MARGIN, 1)
        lines: list[list[tuple[QColor, str]]] = [[]]
        used = 0
        for color, text in self._legend_entries():
            need = SWATCH + SWATCH_GAP + fm.horizontalAdvance(text)
            if lines[-1] and used + need > room:
                lines.append([])
                used = 0
            if not lines[-1] and need > room:
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                     room - SWATCH - SWATCH_GAP)
                need = room
            lines[-1].append((color, text))
            used += need + ITEM_GAP
        return lines

    def legend_lines(self) -> list[list[str]]:
        """The legend's texts per line at the current width (tests, screen readers)."""
        return [[text for _, text in line] for line in self._legend_lines(self.width())]

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics, y: int) -> int:
        """Draw the legend from ``y`` down; returns the y below it."""
        for line in self._legend_lines(self.width()):
            x = float(MARGIN)
            for color, text in line:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRect(QRectF(x, y + (LEGEND_HEIGHT - SWATCH) / 2, SWATCH, SWATCH))
                painter.setPen(self.palette().text().color())
                text_w = fm.horizontalAdvance(text)
                painter.drawText(QRectF(x + SWATCH + SWATCH_GAP, y, text_w + 4, LEGEND_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                x += SWATCH + SWATCH_GAP + text_w + ITEM_GAP
            y += LEGEND_HEIGHT
        return y

    def _draw_rows(self, painter: QPainter, fm: QFontMetrics, y: int, width: int) -> None:
        assert self._data is not None
        rows = self._rows
        painter.setPen(TEXT_MUTED)
        painter.drawText(QRectF(MARGIN, y, width, 20), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(self._heading(), Qt.TextElideMode.ElideRight, width))
        y += 24
        city = self._data.scope.city_wide and self._mode != "measure"
        texts = [
            self.tr("{used} von {total}").format(used=format_cents(r.figures.used),
                                                 total=format_cents(r.figures.total))
            if city else format_cents(r.figures.used)
            for r, _ in rows
        ]
        # Measure titles are long: they may take up to two fifths of the width (elided, the
        # whole title is in the tooltip); names of areas are short.
        label_cap = max(width * 2 // 5, 220) if self._mode == "measure" else 220
        label_w = min(max(fm.horizontalAdvance(label) for _, label in rows) + 12, label_cap)
        value_w = max(fm.horizontalAdvance(t) for t in texts) + 12
        bar_w = max(width - label_w - value_w, 40)
        scale = max([max(r.figures.total, r.figures.used) if city else r.figures.used
                     for r, _ in rows] + [1])
        bold = QFont(self.font())
        bold.setBold(True)
        for (row, label), value_text in zip(rows, texts, strict=True):
            money = row.figures
            line = QRectF(MARGIN, y, width, ROW_HEIGHT)
            if row.highlighted:
                painter.fillRect(line, HIGHLIGHT)
            painter.setFont(bold if row.highlighted else self.font())
            painter.setPen(self.palette().text().color())
            name = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            name_rect = QRectF(MARGIN + 2, y, label_w - 4, ROW_HEIGHT)
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, name)
            if name != row.label:
                self._hits.append((name_rect, f"{row.label}: {format_cents(money.used)}"))
            x = float(MARGIN + label_w)
            parts = [(money.agreed_part, AGREED, self.tr("vereinbart")),
                     (money.open_part, OPEN, self.tr("beschlossen, nicht vereinbart"))]
            if city:
                parts.append((max(money.available, 0), AVAILABLE, self.tr("verfügbar")))
            painter.setPen(Qt.PenStyle.NoPen)
            for value, color, name_ in parts:
                w = bar_w * value / scale
                if w <= 0:
                    continue
                seg = QRectF(x, y + 4, w, ROW_HEIGHT - 8)
                painter.setBrush(color)
                painter.drawRect(seg)
                self._hits.append((seg, f"{label}: {name_} {format_cents(value)}"))
                x += w
            painter.setPen(OVERDRAFT if city and money.available < 0 else
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
