"""The budget vocabulary of the services (kinds of entries, figures, scope titles and the
labels of the what-if) in the interface language.

The services keep German labels (the CSV export and the messages use them); the interface
translates them where it shows them. ``tools/update_translations.py`` (``DYNAMIC``) fills the
contexts used here from the services' tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.budget import PanelData, PeriodPlan
from ...services.formatting import format_period
from ...services.money import format_cents
from ..i18n import level_text

__all__ = [
    "area_heading_text",
    "chair_text",
    "figure_label_text",
    "kind_label_text",
    "note_text",
    "period_text",
    "scope_title_text",
    "where_text",
]


def kind_label_text(kind_label: str) -> str:
    """The name of a kind of entry as the services write it ("Auszahlung"), translated."""
    return QCoreApplication.translate("BudgetEntryKind", kind_label)


def figure_label_text(figure_label: str) -> str:
    """The name of a figure as the services write it ("Ausgezahlt"), translated."""
    return QCoreApplication.translate("BudgetPanel", figure_label)


def chair_text(name: str, role_label: str) -> str:
    """A person who may allow an overdraft, as the override dialog offers them: "Anke
    Beispiel (Vorsitz)" (the service's role label translated)."""
    role = QCoreApplication.translate("ChairRole", role_label)
    return f"{name} ({role})"


def scope_title_text(data: PanelData) -> str:
    """What follows "Budget" in the panel's title: a region's name, or all regions."""
    if data.scope.city_wide:
        return QCoreApplication.translate("BudgetPanel", "aller Regionalräume")
    return data.scope.title


def area_heading_text(data: PanelData) -> str:
    """The heading of the area column: Regionalraum for the city, else Sozialraum."""
    return level_text("region" if data.scope.city_wide else "social_space")


def where_text(where: str) -> str:
    """Where a pending application is in the what-if: the TOP number, or "on the agenda
    without a date" (the service writes ``TOP 5`` or ``auf Tagesordnung (ohne Termin)``)."""
    if where.startswith("TOP "):
        return where.removeprefix("TOP ")
    if where == "auf Tagesordnung (ohne Termin)":
        return QCoreApplication.translate("WhatIfModel", "auf Tagesordnung (ohne Termin)")
    return where


def note_text(note: str) -> str:
    """The note of a what-if row: "Laufzeit fehlt" translated; a refusal of the split rules
    stays as the service wrote it (German)."""
    if note == "Laufzeit fehlt":
        return QCoreApplication.translate("WhatIfModel", "Laufzeit fehlt")
    return note


def period_text(plan: PeriodPlan) -> str:
    """A funding period as the split dialog offers it: "Erstbewilligung 01.07.2025–30.06.2026,
    12.000,00 €" (dates and money stay German)."""
    period_label = plan.kind_label
    kind = QCoreApplication.translate("PeriodKind", period_label)
    return f"{kind} {format_period(plan.start, plan.end)}, {format_cents(plan.amount)}"
