"""Closing the main window raises nothing, even though the context's undo stack (which the
window's undo and redo actions listen to) lives on and changes afterwards."""

from __future__ import annotations

import gc
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sro_desktop.app import open_main_window
from sro_desktop.ui.main_window import MainWindow


def _deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_closing_the_window_and_processing_events_raises_nothing(
    qtbot: QtBot, seeded_db: Path
) -> None:
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    stack = window.ctx.undo_stack
    undo = window.actions_by_name["actionUndo"]
    with qtbot.captureExceptions() as exceptions:
        stack.push(QUndoCommand("Gebiet umbenennen"))
        assert undo.isEnabled() and undo.text() == "&Rückgängig: Gebiet umbenennen"
        stack.undo()
        assert window.actions_by_name["actionRedo"].text() == "&Wiederholen: Gebiet umbenennen"
        window.close()
        _deleted_later()
        assert not shiboken6.isValid(undo)  # the window and its actions are gone
        # The stack outlives the window: its next signals must reach nothing that was deleted.
        stack.push(QUndoCommand("später"))
        stack.clear()
        stack.push(QUndoCommand("noch später"))
        del window, undo, stack
        gc.collect()
        _deleted_later()
    assert exceptions == []
