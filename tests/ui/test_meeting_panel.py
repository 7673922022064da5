"""The "Sitzungen" tab: list per area (lazy model), planning, bodies and members, opening a
search hit at its place."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.meetings import MeetingPanel
from sro_desktop.ui.meetings.bodies_dialog import BodiesDialog
from sro_desktop.ui.meetings.dialogs import MeetingDataDialog, find_data

STT = body_uuid("stadtteiltisch", "D")


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> MeetingPanel:
    widget = MeetingPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _plan(ctx: AppContext, body: uuid.UUID, day: date) -> uuid.UUID:
    with ctx.database.write() as s:
        return svc.plan_meeting(s, body_id=body, day=day)


def test_list_shows_meetings_of_the_area_and_below(
    panel: MeetingPanel, ctx: AppContext, qtmodeltester: ModelTester
) -> None:
    old = _plan(ctx, STT, date(2024, 5, 7))
    new = _plan(ctx, STT, date(2025, 1, 14))
    _plan(ctx, body_uuid("sozialraumteam", "S"), date(2025, 1, 20))
    panel.set_area(area_uuid("RR-NW"))
    model = panel.model
    qtmodeltester.check(model)
    assert panel.table.objectName() == "meetingList"
    assert [model.meeting_id(r) for r in range(model.rowCount())] == [new, old]
    assert model.data(model.index(0, 0)) == "Di., 14.01.2025"
    assert model.data(model.index(0, 2)) == "Stadtteiltisch Groß Klein"
    assert model.data(model.index(0, 4)) == "geplant"
    assert panel.count.text() == "2 Sitzungen"
    panel.set_area(None)
    assert model.rowCount() == 3


def test_plan_a_meeting_and_open_it(panel: MeetingPanel, ctx: AppContext) -> None:
    panel.set_area(area_uuid("D"))
    panel.plan_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, MeetingDataDialog)
    dialog.body.setCurrentIndex(dialog.body.findText("Stadtteiltisch Groß Klein"))
    dialog.day.setDate(QDate(2025, 4, 8))
    dialog.start.setText("17")
    dialog.end.setText("16:00")
    dialog.place.setText("Stadtteilzentrum")
    dialog.accept()
    assert panel.stack.currentIndex() == 0
    assert panel.message.text() == "Sitzung planen: Ende: nicht nach dem Beginn (Ende muss " \
        "nach dem Beginn liegen)"
    panel.plan_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, MeetingDataDialog)
    dialog.body.setCurrentIndex(dialog.body.findText("Stadtteiltisch Groß Klein"))
    dialog.day.setDate(QDate(2025, 4, 8))
    dialog.start.setText("17")
    dialog.end.setText("19:30")
    dialog.accept()
    assert panel.stack.currentIndex() == 1
    editor = panel.editor
    assert editor.detail is not None and editor.detail.date == date(2025, 4, 8)
    assert "17:00–19:30 Uhr" in editor.subtitle.text()
    assert panel.model.rowCount() == 1
    panel.show_list()
    assert panel.stack.currentIndex() == 0


def test_bodies_and_members(panel: MeetingPanel, ctx: AppContext,
                            qtmodeltester: ModelTester) -> None:
    panel.set_area(area_uuid("D"))
    panel.bodies_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, BodiesDialog)
    dialog.body.setCurrentIndex(find_data(dialog.body, STT))
    dialog.person.setEditText("Anna Berger")
    dialog.organization.setEditText("Jugendamt Rostock")
    dialog.role.setCurrentIndex(dialog.role.findData(str(MemberRole.CHAIR)))
    dialog.add_member()
    dialog.person.setEditText("Ben Muster")
    dialog.role.setCurrentIndex(dialog.role.findData(str(MemberRole.SUBSTITUTE)))
    dialog.add_member()  # a substitute without the member they stand in for is refused
    assert dialog.message.text() == (
        "Vertretung für: fehlt (eine Vertretung nennt das vertretene Mitglied)")
    dialog.substitute_for.setCurrentIndex(dialog.substitute_for.findText("Anna Berger"))
    dialog.valid_from.setText("1.1.2025")
    dialog.add_member()
    qtmodeltester.check(dialog.model)
    rows = dialog.model.members()
    assert [(m.person_name, m.organization_name, m.role, m.substitute_for_name, m.valid_from)
            for m in rows] == [
        ("Anna Berger", "Jugendamt Rostock", "chair", "", None),
        ("Ben Muster", "", "substitute", "Anna Berger", date(2025, 1, 1)),
    ]
    dialog.table.selectRow(1)
    end = date.today() + timedelta(days=90)
    dialog.end_date.setText(end.strftime("%d.%m.%Y"))
    dialog.end_member()
    assert dialog.model.member(1).valid_to == end  # type: ignore[union-attr]
    dialog.kind.setCurrentIndex(dialog.kind.findData("lenkungsgruppe"))
    dialog.create_body()
    assert "Lenkungsgruppe gehört zu einem Regionalraum" in dialog.message.text()


def test_open_target_jumps_to_the_item_and_word(panel: MeetingPanel, ctx: AppContext) -> None:
    meeting = _plan(ctx, STT, date(2025, 1, 14))
    with ctx.database.write() as s:
        topic = next(i for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
        svc.save_notes(s, topic.id, "Zuerst anderes.\nDann ging es um den Bolzplatz am See.")
        concern = svc.add_concern(s, meeting_id=meeting, agenda_item_id=topic.id,
                                  text="Flutlicht am Bolzplatz")
    assert panel.open_target("concern", concern, "Bolzplatz")
    editor = panel.editor
    assert panel.stack.currentIndex() == 1
    assert editor.current_item is not None and editor.current_item.id == topic.id
    assert editor.notes.notes.textCursor().selectedText() == "Bolzplatz"
    assert not panel.open_target("measure", uuid.uuid4())
