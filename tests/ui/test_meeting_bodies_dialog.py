"""The "Gremien und Mitglieder" dialog: the roster of today first, former members in their own
greyed section behind a toggle, and a layout that does not cut or cram (at 1280×800)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sro_desktop.app import AppContext
from sro_desktop.models import MemberRole
from sro_desktop.services import meetings as svc
from sro_desktop.services.meetings.planning import body_template
from sro_desktop.storage.seed import area_uuid, body_uuid
from sro_desktop.ui.meetings.agenda_template_dialog import AgendaTemplateDialog
from sro_desktop.ui.meetings.bodies_dialog import BodiesDialog
from sro_desktop.ui.meetings.body_forms import BodyNameDialog, MembershipDialog, RetireBodyDialog
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


def _select(dialog: BodiesDialog, name: str) -> svc.MemberInfo:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    dialog.table.selectRow(row)
    member = model.member(row)
    assert member is not None
    return member


def test_a_second_seat_of_the_same_person_is_refused(dialog: BodiesDialog) -> None:
    dialog.person.setCurrentIndex(dialog.person.findText("Hauke Berger"))
    dialog.role.setCurrentIndex(dialog.role.findData(str(MemberRole.VOTING)))
    dialog.add_member()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith(
        "Person: Hauke Berger hat in diesem Gremium schon einen Sitz (Vorsitz, seit "
        "01.01.2009)")
    assert _names(dialog) == ["Hauke Berger", "Silke Dietrich", "Ali Evers"]


def test_edit_a_membership(qtbot: QtBot, dialog: BodiesDialog) -> None:
    _select(dialog, "Ali Evers")
    dialog.findChild(QPushButton, "editMemberButton").click()
    form = dialog.form
    assert isinstance(form, MembershipDialog) and form.isVisible()
    assert form.findChild(QLabel, "membershipPerson").text() == "Ali Evers"
    assert form.valid_from.text() == "01.01.2023"
    assert [form.substitute_for.itemText(i) for i in range(form.substitute_for.count())] == [
        "– niemanden –", "Hauke Berger", "Silke Dietrich"]  # not Ali himself
    # A period that reaches into a seat Ali had before is refused in the form, which stays
    # open with what was typed.
    with dialog.ctx.database.write() as s:
        ali = next(m.person_id for m in svc.members(s, STT) if m.person_name == "Ali Evers")
        svc.add_membership(s, body_id=STT, person_id=ali, valid_from=date(2015, 1, 1),
                           valid_to=date(2016, 12, 31))
    form.role.setCurrentIndex(form.role.findData(str(MemberRole.SUBSTITUTE)))
    form.substitute_for.setCurrentIndex(form.substitute_for.findText("Hauke Berger"))
    form.valid_from.setText("01.01.2016")
    form.valid_to.setText("")
    form.organization.setEditText("Jugendclub Groß Klein e. V.")
    form.accept()
    assert form.isVisible() and form.message.isVisible()
    assert form.message.text().startswith("Person: Ali Evers hat in diesem Gremium schon einen "
                                          "Sitz (stimmberechtigtes Mitglied, "
                                          "01.01.2015–31.12.2016)")
    form.valid_from.setText("1.1.17x")
    form.accept()
    assert form.message.text() == "Von: „1.1.17x“ ist kein Datum (TT.MM.JJJJ)"
    form.valid_from.setText("01.01.2017")
    form.accept()
    assert not form.isVisible()
    with dialog.ctx.database.session() as s:
        seat = next(m for m in svc.members(s, STT, on=TODAY) if m.person_name == "Ali Evers")
    assert (seat.role, seat.substitute_for_name, seat.valid_from, seat.valid_to) == (
        "substitute", "Hauke Berger", date(2017, 1, 1), None)
    assert seat.organization_name == "Jugendclub Groß Klein e. V."  # typed anew, created
    assert "Vertretung" in [dialog.model.index(r, 2).data()
                            for r in range(dialog.model.rowCount())]


def test_rename_retire_and_reactivate_the_body(qtbot: QtBot, dialog: BodiesDialog) -> None:
    dialog.findChild(QPushButton, "renameBodyButton").click()
    form = dialog.form
    assert isinstance(form, BodyNameDialog)
    assert form.name.text() == "Stadtteiltisch Groß Klein"
    form.name.setText(" ")
    form.accept()
    assert form.message.text() == "Name: fehlt (Pflichtfeld)"
    form.name.setText("Stadtteiltisch Groß Klein-Nord")
    form.accept()
    assert dialog.body.currentText() == "Stadtteiltisch Groß Klein-Nord"

    retire = dialog.findChild(QPushButton, "retireBodyButton")
    assert retire.text() == "Außer Dienst stellen …"
    retire.click()
    form = dialog.form
    assert isinstance(form, RetireBodyDialog)
    form.day.setDate(QDate(2025, 3, 31))
    form.accept()
    assert dialog.body.currentText() == "Stadtteiltisch Groß Klein-Nord – außer Dienst"
    assert dialog.findChild(QLabel, "bodyState").text() == (
        "Außer Dienst seit 31.03.2025: keine neuen Sitzungen")
    assert retire.text() == "Wieder in Dienst stellen"
    with dialog.ctx.database.session() as s:
        assert STT not in {b.id for b in svc.list_bodies(s, [area_uuid("D")])}
    retire.click()  # back in service at once, no form
    assert dialog.body.currentText() == "Stadtteiltisch Groß Klein-Nord"
    assert dialog.findChild(QLabel, "bodyState").text() == ""


def test_a_body_with_meetings_is_not_deleted(qtbot: QtBot, dialog: BodiesDialog) -> None:
    with dialog.ctx.database.write() as s:
        svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
    dialog.findChild(QPushButton, "deleteBodyButton").click()
    box = dialog.form
    assert isinstance(box, QMessageBox)
    assert box.text() == "Das Gremium „Stadtteiltisch Groß Klein“ löschen?"
    box.findChild(QPushButton, "confirmDeleteBodyButton").click()
    assert dialog.message.text().startswith("Gremium löschen: „Stadtteiltisch Groß Klein“ hat "
                                            "1 Sitzung(en)")
    assert find_data(dialog.body, STT) >= 0


def test_standard_items_of_the_body(qtbot: QtBot, dialog: BodiesDialog) -> None:
    dialog.findChild(QPushButton, "bodyTemplateButton").click()
    form = dialog.form
    assert isinstance(form, AgendaTemplateDialog)
    assert form.source.text() == "Vorgabe für diese Art von Gremium."
    titles = [t.title for t in form.items()]
    assert titles[0] == "Begrüßung und Vorstellungsrunde" and titles[-1] == "Verschiedenes"
    form.table.setCurrentCell(0, 0)
    form.add_row()
    form.table.item(1, 0).setText("Spielplätze im Quartier")
    form.move_row(-1)  # now first
    form.table.setCurrentCell(form.table.rowCount() - 1, 0)
    form.remove_row()  # no "Verschiedenes"
    form.table.item(0, 0).setText("")
    form.accept()
    assert form.message.text() == "Standard-TOP 1: Titel fehlt (Pflichtfeld)"
    form.table.item(0, 0).setText("Spielplätze im Quartier")
    form.accept()
    assert not form.isVisible()
    with dialog.ctx.database.write() as s:
        meeting = svc.plan_meeting(s, body_id=STT, day=date(2025, 2, 11))
        planned = [i.title for i in svc.agenda(s, meeting)]
    assert planned[0] == "Spielplätze im Quartier" and "Verschiedenes" not in planned
    # Back to the default of the kind.
    dialog.edit_template()
    form = dialog.form
    assert isinstance(form, AgendaTemplateDialog)
    assert form.source.text() == "Eigene Standard-TOPs dieses Gremiums."
    form.findChild(QPushButton, "templateResetButton").click()
    assert form.template() is None
    form.accept()
    with dialog.ctx.database.session() as s:
        assert body_template(s, STT)[1] is False


def test_the_body_row_at_1280_by_800(dialog: BodiesDialog) -> None:
    # A long name gets the whole width; the body's buttons sit in their own row.
    combo = dialog.body
    for name in ("renameBodyButton", "bodyTemplateButton", "retireBodyButton",
                 "deleteBodyButton"):
        button = dialog.findChild(QPushButton, name)
        assert button.width() >= button.sizeHint().width()
        assert button.y() > combo.y()
    assert combo.width() > dialog.width() * 0.7
