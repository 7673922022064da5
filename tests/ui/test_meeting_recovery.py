"""Notes the autosave could not store survive in a local copy and are offered again.

The failing save is real: another connection holds the write lock (``BEGIN IMMEDIATE``) while
the autosave tries, with a short busy timeout. The "crash" is the autosave being destroyed
while its save still fails; a new window on the same database then offers the text.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import AgendaKind
from sro_desktop.services import meetings as svc
from sro_desktop.storage import database as database_module
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings import MeetingPanel
from sro_desktop.ui.meetings.autosave import NotesAutosave
from sro_desktop.ui.meetings.recovery import NotesJournal
from sro_desktop.ui.meetings.recovery_dialog import RecoveryDialog

STT = body_uuid("stadtteiltisch", "D")
TEXT = "Bewohner*innen wünschen eine Sitzbank am Spielplatz."


@pytest.fixture
def quick_db(seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The test's database with a busy timeout of 0.2 s, so that a held lock fails fast."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    database = open_database(seeded_db, user="protokoll")
    yield database
    database.close()


@pytest.fixture
def item(quick_db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with quick_db.write() as s:
        meeting = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
        return meeting, next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)


def _notes(database: Database, item_id: uuid.UUID) -> str:
    with database.session() as s:
        return svc.agenda_item(s, item_id).notes


class _Lock:
    """Another program holding the write lock of the file."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.rollback()
        self.connection.close()


def _fail_a_save(qtbot: QtBot, database: Database, meeting: uuid.UUID, item_id: uuid.UUID,
                 text: str = TEXT) -> NotesJournal:
    """Type into an autosave while the file is locked, then let the autosave die (a crash)."""
    box = QPlainTextEdit()
    saver = NotesAutosave(database, idle_ms=30, max_ms=60)
    saver.meeting_id = meeting
    saver.attach(item_id, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    lock = _Lock(database.path)  # type: ignore[arg-type]
    try:
        with qtbot.waitSignal(saver.failed, timeout=5000) as blocker:
            box.insertPlainText(text)
        assert blocker.args is not None and "nicht gespeichert" in blocker.args[1]
        journal = saver.journal
        entry = journal.entry(item_id)
        assert entry is not None and entry.text == text and entry.meeting_id == meeting
        assert entry.live and journal.offered() == []  # still retried by its autosave
        saver.pool.waitForDone(5000)
        shiboken6.delete(saver)  # the laptop dies: nothing retries any more
    finally:
        lock.release()
    assert _notes(database, item_id) == ""
    return journal


def _panel(qtbot: QtBot, path: Path) -> tuple[MeetingPanel, AppContext]:
    """A new window on the same file."""
    ctx = build_context(open_database(path, user="protokoll"))
    panel = MeetingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, ctx


def test_the_local_copy_lives_in_the_data_directory_and_goes_when_saved(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    _meeting, item_id = item
    box = QPlainTextEdit()
    saver = NotesAutosave(quick_db, idle_ms=30, max_ms=60)
    assert saver.journal.directory.is_relative_to(tmp_path)  # conftest: XDG_DATA_HOME
    saver.attach(item_id, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    with qtbot.waitSignal(saver.saved, timeout=3000):
        box.insertPlainText("Erster Satz.")
    assert _notes(quick_db, item_id) == "Erster Satz."
    assert saver.journal.entries() == []


def test_a_failed_save_is_offered_in_a_new_window(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], seeded_db: Path
) -> None:
    meeting, item_id = item
    journal = _fail_a_save(qtbot, quick_db, meeting, item_id)
    assert [e.text for e in journal.offered()] == [TEXT]

    panel, ctx = _panel(qtbot, seeded_db)
    assert "Nicht gespeicherte Notizen gefunden (Stadtteiltisch Groß Klein, 11.02.2025)" in (
        panel.message.text())
    panel.open_meeting(meeting)
    dialog = panel.recovery.dialog
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    assert dialog.stored.toPlainText() == ""
    assert dialog.unsaved.toPlainText() == TEXT
    assert not dialog.warning.isVisible()
    dialog.restore_button.click()
    assert _notes(ctx.database, item_id) == TEXT
    assert panel.editor.current_item is not None and panel.editor.current_item.id == item_id
    assert panel.editor.notes.notes.toPlainText() == TEXT
    assert journal.entries() == []
    assert panel.notice == "Nicht gespeicherte Notizen übernommen."
    panel.editor.flush()
    ctx.database.close()


def test_newer_stored_notes_are_never_overwritten_unseen(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], seeded_db: Path
) -> None:
    meeting, item_id = item
    journal = _fail_a_save(qtbot, quick_db, meeting, item_id)
    with quick_db.write() as s:  # a colleague wrote the notes after the failed save
        svc.save_notes(s, item_id, "Fassung der Kollegin")
    panel, ctx = _panel(qtbot, seeded_db)
    panel.open_meeting(meeting)
    dialog = panel.recovery.dialog
    assert isinstance(dialog, RecoveryDialog)
    assert dialog.stored.toPlainText() == "Fassung der Kollegin"
    assert dialog.warning.isVisible() and "geändert" in dialog.warning.text()
    with quick_db.write() as s:  # and once more while the dialog is open
        svc.save_notes(s, item_id, "Noch neuere Fassung")
    dialog.restore_button.click()
    assert _notes(ctx.database, item_id) == "Noch neuere Fassung"
    assert panel.notice.startswith("Kopie nicht übernommen: Notizen zu TOP")
    assert [e.text for e in journal.entries()] == [TEXT]  # the copy stays
    panel.editor.flush()
    ctx.database.close()


def test_a_copy_the_database_already_holds_is_dropped_without_asking(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], seeded_db: Path
) -> None:
    meeting, item_id = item
    journal = _fail_a_save(qtbot, quick_db, meeting, item_id)
    with quick_db.write() as s:  # the save reached the file after all
        svc.save_notes(s, item_id, TEXT)
    panel, ctx = _panel(qtbot, seeded_db)
    panel.open_meeting(meeting)
    assert panel.recovery.dialog is None
    assert journal.entries() == []
    panel.editor.flush()
    ctx.database.close()


def test_locked_minutes_allow_copying_and_discarding_only(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], seeded_db: Path
) -> None:
    meeting, item_id = item
    journal = _fail_a_save(qtbot, quick_db, meeting, item_id)
    with quick_db.write() as s:
        svc.close_minutes(s, meeting)
    panel, ctx = _panel(qtbot, seeded_db)
    panel.open_meeting(meeting)
    dialog = panel.recovery.dialog
    assert isinstance(dialog, RecoveryDialog)
    assert not dialog.restore_button.isEnabled()
    assert "abgeschlossen" in dialog.warning.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == TEXT
    dialog.later_button.click()  # asked again next time
    assert [e.text for e in journal.entries()] == [TEXT]
    panel.show_list()
    panel.open_meeting(meeting)
    dialog = panel.recovery.dialog
    assert isinstance(dialog, RecoveryDialog)
    dialog.discard_button.click()
    assert journal.entries() == [] and panel.recovery.dialog is None
    assert _notes(ctx.database, item_id) == ""
    ctx.database.close()


def test_copies_of_another_database_are_not_offered(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    meeting, item_id = item
    journal = _fail_a_save(qtbot, quick_db, meeting, item_id)
    other = NotesJournal("sqlite:///anderswo.sqlite", journal.directory)
    assert other.entries() == [] and len(journal.entries()) == 1


def test_the_main_window_announces_unsaved_notes_at_start(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID], seeded_db: Path
) -> None:
    from sro_desktop.app import ensure_application, open_main_window
    from sro_desktop.ui.main_window import MainWindow

    meeting, item_id = item
    ensure_application()  # the program's names first: they choose the data directory
    _fail_a_save(qtbot, quick_db, meeting, item_id)
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.startup_done, timeout=10_000)
    # The meetings panel was built only to say where the notes wait; the tab is not forced.
    panel = window.meeting_panel
    assert panel is not None and window.tabs.currentIndex() == 0
    assert "Nicht gespeicherte Notizen gefunden" in panel.message.text()  # type: ignore[attr-defined]
    window.close()


def test_refused_writes_stop_the_retries_and_keep_the_local_copy(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """A damaged file (saving switched off) is not retried every few seconds; the text waits
    in the local copy."""
    _meeting, item_id = item
    quick_db.refuse_writes("Speichern nicht möglich: die Datenbank ist beschädigt.")
    box = QPlainTextEdit()
    saver = NotesAutosave(quick_db, idle_ms=30, max_ms=60)
    saver.attach(item_id, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    failures: list[str] = []
    saver.failed.connect(lambda _item, message: failures.append(message))
    with qtbot.waitSignal(saver.failed, timeout=3000):
        box.insertPlainText(TEXT)
    qtbot.wait(300)  # ten idle intervals: a retry would have failed again by now
    assert failures == ["Speichern nicht möglich: die Datenbank ist beschädigt."]
    entry = saver.journal.entry(item_id)
    assert entry is not None and entry.text == TEXT
    saver.pool.waitForDone(3000)


def test_taking_the_other_version_drops_the_local_copy(
    qtbot: QtBot, quick_db: Database, item: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """The own text is given up on purpose: its copy goes, after the save that wrote it."""
    _meeting, item_id = item
    box = QPlainTextEdit()
    saver = NotesAutosave(quick_db, idle_ms=30, max_ms=60)
    saver.attach(item_id, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    with quick_db.write() as s:
        svc.save_notes(s, item_id, "Andere Fassung", base_text="")
    with qtbot.waitSignal(saver.conflict, timeout=3000) as blocker:
        box.insertPlainText(TEXT)
    assert blocker.args is not None and blocker.args[1] == "Andere Fassung"
    entry = saver.journal.entry(item_id)
    assert entry is not None and entry.text == TEXT  # written before the refused save
    saver.accept_theirs(item_id, "Andere Fassung")
    assert saver.pool.waitForDone(3000)
    assert saver.journal.entry(item_id) is None
    assert _notes(quick_db, item_id) == "Andere Fassung"
