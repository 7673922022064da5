"""The figure tiles of the budget panel: Gesamt, Beschlossen, Vereinbart, Ausgezahlt,
Rückflüsse, Verfügbar. Each explains its figure in a tooltip and opens the entries behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from ...services.budget import FIGURE_HELP, Figures
from ...services.money import format_cents
from .wrap_bar import TileGrid

TILES = ("total", "committed", "agreed", "paid", "returned", "available")
TILE_STYLE = (
    "QToolButton {{ border: 1px solid #c9ced6; border-radius: 6px; padding: 4px 10px;"
    " background: {bg}; color: {fg}; text-align: left; }}"
    "QToolButton:hover {{ border-color: #1f5f99; }}"
    "QToolButton:focus {{ border: 2px solid #1f5f99; }}"
)


class FigureTiles(TileGrid):
    """One clickable tile per figure; ``figure_clicked`` names the figure. The tiles stand in
    one row, or in two rows of three when the panel is narrow."""

    figure_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.labels = {
            "total": self.tr("Gesamt"), "committed": self.tr("Beschlossen"),
            "agreed": self.tr("Vereinbart"), "paid": self.tr("Ausgezahlt"),
            "returned": self.tr("Rückflüsse"), "available": self.tr("Verfügbar"),
        }
        self.by_key: dict[str, QToolButton] = {}
        for key in TILES:
            tile = QToolButton(self)
            tile.setObjectName(f"budgetTile_{key}")
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tile.setToolTip(self.tr(FIGURE_HELP[key]) + "\n" +
                            self.tr("Klicken: Buchungen hinter dieser Zahl anzeigen."))
            tile.clicked.connect(lambda _c=False, k=key: self.figure_clicked.emit(k))
            self.by_key[key] = tile
            self.tiles.append(tile)

    def set_figures(self, figures: Figures | None) -> None:
        """Show the figures (a dash for each when there are none)."""
        values = None if figures is None else {
            "total": figures.total, "committed": figures.committed, "agreed": figures.agreed,
            "paid": figures.paid, "returned": figures.returned, "available": figures.available,
        }
        for key, tile in self.by_key.items():
            tile.setEnabled(values is not None)
            amount = "–" if values is None else format_cents(values[key])
            tile.setText(f"{self.labels[key]}\n{amount}")
            tile.setAccessibleName(f"{self.labels[key]}: {amount}")
            bg, fg = "palette(base)", "palette(text)"
            if key == "available" and values is not None:
                bg, fg = ("#fbe3e1", "#b3261e") if values[key] < 0 else ("#e3f3e6", "#1e5e2e")
            style = TILE_STYLE.format(bg=bg, fg=fg)
            if tile.styleSheet() != style:  # restyling costs more than the whole read
                tile.setStyleSheet(style)
        self.updateGeometry()
        self.relayout()
