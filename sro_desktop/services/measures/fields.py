"""Field names of a measure's application, their German labels and when they may change.

The application is the basis of the Lenkungsgruppe's decision, so once it is on the agenda it
is locked; the contact, the evaluation plan, the milestones and the reviewers' scores stay
editable while the measure runs. Finished measures (closed, archived, rejected, withdrawn)
are read-only.
"""

from __future__ import annotations

from ...models import MeasureStatus

__all__ = [
    "APPLICATION_STATES",
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "FROZEN_STATES",
    "RUNNING_EDITABLE",
    "is_editable",
]

_S = MeasureStatus

FIELD_LABELS: dict[str, str] = {
    "title": "Titel",
    "area_ids": "Gebiet",
    "provider_id": "Träger",
    "contact_name": "Ansprechperson",
    "contact_email": "E-Mail",
    "contact_phone": "Telefon",
    "places": "Orte",
    "summary": "Kurzbeschreibung",
    "need": "Bedarf",
    "need_raised_at": "Bedarf festgestellt in",
    "concern_ids": "Verknüpfte Anliegen",
    "plan": "Vorgehen",
    "principles": "Prinzipien",
    "start": "Beginn",
    "end": "Ende",
    "interim_report_due": "Zwischenbericht fällig",
    "interim_report_received_on": "Zwischenbericht eingegangen",
    "final_report_due": "Abschlussbericht fällig",
    "proof_of_use_due": "Verwendungsnachweis fällig",
    "evaluation_plan": "Evaluationsplan",
    "declarations_confirmed": "Erklärungen bestätigt",
    "declarations_text": "Erklärungen",
    "own_cents": "Eigenmittel",
    "third_party_cents": "Drittmittel",
    "third_party_source": "Drittmittelgeber",
    "requested_cents": "Beantragte SRAE-Mittel",
    "target_groups": "Zielgruppen",
    "goals": "Ziele und Indikatoren",
    "milestones": "Meilensteine",
    "partners": "Kooperationspartner*innen",
    "cost_lines": "Kostenplan",
    "assessments": "Bewertungen",
}

EDITABLE_FIELDS = frozenset(FIELD_LABELS)

# Editable after the application is locked, until the measure is finished.
RUNNING_EDITABLE = frozenset(
    {
        "contact_name",
        "contact_email",
        "contact_phone",
        "interim_report_due",
        "interim_report_received_on",
        "final_report_due",
        "proof_of_use_due",
        "evaluation_plan",
        "milestones",
        "assessments",
    }
)

APPLICATION_STATES = frozenset({_S.DRAFT, _S.SUBMITTED, _S.DISCUSSED, _S.DEFERRED})
FROZEN_STATES = frozenset({_S.CLOSED, _S.ARCHIVED, _S.REJECTED, _S.WITHDRAWN})


def is_editable(status: str, field: str) -> bool:
    """May ``field`` change while the measure is in ``status``?"""
    if status in FROZEN_STATES:
        return False
    if status in APPLICATION_STATES:
        return field in EDITABLE_FIELDS
    return field in RUNNING_EDITABLE
