"""The "Maßnahmen" tab: the measures of the selected node and everything below it.

A search field, filters by state and year, a "Fällig" toggle for what is due in the next 30
days or overdue, and the lazy list; double-click (or Enter) opens the measure's form.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...app import AppContext
from ...services.changes import ChangeSet
from ...services.measures import DUE_DAYS, MeasureFilter
from ...services.measures.fields import FROZEN_STATES
from ...services.measures.labels import STATUS_LABELS
from .labels import status_choices
from .list_model import COLUMNS, MeasureListModel

__all__ = ["MeasurePanel"]

_OPEN = "__open__"


class MeasurePanel(QWidget):
    """List of measures with search and filters; opens the measure form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("measurePanel")
        self._area_id: uuid.UUID | None = None
        self._forms: dict[uuid.UUID, QWidget] = {}
        self.model = MeasureListModel(ctx.database, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("measureSearch")
        self.search.setPlaceholderText(self.tr("Suchen: Nummer, Titel, Träger"))
        self.search.setToolTip(self.tr("Sucht in Nummer, Titel und Träger der Maßnahmen."))
        self.search.setAccessibleName(self.tr("Maßnahmen durchsuchen"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("measureStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Nach Status filtern"))
        self.status_filter.addItem(self.tr("Alle Status"), None)
        self.status_filter.addItem(self.tr("Alle offenen"), _OPEN)
        for value, label in status_choices():
            self.status_filter.addItem(label, value)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("measureYearFilter")
        self.year_filter.setAccessibleName(self.tr("Nach Laufzeitjahr filtern"))
        self.year_filter.addItem(self.tr("Alle Jahre"), None)
        this_year = date.today().year
        for year in range(this_year + 2, this_year - 26, -1):
            self.year_filter.addItem(str(year), year)
        self.due_toggle = QCheckBox(self.tr("Nur fällige ({days} Tage)").format(days=DUE_DAYS),
                                    self)
        self.due_toggle.setObjectName("measureDueToggle")
        self.due_toggle.setToolTip(self.tr(
            "Zwischenbericht, Evaluation, Ende oder Verwendungsnachweis in den nächsten "
            "{days} Tagen oder überfällig").format(days=DUE_DAYS))
        self.new_button = QPushButton(self.tr("Neue Maßnahme …"), self)
        self.new_button.setObjectName("measureNew")
        self.open_button = QPushButton(self.tr("Öffnen"), self)
        self.open_button.setObjectName("measureOpen")

        self.view = QTableView(self)
        self.view.setObjectName("measureList")
        self.view.setAccessibleName(self.tr("Maßnahmen"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_column_widths()
        header.setSectionResizeMode(self._column("title"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("measureCount")

        self._fit_filter_widths()
        bar = QHBoxLayout()
        # The search field takes all spare width; the filters keep the width they need.
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.year_filter)
        bar.addWidget(self.due_toggle)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.year_filter.currentIndexChanged.connect(self._apply_filter)
        self.due_toggle.toggled.connect(self._apply_filter)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.open_button.clicked.connect(self._open_current)
        self.new_button.clicked.connect(self.new_measure)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        ctx.bus.changed.connect(self._on_bus_changed)
        self._apply_filter()

    @staticmethod
    def _column(key: str) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.key == key)

    def _fit_column_widths(self) -> None:
        """Widths from the font, so that at the default window (1280 px, tree beside) every
        column is on screen: each fits its typical content (a number, a date, a whole-euro
        amount, a usual state or Sozialraum) and elides anything longer, whose full text is
        in the tooltip; the title takes the rest. Only a narrower window scrolls."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        pad = 10  # the cell's text margins and the grid line

        samples = {
            "number": "SRAE-NW-2026-007",
            "status": self.tr("Abgeschlossen"),
            "area": "Lichtenhagen",
            "provider": "Jugendhilfe e. V.",
            "period": "01.02.25–31.01.26",
            "requested": "123.456 €",
            "approved": "123.456 €",
            "next_deadline": "31.01.2026",
            "deadline_kind": self.tr("überfällig: Zwischenbericht"),
        }
        for i, col in enumerate(COLUMNS):
            if col.key in samples:
                title = self.model.headerData(i, Qt.Orientation.Horizontal)
                assert isinstance(title, str)
                # The header's title must fit as well (its sort arrow may cover the margin).
                self.view.setColumnWidth(i, pad + max(
                    metrics.horizontalAdvance(samples[col.key]),
                    header_metrics.horizontalAdvance(title)))

    def _show_due_columns(self, due_view: bool) -> None:
        """The due view says what is due ("Fällig ist") in the room of the period and the
        requested money, which matter less there (both stay in the measure's form)."""
        self.view.setColumnHidden(self._column("deadline_kind"), not due_view)
        for key in ("period", "requested"):
            self.view.setColumnHidden(self._column(key), due_view)

    def _fit_filter_widths(self) -> None:
        """The search field gets room for its placeholder; the state filter, whose longest
        state ("Auf Tagesordnung der Lenkungsgruppe") would otherwise set its width, is
        capped and shows long states in full in its popup and tooltip."""
        metrics = self.search.fontMetrics()
        placeholder = metrics.horizontalAdvance(self.search.placeholderText())
        # Room for the placeholder and the text margins (the clear button shows only with
        # text, when the placeholder is gone).
        self.search.setMinimumWidth(min(placeholder + 24, 320))
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo = self.status_filter
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        combo.view().setMinimumWidth(widest + 48)
        combo.currentIndexChanged.connect(
            lambda _i: combo.setToolTip(combo.currentText()))

    # --- public ------------------------------------------------------------------------------

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Show the measures of ``area_id`` and everything below it (None: the whole city)."""
        if area_id == self._area_id:
            return
        self._area_id = area_id
        self._apply_filter()

    def current_filter(self) -> MeasureFilter:
        """The filter the controls describe."""
        status = self.status_filter.currentData()
        statuses: frozenset[str] | None = None
        if status == _OPEN:
            statuses = frozenset(s for s in STATUS_LABELS if s not in FROZEN_STATES)
        elif status is not None:
            statuses = frozenset({status})
        return MeasureFilter(area_id=self._area_id, search=self.search.text().strip(),
                             statuses=statuses, year=self.year_filter.currentData(),
                             due_only=self.due_toggle.isChecked())

    def show_due(self) -> None:
        """The due view: every state, every year, only measures with a deadline in the next
        :data:`DUE_DAYS` days or overdue (the overview's tile opens this)."""
        # Each control would reload the list on its own: set them all, then read once.
        controls = (self.search, self.status_filter, self.year_filter, self.due_toggle)
        blocked = [control.blockSignals(True) for control in controls]
        try:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.year_filter.setCurrentIndex(0)
            self.due_toggle.setChecked(True)
        finally:
            for control, was in zip(controls, blocked, strict=True):
                control.blockSignals(was)
        self.status_filter.setToolTip(self.status_filter.currentText())
        column = self._column("next_deadline")
        header = self.view.horizontalHeader()
        was = header.blockSignals(True)  # the view would sort (and so reload) at once
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        header.blockSignals(was)
        self._search_timer.stop()
        flt = self.current_filter()
        self._show_due_columns(flt.due_only)
        self.model.set_filter(replace(flt), sort=(column, Qt.SortOrder.AscendingOrder))
        self.view.setFocus()

    def open_measure(self, measure_id: uuid.UUID) -> QWidget:
        """Open (or raise) the form of one measure."""
        from .form import MeasureForm

        form = self._forms.get(measure_id)
        if form is None:
            form = MeasureForm(self.ctx, measure_id, parent=self)
            self._forms[measure_id] = form
            form.destroyed.connect(lambda *_: self._forms.pop(measure_id, None))
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def new_measure(self) -> QWidget:
        """Open an empty form, preset with the selected area."""
        from .form import MeasureForm

        form = MeasureForm(self.ctx, None, area_id=self._area_id, parent=self)
        form.show()
        return form

    # --- handlers ----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        self._show_due_columns(flt.due_only)
        if flt != self.model.measure_filter or not self.model.rowCount():
            self.model.set_filter(replace(flt))

    def _update_count(self, *_args: object) -> None:
        total = self.model.total()
        if self.model.measure_filter.due_only:
            text = (self.tr("1 Maßnahme fällig oder überfällig ({days} Tage)") if total == 1
                    else self.tr("{n} Maßnahmen fällig oder überfällig ({days} Tage)")).format(
                n=f"{total:,}".replace(",", "."), days=DUE_DAYS)
        else:
            text = self.tr("1 Maßnahme") if total == 1 else self.tr("{n} Maßnahmen").format(
                n=f"{total:,}".replace(",", "."))
        self.count_label.setText(text)

    def _on_view_activated(self, index: QModelIndex) -> None:
        measure_id = self.model.measure_id(index.row())
        if measure_id is not None:
            self.open_measure(measure_id)

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._on_view_activated(index)

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if changes.touches("measures") or changes.touches("organizations"):
            self.model.refresh()
