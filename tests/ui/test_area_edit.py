"""Editing the area tree from the window: dialogs, undo commands, refusals, database state."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import select

from sro_desktop.models import Area
from sro_desktop.storage.seed import area_uuid
from sro_desktop.ui.area_dialogs import AddAreaDialog, MoveAreaDialog, RenameAreaDialog
from sro_desktop.ui.main_window import MainWindow


def _stored(window: MainWindow, area_id: uuid.UUID) -> Area:
    with window.ctx.database.session() as session:
        area = session.get(Area, area_id)
        assert area is not None
        return area


def _names_under(window: MainWindow, parent_id: uuid.UUID) -> list[str]:
    model = window.model
    parent = model.index_for(parent_id)
    model.fetchMore(parent)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _ok(dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_rename_through_dialog_then_undo_and_redo(main_window: MainWindow) -> None:
    d = area_uuid("D")
    assert main_window.select_area(d)
    main_window.actions_by_name["actionRenameArea"].trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, RenameAreaDialog) and dialog.name_edit.text() == "Groß Klein"
    dialog.name_edit.setText("Groß Klein-Nord")
    _ok(dialog)
    assert main_window.model.index_for(d).data() == "D · Groß Klein-Nord"
    assert main_window.overview.title.text() == "Groß Klein-Nord"
    assert _stored(main_window, d).name == "Groß Klein-Nord"
    undo = main_window.actions_by_name["actionUndo"]
    assert undo.isEnabled() and undo.text() == "&Rückgängig: Gebiet umbenennen"

    undo.trigger()
    assert _stored(main_window, d).name == "Groß Klein"
    assert main_window.model.index_for(d).data() == "D · Groß Klein"
    assert main_window.overview.title.text() == "Groß Klein"
    main_window.actions_by_name["actionRedo"].trigger()
    assert _stored(main_window, d).name == "Groß Klein-Nord"


def test_rename_dialog_refuses_empty_and_duplicate_names(main_window: MainWindow) -> None:
    main_window.select_area(area_uuid("D"))
    main_window.actions_by_name["actionRenameArea"].trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, RenameAreaDialog)
    dialog.name_edit.setText("   ")
    _ok(dialog)
    error = dialog.findChild(QLabel, "dialogError")
    assert dialog.isVisible() and error.text().startswith("Name: darf nicht leer sein")
    dialog.name_edit.setText("Lichtenhagen")
    _ok(dialog)
    assert dialog.isVisible()
    assert error.text().startswith("Name: „Lichtenhagen“ gibt es unter „Regionalraum Nordwest")
    assert main_window.ctx.undo_stack.count() == 0


def test_move_refuses_a_cycle_with_a_german_message(main_window: MainWindow) -> None:
    region, d = area_uuid("RR-NW"), area_uuid("D")
    city = area_uuid("HRO")
    assert not main_window.area_editor.move(region, city, d)
    box = main_window.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Gebiet verschieben"
    assert "kann nicht unter sich selbst oder eines seiner Untergebiete verschoben werden" in (
        box.text())
    assert main_window.ctx.undo_stack.count() == 0
    assert _stored(main_window, region).parent_id == city


def test_move_through_dialog_and_undo(main_window: MainWindow) -> None:
    south, mitte, west = area_uuid("L"), area_uuid("RR-M"), area_uuid("RR-W")
    main_window.select_area(south)
    main_window.actions_by_name["actionMoveArea"].trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, MoveAreaDialog)
    targets = [dialog.target_combo.itemData(i) for i in range(dialog.target_combo.count())]
    # Only Regionalräume (and the city) are offered, never the current parent.
    assert west in targets and mitte not in targets and area_uuid("D") not in targets
    dialog.target_combo.setCurrentIndex(targets.index(west))
    _ok(dialog)
    assert _stored(main_window, south).parent_id == west
    assert "L · Südstadt" in _names_under(main_window, west)
    assert main_window.selected_area_id() == south
    main_window.actions_by_name["actionUndo"].trigger()
    assert _stored(main_window, south).parent_id == mitte
    assert "L · Südstadt" in _names_under(main_window, mitte)


def test_retire_hides_the_node_and_undo_brings_it_back(main_window: MainWindow) -> None:
    schmarl = area_uuid("G")
    main_window.select_area(schmarl)
    main_window.actions_by_name["actionRetireArea"].trigger()
    assert _stored(main_window, schmarl).retired_on is not None
    assert not main_window.model.index_for(schmarl).isValid()
    assert "G · Schmarl" not in _names_under(main_window, area_uuid("RR-NW"))
    assert main_window.selected_area_id() != schmarl

    show = main_window.actions_by_name["actionShowRetired"]
    show.trigger()
    assert show.isChecked() and main_window.select_area(schmarl)
    assert main_window.overview.badge_retired.isVisibleTo(main_window.overview)
    assert main_window.actions_by_name["actionUnretireArea"].isEnabled()
    show.trigger()

    main_window.actions_by_name["actionUndo"].trigger()
    assert _stored(main_window, schmarl).retired_on is None
    assert "G · Schmarl" in _names_under(main_window, area_uuid("RR-NW"))


def test_add_area_then_undo_removes_and_redo_restores(main_window: MainWindow,
                                                      seeded_db: Path) -> None:
    d = area_uuid("D")
    main_window.select_area(d)
    main_window.actions_by_name["actionAddArea"].trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, AddAreaDialog)
    assert dialog.level_combo.currentText() == "Quartier"
    dialog.name_edit.setText("Am Hafen")
    dialog.code_edit.setText("D")  # taken by Groß Klein itself
    _ok(dialog)
    error = dialog.findChild(QLabel, "dialogError")
    assert dialog.isVisible() and error.text().startswith("Code: „D“ ist schon an „Groß Klein“")
    dialog.code_edit.setText("D-HAFEN")
    _ok(dialog)
    assert not dialog.isVisible()
    assert "Am Hafen" in _names_under(main_window, d)
    with main_window.ctx.database.session() as session:
        new_id = session.scalar(select(Area.id).where(Area.code == "D-HAFEN"))
    assert main_window.selected_area_id() == new_id

    main_window.actions_by_name["actionUndo"].trigger()
    assert "Am Hafen" not in _names_under(main_window, d)
    main_window.actions_by_name["actionRedo"].trigger()
    assert "Am Hafen" in _names_under(main_window, d)


def test_add_under_a_quarter_offers_no_level(main_window: MainWindow) -> None:
    main_window.select_area(area_uuid("D"))
    quarter = _names_under(main_window, area_uuid("D"))[0]
    model = main_window.model
    main_window.tree.setCurrentIndex(model.index(0, 0, model.index_for(area_uuid("D"))))
    assert main_window.current_node().name == quarter  # type: ignore[union-attr]
    main_window.actions_by_name["actionAddArea"].trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, AddAreaDialog) and dialog.level_combo.count() == 0
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "Ebene: unter einem Quartier" in dialog.findChild(QLabel, "dialogError").text()
    dialog.reject()
