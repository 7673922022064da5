"""German labels of measure states, lifecycle actions, categories and the five SRO principles."""

from __future__ import annotations

from ...models import CostCategory, FundingKind, MeasureStatus

__all__ = [
    "ACTION_LABELS",
    "COST_CATEGORY_LABELS",
    "FUNDING_KIND_LABELS",
    "PRINCIPLES",
    "PRINCIPLE_SHORT",
    "STATUS_LABELS",
    "status_label",
]

STATUS_LABELS: dict[str, str] = {
    MeasureStatus.DRAFT: "Entwurf",
    MeasureStatus.SUBMITTED: "Eingereicht",
    MeasureStatus.DISCUSSED: "Im Sozialraumteam beraten",
    MeasureStatus.ON_AGENDA: "Auf Tagesordnung der Lenkungsgruppe",
    MeasureStatus.APPROVED: "Befürwortet",
    MeasureStatus.APPROVED_WITH_CONDITIONS: "Befürwortet mit Auflagen",
    MeasureStatus.REJECTED: "Abgelehnt",
    MeasureStatus.DEFERRED: "Vertagt",
    MeasureStatus.WITHDRAWN: "Zurückgezogen",
    MeasureStatus.AGREED: "Vereinbart",
    MeasureStatus.RUNNING: "Laufend",
    MeasureStatus.EVALUATION_DUE: "Evaluation fällig",
    MeasureStatus.EVALUATED: "Evaluiert",
    MeasureStatus.CLOSED: "Abgeschlossen",
    MeasureStatus.ARCHIVED: "Archiviert",
}

ACTION_LABELS: dict[str, str] = {
    "create": "Angelegt",
    "submit": "Einreichen",
    "discuss": "Im Sozialraumteam beraten",
    "put_on_agenda": "Auf Tagesordnung der Lenkungsgruppe setzen",
    "decide": "Beschluss erfassen",
    "agree": "Vereinbarung der Verwaltung erfassen",
    "start": "Beginn der Maßnahme erfassen",
    "request_evaluation": "Evaluation anfordern",
    "record_evaluation": "Evaluation erfassen",
    "extend": "Einmalig verlängern",
    "close": "Abschließen (Verwendungsnachweis geprüft)",
    "archive": "Archivieren",
    "withdraw": "Zurückziehen",
}

COST_CATEGORY_LABELS: dict[str, str] = {
    CostCategory.PERSONNEL: "Personal",
    CostCategory.FEES: "Honorare",
    CostCategory.MATERIAL: "Sachkosten",
    CostCategory.RENT: "Miete",
    CostCategory.TRAVEL: "Fahrtkosten",
    CostCategory.PUBLICITY: "Öffentlichkeitsarbeit",
    CostCategory.OTHER: "Sonstiges",
}

FUNDING_KIND_LABELS: dict[str, str] = {
    FundingKind.OWN: "Eigenmittel",
    FundingKind.THIRD_PARTY: "Drittmittel",
    FundingKind.SRAE: "Beantragte SRAE-Mittel",
}

# Rostock's wording of the five principles of the Fachkonzept (domain.md §4).
PRINCIPLES: tuple[str, ...] = (
    "Ausgangspunkt jeglicher Arbeit sind der Wille bzw. die Interessen der Menschen.",
    "Aktivierende Arbeit hat grundsätzlich Vorrang vor betreuender Tätigkeit.",
    "Bei der Gestaltung der Aktivitäten und Hilfen spielen personale und sozialräumliche "
    "Ressourcen eine wesentliche Rolle.",
    "Aktivitäten sind immer zielgruppen- und bereichsübergreifend angelegt.",
    "Vernetzung und Integration der verschiedenen sozialen Dienste sind Grundlage für "
    "funktionierende Einzelhilfen.",
)

PRINCIPLE_SHORT: tuple[str, ...] = (
    "Wille und Interessen",
    "Aktivierung vor Betreuung",
    "Ressourcen",
    "Zielgruppen- und bereichsübergreifend",
    "Vernetzung und Integration",
)


def status_label(status: str) -> str:
    """The German label of a state (the raw value for an unknown one)."""
    return STATUS_LABELS.get(status, status)
