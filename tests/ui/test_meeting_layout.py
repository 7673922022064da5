"""The meeting editor at the size of a 1280×800 window with the area tree beside it: every tab
of the editor visible without scroll arrows, the concern, task or agreement text given most of
a result table, long texts elided with the whole text as tooltip, agenda titles never cut."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, MeetingStatus
from sro_desktop.services import meetings as svc
from sro_desktop.services.meetings import AgendaItemInfo
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.agenda_pane import AgendaPane
from sro_desktop.ui.meetings.result_tables import TOOLTIP_WIDTH
from sro_desktop.ui.meetings.result_view import TEXT_SHARE, ResultTableView, fit_widths

STT = body_uuid("stadtteiltisch", "D")
DAY = date(2025, 2, 11)
LONG_CONCERN = ("Jugendliche aus dem Quartier wünschen sich einen überdachten Treffpunkt, an "
                "dem sie sich auch abends und bei schlechtem Wetter aufhalten können, ohne "
                "dass sich Anwohner*innen gestört fühlen.\nVorschlag: Container am Bolzplatz.")
LONG_TASK = ("Beim Amt für Stadtgrün nachfragen, ob am Bolzplatz ein Unterstand aufgestellt "
             "werden darf und wer die Kosten für Aufbau und Pflege übernimmt")


@pytest.fixture
def editor(qtbot: QtBot, main_window: MainWindow) -> Iterator[MeetingEditor]:
    """A held meeting of the Stadtteiltisch Groß Klein with long texts, an overdue task and
    two agreements, open in the main window at its default size (1280×800)."""
    with main_window.ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=DAY, start_time=time(17))
        topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
        for text, group in ((LONG_CONCERN, "Jugendliche 14–18 aus dem Quartier"),
                            ("Bänke am Bolzplatz", "Familien mit Kindern")):
            svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id, text=text,
                            target_group=group, area_id=area_uuid("D"))
        svc.add_task(s, meeting_id=m, agenda_item_id=topic.id, description=LONG_TASK,
                     owner_text="Sozialraumkoordination Nordwest",
                     due=DAY + timedelta(days=14))
        svc.add_task(s, meeting_id=m, agenda_item_id=topic.id, description="Flyer verteilen",
                     owner_text="Jugendclub", due=date.today() + timedelta(days=30))
        for text in ("Nächstes Treffen im Jugendclub", "Protokoll per E-Mail"):
            svc.add_arrangement(s, meeting_id=m, agenda_item_id=topic.id, text=text)
    assert main_window.width() == 1280
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.select_area(area_uuid("D"))
    main_window.tabs.setCurrentWidget(main_window.findChild(QWidget, "meetingPanelScroll"))
    panel = main_window.meeting_panel
    assert panel is not None
    panel.open_meeting(m)  # type: ignore[attr-defined]
    widget: MeetingEditor = panel.editor  # type: ignore[attr-defined]
    assert widget.detail is not None and widget.detail.status == MeetingStatus.PLANNED
    qtbot.waitUntil(lambda: widget.tabs.tabBar().width() > 0 and widget.isVisible())
    yield widget


def test_all_tabs_fit_without_scroll_arrows(qtbot: QtBot, editor: MeetingEditor) -> None:
    tabs = editor.tabs
    bar = tabs.tabBar()
    qtbot.waitUntil(lambda: bar.tabRect(tabs.count() - 1).right() > 0)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Protokoll", "Anwesenheit", "Anliegen", "Aufgaben", "Vereinbarungen", "Änderungen"]
    assert bar.tabRect(tabs.count() - 1).right() <= bar.width()
    assert not any(b.isVisible() for b in bar.findChildren(QToolButton))  # no scroll arrows
    # The counts are still there: spoken, as tooltip, above each table, and a badge.
    task = tabs.indexOf(editor.task_page)
    assert bar.accessibleTabName(task) == "Aufgaben (2, 1 überfällig)"
    assert tabs.tabToolTip(task) == "2 Aufgaben · 2 offen · 1 überfällig"
    assert editor.task_page.summary.text() == tabs.tabToolTip(task)
    assert not tabs.tabIcon(task).isNull()
    concern = tabs.indexOf(editor.concern_page)
    assert bar.accessibleTabName(concern) == "Anliegen (2)"
    assert tabs.tabToolTip(concern) == "2 Anliegen"
    assert tabs.tabToolTip(tabs.indexOf(editor.amendments_page)) == (
        "Keine protokollierten Änderungen")


@pytest.mark.parametrize("kind", ["concern", "task", "arrangement"])
def test_text_column_takes_the_room(qtbot: QtBot, editor: MeetingEditor, kind: str) -> None:
    page = editor.result_pages[kind]
    editor.tabs.setCurrentWidget(page)
    table = page.table
    assert isinstance(table, ResultTableView)
    header = table.horizontalHeader()
    width = table.viewport().width()
    text = table.text_column
    qtbot.waitUntil(lambda: header.length() >= width - 1)
    assert width > 400
    assert header.sectionSize(text) >= int(width * TEXT_SHARE) - 1
    assert header.length() <= width  # all columns visible, nothing to scroll sideways
    assert table.horizontalScrollBar().maximum() == 0
    for column, limit in enumerate(table.limits):
        if limit is not None:
            assert 0 < header.sectionSize(column) <= max(limit, header.sectionSizeHint(column))
            assert header.sectionResizeMode(column) == header.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(text) == header.ResizeMode.Stretch


def test_long_texts_are_elided_with_the_whole_text_as_tooltip(editor: MeetingEditor) -> None:
    model = editor.concern_page.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data().startswith("Jugendliche aus dem Quartier"))
    shown = model.index(row, 1).data()
    assert "\n" not in shown and shown.endswith("Container am Bolzplatz.")
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert " ".join(tip.split()) == " ".join(LONG_CONCERN.split())
    lines = tip.splitlines()
    assert lines[-1] == "Vorschlag: Container am Bolzplatz."  # its own line break kept
    assert len(lines) >= 3 and all(len(line) <= TOOLTIP_WIDTH for line in lines)
    table = editor.concern_page.table
    editor.tabs.setCurrentWidget(editor.concern_page)
    needed = table.fontMetrics().horizontalAdvance(shown)
    assert table.columnWidth(1) < needed  # so the view elides it
    tasks = editor.task_page.model
    row = next(r for r in range(tasks.rowCount()) if tasks.index(r, 1).data() == LONG_TASK)
    assert tasks.index(row, 1).data(Qt.ItemDataRole.ToolTipRole).replace("\n", " ") == LONG_TASK
    assert tasks.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Sozialraumkoordination Nordwest")


def test_fit_widths_cuts_the_widest_columns_first() -> None:
    assert fit_widths([40, 100, 200], [30, 60, 60], 400) == [40, 100, 200]
    assert fit_widths([40, 100, 200], [30, 60, 60], 300) == [40, 100, 160]
    assert fit_widths([40, 100, 200], [30, 60, 60], 200) == [40, 80, 80]
    assert fit_widths([40, 100, 200], [30, 60, 60], 100) == [30, 60, 60]  # never below


def _items(titles: list[str]) -> list[AgendaItemInfo]:
    return [AgendaItemInfo(id=uuid.uuid4(), meeting_id=uuid.uuid4(), position=i,
                           number=str(i + 1), title=t, kind=AgendaKind.TOPIC, is_public=True,
                           planned_minutes=10, level=0, notes="", outcome="",
                           approves_meeting_id=None)
            for i, t in enumerate(titles)]


def test_agenda_rows_are_tall_enough_for_their_wrapped_titles(qtbot: QtBot) -> None:
    pane = AgendaPane()
    qtbot.addWidget(pane)
    pane.model.set_items(_items(["Begrüßung und Vorstellungsrunde",
                                 "Genehmigung des Protokolls der Sitzung vom 04.09.2018",
                                 "Bericht aus dem Sozialraumteam",
                                 "Verschiedenes und nächster Termin"]))
    pane.show()
    view = pane.view
    plain = QStyledItemDelegate()
    for width in range(240, 340, 2):
        pane.resize(width, 400)
        view.doItemsLayout()
        for row in range(pane.model.rowCount()):
            index = pane.model.index(row)
            rect = view.visualRect(index)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            # QListView paints an item no wider than the viewport less twice the spacing.
            painted = min(rect.width(), view.viewport().width() - 2 * view.spacing())
            option.rect = QRect(rect.x(), rect.y(), painted, rect.height())
            # Wrapped at the width it is painted in, the title needs no more than its row.
            assert plain.sizeHint(option, index).height() <= rect.height(), (width, row)


# Seeded as "Lenkungsgruppe Regionalraum Mitte (Arbeitstitel)".
LONG_BODY = body_uuid("lenkungsgruppe", "RR-M")


@pytest.fixture
def long_named(main_window: MainWindow) -> tuple[MainWindow, uuid.UUID, uuid.UUID]:
    """Approved minutes (with banner and amendment) and a planned meeting of the body with the
    longest seeded name, members with long organisation names, at 1280×800."""
    with main_window.ctx.database.write() as s:
        for first, last, role in (("Hauke", "Berger", "chair"), ("Ali", "Evers", "voting"),
                                  ("Claudia", "Becker-Schmidt", "deputy_chair")):
            org = svc.create_organization(s, f"Träger {last} für Jugendhilfe und Familie e. V.")
            person = svc.create_person(s, first_name=first, last_name=last, organization_id=org)
            svc.add_membership(s, body_id=LONG_BODY, person_id=person, role=role)
        approved = svc.plan_meeting(
            s, body_id=LONG_BODY, day=DAY, start_time=time(17), end_time=time(19, 30),
            place="Rathaus, Neuer Markt 1, Raum 2.17 (Beratungsraum)",
            moderation="Hauke Berger")
        svc.close_minutes(s, approved)
        planned = svc.plan_meeting(s, body_id=LONG_BODY, day=DAY + timedelta(days=28),
                                   start_time=time(17), place="Rathaus")
        svc.approve_minutes(s, approved, in_meeting_id=planned)
        svc.add_amendment(s, approved, "Gemeint ist der Bolzplatz am Kolumbusring.")
    main_window.show()
    return main_window, approved, planned


def test_a_long_body_name_fits_at_1280_by_800(qtbot: QtBot, long_named: tuple[
        MainWindow, uuid.UUID, uuid.UUID]) -> None:
    window, approved, planned = long_named
    assert (window.width(), window.height()) == (1280, 800)
    qtbot.waitExposed(window)
    window.select_area(area_uuid("RR-M"))
    scroll = window.findChild(QWidget, "meetingPanelScroll")
    window.tabs.setCurrentWidget(scroll)
    panel = window.meeting_panel
    editor: MeetingEditor = panel.editor  # type: ignore[attr-defined]
    for meeting in (approved, planned):
        panel.open_meeting(meeting)  # type: ignore[attr-defined]
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: editor.tabs.currentWidget().isVisible())
            QApplication.processEvents()
            what = (meeting == approved, editor.tabs.tabText(tab))
            # No scrolling of the page, neither sideways nor down.
            assert scroll.horizontalScrollBar().maximum() == 0, what  # type: ignore[attr-defined]
            assert scroll.verticalScrollBar().maximum() == 0, what  # type: ignore[attr-defined]
            assert editor.width() <= scroll.viewport().width()  # type: ignore[attr-defined]
            if editor.tabs.currentWidget() is editor.attendance:
                # Names whole; organisation and role give way, elided with a tooltip.
                table = editor.attendance.table
                need = table.fontMetrics().horizontalAdvance("Claudia Becker-Schmidt") + 8
                assert table.columnWidth(0) >= need
                assert table.horizontalScrollBar().maximum() == 0
        # The name wraps rather than pushing the buttons out; all of it is shown and in the
        # tooltip, and every visible button lies inside the editor.
        title = editor.title
        assert title.text() == title.toolTip() == (
            "Lenkungsgruppe Regionalraum Mitte (Arbeitstitel)")
        assert title.height() >= title.heightForWidth(title.width())
        assert title.height() > title.fontMetrics().height()  # wrapped: two lines
        for button in editor.header.buttons():
            if button.isVisible():
                right = button.mapTo(editor, button.rect().bottomRight()).x()
                assert right <= editor.width() - 8, button.objectName()
                assert button.width() >= button.sizeHint().width()
        subtitle = editor.subtitle
        assert subtitle.height() >= subtitle.heightForWidth(subtitle.width())
        # The agenda's detail fields are on screen, not cut off at the bottom.
        field = editor.agenda.title
        bottom = field.mapTo(editor, field.rect().bottomLeft()).y()
        assert bottom <= editor.height()
    window.grab().save(str(Path(tempfile.gettempdir()) / "sro_long_body_name.png"))


def test_title_takes_one_line_when_there_is_room(qtbot: QtBot, editor: MeetingEditor) -> None:
    # "Stadtteiltisch Groß Klein" beside the buttons: no needless wrap.
    title = editor.title
    assert title.text() == "Stadtteiltisch Groß Klein"
    assert title.height() < 2 * title.fontMetrics().height()


def test_non_public_items_carry_a_drawn_lock(qtbot: QtBot) -> None:
    pane = AgendaPane()
    qtbot.addWidget(pane)
    items = _items(["Berichte", "Anträge", "Verschiedenes"])
    items[1] = AgendaItemInfo(**{**items[1].__dict__, "is_public": False})
    pane.model.set_items(items)
    pane.resize(260, 300)
    pane.show()
    model = pane.model
    texts = [model.index(r).data() for r in range(3)]
    assert all("🔒" not in text for text in texts)  # no emoji: an empty box without its font
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is None
    icon = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert not icon.pixmap(16, 16).isNull()  # the SVG is found and drawn
    assert model.index(1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "TOP 2 Anträge nicht öffentlich")
    view = pane.view
    heights = [view.visualRect(model.index(r)).height() for r in range(3)]
    assert max(heights) - min(heights) <= 2  # the lock does not make its row taller


def test_agenda_rows_are_no_taller_than_their_titles(qtbot: QtBot) -> None:
    # The row after a title that just fits got a blank second line: the delegate narrowed the
    # width twice when the view had already passed the painted width.
    pane = AgendaPane()
    qtbot.addWidget(pane)
    pane.model.set_items(_items(["Genehmigung der Tagesordnung", "Berichte",
                                 "Genehmigung des Protokolls der letzten Sitzung"]))
    pane.show()
    view = pane.view
    plain = QStyledItemDelegate()
    for width in range(240, 340, 3):
        pane.resize(width, 400)
        view.doItemsLayout()
        for row in range(pane.model.rowCount()):
            index = pane.model.index(row)
            rect = view.visualRect(index)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            painted = min(rect.width(), view.viewport().width() - 2 * view.spacing())
            option.rect = QRect(rect.x(), rect.y(), painted, rect.height())
            assert plain.sizeHint(option, index).height() == rect.height(), (width, row)


def test_the_chosen_item_of_a_long_agenda_is_scrolled_into_view(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.database.write() as s:
        meeting = svc.plan_meeting(s, body_id=STT, day=DAY)
        last = None
        for n in range(30):
            last = svc.add_agenda_item(s, meeting, f"Anliegen aus dem Quartier Nummer {n}")
    widget = MeetingEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(meeting, last)
    view = widget.agenda.view
    index = widget.agenda.model.index(widget.agenda.model.row_of(last))  # type: ignore[arg-type]
    assert view.currentIndex() == index
    assert view.viewport().rect().contains(view.visualRect(index))
