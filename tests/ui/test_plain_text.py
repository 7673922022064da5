"""User text is shown as typed: labels are plain text, tooltips escape it, menus keep "&".

QLabel guesses rich text from the string, so an agenda title like "<b>Fett</b>" would show
bold (and swallow the tags); a tooltip is always guessed, so it gets escaped HTML instead.
"""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.services.budget import set_budget
from sro_desktop.services.measures import ConcernChoice, MeasureData
from sro_desktop.services.meetings.detail import MeasureRef
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.area_dialogs import AddAreaDialog, MoveAreaDialog
from sro_desktop.ui.budget import CorrectionDialog
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.measures.document import MeasureDocument
from sro_desktop.ui.measures.pickers import ConcernPicker
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.measure_picker import MeasurePickerDialog

EVIL = "<b>Fett</b> & <i>kursiv</i> 😀"
STT = body_uuid("stadtteiltisch", "D")


def _plain_label_with(root: QWidget, text: str) -> QLabel:
    """The one label showing ``text`` literally; it must be plain text."""
    found = [label for label in root.findChildren(QLabel) if text in label.text()]
    assert len(found) == 1, [label.text() for label in root.findChildren(QLabel)]
    assert found[0].textFormat() == Qt.TextFormat.PlainText
    return found[0]


def test_meeting_header_agenda_title_and_outcome_are_plain(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    with ctx.database.write() as s:
        anna = svc.create_person(s, first_name="<i>Anna</i>", last_name="Berger")
        svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
        meeting = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), start_time=time(17),
                                   end_time=time(19), place=EVIL, moderation="<u>Jo</u>",
                                   chair_person_id=anna)
        item = svc.add_agenda_item(s, meeting, EVIL)
        svc.set_outcome(s, item, f"Ergebnis {EVIL}")
    editor = MeetingEditor(ctx, idle_ms=50, max_ms=200)
    qtbot.addWidget(editor)
    editor.load(meeting, item)
    assert editor.subtitle.textFormat() == Qt.TextFormat.PlainText
    subtitle = editor.subtitle.text()
    assert EVIL in subtitle and "Moderation: <u>Jo</u>" in subtitle
    assert "<i>Anna</i>" in subtitle
    assert editor.title.textFormat() == Qt.TextFormat.PlainText
    heading, meta = editor.notes.heading, editor.notes.meta
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text().endswith(EVIL)
    assert meta.textFormat() == Qt.TextFormat.PlainText
    assert f"Ergebnis: Ergebnis {EVIL}" in meta.text()


def test_concern_in_the_measure_picker_is_plain(qtbot: QtBot) -> None:
    ref = MeasureRef(uuid.uuid4(), "SRAE-NW-2026-001", "Titel", "draft")
    dialog = MeasurePickerDialog([ref], concern_text=EVIL)
    qtbot.addWidget(dialog)
    assert _plain_label_with(dialog, EVIL).text() == f"Anliegen: {EVIL}"


def test_area_names_in_the_area_dialogs_are_plain(qtbot: QtBot, ctx: AppContext) -> None:
    add = AddAreaDialog(ctx, area_uuid("RR-NW"), EVIL, "region")
    qtbot.addWidget(add)
    assert _plain_label_with(add, EVIL).objectName() == "addAreaParent"
    move = MoveAreaDialog(ctx, area_uuid("L"), EVIL)
    qtbot.addWidget(move)
    assert _plain_label_with(move, EVIL).objectName() == "moveAreaName"


def test_booking_reason_in_the_correction_dialog_is_plain(qtbot: QtBot,
                                                          ctx: AppContext) -> None:
    with ctx.database.write() as s:
        entry = set_budget(s, region_id=area_uuid("RR-NW"), year=2026,
                           amount_cents=100_000_00, note=EVIL)
    assert entry is not None
    dialog = CorrectionDialog(ctx, entry)
    qtbot.addWidget(dialog)
    assert _plain_label_with(dialog, EVIL).text() == EVIL


def test_concern_tooltip_shows_escaped_text(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    picker = ConcernPicker(MeasureDocument(MeasureData()), parent)
    picker.set_choices([ConcernChoice(uuid.uuid4(), date(2025, 3, 4), f"{EVIL}\nZeile 2", None)])
    item = picker.list.item(0)
    assert EVIL in item.text()  # list items are never rich text
    tooltip = item.toolTip()
    assert "&lt;b&gt;" in tooltip and "<b>" not in tooltip
    assert tooltip.startswith("<p>") and "<br>Zeile 2" in tooltip


def test_recent_file_with_an_ampersand_keeps_it(main_window: MainWindow,
                                                qtbot: QtBot) -> None:
    path = "/tmp/Jugend & Familie/sro.sqlite"
    main_window.ctx.settings.add_recent_file(path)
    menu = QMenu()
    main_window.files.fill_recent_menu(menu)
    texts = [action.text() for action in menu.actions()]
    assert "&1 /tmp/Jugend && Familie/sro.sqlite" in texts
