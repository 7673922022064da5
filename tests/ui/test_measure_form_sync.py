"""The measure form follows changes made elsewhere: a silent reload without unsaved changes, the
non-blocking bar with "Neu laden" / "Vergleichen" with them, concern links from the minutes."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import Area, Body, BodyKind, Measure, utcnow
from sro_desktop.services import measures as m
from sro_desktop.services import meetings as mt
from sro_desktop.services.changes import ChangeSet
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.conflict import ConflictDialog

# What the meetings editor publishes after linking a concern to a measure (no ids).
LINK_CHANGE = ChangeSet({"concerns": frozenset(), "measures": frozenset()})


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _saved(db: Database, **kw: object) -> uuid.UUID:
    with db.write() as s:
        return m.save_measure(s, sample_application(s, **kw)).id  # type: ignore[arg-type]


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> MeasureForm:
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.show()
    qtbot.waitExposed(form)
    return form


def _line(form: MeasureForm, field: str) -> QLineEdit:
    widget = form.field_widget(field)
    assert isinstance(widget, QLineEdit)
    return widget


def _edit_elsewhere(ctx: AppContext, measure_id: uuid.UUID, **changes: object) -> None:
    """Another part of the program saves the measure and publishes it."""
    with ctx.database.write() as s:
        s.info["user"] = "ben"
        data = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(data, **changes), user="ben")  # type: ignore[arg-type]
    ctx.bus.publish(ChangeSet.of("measures", measure_id), initiator=None)


def _concern(db: Database, text: str = "Treffpunkt für Jugendliche fehlt") -> uuid.UUID:
    with db.session() as s:
        area = s.scalars(select(Area.id).where(Area.code == "D")).one()
        body = s.scalars(select(Body.id).where(
            Body.area_id == area, Body.kind == BodyKind.STADTTEILTISCH)).one()
    with db.write() as s:
        meeting = mt.plan_meeting(s, body_id=body, day=date(2025, 1, 10))
        return mt.add_concern(s, meeting_id=meeting, text=text)


def test_silent_reload_without_unsaved_changes(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _edit_elsewhere(ctx, measure_id, title="Von Ben geändert")
    assert _line(form, "title").text() == "Von Ben geändert"
    assert "Von Ben geändert" in form.header.text()
    assert form.sync.bar.isHidden() and not form.is_modified()


def test_bar_with_unsaved_changes_then_compare_and_reload(qtbot: QtBot,
                                                         ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    places = form.field_widget("places")
    places.setFocus()
    qtbot.keyClicks(places, "Mein Ort")
    _edit_elsewhere(ctx, measure_id, title="Von Ben geändert")
    bar = form.sync.bar
    assert not bar.isHidden()
    assert bar.text.text().startswith("Diese Maßnahme wurde inzwischen geändert "
                                      "(zuletzt gespeichert von ben, ")
    assert "Mein Ort" in form.data.places  # nothing typed is lost, typing goes on
    assert _line(form, "title").text() == "Offener Treff am Nachmittag"
    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        dialog.reload_button.click()

    QTimer.singleShot(0, choose)
    bar.compare_button.click()
    assert any(t.startswith("Titel\n(von der anderen Person geändert)") for t in seen[0])
    assert any(t.startswith("Orte\n(von Ihnen geändert)") for t in seen[0])
    assert _line(form, "title").text() == "Von Ben geändert"
    assert form.data.places == "Stadtteilzentrum" and bar.isHidden()


def test_bar_reload_button_and_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)  # mnemonics need it
    phone = _line(form, "contact_phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "9")
    _edit_elsewhere(ctx, measure_id, contact_name="Alex Neu")
    bar = form.sync.bar
    assert bar.accessibleName() and bar.reload_button.accessibleName()
    assert bar.compare_button.accessibleName()
    qtbot.keyClick(phone, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(bar.isHidden)  # the mnemonic's click arrives 100 ms later
    assert form.data.contact_name == "Alex Neu" and form.data.contact_phone == "0381 123"
    assert not form.is_modified()


def test_concern_linked_in_the_minutes(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    concern_id = _concern(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    with ctx.database.write() as s:
        mt.link_concern_to_measure(s, concern_id, measure_id)
    ctx.bus.publish(LINK_CHANGE, initiator=None)
    assert form.data.concern_ids == (concern_id,)
    picker = form.pages.concern_picker
    assert picker is not None
    item = picker.list.item(0)
    assert item.text().endswith("Treffpunkt für Jugendliche fehlt")
    assert item.checkState() == Qt.CheckState.Checked
    assert form.sync.bar.isHidden()


def test_save_with_a_pending_change_compares_first(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    concern_id = _concern(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    qtbot.keyClicks(_line(form, "contact_phone"), "9")
    with ctx.database.write() as s:
        mt.link_concern_to_measure(s, concern_id, measure_id)
    ctx.bus.publish(LINK_CHANGE, initiator=None)
    assert not form.sync.bar.isHidden()
    seen: list[list[str]] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, cancel)
            return
        seen.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert form.save() is False
    assert any(t.startswith("Verknüpfte Anliegen\n(von der anderen Person geändert)")
               for t in seen[0]), seen
    with ctx.database.session() as s:
        stored = m.load_measure(s, measure_id)
    assert stored.concern_ids == (concern_id,) and stored.contact_phone == "0381 123"
    assert form.is_modified() and not form.sync.bar.isHidden()


def test_unrelated_and_own_changes_leave_the_form_alone(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    other = _saved(ctx.database, title="Andere Maßnahme")
    form = _form(qtbot, ctx, measure_id)
    qtbot.keyClicks(_line(form, "contact_phone"), "9")
    _edit_elsewhere(ctx, other, title="Anders")
    ctx.bus.publish(LINK_CHANGE, initiator=None)  # a link elsewhere: nothing new here
    ctx.bus.publish(ChangeSet.of("measures", measure_id), initiator=form)
    assert form.sync.bar.isHidden() and form.data.contact_phone == "0381 1239"
    assert form.save()
    assert form.sync.bar.isHidden()


def test_deleted_meanwhile(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    with ctx.database.write() as s:
        measure = s.get(Measure, measure_id)
        assert measure is not None
        measure.deleted_at = utcnow()
    ctx.bus.publish(ChangeSet.of("measures", measure_id), initiator=None)
    bar = form.sync.bar
    assert not bar.isHidden() and bar.text.text() == "Diese Maßnahme wurde inzwischen gelöscht."
    assert not bar.reload_button.isEnabled() and not bar.compare_button.isEnabled()


def test_half_typed_input_counts_as_unsaved(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    end = _line(form, "end")
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "31.13.")
    assert form.parse_errors and not form.is_modified()
    _edit_elsewhere(ctx, measure_id, contact_name="Alex Neu")
    assert not form.sync.bar.isHidden() and end.text() == "31.13."
