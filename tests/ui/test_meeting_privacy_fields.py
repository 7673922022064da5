"""The data-protection hint in every free-text field of the minutes, not only the notes: the
concern, task and agreement forms, the guests of the attendance and an amendment. It names the
field, warns as soon as the text is there, and never blocks saving."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import AgendaKind, MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import body_uuid
from sro_desktop.ui.meetings import MeetingEditor
from sro_desktop.ui.meetings.dialogs import AmendmentDialog, ResultDialog

STT = body_uuid("stadtteiltisch", "D")
RULE = "Private Anschriften und Telefonnummern von Bewohner*innen gehören nicht ins Protokoll."


@pytest.fixture
def meeting(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        anna = svc.create_person(s, first_name="Anna", last_name="Berger")
        svc.add_membership(s, body_id=STT, person_id=anna, role=MemberRole.CHAIR)
        return svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11), start_time=time(17))


def _editor(qtbot: QtBot, ctx: AppContext, meeting_id: uuid.UUID) -> MeetingEditor:
    editor = MeetingEditor(ctx, idle_ms=50, max_ms=200)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    with ctx.database.session() as s:
        item = next(i.id for i in svc.agenda(s, meeting_id) if i.kind == AgendaKind.TOPIC)
    editor.load(meeting_id, item)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.parametrize(("kind", "field", "text", "found"), [
    ("concern", "Anliegen", "Tel. 0381 4567890, Lange Straße 5", "„0381 4567890“ sieht nach "
     "einer Telefonnummer aus und 1 weitere Stelle(n)."),
    ("task", "Was", "Frau Meier anrufen: 0381 4567890", "„0381 4567890“ sieht nach einer "
     "Telefonnummer aus."),
    ("arrangement", "Vereinbarung", "Treffen bei Familie K., Lange Straße 5",
     "„Lange Straße 5“ sieht nach einer Anschrift aus."),
])
def test_result_forms_warn_and_still_save(qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID,
                                          kind: str, field: str, text: str,
                                          found: str) -> None:
    editor = _editor(qtbot, ctx, meeting)
    editor.new_result(kind)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    hint = dialog.privacy
    assert hint.objectName() == "dialogPrivacyWarning" and not hint.isVisible()
    dialog.text.setPlainText(text)
    # At once, before Save can be clicked: no waiting for a pause in typing.
    assert hint.isVisible()
    assert hint.text() == f"Datenschutz – {field}: {found} {RULE}"
    dialog.accept()  # a warning, not a refusal
    assert not dialog.isVisible() and dialog.message.isHidden()
    with ctx.database.session() as s:
        results = svc.meeting_results(s, meeting)
    stored = {"concern": [c.info.text for c in results.concerns],
              "task": [t.description for t in results.tasks],
              "arrangement": [a.text for a in results.arrangements]}[kind]
    assert stored == [text]


def test_target_group_and_owner_are_watched_too(qtbot: QtBot, ctx: AppContext,
                                                meeting: uuid.UUID) -> None:
    editor = _editor(qtbot, ctx, meeting)
    editor.new_result("concern")
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    dialog.text.setPlainText("Treffpunkt für Jugendliche")
    assert not dialog.privacy.isVisible()
    dialog.target_group.setText("Familie Meier, Kopernikusstr. 5a")
    assert dialog.privacy.text().startswith(
        "Datenschutz – Zielgruppe: „Kopernikusstr. 5a“ sieht nach einer Anschrift aus")
    dialog.target_group.clear()
    assert not dialog.privacy.isVisible()
    dialog.reject()
    editor.new_result("task")
    task = editor.dialog
    assert isinstance(task, ResultDialog)
    task.owner.setEditText("Herr K., 0171 2345678")
    assert task.privacy.text().startswith("Datenschutz – Wer: „0171 2345678“")


def test_editing_a_stored_entry_shows_the_hint_at_once(qtbot: QtBot, ctx: AppContext,
                                                       meeting: uuid.UUID) -> None:
    with ctx.database.write() as s:
        item = next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
        concern = svc.add_concern(s, meeting_id=meeting, agenda_item_id=item,
                                  text="Anwohnerin Lange Straße 5 beschwert sich")
    editor = _editor(qtbot, ctx, meeting)
    editor.edit_result("concern", concern)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog)
    assert dialog.privacy.isVisible()
    assert "„Lange Straße 5“" in dialog.privacy.text()


def test_guests_line_warns(qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID) -> None:
    editor = _editor(qtbot, ctx, meeting)
    editor.tabs.setCurrentWidget(editor.attendance)
    widget = editor.attendance
    hint = widget.privacy
    assert hint.objectName() == "guestPrivacyWarning" and not hint.isVisible()
    widget.guests.setPlainText("Schule am Schwanenteich\nFrau Meier, Lange Straße 5")
    assert hint.isVisible()
    assert hint.text().startswith(
        "Datenschutz – Gäste: „Lange Straße 5“ sieht nach einer Anschrift aus")
    widget.flush()  # saved all the same
    with ctx.database.session() as s:
        assert svc.meeting_detail(s, meeting).guest_institutions == (
            "Schule am Schwanenteich", "Frau Meier, Lange Straße 5")
    # A reloaded meeting shows the hint for what is stored.
    again = _editor(qtbot, ctx, meeting)
    assert not again.attendance.privacy.isHidden()
    widget.guests.setPlainText("Schule am Schwanenteich")
    assert not hint.isVisible()


def test_amendment_text_warns(qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID) -> None:
    with ctx.database.write() as s:
        svc.close_minutes(s, meeting)
        later = svc.plan_meeting(s, body_id=STT, day=date(2025, 3, 11))
        svc.approve_minutes(s, meeting, in_meeting_id=later)
    editor = _editor(qtbot, ctx, meeting)
    editor.record_amendment()
    dialog = editor.dialog
    assert isinstance(dialog, AmendmentDialog)
    dialog.text.setPlainText("Die Anwohnerin wohnt Lange Straße 5, Tel. 0381 4567890")
    assert dialog.privacy.text().startswith(
        "Datenschutz – Änderung: „Lange Straße 5“ sieht nach einer Anschrift aus und 1 "
        "weitere Stelle(n).")
    dialog.accept()
    with ctx.database.session() as s:
        assert [a.text for a in svc.amendments(s, meeting)] == [
            "Die Anwohnerin wohnt Lange Straße 5, Tel. 0381 4567890"]


def test_locked_text_gets_no_hint(qtbot: QtBot, ctx: AppContext, meeting: uuid.UUID) -> None:
    with ctx.database.write() as s:
        item = next(i.id for i in svc.agenda(s, meeting) if i.kind == AgendaKind.TOPIC)
        concern = svc.add_concern(s, meeting_id=meeting, agenda_item_id=item,
                                  text="Anwohnerin Lange Straße 5")
        svc.close_minutes(s, meeting)
    editor = _editor(qtbot, ctx, meeting)
    editor.edit_result("concern", concern)
    dialog = editor.dialog
    assert isinstance(dialog, ResultDialog) and dialog.text.isReadOnly()
    assert dialog.privacy.isHidden()  # nothing the minute-taker could still change
