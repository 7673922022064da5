"""Field names of a measure's application, their German labels and when they may change.

:data:`FORM_FIELDS` are the fields of the application form (the ones a save compares and the
state may lock). :data:`FIELD_LABELS` names those and every other column the change log can
show (status, number, approved money, the child rows' columns), so that the log never shows a
raw column name.

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
    "FORM_FIELDS",
    "FROZEN_STATES",
    "INCOME_FIELDS",
    "RUNNING_EDITABLE",
    "SUBMITTED_STATES",
    "is_editable",
]

_S = MeasureStatus

_FORM_LABELS: dict[str, str] = {
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

# The form's fields, in the order of the form.
FORM_FIELDS: tuple[str, ...] = tuple(_FORM_LABELS)
# The money fields of the financing plan (the income), in the order of the form.
INCOME_FIELDS: tuple[str, ...] = ("own_cents", "third_party_cents", "requested_cents")

# Columns that only the change log shows: the measure's own (set by the lifecycle or by the
# program) and those of its child rows and decisions, which share one name for one meaning.
_LOG_LABELS: dict[str, str] = {
    "number": "Nummer",
    "status": "Status",
    "approved_cents": "Bewilligte SRAE-Mittel",
    "region_id": "Regionalraum",
    "principle_1": "Prinzip 1",
    "principle_2": "Prinzip 2",
    "principle_3": "Prinzip 3",
    "principle_4": "Prinzip 4",
    "principle_5": "Prinzip 5",
    "extended": "Verlängert",
    "next_deadline": "Nächste Frist",
    "submitted_at": "Eingereicht am",
    "proof_of_use_checked_on": "Verwendungsnachweis geprüft am",
    "deleted_at": "Gelöscht am",
    "position": "Reihenfolge",
    "category": "Kategorie",
    "description": "Beschreibung",
    "amount_cents": "Betrag",
    "kind": "Art",
    "source": "Geldgeber",
    "organization_id": "Organisation",
    "name": "Name",
    "role": "Rolle",
    "own_contribution": "Eigenleistung",
    "receives_money": "Erhält Geld",
    "age_min": "Alter von",
    "age_max": "Alter bis",
    "expected_count": "Erwartete Anzahl",
    "burdened": "Belastete Zielgruppe",
    "goal": "Ziel",
    "indicator": "Indikator",
    "due": "Fällig am",
    "text": "Text",
    "done": "Erledigt",
    "reviewer": "Bewerter*in",
    "reviewer_person_id": "Bewerter*in",
    "principle": "Prinzip",
    "score": "Punkte",
    "reason": "Begründung",
    "outcome": "Ergebnis",
    "decided_on": "Beschlossen am",
    "conditions": "Auflagen",
    "start_date": "Beginn",
    "end_date": "Ende",
    "agreed_on": "Vereinbart am",
    "agreed_by": "Vereinbart durch",
    "reference": "Aktenzeichen",
    "note": "Notiz",
}

FIELD_LABELS: dict[str, str] = {**_FORM_LABELS, **_LOG_LABELS}

EDITABLE_FIELDS = frozenset(FORM_FIELDS)

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
# Application states after the submission: the application is still editable, but every rule
# of a complete application blocks the save (see ``repository.save_measure``).
SUBMITTED_STATES = APPLICATION_STATES - {_S.DRAFT}
FROZEN_STATES = frozenset({_S.CLOSED, _S.ARCHIVED, _S.REJECTED, _S.WITHDRAWN})


def is_editable(status: str, field: str) -> bool:
    """May ``field`` change while the measure is in ``status``?"""
    if status in FROZEN_STATES:
        return False
    if status in APPLICATION_STATES:
        return field in EDITABLE_FIELDS
    return field in RUNNING_EDITABLE
