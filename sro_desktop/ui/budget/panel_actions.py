"""The panel's actions that open dialogs or write: Budget festlegen, Aufteilung, Auszahlung,
Rückfluss, Rest übertragen, CSV export. A mixin of :class:`~.panel.BudgetPanel`, kept apart so
that each file holds one idea (showing vs. acting)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...services.budget import (
    BudgetError,
    PanelData,
    available_cents,
    carry_over,
    csv_file_name,
    write_panel_csv,
)
from ...services.money import format_cents
from .booking_dialog import BookingDialog
from .commands import LedgerCommand, run_command
from .dialogs import SetBudgetDialog
from .split_dialog import SplitDialog

if TYPE_CHECKING:
    from ...app import AppContext
    from .models import BudgetTableModel
    from .table_box import BudgetTableBox


class BudgetActions(QWidget):
    """Dialog-opening and writing actions of the budget panel (see the module doc)."""

    _ctx: AppContext
    _data: PanelData | None
    _today: date | None
    last_dialog: QWidget | None
    table_box: BudgetTableBox
    model: BudgetTableModel

    def _report_error(self, message: str) -> None:
        """Show a German error message (the panel puts it into its hint line)."""
        raise NotImplementedError

    def open_set_budget(self) -> SetBudgetDialog | None:
        """Open "Budget festlegen" for the shown Regionalraum and year."""
        data = self._data
        if data is None or data.scope.city_wide:
            return None
        dialog = SetBudgetDialog(self._ctx, data.scope.region_ids[0], data.scope.title,
                                 data.year, self, on_error=self._report_error)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_measure_action(self, action: str,
                            measure_id: uuid.UUID | None = None) -> QDialog | None:
        """Open "Aufteilung" ("split"), "Auszahlung buchen" ("payment") or "Rückfluss
        buchen" ("return") for a measure (default: the one selected in the table)."""
        measure_id = measure_id or self.table_box.selected_measure_id()
        if self._data is None or measure_id is None:
            return None
        dialog: QDialog
        if action == "split":
            dialog = SplitDialog(self._ctx, measure_id, self, on_error=self._report_error)
        else:
            dialog = BookingDialog(self._ctx, measure_id, self._data.year,
                                   "payment" if action == "payment" else "return", self,
                                   on_error=self._report_error, today=self._today)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def carry_over_rest(self, *, confirm: bool = True) -> list[uuid.UUID]:
        """Carry the available rest into the next year (asks first)."""
        data = self._data
        if data is None or data.scope.city_wide:
            return []
        region_id, year = data.scope.region_ids[0], data.year
        with self._ctx.database.session() as session:
            rest = available_cents(session, region_id, year)
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Rest übertragen"),
                self.tr("{amount} aus {year} in das Haushaltsjahr {next} übertragen?").format(
                    amount=format_cents(rest), year=year, next=year + 1))
            if answer != QMessageBox.StandardButton.Yes:
                return []
        command = LedgerCommand(
            self._ctx, self.tr("Rest übertragen"),
            lambda s: carry_over(s, region_id=region_id, year=year, user=self._ctx.user,
                                 as_of=self._today),
            on_error=self._report_error)
        try:
            return run_command(self._ctx, command)
        except BudgetError as exc:
            self._report_error(str(exc))
            return []

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the table as CSV for Excel (asks for the file when no path is given)."""
        data = self._data
        if data is None:
            return None
        if path is None:
            # The file holds only the table; what it shows is in its name.
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Tabelle als CSV exportieren"),
                csv_file_name(data, self.model.mode),
                self.tr("CSV für Excel (*.csv)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            write_panel_csv(target, data, self.model.mode)  # type: ignore[arg-type]
        except OSError as exc:
            self._report_error(self.tr("CSV-Export: Die Datei {path} kann nicht geschrieben "
                                       "werden ({error}).").format(path=target, error=exc))
            return None
        return target

