"""Aufteilung auf Haushaltsjahre: set by hand how a measure's money falls into budget years.

The dialog shows per year the months of the period, the pro-rata part (the rule) and what the
measure binds now, and takes one amount per year. It refuses a split whose sum is not the
period's amount, live and with the difference. Saving goes through :class:`SplitCommand`
(undoable). Other panels (the measure form) open it with :func:`open_split_dialog`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import (
    BudgetError,
    PeriodPlan,
    SplitError,
    SplitPlan,
    format_months,
    split_difference_message,
    split_plan,
)
from ...services.money import MoneyError, format_cents, parse_money
from .commands import SplitCommand
from .form_bits import heading, message_label, money_edit
from .labels import period_text

if TYPE_CHECKING:
    from ...app import AppContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SplitDialog(QDialog):
    """One row per budget year of the chosen period; the amounts must add up to its amount."""

    def __init__(self, ctx: AppContext, measure_id: uuid.UUID, parent: QWidget | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetSplitDialog")
        self.setWindowTitle(self.tr("Aufteilung auf Haushaltsjahre"))
        self.setAccessibleName(self.tr("Aufteilung auf Haushaltsjahre"))
        self._ctx, self._measure_id, self._on_error = ctx, measure_id, on_error
        with ctx.database.session() as session:
            self.plan: SplitPlan = split_plan(session, measure_id)
        self.saved = False
        self._fitted_height = 0
        self.edits: dict[int, QLineEdit] = {}
        self.period = QComboBox()
        self.period.setObjectName("budgetSplitPeriod")
        self.period.setAccessibleName(self.tr("Förderzeitraum"))
        for plan in self.plan.periods:
            self.period.addItem(period_text(plan))
        # One period: a plain (selectable) line reads better than a disabled combo box.
        self.period_label = QLabel(period_text(self.plan.periods[0]) if self.plan.periods
                                   else "–")
        self.period_label.setObjectName("budgetSplitPeriodLabel")
        self.period_label.setAccessibleName(self.tr("Förderzeitraum"))
        self.period_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        several = len(self.plan.periods) > 1
        self.period.setVisible(several)
        self.period_label.setVisible(not several)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("budgetSplitYears")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.sum_label = QLabel()
        self.difference = QLabel()
        self.difference.setObjectName("budgetSplitDifference")
        self.difference.setAccessibleName(self.tr("Differenz zum Betrag"))
        self.error = message_label("budgetSplitError", self.tr("Fehler der Aufteilung"),
                                   error=True)
        self.note = message_label("budgetSplitNote", self.tr("Hinweis zur Aufteilung"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Aufteilung &speichern"))
        save.setObjectName("budgetSplitSave")
        save.setAccessibleName(self.tr("Aufteilung speichern"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))
        self.reset = QPushButton(self.tr("&Anteilig zurücksetzen"))
        self.reset.setObjectName("budgetSplitReset")
        self.reset.setAccessibleName(self.tr("Anteilig zurücksetzen"))
        self.reset.setToolTip(self.tr("Setzt alle Jahre auf die Aufteilung nach Monaten."))
        self.reset.setAutoDefault(False)
        self.buttons.addButton(self.reset, QDialogButtonBox.ButtonRole.ResetRole)
        self.reset.clicked.connect(self.reset_to_pro_rata)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        period_box = QHBoxLayout()
        period_box.addWidget(self.period, 1)
        period_box.addWidget(self.period_label, 1)
        caption = QLabel(self.tr("&Förderzeitraum:"))
        caption.setBuddy(self.period if several else self.period_label)
        form.addRow(caption, period_box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.plan.label, "budgetSplitMeasure"))
        layout.addLayout(form)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.difference)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if self.plan.periods:
            self.period.setCurrentIndex(len(self.plan.periods) - 1)  # the current period
            self._show_period(self.period.currentIndex())
        self.period.currentIndexChanged.connect(self._show_period)
        if not self.plan.periods:
            self.error.setText(self.plan.problem)
            self.reset.setEnabled(False)
            save.setEnabled(False)
        width = max(self.sizeHint().width(), 660)
        self.setMinimumWidth(width)
        self.resize(width, self.height())
        self._fit_height()

    def _fit_height(self) -> None:
        """Take the height the content needs at the current width: error lines that appear
        (or a longer note) must never squeeze the headings or the note. A dialog the user
        made taller only grows; one sized here also shrinks back when a message goes."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        need = self.heightForWidth(width)
        if need <= 0:
            need = self.sizeHint().height()
        self.setMinimumHeight(need)
        if self.height() < need or (self.height() > need
                                    and self.height() == self._fitted_height):
            self.resize(width, need)
        self._fitted_height = self.height()

    # -- the grid -----------------------------------------------------------------------------

    @property
    def current(self) -> PeriodPlan | None:
        """The period shown."""
        index = self.period.currentIndex()
        return self.plan.periods[index] if 0 <= index < len(self.plan.periods) else None

    def _cell(self, text: str, row: int, column: int, *, bold: bool = False) -> QLabel:
        label = QLabel(text)
        if column > 0:
            label.setAlignment(RIGHT)
        if bold:
            label.setStyleSheet("font-weight: 600;")
        self.grid.addWidget(label, row, column)
        return label

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden and detached at once: deleteLater alone leaves the old cells painted
                # under the new ones until the event loop runs.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.edits = {}

    def _show_period(self, _index: int) -> None:
        plan = self.current
        self._clear_grid()
        if plan is None:
            return
        # Two-line headings keep the money columns narrow enough for 640 px.
        for column, title in enumerate((self.tr("Haushalts-\njahr"), self.tr("Monate"),
                                        self.tr("Anteilig\nnach Monaten"),
                                        self.tr("Gebunden\n(gebucht)"),
                                        self.tr("Aufteilung\nvon Hand (€)"))):
            self._cell(title, 0, column, bold=True).setAlignment(
                (RIGHT if column else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignBottom)
        for row, line in enumerate(plan.years, start=1):
            self._cell(str(line.year), row, 0)
            self._cell(format_months(line.months), row, 1)
            self._cell(format_cents(line.pro_rata), row, 2)
            self._cell(format_cents(line.booked), row, 3)
            edit = money_edit(f"budgetSplitAmount_{line.year}",
                              self.tr("Anteil {year} in Euro").format(year=line.year),
                              format_cents(line.current, symbol=False))
            edit.setAccessibleDescription(self.tr(
                "{months} Monate; anteilig {pro_rata}; gebunden {booked}").format(
                    months=format_months(line.months), pro_rata=format_cents(line.pro_rata),
                    booked=format_cents(line.booked)))
            edit.setMinimumWidth(130)
            edit.textChanged.connect(self._validate)
            self.grid.addWidget(edit, row, 4)
            self.edits[line.year] = edit
        last = len(plan.years) + 1
        self._cell(self.tr("Summe"), last, 0, bold=True)
        months = sum((ln.months for ln in plan.years), Fraction(0))
        self._cell(format_months(months), last, 1, bold=True)
        self._cell(format_cents(sum(plan.pro_rata.values())), last, 2, bold=True)
        self._cell(format_cents(sum(ln.booked for ln in plan.years)), last, 3, bold=True)
        self.sum_label = self._cell("", last, 4, bold=True)
        self.sum_label.setObjectName("budgetSplitSum")
        self.sum_label.setAccessibleName(self.tr("Summe der Aufteilung"))
        self.grid.setColumnStretch(0, 1)
        single = len(plan.years) == 1
        for edit in self.edits.values():
            edit.setEnabled(not single)
        self.reset.setEnabled(not single)
        self._set_note(plan)
        self._validate()
        if not single:
            next(iter(self.edits.values())).setFocus()

    def _set_note(self, plan: PeriodPlan) -> None:
        lines = []
        if len(plan.years) == 1:
            lines.append(self.tr("Der Zeitraum liegt ganz im Haushaltsjahr {year}; es gibt "
                                 "nichts aufzuteilen.").format(year=plan.years[0].year))
        else:
            lines.append(self.tr("Regel: anteilig nach Monaten, ein angebrochener Monat mit "
                                 "dem Anteil seiner Tage. Eine Aufteilung von Hand ersetzt die "
                                 "Regel für diesen Zeitraum."))
        if plan.period_id is None:
            lines.append(self.tr("Noch keine Vereinbarung: Die Aufteilung gilt für den "
                                 "Zeitraum und Betrag der Maßnahme (beschlossen, sonst "
                                 "beantragt)."))
        if len(self.plan.periods) > 1:
            lines.append(self.tr("„Gebunden“ zeigt die ganze Maßnahme im Haushaltsjahr (alle "
                                 "Förderzeiträume)."))
        if any(line.booked for line in plan.years):
            lines.append(self.tr("Schon gebuchtes Geld (Spalte „Gebunden“) wird nicht "
                                 "umgebucht; die Aufteilung gilt für die nächsten Buchungen "
                                 "dieses Zeitraums (Beschluss, Vereinbarung). Gebuchtes "
                                 "ändert „Korrektur buchen…“ in den Buchungen."))
        self.note.setText("\n\n".join(lines))

    # -- validation and saving ----------------------------------------------------------------

    def shares(self) -> tuple[dict[int, int] | None, str]:
        """The typed amounts per year, or None with the German problem."""
        out: dict[int, int] = {}
        for year, edit in self.edits.items():
            field = self.tr("Anteil {year}").format(year=year)
            try:
                cents = parse_money(edit.text(), field=field)
            except MoneyError as exc:
                return None, str(exc)
            if cents < 0:
                return None, self.tr("{field}: Der Anteil darf nicht negativ sein.").format(
                    field=field)
            out[year] = cents
        return out, ""

    def _validate(self) -> None:
        plan = self.current
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if plan is None:
            return
        shares, problem = self.shares()
        typed = sum(shares.values()) if shares is not None else None
        self.sum_label.setText(format_cents(typed) if typed is not None else "–")
        if typed is not None:
            gap = typed - plan.amount
            what = self.tr("des Zeitraums") if plan.period_id else self.tr("der Maßnahme")
            self.difference.setText(self.tr("Betrag {what}: {amount} · Differenz: {gap}").format(
                what=what, amount=format_cents(plan.amount), gap=format_cents(gap)))
            self.difference.setStyleSheet("" if gap == 0 else "color: #b3261e;")
            problem = problem or split_difference_message(typed, plan.amount, what)
        else:
            self.difference.setText("")
        self.error.setText(problem)
        save.setEnabled(not problem and len(plan.years) > 1)
        self._fit_height()

    def reset_to_pro_rata(self) -> None:
        """Fill every year with its pro-rata part."""
        plan = self.current
        if plan is None:
            return
        for line in plan.years:
            self.edits[line.year].setText(format_cents(line.pro_rata, symbol=False))

    def save(self) -> None:
        """Save the split (pro rata again when it equals the rule) as an undoable command."""
        plan = self.current
        shares, problem = self.shares()
        if plan is None or shares is None or problem or sum(shares.values()) != plan.amount:
            self._validate()
            return
        after = None if shares == plan.pro_rata else shares
        if after == plan.manual:
            self.accept()  # nothing changed
            return
        command = SplitCommand(self._ctx, self._measure_id, plan.period_id, plan.manual, after,
                               on_error=self._on_error)
        try:
            command.execute()
        except (SplitError, BudgetError) as exc:
            self.error.setText(str(exc))
            self._fit_height()
            return
        self._ctx.undo_stack.push(command)
        self.saved = True
        self.accept()


def open_split_dialog(ctx: AppContext, measure_id: uuid.UUID, parent: QWidget | None = None,
                      *, on_error: Callable[[str], None] | None = None) -> bool:
    """Show "Aufteilung auf Haushaltsjahre" for a measure (modal); True when a changed split
    was saved (undoable through ``ctx.undo_stack``; ``on_error`` hears a refused undo)."""
    dialog = SplitDialog(ctx, measure_id, parent, on_error=on_error)
    dialog.exec()
    return dialog.saved
