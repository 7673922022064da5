"""Date fields of the meeting forms read German in the German interface, whatever language the
system has ("Di., 14.01.2025", never "Tue"), and English in the English interface."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sro_desktop.services.meetings import NamedRef
from sro_desktop.ui.i18n import translation_file
from sro_desktop.ui.meetings.dialogs import MeetingDataDialog, ResultDialog

DAY = date(2025, 1, 14)  # a Tuesday


@pytest.fixture
def english_system() -> Iterator[None]:
    """The default locale of an English system (the program must not follow it)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    """The program's English translation installed (as with the language set to English)."""
    translator = QTranslator()
    assert translator.load(str(translation_file("en")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_planning_shows_a_german_weekday_on_an_english_system(
    qtbot: QtBot, english_system: None
) -> None:
    dialog = MeetingDataDialog(people=[NamedRef(uuid.uuid4(), "Anna Berger")], day=DAY)
    qtbot.addWidget(dialog)
    assert dialog.day.displayFormat() == "ddd, dd.MM.yyyy"
    assert dialog.day.text() == "Di., 14.01.2025"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert dialog.day.locale() == german
    assert dialog.day.calendarWidget().locale() == german  # weekday and month names
    task = ResultDialog("task", earliest_due=DAY)
    qtbot.addWidget(task)
    for edit in (task.due, task.done_day):
        assert edit.locale() == german
        assert edit.displayFormat() == "dd.MM.yyyy"


def test_english_interface_shows_english_weekdays(
    qtbot: QtBot, english_ui: None
) -> None:
    dialog = MeetingDataDialog(day=DAY)
    qtbot.addWidget(dialog)
    assert dialog.day.locale().language() == QLocale.Language.English
    assert dialog.day.text() == "Tue, 14.01.2025"
