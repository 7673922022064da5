"""Dialogs for the lifecycle actions: the few facts each step needs, then the service call.

A refusal of the rules is shown in the dialog (red, German, naming the rule), and the dialog
stays open. A refusal of the budget opens the budget panel's override dialog
(:func:`~sro_desktop.ui.budget.ask_override`): only the chair or deputy chair of the region's
Lenkungsgruppe may allow an overrun, with a reason; both go with the booking into the ledger
and the audit log. Cancelling it leaves the refusal in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...models import DecisionOutcome
from ...services import measures as services
from ...services.budget import BudgetExceededError, Override
from ...services.formatting import format_date, parse_date
from ...services.measures import MeasureData, TransitionResult
from ...services.measures.lifecycle_running import default_evaluation_due
from ...services.money import format_cents, parse_money
from ..budget.override_dialog import ask_override
from .labels import action_text

if TYPE_CHECKING:
    from ...app import AppContext

OverrideAsker = Callable[[BudgetExceededError], Override | None]

__all__ = ["ACTION_FUNCTIONS", "ActionDialog", "OverrideAsker"]

ACTION_FUNCTIONS: dict[str, Callable[..., TransitionResult]] = {
    "submit": services.submit, "discuss": services.discuss,
    "put_on_agenda": services.put_on_agenda, "decide": services.record_decision,
    "agree": services.agree, "start": services.start,
    "request_evaluation": services.request_evaluation,
    "record_evaluation": services.record_evaluation, "extend": services.extend,
    "close": services.close, "archive": services.archive, "withdraw": services.withdraw,
}
_BUDGET_ACTIONS = frozenset({"decide", "agree", "extend"})


def _t(text: str) -> str:
    """The dialog's translation context (for the tables built outside the class)."""
    return QCoreApplication.translate("ActionDialog", text)


def _outcomes() -> tuple[tuple[DecisionOutcome, str], ...]:
    """The outcomes of a decision, in the interface language."""
    return (
        (DecisionOutcome.APPROVED, _t("befürwortet")),
        (DecisionOutcome.APPROVED_WITH_CONDITIONS, _t("befürwortet mit Auflagen")),
        (DecisionOutcome.REJECTED, _t("abgelehnt")),
        (DecisionOutcome.DEFERRED, _t("vertagt")),
        (DecisionOutcome.WITHDRAWN, _t("zurückgezogen")),
    )


def _fields(action: str, data: MeasureData,
            evaluation_due: date | None = None) -> list[tuple[str, str, str, Any]]:
    """(name, kind, label, default) of the inputs an action needs; ``evaluation_due`` is the
    proposed due date of a requested evaluation (see ``default_evaluation_due``)."""
    today = date.today()
    note = ("note", "text", _t("Notiz"), "")
    if action == "discuss":
        return [("discussed_on", "date", _t("Beraten am"), today), note]
    if action == "decide":
        return [("outcome", "outcome", _t("Ergebnis"), DecisionOutcome.APPROVED),
                ("decided_on", "date", _t("Beschlossen am"), today),
                ("amount_cents", "money", _t("Bewilligter Betrag (€)"), data.requested_cents),
                ("conditions", "text", _t("Auflagen"), ""),
                ("reason", "text", _t("Begründung"), "")]
    if action == "agree":
        return [("agreed_on", "date", _t("Vereinbart am"), today),
                ("agreed_by", "line", _t("Vereinbart durch"), ""),
                ("reference", "line", _t("Aktenzeichen"), ""),
                ("amount_cents", "money", _t("Betrag (€)"), data.approved_cents or 0), note]
    if action == "request_evaluation":
        return [("due", "date", _t("Evaluation fällig am"),
                 evaluation_due or data.final_report_due or data.end), note]
    if action == "record_evaluation":
        return [("completed_on", "date", _t("Evaluiert am"), today),
                ("suitable", "bool", _t("Weiter geeignet und notwendig"), True),
                ("result", "text", _t("Ergebnis"), "")]
    if action == "extend":
        start = data.end + timedelta(days=1) if data.end else None
        return [("new_start", "date", _t("Verlängerung ab"), start),
                ("new_end", "date", _t("Verlängerung bis"), None),
                ("amount_cents", "money", _t("Zusätzlicher Betrag (€)"), 0), note]
    if action == "close":
        return [("proof_checked_on", "date", _t("Verwendungsnachweis geprüft am"), today), note]
    if action == "withdraw":
        return [("reason", "text", _t("Grund"), "")]
    return [note]


class ActionDialog(QDialog):
    """One lifecycle action for one measure; ``outcome`` holds the outcome after OK.

    ``ask_override`` replaces the override dialog (scripts); ``override`` holds the chair's
    override once one was given.
    """

    def __init__(self, ctx: AppContext, data: MeasureData, action: str,
                 parent: QWidget | None = None, *,
                 ask_override: OverrideAsker | None = None) -> None:
        super().__init__(parent)
        assert data.id is not None
        self.setObjectName("measureAction")
        title = action_text(action)
        self.setWindowTitle(f"{title} – {data.number}")
        self.ctx = ctx
        self.database = ctx.database
        self.data = data
        self.action = action
        self.user = ctx.user
        self._ask_override = ask_override
        self.override: Override | None = None
        self.outcome: TransitionResult | None = None
        self.inputs: dict[str, tuple[str, QWidget]] = {}
        form = QFormLayout()
        evaluation_due = None
        if action == "request_evaluation":
            # After an extension the stored final report date may still be the first period's.
            with self.database.session() as s:
                evaluation_due = default_evaluation_due(s, data.id)
        for name, kind, label, default in _fields(action, data, evaluation_due):
            widget = self._input(kind, default)
            widget.setObjectName(f"action_{name}")
            widget.setAccessibleName(label)
            form.addRow(label + ":", widget)
            self.inputs[name] = (kind, widget)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(title)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(f"<b>{title}</b>", self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def _input(self, kind: str, default: Any) -> QWidget:
        if kind == "outcome":
            combo = QComboBox(self)
            for value, label in _outcomes():
                combo.addItem(label, str(value))
            return combo
        if kind == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(default))
            return box
        if kind == "text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            text.setPlainText(default or "")
            return text
        line = QLineEdit(self)
        if kind == "date":
            line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
            line.setText(format_date(default) if default else "")
        elif kind == "money":
            line.setText(format_cents(default, symbol=False) if default else "")
        else:
            line.setText(str(default or ""))
        return line

    def values(self) -> dict[str, Any]:
        """The inputs as service arguments; ValueError with a German message when unreadable."""
        out: dict[str, Any] = {}
        for name, (kind, widget) in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                label = widget.accessibleName()
                if kind == "date":
                    if not text:
                        if name == "new_start":
                            continue
                        raise ValueError(self.tr("{label}: Bitte ein Datum eingeben "
                                                 "(TT.MM.JJJJ).").format(label=label))
                    try:
                        out[name] = parse_date(text)
                    except (ValueError, TypeError):
                        raise ValueError(self.tr("{label}: „{text}“ ist kein gültiges Datum.")
                                         .format(label=label, text=text)) from None
                elif kind == "money":
                    out[name] = parse_money(text, field=label.removesuffix(" (€)")) if text else 0
                else:
                    out[name] = text
        return out

    def _ask(self, error: BudgetExceededError) -> Override | None:
        if self._ask_override is not None:
            return self._ask_override(error)
        assert self.data.region_id is not None
        try:
            values = self.values()
        except ValueError:
            values = {}
        # The date of the decision or agreement: its chair may authorise (besides today's).
        on = next((v for k in ("decided_on", "agreed_on") if isinstance(v := values.get(k), date)),
                  None)
        return ask_override(self.ctx, self.data.region_id, error, self, on=on)

    def _call(self, override: Override | None) -> None:
        kwargs = self.values()
        if override is not None:
            kwargs.update(override_reason=override.reason, authorized_by=override.authorized_by,
                          authorized_person_id=override.authorized_person_id)
        assert self.data.id is not None
        with self.database.write() as s:
            self.outcome = ACTION_FUNCTIONS[self.action](s, self.data.id, user=self.user,
                                                        **kwargs)

    def run(self) -> None:
        """Call the service; on a refusal of the budget ask for the chair's override and try
        again with it; show any other refusal in the dialog; close on success."""
        override: Override | None = None
        while True:
            try:
                self._call(override)
            except services.BudgetRefusedError as exc:
                self._show(str(exc))
                exceeded = exc.exceeded
                if (self.action not in _BUDGET_ACTIONS or override is not None
                        or not isinstance(exceeded, BudgetExceededError)
                        or self.data.region_id is None):
                    return
                override = self._ask(exceeded)
                if override is None:
                    self._show(str(exc) + "\n\n" + self.tr(
                        "Eine Überschreitung kann nur der Vorsitz (oder die Stellvertretung) "
                        "der Lenkungsgruppe mit Begründung zulassen."))
                    return
                continue
            except (ValueError, services.MeasureNotFoundError) as exc:
                self._show(str(exc))
                return
            self.override = override
            self.accept()
            return

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
