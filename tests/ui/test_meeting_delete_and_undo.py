"""Deleting a planned meeting from its editor (asked for, undoable, gone from the list), and the
undo stack after an approval: "Protokoll abschließen" of approved minutes is no longer offered."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, MeetingStatus
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.dialogs import MeetingDataDialog
from sro_desktop.ui.meetings.panel import MeetingPanel

STT = body_uuid("stadtteiltisch", "D")


@pytest.fixture
def planned(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        meeting = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), start_time=time(17))
        item = next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
        svc.save_notes(s, item, "Schon notiert")
        return meeting


def _panel(qtbot: QtBot, ctx: AppContext) -> MeetingPanel:
    panel = MeetingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 760)
    panel.set_area(area_uuid("D"))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _confirm(editor: MeetingEditor, answer: str) -> None:
    box = editor.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "deleteMeetingBox"
    assert box.text() == ("Die geplante Sitzung „Stadtteiltisch Groß Klein“ am Di., 11.02.2025 "
                          "löschen?")
    assert box.defaultButton().text() == "Abbrechen"  # Enter does not delete
    next(b for b in box.buttons() if b.text() == answer).click()


def _listed(panel: MeetingPanel, meeting: uuid.UUID) -> bool:
    return panel.model.row_of(meeting) >= 0


def test_delete_a_planned_meeting_from_its_data_dialog(
    qtbot: QtBot, ctx: AppContext, planned: uuid.UUID
) -> None:
    panel = _panel(qtbot, ctx)
    assert _listed(panel, planned)
    panel.open_meeting(planned)
    editor = panel.editor
    editor.data_button.click()
    dialog = editor.dialog
    assert isinstance(dialog, MeetingDataDialog)
    delete = dialog.findChild(QPushButton, "deleteMeetingButton")
    assert delete is not None and delete.text() == "Sitzung löschen …"
    delete.click()
    assert not dialog.isVisible()
    _confirm(editor, "Abbrechen")  # asked first; cancelling changes nothing
    assert editor.meeting_id == planned and _listed(panel, planned)

    editor.delete_meeting()
    with qtbot.waitSignal(editor.back_requested):
        _confirm(editor, "Sitzung löschen")
    with ctx.database.session() as s:
        assert planned not in svc.meeting_ids(s)
    assert editor.meeting_id is None and not editor.tabs.isEnabled()
    assert "gelöscht" in editor.banner.text()
    assert not _listed(panel, planned)  # the list heard of it, though the editor did it
    assert ctx.undo_stack.undoText() == "Sitzung löschen"

    ctx.undo_stack.undo()
    assert _listed(panel, planned)
    with ctx.database.session() as s:
        detail = svc.meeting_detail(s, planned)
        topic = next(i for i in svc.agenda(s, planned) if i.kind == AgendaKind.TOPIC)
    assert detail.status == MeetingStatus.PLANNED and topic.notes == "Schon notiert"
    panel.open_meeting(planned)
    assert editor.tabs.isEnabled() and not editor.banner.isVisible()
    # Redo while the meeting is open again: the editor lets go of it.
    with qtbot.waitSignal(editor.back_requested):
        ctx.undo_stack.redo()
    assert editor.meeting_id is None and not _listed(panel, planned)


def test_a_held_meeting_offers_no_delete(qtbot: QtBot, ctx: AppContext,
                                         planned: uuid.UUID) -> None:
    with ctx.database.write() as s:
        svc.start_meeting(s, planned)
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(planned)
    editor.edit_meeting_data()
    dialog = editor.dialog
    assert isinstance(dialog, MeetingDataDialog)
    assert dialog.findChild(QPushButton, "deleteMeetingButton") is None
    dialog.reject()
    editor.delete_meeting()
    assert editor.message.text() == ("Sitzung löschen: bereits durchgeführt (nur geplante "
                                     "Sitzungen können gelöscht werden)")


def test_a_meeting_deleted_elsewhere_is_let_go(qtbot: QtBot, ctx: AppContext,
                                               planned: uuid.UUID) -> None:
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(planned)
    with ctx.database.write() as s:  # a colleague on the shared file
        svc.delete_meeting(s, planned)
    with qtbot.waitSignal(editor.back_requested):
        editor._reload()
    assert editor.meeting_id is None
    with pytest.raises(svc.NotFoundError):
        editor.load(planned)


def _closed_then_approved(qtbot: QtBot, ctx: AppContext,
                          meeting: uuid.UUID) -> tuple[MeetingEditor, uuid.UUID]:
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.load(meeting)
    editor.close_minutes()
    assert ctx.undo_stack.undoText() == "Protokoll abschließen"
    with ctx.database.write() as s:
        later = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
        approval = next(i.id for i in svc.agenda(s, later)
                        if i.kind == AgendaKind.MINUTES_APPROVAL)
    editor.load(later, approval)
    return editor, later


def test_approval_ends_the_undo_of_closing(qtbot: QtBot, ctx: AppContext,
                                           planned: uuid.UUID) -> None:
    editor, _later = _closed_then_approved(qtbot, ctx, planned)
    editor.notes.approve_button.click()
    with ctx.database.session() as s:
        assert svc.meeting_detail(s, planned).status == MeetingStatus.APPROVED
    assert not ctx.undo_stack.canUndo()
    assert ctx.undo_stack.undoText() == ""
    assert not editor.message.isVisible()


def test_approval_ends_it_under_later_steps_too(qtbot: QtBot, ctx: AppContext,
                                                planned: uuid.UUID) -> None:
    editor, later = _closed_then_approved(qtbot, ctx, planned)
    editor.add_item()  # a step of the next meeting lies on top of the closing
    assert ctx.undo_stack.undoText() == "TOP hinzufügen"
    editor.select_item(next(i.id for i in editor._items
                            if i.kind == AgendaKind.MINUTES_APPROVAL))
    editor.notes.approve_button.click()
    assert ctx.undo_stack.undoText() == "TOP hinzufügen"  # still undoable
    ctx.undo_stack.undo()
    # The closing below it is not offered next: it went when it reached the top.
    assert not ctx.undo_stack.canUndo() and ctx.undo_stack.count() == 1
    with ctx.database.session() as s:
        assert svc.meeting_detail(s, planned).status == MeetingStatus.APPROVED
        assert "Neuer TOP" not in [i.title for i in svc.agenda(s, later)]


def test_approved_elsewhere_ends_it_when_the_minutes_are_shown(
    qtbot: QtBot, ctx: AppContext, planned: uuid.UUID
) -> None:
    editor = MeetingEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(planned)
    editor.close_minutes()
    with ctx.database.write() as s:  # approved at another computer
        later = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
        svc.approve_minutes(s, planned, in_meeting_id=later)
    assert ctx.undo_stack.canUndo()
    editor._reload()
    assert not ctx.undo_stack.canUndo()
