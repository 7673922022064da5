"""Dialogs of the budget panel: set the budget of a year (and whether the rest may be carried
over), and the entries behind a figure (with "Korrektur buchen…" for any entry)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.budget import (
    FIGURE_LABELS,
    BudgetExceededError,
    EntriesBehind,
    EntryRow,
    Override,
    allocation_cents,
    budget_history,
    carry_over_allowed,
    set_budget,
)
from ...services.changes import ChangeSet
from ...services.money import MoneyError, format_cents, parse_money
from .commands import CarryOverSettingCommand, LedgerCommand, run_command
from .correction_dialog import CorrectionDialog
from .form_bits import context_menu_key
from .labels import figure_label_text
from .models import EntriesModel, HistoryModel
from .override_dialog import OverrideDialog

if TYPE_CHECKING:
    from ...app import AppContext

OverrideAsker = Callable[[BudgetExceededError], Override | None]
EntryLoader = Callable[[Session], EntriesBehind]
# Order of the figures in the sums of "all entries".
_FIGURE_ORDER = ("total", "committed", "agreed", "paid", "returned")


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    return view


class EntriesDialog(QDialog):
    """The ledger entries behind a figure, with their sum (which equals the figure).

    ``entries`` is what :func:`~sro_desktop.services.budget.entries_behind` returns. For a
    derived figure (Gebunden, Verfügbar) the column "Zählt" shows what each entry adds to the
    figure, and a sentence under the table explains how the figure is made up. With a context
    and a ``reload`` function, the dialog offers "Korrektur buchen…" for the selected entry and
    shows new entries as they are booked.
    """

    def __init__(self, title: str, entries: EntriesBehind,
                 parent: QWidget | None = None, *, ctx: AppContext | None = None,
                 reload: EntryLoader | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetEntriesDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._ctx, self._reload, self._on_error = ctx, reload, on_error
        self.last_dialog: QDialog | None = None
        self.last_menu: QMenu | None = None
        self._behind = entries
        self.model = EntriesModel(self._behind.rows, self)
        self.table = _table("budgetEntriesTable")
        self.table.setAccessibleName(self.tr("Buchungen"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3, EntriesModel.COUNTS, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Long texts get a fixed share (full text in the tooltip); the last column stretches.
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 220)
        header.resizeSection(6, 160)
        header.setStretchLastSection(True)
        self.total = QLabel()
        self.total.setObjectName("budgetEntriesSum")
        self.total.setWordWrap(True)
        self.total.setStyleSheet("font-weight: 600;")
        self.derivation = QLabel()
        self.derivation.setObjectName("budgetEntriesDerivation")
        self.derivation.setWordWrap(True)
        self._show_total()
        note = QLabel(self.tr("Buchungen werden nie geändert oder gelöscht; eine Korrektur ist "
                              "eine eigene Buchung. Gelb: ausdrücklich zugelassene "
                              "Überschreitung."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        self.correct_button = QPushButton(self.tr("&Korrektur buchen…"))
        self.correct_button.setObjectName("budgetCorrectButton")
        self.correct_button.setAccessibleName(self.tr("Korrektur buchen"))
        self.correct_button.setToolTip(self.tr(
            "Bucht eine Korrektur der gewählten Buchung (Kontextmenü oder Umschalt+F10 in der "
            "Tabelle)."))
        self.correct_button.setAutoDefault(False)
        self.correct_button.clicked.connect(lambda: self.open_correction())
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setVisible(ctx is not None)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        context_menu_key(self.table, self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.derivation)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1020, 540)
        self._update_buttons()
        if ctx is not None and reload is not None:
            ctx.bus.changed.connect(self._on_bus_changed)

    @property
    def behind(self) -> EntriesBehind:
        """The entries shown and how they add up."""
        return self._behind

    def _show_total(self) -> None:
        b = self._behind
        count = len(b.rows)
        self.table.setColumnHidden(EntriesModel.COUNTS, not b.derived)
        if b.derived:
            self.total.setText(self.tr("{count} Buchungen, Summe der Spalte „Zählt“: "
                                       "{sum}").format(count=count, sum=format_cents(b.value)))
        elif b.figure is None and b.sums:
            sums = ", ".join(
                f"{figure_label_text(FIGURE_LABELS[key])} {format_cents(b.sums[key])}"
                for key in _FIGURE_ORDER if b.sums.get(key))
            self.total.setText(self.tr("{count} Buchungen verschiedener Art; Summen je Zahl: "
                                       "{sums}").format(count=count, sums=sums or "–"))
        else:
            self.total.setText(self.tr("{count} Buchungen, Summe der Beträge: {sum}").format(
                count=count, sum=format_cents(b.value)))
        self.derivation.setText(self._derivation_text(b))
        self.derivation.setVisible(bool(self.derivation.text()))

    def _derivation_text(self, b: EntriesBehind) -> str:
        amounts = {"used": format_cents(b.used), "reserved": format_cents(b.reserved),
                   "freed": format_cents(b.freed)}
        if b.figure == "used":
            return self.tr(
                "Gebunden {used} = je Maßnahme der höchste Betrag aus beschlossen, vereinbart "
                "und ausgezahlt (zusammen {reserved}; gezeigt sind die Buchungen dieses "
                "Betrags) − Rückflüsse, soweit ausgezahlt ({freed}).").format(**amounts)
        if b.figure == "available":
            return self.tr(
                "Verfügbar {available} = Gesamt {total} − gebunden {used}, und gebunden ist je "
                "Maßnahme der höchste Betrag aus beschlossen, vereinbart und ausgezahlt "
                "(zusammen {reserved}; gezeigt sind die Buchungen dieses Betrags) − "
                "Rückflüsse, soweit ausgezahlt ({freed}).").format(
                available=format_cents(b.value), total=format_cents(b.total), **amounts)
        return ""

    def selected_entry(self) -> EntryRow | None:
        """The entry selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.correct_button.setEnabled(self.selected_entry() is not None)

    def _on_context_menu(self, pos: QPoint) -> None:
        if self._ctx is None:
            return
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        elif self.table.currentIndex().isValid():  # keyboard: menu at the current row
            rect = self.table.visualRect(self.table.currentIndex())
            pos = rect.bottomLeft()
        menu = QMenu(self)
        action = menu.addAction(self.tr("&Korrektur buchen…"), self.open_correction)
        action.setEnabled(self.selected_entry() is not None)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.last_menu = menu

    def open_correction(self, entry_id: uuid.UUID | None = None) -> CorrectionDialog | None:
        """Open "Korrektur buchen" for an entry (default: the selected one)."""
        if self._ctx is None:
            return None
        if entry_id is None:
            entry = self.selected_entry()
            if entry is None:
                return None
            entry_id = entry.id
        dialog = CorrectionDialog(self._ctx, entry_id, self, on_error=self._on_error)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Read the entries again (keeps the selected entry selected)."""
        if self._ctx is None or self._reload is None:
            return
        selected = self.selected_entry()
        with self._ctx.database.session() as session:
            self._behind = self._reload(session)
        rows = self._behind.rows
        self.model.set_rows(rows)
        self._show_total()
        if selected is not None:
            for row, entry in enumerate(rows):
                if entry.id == selected.id:
                    self.table.selectRow(row)

    def _on_bus_changed(self, changes: ChangeSet, _initiator: object) -> None:
        if changes.touches("budget_entries") or changes.touches("budgets"):
            self.refresh()


class SetBudgetDialog(QDialog):
    """Budget festlegen: the new allocation of a Regionalraum's year with a note.

    Every change is a new ledger entry; the history below shows all earlier ones. A change that
    would leave bound money uncovered is refused, unless the chair allows it. The dialog also
    switches the database setting "Rest übertragen erlaubt" (for all Regionalräume and years;
    undoable and in the audit log); changing only that needs no note.
    """

    def __init__(self, ctx: AppContext, region_id: uuid.UUID, region_name: str, year: int,
                 parent: QWidget | None = None,
                 ask_override: OverrideAsker | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetSetDialog")
        # Undo may run long after this dialog is gone: its errors go to the panel.
        self._on_error = on_error
        self.setWindowTitle(self.tr("Budget festlegen"))
        self.setAccessibleName(self.tr("Budget festlegen"))
        self._ctx, self._region_id, self._year = ctx, region_id, year
        self._ask_override = ask_override or self._default_ask
        with ctx.database.session() as session:
            self._current = allocation_cents(session, region_id, year)
            history = budget_history(session, region_id, year)
            self._carry_over = carry_over_allowed(session)
        self.entry_ids: list[uuid.UUID] = []
        heading = QLabel(self.tr("{region} – Haushaltsjahr {year}").format(
            region=region_name, year=year))
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the region name is user text
        heading.setStyleSheet("font-weight: 600;")
        self.amount = QLineEdit(format_cents(self._current, symbol=False))
        self.amount.setObjectName("budgetAmount")
        self.amount.setAccessibleName(self.tr("Zugewiesenes Budget in Euro"))
        self.note = QLineEdit()
        self.note.setObjectName("budgetNote")
        self.note.setAccessibleName(self.tr("Notiz zur Änderung"))
        self.note.setPlaceholderText(self.tr("z. B. Beschluss des Jugendhilfeausschusses vom …"))
        self.error = QLabel()
        self.error.setObjectName("budgetSetError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Bisher zugewiesen:"), QLabel(format_cents(self._current)))
        form.addRow(self.tr("Neues Budget (€):"), self.amount)
        form.addRow(self.tr("Notiz:"), self.note)
        self.carry_over = QCheckBox(self.tr("Rest übertragen erlaubt"))
        self.carry_over.setObjectName("budgetCarryOverAllowed")
        self.carry_over.setAccessibleName(self.tr("Rest ins Folgejahr übertragen erlaubt"))
        self.carry_over.setChecked(self._carry_over)
        self.carry_over.setToolTip(self.tr(
            "Erlaubt „Rest übertragen…“: Der verfügbare Rest eines Haushaltsjahres darf ins "
            "Folgejahr übertragen werden."))
        carry_note = QLabel(self.tr("Gilt für alle Regionalräume und Haushaltsjahre dieser "
                                    "Datenbank; jede Änderung steht im Änderungsprotokoll."))
        carry_note.setWordWrap(True)
        carry_note.setStyleSheet("color: palette(placeholder-text);")
        setting = QVBoxLayout()
        setting.setSpacing(2)
        setting.addWidget(self.carry_over)
        setting.addWidget(carry_note)
        form.addRow(self.tr("Einstellung:"), setting)
        self.history = _table("budgetHistoryTable")
        self.history.setAccessibleName(self.tr("Bisherige Änderungen"))
        self.history.setModel(HistoryModel(history, self))
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Festlegen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Bisherige Änderungen:")))
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.amount.textChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)
        self.carry_over.toggled.connect(self._validate)
        self.resize(620, 460)
        self._validate()

    def _default_ask(self, error: BudgetExceededError) -> Override | None:
        dialog = OverrideDialog(self._ctx, self._region_id, str(error), self)
        return dialog.override() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _parsed(self) -> tuple[int | None, str]:
        try:
            cents = parse_money(self.amount.text(), field=self.tr("Neues Budget"))
        except MoneyError as exc:
            return None, str(exc)
        if cents < 0:
            return None, self.tr("Neues Budget: Der Betrag darf nicht negativ sein.")
        if cents == self._current:
            if self._setting_changed():
                return cents, ""
            return cents, self.tr("Neues Budget: unverändert.")
        if not self.note.text().strip():
            return cents, self.tr("Notiz: Bitte angeben, warum das Budget festgelegt wird "
                                  "(Pflichtfeld).")
        return cents, ""

    def _setting_changed(self) -> bool:
        return self.carry_over.isChecked() != self._carry_over

    def _validate(self) -> None:
        _, problem = self._parsed()
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def save(self) -> None:
        """Book the change (asking for an override when it is refused), switch the carry-over
        setting when it changed, and close."""
        cents, problem = self._parsed()
        if problem or cents is None:
            self._validate()
            return
        if cents != self._current and not self._book(cents):
            return
        if self._setting_changed():
            command = CarryOverSettingCommand(self._ctx, self.carry_over.isChecked(),
                                              on_error=self._on_error)
            if command.execute():
                self._ctx.undo_stack.push(command)
        self.accept()

    def _book(self, cents: int) -> bool:
        """Book the new allocation; False when it was refused (the refusal is shown)."""
        note = self.note.text().strip()
        override: Override | None = None
        while True:
            def booking(session: Session, override: Override | None = override) -> list[uuid.UUID]:
                new = set_budget(session, region_id=self._region_id, year=self._year,
                                 amount_cents=cents, note=note, user=self._ctx.user,
                                 override=override)
                return [new] if new else []

            command = LedgerCommand(self._ctx, self.tr("Budget festlegen"), booking,
                                    on_error=self._on_error)
            try:
                self.entry_ids = run_command(self._ctx, command)
            except BudgetExceededError as exc:
                override = self._ask_override(exc)
                if override is None:
                    self.error.setText(str(exc))
                    return False
                continue
            return True
