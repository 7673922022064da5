"""Wires the feature panels (measures, meetings, budget) and the global search into the window.

The main window knows only ``add_area_tab``; this module is the one place that knows which
features exist, so that a feature is added or removed in one line.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

if TYPE_CHECKING:
    from ..app import AppContext
    from .main_window import MainWindow


class _Scrolling(QScrollArea):
    """A tab page that scrolls instead of forcing its panel's minimum width on the window,
    so the program stays usable on a small laptop screen or half a projector screen."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self.panel = panel
        self.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(panel)
        self.setAccessibleName(panel.accessibleName())

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Forward the selected area to the panel."""
        self.panel.set_area(area_id)  # type: ignore[attr-defined]


def install_features(window: MainWindow, ctx: AppContext) -> None:
    """Add the Maßnahmen, Sitzungen and Budget tabs and the search field to ``window``."""
    from .budget import BudgetPanel
    from .measures.panel import MeasurePanel
    from .meetings.panel import MeetingPanel
    from .search import GlobalSearch

    measures = MeasurePanel(ctx)
    meetings = MeetingPanel(ctx)
    budget = BudgetPanel(ctx)
    window.measure_panel = measures
    window.meeting_panel = meetings
    window.budget_panel = budget
    tabs = {panel: _Scrolling(panel) for panel in (measures, meetings, budget)}
    window.add_area_tab(tabs[measures], window.tr("Maßnahmen"))
    window.add_area_tab(tabs[meetings], window.tr("Sitzungen"))
    window.add_area_tab(tabs[budget], window.tr("Budget"))

    # The menu bar's corner keeps the field visible at any window width; in the toolbar it
    # would fall into the overflow menu behind the area actions.
    search = GlobalSearch(ctx)
    search.setContentsMargins(0, 2, 6, 2)
    window.menuBar().setCornerWidget(search, Qt.Corner.TopRightCorner)
    window.global_search = search

    def open_hit(kind: str, target_id: uuid.UUID) -> None:
        if kind == "measure":
            window.tabs.setCurrentWidget(tabs[measures])
            measures.open_measure(target_id)
            return
        from ..services.meetings import locate

        with ctx.database.session() as session:
            where = locate(session, kind, target_id)
        if where.area_id is not None:
            window.select_area(where.area_id)
        window.tabs.setCurrentWidget(tabs[meetings])
        meetings.open_target(kind, target_id, search.current_query())

    search.open_requested.connect(open_hit)
    window.close_guards.append(meetings.flush)

    def close_measure_forms() -> bool:
        from .measures.form import MeasureForm

        # Each form asks about its unsaved changes; a "Cancel" there keeps the window open.
        return all(form.close() for form in measures.findChildren(MeasureForm) if form.isVisible())

    window.close_guards.append(close_measure_forms)
