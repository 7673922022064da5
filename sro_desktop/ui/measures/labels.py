"""The measure vocabulary of the services (states, lifecycle actions, field names, cost
categories, the five principles) in the interface language.

The services keep their German labels (they also write German messages and reports); the
interface translates them where it shows them. Each function looks the German label up in the
service's table and translates it in its own context, which
``tools/update_translations.py`` (``DYNAMIC``) fills from the same tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.measures import (
    ACTION_LABELS,
    ADVICE_NOTE,
    COST_CATEGORY_LABELS,
    FIELD_LABELS,
    PRINCIPLE_SHORT,
    PRINCIPLES,
    STATUS_LABELS,
)

__all__ = [
    "action_text",
    "advice_note",
    "audit_value_text",
    "audit_what_text",
    "cost_category_choices",
    "field_label_text",
    "field_text",
    "principle_short_text",
    "principle_text",
    "status_choices",
    "status_label_text",
    "status_text",
]


def status_text(status: str) -> str:
    """A measure's state ("running" → "Laufend"; English "Running")."""
    return status_label_text(STATUS_LABELS.get(status, status))


def status_label_text(status_label: str) -> str:
    """The German label of a state as the services write it ("Laufend"), translated."""
    return QCoreApplication.translate("MeasureStatus", status_label)


def status_choices() -> list[tuple[str, str]]:
    """(state, translated label) of every state, in lifecycle order."""
    return [(status, status_text(status)) for status in STATUS_LABELS]


def action_text(action: str) -> str:
    """A lifecycle action ("submit" → "Einreichen")."""
    action_label = ACTION_LABELS.get(action, action)
    return QCoreApplication.translate("MeasureAction", action_label)


def field_text(field: str) -> str:
    """The name of a field of the application ("title" → "Titel")."""
    return field_label_text(FIELD_LABELS.get(field, field))


def field_label_text(field_label: str) -> str:
    """A field name as the services write it ("Titel"), translated."""
    return QCoreApplication.translate("MeasureField", field_label)


def cost_category_choices() -> tuple[tuple[str, str], ...]:
    """(category, translated label) of the cost plan's categories."""
    return tuple((category, QCoreApplication.translate("CostCategory", category_label))
                 for category, category_label in COST_CATEGORY_LABELS.items())


def principle_short_text(index: int) -> str:
    """The short name of principle ``index`` (0–4)."""
    return QCoreApplication.translate("Principle", PRINCIPLE_SHORT[index])


def principle_text(index: int) -> str:
    """Rostock's wording of principle ``index`` (0–4)."""
    return QCoreApplication.translate("Principle", PRINCIPLES[index])


def audit_what_text(what: str) -> str:
    """What an audit line says happened ("Kostenplan geändert"), translated in its two parts:
    the kind of row and the change (the service joins them with a space)."""
    entity_label, _, change_label = what.rpartition(" ")
    if not entity_label:
        return what
    entity = QCoreApplication.translate("AuditEntity", entity_label)
    change = QCoreApplication.translate("AuditAction", change_label)
    return QCoreApplication.translate("HistoryView", "{entity} {change}").format(
        entity=entity, change=change)


def audit_value_text(kind: str, text: str) -> str:
    """A value of the change log in the interface language: labels of states, cost
    categories and yes/no are translated like elsewhere; names, amounts and dates stay."""
    if kind == "status":
        return status_label_text(text)
    if kind == "category":
        category_label = text
        return QCoreApplication.translate("CostCategory", category_label)
    if kind == "bool":
        yes_no = {"ja": QCoreApplication.translate("HistoryView", "ja"),
                  "nein": QCoreApplication.translate("HistoryView", "nein")}
        return yes_no.get(text, text)
    return text


def advice_note() -> str:
    """The note that reviewers' scores are advice, not a decision."""
    return QCoreApplication.translate("Principle", ADVICE_NOTE)
