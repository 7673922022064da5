"""The "Gremien und Mitglieder" dialog: the roster of today first, former members in their own
greyed section behind a toggle, and a layout that does not cut or cram (at 1280×800)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLineEdit, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.meetings.bodies_dialog import BodiesDialog
from sro_desktop.ui.meetings.dialogs import find_data
from sro_desktop.ui.meetings.member_model import FORMER_COLOR

STT = body_uuid("stadtteiltisch", "D")
TODAY = date.today()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> BodiesDialog:
    """The dialog on the Stadtteiltisch Groß Klein with three current and two former members."""
    with ctx.database.write() as s:
        for first, last, role, start, end in (
            ("Nele", "Maier", MemberRole.CHAIR, date(2007, 1, 1), date(2008, 12, 31)),
            ("Hauke", "Berger", MemberRole.CHAIR, date(2009, 1, 1), None),
            ("Claudia", "Becker", MemberRole.VOTING, date(2010, 1, 1), TODAY - timedelta(1)),
            ("Ali", "Evers", MemberRole.VOTING, date(2023, 1, 1), TODAY),
            ("Silke", "Dietrich", MemberRole.VOTING, TODAY + timedelta(30), None),
        ):
            person = svc.create_person(s, first_name=first, last_name=last)
            svc.add_membership(s, body_id=STT, person_id=person, role=role, valid_from=start,
                               valid_to=end)
    widget = BodiesDialog(ctx, area_uuid("D"), [area_uuid("D")])
    qtbot.addWidget(widget)
    widget.body.setCurrentIndex(find_data(widget.body, STT))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(dialog: BodiesDialog) -> list[str | None]:
    model = dialog.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_current_members_first_and_former_ones_behind_the_toggle(
    dialog: BodiesDialog, qtmodeltester: ModelTester
) -> None:
    model = dialog.model
    qtmodeltester.check(model)
    # Today's roster only: members whose membership ends today or starts later count.
    assert _names(dialog) == ["Hauke Berger", "Silke Dietrich", "Ali Evers"]
    assert dialog.counts.text() == "3 aktuell · 2 frühere"
    assert not dialog.show_former.isChecked() and dialog.show_former.isEnabled()
    # Only current members can be stood in for.
    assert [dialog.substitute_for.itemText(i) for i in range(dialog.substitute_for.count())] == [
        "– niemanden –", "Hauke Berger", "Silke Dietrich", "Ali Evers"]
    dialog.show_former.setChecked(True)
    qtmodeltester.check(model)
    assert _names(dialog) == ["Hauke Berger", "Silke Dietrich", "Ali Evers",
                              "Frühere Mitglieder (2)", "Nele Maier", "Claudia Becker"]
    heading = model.heading_row
    assert heading == 3
    assert dialog.table.columnSpan(heading, 0) == model.columnCount()
    assert not model.flags(model.index(heading, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.member(heading) is None
    grey = QColor(FORMER_COLOR)
    for row in (4, 5):
        assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(5, 5).data() == (TODAY - timedelta(1)).strftime("%d.%m.%Y")
    # A former member can still be selected (to correct or remove a wrong entry).
    dialog.table.selectRow(5)
    selected = model.member(dialog.table.currentIndex().row())
    assert selected is not None and selected.person_name == "Claudia Becker"
    dialog.show_former.setChecked(False)
    assert _names(dialog) == ["Hauke Berger", "Silke Dietrich", "Ali Evers"]
    assert dialog.table.columnSpan(3, 0) == 1


def test_ending_a_membership_moves_it_to_the_former_ones(dialog: BodiesDialog) -> None:
    dialog.table.selectRow(2)
    dialog.end_date.setText((TODAY - timedelta(2)).strftime("%d.%m.%Y"))
    dialog.end_member()
    assert _names(dialog) == ["Hauke Berger", "Silke Dietrich"]
    assert dialog.counts.text() == "2 aktuell · 3 frühere"
    dialog.show_former.setChecked(True)
    assert "Ali Evers" in _names(dialog)[3:]


def test_layout_has_room_at_1280_by_800(dialog: BodiesDialog) -> None:
    assert dialog.width() <= 1280 and dialog.height() <= 800
    table = dialog.table
    metrics = table.fontMetrics()
    # One line per member with air around it, nothing wrapped into two cramped lines.
    assert not table.wordWrap()
    assert table.rowHeight(0) >= metrics.height() + 10
    role_column = 2
    assert table.columnWidth(role_column) >= metrics.horizontalAdvance(
        "stimmberechtigtes Mitglied")
    # The name of a new body shows its placeholder in full.
    name = dialog.findChild(QLineEdit, "newBodyName")
    assert name.width() >= name.fontMetrics().horizontalAdvance(name.placeholderText()) + 16
    # "Mitglied hinzufügen" is a button at its own width, not a bar across the form.
    add = dialog.findChild(QPushButton, "addMemberButton")
    box = dialog.findChild(QGroupBox)
    assert add.width() <= add.sizeHint().width() + 8
    assert add.width() < box.width() / 3
    for date_field in ("memberFrom", "memberTo", "memberEndDate"):
        field = dialog.findChild(QLineEdit, date_field)
        assert field.width() < 160
        assert field.width() >= field.fontMetrics().horizontalAdvance("00.00.0000") + 12
