"""The one change signal of the application: views reload what a change set names."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services.changes import ChangeSet


class ChangeBus(QObject):
    """Carries ``(ChangeSet, initiator)`` after every committed write.

    The initiator is the widget that made the change (or None), so that it can skip reloading
    what it already shows.
    """

    changed = Signal(object, object)

    def publish(self, changes: ChangeSet, initiator: object | None = None) -> None:
        """Tell every view what changed."""
        self.changed.emit(changes, initiator)
