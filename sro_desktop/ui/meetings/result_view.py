"""The table view of the result tabs: the text column takes the room, the other columns fit
their contents up to a limit.

The editor shares its width with the agenda, so at 1280 pixels a result table is only about
550 pixels wide. Fixed widths for "Zielgruppe", "Status" … left the concern or task itself a
few pixels. Here the text column stretches (``QHeaderView.Stretch``) and keeps at least
``TEXT_SHARE`` of the width; every other column resizes to its contents (at most its own limit in
pixels), and when they do not all fit beside the text, the widest of them give way first, never
below the width of their title. Long texts are elided; the model gives the whole text as
tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_HEIGHT = 28
TEXT_SHARE = 0.4  # of the table's width, at least, for the concern, task or agreement itself
TEXT_MIN = 160  # pixels, at least, for the same


def fit_widths(wanted: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """Widths for columns that want ``wanted`` pixels in ``room`` pixels: when they do not fit,
    all are cut to one common width (the widest give way first, the narrow ones stay whole),
    but none below its floor (the sum then exceeds ``room``)."""
    if sum(wanted) <= room:
        return list(wanted)
    low, high = 0, max(wanted, default=0)
    while low < high:  # the largest common width that fits
        mid = (low + high + 1) // 2
        if sum(max(f, min(w, mid)) for w, f in zip(wanted, floors, strict=True)) <= room:
            low = mid
        else:
            high = mid - 1
    return [max(f, min(w, low)) for w, f in zip(wanted, floors, strict=True)]


class ResultTableView(QTableView):
    """Rows of concerns, tasks or agreements. ``limits`` has one entry per column: the most
    pixels a column that fits its contents may take, None for the text column, which keeps
    at least ``text_share`` of the width."""

    def __init__(self, limits: Sequence[int | None], parent: QWidget | None = None, *,
                 text_share: float = TEXT_SHARE) -> None:
        super().__init__(parent)
        self.limits = tuple(limits)
        self.text_share = text_share
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setHighlightSections(False)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Take the model; the text column stretches, the others resize to their contents."""
        super().setModel(model)
        header = self.horizontalHeader()
        for column, limit in enumerate(self.limits):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if limit is None
                else QHeaderView.ResizeMode.ResizeToContents)

    @property
    def text_column(self) -> int:
        """The column that stretches (the concern, task or agreement itself)."""
        return next((c for c, limit in enumerate(self.limits) if limit is None), 1)

    def fitted_widths(self) -> dict[int, int]:
        """The widths of the columns beside the text column at the current width."""
        side = [c for c, limit in enumerate(self.limits) if limit is not None]
        header = self.horizontalHeader()
        # The header never makes a column narrower than its title.
        floors = [header.sectionSizeHint(c) for c in side]
        wanted = [max(floor, min(super(ResultTableView, self).sizeHintForColumn(c),
                                 self.limits[c] or 0))
                  for c, floor in zip(side, floors, strict=True)]
        width = self.viewport().width()
        room = width - max(TEXT_MIN, int(width * self.text_share))
        return dict(zip(side, fit_widths(wanted, floors, room), strict=True))

    def sizeHintForColumn(self, column: int) -> int:
        """What a column beside the text may take (the header asks this for the columns that
        resize to their contents; the text column gets the rest)."""
        if not 0 <= column < len(self.limits) or self.limits[column] is None:
            return super().sizeHintForColumn(column)
        return self.fitted_widths().get(column, 0)
