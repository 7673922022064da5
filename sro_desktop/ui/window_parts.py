"""Start-up of the main window: what waits for the first paint, what is built on first use.

A mixin of :class:`~.main_window.MainWindow`, kept apart so that the window module stays about
its layout, actions and selection. The window shows its tree first; the tree's first paint
(:class:`AreaTreeView`) starts :meth:`LazyWindowParts.finish_startup`, which fills the overview
and builds the search field. The feature panels (registered by ``ui/features.py``), the area
editor and the file actions are built (and their modules imported) when first used, so that
none of them delays the first paint. The remembered window layout lives here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeView

from .lazy_tab import LazySearch
from .settings import SPLITTER_STATE, WINDOW_GEOMETRY, WINDOW_STATE

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QSplitter, QWidget

    from ..app import AppContext
    from .area_dialogs import AreaEditor
    from .area_tree_model import AreaTreeModel
    from .database_dialogs import DatabaseFiles
    from .lazy_tab import LazyPanel
    from .settings import Settings


class AreaTreeView(QTreeView):
    """The area tree; says once that it has been painted (start-up goes on from there)."""

    first_painted = Signal()
    _painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and after the first time tell the window."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


class LazyWindowParts:
    """The start-up that follows the first paint; feature panels, search field, area editor
    and file actions, each built on first use; size, position, toolbar and splitter as the
    user left them. Mixed into the main window (the methods use its ``model``, ``menuBar()``,
    ``saveState()`` … and its ``ctx``)."""

    ctx: AppContext
    model: AreaTreeModel
    splitter: QSplitter
    startup_finished: SignalInstance

    def _init_lazy_parts(self) -> None:
        self._panels: dict[str, LazyPanel] = {}
        self._search: LazySearch | None = None
        self._area_editor: AreaEditor | None = None
        self._files: DatabaseFiles | None = None
        # Until the first paint (or the first selection by the user) tabs get no area: the
        # overview's queries would import the ORM models before the tree is on screen.
        self._startup_pending = True
        self._startup_done = False
        self._closed = False

    # --- start-up -----------------------------------------------------------------------

    @property
    def startup_done(self) -> bool:
        """True once :meth:`finish_startup` ran (the overview shows the selected area)."""
        return self._startup_done

    def finish_startup(self) -> None:
        """The work held back for the first paint: the tree's measure counts, the overview of
        the selected area and the search field. Runs once, right after the tree is on screen
        (safe to call earlier); then ``startup_finished`` is emitted."""
        if self._closed or self._startup_done:
            return
        self._startup_done = True
        self._startup_pending = False
        if self.model.counts_pending:
            self.model.refresh()  # the measure counts, held back for the first paint
        self._apply_area()
        self._ensure_search()
        self.startup_finished.emit()

    def register_panel(self, name: str, page: LazyPanel) -> None:
        """Make a feature tab's panel reachable as ``<name>_panel`` (``measures`` →
        :attr:`measure_panel`)."""
        self._panels[name] = page

    def _panel(self, name: str) -> QWidget | None:
        page = self._panels.get(name)
        return page.panel if page is not None else None

    @property
    def measure_panel(self) -> QWidget | None:
        """The Maßnahmen panel (built now if needed; None in a window without features)."""
        return self._panel("measures")

    @property
    def meeting_panel(self) -> QWidget | None:
        """The Sitzungen panel (built now if needed; None in a window without features)."""
        return self._panel("meetings")

    @property
    def budget_panel(self) -> QWidget | None:
        """The Budget panel (built now if needed; None in a window without features)."""
        return self._panel("budget")

    def set_search_factory(self, factory: Callable[[], QWidget]) -> None:
        """The search field for the menu bar's corner, built after the first paint."""
        self._search = LazySearch(self.menuBar(), factory)
        if not self._startup_pending:
            self._ensure_search()

    def _ensure_search(self) -> QWidget | None:
        return self._search.widget if self._search is not None else None

    @property
    def global_search(self) -> QWidget | None:
        """The search field (objectName ``globalSearch``; built now if it was not yet)."""
        return self._ensure_search()

    @property
    def area_editor(self) -> AreaEditor:
        """The area edits (rename, add, move, retire) with their dialogs."""
        if self._area_editor is None:
            from .area_dialogs import AreaEditor

            self._area_editor = AreaEditor(self.ctx, self)
        return self._area_editor

    @property
    def files(self) -> DatabaseFiles:
        """The file actions: new, open, recent, backups."""
        if self._files is None:
            from .database_dialogs import DatabaseFiles

            self._files = DatabaseFiles(self.ctx, self)
        return self._files

    # --- window state -------------------------------------------------------------------

    def restore_window_state(self) -> None:
        """Size, position, toolbar and splitter as the user left them."""
        settings: Settings = self.ctx.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.get(SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        """Remember size, position, toolbar and splitter."""
        settings: Settings = self.ctx.settings
        settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(WINDOW_STATE, self.saveState())
        settings.set(SPLITTER_STATE, self.splitter.saveState())
        settings.sync()
