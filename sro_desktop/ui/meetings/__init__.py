"""Meetings in the UI: the meeting list tab, the minutes editor, attendance, bodies.

The panel and the editor are imported on first use (PEP 562): the window's start-up asks
:mod:`.recovery` whether unsaved notes wait, which must not build the whole meetings UI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .editor import MeetingEditor
    from .panel import MeetingPanel

__all__ = ["MeetingEditor", "MeetingPanel"]


def __getattr__(name: str) -> Any:
    if name == "MeetingEditor":
        from .editor import MeetingEditor

        return MeetingEditor
    if name == "MeetingPanel":
        from .panel import MeetingPanel

        return MeetingPanel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
