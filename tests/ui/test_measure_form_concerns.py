"""The measure form's concern picker: linked concerns always shown (ticked, on top), whatever
their area or age; a search field finds older ones; a save never drops a link the list did
not show."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import Area, Body, BodyKind, concern_measures
from sro_desktop.services import measures as m
from sro_desktop.services import meetings as mt
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.pickers import ConcernPicker


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _concerns(db: Database, code: str, day: date, texts: list[str]) -> list[uuid.UUID]:
    """Concerns raised at one meeting of the Stadtteiltisch of Sozialraum ``code``."""
    with db.session() as s:
        area = s.scalars(select(Area.id).where(Area.code == code)).one()
        body = s.scalars(select(Body.id).where(
            Body.area_id == area, Body.kind == BodyKind.STADTTEILTISCH)).one()
    with db.write() as s:
        meeting = mt.plan_meeting(s, body_id=body, day=day)
        return [mt.add_concern(s, meeting_id=meeting, text=t) for t in texts]


@pytest.fixture
def linked(ctx: AppContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A measure in Groß Klein (D) linked to an old concern of D and one of Südstadt (L),
    with 205 newer concerns in D and one more old one about the Bolzplatz."""
    db = ctx.database
    old_d, other_old = _concerns(db, "D", date(2019, 3, 4),
                                 ["Bolzplatz am Hang ist gesperrt", "Bolzplatz ohne Netze"])
    old_l, = _concerns(db, "L", date(2020, 5, 6), ["Spielplatz Südstadt verwahrlost"])
    _concerns(db, "D", date(2025, 1, 10), [f"Neues Anliegen {i}" for i in range(205)])
    with db.write() as s:
        data = dataclasses.replace(sample_application(s),
                                   concern_ids=tuple(sorted((old_d, old_l), key=str)))
        measure_id = m.save_measure(s, data).id
    return measure_id, old_d, old_l, other_old


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> MeasureForm:
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def _picker(form: MeasureForm) -> ConcernPicker:
    picker = form.pages.concern_picker
    assert picker is not None
    return picker


def _items(picker: ConcernPicker) -> list[QListWidgetItem]:
    return [picker.list.item(i) for i in range(picker.list.count())]


def _search(qtbot: QtBot, picker: ConcernPicker, text: str) -> None:
    picker.search.setFocus()
    picker.search.selectAll()
    qtbot.keyClick(picker.search, Qt.Key.Key_Delete)
    qtbot.keyClicks(picker.search, text)
    # The list follows once the typing pauses.
    qtbot.waitUntil(lambda: not picker._timer.isActive())


def _stored_links(db: Database, measure_id: uuid.UUID) -> set[uuid.UUID]:
    with db.session() as s:
        return set(m.load_measure(s, measure_id).concern_ids)


def test_linked_concerns_are_on_top_ticked_and_survive_a_save(
        qtbot: QtBot, ctx: AppContext,
        linked: tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]) -> None:
    measure_id, old_d, old_l, _other = linked
    form = _form(qtbot, ctx, measure_id)
    picker = _picker(form)
    items = _items(picker)
    assert len(items) == 2 + ConcernPicker.LIMIT
    top = items[:2]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in top] == [str(old_l), str(old_d)]
    assert all(i.checkState() == Qt.CheckState.Checked for i in top)
    assert top[0].text() == "06.05.2020 – Spielplatz Südstadt verwahrlost · L Südstadt"
    assert top[1].text() == "04.03.2019 – Bolzplatz am Hang ist gesperrt"
    assert items[2].text().startswith("10.01.2025 – Neues Anliegen")
    assert picker.hint.isVisible()
    assert picker.hint.text() == ("Gezeigt werden die 200 neuesten Anliegen der Gebiete; "
                                  "ältere finden Sie über das Suchfeld.")
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, " (neu)")
    assert form.save()
    assert _stored_links(ctx.database, measure_id) == {old_d, old_l}


def test_search_finds_older_concerns_and_keeps_hidden_links(
        qtbot: QtBot, ctx: AppContext,
        linked: tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]) -> None:
    measure_id, old_d, old_l, other_old = linked
    form = _form(qtbot, ctx, measure_id)
    picker = _picker(form)
    _search(qtbot, picker, "bolzplatz")
    items = _items(picker)
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [str(old_d), str(other_old)]
    assert items[0].checkState() == Qt.CheckState.Checked
    assert items[1].checkState() == Qt.CheckState.Unchecked
    assert picker.hint.text() == ("1 verknüpftes Anliegen ist durch die Suche ausgeblendet; "
                                  "die Verknüpfung bleibt.")
    items[1].setCheckState(Qt.CheckState.Checked)  # tick the older one the list did not show
    assert set(form.data.concern_ids) == {old_d, old_l, other_old}
    _search(qtbot, picker, "gibt es nicht")
    assert [i.text() for i in _items(picker)] == [
        "Keine Anliegen gefunden für „gibt es nicht“."]
    assert picker.hint.text() == ("3 verknüpfte Anliegen sind durch die Suche ausgeblendet; "
                                  "die Verknüpfungen bleiben.")
    assert form.save()
    assert _stored_links(ctx.database, measure_id) == {old_d, old_l, other_old}
    form.undo_button.click()  # unticking through undo drops that one link only
    _search(qtbot, picker, "")
    items = _items(picker)
    assert len(items) == 3 + ConcernPicker.LIMIT  # unticked, it stays listed until saved
    assert {i.data(Qt.ItemDataRole.UserRole): i.checkState() == Qt.CheckState.Checked
            for i in items[:3]} == {str(old_l): True, str(old_d): True, str(other_old): False}
    assert form.save()
    assert _stored_links(ctx.database, measure_id) == {old_d, old_l}


def test_a_link_written_elsewhere_without_notice_is_not_dropped(
        qtbot: QtBot, ctx: AppContext, seeded_db: Path,
        linked: tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]) -> None:
    measure_id, old_d, old_l, other_old = linked
    form = _form(qtbot, ctx, measure_id)
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, " (neu)")
    # Another program on the same file links a concern straight in the link table: the
    # measure's version stays, and no change notice reaches this form.
    other = open_database(seeded_db, user="ben", verify=False)
    try:
        with other.write() as s:
            s.execute(insert(concern_measures).values(concern_id=other_old,
                                                      measure_id=measure_id))
    finally:
        other.close()
    assert form.save()
    assert _stored_links(ctx.database, measure_id) == {old_d, old_l, other_old}
