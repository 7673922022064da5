"""Crash safety of the minutes: a process killed right after the autosave interval loses
nothing that was typed before it.

A child process opens the meeting editor (offscreen), types like a keyboard and is killed
with SIGKILL as soon as the autosave reports the write, at the latest ``IDLE_MS`` plus a
margin after the last keystroke. The database is reopened as after a crash (hot journal
recovery included) and must hold the text. When the file cannot be written (another program
holds the lock), the text must be in the local copy instead.
"""

from __future__ import annotations

import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest

from sro_desktop.models import AgendaKind
from sro_desktop.services import meetings as svc
from sro_desktop.storage.open import open_database
from sro_desktop.storage.search_index import install_search_index
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings.autosave import IDLE_MS
from sro_desktop.ui.meetings.recovery import NotesJournal

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32",
                                                   reason="SIGKILL gibt es nur unter POSIX")]
REPO = Path(__file__).resolve().parents[2]
MARGIN_S = 1.5

CHILD = r"""
import sys, uuid
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sro_desktop.app import build_context, ensure_application
from sro_desktop.storage.open import open_database
from sro_desktop.ui.meetings import MeetingEditor

db_path, meeting_id, item_id, first, second = sys.argv[1:6]
app = ensure_application()
ctx = build_context(open_database(db_path))
editor = MeetingEditor(ctx)  # the real autosave intervals
editor.load(uuid.UUID(meeting_id), uuid.UUID(item_id))
editor.show()
notes = editor.notes.notes

def type_text(text):
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

saves = []

def on_saved(_item, text):
    saves.append(text)
    print("SAVED", len(text), flush=True)
    if len(saves) == 1:
        type_text(second)  # typing goes on; this part may be lost by the kill
        print("TYPED2", flush=True)

editor.autosave.saved.connect(on_saved)
editor.autosave.meeting_id = uuid.UUID(meeting_id)
print("JOURNAL", editor.autosave.journal.directory, flush=True)
if sys.argv[6:] == ["wait"]:  # the parent locks the file, then says go
    sys.stdin.readline()

def start():
    notes.setFocus()
    type_text(first)
    print("TYPED", flush=True)

QTimer.singleShot(0, start)
app.exec()
"""


def _lines(proc: subprocess.Popen[str], deadline: float) -> list[tuple[float, str]]:
    """Lines of the child until "SAVED" or the deadline, with their arrival times."""
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    seen: list[tuple[float, str]] = []
    while time.monotonic() < deadline:
        if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        line = proc.stdout.readline()
        if not line:
            break
        seen.append((time.monotonic(), line.strip()))
        if line.startswith("SAVED"):
            break
        if line.strip() == "TYPED":
            # From the last keystroke on, the save is due within the interval.
            deadline = time.monotonic() + IDLE_MS / 1000 + MARGIN_S
    sel.close()
    return seen


def _meeting(tmp_path: Path) -> tuple[Path, str, uuid.UUID, uuid.UUID]:
    path = tmp_path / "sro.sqlite"
    database = open_database(path, create=True, seed="rostock")
    with database.engine.begin() as conn:
        install_search_index(conn)
    with database.write() as s:
        meeting = svc.plan_meeting(s, body_id=body_uuid("stadtteiltisch", "D"),
                                   day=date.today())
        item = next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
    url = database.url
    database.close()
    return path, url, meeting, item


def _child(tmp_path: Path, path: Path, meeting: uuid.UUID, item: uuid.UUID, first: str,
           second: str, *flags: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SRO_USER="protokoll",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(meeting), str(item), first, second, *flags],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, cwd=REPO)


def test_kill_after_the_autosave_interval_loses_nothing_saved(tmp_path: Path) -> None:
    path, _url, meeting, item = _meeting(tmp_path)
    first = "Bewohner*innen wünschen Sitzbänke an der Straße; Fußballtore fehlen."
    second = " Noch nicht gespeichert."
    proc = _child(tmp_path, path, meeting, item, first, second)
    try:
        seen = _lines(proc, time.monotonic() + 60)  # start-up may take a while on CI
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    words = [text for _t, text in seen]
    assert "TYPED" in words, f"child did not start: {err[-2000:]}"
    typed_at = next(t for t, text in seen if text == "TYPED")
    saved = [(t, text) for t, text in seen if text.startswith("SAVED")]
    assert saved, "no autosave within the interval"
    assert saved[0][0] - typed_at <= IDLE_MS / 1000 + MARGIN_S

    reopened = open_database(path)  # recovers a hot journal if the kill hit a write
    try:
        with reopened.session() as s:
            notes = svc.agenda_item(s, item).notes
            check = s.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        reopened.close()
    assert notes.startswith(first)
    assert check == "ok"



def test_kill_while_the_file_is_locked_keeps_the_text_in_the_local_copy(
    tmp_path: Path,
) -> None:
    path, url, meeting, item = _meeting(tmp_path)
    first = "Flutlicht am Bolzplatz fehlt; Jugendliche wünschen längere Öffnungszeiten."
    proc = _child(tmp_path, path, meeting, item, first, "", "wait")
    lock = sqlite3.connect(path, isolation_level=None)
    journal_dir: Path | None = None
    try:
        assert proc.stdout is not None and proc.stdin is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and journal_dir is None:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("JOURNAL "):
                journal_dir = Path(line.removeprefix("JOURNAL ").strip())
        assert journal_dir is not None, "child did not start"
        # The share becomes unreachable: no save can get through any more.
        lock.execute("BEGIN IMMEDIATE")
        proc.stdin.write("go\n")
        proc.stdin.flush()
        journal = NotesJournal(url, journal_dir)
        # The copy is written before the save waits for the lock.
        until = time.monotonic() + IDLE_MS / 1000 + 10
        while time.monotonic() < until and journal.entry(item) is None:
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        if lock.in_transaction:
            lock.rollback()
        lock.close()
    entry = journal.entry(item)
    assert entry is not None, "no local copy"
    assert entry.text == first and entry.meeting_id == meeting and entry.base == ""
    assert entry.user == "protokoll"
    assert journal.offered() == [entry]  # its writer is dead: offered on the next opening
    reopened = open_database(path)
    try:
        with reopened.session() as s:
            assert svc.agenda_item(s, item).notes == ""
    finally:
        reopened.close()
