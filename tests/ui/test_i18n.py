"""The English user interface: the .ts file is complete and consistent, and the window reads
English when the language setting says so (the same path as a start with ``ui/language=en``);
the measure form shows no German label on any tab, and the services' German vocabulary
(states, actions, field names, kinds of entries, search groups) is translated where shown."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context, ensure_application, open_main_window
from sro_desktop.models import Area, DecisionOutcome
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.services.search import SearchHit
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.budget.labels import kind_label_text, where_text
from sro_desktop.ui.i18n import TRANSLATIONS_DIR, translation_file
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.labels import (
    action_text,
    cost_category_choices,
    field_text,
    status_text,
)
from sro_desktop.ui.search_results import group_text, hit_texts
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
    previous_files = qapp.property("sroTranslators")
    for translator in previous:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    qapp.setProperty("sroTranslators", None)  # install_translators' note of what it installed
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
    qapp.setProperty("sroTranslators", previous_files)


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


# --- the measure form and the services' vocabulary ------------------------------------------

_TAGS = re.compile(r"<[^>]+>")


def _german_sources() -> set[str]:
    """German source texts whose English differs: none of them may show in the English UI."""
    return {src for _ctx, src, tr in _messages()
            if tr is not None and (tr.text or "") != src and len(src) > 2}


def _shown_texts(root: QWidget) -> list[str]:
    """Labels, buttons, placeholders, tooltips, accessible names, tab titles and column
    titles of every widget under ``root`` (tags and a closing colon taken off)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
            texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    cleaned = [_TAGS.sub("", t).replace("&&", "&").strip() for t in texts]
    return [t.removesuffix(":").removesuffix(" …").strip() for t in cleaned if t]


@pytest.fixture
def english_ctx(english: list[str], seeded_db: Path) -> Iterator[AppContext]:
    """An AppContext on the Rostock database, opened after the English translators."""
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _decided_measure(ctx: AppContext) -> uuid.UUID:
    """An endorsed application with cost lines, partners and a history of steps."""
    with ctx.database.write() as s:
        region = s.scalars(select(Area.id).where(Area.code == "RR-NW")).one()
        year = date.today().year
        for budget_year in (year, year + 1):
            budget.set_budget(s, region_id=region, year=budget_year, amount_cents=5_000_000,
                              note="Test")
        measure_id = m.save_measure(s, sample_application(s, start=date(year, 7, 1))).id
        assert measure_id is not None
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(year, 6, 1))
    return measure_id


def test_measure_form_reads_english_on_every_tab(english_ctx: AppContext, qtbot: QtBot) -> None:
    form = MeasureForm(english_ctx, _decided_measure(english_ctx))
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form)
    tabs = form.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Application", "Provider && partners", "Goals && plan", "Principles", "Finances",
        "Evaluation", "Reviews", "History"]
    for index in range(tabs.count()):
        form.ensure_tab(index)
    form._load_history()
    shown = _shown_texts(form)
    leftover = sorted({t for t in shown if t in _german_sources()})
    assert leftover == []
    assert {"Title", "Summary", "Need identified at", "Partners", "Age from", "Milestones",
            "Cost plan (expenses)", "Category", "Own funds (€)", "Requested SRAE funds (€)",
            "Interim report due on", "DD.MM.YYYY", "All reviews", "Change log",
            "Status: Endorsed", "Budget year", "Record discussion in the social space team",
            "Submitted → Discussed in the social space team"} <= set(shown)
    assert "Activation before care" in " ".join(shown)
    assert "The starting point of all work is the will or the interests of the people." in shown
    # The cost plan's categories and the undo texts follow the language too.
    costs = form.pages.tables["cost_lines"].model
    assert costs.index(0, 0).data() in {"Staff", "Fees", "Material costs", "Rent",
                                        "Travel costs", "Publicity", "Other"}
    contact = form.field_widget("contact_name")
    assert isinstance(contact, QLineEdit)
    qtbot.keyClicks(contact, "x")
    assert form.doc.stack.undoText() == "Change Contact person"
    form.pages.tables["milestones"].add_button.click()
    assert form.doc.stack.undoText() == "Milestones: add row"
    form.pages.tables["milestones"].model.remove_row(0)
    assert form.save()
    form._load_history()
    audit = form.findChild(QTableWidget, "measureAudit")
    assert audit is not None
    lines = [[audit.item(r, c).text() for c in (2, 3)] for r in range(audit.rowCount())]
    assert ["Measure changed", "Contact person"] in lines
    assert ["Decision created", ""] in lines


def test_service_vocabulary_reads_english(english: list[str]) -> None:
    assert status_text("running") == "Running"
    assert action_text("submit") == "Submit"
    assert field_text("proof_of_use_due") == "Proof of use due"
    assert dict(cost_category_choices())["personnel"] == "Staff"
    assert kind_label_text("Rückfluss") == "Repayment"
    assert QCoreApplication.translate("WhatIfBox", "Lenkungsgruppe am {date}").format(
        date="12.03.2025") == "Steering group on 12.03.2025"
    assert where_text("auf Tagesordnung (ohne Termin)") == "on the agenda (no date)"
    assert group_text("Protokolle") == "Minutes"
    hit = SearchHit("task", uuid.uuid4(), "Flyer drucken", "Stadtteiltisch · Ben · bis "
                    "01.02.2025", "Flyer drucken", (), None, 0.0)
    assert hit_texts(hit) == ("Flyer drucken", "Stadtteiltisch · Ben · due 01.02.2025")
