"""The measure form with real widgets: typing, validation messages, saving, undo, closing,
concurrent changes and lifecycle actions."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import (
    Area,
    AuditEntry,
    BodyKind,
    BudgetEntry,
    Measure,
    MeasureStatus,
    MemberRole,
    Membership,
    Person,
)
from sro_desktop.services import measures as m
from sro_desktop.services.formatting import german_sort_key
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.actions import ActionDialog
from sro_desktop.ui.measures.conflict import ConflictDialog

HOSTILE = "<b>fett</b> & <script>x</script> 🙂 „Zitat“ ß\n" + "sehr lang " * 800


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _saved_measure(db: Database, **kw: object) -> uuid.UUID:
    with db.write() as s:
        return m.save_measure(s, sample_application(s, **kw)).id  # type: ignore[arg-type]


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID | None,
          area_id: uuid.UUID | None = None) -> MeasureForm:
    form = MeasureForm(ctx, measure_id, area_id=area_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    # Teardown closes the form; unsaved test edits must not open the "save?" question then.
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.show()
    qtbot.waitExposed(form)
    return form


def _line(form: MeasureForm, field: str) -> QLineEdit:
    widget = form.field_widget(field)
    assert isinstance(widget, QLineEdit)
    return widget


def _message(form: MeasureForm, field: str) -> str:
    label = form.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Type like a user; characters QTest cannot map (€, emoji) go in as key events with text."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))


def _click_in_modal(button_text: str) -> None:
    """Press a button of the next modal dialog (QMessageBox.exec blocks the test)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r}")
    QTimer.singleShot(0, press)


def test_stable_object_names(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None)
    assert form.objectName() == "measureForm"
    for name in ("measureSave", "measureUndo", "measureRedo", "measureTabs", "measureIssues"):
        assert form.findChild(object, name) is not None, name


def test_typing_title_and_undo_redo_per_field(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None)
    title = _line(form, "title")
    _type(qtbot, title, "Sommerferien")
    places = form.field_widget("places")
    assert isinstance(places, QPlainTextEdit)
    places.setFocus()
    qtbot.keyClicks(places, "Park")
    assert form.data.title == "Sommerferien" and form.data.places == "Park"
    assert form.doc.stack.count() == 2  # one command per field change, not per key
    qtbot.keyClick(places, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.data.places == "" and places.toPlainText() == ""
    assert form.data.title == "Sommerferien"
    form.undo_button.click()
    assert form.data.title == "" and title.text() == ""
    form.redo_button.click()
    assert title.text() == "Sommerferien"
    assert "Sommerferien" in form.header.text()
    assert form.is_modified()


def test_validation_messages_while_typing(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None)
    assert _message(form, "title").startswith("Titel: Bitte einen Titel eingeben")
    _type(qtbot, _line(form, "start"), "01.02.2025")
    _type(qtbot, _line(form, "end"), "31.01.2025")
    assert _message(form, "end") == "Ende: Das Ende (31.01.2025) liegt vor dem Beginn (01.02.2025)."
    _type(qtbot, _line(form, "end"), "01.02.2026")
    assert _message(form, "end").startswith("Laufzeit: länger als 12 Monate")
    _type(qtbot, _line(form, "end"), "31.01.2026")
    assert _message(form, "end") == ""
    _type(qtbot, _line(form, "end"), "31.13.2026")
    assert _message(form, "end") == "Ende: „31.13.2026“ ist kein gültiges Datum (TT.MM.JJJJ)."
    requested = _line(form, "requested_cents")
    _type(qtbot, requested, "12.48")
    assert _message(form, "requested_cents").startswith(
        "Beantragte SRAE-Mittel: „12.48“ ist kein eindeutiger Betrag")
    _type(qtbot, requested, "12.480 €")
    assert form.data.requested_cents == 1_248_000
    assert _message(form, "financing").startswith(
        "Finanzierungsplan: Einnahmen (12.480,00 €) und Ausgaben (0,00 €) sind nicht gleich; "
        "Differenz 12.480,00 €")
    _type(qtbot, requested, "0")
    assert _message(form, "requested_cents") == (
        "Beantragte SRAE-Mittel: Der Betrag muss größer als 0,00 € sein.")
    summary = [form.issues_list_item(i) for i in range(form.summary.count())]
    assert any(t.startswith("Träger: Bitte einen Träger") for t in summary)


def test_two_regions_refused_while_choosing(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None, area_id=_area(ctx.database, "D"))
    tree = form.field_widget("area_ids")
    assert isinstance(tree, QTreeWidget)
    assert form.data.area_ids == (_area(ctx.database, "D"),)
    picker = form.pages.area_picker
    assert picker is not None
    picker.items[_area(ctx.database, "L")].setCheckState(0, Qt.CheckState.Checked)
    assert _message(form, "area_ids").startswith(
        "Gebiet: Die Gebiete liegen in zwei Regionalräumen")
    form.undo_button.click()
    assert _message(form, "area_ids") == ""
    assert picker.items[_area(ctx.database, "L")].checkState(0) == Qt.CheckState.Unchecked


def test_save_new_measure_and_hostile_text_survives(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.database.write() as s:
        provider = m.create_provider(s, name="Träger <&> e. V.")
    form = _form(qtbot, ctx, None, area_id=_area(ctx.database, "D"))
    _type(qtbot, _line(form, "title"), "Treff <b>&</b> 🙂")
    summary = form.field_widget("summary")
    assert isinstance(summary, QPlainTextEdit)
    summary.setFocus()
    summary.insertPlainText(HOSTILE)
    combo = form.field_widget("provider_id")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(str(provider)))
    combo.activated.emit(combo.currentIndex())
    assert form.data.provider_id == provider
    assert form.save()
    assert not form.is_modified()
    number = form.data.number
    assert number.startswith(f"SRAE-NW-{date.today().year}-")
    measure_id = form.data.id
    assert measure_id is not None
    form.close()
    again = _form(qtbot, ctx, measure_id)
    assert _line(again, "title").text() == "Treff <b>&</b> 🙂"
    text = again.field_widget("summary")
    assert isinstance(text, QPlainTextEdit) and text.toPlainText() == HOSTILE
    with ctx.database.session() as s:
        assert s.get(Measure, measure_id).summary == HOSTILE  # type: ignore[union-attr]


def test_save_refused_for_missing_title(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None, area_id=_area(ctx.database, "D"))
    _click_in_modal("OK")
    assert form.save() is False
    with ctx.database.session() as s:
        assert s.scalars(select(Measure)).all() == []


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, _line(form, "title"), "Geändert")
    _click_in_modal("Abbrechen")
    form.close()
    assert form.isVisible()
    _click_in_modal("Speichern")
    form.close()
    assert not form.isVisible()
    with ctx.database.session() as s:
        assert m.load_measure(s, measure_id).title == "Geändert"
    other = _form(qtbot, ctx, measure_id)
    _type(qtbot, _line(other, "title"), "Verworfen")
    _click_in_modal("Verwerfen")
    other.close()
    assert not other.isVisible()
    with ctx.database.session() as s:
        assert m.load_measure(s, measure_id).title == "Geändert"


def test_concurrent_change_shows_differences_then_reload(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, _line(form, "title"), "Meine Fassung")
    with ctx.database.write() as s:
        theirs = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(theirs, places="Anderer Ort"), user="ben")

    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        dialog.reload_button.click()

    QTimer.singleShot(0, choose)
    assert form.save() is False
    assert len(seen) == 1
    assert any(t.startswith("Titel\n(von Ihnen geändert)") for t in seen[0])
    assert any(t.startswith("Orte\n(von der anderen Person geändert)") for t in seen[0])
    assert form.data.title == "Offener Treff am Nachmittag"
    assert form.data.places == "Anderer Ort"
    assert not form.is_modified()


def test_concurrent_change_overwrite(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, _line(form, "title"), "Meine Fassung")
    with ctx.database.write() as s:
        theirs = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(theirs, places="Anderer Ort"), user="ben")

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.overwrite_button.click()

    QTimer.singleShot(0, choose)
    assert form.save() is True
    with ctx.database.session() as s:
        stored = m.load_measure(s, measure_id)
    assert stored.title == "Meine Fassung"


def test_lifecycle_actions_from_the_form(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    form.actions_menu.aboutToShow.emit()
    enabled = {a.objectName() for a in form.actions_menu.actions() if a.isEnabled()}
    assert enabled == {"action_submit", "action_withdraw"}
    start = next(a for a in form.actions_menu.actions() if a.objectName() == "action_start")
    assert start.toolTip().startswith("Beginn der Maßnahme erfassen: im Status „Entwurf“")
    dialog = form.run_action("submit")
    assert dialog is not None
    dialog.ok_button.click()
    assert form.data.status == MeasureStatus.SUBMITTED
    assert "Eingereicht" in form.status.text()
    form.tabs.setCurrentIndex(form.tabs.count() - 1)
    assert form.history is not None
    steps = [form.history.steps.item(r, 1).text() for r in range(form.history.steps.rowCount())]
    assert steps == ["Angelegt", "Einreichen"]
    assert form.history.steps.item(1, 3).text() == "testerin"


def test_refusal_is_shown_in_the_action_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    with ctx.database.write() as s:
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
    form = _form(qtbot, ctx, measure_id)
    dialog = form.run_action("decide")
    assert dialog is not None
    outcome = dialog.findChild(QComboBox, "action_outcome")
    assert outcome is not None
    outcome.setCurrentIndex(outcome.findData("rejected"))
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "actionError")
    assert error is not None and not error.isHidden()
    assert error.text() == "Beschluss: Eine Ablehnung braucht immer eine Begründung."
    assert form.data.status == MeasureStatus.ON_AGENDA


def test_locked_application_after_agenda(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    with ctx.database.write() as s:
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
    form = _form(qtbot, ctx, measure_id)
    assert _line(form, "title").isReadOnly()
    assert not _line(form, "contact_phone").isReadOnly()


def test_assessments_show_scores_and_average_as_advice(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    with ctx.database.write() as s:
        data = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(data, assessments=(
            m.AssessmentData(reviewer="ben", principle=1, score=1, reason="knapp"),)))
    form = _form(qtbot, ctx, measure_id)
    form.tabs.setCurrentIndex(6)
    page = form.assessments
    assert page is not None
    page.scores[0].setCurrentIndex(page.scores[0].findData(3))
    page.scores[0].activated.emit(page.scores[0].currentIndex())
    page.reasons[0].setText("trägt")  # a score needs its reason
    page.reasons[0].textEdited.emit("trägt")
    assert form.save()
    table = page.summary
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"ben": "1,0", "testerin": "3,0", "Durchschnitt (Empfehlung)": "2,0"}
    advice = form.findChild(QLabel, "assessmentAdvice")
    assert advice is not None and "entscheiden nichts" in advice.text()


def test_warning_box_is_german(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None)
    texts: list[str] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab)
            return
        texts.append(box.text())
        box.accept()

    QTimer.singleShot(0, grab)
    form.save()
    assert texts and texts[0].startswith("Titel: Bitte einen Titel eingeben")


@pytest.mark.parametrize(("typed", "cents"), [("12.480,00", 1_248_000), ("12480", 1_248_000),
                                              ("12.480 €", 1_248_000), ("7,5", 750)])
def test_money_fields_accept_german_input(qtbot: QtBot, ctx: AppContext, typed: str,
                                          cents: int) -> None:
    form = _form(qtbot, ctx, None)
    form.tabs.setCurrentIndex(4)
    field = _line(form, "own_cents")
    _type(qtbot, field, typed)
    assert form.data.own_cents == cents
    assert _message(form, "own_cents") == ""
    field.editingFinished.emit()  # leaving the field (focus moves on) shows the canonical form
    assert field.text() == m.describe("own_cents", cents, {}).removesuffix(" €")


def test_cost_plan_table_by_keyboard_and_undo(qtbot: QtBot, ctx: AppContext,
                                              qtmodeltester: object) -> None:
    form = _form(qtbot, ctx, None)
    form.tabs.setCurrentIndex(4)
    editor = form.pages.tables["cost_lines"]
    qtmodeltester.check(editor.model)  # type: ignore[attr-defined]
    editor.add_button.click()
    assert len(form.data.cost_lines) == 1
    index = editor.model.index(0, 2)
    assert editor.model.setData(index, "1.000,50")
    assert form.data.cost_lines[0].amount_cents == 100_050
    assert not editor.model.setData(index, "1,000.50")
    assert editor.input_error.text().startswith(
        "Kostenplan: Betrag: „1,000.50“ ist kein eindeutiger Betrag")
    assert editor.model.setData(editor.model.index(0, 0), "rent")
    assert editor.model.data(editor.model.index(0, 0)) == "Miete"
    assert _message(form, "financing").startswith(
        "Finanzierungsplan: Einnahmen (0,00 €) und Ausgaben (1.000,50 €)")
    form.undo_button.click()
    assert form.data.cost_lines[0].category == "other"
    form.undo_button.click()
    form.undo_button.click()
    assert form.data.cost_lines == ()
    assert editor.model.rowCount() == 0


def test_new_provider_created_on_the_spot(qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, None)
    form.tabs.setCurrentIndex(1)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "providerDialog":
            QTimer.singleShot(20, fill)
            return
        name = dialog.findChild(QLineEdit, "providerName")
        assert name is not None
        name.setText("Neu & Co. <gGmbH>")
        dialog.accept_button.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, fill)
    button = form.findChild(QPushButton, "measureNewProvider")
    assert button is not None
    button.click()
    combo = form.field_widget("provider_id")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Neu & Co. <gGmbH>"
    assert form.data.provider_id is not None
    assert _message(form, "provider_id") == ""
    form.undo_button.click()
    assert form.data.provider_id is None and combo.currentIndex() == 0


def _in_override_dialog(step: Callable[[QDialog], None], seen: list[str]) -> None:
    """Run ``step`` on the budget's override dialog once it is open (its exec blocks)."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "budgetOverrideDialog":
            QTimer.singleShot(20, attempt)
            return
        assert isinstance(dialog, QDialog)
        message = dialog.findChild(QLabel, "overrideMessage")
        assert message is not None
        seen.append(message.text())
        step(dialog)

    QTimer.singleShot(0, attempt)


def test_budget_refusal_asks_the_chair_and_books_the_override(qtbot: QtBot,
                                                              ctx: AppContext) -> None:
    budget = pytest.importorskip("sro_desktop.services.budget", reason="Budget-Modul fehlt noch")
    measure_id = _saved_measure(ctx.database)
    with ctx.database.write() as s:
        for year in (2025, 2026):
            budget.set_budget(s, region_id=_area(ctx.database, "RR-NW"), year=year,
                              amount_cents=100_000, note="knapp")
        chair = Person(id=uuid.uuid4(), first_name="Anke", last_name="Vorsitz")
        deputy = Person(id=uuid.uuid4(), first_name="Bernd", last_name="Stellvertreter")
        s.add_all([chair, deputy])
        body = body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW")
        s.add_all([Membership(id=uuid.uuid4(), body_id=body, person_id=chair.id,
                              role=MemberRole.CHAIR),
                   Membership(id=uuid.uuid4(), body_id=body, person_id=deputy.id,
                              role=MemberRole.DEPUTY_CHAIR)])
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
    form = _form(qtbot, ctx, measure_id)
    dialog = form.run_action("decide")
    assert isinstance(dialog, ActionDialog)
    # No inline reason any more: the override is the chair's, asked in the budget's dialog.
    assert dialog.findChild(QLineEdit, "action_override_reason") is None
    seen: list[str] = []
    _in_override_dialog(lambda d: d.reject(), seen)
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "actionError")
    assert error is not None and "abgelehnt" in error.text() and "€" in error.text()
    assert "Vorsitz" in error.text()
    assert seen and "abgelehnt" in seen[0]
    assert form.data.status == MeasureStatus.ON_AGENDA and dialog.isVisible()

    def allow(override: QDialog) -> None:
        chair_box = override.findChild(QComboBox, "overrideChair")
        reason = override.findChild(QPlainTextEdit, "overrideReason")
        assert chair_box is not None and reason is not None
        assert [chair_box.itemText(i) for i in range(chair_box.count())] == [
            "Anke Vorsitz (Vorsitz)", "Bernd Stellvertreter (stellv. Vorsitz)"]
        chair_box.setCurrentIndex(1)
        reason.setPlainText("Dringlichkeit: Ferienangebot")
        accept = override.findChild(QPushButton, "overrideAccept")
        assert accept is not None and accept.isEnabled()
        accept.click()

    _in_override_dialog(allow, seen)
    dialog.ok_button.click()
    assert len(seen) == 2
    assert form.data.status == MeasureStatus.APPROVED
    with ctx.database.session() as s:
        entries = s.scalars(select(BudgetEntry).where(BudgetEntry.measure_id == measure_id)).all()
        assert entries and all(e.override for e in entries)
        assert {(e.override_reason, e.authorized_by, e.authorized_person_id) for e in entries} == {
            ("Dringlichkeit: Ferienangebot", "Bernd Stellvertreter (stellv. Vorsitz)",
             deputy.id)}
        audit = s.scalars(select(AuditEntry.new).where(AuditEntry.action == "override")).all()
        assert len(audit) == len(entries)
        assert set(audit) == {"Dringlichkeit: Ferienangebot (genehmigt von Bernd Stellvertreter "
                              "(stellv. Vorsitz))"}
        note = m.lifecycle_history(s, measure_id)[-1].note
    assert "genehmigt von Bernd Stellvertreter (stellv. Vorsitz)" in note


def test_provider_picker_in_german_order_and_new_one_in_place(qtbot: QtBot,
                                                               ctx: AppContext) -> None:
    with ctx.database.write() as s:
        for name in ("Zander e. V.", "Ärztehaus gGmbH", "Baum e. V.", "Ulm e. V."):
            m.create_provider(s, name=name)
    form = _form(qtbot, ctx, None)
    form.tabs.setCurrentIndex(1)
    combo = form.field_widget("provider_id")
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == sorted(names, key=german_sort_key)
    assert names.index("Ärztehaus gGmbH") < names.index("Baum e. V.")

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "providerDialog":
            QTimer.singleShot(20, fill)
            return
        name = dialog.findChild(QLineEdit, "providerName")
        assert name is not None
        name.setText("Öko-Hof e. V.")
        dialog.accept_button.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, fill)
    button = form.findChild(QPushButton, "measureNewProvider")
    assert button is not None
    button.click()
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == sorted(names, key=german_sort_key)
    assert names.index("Baum e. V.") < names.index("Öko-Hof e. V.") < names.index("Ulm e. V.")
    assert combo.currentText() == "Öko-Hof e. V."
    assert {o.name for o in form.pages.organizations} >= {"Öko-Hof e. V."}


def test_history_shows_names_money_and_state_labels(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved_measure(ctx.database)
    with ctx.database.write() as s:
        data = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(data, area_ids=(_area(ctx.database, "E"),),
                                              requested_cents=data.requested_cents))
        m.submit(s, measure_id)
    form = _form(qtbot, ctx, measure_id)
    form.tabs.setCurrentIndex(form.tabs.count() - 1)  # "Verlauf" loads when shown
    audit = form.findChild(QTableWidget, "measureAudit")
    assert audit is not None
    rows = [tuple(audit.item(r, c).text() for c in (3, 4, 5)) for r in range(audit.rowCount())]
    assert ("Gebiet", "Groß Klein (D)", "Lütten Klein (E)") in rows
    assert ("Status", "Entwurf", "Eingereicht") in rows
    assert ("Beantragte SRAE-Mittel", "0,00 €", "12.480,00 €") in rows
    assert not any(re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", text) for row in rows for text in row)
