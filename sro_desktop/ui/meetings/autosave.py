"""Autosave of the notes being typed: never more than a few seconds of typing at risk.

A save starts ``idle_ms`` after the last keystroke, and at the latest ``max_ms`` after the first
unsaved one while the typing goes on. The write runs on a one-thread pool with its own session
(``Database.write``: BEGIN IMMEDIATE, ``synchronous=FULL``), so a slow disk or a lock held by
somebody else never delays a keystroke; one thread also keeps the saves in order. Keystrokes
only restart timers: the text is read once per save, not once per key.

Before the worker saves a text it copies it to a local journal (``recovery.NotesJournal``),
and it drops the copy once the database holds it: while the shared file or the server is
unreachable, a failing save is retried from memory, and a laptop that dies meanwhile would
otherwise lose everything since the last successful save. The copy is written and dropped on the
worker too (it fsyncs, and on Windows may retry a rename), in the same order as the saves.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from ...services.meetings import MeetingRuleError, NotesConflictError, save_notes
from ...storage.database import Database
from ...storage.errors import WritesRefusedError
from .recovery import NotesJournal, register_writer, release_writer

IDLE_MS = 2000
MAX_MS = 5000


@dataclass(frozen=True)
class _Snapshot:
    item_id: uuid.UUID
    text: str
    base: str | None


@dataclass(frozen=True)
class _Copy:
    """What the local copy of a snapshot records besides its text."""

    journal: NotesJournal
    stored: str | None  # the notes known to be in the database when the save was handed over
    meeting_id: uuid.UUID | None
    user: str
    writer: str


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    saved = Signal(object, str)  # item id, saved text
    conflict = Signal(object, str, str)  # item id, the other text, message
    # item id, message, the text that was not saved, whether trying again may help
    failed = Signal(object, str, str, bool)


class _SaveJob(QRunnable):
    def __init__(
        self, database: Database, snapshot: _Snapshot, copy: _Copy, signals: _Signals
    ) -> None:
        super().__init__()
        self.database = database
        self.snapshot = snapshot
        self.copy = copy
        self.signals = signals

    def run(self) -> None:
        snap, copy = self.snapshot, self.copy
        copy.journal.record(
            snap.item_id, snap.text, base=copy.stored,
            meeting_id=copy.meeting_id, user=copy.user, writer=copy.writer,
        )
        try:
            with self.database.write() as session:
                save_notes(session, snap.item_id, snap.text, base_text=snap.base)
        except NotesConflictError as exc:
            self.signals.conflict.emit(snap.item_id, exc.current_text, exc.message)
        except MeetingRuleError as exc:
            self.signals.failed.emit(snap.item_id, exc.message, snap.text, False)
        except WritesRefusedError as exc:
            # The file is damaged and saving is off for good: the local copy keeps the text,
            # trying again every few seconds cannot help.
            self.signals.failed.emit(snap.item_id, exc.message, snap.text, False)
        except Exception as exc:  # a locked or vanished file must not kill the worker silently
            message = QCoreApplication.translate(
                "NotesAutosave", "Notizen nicht gespeichert: {error}").format(error=exc)
            self.signals.failed.emit(snap.item_id, message, snap.text, True)
        else:
            copy.journal.clear(snap.item_id, snap.text)
            self.signals.saved.emit(snap.item_id, snap.text)


class NotesAutosave(QObject):
    """Debounced background saving of one agenda item's notes at a time.

    ``attach`` names the item and how to read its text; ``touch`` is called on every change;
    ``detach`` (switching items) and ``flush`` (closing) save what is pending at once.
    """

    saved = Signal(object, str)
    conflict = Signal(object, str, str)
    failed = Signal(object, str)
    state_changed = Signal(str)

    def __init__(
        self,
        database: Database,
        *,
        idle_ms: int = IDLE_MS,
        max_ms: int = MAX_MS,
        journal: NotesJournal | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.journal = journal if journal is not None else NotesJournal(database.url)
        # Copies of this autosave are not offered for recovery while it lives (it retries them).
        self._writer = register_writer()
        self.destroyed.connect(functools.partial(release_writer, self._writer))
        # The meeting being edited, stored with the local copy (set by whoever loads one).
        self.meeting_id: uuid.UUID | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # No parent: the running job keeps its own reference, so an editor closed while a
        # save runs does not delete the object the worker reports through.
        self._signals = _Signals()
        self._signals.saved.connect(self._on_saved)
        self._signals.conflict.connect(self._on_conflict)
        self._signals.failed.connect(self._on_failed)
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self.save_now)
        self._max = QTimer(self, singleShot=True, interval=max_ms)
        self._max.timeout.connect(self.save_now)
        self._item_id: uuid.UUID | None = None
        self._read: Callable[[], str] | None = None
        self._dirty = False
        self._in_flight = 0
        self._base: dict[uuid.UUID, str | None] = {}  # last text handed to a save, per item
        self._stored: dict[uuid.UUID, str] = {}  # the notes known to be in the database
        self._blocked: set[uuid.UUID] = set()  # items in conflict: no autosave until resolved
        self.last_saved_at: datetime | None = None
        self.last_error = ""

    # --- editing --------------------------------------------------------------------

    def attach(self, item_id: uuid.UUID, stored_text: str, read: Callable[[], str]) -> None:
        """Start tracking an item whose stored notes are ``stored_text``."""
        self.detach()
        self._item_id = item_id
        self._read = read
        self._base[item_id] = stored_text
        self._stored[item_id] = stored_text
        self._blocked.discard(item_id)

    def detach(self) -> None:
        """Stop tracking the current item, saving what is pending first."""
        if self._dirty:
            self.save_now()
        self._item_id = None
        self._read = None

    def known_text(self, item_id: uuid.UUID) -> str | None:
        """The newest text of an item this editor handed to a save (None when unknown); newer
        than the stored notes while that save is still queued."""
        return self._base.get(item_id)

    def forget(self) -> None:
        """Drop what is known about items (another meeting is opened; call ``flush`` first)."""
        self.detach()
        self._base.clear()
        self._stored.clear()
        self._blocked.clear()

    def touch(self) -> None:
        """The text changed: (re)start the idle timer, start the max timer if idle."""
        if self._item_id is None:
            return
        if not self._dirty:
            self._dirty = True
            self._max.start()
            self.state_changed.emit("dirty")
        self._idle.start()

    @property
    def dirty(self) -> bool:
        """Unsaved typing exists (not yet handed to a save)."""
        return self._dirty

    @property
    def busy(self) -> bool:
        """A save is queued or running."""
        return self._in_flight > 0

    def save_now(self) -> None:
        """Hand the current text to the worker now (no-op when nothing is pending)."""
        self._idle.stop()
        self._max.stop()
        if not self._dirty or self._item_id is None or self._read is None:
            return
        self._dirty = False
        if self._item_id in self._blocked:
            return
        text = self._read()
        base = self._base.get(self._item_id)
        if text == base:
            return
        self._base[self._item_id] = text
        self._submit(_Snapshot(self._item_id, text, base))

    def _submit(self, snapshot: _Snapshot) -> None:
        copy = _Copy(self.journal, self._stored.get(snapshot.item_id), self.meeting_id,
                     self.database.user, self._writer)
        self._in_flight += 1
        self.state_changed.emit("saving")
        self.pool.start(_SaveJob(self.database, snapshot, copy, self._signals))

    def flush(self, timeout_ms: int = 10_000) -> bool:
        """Save what is pending and wait for all saves (closing, switching meetings)."""
        self.save_now()
        done = self.pool.waitForDone(timeout_ms)
        return done

    def overwrite(self, item_id: uuid.UUID, text: str) -> None:
        """Resolve a conflict by saving ``text`` over the other version."""
        self._blocked.discard(item_id)
        self._base[item_id] = text
        self._submit(_Snapshot(item_id, text, None))

    def accept_theirs(self, item_id: uuid.UUID, text: str) -> None:
        """Resolve a conflict by taking the other version as the new base (the own unsaved
        text is given up on purpose, so its local copy goes too)."""
        self._blocked.discard(item_id)
        self._base[item_id] = text
        self._stored[item_id] = text
        # On the worker, after any copy of a save still queued there.
        self.pool.start(functools.partial(self.journal.clear, item_id))
        if item_id == self._item_id:
            self._dirty = False

    # --- results from the worker --------------------------------------------------------

    def _on_saved(self, item_id: uuid.UUID, text: str) -> None:
        self._in_flight -= 1
        self._stored[item_id] = text  # the worker has dropped its local copy
        self.last_saved_at = datetime.now()
        self.last_error = ""
        self.saved.emit(item_id, text)
        if not self._in_flight and not self._dirty:
            self.state_changed.emit("saved")

    def _on_conflict(self, item_id: uuid.UUID, theirs: str, message: str) -> None:
        self._in_flight -= 1
        self._blocked.add(item_id)
        self._stored[item_id] = theirs
        self.last_error = message
        self.conflict.emit(item_id, theirs, message)
        self.state_changed.emit("conflict")

    def _on_failed(self, item_id: uuid.UUID, message: str, text: str, retry: bool) -> None:
        self._in_flight -= 1
        self.last_error = message
        self._base[item_id] = None
        if not retry:  # refused by a rule (minutes locked): trying again cannot help
            self._blocked.add(item_id)
        elif item_id == self._item_id:
            # The editor still holds the text: the next timer tries again with what is there.
            self._dirty = True
            self._idle.start()
        else:
            retry_save = _Snapshot(item_id, text, None)
            QTimer.singleShot(self._idle.interval(), self, lambda: self._submit(retry_save))
        self.failed.emit(item_id, message)
        self.state_changed.emit("failed")
