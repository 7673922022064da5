"""Errors of the meeting services. Every message is German and names the field and the rule."""

from __future__ import annotations


class MeetingRuleError(ValueError):
    """A rule of bodies, meetings or minutes refused a change; ``str(error)`` is for the user."""

    @property
    def message(self) -> str:
        """The German message shown to the user."""
        return str(self.args[0]) if self.args else ""


class NotFoundError(MeetingRuleError):
    """The row does not exist or was deleted meanwhile."""


class MinutesLockedError(MeetingRuleError):
    """The minutes are closed or approved; approved minutes change only by amendments."""


class NotesConflictError(MeetingRuleError):
    """Somebody else changed the notes of an agenda item since this editor loaded them."""

    def __init__(self, message: str, *, current_text: str, changed_by: str) -> None:
        super().__init__(message)
        self.current_text = current_text
        self.changed_by = changed_by
