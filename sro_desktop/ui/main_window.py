"""The main window: area tree on the left, the selected area's tabs on the right.

Later issues add their tabs with :meth:`MainWindow.add_area_tab` and their actions to the menus
in :attr:`MainWindow.menus`. Only the tab in front loads data for a new selection; a hidden tab
catches up when it is shown, so a selection costs one overview and nothing else.

Start-up shows the populated tree first: the tree reads plain SQL (no ORM), and everything else
waits for the tree's first paint (:meth:`MainWindow.finish_startup`): the measure counts of the
tree, the overview of the selected area (which imports the ORM models) and the search field;
the feature panels are built when their tab is first shown and the dialogs imported when first
opened. Until then the overview says that it is loading; a selection or tab change by the user
does its work at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from .area_tree_model import ICONS, AreaTreeModel
from .overview import AreaOverview
from .settings import LANGUAGE, LANGUAGES, SHOW_RETIRED
from .window_parts import AreaTreeView, LazyWindowParts

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ..app import AppContext
    from ..services.tree_query import AreaNode

_UNSET = object()


def _icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


class MainWindow(LazyWindowParts, QMainWindow):
    """The program window for one open database (objectName ``mainWindow``)."""

    database_requested = Signal(str, bool, str)  # target, create, seed
    restore_requested = Signal(str)  # backup file
    startup_finished = Signal()  # the work held back for the first paint is done

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        db = ctx.database
        self.setWindowTitle(db.path.name if db.path else db.url)
        self.setAccessibleName(self.tr("SRO Desktop Hauptfenster"))
        self.actions_by_name: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.dialog: QWidget | None = None  # the open dialog, for tests and automation
        self._tab_area: dict[QWidget, object] = {}
        self._area_id: uuid.UUID | None = None
        # Called before the window closes; one returning False keeps it open (unsaved work).
        self.close_guards: list[Callable[[], bool]] = []
        # Feature panels and the search field (registered by ui/features.py; none in a bare
        # window), the area editor and the file actions: all built on first use.
        self._init_lazy_parts()
        self._initializing = True  # selections made by the constructor are not the user's

        self.model = AreaTreeModel(db, ctx.bus, include_retired=ctx.settings.get(SHOW_RETIRED),
                                   defer_counts=True, parent=self)
        self.tree = self._build_tree()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areaTabs")
        self.tabs.setAccessibleName(self.tr("Ansichten des Gebiets"))
        self.tabs.tabBar().setAccessibleName(self.tr("Ansichten des Gebiets"))
        self.tabs.setDocumentMode(True)
        # Fusion's default tab padding clips the dots of "Ü" on inactive tabs.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 5px 14px 4px 14px; }")
        self.tabs.currentChanged.connect(lambda _i: self._on_user_selection())
        self.overview = AreaOverview(ctx)
        self.add_area_tab(self.overview, self.tr("Übersicht"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 960])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._update_actions()
        # A retire or its undo changes the current row in place: follow with the actions.
        self.model.dataChanged.connect(lambda *_args: self._update_actions())
        top = self.model.index(0, 0)
        if top.isValid():
            self.tree.expand(top)
            self.tree.setCurrentIndex(top)
            self.overview.show_loading()
        self.resize(1280, 800)
        self._initializing = False
        # The tree's first paint starts the held-back work, on the next turn of the event loop
        # so that the frame reaches the screen first. (A paint override, not an event filter:
        # a filter sees every event and made Python wrap each of their types, ~20 ms.)
        self.tree.first_painted.connect(
            lambda: QTimer.singleShot(0, self, self.finish_startup))

    # --- building -----------------------------------------------------------------------

    def _build_tree(self) -> AreaTreeView:
        tree = AreaTreeView()
        tree.setObjectName("areaTree")
        tree.setAccessibleName(self.tr("Gebietsbaum"))
        tree.setAccessibleDescription(self.tr("Regionalräume, Sozialräume und Quartiere"))
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        tree.setMinimumWidth(240)
        return tree

    def _action(self, name: str, text: str, slot: object = None, *, shortcut: object = None,
                icon: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        if icon:
            action.setIcon(_icon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        a, K = self._action, QKeySequence.StandardKey

        def edit(method: str) -> Callable[[], None]:
            # The editor and its dialogs are imported on the first edit, not at start.
            return lambda: getattr(self.area_editor, method)()

        a("actionNewDatabase", self.tr("&Neue Datenbank …"), lambda: self.files.new_database(),
          shortcut="Ctrl+Shift+N", icon="database-new",
          tip=self.tr("Neue Datenbankdatei anlegen (Rostock-Vorgabe oder leer)"))
        a("actionOpenDatabase", self.tr("Ö&ffnen …"), lambda: self.files.open_database(),
          shortcut=K.Open,
          icon="database-open", tip=self.tr("Eine andere Datenbankdatei öffnen"))
        a("actionBackup", self.tr("Sicherung &erstellen …"), lambda: self.files.backup())
        a("actionRestore", self.tr("Sicherung &wiederherstellen …"), lambda: self.files.restore())
        a("actionQuit", self.tr("&Beenden"), self.close, shortcut=K.Quit)
        undo = a("actionUndo", self.tr("&Rückgängig"), self.ctx.undo_stack.undo,
                 shortcut=K.Undo, icon="undo")
        redo = a("actionRedo", self.tr("&Wiederholen"), self.ctx.undo_stack.redo,
                 shortcut=K.Redo, icon="redo")
        # The undo stack belongs to the context and outlives the window: its signals go to
        # slots of the window, which Qt disconnects when the window is deleted (a lambda
        # would stay connected and touch deleted actions on the stack's last emission).
        stack = self.ctx.undo_stack
        stack.canUndoChanged.connect(self._on_stack_can_undo_changed)
        stack.canRedoChanged.connect(self._on_stack_can_redo_changed)
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        undo.setEnabled(False)
        redo.setEnabled(False)
        a("actionRenameArea", self.tr("Gebiet &umbenennen …"), edit("rename_selected"),
          shortcut="F2", icon="area-rename", tip=self.tr("Das gewählte Gebiet umbenennen"))
        a("actionAddArea", self.tr("Gebiet &hinzufügen …"), edit("add_under_selected"),
          shortcut="Ins", icon="area-add",
          tip=self.tr("Ein Untergebiet unter dem gewählten Gebiet anlegen"))
        a("actionMoveArea", self.tr("Gebiet &verschieben …"), edit("move_selected"),
          shortcut="Ctrl+Shift+M", icon="area-move",
          tip=self.tr("Das gewählte Gebiet unter ein anderes hängen"))
        a("actionRetireArea", self.tr("Gebiet au&ßer Dienst stellen"),
          edit("retire_selected"), icon="area-retire",
          tip=self.tr("Das Gebiet für neue Arbeit ausblenden; seine Geschichte bleibt"))
        a("actionUnretireArea", self.tr("Gebiet wieder in &Dienst stellen"),
          edit("unretire_selected"))
        show = a("actionShowRetired", self.tr("Außer Dienst gestellte Gebiete &zeigen"),
                 self._toggle_retired)
        show.setCheckable(True)
        show.setChecked(self.model.include_retired)
        a("actionRefresh", self.tr("&Neu laden"), self.refresh, shortcut=K.Refresh,
          icon="refresh", tip=self.tr("Änderungen anderer Personen aus der Datenbank holen"))
        a("actionAbout", self.tr("Ü&ber SRO Desktop"), self._about)
        a("actionOpenLog", self.tr("&Protokolldatei öffnen"), self._open_log)

    @Slot(bool)
    def _on_stack_can_undo_changed(self, can: bool) -> None:
        self.actions_by_name["actionUndo"].setEnabled(can)

    @Slot(bool)
    def _on_stack_can_redo_changed(self, can: bool) -> None:
        self.actions_by_name["actionRedo"].setEnabled(can)

    @Slot(str)
    def _on_stack_undo_text_changed(self, text: str) -> None:
        self._label_undo(self.actions_by_name["actionUndo"], self.tr("&Rückgängig"), text)

    @Slot(str)
    def _on_stack_redo_text_changed(self, text: str) -> None:
        self._label_undo(self.actions_by_name["actionRedo"], self.tr("&Wiederholen"), text)

    def _label_undo(self, action: QAction, base: str, text: str) -> None:
        action.setText(f"{base}: {text}" if text else base)

    def _build_menus(self) -> None:
        bar, act = self.menuBar(), self.actions_by_name
        file = self.menus["file"] = bar.addMenu(self.tr("&Datei"))
        file.addActions([act["actionNewDatabase"], act["actionOpenDatabase"]])
        self.recent_menu = file.addMenu(self.tr("&Zuletzt geöffnet"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file.addSeparator()
        file.addActions([act["actionBackup"], act["actionRestore"]])
        file.addSeparator()
        file.addAction(act["actionQuit"])
        edit = self.menus["edit"] = bar.addMenu(self.tr("&Bearbeiten"))
        edit.addActions([act["actionUndo"], act["actionRedo"]])
        edit.addSeparator()
        area_actions = [act[n] for n in ("actionRenameArea", "actionAddArea", "actionMoveArea",
                                          "actionRetireArea", "actionUnretireArea")]
        edit.addActions(area_actions)
        self.tree.addActions(area_actions)
        view = self.menus["view"] = bar.addMenu(self.tr("&Ansicht"))
        view.addActions([act["actionShowRetired"], act["actionRefresh"]])
        view.addSeparator()
        language = view.addMenu(self.tr("&Sprache"))
        group = QActionGroup(self)
        current = self.ctx.settings.get(LANGUAGE)
        for code, label in LANGUAGES.items():
            choice = self._action(f"actionLanguage_{code}", label)
            choice.setCheckable(True)
            choice.setChecked(code == current)
            choice.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(choice)
            language.addAction(choice)
        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addActions([act["actionAbout"], act["actionOpenLog"]])
        for menu in self.menus.values():
            menu.setObjectName("menu" + menu.title().replace("&", ""))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Werkzeugleiste"))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        act = self.actions_by_name
        groups = (("actionNewDatabase", "actionOpenDatabase"), ("actionUndo", "actionRedo"),
                  ("actionRenameArea", "actionAddArea", "actionMoveArea", "actionRetireArea"))
        for i, names in enumerate(groups):
            if i:
                bar.addSeparator()
            for name in names:
                bar.addAction(act[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        db, bar = self.ctx.database, self.statusBar()
        self.database_label = QLabel(self.tr("Datenbank: {target}").format(
            target=db.path if db.path else db.url))
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.network_label = QLabel(self.tr("Netzlaufwerk"))
        self.network_label.setObjectName("statusNetwork")
        self.network_label.setToolTip(self.tr(
            "Die Datenbank liegt auf einem Netzlaufwerk. Mehrere Personen können sie nutzen; "
            "Speichern dauert etwas länger. Änderungen anderer zeigt „Ansicht → Neu laden“ (F5)."))
        on_network = bool(getattr(db, "on_network", False))
        if on_network:  # a style sheet costs its parse and polish even on a hidden label
            self.network_label.setStyleSheet(
                "QLabel { background: #fff4dc; color: #7a4f00; border: 1px solid #e0b458;"
                " border-radius: 3px; padding: 0 6px; font-weight: 600; }")
        self.network_label.setVisible(on_network)
        self.user_label = QLabel(self.tr("Benutzer*in: {user}").format(user=self.ctx.user))
        self.user_label.setObjectName("statusUser")
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.network_label)
        bar.addPermanentWidget(self.user_label)

    # --- tabs and selection -------------------------------------------------------------

    def add_area_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab for the selected area; its ``set_area(area_id | None)`` follows the tree
        while the tab is in front (a hidden tab gets the latest area when it is shown)."""
        index = self.tabs.addTab(widget, title)
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        self._apply_area()
        return index

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._area_id = self.model.area_id(current)
        self._update_actions()
        self._on_user_selection()

    def _on_user_selection(self) -> None:
        # A person who picks an area or a tab before the first paint gets it at once.
        if not self._initializing:
            self._startup_pending = False
        self._apply_area()

    def _apply_area(self) -> None:
        widget = self.tabs.currentWidget()
        setter = getattr(widget, "set_area", None)
        if widget is None or setter is None or self._tab_area.get(widget, _UNSET) == self._area_id:
            return
        if self._startup_pending:
            return  # finish_startup catches up
        self._tab_area[widget] = self._area_id
        setter(self._area_id)

    # --- selection ----------------------------------------------------------------------

    def selected_area_id(self) -> uuid.UUID | None:
        """The area selected in the tree."""
        return self._area_id

    def select_area(self, area_id: uuid.UUID) -> bool:
        """Select (and reveal) an area in the tree; False when it is hidden or unknown."""
        index = self.model.index_for(area_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        has = self._area_id is not None
        node = self.model.node(self.tree.currentIndex())
        retired = node is not None and node.retired
        for name in ("actionRenameArea", "actionMoveArea"):
            self.actions_by_name[name].setEnabled(has)
        self.actions_by_name["actionRetireArea"].setEnabled(has and not retired)
        self.actions_by_name["actionUnretireArea"].setEnabled(retired)
        is_file = self.ctx.database.path is not None
        self.actions_by_name["actionBackup"].setEnabled(is_file)
        self.actions_by_name["actionRestore"].setEnabled(is_file)

    def current_node(self) -> AreaNode | None:
        """The area row selected in the tree."""
        return self.model.node(self.tree.currentIndex())

    def start_daily_backup(self) -> None:
        """Today's copy of the database file, made in the background."""
        self.files.start_daily_backup()

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[Any], None]) -> None:
        """Show a dialog without blocking; ``on_accept(dialog)`` runs when it is accepted."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A window-modal warning that does not block the caller (tests can read and close it)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setAccessibleName(title)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    # --- files, view, help --------------------------------------------------------------

    def _toggle_retired(self, checked: bool) -> None:
        self.ctx.settings.set(SHOW_RETIRED, checked)
        self.model.set_include_retired(checked)

    def refresh(self) -> None:
        """Re-read the tree and the tab in front (changes by other people on a shared file)."""
        self.model.refresh()
        self._tab_area.clear()
        self._apply_area()

    def _set_language(self, code: str) -> None:
        self.ctx.settings.set(LANGUAGE, code)
        self.statusBar().showMessage(
            self.tr("Die Sprache wird beim nächsten Start übernommen."), 10_000)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Über SRO Desktop"),
                          self.tr("SRO Desktop {version}\n\nSozialraumorientierung in der "
                                  "Kinder- und Jugendhilfe.\nGebietsgrenzen: Hanse- und "
                                  "Universitätsstadt Rostock, Open Data (CC0 1.0).").format(
                              version=__version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        self.dialog = box
        box.open()

    def _open_log(self) -> None:
        from .errors import log_file_path, open_log_file

        path = log_file_path()
        if not path.exists() or not open_log_file(path):
            self.show_error(self.tr("Protokolldatei öffnen"),
                            self.tr("Die Protokolldatei liegt hier: {path}").format(path=path))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window state and release the database file."""
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.save_window_state()
        self._closed = True  # held-back start-up work must not reopen the file
        self.ctx.undo_stack.clear()
        self.ctx.database.close()
        super().closeEvent(event)
