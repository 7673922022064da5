"""The standard wording of a Lenkungsgruppe decision about a measure (domain.md §5)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...models import Area, AreaLevel, Decision, DecisionOutcome, Measure, Organization
from ..formatting import format_date
from ..money import format_cents

__all__ = ["decision_text"]


def decision_text(session: Session, measure: Measure, decision: Decision) -> str:
    """E.g. "Die Lenkungsgruppe des Regionalraums Nordwest befürwortet die Maßnahme „…“ des
    Trägers … im Sozialraum … für den Zeitraum 01.02.2025 bis 31.01.2026 mit bis zu
    12.480,00 € aus Mitteln der SRAE. Auflagen: …"."""
    region = session.get(Area, measure.region_id)
    provider = session.get(Organization, measure.provider_id) if measure.provider_id else None
    spaces = sorted(a.name for a in measure.areas if a.level == AreaLevel.SOCIAL_SPACE)
    subject = f"Die Lenkungsgruppe des Regionalraums {region.name if region else '?'}"
    what = f"die Maßnahme „{measure.title}“"
    if provider is not None:
        what += f" des Trägers {provider.name}"
    if spaces:
        what += (" im Sozialraum " if len(spaces) == 1 else " in den Sozialräumen ") + ", ".join(
            spaces
        )
    outcome = decision.outcome
    if outcome in (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS):
        text = (
            f"{subject} befürwortet {what} für den Zeitraum {format_date(measure.start)} bis "
            f"{format_date(measure.end)} mit bis zu {format_cents(decision.amount_cents or 0)} "
            "aus Mitteln der SRAE."
        )
        if decision.conditions:
            text += f" Auflagen: {decision.conditions}"
        return text
    if outcome == DecisionOutcome.REJECTED:
        return f"{subject} lehnt {what} ab. Begründung: {decision.reason}"
    if outcome == DecisionOutcome.DEFERRED:
        text = f"{subject} vertagt die Beratung über {what}."
    else:
        text = f"{subject} nimmt zur Kenntnis, dass {what} zurückgezogen wurde."
    return text + (f" Begründung: {decision.reason}" if decision.reason else "")
