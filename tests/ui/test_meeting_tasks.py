"""The "Aufgaben" and "Vereinbarungen" tabs of the meeting editor with real widgets on a real
file: overdue tasks marked, editing what/who/when/done by keyboard, done by Space, deleting with
undo; agreements edited and deleted; every new control named for assistive technology."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, Arrangement, MemberRole, Task
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.form_dialog import pydate, qdate
from sro_desktop.ui.meetings.result_dialog import ResultDialog

STT = body_uuid("stadtteiltisch", "D")
CTRL = Qt.KeyboardModifier.ControlModifier
DAY = date(2025, 2, 11)


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, uuid.UUID]:
    """A held meeting in the past: one task overdue, one due far ahead, one done; two
    agreements."""
    with ctx.database.write() as s:
        jonas = svc.create_person(s, first_name="Jonas", last_name="Krüger")
        svc.add_membership(s, body_id=STT, person_id=jonas, role=MemberRole.CHAIR)
        club = svc.create_organization(s, "Jugendclub Groß Klein")
        m = svc.plan_meeting(s, body_id=STT, day=DAY, start_time=time(17))
        topic = next(i for i in svc.agenda(s, m) if i.kind == AgendaKind.TOPIC)
        late = svc.add_task(s, meeting_id=m, agenda_item_id=topic.id,
                            description="Raum im Jugendclub anfragen", owner_person_id=jonas,
                            due=DAY + timedelta(days=14))
        ahead = svc.add_task(s, meeting_id=m, agenda_item_id=topic.id,
                             description="Beleuchtung beantragen", owner_text="Ortsbeirat",
                             due=date.today() + timedelta(days=60))
        done = svc.add_task(s, meeting_id=m, agenda_item_id=topic.id,
                            description="Flyer verteilen", due=DAY + timedelta(days=7))
        svc.set_task_done(s, done, DAY + timedelta(days=5))
        first = svc.add_arrangement(s, meeting_id=m, agenda_item_id=topic.id,
                                    text="Nächstes Treffen im Jugendclub")
        second = svc.add_arrangement(s, meeting_id=m, text="Protokoll per E-Mail")
        return {"meeting": m, "topic": topic.id, "jonas": jonas, "club": club, "late": late,
                "ahead": ahead, "done": done, "first": first, "second": second}


def _editor(qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID]) -> MeetingEditor:
    editor = MeetingEditor(ctx, idle_ms=50, max_ms=200)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.load(ids["meeting"], ids["topic"])
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, umlauts included."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _task(ctx: AppContext, task_id: uuid.UUID) -> Task:
    with ctx.database.session() as s:
        task = s.get(Task, task_id)
        assert task is not None
        s.expunge(task)
        return task


def test_overdue_tasks_are_marked_in_words_and_colour(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID], qtmodeltester: ModelTester
) -> None:
    editor = _editor(qtbot, ctx, ids)
    page = editor.task_page
    model = page.model
    qtmodeltester.check(model)
    index = editor.tabs.indexOf(page)
    # A short title; the counts are spoken, in the tooltip, above the table and in a badge.
    assert editor.tabs.tabText(index) == "Aufgaben"
    assert editor.tabs.tabBar().accessibleTabName(index) == "Aufgaben (3, 1 überfällig)"
    assert editor.tabs.tabToolTip(index) == "3 Aufgaben · 2 offen · 1 überfällig"
    assert not editor.tabs.tabIcon(index).isNull()
    assert page.summary.text() == "3 Aufgaben · 2 offen · 1 überfällig"
    late = model.row_of(ids["late"])
    cells = [model.data(model.index(late, c)) for c in range(model.columnCount())]
    assert cells == ["4", "Raum im Jugendclub anfragen", "Jonas Krüger",
                     "25.02.2025 – überfällig", ""]
    assert model.data(model.index(late, 1), Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")
    assert model.data(model.index(late, 1), Qt.ItemDataRole.BackgroundRole) is not None
    ahead = model.row_of(ids["ahead"])
    assert model.data(model.index(ahead, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert "überfällig" not in model.data(model.index(ahead, 3))
    done = model.row_of(ids["done"])
    assert model.data(model.index(done, 4)) == "16.02.2025"
    assert model.data(model.index(done, 4), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked)
    assert "überfällig" not in model.data(model.index(done, 3))
    # The item's result list on the notes tab says it as well.
    lines = [editor.notes.results_model.data(editor.notes.results_model.index(r))
             for r in range(editor.notes.results_model.rowCount())]
    assert any(line.endswith("bis 25.02.2025 – überfällig") for line in lines)


def test_edit_a_task_by_keyboard_then_undo(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, ids)
    page = editor.task_page
    editor.tabs.setCurrentWidget(page)
    page.table.setFocus()
    page.select(ids["late"])
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.windowTitle() == "Aufgabe bearbeiten"
    assert dialog.owner.currentText() == "Jonas Krüger"
    assert pydate(dialog.due.date()) == DAY + timedelta(days=14)
    assert not dialog.done_box.isChecked() and not dialog.done_day.isEnabled()
    dialog.text.selectAll()
    type_text(dialog.text, "Raum im Jugendclub für März anfragen")
    dialog.owner.setCurrentIndex(dialog.owner.findText("Jugendclub Groß Klein"))
    dialog.due.setDate(qdate(date(2025, 3, 15)))
    dialog.done_box.setChecked(True)
    assert dialog.done_day.isEnabled()
    dialog.done_day.setDate(qdate(date(2025, 3, 10)))
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    task = _task(ctx, ids["late"])
    assert (task.description, task.owner_person_id, task.owner_organization_id, task.owner_text,
            task.due, task.done_on) == ("Raum im Jugendclub für März anfragen", None, ids["club"],
                                        "", date(2025, 3, 15), date(2025, 3, 10))
    assert page.summary.text() == "3 Aufgaben · 1 offen"  # done: no longer overdue
    assert editor.tabs.tabBar().accessibleTabName(editor.tabs.indexOf(page)) == "Aufgaben (3)"
    assert editor.tabs.tabIcon(editor.tabs.indexOf(page)).isNull()  # no badge
    ctx.undo_stack.undo()
    task = _task(ctx, ids["late"])
    assert (task.description, task.owner_person_id, task.owner_organization_id, task.due,
            task.done_on) == ("Raum im Jugendclub anfragen", ids["jonas"], None,
                              DAY + timedelta(days=14), None)
    assert page.summary.text() == "3 Aufgaben · 2 offen · 1 überfällig"


def test_owner_as_free_text_and_no_due_date(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, ids)
    editor.edit_result("task", ids["ahead"])
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    assert dialog.owner.currentText() == "Ortsbeirat"
    edit = dialog.owner.lineEdit()
    edit.selectAll()
    type_text(edit, "Quartiersmanagement")
    dialog.no_due.click()
    assert not dialog.due.isEnabled()
    dialog.accept()
    task = _task(ctx, ids["ahead"])
    assert (task.owner_text, task.owner_person_id, task.due) == ("Quartiersmanagement", None,
                                                                 None)
    model = editor.task_page.model
    row = model.row_of(ids["ahead"])
    assert model.data(model.index(row, 2)) == "Quartiersmanagement"
    assert model.data(model.index(row, 3)) == ""


def test_space_toggles_done_and_del_deletes_with_undo(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, ids)
    page = editor.task_page
    editor.tabs.setCurrentWidget(page)
    page.table.setFocus()
    page.select(ids["late"])
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert _task(ctx, ids["late"]).done_on == DAY  # done in the meeting it came from
    assert page.current_id() == ids["late"]
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert _task(ctx, ids["late"]).done_on is None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _task(ctx, ids["late"]).deleted_at is not None
    assert page.model.row_of(ids["late"]) < 0
    assert editor.tabs.tabBar().accessibleTabName(editor.tabs.indexOf(page)) == "Aufgaben (2)"
    assert ctx.undo_stack.undoText() == "Aufgabe löschen"
    ctx.undo_stack.undo()
    assert _task(ctx, ids["late"]).deleted_at is None
    assert page.model.row_of(ids["late"]) >= 0


def test_agreements_edited_and_deleted_with_undo(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID], qtmodeltester: ModelTester
) -> None:
    editor = _editor(qtbot, ctx, ids)
    page = editor.arrangement_page
    qtmodeltester.check(page.model)
    index = editor.tabs.indexOf(page)
    assert editor.tabs.tabText(index) == "Vereinbarungen"
    assert editor.tabs.tabBar().accessibleTabName(index) == "Vereinbarungen (2)"
    assert editor.tabs.tabToolTip(index) == page.summary.text() == "2 Vereinbarungen"
    model = page.model
    assert [[model.data(model.index(r, c)) for c in range(2)] for r in range(2)] == [
        ["4", "Nächstes Treffen im Jugendclub"], ["", "Protokoll per E-Mail"]]
    editor.tabs.setCurrentWidget(page)
    page.table.setFocus()
    page.select(ids["second"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.kind == "arrangement"
    dialog.text.selectAll()
    type_text(dialog.text, "Protokoll per E-Mail an alle Teilnehmer*innen")
    dialog.accept()
    with ctx.database.session() as s:
        assert s.get(Arrangement, ids["second"]).text == (  # type: ignore[union-attr]
            "Protokoll per E-Mail an alle Teilnehmer*innen")
    assert model.data(model.index(model.row_of(ids["second"]), 1)) == (
        "Protokoll per E-Mail an alle Teilnehmer*innen")
    ctx.undo_stack.undo()
    with ctx.database.session() as s:
        assert s.get(Arrangement, ids["second"]).text == "Protokoll per E-Mail"  # type: ignore[union-attr]
    page.delete_button.click()
    assert page.model.row_of(ids["second"]) < 0
    ctx.undo_stack.undo()
    assert page.model.row_of(ids["second"]) >= 0
    # Approved or closed minutes: agreements are minutes text and stay as they are.
    with ctx.database.write() as s:
        svc.close_minutes(s, ids["meeting"])
    editor.load(ids["meeting"], ids["topic"])
    page.select(ids["first"])
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    editor.edit_result("arrangement", ids["first"])
    assert "Protokoll gesperrt" in editor.message.text()


def _inside_a_control(widget: QWidget) -> bool:
    """Parts of a control (a table's header, a line edit's clear button) are named by it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QComboBox, QDateEdit, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader could not name: no accessible name and no text."""
    out = []
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QDateEdit)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or _inside_a_control(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            out.append(f"{type(widget).__name__} {widget.objectName()}")
    return out


def test_new_controls_are_named_and_labelled_in_german(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, ids)
    for page in editor.result_pages.values():
        assert _unnamed(page) == [], page.kind
        assert page.new_button.text() == "Neu …" and page.delete_button.text() == "Löschen"
    editor.edit_result("task", ids["late"])
    assert editor.dialog is not None and _unnamed(editor.dialog) == []
    editor.dialog.reject()
    with ctx.database.write() as s:
        concern = svc.add_concern(s, meeting_id=ids["meeting"], agenda_item_id=ids["topic"],
                                  text="Mehr Bänke")
    editor.load(ids["meeting"], ids["topic"])
    editor.edit_result("concern", concern)
    assert editor.dialog is not None and _unnamed(editor.dialog) == []
    editor.dialog.reject()
    editor.link_measure(concern)
    assert editor.dialog is not None and _unnamed(editor.dialog) == []
    assert editor.dialog.empty.isVisibleTo(editor.dialog)  # type: ignore[attr-defined]
    editor.dialog.reject()
    assert editor.concern_page.link_button.toolTip().endswith("(Strg+L)")
