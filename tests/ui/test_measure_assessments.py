"""The Bewertungen tab: a score needs a reason (checked while typing, refused on save), and the
reasons stand in the table, not only in tooltips."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext, build_context
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.assessments_view import AssessmentsPage


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _measure(ctx: AppContext) -> uuid.UUID:
    with ctx.database.write() as s:
        data = dataclasses.replace(sample_application(s), assessments=(
            m.AssessmentData(reviewer="ben", principle=1, score=1,
                             reason="Der Wille der Jugendlichen wurde nur am Rande erfragt."),))
        return m.save_measure(s, data).id


def _page(qtbot: QtBot, ctx: AppContext) -> tuple[MeasureForm, AssessmentsPage]:
    form = MeasureForm(ctx, _measure(ctx))
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    form.tabs.setCurrentIndex(6)
    assert form.assessments is not None
    return form, form.assessments


def _score(page: AssessmentsPage, principle: int, points: int) -> None:
    combo = page.scores[principle - 1]
    combo.setCurrentIndex(combo.findData(points))
    combo.activated.emit(combo.currentIndex())


def test_a_score_without_reason_is_marked_while_typing_and_not_saved(
    qtbot: QtBot, ctx: AppContext
) -> None:
    form, page = _page(qtbot, ctx)
    missing = page.findChild(QLabel, "assessmentMissingReasons")
    assert missing is not None and missing.isHidden()
    _score(page, 2, 3)
    assert page.missing_reasons() == [2]
    assert not missing.isHidden()
    assert "Prinzip 2. Aktivierung vor Betreuung" in missing.text()
    assert "b00020" in page.reasons[1].styleSheet()
    assert any(i.message.startswith("Bewertungen: Prinzip 2 (Aktivierung vor Betreuung) von "
                                    "testerin: Bitte die Punktzahl begründen")
               for i in form.issues)
    assert m.save_blockers(form.issues)  # save() would refuse with this message
    qtbot.keyClicks(page.reasons[1], "aktivierend")
    assert page.missing_reasons() == []
    assert missing.isHidden() and page.reasons[1].styleSheet() == ""
    assert not any(i.field == "assessments" for i in form.issues)
    assert form.save()
    with ctx.database.session() as s:
        stored = m.load_measure(s, form.doc.data.id)  # type: ignore[arg-type]
    assert {(a.reviewer, a.principle, a.score, a.reason) for a in stored.assessments} == {
        ("ben", 1, 1, "Der Wille der Jugendlichen wurde nur am Rande erfragt."),
        ("testerin", 2, 3, "aktivierend"),
    }


def test_reasons_stand_in_the_table(qtbot: QtBot, ctx: AppContext) -> None:
    _form, page = _page(qtbot, ctx)
    _score(page, 2, 2)
    table = page.findChild(QTableWidget, "assessmentReasons")
    assert table is not None
    rows = [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert rows == [
        ("ben", "1. Wille und Interessen", "1",
         "Der Wille der Jugendlichen wurde nur am Rande erfragt."),
        ("testerin", "2. Aktivierung vor Betreuung", "2", "Begründung fehlt"),
    ]
    # The table is as tall as its rows: nothing hides behind an inner scroll bar.
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert page.summary.item(0, 1).toolTip()  # the score matrix keeps its tooltips
