"""The meeting editor with real widgets: typing minutes, shortcuts, agenda moves, the privacy
hint, attendance, approval, lock and amendments; every model checked by the model tester."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, AttendanceStatus, MeetingStatus, MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.agenda_model import MIME
from sro_desktop.ui.meetings.dialogs import ResultDialog

STT = body_uuid("stadtteiltisch", "D")


@pytest.fixture
def meeting(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        anna = svc.create_person(s, first_name="Anna", last_name="Berger")
        svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
        jonas = svc.create_person(s, first_name="Jonas", last_name="Krüger")
        svc.add_membership(s, body_id=STT, person_id=jonas)
        return svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), start_time=time(17),
                                end_time=time(19), place="Haus der Begegnung")


def _editor(qtbot: QtBot, ctx: AppContext, meeting_id: uuid.UUID,
            item_kind: str | None = AgendaKind.TOPIC) -> MeetingEditor:
    editor = MeetingEditor(ctx, idle_ms=50, max_ms=200)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    item_id = None
    if item_kind:
        with ctx.database.session() as s:
            item_id = next(i.id for i in svc.agenda(s, meeting_id) if i.kind == item_kind)
    editor.load(meeting_id, item_id)
    with qtbot.waitActive(editor):  # shortcuts need the active window
        editor.show()
        editor.activateWindow()
    return editor


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard: one key event per character, umlauts included (QTest's own
    keyClicks accepts only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _stored_notes(ctx: AppContext, item_id: uuid.UUID) -> str:
    with ctx.database.session() as s:
        return svc.agenda_item(s, item_id).notes


def test_typed_minutes_survive_closing_and_reopening(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    assert editor.objectName() == "meetingEditor"
    notes = editor.findChild(type(editor.notes.notes), "notesEditor")
    assert notes is editor.notes.notes
    item = editor.current_item
    assert item is not None and item.kind == AgendaKind.TOPIC
    notes.setFocus()
    type_text(notes, "Bänke am Bolzplatz fehlen; Straßenfest geplant.")
    # Saved in the background after the pause, without any explicit save.
    qtbot.waitUntil(lambda: _stored_notes(ctx, item.id).endswith("Straßenfest geplant."),
                    timeout=5000)
    qtbot.waitUntil(lambda: editor.notes.save_state.text().startswith("Gespeichert"))
    type_text(notes, " Nachtrag")
    editor.flush()  # closing the editor saves the rest
    editor.close()
    again = _editor(qtbot, ctx, meeting)
    assert again.notes.notes.toPlainText() == (
        "Bänke am Bolzplatz fehlen; Straßenfest geplant. Nachtrag")


def test_switching_items_keeps_the_text_of_each(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting, item_kind=None)
    first = editor.current_item
    assert first is not None and first.number == "1"
    type_text(editor.notes.notes, "Begrüßung durch Frau Berger")
    editor.notes.notes.setFocus()
    qtbot.keyClick(editor.notes.notes, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    second = editor.current_item
    assert second is not None and second.number == "2"
    assert editor.notes.notes.toPlainText() == ""
    assert editor.notes.notes.hasFocus()
    type_text(editor.notes.notes, "Zweiter Punkt")
    qtbot.keyClick(editor.notes.notes, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    # The first item's text is there at once, even if its save is still queued.
    assert editor.notes.notes.toPlainText() == "Begrüßung durch Frau Berger"
    assert editor.flush()
    qtbot.waitUntil(lambda: _stored_notes(ctx, second.id) == "Zweiter Punkt", timeout=5000)
    assert _stored_notes(ctx, first.id) == "Begrüßung durch Frau Berger"


def test_concern_task_and_agreement_by_shortcut(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    notes = editor.notes.notes
    notes.setFocus()
    type_text(notes, "Jugendliche wünschen einen Treffpunkt am Abend")
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.kind == "concern"
    assert dialog.text.toPlainText() == "Jugendliche wünschen einen Treffpunkt am Abend"
    dialog.target_group.setText("14–18")
    dialog.accept()
    assert notes.textCursor().hasSelection()  # the notes stay as they were
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(notes, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    task_dialog = editor.dialog
    assert isinstance(task_dialog, ResultDialog) and task_dialog.kind == "task"
    task_dialog.accept()  # empty: refused with the field named, the dialog stays
    assert task_dialog.message.text() == "Was: fehlt (Pflichtfeld)"
    task_dialog.text.setPlainText("Raum im Jugendclub anfragen")
    task_dialog.owner.setCurrentIndex(task_dialog.owner.findText("Jonas Krüger"))
    task_dialog.accept()
    qtbot.keyClick(notes, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(editor.dialog, ResultDialog)
    editor.dialog.text.setPlainText("Nächstes Treffen im Jugendclub")
    editor.dialog.accept()
    lines = [editor.notes.results_model.data(editor.notes.results_model.index(r))
             for r in range(editor.notes.results_model.rowCount())]
    assert lines[0].startswith("Anliegen: Jugendliche wünschen einen Treffpunkt am Abend")
    assert "Zielgruppe: 14–18" in lines[0]
    assert lines[1].startswith("Aufgabe: Raum im Jugendclub anfragen  —  Jonas Krüger · bis")
    assert lines[2] == "Vereinbarung: Nächstes Treffen im Jugendclub"
    # Undo takes the agreement back.
    ctx.undo_stack.undo()
    assert editor.notes.results_model.rowCount() == 2
    tip = editor.actions_by_name["actionNewConcern"].toolTip()
    # Native text follows the installed Qt translation ("Strg+Umschalt+B" in German).
    keys = QKeySequence("Ctrl+Shift+B").toString(QKeySequence.SequenceFormat.NativeText)
    assert tip == f"Neues Anliegen ({keys})"


def test_agenda_moves_by_keyboard_and_drop(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    editor = _editor(qtbot, ctx, meeting, item_kind=None)
    model = editor.agenda.model
    qtmodeltester.check(model)
    view = editor.agenda.view
    assert view.objectName() == "agendaList"
    titles = [model.item(r).title for r in range(model.rowCount())]
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    with ctx.database.session() as s:
        stored = [(i.number, i.title) for i in svc.agenda(s, meeting)]
    assert stored[:2] == [("1", titles[1]), ("2", titles[0])]
    assert model.item(1).title == titles[0] and view.currentIndex().row() == 1
    # Drag and drop: the last item dropped on top.
    mime = QMimeData()
    mime.setData(MIME, str(model.rowCount() - 1).encode())
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    with ctx.database.session() as s:
        assert svc.agenda(s, meeting)[0].title == titles[-1]
    assert model.item(0).title == titles[-1] and model.item(0).number == "1"
    ctx.undo_stack.undo()
    assert model.item(0).title == titles[1]


def test_privacy_hint_warns_without_blocking(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    item = editor.current_item
    assert item is not None
    type_text(editor.notes.notes, "Frau K. erreichbar unter 0381 1234567")
    warning = editor.findChild(type(editor.notes.privacy), "privacyWarning")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    assert "„0381 1234567“ sieht nach einer Telefonnummer aus" in warning.text()
    qtbot.waitUntil(lambda: "0381" in _stored_notes(ctx, item.id), timeout=5000)
    editor.notes.notes.clear()
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=3000)


def test_attendance_residents_and_guests(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    widget = editor.attendance
    qtmodeltester.check(widget.model)
    assert [widget.model.row(r).person_name for r in range(widget.model.rowCount())] == [
        "Anna Berger", "Jonas Krüger"]
    widget.table.selectRow(0)
    widget.status_buttons[AttendanceStatus.PRESENT].click()
    assert widget.table.currentIndex().row() == 1  # on to the next person
    widget.status_buttons[AttendanceStatus.EXCUSED].click()
    widget.residents.setValue(17)
    widget.residents.editingFinished.emit()
    widget.guests.setPlainText("Schule am Schwanenteich\nPolizei Rostock")
    widget.flush()
    with ctx.database.session() as s:
        sheet = {r.person_name: r.status for r in svc.attendance_sheet(s, meeting)}
        detail = svc.meeting_detail(s, meeting)
    assert sheet == {"Anna Berger": "present", "Jonas Krüger": "excused"}
    assert detail.resident_count == 17
    assert detail.guest_institutions == ("Schule am Schwanenteich", "Polizei Rostock")


def test_approve_at_next_meeting_then_locked_with_amendment(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    with ctx.database.write() as s:
        topic = next(i for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
        svc.save_notes(s, topic.id, "Spielplatz: Schaukel defekt.")
        svc.close_minutes(s, meeting)
        nxt = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
    editor = _editor(qtbot, ctx, nxt, item_kind=AgendaKind.MINUTES_APPROVAL)
    assert editor.notes.approval.isVisible()
    assert editor.notes.approve_button.text() == "Protokoll vom 11.02.2025 genehmigen"
    editor.notes.approve_button.click()
    assert editor.detail is not None and editor.detail.status == MeetingStatus.HELD
    assert "wird genehmigt" in editor.notes.meta.text()
    # The approved minutes open read-only, with the lock explained.
    old = _editor(qtbot, ctx, meeting)
    assert old.notes.notes.isReadOnly()
    assert not old.agenda.model.editable
    assert old.banner.isVisible() and "Genehmigt in der Sitzung vom 11.03.2025" in (
        old.banner.text())
    assert old.amend_button.isVisible() and not old.close_button.isVisible()
    old.amend_button.click()
    dialog = old.dialog
    assert dialog is not None and dialog.objectName() == "amendmentDialog"
    dialog.text.setPlainText("Gemeint ist der Spielplatz am Kolumbusring.")  # type: ignore[attr-defined]
    dialog.accept()
    qtmodeltester.check(old.amendment_model)
    assert old.amendment_model.rowCount() == 1
    index = old.tabs.indexOf(old.amendments_page)
    assert old.tabs.tabText(index) == "Änderungen"
    assert old.tabs.tabBar().accessibleTabName(index) == "Änderungen (1)"
    assert old.tabs.tabToolTip(index) == "1 protokollierte Änderung"
    lines = [old.notes.results_model.data(old.notes.results_model.index(r))
             for r in range(old.notes.results_model.rowCount())]
    assert lines[-1].startswith("Änderung: Gemeint ist der Spielplatz am Kolumbusring.")
    assert old.notes.notes.toPlainText() == "Spielplatz: Schaukel defekt."


def test_closing_and_reopening_from_the_header(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    type_text(editor.notes.notes, "Ergebnis")
    editor.close_button.click()
    assert editor.detail is not None and editor.detail.status == MeetingStatus.CLOSED
    assert editor.notes.notes.isReadOnly() and editor.reopen_button.isVisible()
    assert _stored_notes(ctx, editor.current_item.id) == "Ergebnis"  # type: ignore[union-attr]
    editor.reopen_button.click()
    assert not editor.notes.notes.isReadOnly()
    assert editor.detail.status == MeetingStatus.HELD


def test_a_concurrent_edit_shows_both_versions_until_decided(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    editor = _editor(qtbot, ctx, meeting)
    item = editor.current_item
    assert item is not None
    with ctx.database.write() as s:  # a colleague on the shared file
        svc.save_notes(s, item.id, "Fassung der Kollegin")
    type_text(editor.notes.notes, "Meine Notizen")
    qtbot.waitUntil(editor.notes.conflict.isVisible, timeout=5000)
    assert "inzwischen von testerin geändert" in editor.notes.conflict_text.text()
    assert _stored_notes(ctx, item.id) == "Fassung der Kollegin"
    editor.notes.keep_mine_button.click()
    qtbot.waitUntil(lambda: _stored_notes(ctx, item.id) == "Meine Notizen", timeout=5000)
    assert not editor.notes.conflict.isVisible()


def test_open_tasks_item_lists_carried_tasks_and_marks_them_done(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    with ctx.database.write() as s:
        task = svc.add_task(s, meeting_id=meeting, description="Flyer verteilen",
                            owner_text="Jugendclub", due=date(2025, 3, 1))
        nxt = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
        later_task = svc.add_task(s, meeting_id=meeting, description="Nachzügler")
    # Opening the planned meeting picks up the task added after it was planned.
    editor = _editor(qtbot, ctx, nxt, item_kind=AgendaKind.OPEN_TASKS)
    model = editor.notes.results_model
    qtmodeltester.check(model)
    lines = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert lines == ["Offene Aufgabe: Flyer verteilen  —  Jugendclub · bis 01.03.2025 – überfällig",
                     "Offene Aufgabe: Nachzügler"]
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with ctx.database.session() as s:
        done = {t.id: t.done_on for t in svc.carried_tasks(s, nxt)}
    assert done == {task: date(2025, 3, 11), later_task: None}
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _status_column(widget: QWidget) -> list[str]:
    model = widget.model  # type: ignore[attr-defined]
    return [model.index(r, 3).data() for r in range(model.rowCount())]


def test_attendance_keys_show_the_status_at_once(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    # The editor skips its own changes on the bus, so the sheet must re-read itself after
    # each write: A, E and F in the list show the new status in the table straight away.
    editor = _editor(qtbot, ctx, meeting)
    editor.tabs.setCurrentWidget(editor.attendance)
    widget = editor.attendance
    widget.table.setFocus()
    widget.table.selectRow(0)
    assert _status_column(widget) == ["–", "–"]
    qtbot.keyClick(widget.table, Qt.Key.Key_A)
    assert _status_column(widget) == ["anwesend", "–"]
    assert widget.table.currentIndex().row() == 1
    qtbot.keyClick(widget.table, Qt.Key.Key_E)
    assert _status_column(widget) == ["anwesend", "entschuldigt"]
    widget.table.selectRow(0)
    qtbot.keyClick(widget.table, Qt.Key.Key_F)
    assert _status_column(widget) == ["abwesend", "entschuldigt"]
    # Guest names typed but not saved yet survive the re-read.
    widget.guests.setPlainText("Polizei Rostock")
    widget.table.selectRow(1)
    widget.status_buttons[AttendanceStatus.PRESENT].click()
    assert _status_column(widget) == ["abwesend", "anwesend"]
    assert widget.guests.toPlainText() == "Polizei Rostock"


def test_undoing_a_deletion_restores_position_level_and_number(
    qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID
) -> None:
    with ctx.database.write() as s:
        items = svc.agenda(s, meeting)
        topic = next(i for i in items if i.kind == AgendaKind.TOPIC)
        for offset, title in ((1, "Spielplatz"), (2, "Bolzplatz")):
            svc.add_agenda_item(s, meeting, title, position=topic.position + offset, level=1)
        svc.add_agenda_item(s, meeting, "Nachtrag", position=len(items) + 2, level=1)
    editor = _editor(qtbot, ctx, meeting, item_kind=None)
    model = editor.agenda.model

    def shown() -> list[tuple[str, str, int]]:
        return [(model.item(r).number, model.item(r).title, model.item(r).level)
                for r in range(model.rowCount())]

    before = shown()
    assert ("4.2", "Bolzplatz", 1) in before and before[-1] == ("5.1", "Nachtrag", 1)
    assert editor.select_item(next(model.item(r).id for r in range(model.rowCount())
                                   if model.item(r).title == "Bolzplatz"))
    editor.delete_item()
    assert "Bolzplatz" not in [t for _n, t, _l in shown()]
    assert ctx.undo_stack.undoText() == "TOP löschen"
    ctx.undo_stack.undo()
    assert shown() == before
    with ctx.database.session() as s:
        assert [(i.number, i.title, i.level) for i in svc.agenda(s, meeting)] == before
    ctx.undo_stack.redo()
    assert "Bolzplatz" not in [t for _n, t, _l in shown()]
