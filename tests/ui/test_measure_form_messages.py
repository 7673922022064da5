"""The measure form's message list (wrapping, growing with its messages, leading to the
field), totals that never pretend while an amount is unreadable, and the layout of the pages
at 1280×800."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sro_desktop.app import AppContext, build_context
from sro_desktop.models import Area
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database
from sro_desktop.storage.open import open_database
from sro_desktop.ui.measures import MeasureForm
from sro_desktop.ui.measures.issue_list import MAX_LINES

FINANCE_TAB = 4


@pytest.fixture
def ctx(seeded_db: Path) -> Iterator[AppContext]:
    database = open_database(seeded_db, user="testerin")
    yield build_context(database)
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _saved(db: Database, **changes: object) -> uuid.UUID:
    with db.write() as s:
        data = dataclasses.replace(sample_application(s), **changes)  # type: ignore[arg-type]
        return m.save_measure(s, data).id


def _form(qtbot: QtBot, ctx: AppContext, measure_id: uuid.UUID | None,
          area_id: uuid.UUID | None = None) -> MeasureForm:
    form = MeasureForm(ctx, measure_id, area_id=area_id)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(form, before_close_func=lambda w: w.doc.stack.setClean())
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
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


def _line(form: MeasureForm, field: str) -> QLineEdit:
    widget = form.field_widget(field)
    assert isinstance(widget, QLineEdit)
    return widget


def _messages(form: MeasureForm) -> list[str]:
    return [form.issues_list_item(i) for i in range(form.summary.count())]


def _click_message(qtbot: QtBot, form: MeasureForm, starts: str) -> None:
    row = next(i for i, t in enumerate(_messages(form)) if t.startswith(starts))
    item = form.summary.item(row)
    form.summary.scrollToItem(item)
    qtbot.mouseClick(form.summary.viewport(), Qt.MouseButton.LeftButton,
                     pos=form.summary.visualItemRect(item).center())


def _click_in_modal(button_text: str) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()
    QTimer.singleShot(0, press)


def test_list_is_one_line_when_complete_and_grows_with_wrapped_messages(
        qtbot: QtBot, ctx: AppContext) -> None:
    complete = _form(qtbot, ctx, _saved(ctx.database))
    assert _messages(complete) == ["Der Antrag ist vollständig."]
    line = complete.summary.fontMetrics().lineSpacing()
    one_line = complete.summary.height()
    assert one_line < 2 * line + 2 * complete.summary.frameWidth()

    form = _form(qtbot, ctx, None, area_id=_area(ctx.database, "D"))
    picker = form.pages.area_picker
    assert picker is not None
    picker.items[_area(ctx.database, "L")].setCheckState(0, Qt.CheckState.Checked)
    form.resize(760, 800)
    qtbot.waitUntil(lambda: form.summary.viewport().width() < 760)
    summary = form.summary
    assert not summary.horizontalScrollBar().isVisible()
    row = next(i for i, t in enumerate(_messages(form)) if t.startswith("Gebiet: Die Gebiete"))
    rect = summary.visualItemRect(summary.item(row))
    assert rect.height() >= 2 * line  # wrapped, not cut off or scrolled sideways
    assert rect.right() <= summary.viewport().width()
    # Many messages: as tall as allowed, the rest scrolls.
    assert len(_messages(form)) >= 7
    assert one_line < summary.height() <= MAX_LINES * line + 30
    assert summary.verticalScrollBar().maximum() > 0
    # Fewer messages: the list shrinks again.
    form.undo_button.click()
    _type(qtbot, _line(form, "title"), "Titel")
    qtbot.waitUntil(lambda: summary.verticalScrollBar().maximum() == 0 or
                    summary.height() < MAX_LINES * line)


def test_clicking_a_message_shows_and_focuses_its_field(qtbot: QtBot, ctx: AppContext) -> None:
    measure_id = _saved(ctx.database)
    with ctx.database.write() as s:
        data = m.load_measure(s, measure_id)
        groups = (data.target_groups[0], m.TargetGroupData(description="Kinder", age_min=12,
                                                            age_max=6))
        m.save_measure(s, dataclasses.replace(data, target_groups=groups, end=None,
                                              own_cents=0))
    form = _form(qtbot, ctx, measure_id)
    form.activateWindow()
    _click_message(qtbot, form, "Zielgruppen: Zeile 2")
    assert form.tabs.currentIndex() == 2
    view = form.field_widget("target_groups")
    assert isinstance(view, QTableView)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().row() == 1
    _click_message(qtbot, form, "Ende: Bitte ein Datum")
    assert form.tabs.currentIndex() == 0
    end = _line(form, "end")
    qtbot.waitUntil(end.hasFocus)
    # The field was scrolled into view on its page.
    scroll = form.tabs.widget(0).findChild(QScrollArea)
    assert scroll is not None
    top = end.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top <= scroll.viewport().height() - end.height()
    # A sum names no input: the first amount of the financing plan gets the focus.
    _click_message(qtbot, form, "Finanzierungsplan")
    own = _line(form, "own_cents")
    qtbot.waitUntil(own.hasFocus)


def test_totals_name_the_unreadable_amount_instead_of_using_a_stale_one(
        qtbot: QtBot, ctx: AppContext) -> None:
    form = _form(qtbot, ctx, _saved(ctx.database))
    form.tabs.setCurrentIndex(FINANCE_TAB)
    totals = form.pages.finance_summary
    assert totals is not None
    assert "Differenz: 0,00 €" in totals.text()
    own = _line(form, "own_cents")
    _type(qtbot, own, "12,5.0")
    assert form.data.own_cents == 1250  # the last readable value ("12,5"), kept for undo
    text = totals.text()
    assert text.startswith("Ausgaben gesamt: 13.480,00 €")
    assert "nicht berechnet, denn „Eigenmittel“ ist kein gültiger Betrag." in text
    assert text.count("€") == 1  # no income and no difference from the stale 12,50 €
    assert not any(t.startswith("Finanzierungsplan") for t in _messages(form))
    assert any(t.startswith("Eigenmittel: „12,5.0“") for t in _messages(form))
    _type(qtbot, _line(form, "third_party_cents"), "abc")
    assert "„Eigenmittel“ und „Drittmittel“ sind keine gültigen Beträge." in totals.text()
    _click_in_modal("OK")
    assert form.save() is False  # still blocked
    _type(qtbot, _line(form, "third_party_cents"), "")
    _type(qtbot, own, "12,50")
    assert totals.text() == ("Ausgaben gesamt: 13.480,00 €    Einnahmen gesamt: 12.492,50 €    "
                             "Differenz: -987,50 €")
    assert any(t.startswith("Finanzierungsplan: Einnahmen (12.492,50 €)")
               for t in _messages(form))


@pytest.mark.parametrize("tab", range(6))
def test_pages_at_1280_by_800_align_captions_and_never_scroll_sideways(
        qtbot: QtBot, ctx: AppContext, tab: int) -> None:
    form = _form(qtbot, ctx, _saved(ctx.database))
    form.tabs.setCurrentIndex(tab)
    page = form.tabs.widget(tab).findChild(QScrollArea)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    QApplication.processEvents()
    assert not page.horizontalScrollBar().isVisible()
    inner = page.widget()
    pairs = [(label, label.buddy()) for label in inner.findChildren(QLabel)
             if label.buddy() is not None and label.isVisible()]
    assert pairs
    for label, field in pairs:
        # Each caption stands on its field's first line, not above it (the Evaluation tab's
        # "Evaluationsplan:" used to float in the middle of the spare room).
        caption_top = label.mapTo(inner, QPoint(0, 0)).y()
        field_top = field.mapTo(inner, QPoint(0, 0)).y()
        assert abs(caption_top - field_top) <= 6, label.text()
    for text in inner.findChildren(QPlainTextEdit):
        assert not text.horizontalScrollBar().isVisible()
