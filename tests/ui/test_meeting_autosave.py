"""The autosave of the notes: timing, a concurrent edit, locked minutes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings.autosave import NotesAutosave


@pytest.fixture
def item(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        meeting = svc.plan_meeting(s, body_id=body_uuid("stadtteiltisch", "D"),
                                   day=date(2025, 2, 11))
        return next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)


def _notes(ctx: AppContext, item_id: uuid.UUID) -> str:
    with ctx.database.session() as s:
        return svc.agenda_item(s, item_id).notes


def test_saves_after_the_pause_and_at_the_latest_after_max(
    qtbot: QtBot, ctx: AppContext, item: uuid.UUID
) -> None:
    box = QPlainTextEdit()
    saver = NotesAutosave(ctx.database, idle_ms=300, max_ms=600)
    saver.attach(item, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    # Typing without a pause longer than idle_ms still saves within max_ms.
    with qtbot.waitSignal(saver.saved, timeout=3000) as blocker:
        for n in range(12):
            box.insertPlainText(f"{n} ")
            qtbot.wait(100)
    assert blocker.args is not None and blocker.args[0] == item
    first_save = blocker.args[1]
    assert first_save.startswith("0 1 2") and first_save != box.toPlainText()  # mid-typing
    saver.flush()
    qtbot.waitUntil(lambda: not saver.busy)
    assert _notes(ctx, item) == box.toPlainText()
    assert not saver.dirty


def test_concurrent_edit_is_a_conflict_not_an_overwrite(
    qtbot: QtBot, ctx: AppContext, item: uuid.UUID
) -> None:
    box = QPlainTextEdit()
    saver = NotesAutosave(ctx.database, idle_ms=50, max_ms=100)
    saver.attach(item, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    with ctx.database.write() as s:  # someone else, on the shared file
        svc.save_notes(s, item, "Fassung von Kolleg*in")
    with qtbot.waitSignal(saver.conflict, timeout=3000) as blocker:
        box.insertPlainText("Meine Fassung")
    assert blocker.args is not None and blocker.args[1] == "Fassung von Kolleg*in"
    assert _notes(ctx, item) == "Fassung von Kolleg*in"
    box.insertPlainText(" weiter")  # no autosave over the other version until resolved
    qtbot.wait(300)
    assert _notes(ctx, item) == "Fassung von Kolleg*in"
    with qtbot.waitSignal(saver.saved, timeout=3000):
        saver.overwrite(item, box.toPlainText())
    assert _notes(ctx, item) == "Meine Fassung weiter"


def test_locked_minutes_are_refused_once(qtbot: QtBot, ctx: AppContext, item: uuid.UUID) -> None:
    box = QPlainTextEdit()
    saver = NotesAutosave(ctx.database, idle_ms=50, max_ms=100)
    saver.attach(item, "", box.toPlainText)
    box.textChanged.connect(saver.touch)
    with ctx.database.write() as s:
        svc.close_minutes(s, svc.agenda_item(s, item).meeting_id)
    failures: list[str] = []
    saver.failed.connect(lambda _i, message: failures.append(message))
    with qtbot.waitSignal(saver.failed, timeout=3000):
        box.insertPlainText("zu spät")
    box.insertPlainText(" noch mehr")
    qtbot.wait(300)
    assert len(failures) == 1 and "abgeschlossen" in failures[0]
    assert _notes(ctx, item) == ""
