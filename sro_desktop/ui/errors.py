"""The log file and what the user sees when something unexpected breaks.

An uncaught exception (in a slot, an event handler or a worker thread) is written with its
traceback to a rotating log file in the user's data directory and shown in a German dialog that
says what happened and where the log lies, instead of a window that silently vanishes.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

# lupdate finds the strings of plain translate("Context", "…") calls.
translate = QCoreApplication.translate

LOG_FILE_NAME = "sro-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("sro_desktop")

def data_directory() -> Path:
    """The user's local (non-roaming) data directory of the program, created if needed."""
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    path = Path(QStandardPaths.writableLocation(location))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file_path() -> Path:
    """Where the rotating log file lives."""
    return data_directory() / LOG_FILE_NAME


def setup_logging(path: Path | None = None) -> Path:
    """Send the program's log to a rotating file (once per process); returns the file's path."""
    target = path or log_file_path()
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return target



@dataclass(frozen=True)
class Explanation:
    """A German title, headline and text for an error a person can act on."""

    title: str
    text: str
    informative: str


def _sqlite_error(value: BaseException) -> BaseException | None:
    """The driver's own error inside ``value`` (SQLAlchemy keeps it as ``orig``), or None."""
    from sqlalchemy.exc import DBAPIError

    seen: set[int] = set()
    current: BaseException | None = value
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            return current.orig
        if isinstance(current, sqlite3.DatabaseError):
            return current
        current = current.__cause__ or current.__context__
    return None


def explain(value: BaseException, log_path: Path | None = None) -> Explanation | None:
    """The German explanation of an expected kind of failure, or None for a real bug.

    Storage errors carry their own German message; SQLite's "malformed"/"not a database"
    (damaged file) and "disk I/O error" (full disk, lost share) are said in German without the
    SQL statement, which stays in the log with the traceback. With ``log_path`` the text ends
    with where the log lies.
    """
    from ..storage.errors import StorageError, WritesRefusedError

    where = "" if log_path is None else "\n\n" + translate(
        "ErrorDialog", "Details stehen in der Protokolldatei: {path}").format(path=log_path)
    if isinstance(value, WritesRefusedError):
        return Explanation(translate("ErrorDialog", "Speichern nicht möglich"),
                           translate("ErrorDialog", "Die Änderung wurde nicht gespeichert."),
                           value.message)
    if isinstance(value, StorageError):
        return Explanation(translate("ErrorDialog", "Datenbankfehler"),
                           translate("ErrorDialog", "Die Aktion konnte nicht ausgeführt werden."),
                           value.message + where)
    from ..storage.probe import sqlite_failure

    driver = _sqlite_error(value)
    failure = None if driver is None else sqlite_failure(driver)
    if failure == "damaged":
        return Explanation(
            translate("ErrorDialog", "Datenbank beschädigt"),
            translate("ErrorDialog", "Die Datenbankdatei ist beschädigt."),
            translate(
                "ErrorDialog",
                "SQLite konnte einen Teil der Datei nicht lesen: die Datei ist beschädigt. Die "
                "letzte Aktion wurde nicht ausgeführt; was sie speichern sollte, ist nicht "
                "gespeichert.\n\nWas zu tun ist: eine Sicherung wiederherstellen (Datei → "
                "Sicherung wiederherstellen …) oder eine andere Datenbank öffnen (Datei → "
                "Öffnen …).",
            ) + where,
        )
    if failure == "io":
        return Explanation(
            translate("ErrorDialog", "Datenbank nicht erreichbar"),
            translate("ErrorDialog",
                      "Die Datenbankdatei konnte nicht gelesen oder geschrieben werden."),
            translate(
                "ErrorDialog",
                "Das Betriebssystem meldet einen Ein-/Ausgabefehler: vielleicht ist der "
                "Datenträger voll, das Netzlaufwerk getrennt oder die Datei verschoben worden. "
                "Die letzte Aktion wurde nicht gespeichert.\n\nWas zu tun ist: Speicherplatz "
                "und Netzverbindung prüfen, dann SRO Desktop neu starten.",
            ) + where,
        )
    return None


def database_problem(value: BaseException) -> str | None:
    """One German text for a refused save or a damaged or unreachable database file, for code
    that shows errors itself (a form's message, an undo command's ``on_error``); None for any
    other exception. Never contains SQL."""
    explanation = explain(value)
    return None if explanation is None else f"{explanation.text}\n\n{explanation.informative}"


class ErrorReporter(QObject):
    """Logs uncaught exceptions and shows them in the GUI thread.

    Worker threads hand their exceptions over through a queued signal; a burst of the same error
    (an exception in a paint event repeats on every repaint) opens one dialog, not hundreds.
    Failures a person can act on (a damaged file, a lost share, a refused save) get a German
    explanation instead of "Unerwarteter Fehler" (:func:`explain`).
    """

    reported = Signal(str, str)
    explained = Signal(str, str, str)  # title, text, informative text

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.explained.connect(self._show_explained, Qt.ConnectionType.QueuedConnection)

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log the traceback, then show the dialog."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        explanation = explain(value, self.log_path)
        if explanation is not None:
            log.error("%s:\n%s", explanation.text, details)
            self.explained.emit(explanation.title, explanation.text, explanation.informative)
            return
        log.error("Unerwarteter Fehler:\n%s", details)
        summary = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        self.reported.emit(summary, details)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: the same for exceptions of worker threads."""
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ErrorDialog", "Unerwarteter Fehler"))
        box.setText(translate("ErrorDialog", "Ein unerwarteter Fehler ist aufgetreten."))
        box.setInformativeText(translate(
            "ErrorDialog",
            "Was passiert ist: {summary}\n\nDas Programm läuft weiter. Bitte prüfen Sie, ob Ihre "
            "letzte Eingabe gespeichert wurde. Details stehen in der Protokolldatei: {path}",
        ).format(summary=summary, path=self.log_path))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        open_text = translate("ErrorDialog", "Protokolldatei öffnen")
        open_log = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
        open_log.setAccessibleName(open_text)
        open_log.clicked.connect(lambda: open_log_file(self.log_path))
        box.setAccessibleName(translate("ErrorDialog", "Unerwarteter Fehler"))
        self.dialog = box
        box.open()


    def _show_explained(self, title: str, text: str, informative: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(title)
        self.dialog = box
        box.open()


def open_log_file(path: Path) -> bool:
    """Open the log file in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def install_error_handling(app: QApplication, log_path: Path) -> ErrorReporter:
    """Route uncaught exceptions of the GUI and of worker threads to the log and the dialog."""
    reporter = ErrorReporter(log_path, app)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
