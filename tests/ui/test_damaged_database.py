"""A damaged database file (valid header and schema, one broken index page) opens fast, is
checked after the first paint, and from then on refuses every write with a German message."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import open_main_window
from sro_desktop.models import Area
from sro_desktop.storage.errors import WritesRefusedError
from sro_desktop.ui.errors import ErrorReporter, setup_logging
from sro_desktop.ui.main_window import MainWindow


@pytest.fixture
def damaged_db(seeded_db: Path, damage_index_page: Callable[[Path], None]) -> Path:
    damage_index_page(seeded_db)
    return seeded_db


def _open_and_wait(path: Path, qtbot: QtBot) -> tuple[MainWindow, list[bool]]:
    window = open_main_window(str(path))
    assert isinstance(window, MainWindow)
    verdicts: list[bool] = []
    window.files.startup_check_done.connect(verdicts.append)
    qtbot.waitUntil(lambda: bool(verdicts), timeout=20_000)
    return window, verdicts


def test_damaged_file_is_reported_and_writes_are_refused(damaged_db: Path, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    before = damaged_db.read_bytes()
    window, verdicts = _open_and_wait(damaged_db, qtbot)
    assert verdicts == [False]
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox), timeout=5_000)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "damagedDatabaseMessage" and box.isVisible()
    assert box.windowTitle() == "Datenbank beschädigt"
    assert str(damaged_db) in box.text()
    info = box.informativeText()
    assert "Speichern jetzt gesperrt" in info
    assert "Sicherung wiederherstellen" in info and "Öffnen" in info
    assert "btreeInitPage" not in box.text() + info  # SQLite's own words only in the details
    assert "btreeInitPage" in box.detailedText()
    buttons = {b.text() for b in box.buttons()}
    assert {"Sicherung &wiederherstellen …", "Andere Datei ö&ffnen …", "Schließen"} <= buttons
    indicator = window.findChild(QLabel, "damagedDatabaseIndicator")
    assert indicator is not None and indicator.isVisible()

    window.resize(1280, 800)
    assert not window.grab().isNull() and not box.grab().isNull()

    # Every write is refused before it touches the file, with the German reason.
    database = window.ctx.database
    with pytest.raises(WritesRefusedError) as info_exc, database.write() as s:
        area = s.scalars(select(Area).limit(1)).one()
        area.name += " geändert"
    assert "beschädigt" in info_exc.value.message
    assert "Sicherung wiederherstellen" in info_exc.value.message
    box.close()
    window.close()
    QApplication.processEvents()
    assert damaged_db.read_bytes() == before


def test_healthy_file_passes_the_check_silently(seeded_db: Path, qtbot: QtBot) -> None:
    window, verdicts = _open_and_wait(seeded_db, qtbot)
    assert verdicts == [True]
    assert window.ctx.database.writes_refused is None
    assert window.findChild(QLabel, "damagedDatabaseIndicator") is None
    with window.ctx.database.write() as s:
        area = s.scalars(select(Area).limit(1)).one()
        area.name += " geändert"


def test_refused_write_is_shown_as_german_message(damaged_db: Path, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    window, _ = _open_and_wait(damaged_db, qtbot)
    log_path = setup_logging(tmp_path / "logs" / "sro-desktop.log")
    reporter = ErrorReporter(log_path)
    try:
        with window.ctx.database.write():
            pass
    except WritesRefusedError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    box = reporter.dialog
    assert box.windowTitle() == "Speichern nicht möglich"
    assert box.text() == "Die Änderung wurde nicht gespeichert."
    assert "beschädigt" in box.informativeText()
    box.close()


def test_malformed_database_error_is_explained_without_sql(damaged_db: Path, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    """The error SQLite raises when a save hits the damaged page (before the check finished)
    is shown in German, without the SQL statement; the log keeps the whole trace."""
    from sro_desktop.storage.open import open_database

    database = open_database(damaged_db, verify=False)
    log_path = setup_logging(tmp_path / "logs" / "sro-desktop.log")
    reporter = ErrorReporter(log_path)
    try:
        with database.write() as s:
            area = s.scalars(select(Area).limit(1)).one()
            area.name += " geändert"
    except Exception as exc:  # sqlalchemy.exc.DatabaseError: database disk image is malformed
        assert "malformed" in str(exc)
        reporter.handle(type(exc), exc, exc.__traceback__)
    finally:
        database.close()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    box = reporter.dialog
    assert box.windowTitle() == "Datenbank beschädigt"
    assert box.text() == "Die Datenbankdatei ist beschädigt."
    shown = box.text() + box.informativeText() + box.detailedText()
    assert "[SQL:" not in shown and "INSERT" not in shown and "malformed" not in shown
    assert "Sicherung wiederherstellen" in box.informativeText()
    assert str(log_path) in box.informativeText()
    box.close()
    for handler in logging.getLogger("sro_desktop").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "malformed" in logged and "INSERT INTO audit_log" in logged


def test_database_problem_gives_forms_a_german_text(damaged_db: Path) -> None:
    """Forms and undo commands that show errors themselves get the same words, without SQL."""
    from sro_desktop.storage.open import open_database
    from sro_desktop.ui.errors import database_problem

    database = open_database(damaged_db, verify=False)
    try:
        with pytest.raises(Exception) as info, database.write() as s:
            s.scalars(select(Area).limit(1)).one().name += " geändert"
        text = database_problem(info.value)
        assert text is not None and text.startswith("Die Datenbankdatei ist beschädigt.")
        assert "[SQL:" not in text and "INSERT" not in text
        database.refuse_writes("Speichern nicht möglich: beschädigt.")
        with pytest.raises(WritesRefusedError) as refused, database.write():
            pass
        assert database_problem(refused.value) == (
            "Die Änderung wurde nicht gespeichert.\n\nSpeichern nicht möglich: beschädigt.")
        assert database_problem(RuntimeError("Programmfehler")) is None
    finally:
        database.close()


@pytest.mark.parametrize("damage", [False, True], ids=["healthy", "damaged"])
def test_daily_backup_follows_a_clean_check_only(seeded_db: Path, qtbot: QtBot, damage: bool,
                                                 damage_index_page: Callable[[Path], None]
                                                 ) -> None:
    """``run_gui`` chains today's backup to the check: never a copy of a damaged file."""
    from sro_desktop.storage.backup import backup_dir, daily_backups

    window, _ = _open_and_wait(seeded_db, qtbot)  # the check of open_main_window: no backup
    assert not backup_dir(seeded_db).exists()
    if damage:
        damage_index_page(seeded_db)
    thread = window.files.start_startup_check(then_backup=True)
    assert thread is not None
    thread.join(timeout=30)
    assert not thread.is_alive()
    copies = daily_backups(seeded_db) if backup_dir(seeded_db).exists() else []
    assert len(copies) == (0 if damage else 1)
    assert (window.ctx.database.writes_refused is not None) is damage
    QApplication.processEvents()


def test_explanations_follow_sqlites_result_code_not_its_wording() -> None:
    """The kind of failure is read from SQLite's result code (the text varies by version and
    language); an I/O error reads as an unreachable file, other errors stay program errors."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from sro_desktop.ui.errors import explain

    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
    wrapped = OperationalError("INSERT INTO audit_log …", {}, io)
    explanation = explain(wrapped)
    assert explanation is not None and explanation.title == "Datenbank nicht erreichbar"
    assert "INSERT" not in explanation.text + explanation.informative
    other = sqlite3.OperationalError("no such table: x")
    other.sqlite_errorname = "SQLITE_ERROR"  # type: ignore[attr-defined]
    assert explain(OperationalError("SELECT …", {}, other)) is None
