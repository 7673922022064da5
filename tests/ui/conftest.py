"""Fixtures of the UI tests: private Qt settings and data directory, a seeded database, a window.

Every test gets its own QSettings file and its own data directory (log file, default database)
under ``tmp_path``, so that window state or recent files of one test never leak into another
and nothing is written to the developer's home.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sro_desktop.app import AppContext, build_context, open_main_window
from sro_desktop.storage.open import open_database
from sro_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings and the data directory of this test only."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return folder


@pytest.fixture(autouse=True)
def no_stray_windows() -> Iterator[None]:
    """A test (even a failed one) leaves no main window for the next test to find."""
    yield
    close_all_windows()


@pytest.fixture
def ctx(qapp: QApplication, seeded_db: Path) -> Iterator[AppContext]:
    """An AppContext on this test's copy of the Rostock database (search index included)."""
    database = open_database(seeded_db, user="testerin")
    context = build_context(database)
    yield context
    database.close()


@pytest.fixture
def main_window(qapp: QApplication, seeded_db: Path) -> Iterator[MainWindow]:
    """The main window on the Rostock database, closed (and the file released) afterwards."""
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    yield window
    close_all_windows()


def close_all_windows() -> None:
    """Close every main window still open (a test may have switched databases)."""
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and isinstance(widget, MainWindow):
            widget.close()
    QApplication.processEvents()
