"""The "Auf Tagesordnung der Lenkungsgruppe setzen" dialog with real widgets: the meeting
picker, the TOP preview, planning a new date, refusals, extensions, keyboard use."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import (
    AgendaItem,
    Area,
    Body,
    BodyKind,
    DecisionOutcome,
    MeasureStatus,
    Meeting,
)
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services import meetings as mt
from sro_desktop.services.changes import ChangeSet
from sro_desktop.services.formatting import format_date, format_date_weekday
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.agenda_dialog import AgendaDialog

TODAY = date.today()


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _body(db: Database) -> uuid.UUID:
    region = _area(db, "RR-NW")
    with db.session() as s:
        return s.scalars(select(Body.id).where(
            Body.area_id == region, Body.kind == BodyKind.LENKUNGSGRUPPE)).one()


def _discussed(db: Database, title: str = "Offener Treff am Nachmittag") -> uuid.UUID:
    with db.write() as s:
        measure_id = m.save_measure(s, sample_application(s, title=title)).id
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
    return measure_id


def _meeting(db: Database, days: int, place: str = "") -> uuid.UUID:
    with db.write() as s:
        meeting_id = mt.plan_meeting(s, body_id=_body(db), day=TODAY + timedelta(days=days),
                                     place=place)
    return meeting_id


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> MeasureForm:
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.show()
    qtbot.waitExposed(form)
    return form


def _dialog(qtbot: QtBot, form: MeasureForm) -> AgendaDialog:
    dialog = form.run_action("put_on_agenda")
    assert isinstance(dialog, AgendaDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # focus follows activation
    return dialog


def _items(db: Database, meeting_id: uuid.UUID) -> list[tuple[str, uuid.UUID | None]]:
    with db.session() as s:
        rows = s.execute(select(AgendaItem.number, AgendaItem.measure_id)
                         .where(AgendaItem.meeting_id == meeting_id)
                         .order_by(AgendaItem.position)).all()
    return [(r[0], r[1]) for r in rows]


def test_picker_lists_planned_meetings_and_puts_the_measure_on(
        qtbot: QtBot, ctx: AppContext, qtmodeltester: object) -> None:
    measure_id = _discussed(ctx.database)
    later = _meeting(ctx.database, 20, place="Rathaus")
    nearest = _meeting(ctx.database, 6, place="Stadtteilzentrum Groß Klein")
    held = _meeting(ctx.database, 3)
    with ctx.database.write() as s:
        mt.start_meeting(s, held)
    form = _form(qtbot, ctx, measure_id)
    published: list[ChangeSet] = []
    ctx.bus.changed.connect(lambda changes, _who: published.append(changes))
    dialog = _dialog(qtbot, form)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == format_date_weekday(TODAY + timedelta(days=6))
    assert model.index(0, 2).data() == "Stadtteilzentrum Groß Klein"
    assert model.index(0, 3).data() == str(len(_items(ctx.database, nearest)))
    assert model.index(0, 4).data() == "0"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Anträge"
    assert dialog.use_meeting.isChecked() and dialog.chosen_meeting() is not None
    day = format_date(TODAY + timedelta(days=6))
    assert dialog.preview.text() == (
        f"Die Maßnahme wird TOP 5.1 unter „Anträge“ der Sitzung am {day}.")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the later meeting, by keyboard
    chosen = dialog.chosen_meeting()
    assert chosen is not None and chosen.id == later
    assert format_date(TODAY + timedelta(days=20)) in dialog.preview.text()
    dialog.note.setPlainText("Mit Präsentation")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter takes the default button
    assert dialog.outcome is not None and not dialog.isVisible()
    assert form.data.status == MeasureStatus.ON_AGENDA
    assert (("5.1", measure_id) in _items(ctx.database, later))
    assert all(mid != measure_id for _n, mid in _items(ctx.database, nearest))
    assert published and published[-1].ids("meetings") == {later}
    assert published[-1].ids("measures") == {measure_id}
    form.tabs.setCurrentIndex(form.tabs.count() - 1)
    assert form.history is not None
    notes = [form.history.steps.item(r, 4).text() for r in range(form.history.steps.rowCount())]
    assert any(n.endswith("TOP 5.1; Mit Präsentation") for n in notes), notes


def test_without_planned_meeting_a_new_date_is_planned(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _discussed(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    dialog = _dialog(qtbot, form)
    assert dialog.model.rowCount() == 0
    assert not dialog.empty.isHidden() and "Keine geplante Sitzung" in dialog.empty.text()
    assert not dialog.use_meeting.isEnabled() and dialog.plan_new.isChecked()
    assert dialog.new_date.hasFocus()
    day = TODAY + timedelta(days=30)
    dialog.new_date.setDate(QDate(day.year, day.month, day.day))
    assert "mit der Standard-Tagesordnung geplant" in dialog.preview.text()
    dialog.ok_button.click()
    assert dialog.outcome is not None
    with ctx.database.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.date == day)).one()
    assert ("5.1", measure_id) in _items(ctx.database, meeting.id)
    assert form.data.status == MeasureStatus.ON_AGENDA


def test_refusal_stays_in_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _discussed(ctx.database)
    meeting_id = _meeting(ctx.database, 6)
    form = _form(qtbot, ctx, measure_id)
    dialog = _dialog(qtbot, form)
    with ctx.database.write() as s:  # somebody deletes the meeting meanwhile
        mt.delete_meeting(s, meeting_id)
    dialog.ok_button.click()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.error.text() == "Sitzung: nicht gefunden (gelöscht oder nie angelegt)."
    assert form.data.status == MeasureStatus.DISCUSSED


def test_meeting_that_lists_the_measure_is_not_offered_again(qtbot: QtBot,
                                                            ctx: AppContext) -> None:
    measure_id = _discussed(ctx.database)
    first = _meeting(ctx.database, 6)
    second = _meeting(ctx.database, 13)
    with ctx.database.write() as s:
        m.put_on_agenda(s, measure_id, meeting_id=first)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.DEFERRED, decided_on=TODAY,
                          reason="Unterlagen fehlen")
    form = _form(qtbot, ctx, measure_id)
    dialog = _dialog(qtbot, form)
    assert dialog.model.flags(dialog.model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert "schon auf dieser Tagesordnung" in dialog.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole)
    chosen = dialog.chosen_meeting()
    assert chosen is not None and chosen.id == second


def test_extension_application(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.database.write() as s:
        for year in (2025, 2026):
            budget.set_budget(s, region_id=_area(ctx.database, "RR-NW"), year=year,
                              amount_cents=5_000_000, note="Test")
    measure_id = _discussed(ctx.database)
    with ctx.database.write() as s:
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20))
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25))
        m.start(s, measure_id)
        m.request_evaluation(s, measure_id)
        m.record_evaluation(s, measure_id, completed_on=date(2025, 12, 1), suitable=True,
                            result="gut")
    meeting_id = _meeting(ctx.database, 6)
    form = _form(qtbot, ctx, measure_id)
    dialog = _dialog(qtbot, form)
    intro = dialog.findChild(QWidget, "agendaIntro")
    assert intro is not None and intro.text().startswith("Verlängerungsantrag „")  # type: ignore[attr-defined]
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "Verlängerungen"
    assert "TOP 6.1 unter „Verlängerungen“" in dialog.preview.text()
    dialog.ok_button.click()
    assert ("6.1", measure_id) in _items(ctx.database, meeting_id)
    assert form.data.status == MeasureStatus.EVALUATED


def test_keyboard_and_accessible_names(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _discussed(ctx.database)
    _meeting(ctx.database, 6)
    form = _form(qtbot, ctx, measure_id)
    dialog = _dialog(qtbot, form)
    assert dialog.table.hasFocus()
    # A mnemonic "animates" the click: the button is released (and toggled) 100 ms later.
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.plan_new.isChecked)
    assert dialog.new_date.isEnabled()
    assert not dialog.table.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.use_meeting.isChecked)
    assert dialog.table.hasFocus()
    for widget in (dialog.table, dialog.new_date, dialog.note):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.text() or button.accessibleName(), button.objectName()
