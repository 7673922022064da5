"""Composition root: builds the AppContext (database, settings, change bus, user) and the window.

Nothing global beyond the one AppContext that ``main()`` builds and hands to each widget.
Start-up stays lean: only the modules the first window shows are imported here (no report or
migration machinery, no ORM models: the window paints its tree from plain SQL and imports the
models right after); everything else is imported by the action that needs it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

# The database layer of the start-up path is imported before Qt on purpose: PySide6 hooks every
# import made after it (it reads each module's source, looking for ``__feature__``), which made
# these ~250 SQLAlchemy modules about 80 ms slower to import. The SQLite dialect is what
# ``open_database`` loads for the default database file.
import sqlalchemy.dialects.sqlite  # noqa: F401

from .storage.open import open_database

# isort: split
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from .ui.settings import LANGUAGE, Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from .storage.database import Database
    from .ui.change_bus import ChangeBus
    from .ui.main_window import MainWindow

ORGANIZATION = "SRO Desktop"
APPLICATION = "SRO Desktop"
DATABASE_FILE = "sro-desktop.sqlite"
ICON = Path(__file__).resolve().parent / "resources" / "icons" / "sro-desktop.svg"

SeedKind = Literal["rostock", "empty"]

# lupdate finds the strings of plain translate("Context", "…") calls.
translate = QCoreApplication.translate


@dataclass
class AppContext:
    """What every widget may need: the open database, the acting user, the change bus and the
    window's undo stack. Widgets receive it in their constructor; nobody looks it up globally."""

    database: Database
    user: str
    bus: ChangeBus
    undo_stack: QUndoStack
    settings: Settings = field(default_factory=Settings)


def ensure_application() -> QApplication:
    """The QApplication (created when missing) with names, icon and translators set up."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
        app.setWindowIcon(QIcon(str(ICON)))
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APPLICATION)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    from .ui.i18n import install_translators

    install_translators(app, Settings().get(LANGUAGE))
    return app


def default_database_path() -> Path:
    """``sro-desktop.sqlite`` in the local (non-roaming) data directory of the user."""
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    return Path(QStandardPaths.writableLocation(location)) / DATABASE_FILE


class _OpenWindows(QObject):
    """Keeps the main windows alive: Qt does not own top-level widgets, Python must."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("sroOpenWindows")
        self.windows: list[QMainWindow] = []

    @staticmethod
    def of(app: QApplication) -> _OpenWindows:
        # Found through a dynamic property, not findChild(): PySide's findChild wraps every
        # child of the application in Python (its style too), several ms at start.
        found = app.property("sroOpenWindows")
        if isinstance(found, _OpenWindows):
            return found
        holder = _OpenWindows(app)
        app.setProperty("sroOpenWindows", holder)
        return holder

    def keep(self, window: QMainWindow) -> None:
        # Closed windows delete themselves (WA_DeleteOnClose); their wrappers are dropped here
        # rather than from a ``destroyed`` handler, which would run during teardown.
        self.windows = [w for w in self.windows if shiboken6.isValid(w) and w.isVisible()]
        self.windows.append(window)


def build_context(database: Database, settings: Settings | None = None) -> AppContext:
    """A fresh context (bus, undo stack) for an open database."""
    from PySide6.QtGui import QUndoStack

    from .ui.change_bus import ChangeBus

    return AppContext(database=database, user=database.user, bus=ChangeBus(),
                      undo_stack=QUndoStack(), settings=settings or Settings())


def build_main_window(ctx: AppContext) -> MainWindow:
    """The main window for a context; the place where later issues add their area tabs."""
    from .ui.main_window import MainWindow

    window = MainWindow(ctx)
    from .ui.features import install_features

    install_features(window, ctx)
    window.database_requested.connect(
        lambda target, create, seed: switch_database(window, target, create=create, seed=seed)
    )
    window.restore_requested.connect(lambda backup: restore_into(window, backup))
    return window


def _show_new_window(database: Database, settings: Settings) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "ensure_application() first"
    window = build_main_window(build_context(database, settings))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OpenWindows.of(app).keep(window)
    if database.path is not None:
        settings.add_recent_file(database.path)
    window.restore_window_state()
    window.show()
    return window


def open_main_window(db: str) -> QMainWindow:
    """Open (creating and seeding if missing) the database ``db`` and show its main window.

    Does not enter the event loop (tests, benchmarks and automation drive it). Raises
    :class:`~sro_desktop.storage.errors.DatabaseOpenError` with a German ``message``.
    """
    ensure_application()
    # No full integrity scan before the window (it reads the whole file, seconds on a share):
    # it runs on a worker thread after the first paint and refuses writes to a damaged file.
    window = _show_new_window(open_database(db, create=True, verify=False), Settings())
    _check_after_first_paint(window, then_backup=False)
    return window


def _check_after_first_paint(window: MainWindow, *, then_backup: bool) -> None:
    """Once the window is on screen and its overview filled, check the file's pages in the
    background (and then, with ``then_backup``, make today's copy), so that neither competes
    with the first paint."""
    window.startup_finished.connect(
        lambda: window.files.start_startup_check(then_backup=then_backup))


def switch_database(
    window: MainWindow, target: str, *, create: bool = False, seed: SeedKind = "rostock"
) -> MainWindow | None:
    """Open another database in a new window and close ``window``; on failure keep it.

    The old window's undo history ends with it: its edits are all saved already.
    """
    from .storage.errors import DatabaseOpenError

    try:
        database = open_database(target, create=create, seed=seed)
    except DatabaseOpenError as exc:
        window.show_error(translate("MainWindow", "Datenbank öffnen"), exc.message)
        return None
    window.save_window_state()  # the new window takes over size and layout
    new = _show_new_window(database, window.ctx.settings)
    window.close()
    return new


def restore_into(window: MainWindow, backup: str) -> MainWindow | None:
    """Replace the open database file by ``backup`` and reopen it in a new window."""
    from .storage.backup import restore_backup
    from .storage.errors import StorageError

    path = window.ctx.database.path
    if path is None:
        window.show_error(translate("MainWindow", "Sicherung wiederherstellen"),
                          translate("MainWindow", "Eine Server-Datenbank stellt die "
                                    "Datenbankverwaltung wieder her (pg_restore)."))
        return None
    window.ctx.database.close()
    try:
        kept = restore_backup(Path(backup), path)
    except StorageError as exc:
        window.show_error(translate("MainWindow", "Sicherung wiederherstellen"), exc.message)
        return None
    new = switch_database(window, str(path))
    if new is not None and kept is not None:
        new.statusBar().showMessage(translate(
            "MainWindow", "Sicherung wiederhergestellt; die ersetzte Datei liegt in {path}",
        ).format(path=kept), 15_000)
    return new


def _pick_other_database(message: str) -> str | None:
    from .ui.database_dialogs import ask_after_open_error

    return ask_after_open_error(message)


def run_gui(db: str | None) -> int:
    """The desktop program: open ``db`` (default: the user's own database), run the event loop.

    A database that cannot be opened is reported in German with the choice to open another
    file or to quit; the file is never overwritten.
    """
    app = ensure_application()
    from .storage.errors import DatabaseOpenError
    from .ui.errors import install_error_handling, setup_logging

    log_path = setup_logging()
    install_error_handling(app, log_path)
    settings = Settings()
    target = db or str(default_database_path())
    # Only the default database is created on the fly; a path given by hand that does not
    # exist is more likely a typo than a wish for an empty database.
    create = db is None
    while True:
        try:
            database = open_database(target, create=create, verify=False)
            break
        except DatabaseOpenError as exc:
            chosen = _pick_other_database(exc.message)
            if chosen is None:
                return 3
            target, create = chosen, False
    window = _show_new_window(database, settings)
    # The page check and then today's backup copy (never of a damaged file).
    _check_after_first_paint(window, then_backup=True)
    return app.exec()
