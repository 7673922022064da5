"""Every lifecycle action: allowed in its states, refused elsewhere with a German reason."""

from __future__ import annotations

import pytest

from sro_desktop.models import DecisionOutcome, MeasureStatus
from sro_desktop.services.measures.rules import (
    ACTIONS,
    SOURCE_STATES,
    MeasureState,
    allowed_actions,
    decision_refusal,
    refusal,
)

S = MeasureStatus
ALL_STATES = list(MeasureStatus)


def _state(status: str, **kw: object) -> MeasureState:
    defaults: dict[str, object] = {
        "evaluated_current_period": True,
        "evaluation_suitable": True,
        "latest_decision_outcome": DecisionOutcome.APPROVED,
    }
    defaults.update(kw)
    return MeasureState(status=status, **defaults)  # type: ignore[arg-type]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("status", ALL_STATES)
def test_action_allowed_exactly_in_its_source_states(action: str, status: str) -> None:
    reason = refusal(action, _state(status))
    if status in SOURCE_STATES[action]:
        assert reason is None
    else:
        assert reason is not None
        assert "nicht möglich" in reason


def test_wrong_state_message_names_action_and_state() -> None:
    reason = refusal("start", _state(S.DRAFT))
    assert reason == (
        "Beginn der Maßnahme erfassen: im Status „Entwurf“ nicht möglich "
        "(nur im Status „Vereinbart“)."
    )


def test_second_extension_is_refused() -> None:
    reason = refusal("extend", _state(S.EVALUATED, extended=True))
    assert reason == (
        "Verlängerung: Die Maßnahme wurde bereits einmal verlängert "
        "(höchstens eine Verlängerung erlaubt)."
    )


@pytest.mark.parametrize("status", [S.RUNNING, S.EVALUATION_DUE, S.EVALUATED])
def test_extension_without_evaluation_is_refused(status: str) -> None:
    reason = refusal("extend", _state(status, evaluated_current_period=False))
    assert reason is not None
    assert reason.startswith("Verlängerung: Ohne Evaluation nicht möglich")


def test_extension_after_negative_evaluation_is_refused() -> None:
    reason = refusal("extend", _state(S.EVALUATED, evaluation_suitable=False))
    assert reason is not None and "nicht mehr geeignet" in reason


@pytest.mark.parametrize(
    "outcome",
    [None, DecisionOutcome.REJECTED, DecisionOutcome.DEFERRED, DecisionOutcome.WITHDRAWN],
)
def test_agreement_without_positive_decision_is_refused(outcome: str | None) -> None:
    reason = refusal("agree", _state(S.APPROVED, latest_decision_outcome=outcome))
    assert reason is not None
    assert reason.startswith("Vereinbarung: Ohne positiven Beschluss")


@pytest.mark.parametrize(
    "outcome", [DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS]
)
def test_agreement_with_positive_decision_is_allowed(outcome: str) -> None:
    assert refusal("agree", _state(S.APPROVED, latest_decision_outcome=outcome)) is None


def test_submit_refused_with_open_issues() -> None:
    issues = tuple(f"Feld {i}: Regel" for i in range(5))
    reason = refusal("submit", _state(S.DRAFT, open_issues=issues))
    assert reason is not None
    assert reason.startswith("Einreichen: Der Antrag ist noch unvollständig: Feld 0: Regel")
    assert "(und 2 weitere)" in reason


def test_allowed_actions_lists_every_action_in_order() -> None:
    result = allowed_actions(_state(S.RUNNING))
    assert list(result) == list(ACTIONS)
    assert [a for a, why in result.items() if why is None] == ["request_evaluation"]


def test_rejection_needs_a_reason() -> None:
    assert decision_refusal(DecisionOutcome.REJECTED, reason=" ", conditions="",
                            amount_cents=None, requested_cents=100) == (
        "Beschluss: Eine Ablehnung braucht immer eine Begründung."
    )
    assert decision_refusal(DecisionOutcome.REJECTED, reason="Kein Bedarf", conditions="",
                            amount_cents=None, requested_cents=100) is None


def test_conditions_needed_and_amount_rules() -> None:
    assert "Auflagen" in (decision_refusal(
        DecisionOutcome.APPROVED_WITH_CONDITIONS, reason="", conditions="",
        amount_cents=100, requested_cents=100) or "")
    assert "größer als 0,00 €" in (decision_refusal(
        DecisionOutcome.APPROVED, reason="", conditions="", amount_cents=0,
        requested_cents=100) or "")
    assert "höher als der beantragte" in (decision_refusal(
        DecisionOutcome.APPROVED, reason="", conditions="", amount_cents=101,
        requested_cents=100) or "")
    assert decision_refusal("noted", reason="", conditions="", amount_cents=None,
                            requested_cents=1) is not None
