"""The lifecycle rules as pure functions: which action is allowed in which state, and why not.

Hard rules (domain.md §4): at most 12 months per period, at most one extension, at most 24
months in total, no extension without an evaluation, no agreement without a positive decision.
The money rule (only within the region's available budget) is the budget ledger's; the
lifecycle calls it. Every refusal is a German sentence that names the action and the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...models import POSITIVE_OUTCOMES, DecisionOutcome, MeasureStatus
from ..formatting import format_date
from .labels import ACTION_LABELS, STATUS_LABELS, status_label
from .periods import MAX_PERIOD_MONTHS, MAX_TOTAL_MONTHS, latest_end

__all__ = [
    "ACTIONS",
    "DECISION_STATUS",
    "SOURCE_STATES",
    "MeasureState",
    "allowed_actions",
    "decision_refusal",
    "extension_refusal",
    "refusal",
]

_S = MeasureStatus

ACTIONS: tuple[str, ...] = (
    "submit",
    "discuss",
    "put_on_agenda",
    "decide",
    "agree",
    "start",
    "request_evaluation",
    "record_evaluation",
    "extend",
    "close",
    "archive",
    "withdraw",
)

SOURCE_STATES: dict[str, frozenset[str]] = {
    "submit": frozenset({_S.DRAFT}),
    "discuss": frozenset({_S.SUBMITTED}),
    # From "evaluated": the one extension is applied for on the Lenkungsgruppe's agenda.
    "put_on_agenda": frozenset({_S.DISCUSSED, _S.DEFERRED, _S.EVALUATED}),
    "decide": frozenset({_S.ON_AGENDA}),
    "agree": frozenset({_S.APPROVED, _S.APPROVED_WITH_CONDITIONS}),
    "start": frozenset({_S.AGREED}),
    "request_evaluation": frozenset({_S.RUNNING}),
    "record_evaluation": frozenset({_S.EVALUATION_DUE}),
    "extend": frozenset({_S.EVALUATED}),
    "close": frozenset({_S.EVALUATED}),
    "archive": frozenset({_S.CLOSED, _S.REJECTED, _S.WITHDRAWN}),
    "withdraw": frozenset(
        {
            _S.DRAFT,
            _S.SUBMITTED,
            _S.DISCUSSED,
            _S.ON_AGENDA,
            _S.DEFERRED,
            _S.APPROVED,
            _S.APPROVED_WITH_CONDITIONS,
            _S.AGREED,
        }
    ),
}

# Actions that need an application that keeps every rule (period of at most 12 months,
# balanced financing, requested money, declarations …), checked again at every step because
# the application could be changed between the steps.
_RECHECKED = frozenset({"submit", "put_on_agenda", "decide", "agree"})

# The state a decision outcome leads to. "noted" is no decision about a measure.
DECISION_STATUS: dict[str, str] = {
    DecisionOutcome.APPROVED: _S.APPROVED,
    DecisionOutcome.APPROVED_WITH_CONDITIONS: _S.APPROVED_WITH_CONDITIONS,
    DecisionOutcome.REJECTED: _S.REJECTED,
    DecisionOutcome.DEFERRED: _S.DEFERRED,
    DecisionOutcome.WITHDRAWN: _S.WITHDRAWN,
}


@dataclass(frozen=True)
class MeasureState:
    """What the rules need to know about a measure."""

    status: str
    extended: bool = False
    evaluated_current_period: bool = False
    evaluation_suitable: bool | None = None
    latest_decision_outcome: str | None = None
    open_issues: tuple[str, ...] = ()


def _wrong_state(action: str, status: str) -> str:
    allowed = ", ".join(f"„{STATUS_LABELS[s]}“" for s in sorted(SOURCE_STATES[action]))
    return (
        f"{ACTION_LABELS[action]}: im Status „{status_label(status)}“ nicht möglich "
        f"(nur im Status {allowed})."
    )


def refusal(action: str, state: MeasureState) -> str | None:
    """Why ``action`` is not allowed in ``state``; None when it is."""
    if action not in SOURCE_STATES:
        return f"Unbekannte Aktion „{action}“."
    if action == "extend" or (action == "put_on_agenda" and state.status == _S.EVALUATED):
        if state.extended:
            return (
                "Verlängerung: Die Maßnahme wurde bereits einmal verlängert "
                "(höchstens eine Verlängerung erlaubt)."
            )
        if not state.evaluated_current_period:
            return (
                "Verlängerung: Ohne Evaluation nicht möglich "
                "(erst die Evaluation anfordern und erfassen)."
            )
        if state.evaluation_suitable is False:
            return (
                "Verlängerung: Laut Evaluation ist die Maßnahme nicht mehr geeignet "
                "(Verlängerung nur, wenn sie weiter geeignet und notwendig ist)."
            )
    if action == "agree" and state.latest_decision_outcome not in POSITIVE_OUTCOMES:
        return (
            "Vereinbarung: Ohne positiven Beschluss der Lenkungsgruppe nicht möglich "
            "(befürwortet oder befürwortet mit Auflagen)."
        )
    if state.status not in SOURCE_STATES[action]:
        return _wrong_state(action, state.status)
    if action in _RECHECKED and state.open_issues and state.status != _S.EVALUATED:
        shown = "; ".join(state.open_issues[:3])
        more = f" (und {len(state.open_issues) - 3} weitere)" if len(state.open_issues) > 3 else ""
        if action == "submit":
            return f"Einreichen: Der Antrag ist noch unvollständig: {shown}{more}"
        return (
            f"{ACTION_LABELS[action]}: Der Antrag verletzt eine Regel des Antrags "
            f"(erst im Antrag korrigieren): {shown}{more}"
        )
    return None


def allowed_actions(state: MeasureState) -> dict[str, str | None]:
    """Every action with the reason it is refused (None when allowed), in process order."""
    return {action: refusal(action, state) for action in ACTIONS}


def extension_refusal(
    first_start: date, current_end: date, new_start: date, new_end: date
) -> str | None:
    """Why an extension ``new_start``–``new_end`` is not allowed; None when it is."""
    if new_start <= current_end:
        return (
            f"Verlängerung: Der Beginn ({format_date(new_start)}) muss nach dem bisherigen "
            f"Ende ({format_date(current_end)}) liegen."
        )
    if new_end < new_start:
        return (
            f"Verlängerung: Das Ende ({format_date(new_end)}) liegt vor dem Beginn "
            f"({format_date(new_start)})."
        )
    limit = latest_end(new_start, MAX_PERIOD_MONTHS)
    if new_end > limit:
        return (
            f"Verlängerung: länger als {MAX_PERIOD_MONTHS} Monate (höchstens "
            f"{MAX_PERIOD_MONTHS} Monate erlaubt; spätestes Ende {format_date(limit)})."
        )
    total = latest_end(first_start, MAX_TOTAL_MONTHS)
    if new_end > total:
        return (
            f"Gesamtlaufzeit: länger als {MAX_TOTAL_MONTHS} Monate (höchstens "
            f"{MAX_TOTAL_MONTHS} Monate ab {format_date(first_start)} erlaubt; spätestes "
            f"Ende {format_date(total)})."
        )
    return None


def decision_refusal(
    outcome: str, *, reason: str, conditions: str, amount_cents: int | None, requested_cents: int
) -> str | None:
    """Why a decision with these contents cannot be recorded; None when it can."""
    if outcome not in DECISION_STATUS:
        return (
            "Beschluss: Bitte ein Ergebnis wählen "
            "(befürwortet, mit Auflagen, abgelehnt, vertagt, zurückgezogen)."
        )
    if outcome == DecisionOutcome.REJECTED and not reason.strip():
        return "Beschluss: Eine Ablehnung braucht immer eine Begründung."
    if outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS and not conditions.strip():
        return "Beschluss: Bitte die Auflagen angeben (befürwortet mit Auflagen)."
    if outcome in POSITIVE_OUTCOMES:
        if amount_cents is None or amount_cents <= 0:
            return "Beschluss: Der bewilligte Betrag muss größer als 0,00 € sein."
        if amount_cents > requested_cents:
            return "Beschluss: Der bewilligte Betrag ist höher als der beantragte."
    return None
