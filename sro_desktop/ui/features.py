"""Wires the feature panels (measures, meetings, budget) and the global search into the window.

The main window knows only ``add_area_tab``; this module is the one place that knows which
features exist, so that a feature is added or removed in one line.

Nothing here is built at start: each tab is a :class:`~.lazy_tab.LazyPanel` that imports and
builds its panel when it is first shown (or asked for), and the search field is built by the
window right after its first paint. Start-up then costs the tree and the overview only.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from .lazy_tab import LazyPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..app import AppContext
    from .main_window import MainWindow
    from .search import GlobalSearch


def _measure_panel(ctx: AppContext) -> QWidget:
    from .measures.panel import MeasurePanel

    return MeasurePanel(ctx)


def _meeting_panel(ctx: AppContext) -> QWidget:
    from .meetings.panel import MeetingPanel

    return MeetingPanel(ctx)


def _budget_panel(ctx: AppContext) -> QWidget:
    from .budget.panel import BudgetPanel

    return BudgetPanel(ctx)


def install_features(window: MainWindow, ctx: AppContext) -> None:
    """Add the Maßnahmen, Sitzungen and Budget tabs and the search field to ``window``."""
    measures = LazyPanel("measurePanel", window.tr("Maßnahmen"), lambda: _measure_panel(ctx))
    meetings = LazyPanel("meetingPanel", window.tr("Sitzungen"), lambda: _meeting_panel(ctx))
    budget = LazyPanel("budgetPanel", window.tr("Budget"), lambda: _budget_panel(ctx))
    for name, page in (("measures", measures), ("meetings", meetings), ("budget", budget)):
        window.add_area_tab(page, page.title)
        window.register_panel(name, page)

    def build_search() -> GlobalSearch:
        from .search import GlobalSearch

        search = GlobalSearch(ctx)
        search.open_requested.connect(open_hit)
        return search

    def open_hit(kind: str, target_id: uuid.UUID) -> None:
        if kind == "measure":
            window.tabs.setCurrentWidget(measures)
            measures.panel.open_measure(target_id)  # type: ignore[attr-defined]
            return
        from ..services.meetings import locate

        with ctx.database.session() as session:
            where = locate(session, kind, target_id)
        if where.area_id is not None:
            window.select_area(where.area_id)
        window.tabs.setCurrentWidget(meetings)
        query = window.global_search.current_query()  # type: ignore[union-attr]
        meetings.panel.open_target(kind, target_id, query)  # type: ignore[attr-defined]

    window.set_search_factory(build_search)

    def show_due_measures() -> None:
        window.tabs.setCurrentWidget(measures)
        measures.panel.show_due()  # type: ignore[attr-defined]

    # The meetings panel lists the tasks of its bodies; the tile only brings it to the front.
    window.overview.due_measures_requested.connect(show_due_measures)
    window.overview.tasks_requested.connect(
        lambda _overdue: window.tabs.setCurrentWidget(meetings))

    def flush_meetings() -> bool:
        # An unbuilt panel has nothing to save.
        return not meetings.is_built or bool(meetings.panel.flush())  # type: ignore[attr-defined]

    window.close_guards.append(flush_meetings)

    def close_measure_forms() -> bool:
        if not measures.is_built:
            return True
        from .measures.form import MeasureForm

        # Each form asks about its unsaved changes; a "Cancel" there keeps the window open.
        return all(form.close() for form in measures.panel.findChildren(MeasureForm)
                   if form.isVisible())

    window.close_guards.append(close_measure_forms)

    def announce_unsaved_notes() -> None:
        # Notes an earlier session could not store (the share was gone, the laptop died) are
        # announced at start: the meetings panel, built only for that, says where they wait.
        from .meetings.recovery import NotesJournal

        if NotesJournal(ctx.database.url).offered():
            _ = meetings.panel

    window.startup_finished.connect(announce_unsaved_notes)
