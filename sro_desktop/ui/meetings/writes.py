"""One short write transaction per user action, with the German refusal shown, not raised."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...services.meetings import MeetingRuleError
from ...storage.database import Database
from ..errors import database_problem


@dataclass(frozen=True)
class WriteResult:
    """Whether the write was committed, its return value, and the message when it was not."""

    ok: bool
    value: Any = None
    message: str = ""


def run_write(database: Database, action: Callable[[Session], Any]) -> WriteResult:
    """Run ``action`` in a write transaction (BEGIN IMMEDIATE); rule refusals and stale rows
    come back as a German message instead of an exception."""
    try:
        with database.write() as session:
            value = action(session)
    except MeetingRuleError as exc:
        return WriteResult(False, message=exc.message)
    except StaleDataError:
        return WriteResult(False, message=QCoreApplication.translate(
            "MeetingWrites", "Inzwischen von jemand anderem geändert: bitte neu laden (F5) und "
                             "noch einmal versuchen."))
    except Exception as exc:
        # A damaged or unreachable file or a refused save reads in German (no SQL); anything
        # else is a program error for the error dialog and the log.
        problem = database_problem(exc)
        if problem is None:
            raise
        return WriteResult(False, message=problem)
    return WriteResult(True, value)
