"""The budget panel ("Budget" tab): figures, chart, table and what-if of a Regionalraum and year.

``set_area`` takes the selected tree node: a Regionalraum shows itself, the city the sum of its
Regionalräume, a Sozialraum or Quartier its Regionalraum with that Sozialraum highlighted.
Loading is one short read (a GROUP BY over the ledger) and replaces the models' rows.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import (
    FIGURE_LABELS,
    NONE_KEY,
    EntriesBehind,
    PanelData,
    carry_over_allowed,
    carry_over_possible_from,
    entries_behind,
    load_panel,
)
from ...services.changes import ChangeSet
from ...services.formatting import format_date
from ..wrapping_title import WrappingTitle
from .chart import BudgetChart
from .dialogs import EntriesDialog
from .labels import figure_label_text, scope_title_text
from .panel_actions import BudgetActions
from .table_box import BudgetTableBox
from .tiles import FigureTiles
from .what_if_box import WhatIfBox
from .wrap_bar import WrapBar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...app import AppContext

# Width share of the what-if box beside the chart, with and without pending applications.
WHAT_IF_SHARE = 0.58
WHAT_IF_SHARE_EMPTY = 0.36
# Below these widths the what-if goes below the chart (its five columns need about 560 px).
SIDE_BY_SIDE_MIN = 980
SIDE_BY_SIDE_MIN_EMPTY = 640
# The table keeps room for this many rows (and its sum row) before the top row grows: all
# Sozialräume of a region; the long list of measures scrolls anyway.
TABLE_ROWS = {"area": 10, "measure": 5}
RELOAD_KINDS = ("budget_entries", "budgets", "measures", "meetings", "agenda_items",
                "decisions", "agreements", "measure_periods", "year_shares", "areas",
                "settings", "memberships")


def _set_sizes(splitter: QSplitter, sizes: list[int]) -> None:
    """``setSizes`` lays out both parts again even when nothing changes: only when it does."""
    if splitter.sizes() != sizes:
        splitter.setSizes(sizes)


class BudgetPanel(BudgetActions):
    """Budget of a Regionalraum (or the city) and year, with the entries behind every figure."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPanel")
        self.setAccessibleName(self.tr("Budget"))
        self._ctx = ctx
        self._today = today
        self._area_id: uuid.UUID | None = None
        self._data: PanelData | None = None
        self._dirty = False
        self.last_dialog: QWidget | None = None
        self._build()
        ctx.bus.changed.connect(self._on_bus_changed)
        self._show(None)

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = WrappingTitle()  # long region names wrap instead of being cut off
        self.title.setObjectName("budgetTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.year = QSpinBox()
        self.year.setObjectName("budgetYear")
        self.year.setRange(1990, 2200)
        self.year.setValue((self._today or date.today()).year)
        self.year.setAccessibleName(self.tr("Haushaltsjahr"))
        self.year.setToolTip(self.tr("Das Haushaltsjahr ist das Kalenderjahr."))
        self.year.valueChanged.connect(lambda _v: self.reload())
        year_label = QLabel(self.tr("Haushaltsjahr:"))
        year_label.setBuddy(self.year)
        self.set_button = self._button("budgetSetButton", self.tr("Budget festlegen…"),
                                       self.open_set_budget)
        self.carry_button = self._button("budgetCarryOverButton", self.tr("Rest übertragen…"),
                                         self.carry_over_rest)
        self.export_button = self._button("budgetExportButton", self.tr("CSV exportieren…"),
                                          lambda: self.export_csv())
        controls = QWidget()
        controls_layout = QHBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        for w in (year_label, self.year, self.set_button, self.carry_button, self.export_button):
            controls_layout.addWidget(w)
        # Title and controls share a line while they fit; beside the area tree the panel is
        # narrow, and the controls move below the title instead of out of sight.
        self.top_bar = WrapBar(self.title, controls)
        self.top_bar.setObjectName("budgetTopBar")
        self.hint = QLabel()
        self.hint.setObjectName("budgetHint")
        self.hint.setWordWrap(True)
        self.figure_tiles = FigureTiles()
        self.figure_tiles.figure_clicked.connect(lambda key: self.show_entries(figure=key))
        self.tiles = self.figure_tiles.by_key
        self.chart = BudgetChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll = chart_scroll
        # Top: chart beside the what-if; below: the table over the full width, so that the
        # city-wide table with its seven money columns fits at 1100 px.
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("budgetTopSplitter")
        self.top_splitter.addWidget(chart_scroll)
        self.what_if_box = WhatIfBox()
        self.top_splitter.addWidget(self.what_if_box)
        # Short names for tests and scripts.
        self.what_if = self.what_if_box.table
        self.what_if_model = self.what_if_box.model
        self.meeting_label = self.what_if_box.meeting_label
        self.what_if_total = self.what_if_box.total
        self.what_if_box.height_changed.connect(self._fit_splitter)
        self.top_splitter.setStretchFactor(0, 1)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setChildrenCollapsible(False)
        # Until the user drags a handle, the panel shares the space by what each part needs.
        self._user_sized_top = False
        self.top_splitter.splitterMoved.connect(self._on_top_splitter_moved)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("budgetSplitter")
        self.splitter.addWidget(self.top_splitter)
        self.table_box = BudgetTableBox()
        self.table_box.entries_requested.connect(self._on_entries_requested)
        self.table_box.mode_changed.connect(self._on_mode_changed)
        self.table_box.measure_action_requested.connect(lambda key: self.open_measure_action(key))
        self.table, self.model, self.table_mode = (self.table_box.table, self.table_box.model,
                                                   self.table_box.mode)
        self.splitter.addWidget(self.table_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # Until the user drags the handle, the top gets what the chart needs.
        self._user_sized = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.figure_tiles)
        layout.addWidget(self.splitter, 1)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- public API ---------------------------------------------------------------------------

    @property
    def data(self) -> PanelData | None:
        """What the panel shows now."""
        return self._data

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Show the budget for the selected tree node."""
        self._area_id = area_id
        self.reload()

    def set_year(self, year: int) -> None:
        """Show another budget year."""
        self.year.setValue(year)

    def show_budget(self, area_id: uuid.UUID | None, year: int) -> None:
        """Show a tree node and a year with one read (the benchmark opens panels this way)."""
        self._area_id = area_id
        if self.year.value() == year:
            self.reload()
        else:
            self.year.setValue(year)  # reloads once through valueChanged

    def reload(self) -> None:
        """Read the figures again (one short read)."""
        self._dirty = False
        data = None
        if self._area_id is not None:
            with self._ctx.database.session() as session:
                data = load_panel(session, self._area_id, self.year.value(), today=self._today)
        self._show(data)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, data: PanelData | None) -> None:
        self._data = data
        enabled = data is not None
        for w in (self.export_button,):
            w.setEnabled(enabled)
        single = data is not None and not data.scope.city_wide
        self.set_button.setEnabled(single)
        allowed = single and self._carry_over_allowed()
        # The rest of a year is known only once it has ended (the service refuses earlier).
        possible = carry_over_possible_from(data.year) if data is not None else None
        ended = possible is not None and (self._today or date.today()) >= possible
        self.carry_button.setEnabled(allowed and ended)
        if not allowed:
            tip = self.tr("Übertrag ist ausgeschaltet (einschalten unter „Budget festlegen…“: "
                          "„Rest übertragen erlaubt“) oder die Ansicht zeigt mehrere "
                          "Regionalräume.")
        elif not ended and data is not None and possible is not None:
            tip = self.tr("Das Haushaltsjahr {year} läuft noch: Sein Rest kann erst ab dem "
                          "{date} übertragen werden.").format(year=data.year,
                                                            date=format_date(possible))
        else:
            tip = self.tr("Überträgt den verfügbaren Rest ins Folgejahr.")
        self.carry_button.setToolTip(tip)
        self.chart.set_panel(data, self.table_box.mode.currentData())
        self.table_box.set_panel(data)
        if data is None:
            self.title.setText(self.tr("Budget"))
            self._set_hint(self.tr("Bitte im Baum einen Regionalraum (oder die Stadt) wählen."))
            self.figure_tiles.set_figures(None)
            self.what_if_box.set_data(None)
            self._fit_splitter()
            return
        self.title.setText(self.tr("Budget {title} – {year}").format(
            title=scope_title_text(data), year=data.year))
        self.title.setToolTip(self.title.text())
        self.top_bar.relayout()
        hints = []
        if not data.has_budget:
            hints.append(self.tr("Für {year} ist noch kein Budget festgelegt.").format(
                year=data.year))
        if data.scope.highlight_name:
            hints.append(self.tr("Sozialraum {name} ist hervorgehoben.").format(
                name=data.scope.highlight_name))
        self._set_hint(" ".join(hints))
        self.figure_tiles.set_figures(data.figures)
        self.what_if_box.set_data(data)
        self._fit_splitter()

    def _set_hint(self, text: str, *, error: bool = False) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #b3261e;" if error else "")
        self.hint.setVisible(bool(text))

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def _on_top_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized_top = True

    def _fit_splitter(self) -> None:
        """Share the space by need, so that nothing is cut off.

        Chart and what-if stand side by side when the panel is wide enough for both (the
        what-if then gets the larger share when it lists applications, so that their titles
        wrap instead of being cut), else the what-if goes below the chart. The top row is as
        tall as it needs and never less (in the window the page scrolls instead); the table
        keeps room for all its rows (up to ``TABLE_ROWS``) and takes the rest.
        """
        full = self.splitter.width()
        if full <= 0:
            return
        handle = self.top_splitter.handleWidth()
        has_rows = self.what_if_box.has_rows
        side_by_side = full >= (SIDE_BY_SIDE_MIN if has_rows else SIDE_BY_SIDE_MIN_EMPTY)
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.top_splitter.orientation() != orientation:
            self.top_splitter.setOrientation(orientation)
            self._user_sized_top = False
        if side_by_side:
            share = WHAT_IF_SHARE if has_rows else WHAT_IF_SHARE_EMPTY
            what_if_w = max(int(full * share), self.what_if_box.minimumWidth())
            if self._user_sized_top:
                what_if_w = self.what_if_box.width()
            else:
                _set_sizes(self.top_splitter, [full - what_if_w - handle, what_if_w])
            chart_h = self.chart.heightForWidth(full - what_if_w - handle)
            top = max(chart_h, self.what_if_box.wanted_height(what_if_w))
        else:
            chart_h = self.chart.heightForWidth(full)
            what_if_h = self.what_if_box.wanted_height(full)
            _set_sizes(self.top_splitter, [chart_h, what_if_h])
            top = chart_h + handle + what_if_h
        self.chart_scroll.setMinimumHeight(chart_h)
        self.top_splitter.setMinimumHeight(top)
        table = self.table_box.wanted_height(TABLE_ROWS.get(self.model.mode, 10))
        self.table_box.setMinimumHeight(table)
        if self._user_sized:
            return
        height = self.splitter.height()
        _set_sizes(self.splitter, [top, max(height - top - self.splitter.handleWidth(), table)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the new size again (see :meth:`_fit_splitter`)."""
        super().resizeEvent(event)
        self._fit_splitter()

    # -- actions ------------------------------------------------------------------------------

    def _carry_over_allowed(self) -> bool:
        with self._ctx.database.session() as session:
            return carry_over_allowed(session)

    def _on_mode_changed(self, mode: str) -> None:
        self.table_box.set_panel(self._data)
        self.chart.set_panel(self._data, mode)
        self._fit_splitter()

    def _on_entries_requested(self, row: int, column: str) -> None:
        self._show_row_entries(row, column)

    def _show_row_entries(self, row: int, column: str = "") -> EntriesDialog | None:
        """The entries behind a table cell: the figure of ``column`` in ``row`` (the sum row:
        of the whole view); a text column or no column shows every entry of the row."""
        figure = column if column in FIGURE_LABELS else None
        item = self.model.row_at(row)
        if item is None:
            return self.show_entries(figure=figure)
        return self.show_entries(figure=figure, row_key=item.key, row_label=item.label)

    def show_entries(self, figure: str | None = None, row_key: uuid.UUID | None = None,
                     row_label: str = "") -> EntriesDialog | None:
        """Open the entries behind a figure (tile, or a table cell with ``row_key``) or behind
        a table row (``figure`` None); the dialog's sum equals the figure. Returns the dialog."""
        data = self._data
        if data is None:
            return None
        regions = data.scope.region_ids
        measures: tuple[uuid.UUID | None, ...] | None = None
        if row_key is not None:
            if data.scope.city_wide and self.model.mode == "area" and row_key in regions:
                regions = (row_key,)
            elif self.model.mode == "area":
                measures = data.measures_of.get(row_key, ())
            else:
                measures = (None if row_key == NONE_KEY else row_key,)
        figure = figure if figure in FIGURE_LABELS else None

        def load(session: Session) -> EntriesBehind:
            return entries_behind(session, regions, data.year, figure, measure_ids=measures)

        with self._ctx.database.session() as session:
            behind = load(session)
        what = figure_label_text(FIGURE_LABELS[figure]) if figure else self.tr("Alle")
        if row_label:
            what = (self.tr("{row}, {figure}").format(row=row_label, figure=what) if figure
                    else row_label)
        dialog = EntriesDialog(self.tr("Buchungen: {what} – {title} {year}").format(
            what=what, title=scope_title_text(data), year=data.year), behind, self,
            ctx=self._ctx, reload=load, on_error=self._report_error)
        dialog.setModal(False)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def _report_error(self, message: str) -> None:
        self._set_hint(message, error=True)

    # -- change bus ---------------------------------------------------------------------------

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if not any(changes.touches(kind) for kind in RELOAD_KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the tab was hidden."""
        super().showEvent(event)
        if self._dirty:
            self.reload()
