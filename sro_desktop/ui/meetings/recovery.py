"""A local copy of the notes the autosave has not stored yet, for recovery after a crash.

The autosave writes to the shared file or the PostgreSQL server; while that is unreachable, a
failing save is retried from memory. So that a laptop that dies meanwhile loses nothing, every
text handed to a save is first written here, in the user's local data directory (the same
directory as the log: QStandardPaths AppLocalDataLocation, never roaming), and the copy is
deleted once the database holds the text. Opening the meeting again offers what is left.

One small JSON file per agenda item, replaced atomically (write, fsync, rename): a crash during
the write leaves the previous copy, and two processes never rewrite each other's entries.
Writing the copy must never stop the autosave, so errors are logged, not raised.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("sro_desktop")

FOLDER = "unsaved-notes"
FORMAT = 1
REPLACE_TRIES = 5  # on Windows a virus scanner may hold the file for a moment

# Writers (autosaves) alive in this process. Their copies are not offered for recovery: the
# autosave still holds the text and retries it.
_live_writers: set[str] = set()


def register_writer() -> str:
    """A token for a new writer, counted as alive until :func:`release_writer`."""
    token = uuid.uuid4().hex
    _live_writers.add(token)
    return token


def release_writer(token: str) -> None:
    """The writer is gone (its editor closed or crashed): its copies may be offered."""
    _live_writers.discard(token)


@dataclass(frozen=True)
class UnsavedNotes:
    """One item's notes that were handed to a save and not (yet) stored."""

    path: Path
    database: str
    meeting_id: uuid.UUID | None
    item_id: uuid.UUID
    text: str
    base: str | None  # the stored notes the text started from (None when unknown)
    written_at: datetime
    user: str
    writer: str

    @property
    def live(self) -> bool:
        """Still held by an autosave of this process."""
        return self.writer in _live_writers


def default_directory() -> Path:
    """``unsaved-notes`` in the program's local data directory."""
    from ..errors import data_directory  # Qt paths; imported here to keep this module light

    return data_directory() / FOLDER


def _database_key(database: str) -> str:
    return hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]


class NotesJournal:
    """The local copies of one database's unsaved notes, in ``directory``."""

    def __init__(self, database: str, directory: Path | None = None) -> None:
        self.database = database
        self.directory = directory if directory is not None else default_directory()
        self._prefix = _database_key(database)

    def _path(self, item_id: uuid.UUID) -> Path:
        return self.directory / f"{self._prefix}-{item_id.hex}.json"

    def record(
        self,
        item_id: uuid.UUID,
        text: str,
        *,
        base: str | None,
        meeting_id: uuid.UUID | None,
        user: str,
        writer: str,
    ) -> bool:
        """Keep ``text`` as the item's unsaved notes (replacing an older copy); False when the
        copy could not be written (logged)."""
        entry = {
            "format": FORMAT,
            "database": self.database,
            "meeting_id": str(meeting_id) if meeting_id else None,
            "item_id": str(item_id),
            "text": text,
            "base": base,
            "written_at": datetime.now(UTC).isoformat(),
            "user": user,
            "writer": writer,
        }
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomically(self._path(item_id), json.dumps(entry, ensure_ascii=False))
        except OSError:
            log.warning("Lokale Kopie der Notizen nicht geschrieben", exc_info=True)
            return False
        return True

    def clear(self, item_id: uuid.UUID, text: str | None = None) -> None:
        """Drop the item's copy; with ``text`` only when the copy holds that text (a newer copy
        belongs to a save still queued)."""
        path = self._path(item_id)
        if text is not None:
            entry = _read(path)
            if entry is None or entry.text != text:
                return
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("Lokale Kopie der Notizen nicht gelöscht: %s", path, exc_info=True)

    def entry(self, item_id: uuid.UUID) -> UnsavedNotes | None:
        """The item's copy, if any."""
        return _read(self._path(item_id))

    def entries(self) -> list[UnsavedNotes]:
        """All copies of this database, oldest first."""
        if not self.directory.is_dir():
            return []
        found = (_read(p) for p in self.directory.glob(f"{self._prefix}-*.json"))
        return sorted((e for e in found if e is not None and e.database == self.database),
                      key=lambda e: e.written_at)

    def offered(self) -> list[UnsavedNotes]:
        """The copies to offer for recovery: those no autosave of this process still holds."""
        return [e for e in self.entries() if not e.live]


def _write_atomically(path: Path, content: str) -> None:
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())  # the copy exists to survive a power cut
        for attempt in range(REPLACE_TRIES):
            try:
                os.replace(temp, path)
                break
            except PermissionError:
                if attempt == REPLACE_TRIES - 1:
                    raise
                time.sleep(0.05)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _read(path: Path) -> UnsavedNotes | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        meeting = data.get("meeting_id")
        return UnsavedNotes(
            path=path,
            database=str(data["database"]),
            meeting_id=uuid.UUID(meeting) if meeting else None,
            item_id=uuid.UUID(data["item_id"]),
            text=str(data["text"]),
            base=data.get("base"),
            written_at=datetime.fromisoformat(data["written_at"]),
            user=str(data.get("user", "")),
            writer=str(data.get("writer", "")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("Lokale Kopie der Notizen unlesbar: %s", path, exc_info=True)
        return None


def for_meeting(entries: Iterable[UnsavedNotes], meeting_id: uuid.UUID,
                item_meetings: dict[uuid.UUID, uuid.UUID]) -> list[UnsavedNotes]:
    """The entries of one meeting; ``item_meetings`` maps items to their meetings for entries
    written before their meeting was known."""
    return [e for e in entries
            if (e.meeting_id or item_meetings.get(e.item_id)) == meeting_id]
