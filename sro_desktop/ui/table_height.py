"""The height a table needs to show all its rows without an inner scroll bar.

Tables inside a scrolling page (a measure's assessments and history, the budget's "what if")
are made as tall as their rows, so that the page scrolls and not the table.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

__all__ = ["content_height"]


def content_height(table: QTableView) -> int:
    """Header, all rows and the frame: the height at which ``table`` needs no scroll bar.

    The header counts with its size hint, which is the height the view gives it once laid
    out (before that, its geometry is still the default one).
    """
    model = table.model()
    rows = sum(table.rowHeight(r) for r in range(model.rowCount())) if model is not None else 0
    header = table.horizontalHeader()
    header_height = 0 if header.isHidden() else header.sizeHint().height()
    return header_height + rows + 2 * table.frameWidth()
