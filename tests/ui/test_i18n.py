"""The English user interface: the .ts file is complete and consistent, and the window reads
English when the language setting says so (the same path as a start with ``ui/language=en``)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
)

from sro_desktop.app import ensure_application, open_main_window
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.i18n import TRANSLATIONS_DIR, translation_file
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.settings import LANGUAGE, Settings

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = TRANSLATIONS_DIR / "sro_desktop_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
GERMAN = re.compile(r"[äöüÄÖÜß]")


def _messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the English .ts file."""
    root = ET.parse(TS_FILE).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[str]]:
    """The application's translators as at a start with the language set to English.

    The German translators of earlier tests are taken off for the test and put back after it,
    so that the other tests keep their German interface.
    """
    ensure_application()  # organisation name first: it chooses the settings file
    previous = qapp.findChildren(QTranslator)
    for translator in previous:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    Settings().set(LANGUAGE, "en")
    app = ensure_application()
    loaded = [t.filePath() for t in app.findChildren(QTranslator)]
    yield loaded
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    for translator in previous:
        translator.setParent(qapp)
        qapp.installTranslator(translator)


@pytest.fixture
def english_window(english: list[str], seeded_db: Path) -> Iterator[MainWindow]:
    """The main window on the Rostock database, built with the English translators."""
    window = open_main_window(str(seeded_db))
    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    yield window
    window.close()
    QApplication.processEvents()


def test_ts_file_has_no_unfinished_messages() -> None:
    messages = _messages()
    assert len(messages) > 700
    unfinished = [(ctx, src) for ctx, src, tr in messages
                  if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    for context, source, translation in _messages():
        text = translation.text or "" if translation is not None else ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context, source, text)
        assert _accelerators(text) == _accelerators(source), (context, source, text)
        # Proper names stay German: the backup folder, the city's "Stadtbereiche", a school.
        proper = ("Sicherungen", "Stadtbereiche", "Schwanenteich")
        assert not GERMAN.search(text) or any(name in text for name in proper), (
            context, source, text)


def test_shortcut_names_are_english() -> None:
    german_keys = re.compile(r"\b(Strg|Umschalt|Entf|Einfg|Pos1|Eingabe|Leertaste)\b")
    for context, source, translation in _messages():
        assert not german_keys.search(translation.text or ""), (context, source)


def test_update_script_finds_nothing_missing_or_stale() -> None:
    # lupdate over the current sources, the dictionary, lrelease into a temporary folder:
    # a new tr() string without English, or a .qm not rebuilt from the .ts, fails here.
    out = subprocess.run([sys.executable, "tools/update_translations.py", "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert " 0 unfertig" in out.stdout and "Warnung" not in out.stdout


def test_english_translators_are_installed_from_the_setting(english: list[str]) -> None:
    assert str(translation_file("en")) in english
    assert QCoreApplication.translate("MainWindow", "&Datei") == "&File"
    # Strings lupdate cannot see are in the file too: the vocabulary wrapper of the meetings
    # and the tables behind dynamic tr() calls.
    assert QCoreApplication.translate("Meetings", "stimmberechtigtes Mitglied") == (
        "voting member")
    assert QCoreApplication.translate("MeasureListModel", "Nächste Frist") == "Next deadline"
    assert QCoreApplication.translate("BudgetPanel", "Rückflüsse") == "Repaid"


def test_menus_read_english(english_window: MainWindow) -> None:
    titles = [a.text() for a in english_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    texts = []
    for action in english_window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for item in menu.actions():
            texts.append(item.text())
            if item.menu() is not None:
                texts += [sub.text() for sub in item.menu().actions()]
    assert {"&New database …", "&Open …", "&Quit", "&Undo", "&Redo", "&Rename area …",
            "&Show retired areas", "Re&load", "&About SRO Desktop", "Open &recent",
            "&Language"} <= set(texts)
    assert [t for t in texts if GERMAN.search(t)] == []


def test_tabs_read_english(english_window: MainWindow) -> None:
    tabs = english_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Overview", "Measures", "Meetings", "Budget"]
    assert english_window.statusBar().findChild(QLabel, "statusUser").text().startswith("User: ")


def test_measure_panel_reads_english(english_window: MainWindow) -> None:
    panel = english_window.measure_panel
    assert panel is not None
    assert panel.findChild(QPushButton, "measureNew").text() == "New measure …"
    assert panel.findChild(QPushButton, "measureOpen").text() == "Open"
    assert panel.findChild(QCheckBox, "measureDueToggle").text().startswith("Due only (")
    assert panel.findChild(QLineEdit, "measureSearch").placeholderText() == (
        "Search number, title, provider …")
    model = panel.findChild(QTableView, "measureList").model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Number", "Title", "Status"] and "Next deadline" in headers
    assert panel.findChild(QLabel, "measureCount").text().endswith(("measure", "measures"))


def test_meeting_panel_reads_english(english_window: MainWindow) -> None:
    english_window.select_area(area_uuid("D"))
    panel = english_window.meeting_panel
    assert panel is not None
    buttons = {b.objectName(): b.text() for b in panel.findChildren(QPushButton)}
    assert buttons["planMeetingButton"] == "Schedule meeting …"
    assert buttons["bodiesButton"] == "Bodies and members …"
    assert buttons["openMeetingButton"] == "Open"
    assert buttons["backToListButton"] == "← All meetings"


def test_budget_panel_reads_english(english_window: MainWindow) -> None:
    english_window.select_area(area_uuid("RR-NW"))
    panel = english_window.budget_panel
    assert panel is not None
    captions = [tile.text().split("\n")[0] for tile in panel.tiles.values()]  # type: ignore[attr-defined]
    assert captions == ["Total", "Decided", "Agreed", "Paid out", "Repaid", "Available"]
    tips = [tile.toolTip() for tile in panel.tiles.values()]  # type: ignore[attr-defined]
    assert all(tip.endswith("Click: show the entries behind this figure.") for tip in tips)
    assert tips[0].startswith("Total budget of the year")
    buttons = {b.objectName(): b.text() for b in panel.findChildren(QPushButton)}
    assert buttons["budgetSetButton"] == "Set budget…"
    assert buttons["budgetCarryOverButton"] == "Carry over remainder…"
    assert buttons["budgetExportButton"] == "Export CSV…"
