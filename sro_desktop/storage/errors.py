"""Errors of the storage layer, each with a German message that names the file and the rule.

The GUI shows ``error.message`` in a dialog, the CLI prints it and exits non-zero. Every error
raised while *opening* a database promises that the file was not modified: the checks behind them
run on read-only connections before anything writes.
"""

from __future__ import annotations

from pathlib import Path

UNCHANGED = "Die Datei bleibt unverändert."


def describe_target(target: str | Path) -> str:
    """The database as the user knows it: the file path, or the server URL without password."""
    text = str(target)
    if "://" in text:
        from sqlalchemy.engine import make_url

        try:
            return make_url(text).render_as_string(hide_password=True)
        except Exception:  # an unparsable URL is shown as given (it has no password to hide)
            return text
    return text


class StorageError(Exception):
    """Base of all storage errors; ``message`` is the German text for the user."""

    def __init__(self, target: str | Path, message: str) -> None:
        super().__init__(message)
        self.target = describe_target(target)
        self.message = message


class DatabaseOpenError(StorageError):
    """The database cannot be opened (or created); nothing was written."""


class MissingDatabaseError(DatabaseOpenError):
    """The file does not exist (or the server database holds no SRO Desktop data yet)."""


class NotADatabaseError(DatabaseOpenError):
    """The file is not an SQLite database at all (wrong header, empty, a folder)."""


class UnreadableDatabaseError(DatabaseOpenError):
    """The operating system refuses to let us read the file."""


class CorruptDatabaseError(DatabaseOpenError):
    """An SQLite file that is truncated or whose pages fail SQLite's own checks."""


class ForeignDatabaseError(DatabaseOpenError):
    """A healthy SQLite database of another program."""


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The file or its folder is not writable (SQLite's journal lives beside the file)."""


class LockedDatabaseError(DatabaseOpenError):
    """Another process keeps a lock on the file for longer than the busy timeout."""


class UnfinishedTransactionError(DatabaseOpenError):
    """A writer died mid-transaction (hot journal) and we were asked not to recover it."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer SRO Desktop; this version must not touch it."""

    def __init__(self, target: str | Path, revision: str, head: str) -> None:
        super().__init__(
            target,
            f"„{describe_target(target)}“ wurde mit einer neueren Version von SRO Desktop "
            f"geschrieben (Schema-Revision {revision}); diese Version kennt nur bis {head}. "
            f"{UNCHANGED} Bitte SRO Desktop aktualisieren.",
        )
        self.revision = revision
        self.head = head


class MigrationError(DatabaseOpenError):
    """A schema migration failed and was rolled back as a whole."""


class BackupError(StorageError):
    """A backup or a restore could not be made."""
