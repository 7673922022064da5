"""The "Anliegen" tab of the meeting editor with real widgets on a real file: listing and
narrowing to the item, editing by keyboard, deleting with undo, and linking a concern to a
measure of the Regionalraum, seen from both sides (the concern and the measure form)."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, Area, AuditEntry, Concern, Measure, MeetingStatus
from sro_desktop.services import measures as msvc
from sro_desktop.services import meetings as svc
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.measure_picker import MeasurePickerDialog
from sro_desktop.ui.meetings.result_dialog import ResultDialog

STT = body_uuid("stadtteiltisch", "D")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def meeting(ctx: AppContext) -> dict[str, uuid.UUID]:
    """A Stadtteiltisch meeting with two concerns under the topic item and one under the last."""
    with ctx.database.write() as s:
        m = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), start_time=time(17),
                             place="Haus der Begegnung")
        items = svc.agenda(s, m)
        topic = next(i for i in items if i.kind == AgendaKind.TOPIC)
        first = svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id,
                                text="Treffpunkt für Jugendliche am Abend",
                                target_group="Jugendliche 14–18")
        second = svc.add_concern(s, meeting_id=m, agenda_item_id=topic.id,
                                 text="Bänke am Bolzplatz")
        other = svc.add_concern(s, meeting_id=m, agenda_item_id=items[-1].id,
                                text="Ferienangebote für Alleinerziehende")
        return {"meeting": m, "topic": topic.id, "first": first, "second": second,
                "other": other}


def _editor(qtbot: QtBot, ctx: AppContext, meeting_id: uuid.UUID,
            item_id: uuid.UUID | None) -> MeetingEditor:
    editor = MeetingEditor(ctx, idle_ms=50, max_ms=200)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.load(meeting_id, item_id)
    with qtbot.waitActive(editor):  # shortcuts need the active window
        editor.show()
        editor.activateWindow()
    return editor


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, umlauts included (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _concern(ctx: AppContext, concern_id: uuid.UUID) -> svc.ConcernRow | None:
    with ctx.database.session() as s:
        rows = svc.meeting_results(s, _meeting_of(s, concern_id)).concerns
    return next((r for r in rows if r.info.id == concern_id), None)


def _meeting_of(s: object, concern_id: uuid.UUID) -> uuid.UUID:
    meeting_id = s.get(Concern, concern_id).meeting_id  # type: ignore[attr-defined]
    assert meeting_id is not None
    return meeting_id  # type: ignore[no-any-return]


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Dialog shortcuts (Ctrl+Enter) need the dialog to be the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _cells(editor: MeetingEditor, row: int) -> list[str]:
    model = editor.concern_page.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _open_concerns(qtbot: QtBot, editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.concern_page)
    editor.concern_page.table.setFocus()
    qtbot.waitUntil(editor.concern_page.table.hasFocus)


def test_concerns_listed_narrowed_to_the_item_and_edited_by_keyboard(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID], qtmodeltester: ModelTester
) -> None:
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    page = editor.concern_page
    qtmodeltester.check(page.model)
    index = editor.tabs.indexOf(page)
    assert editor.tabs.tabText(index) == "Anliegen"
    assert editor.tabs.tabBar().accessibleTabName(index) == "Anliegen (3)"
    assert editor.tabs.tabToolTip(index) == page.summary.text() == "3 Anliegen"
    assert [_cells(editor, r)[1] for r in range(page.model.rowCount())] == [
        "Treffpunkt für Jugendliche am Abend", "Bänke am Bolzplatz",
        "Ferienangebote für Alleinerziehende"]
    assert _cells(editor, 0)[:5] == ["4", "Treffpunkt für Jugendliche am Abend",
                                     "Jugendliche 14–18", "Groß Klein", "offen"]
    # Only the current item's concerns.
    assert page.only_item.text() == "Nur TOP 4"
    page.only_item.click()
    assert page.model.rowCount() == 2
    editor.step(+1)  # the filter follows the agenda
    assert page.only_item.text() == "Nur TOP 5" and page.model.rowCount() == 1
    editor.step(-1)

    _open_concerns(qtbot, editor)
    page.table.setCurrentIndex(page.model.index(1, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.record is not None
    assert dialog.windowTitle() == "Anliegen bearbeiten"
    assert dialog.text.toPlainText() == "Bänke am Bolzplatz"
    dialog.text.selectAll()
    type_text(dialog.text, "Bänke und Licht am Bolzplatz")
    dialog.target_group.setFocus()
    type_text(dialog.target_group, "Familien")
    areas = [dialog.area.itemText(i) for i in range(dialog.area.count())]
    assert areas[0] == "Regionalraum Nordwest (Arbeitstitel)" and "Lütten Klein" in areas
    assert "Südstadt" not in areas  # another Regionalraum
    dialog.area.setCurrentIndex(areas.index("Lütten Klein"))
    dialog.status.setCurrentIndex(dialog.status.findText("aufgegriffen"))
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves from any field
    assert not dialog.isVisible()

    stored = _concern(ctx, meeting["second"])
    assert stored is not None
    assert (stored.info.text, stored.info.target_group, stored.area_name, stored.info.status) == (
        "Bänke und Licht am Bolzplatz", "Familien", "Lütten Klein", "addressed")
    row = page.model.row_of(meeting["second"])
    assert _cells(editor, row)[1:5] == ["Bänke und Licht am Bolzplatz", "Familien",
                                        "Lütten Klein", "aufgegriffen"]
    assert page.current_id() == meeting["second"]  # the selection stays on the concern

    assert ctx.undo_stack.undoText() == "Anliegen ändern"
    ctx.undo_stack.undo()
    stored = _concern(ctx, meeting["second"])
    assert stored is not None
    assert (stored.info.text, stored.info.target_group, stored.area_name, stored.info.status) == (
        "Bänke am Bolzplatz", "", "Groß Klein", "open")
    assert _cells(editor, page.model.row_of(meeting["second"]))[1] == "Bänke am Bolzplatz"
    ctx.undo_stack.redo()
    assert _concern(ctx, meeting["second"]).info.status == "addressed"  # type: ignore[union-attr]


def test_an_empty_concern_is_refused_with_the_field_named(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    editor.edit_result("concern", meeting["first"])
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    dialog.text.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text() == "Anliegen: fehlt (Pflichtfeld)"
    dialog.reject()
    assert _concern(ctx, meeting["first"]).info.text == (  # type: ignore[union-attr]
        "Treffpunkt für Jugendliche am Abend")


def test_new_concern_from_the_tab_with_insert(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    _open_concerns(qtbot, editor)
    qtbot.keyClick(editor.concern_page.table, Qt.Key.Key_Insert)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.record is None
    type_text(dialog.text, "Spielplatz am Kolumbusring säubern")
    dialog.accept()
    page = editor.concern_page
    assert page.model.total == 4
    texts = [_cells(editor, r)[1] for r in range(page.model.rowCount())]
    # In agenda order: under TOP 4 after the two noted before, before TOP 5's concern.
    assert texts[2] == "Spielplatz am Kolumbusring säubern"
    assert _cells(editor, 2)[0] == "4"


def test_delete_with_the_del_key_and_undo(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    page = editor.concern_page
    _open_concerns(qtbot, editor)
    page.select(meeting["first"])
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _concern(ctx, meeting["first"]) is None
    assert page.model.row_of(meeting["first"]) < 0
    assert editor.tabs.tabBar().accessibleTabName(editor.tabs.indexOf(page)) == "Anliegen (2)"
    assert page.summary.text() == "2 Anliegen"
    with ctx.database.session() as s:
        assert s.get(Concern, meeting["first"]).deleted_at is not None  # a tombstone
    # The item's result list on the "Protokoll" tab lost it as well.
    lines = [r.text for r in editor.notes.results_model.rows()]
    assert "Treffpunkt für Jugendliche am Abend" not in lines
    assert ctx.undo_stack.undoText() == "Anliegen löschen"
    ctx.undo_stack.undo()
    assert _concern(ctx, meeting["first"]) is not None
    assert page.model.row_of(meeting["first"]) >= 0
    # Deleting from the item's result list (Del there) works the same way.
    results = editor.notes.results
    editor.tabs.setCurrentWidget(editor.notes)
    results.setFocus()
    row = next(i for i, r in enumerate(editor.notes.results_model.rows())
               if r.id == meeting["second"])
    results.setCurrentIndex(editor.notes.results_model.index(row))
    qtbot.keyClick(results, Qt.Key.Key_Delete)
    assert _concern(ctx, meeting["second"]) is None


def _measures(ctx: AppContext) -> dict[str, uuid.UUID]:
    with ctx.database.write() as s:
        out = {
            "fussball": msvc.save_measure(s, sample_application(
                s, title="Straßenfußball für alle")).id,
            "treff": msvc.save_measure(s, sample_application(
                s, title="Abendtreff im Stadtteilzentrum")).id,
            "mitte": msvc.save_measure(s, sample_application(
                s, area_code="L", title="Südstadt-Treff")).id,
        }
    return out  # type: ignore[return-value]


def _row_version(ctx: AppContext, measure_id: uuid.UUID) -> int:
    with ctx.database.session() as s:
        return s.get(Measure, measure_id).row_version  # type: ignore[union-attr]


def test_link_and_unlink_a_measure_visible_on_both_sides(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID], qtmodeltester: ModelTester
) -> None:
    ids = _measures(ctx)
    version = _row_version(ctx, ids["fussball"])
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    page = editor.concern_page
    _open_concerns(qtbot, editor)
    page.select(meeting["first"])
    assert page.measure_model.rowCount() == 0
    assert page.measures_heading.text() == (
        "Das gewählte Anliegen ist mit keiner Maßnahme verknüpft.")
    assert not page.unlink_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL)
    picker = editor.dialog
    assert isinstance(picker, MeasurePickerDialog)
    qtmodeltester.check(picker.model)
    offered = {picker.model.measure(r).title for r in range(picker.model.rowCount())}  # type: ignore[union-attr]
    assert offered == {"Straßenfußball für alle", "Abendtreff im Stadtteilzentrum"}
    _activate(qtbot, picker)
    assert picker.filter.hasFocus()
    qtbot.keyClicks(picker.filter, "fussball")  # ß folded as in the search
    assert picker.proxy.rowCount() == 1
    assert picker.chosen() is not None and picker.chosen().title == "Straßenfußball für alle"  # type: ignore[union-attr]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()

    # The concern shows its measure (number, title, status) and is now being worked on.
    number = page.measure_model.measure(0).number  # type: ignore[union-attr]
    assert page.measure_model.rowCount() == 1
    assert page.measure_model.data(page.measure_model.index(0)) == (
        f"{number}  Straßenfußball für alle (Entwurf)")
    assert page.measures_heading.text() == "Verknüpfte Maßnahmen des gewählten Anliegens (1)"
    assert _cells(editor, page.model.row_of(meeting["first"]))[4:] == ["in Bearbeitung", number]
    # The measure shows the concern: in its data, and in the measure form's need section.
    with ctx.database.session() as s:
        assert msvc.load_measure(s, ids["fussball"]).concern_ids == (meeting["first"],)
        assert [c.id for c in svc.concerns_of_measure(s, ids["fussball"])] == [meeting["first"]]
        logged = s.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == str(ids["fussball"]), AuditEntry.field == "concern_ids")).all()
    assert logged[-1].new == str(meeting["first"])
    assert _row_version(ctx, ids["fussball"]) == version + 1  # an open measure form sees it
    assert _form_checks(qtbot, ctx, ids["fussball"]) == {"Treffpunkt für Jugendliche am Abend"}

    # Unlink with Del in the measure list; undo links again.
    _activate(qtbot, editor)
    page.measures.setFocus()
    page.measures.setCurrentIndex(page.measure_model.index(0))
    assert page.unlink_button.isEnabled()
    qtbot.keyClick(page.measures, Qt.Key.Key_Delete)
    assert page.measure_model.rowCount() == 0
    with ctx.database.session() as s:
        assert msvc.load_measure(s, ids["fussball"]).concern_ids == ()
    assert _form_checks(qtbot, ctx, ids["fussball"]) == set()
    ctx.undo_stack.undo()  # the unlink
    assert page.measure_model.rowCount() == 1
    ctx.undo_stack.undo()  # the link: gone, and the concern open again
    assert page.measure_model.rowCount() == 0
    assert _concern(ctx, meeting["first"]).info.status == "open"  # type: ignore[union-attr]
    with ctx.database.session() as s:
        assert svc.concerns_of_measure(s, ids["fussball"]) == []


def _form_checks(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> set[str]:
    """The concerns the measure form shows as linked (checked) in its need section."""
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    widget = form.field_widget("concern_ids")
    checked = set()
    for row in range(widget.count()):  # type: ignore[attr-defined]
        item = widget.item(row)  # type: ignore[attr-defined]
        if item.checkState() == Qt.CheckState.Checked:
            checked.add(QTextDocumentFragment.fromHtml(item.toolTip()).toPlainText())
    form.close()
    return checked


def test_locked_minutes_keep_the_text_but_follow_up_stays_possible(
    qtbot: QtBot, ctx: AppContext, meeting: dict[str, uuid.UUID]
) -> None:
    _measures(ctx)
    with ctx.database.write() as s:
        svc.close_minutes(s, meeting["meeting"])
    editor = _editor(qtbot, ctx, meeting["meeting"], meeting["topic"])
    assert editor.detail is not None and editor.detail.status == MeetingStatus.CLOSED
    page = editor.concern_page
    page.select(meeting["first"])
    assert not page.delete_button.isEnabled() and not page.new_button.isEnabled()
    assert page.edit_button.isEnabled() and page.link_button.isEnabled()
    page.edit_button.click()
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    assert dialog.text.isReadOnly() and dialog.target_group.isReadOnly()
    assert not dialog.area.isEnabled() and dialog.status.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findText("nicht weiter verfolgt"))
    dialog.accept()
    assert _concern(ctx, meeting["first"]).info.status == "dropped"  # type: ignore[union-attr]
    editor.link_measure(meeting["first"])
    picker = editor.dialog
    assert isinstance(picker, MeasurePickerDialog)
    picker.table.selectRow(1)
    picker.accept()
    with ctx.database.session() as s:
        assert len(svc.measures_of_concern(s, meeting["first"])) == 1
    editor.delete_result("concern", meeting["first"])
    assert "Protokoll gesperrt" in editor.message.text()
    assert _concern(ctx, meeting["first"]) is not None
    with ctx.database.session() as s:
        area = s.scalars(select(Area.name).where(Area.code == "D")).one()
    assert _concern(ctx, meeting["first"]).area_name == area  # type: ignore[union-attr]
