"""Errors of the storage layer, each with a German message that names the file and the rule.

The GUI shows ``error.message`` in a dialog, the CLI prints it and exits non-zero. Every error
raised while *opening* a database promises that the file was not modified: the checks behind them
run on read-only connections before anything writes.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

UNCHANGED = "Die Datei bleibt unverändert."
SERVER_UNCHANGED = "Die Datenbank bleibt unverändert."
MIN_BARE_SECRET = 4

# "scheme://user:password@host…": what to blank out of a URL that SQLAlchemy cannot parse.
_URL_PASSWORD = re.compile(r"(?P<head>://[^/:@\s]*:)(?P<password>[^@\s]*)(?P<tail>@)")


def is_server_target(target: str | Path) -> bool:
    """True for a server URL (``postgresql+psycopg://…``), False for a file path."""
    return "://" in str(target)


def unchanged(target: str | Path) -> str:
    """The promise after a refusal: the *file* stays unchanged, or the server *database*."""
    return SERVER_UNCHANGED if is_server_target(target) else UNCHANGED


def _password_of(text: str) -> str | None:
    match = _URL_PASSWORD.search(text)
    return match.group("password") if match and match.group("password") else None


def describe_target(target: str | Path) -> str:
    """The database as the user knows it: the file path, or the server URL without password."""
    text = str(target)
    if is_server_target(text):
        from sqlalchemy.engine import make_url

        try:
            return make_url(text).render_as_string(hide_password=True)
        except Exception:
            # Unparsable for SQLAlchemy, but it may still carry a password: blank it out.
            return _URL_PASSWORD.sub(r"\g<head>***\g<tail>", text)
    return text


def hide_password(text: str, target: str | Path) -> str:
    """``text`` with the password of the server URL ``target`` replaced by ``***``.

    Driver messages and exception texts may quote the URL or the connection string; no message
    of this program may show the password, so every storage error passes through here.
    """
    if not is_server_target(target):
        return text
    raw = str(target)
    # The URL itself first, then the password wherever else it appears.
    text = text.replace(raw, describe_target(raw))
    secrets: set[str] = set()
    try:
        from sqlalchemy.engine import make_url

        password = make_url(raw).password
        if password:
            secrets.add(str(password))
    except Exception:
        pass
    found = _password_of(raw)
    if found:
        secrets.update({found, unquote(found)})
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(f":{secret}@", ":***@").replace(f"password={secret}", "password=***")
        # A bare occurrence too, unless the password is so short that blanking it would
        # mangle ordinary words of the message.
        if len(secret) >= MIN_BARE_SECRET:
            text = text.replace(secret, "***")
    return text


def empty_server_message(target: str | Path) -> str:
    """What ``list``, ``check`` and the window say about a server database without tables."""
    return (
        f"„{describe_target(target)}“ enthält noch keine SRO-Desktop-Daten (die Datenbank ist "
        f"leer). Anlegen mit „sro-desktop init --db …“."
    )


class StorageError(Exception):
    """Base of all storage errors; ``message`` is the German text for the user."""

    def __init__(self, target: str | Path, message: str) -> None:
        message = hide_password(message, target)
        super().__init__(message)
        self.target = describe_target(target)
        self.message = message


class DatabaseOpenError(StorageError):
    """The database cannot be opened (or created); nothing was written."""


class MissingDatabaseError(DatabaseOpenError):
    """The file does not exist (or the server database holds no SRO Desktop data yet)."""


class DatabaseExistsError(DatabaseOpenError):
    """``init`` was asked for a new database, but the file exists or the server database holds
    tables already; nothing was written."""


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
            f"{unchanged(target)} Bitte SRO Desktop aktualisieren.",
        )
        self.revision = revision
        self.head = head


class MigrationError(DatabaseOpenError):
    """A schema migration failed and was rolled back as a whole."""


class BackupError(StorageError):
    """A backup or a restore could not be made."""


class BackupTargetExistsError(BackupError):
    """The backup target exists and overwriting it was not asked for."""


class WritesRefusedError(StorageError):
    """Saving is switched off for this database (its pages failed SQLite's check after
    opening); the message says why and what to do. Nothing of the refused action was written."""
