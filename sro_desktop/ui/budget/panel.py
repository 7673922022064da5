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
    EntryRow,
    PanelData,
    carry_over_allowed,
    list_entries,
    load_panel,
)
from ...services.changes import ChangeSet
from .chart import BudgetChart
from .dialogs import EntriesDialog
from .labels import scope_title_text
from .panel_actions import BudgetActions
from .table_box import BudgetTableBox
from .tiles import FigureTiles
from .what_if_box import WhatIfBox

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...app import AppContext

RELOAD_KINDS = ("budget_entries", "budgets", "measures", "meetings", "agenda_items",
                "decisions", "agreements", "measure_periods", "year_shares", "areas",
                "settings", "memberships")


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
        self.title = QLabel()
        self.title.setObjectName("budgetTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)  # long region names wrap instead of being cut off
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
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for w in (year_label, self.year, self.set_button, self.carry_button, self.export_button):
            top.addWidget(w)
        self.hint = QLabel()
        self.hint.setObjectName("budgetHint")
        self.hint.setWordWrap(True)
        self.figure_tiles = FigureTiles()
        self.figure_tiles.figure_clicked.connect(lambda key: self.show_entries(figure=key))
        self.tiles = self.figure_tiles.tiles
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
        self.top_splitter.setStretchFactor(0, 11)
        self.top_splitter.setStretchFactor(1, 9)
        self.top_splitter.setSizes([560, 480])
        self.top_splitter.setChildrenCollapsible(False)
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
        layout.addLayout(top)
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
        self.carry_button.setEnabled(allowed)
        self.carry_button.setToolTip(
            self.tr("Überträgt den verfügbaren Rest ins Folgejahr.") if allowed
            else self.tr("Übertrag ist ausgeschaltet (einschalten unter „Budget festlegen…“: "
                         "„Rest übertragen erlaubt“) oder die Ansicht zeigt mehrere "
                         "Regionalräume."))
        self.chart.set_panel(data)
        # The chart gets the height it needs (up to a limit); the table takes the rest.
        self.chart_scroll.setMinimumHeight(min(self.chart.sizeHint().height() + 2, 300))
        self._fit_splitter()
        self.table_box.set_panel(data)
        if data is None:
            self.title.setText(self.tr("Budget"))
            self._set_hint(self.tr("Bitte im Baum einen Regionalraum (oder die Stadt) wählen."))
            self.figure_tiles.set_figures(None)
            self.what_if_box.set_data(None)
            return
        self.title.setText(self.tr("Budget {title} – {year}").format(
            title=scope_title_text(data), year=data.year))
        self.title.setToolTip(self.title.text())
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

    def _set_hint(self, text: str, *, error: bool = False) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #b3261e;" if error else "")
        self.hint.setVisible(bool(text))

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def _fit_splitter(self) -> None:
        if self._user_sized:
            return
        chart = max(self.chart_scroll.minimumHeight(), 220)
        rows = min(self.model.rowCount(), 14)
        table = (rows + 1) * 22 + 64  # rows, header and the bar above the table
        top = min(max(chart, self.splitter.height() - table), chart + 200)
        self.splitter.setSizes([top, max(self.splitter.height() - top, 120)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the chart's height when the window grows; the table takes the rest."""
        super().resizeEvent(event)
        self._fit_splitter()

    # -- actions ------------------------------------------------------------------------------

    def _carry_over_allowed(self) -> bool:
        with self._ctx.database.session() as session:
            return carry_over_allowed(session)

    def _on_mode_changed(self, _mode: str) -> None:
        self.table_box.set_panel(self._data)
        self._fit_splitter()

    def _on_entries_requested(self, row: int) -> None:
        if row < 0:
            self.show_entries()
        else:
            self._show_row_entries(row)

    def _show_row_entries(self, row: int) -> None:
        item = self.model.row_at(row)
        self.show_entries(row_key=item.key if item else None,
                          row_label=item.label if item else "")

    def show_entries(self, figure: str | None = None, row_key: uuid.UUID | None = None,
                     row_label: str = "") -> EntriesDialog | None:
        """Open the entries behind a figure (tile) or a table row; returns the dialog."""
        data = self._data
        if data is None:
            return None
        regions = data.scope.region_ids
        measures: tuple[uuid.UUID, ...] | None = None
        if row_key is not None:
            if data.scope.city_wide and self.model.mode == "area" and row_key in regions:
                regions = (row_key,)
            elif self.model.mode == "area":
                measures = data.measures_of.get(row_key, ())
            else:
                measures = (row_key,)
        def load(session: Session) -> list[EntryRow]:
            return list_entries(session, regions, data.year,
                                figure=figure if figure in FIGURE_LABELS else None,
                                measure_ids=measures)

        with self._ctx.database.session() as session:
            rows = load(session)
        what = self.tr(FIGURE_LABELS[figure]) if figure in FIGURE_LABELS else self.tr("Alle")
        if row_label:
            what = row_label
        dialog = EntriesDialog(self.tr("Buchungen: {what} – {title} {year}").format(
            what=what, title=scope_title_text(data), year=data.year), rows, self, ctx=self._ctx,
            reload=load, on_error=self._report_error)
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
