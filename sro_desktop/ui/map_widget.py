"""A small map of an area drawn from GeoJSON boundaries with QPainter.

Projection: equirectangular with the longitude scaled by cos(latitude) of the map's centre,
which is exact enough at city scale. Parsed outlines are cached by their GeoJSON text, so
selecting another node re-parses nothing that was drawn before.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

# Share of the highlighted outline's size added around it, so that neighbours give context.
CONTEXT_MARGIN = 0.25


def _rings(geometry: dict[str, object]) -> list[list[list[float]]]:
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        return list(coords)  # type: ignore[call-overload]
    if kind == "MultiPolygon":
        return [ring for polygon in coords for ring in polygon]  # type: ignore[attr-defined, union-attr]
    if kind == "GeometryCollection":
        return [r for g in geometry.get("geometries", []) for r in _rings(g)]  # type: ignore[attr-defined]
    return []


def outline_path(geojson: str) -> QPainterPath:
    """An outline in (longitude, latitude) coordinates; holes stay holes (odd-even fill)."""
    try:
        data = json.loads(geojson)
    except ValueError:
        return QPainterPath()
    if data.get("type") == "Feature":
        data = data.get("geometry") or {}
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in _rings(data):
        if len(ring) < 3:
            continue
        path.moveTo(QPointF(ring[0][0], ring[0][1]))
        for lon, lat, *_ in ring[1:]:
            path.lineTo(QPointF(lon, lat))
        path.closeSubpath()
    return path


class MapWidget(QWidget):
    """Paints the selected area's outlines over the rest of the city in light grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaMap")
        self._cache: dict[str, QPainterPath] = {}
        self._highlight: list[QPainterPath] = []
        self._context: list[QPainterPath] = []
        self._empty_text = self.tr("Keine Kartengrundlage für dieses Gebiet")
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Karte"))

    def sizeHint(self) -> QSize:
        """A small map that grows with the window."""
        return QSize(340, 300)

    def _path(self, geojson: str) -> QPainterPath:
        path = self._cache.get(geojson)
        if path is None:
            path = self._cache[geojson] = outline_path(geojson)
        return path

    def set_outlines(
        self, highlight: Sequence[str], context: Sequence[str] = (), *, description: str = ""
    ) -> None:
        """Show these GeoJSON geometries; ``description`` is read out by screen readers."""
        self._highlight = [p for p in map(self._path, highlight) if not p.isEmpty()]
        self._context = [p for p in map(self._path, context) if not p.isEmpty()]
        self.setAccessibleDescription(description)
        self.update()

    def has_outlines(self) -> bool:
        """True when there is something of the area to draw."""
        return bool(self._highlight)

    def _view_box(self) -> QRectF:
        box = QRectF()
        for path in self._highlight:
            box = box.united(path.boundingRect())
        dx, dy = box.width() * CONTEXT_MARGIN, box.height() * CONTEXT_MARGIN
        return box.adjusted(-dx, -dy, dx, dy)

    def _transform(self, box: QRectF) -> QTransform:
        """Lon/lat → pixels: cos(lat) shrinks longitude, north is up, the box fits centred."""
        kx = math.cos(math.radians(box.center().y()))
        width, height = box.width() * kx, box.height()
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        scale = min(area.width() / max(width, 1e-9), area.height() / max(height, 1e-9))
        transform = QTransform()
        transform.translate(area.center().x(), area.center().y())
        transform.scale(scale * kx, -scale)
        transform.translate(-box.center().x(), -box.center().y())
        return transform

    def paintEvent(self, event: QPaintEvent) -> None:
        """Context first, the area on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), QColor("#f4f7fa"))
        if not self._highlight:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            painter.end()
            return
        painter.setTransform(self._transform(self._view_box()))
        pen = QPen(QColor("#a9b4bf"), 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QColor("#e3e8ed"))
        for path in self._context:
            painter.drawPath(path)
        pen = QPen(QColor("#12507a"), 2.0)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        fill = QColor("#2f7fb5")
        fill.setAlpha(110)
        painter.setBrush(fill)
        for path in self._highlight:
            painter.drawPath(path)
        painter.end()
