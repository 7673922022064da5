"""Dialogs around database files: new database, open, backups, and a file that will not open.

A new database never overwrites an existing file; opening goes through the storage layer,
which refuses (and leaves unchanged) anything it cannot safely use.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .settings import LAST_DIRECTORY, Settings

if TYPE_CHECKING:
    from ..app import AppContext
    from .main_window import MainWindow

# lupdate finds the strings of plain translate("Context", "…") calls.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def database_filter() -> str:
    """File type filter of the file dialogs."""
    return translate("DatabaseDialogs",
                     "SRO-Desktop-Datenbank (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)")


def _start_dir(settings: Settings, fallback: Path | None = None) -> str:
    last = settings.get(LAST_DIRECTORY)
    if last and Path(last).is_dir():
        return last
    return str(fallback) if fallback else str(Path.home())


def choose_database_to_open(parent: QWidget | None, settings: Settings) -> str | None:
    """Ask for an existing database file (None when cancelled)."""
    title = translate("DatabaseDialogs", "Datenbank öffnen")
    path, _ = QFileDialog.getOpenFileName(parent, title, _start_dir(settings), database_filter())
    if not path:
        return None
    settings.set(LAST_DIRECTORY, str(Path(path).parent))
    return path


def choose_backup_target(parent: QWidget | None, database_path: Path) -> str | None:
    """Ask where to write an on-demand backup (default: ``Sicherungen`` beside the file)."""
    from ..storage.backup import backup_dir

    name = f"{database_path.stem}-sicherung-{date.today().isoformat()}{database_path.suffix}"
    title = translate("DatabaseDialogs", "Sicherung erstellen")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(backup_dir(database_path) / name),
                                          database_filter())
    return path or None


def choose_backup_to_restore(parent: QWidget | None, database_path: Path) -> str | None:
    """Ask for the backup file to restore, and confirm that it replaces the open database."""
    from ..storage.backup import backup_dir

    title = translate("DatabaseDialogs", "Sicherung wiederherstellen")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(backup_dir(database_path)),
                                          database_filter())
    if not path:
        return None
    question = translate(
        "DatabaseDialogs",
        "Die geöffnete Datenbank „{target}“ wird durch die Sicherung „{backup}“ ersetzt. Die "
        "jetzige Datei wird vorher im Ordner „Sicherungen“ aufbewahrt.\n\nAndere Personen "
        "dürfen die Datei währenddessen nicht geöffnet haben. Fortfahren?",
    ).format(target=database_path, backup=path)
    answer = QMessageBox.question(parent, title, question)
    return path if answer == QMessageBox.StandardButton.Yes else None


def ask_after_open_error(message: str, parent: QWidget | None = None) -> str | None:
    """Show why a database did not open; return another file to try, or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DatabaseDialogs", "Datenbank lässt sich nicht öffnen"))
    box.setText(translate("DatabaseDialogs", "Die Datenbank lässt sich nicht öffnen."))
    box.setInformativeText(message)
    other = box.addButton(translate("DatabaseDialogs", "Andere Datei öffnen …"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("DatabaseDialogs", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    title = translate("DatabaseDialogs", "Datenbank öffnen")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), database_filter())
    return path or None


class NewDatabaseDialog(QDialog):
    """Where to create a new database file, and whether it starts with Rostock or empty."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDatabaseDialog")
        self.setWindowTitle(self.tr("Neue Datenbank"))
        self.setAccessibleName(self.tr("Neue Datenbank"))
        self.setMinimumWidth(520)
        self._settings = settings
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("newDatabasePath")
        self.path_edit.setAccessibleName(self.tr("Datei"))
        self.path_edit.setPlaceholderText(self.tr("z. B. {path}").format(
            path=Path(_start_dir(settings)) / "sro-neu.sqlite"))
        browse = QPushButton(self.tr("&Durchsuchen …"))
        browse.setAccessibleName(self.tr("Datei auswählen"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.rostock = QRadioButton(self.tr("&Rostock-Vorgabe: 4 Regionalräume (Arbeitstitel), "
                                            "21 Sozialräume, 31 Quartiere, Gremien"))
        self.rostock.setObjectName("seedRostock")
        self.empty = QRadioButton(self.tr("&Leer: ohne Gebiete (für eine andere Stadt)"))
        self.empty.setObjectName("seedEmpty")
        self.rostock.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.rostock)
        group.addButton(self.empty)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&Datei:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Inhalt:")))
        layout.addWidget(self.rostock)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Neue Datenbank"),
            str(Path(_start_dir(self._settings)) / "sro-neu.sqlite"), database_filter())
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        """The chosen file (with ``.sqlite`` added when there is no extension)."""
        text = self.path_edit.text().strip()
        if text and not Path(text).suffix:
            text += ".sqlite"
        return text

    def seed(self) -> str:
        """``rostock`` or ``empty``."""
        return "empty" if self.empty.isChecked() else "rostock"

    def accept(self) -> None:
        """Close only for a new file in an existing folder."""
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self._settings.set(LAST_DIRECTORY, str(Path(self.path()).parent))
        super().accept()

    def _problem(self) -> str | None:
        text = self.path()
        if not text:
            return self.tr("Datei: bitte einen Dateinamen angeben")
        path = Path(text).expanduser()
        if path.exists():
            return self.tr("Datei: „{path}“ existiert schon (eine neue Datenbank überschreibt "
                           "nie eine vorhandene Datei)").format(path=path)
        if not path.parent.is_dir():
            return self.tr("Datei: der Ordner „{folder}“ existiert nicht").format(
                folder=path.parent)
        return None


class DatabaseFiles(QObject):
    """The window's file actions: new, open, recent, backups.

    Opening another database is only *requested* here (``host.database_requested``); the
    composition root opens it and builds a new window, so that no widget outlives its database.
    """

    backup_failed = Signal(str)
    damage_found = Signal(str)  # SQLite's findings; writes are refused already
    startup_check_done = Signal(bool)  # True: the pages are intact (or could not be checked)

    def __init__(self, ctx: AppContext, host: MainWindow) -> None:
        super().__init__(host)
        self._ctx = ctx
        self._host = host
        self.backup_failed.connect(
            lambda text: host.show_error(self.tr("Tägliche Sicherung"), text))
        self.damage_found.connect(self._show_damage)

    def new_database(self) -> None:
        """Ask for a new file and its content, then request it."""
        dialog = NewDatabaseDialog(self._ctx.settings, self._host)
        self._host.open_dialog(
            dialog, lambda d: self._host.database_requested.emit(d.path(), True, d.seed()))

    def open_database(self) -> None:
        """Ask for an existing file, then request it."""
        path = choose_database_to_open(self._host, self._ctx.settings)
        if path:
            self._host.database_requested.emit(path, False, "rostock")

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The recent files, newest first; the open one and missing ones disabled."""
        menu.clear()
        current = str(self._ctx.database.path) if self._ctx.database.path else None
        files = self._ctx.settings.recent_files()
        for number, path in enumerate(files, start=1):
            shown = path.replace("&", "&&")  # a lone "&" would mark a shortcut and vanish
            action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
            action.setEnabled(path != current and Path(path).exists())
            action.triggered.connect(
                lambda _c=False, p=path: self._host.database_requested.emit(p, False, "rostock"))
        if not files:
            menu.addAction(self.tr("(keine)")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Liste &leeren"), self._ctx.settings.clear_recent_files)

    def backup(self, target: str | None = None) -> Path | None:
        """Write a backup of the open file (asking where when ``target`` is not given)."""
        path = self._ctx.database.path
        if target is None and path is not None:
            target = choose_backup_target(self._host, path)
        if not target:
            return None
        from ..storage.backup import backup_database
        from ..storage.errors import StorageError

        try:
            written = backup_database(self._ctx.database, Path(target))
        except StorageError as exc:
            self._host.show_error(self.tr("Sicherung erstellen"), exc.message)
            return None
        self._host.statusBar().showMessage(
            self.tr("Sicherung geschrieben: {path}").format(path=written), 10_000)
        return written

    def restore(self) -> None:
        """Choose a backup, confirm, and request that it replaces the open file."""
        path = self._ctx.database.path
        backup = choose_backup_to_restore(self._host, path) if path else None
        if backup:
            self._host.restore_requested.emit(backup)

    def start_startup_check(self, *, then_backup: bool = False) -> threading.Thread | None:
        """Check the open file's pages (SQLite's ``quick_check``) on a worker thread with its
        own read-only connection; with ``then_backup`` make today's copy after a clean check.

        The start skips this check (it reads the whole file, seconds on a share), so it runs
        right after the first paint. A damaged file gets its writes refused at once (before the
        GUI thread hears of it) and a message that says what to do; no backup is made of it.
        Returns the thread (tests wait for it), or None for a server database.
        """
        database = self._ctx.database
        path = database.path
        if path is None:
            self.startup_check_done.emit(True)
            return None
        refusal = damaged_write_refusal(path)
        on_network = bool(getattr(database, "on_network", False))

        def work() -> None:
            from ..storage.errors import StorageError
            from ..storage.integrity import check_pages

            try:
                # On a share the check reads a local snapshot: others' saves need not wait.
                findings = check_pages(path, via_snapshot=on_network)
            except StorageError as exc:  # locked or unreachable: no verdict, no alarm
                log.warning("Prüfung der Datenbank nach dem Start ausgelassen: %s", exc.message)
                findings = []
            except Exception:  # a worker must never die silently (nor kill the program)
                log.exception("Prüfung der Datenbank nach dem Start misslungen")
                findings = []
            if findings:
                database.refuse_writes(refusal)
                log.error("Datenbank %s beschädigt, Speichern gesperrt: %s", path,
                          "; ".join(findings))
            with contextlib.suppress(RuntimeError):  # the window may be closed already
                if findings:
                    self.damage_found.emit("\n".join(findings))
                self.startup_check_done.emit(not findings)
            if then_backup and not findings:
                self._daily_backup_work(path)

        thread = threading.Thread(target=work, name="startup-check", daemon=True)
        thread.start()
        return thread

    def _show_damage(self, findings: str) -> None:
        """Say what happened, that saving is off, and offer a backup or another file."""
        path = self._ctx.database.path
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Datenbank beschädigt"),
                          self.tr("Die Datenbank „{path}“ ist beschädigt.").format(path=path),
                          QMessageBox.StandardButton.NoButton, self._host)
        box.setObjectName("damagedDatabaseMessage")
        box.setInformativeText(self.tr(
            "Die Prüfung nach dem Öffnen hat defekte Seiten in der Datei gefunden; die "
            "Prüfung selbst hat nichts verändert.\n\n"
            "Damit der Schaden nicht größer wird, ist das Speichern jetzt gesperrt: SRO "
            "Desktop schreibt nichts mehr in diese Datei, Änderungen werden abgelehnt. Lesen "
            "geht weiter, einzelne Ansichten können aber fehlschlagen.\n\n"
            "Was zu tun ist:\n"
            "• eine Sicherung wiederherstellen: Datei → Sicherung wiederherstellen … "
            "(Sicherungen liegen in „{folder}“), oder\n"
            "• eine andere Datenbank öffnen: Datei → Öffnen …").format(
                folder=_backup_folder(path)))
        box.setDetailedText(self.tr("SQLite-Prüfung (quick_check):") + "\n" + findings)
        restore = box.addButton(self.tr("Sicherung &wiederherstellen …"),
                                QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Andere Datei ö&ffnen …"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(self.tr("Schließen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(close)
        box.setAccessibleName(self.tr("Datenbank beschädigt"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        restore.clicked.connect(self.restore)
        other.clicked.connect(self.open_database)
        box.finished.connect(box.deleteLater)
        self._host.dialog = box
        self._show_read_only_marker()
        box.open()

    def _show_read_only_marker(self) -> None:
        """A lasting note in the status bar: the message box may be closed and forgotten."""
        label = QLabel(self.tr("Speichern gesperrt: Datenbank beschädigt"))
        label.setObjectName("damagedDatabaseIndicator")
        label.setStyleSheet("color: #b3261e; font-weight: bold;")
        label.setAccessibleName(label.text())
        self._host.statusBar().addPermanentWidget(label)

    def start_daily_backup(self) -> None:
        """Make today's copy of the open file in a worker thread (once a day, kept 7 days).

        The copy is integrity-checked; a failure (a damaged database) is shown in a dialog,
        because the start itself skips the full scan.
        """
        path = self._ctx.database.path
        if path is None:
            return
        threading.Thread(target=self._daily_backup_work, args=(path,), name="daily-backup",
                         daemon=True).start()

    def _daily_backup_work(self, path: Path) -> None:
        from ..storage.backup import daily_backup
        from ..storage.errors import StorageError

        failed = self.tr("Tägliche Sicherung misslungen: {error}")
        try:
            daily_backup(path)
        except StorageError as exc:
            log.warning("Tägliche Sicherung misslungen: %s", exc.message)
            with contextlib.suppress(RuntimeError):  # the window may be closed already
                self.backup_failed.emit(failed.format(error=exc.message))


def _backup_folder(path: Path | None) -> str:
    from ..storage.backup import backup_dir

    return str(backup_dir(path)) if path is not None else ""


def damaged_write_refusal(path: Path) -> str:
    """Why a save is refused once the file failed the check: what happened and what to do."""
    return translate(
        "DatabaseDialogs",
        "Speichern nicht möglich: die Datenbank „{path}“ ist beschädigt (die Prüfung nach dem "
        "Öffnen hat defekte Seiten gefunden). Damit der Schaden nicht größer wird, schreibt SRO "
        "Desktop nichts mehr hinein; diese Änderung wurde nicht gespeichert. Bitte eine "
        "Sicherung wiederherstellen (Datei → Sicherung wiederherstellen …) oder eine andere "
        "Datenbank öffnen (Datei → Öffnen …).",
    ).format(path=path)
