"""Meetings in the UI: the meeting list tab, the minutes editor, attendance, bodies."""

from .editor import MeetingEditor
from .panel import MeetingPanel

__all__ = ["MeetingEditor", "MeetingPanel"]
