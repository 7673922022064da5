"""Guards against a broken Qt binding: PySide6 6.12.0 released None once per void call on
Python 3.11 and crashed the program after a few thousand calls (hence `<6.12` in pyproject)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10
