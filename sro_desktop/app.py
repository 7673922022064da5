"""Composition root: builds the AppContext (database, settings, change bus, user) and the window.

Nothing global beyond the one AppContext that ``main()`` builds and hands to each widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from .storage.database import Database
    from .ui.change_bus import ChangeBus


@dataclass
class AppContext:
    """What every widget may need: the open database, the acting user, the change bus and the
    window's undo stack. Widgets receive it in their constructor; nobody looks it up globally."""

    database: Database
    user: str
    bus: ChangeBus
    undo_stack: QUndoStack
