"""The log file and what the user sees when something unexpected breaks.

An uncaught exception (in a slot, an event handler or a worker thread) is written with its
traceback to a rotating log file in the user's data directory and shown in a German dialog that
says what happened and where the log lies, instead of a window that silently vanishes.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
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



class ErrorReporter(QObject):
    """Logs uncaught exceptions and shows them in the GUI thread.

    Worker threads hand their exceptions over through a queued signal; a burst of the same error
    (an exception in a paint event repeats on every repaint) opens one dialog, not hundreds.
    """

    reported = Signal(str, str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log the traceback, then show the dialog."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
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


def open_log_file(path: Path) -> bool:
    """Open the log file in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def install_error_handling(app: QApplication, log_path: Path) -> ErrorReporter:
    """Route uncaught exceptions of the GUI and of worker threads to the log and the dialog."""
    reporter = ErrorReporter(log_path, app)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
