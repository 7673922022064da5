"""Two users on one database file: the measure form's "Überschreiben" keeps the other person's
changes to fields this user left alone, overwrites only fields both changed, and says so."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext, build_context
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.conflict import ConflictDialog


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="anna")
    yield build_context(database)
    database.close()


@pytest.fixture
def ben(seeded_db: Path, ctx: AppContext) -> Iterator[Database]:
    """A second user with a connection of their own to the same file (no shared change bus)."""
    database = open_database(seeded_db, user="ben", verify=False)
    yield database
    database.close()


def _saved(db: Database) -> uuid.UUID:
    with db.write() as s:
        return m.save_measure(s, sample_application(s)).id


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID) -> MeasureForm:
    form = MeasureForm(ctx, measure_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.show()
    qtbot.waitExposed(form)
    return form


def _type(qtbot: QtBot, form: MeasureForm, field: str, text: str) -> None:
    widget = form.field_widget(field)
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        qtbot.keyClicks(widget, text)
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.selectAll()
        widget.insertPlainText(text)


def _ben_saves(ben: Database, measure_id: uuid.UUID, **changes: object) -> None:
    with ben.write() as s:
        data = m.load_measure(s, measure_id)
        m.save_measure(s, dataclasses.replace(data, **changes), user="ben")  # type: ignore[arg-type]


def _in_conflict(act: Callable[[ConflictDialog], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def _rows(dialog: ConflictDialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(r, 0).text().split("\n")[0]: table.item(r, 3).text()
            for r in range(table.rowCount())}


def test_overwrite_keeps_what_only_the_other_user_changed(
        qtbot: QtBot, ctx: AppContext, ben: Database) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, form, "title", "Annas Titel")
    _ben_saves(ben, measure_id, summary="Bens Kurzbeschreibung")
    seen: dict[str, object] = {}

    def overwrite(dialog: ConflictDialog) -> None:
        seen["rows"] = _rows(dialog)
        seen["explanation"] = dialog.explanation.text()
        dialog.overwrite_button.click()

    _in_conflict(overwrite)
    assert form.save() is True
    assert seen["rows"] == {"Titel": "Ihre Fassung wird gespeichert",
                            "Kurzbeschreibung": "Gespeicherte Fassung bleibt"}
    assert "bleiben erhalten" in str(seen["explanation"])
    assert "nichts geht verloren" in str(seen["explanation"])
    with ben.session() as s:
        stored = m.load_measure(s, measure_id)
    assert stored.title == "Annas Titel"
    assert stored.summary == "Bens Kurzbeschreibung"  # no longer reverted
    # The form shows the merged, saved version.
    assert form.data.summary == "Bens Kurzbeschreibung" and not form.is_modified()
    summary = form.field_widget("summary")
    assert isinstance(summary, QPlainTextEdit)
    assert summary.toPlainText() == "Bens Kurzbeschreibung"


def test_overwrite_names_the_fields_both_changed(
        qtbot: QtBot, ctx: AppContext, ben: Database) -> None:
    measure_id = _saved(ctx.database)
    with ctx.database.session() as s:
        lines = m.load_measure(s, measure_id).cost_lines
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, form, "title", "Annas Titel")
    _type(qtbot, form, "places", "Annas Ort")
    form.doc.edit("cost_lines", (lines[0], dataclasses.replace(lines[1],
                                                               description="Annas Material")))
    _ben_saves(ben, measure_id, title="Bens Titel", plan="Bens Vorgehen",
               cost_lines=(dataclasses.replace(lines[0], description="Bens Fachkraft"),
                           lines[1]))
    seen: dict[str, object] = {}

    def overwrite(dialog: ConflictDialog) -> None:
        seen["rows"] = _rows(dialog)
        seen["explanation"] = dialog.explanation.text()
        dialog.overwrite_button.click()

    _in_conflict(overwrite)
    assert form.save() is True
    rows = seen["rows"]
    assert isinstance(rows, dict)
    assert rows["Titel"] == rows["Kostenplan"] == (
        "Ihre Fassung ersetzt die Änderung der anderen Person")
    assert rows["Orte"] == "Ihre Fassung wird gespeichert"
    assert rows["Vorgehen"] == "Gespeicherte Fassung bleibt"
    explanation = str(seen["explanation"])
    assert "Überschrieben werden die Änderungen der anderen Person an: Titel, Kostenplan." \
        in explanation
    assert "Eine Tabelle (z. B. der Kostenplan) zählt dabei als ein Feld" in explanation
    with ben.session() as s:
        stored = m.load_measure(s, measure_id)
    assert (stored.title, stored.places, stored.plan) == ("Annas Titel", "Annas Ort",
                                                          "Bens Vorgehen")
    assert [c.description for c in stored.cost_lines] == ["Fachkraft", "Annas Material"]


def test_reload_still_takes_the_stored_version(
        qtbot: QtBot, ctx: AppContext, ben: Database) -> None:
    measure_id = _saved(ctx.database)
    form = _form(qtbot, ctx, measure_id)
    _type(qtbot, form, "title", "Annas Titel")
    _ben_saves(ben, measure_id, summary="Bens Kurzbeschreibung")
    _in_conflict(lambda dialog: dialog.reload_button.click())
    assert form.save() is False
    assert form.data.title == "Offener Treff am Nachmittag"
    assert form.data.summary == "Bens Kurzbeschreibung"
