"""The rules of a complete application, checked while the user types.

:func:`validate` is pure: it looks only at a :class:`MeasureData` and at the areas it names.
Every :class:`Issue` names the field and the rule in German. Issues with ``blocks_save`` make
even a draft unsavable (no title, no area, areas of two Regionalräume, negative money: the
database could not hold it); every issue blocks the submission.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...models import AreaLevel
from ..formatting import format_date
from ..money import format_cents
from .data import AssessmentData, MeasureData
from .labels import PRINCIPLE_SHORT
from .periods import MAX_PERIOD_MONTHS, MAX_TOTAL_MONTHS, latest_end

__all__ = [
    "AreaInfo",
    "Issue",
    "lacks_reason",
    "save_blockers",
    "unreasoned_principles",
    "validate",
]


@dataclass(frozen=True)
class AreaInfo:
    """What validation and the form need to know about one area of the tree."""

    id: uuid.UUID
    code: str
    name: str
    level: str
    parent_id: uuid.UUID | None
    region_id: uuid.UUID | None
    region_name: str = ""

    @property
    def label(self) -> str:
        """``D Groß Klein`` for a Sozialraum with a letter code, else the name."""
        return f"{self.code} {self.name}" if self.code and len(self.code) <= 2 else self.name


@dataclass(frozen=True)
class Issue:
    """A broken rule: the field it belongs to, its German label and the message; ``row`` is
    the 1-based row of a table field the rule is about (None: the whole field)."""

    field: str
    label: str
    message: str
    blocks_save: bool = False
    row: int | None = None


def _money(cents: int) -> str:
    return format_cents(cents)


def _area_issues(data: MeasureData, areas: Mapping[uuid.UUID, AreaInfo]) -> list[Issue]:
    chosen = [areas[a] for a in data.area_ids if a in areas]
    if not any(a.level == AreaLevel.SOCIAL_SPACE for a in chosen):
        return [
            Issue(
                "area_ids",
                "Gebiet",
                "Gebiet: Bitte mindestens einen Sozialraum auswählen (Pflichtfeld).",
                blocks_save=True,
            )
        ]
    regions = {a.region_id: a.region_name for a in chosen}
    if len(regions) > 1:
        names = ", ".join(sorted(n or "?" for n in regions.values()))
        return [
            Issue(
                "area_ids",
                "Gebiet",
                f"Gebiet: Die Gebiete liegen in zwei Regionalräumen ({names}); eine "
                "Maßnahme gehört zu genau einem Regionalraum.",
                blocks_save=True,
            )
        ]
    return []


def _period_issues(data: MeasureData) -> list[Issue]:
    issues: list[Issue] = []
    if data.start is None:
        issues.append(Issue("start", "Beginn", "Beginn: Bitte ein Datum eingeben (Pflichtfeld)."))
    if data.end is None:
        issues.append(Issue("end", "Ende", "Ende: Bitte ein Datum eingeben (Pflichtfeld)."))
    if data.start is None or data.end is None:
        return issues
    if data.end < data.start:
        issues.append(
            Issue(
                "end",
                "Ende",
                f"Ende: Das Ende ({format_date(data.end)}) liegt vor dem Beginn "
                f"({format_date(data.start)}).",
            )
        )
        return issues
    months = MAX_TOTAL_MONTHS if data.extended else MAX_PERIOD_MONTHS
    limit = latest_end(data.start, months)
    if data.end > limit:
        what = "Gesamtlaufzeit" if data.extended else "Laufzeit"
        issues.append(
            Issue(
                "end",
                what,
                f"{what}: länger als {months} Monate (höchstens {months} Monate erlaubt; "
                f"spätestes Ende bei Beginn {format_date(data.start)}: {format_date(limit)}).",
            )
        )
    return issues


def _money_issues(data: MeasureData) -> list[Issue]:
    issues: list[Issue] = []
    for name, label, cents in (
        ("own_cents", "Eigenmittel", data.own_cents),
        ("third_party_cents", "Drittmittel", data.third_party_cents),
    ):
        if cents < 0:
            issues.append(
                Issue(
                    name, label, f"{label}: Der Betrag darf nicht negativ sein.", blocks_save=True
                )
            )
    if data.requested_cents <= 0:
        issues.append(
            Issue(
                "requested_cents",
                "Beantragte SRAE-Mittel",
                "Beantragte SRAE-Mittel: Der Betrag muss größer als 0,00 € sein.",
                blocks_save=data.requested_cents < 0,
            )
        )
    for row, line in enumerate(data.cost_lines, start=1):
        if line.amount_cents < 0:
            issues.append(
                Issue(
                    "cost_lines",
                    "Kostenplan",
                    f"Kostenplan: Zeile {row}: Der Betrag darf nicht negativ sein.",
                    blocks_save=True,
                    row=row,
                )
            )
    costs, income = data.cost_total_cents, data.income_total_cents
    if costs != income:
        issues.append(
            Issue(
                "financing",
                "Finanzierungsplan",
                f"Finanzierungsplan: Einnahmen ({_money(income)}) und Ausgaben ({_money(costs)}) "
                f"sind nicht gleich; Differenz {_money(abs(income - costs))} "
                "(die Einnahmen müssen den Ausgaben entsprechen).",
            )
        )
    return issues


def _table_issues(data: MeasureData) -> list[Issue]:
    issues: list[Issue] = []
    for row, group in enumerate(data.target_groups, start=1):
        if (
            group.age_min is not None
            and group.age_max is not None
            and group.age_min > group.age_max
        ):
            issues.append(
                Issue(
                    "target_groups",
                    "Zielgruppen",
                    f"Zielgruppen: Zeile {row}: Mindestalter ({group.age_min}) liegt über dem "
                    f"Höchstalter ({group.age_max}).",
                    row=row,
                )
            )
        for label, value in (
            ("Alter", group.age_min),
            ("Alter", group.age_max),
            ("Erwartete Anzahl", group.expected_count),
        ):
            if value is not None and value < 0:
                issues.append(
                    Issue(
                        "target_groups",
                        "Zielgruppen",
                        f"Zielgruppen: Zeile {row}: {label} darf nicht negativ sein.",
                        blocks_save=True,
                        row=row,
                    )
                )
    for item in data.assessments:
        if not 0 <= item.score <= 3 or not 1 <= item.principle <= 5:
            issues.append(
                Issue(
                    "assessments",
                    "Bewertungen",
                    f"Bewertungen: Punktzahl {item.score} für Prinzip "
                    f"{item.principle} liegt außerhalb von 0–3.",
                    blocks_save=True,
                )
            )
        elif lacks_reason(item):
            issues.append(
                Issue(
                    "assessments",
                    "Bewertungen",
                    f"Bewertungen: Prinzip {item.principle} "
                    f"({PRINCIPLE_SHORT[item.principle - 1]}) von {item.reviewer or '?'}: "
                    "Bitte die Punktzahl begründen (Begründung ist Pflicht).",
                    blocks_save=True,
                )
            )
    return issues


def lacks_reason(item: AssessmentData) -> bool:
    """A valid score without a reason: it blocks the save, because scores inform the
    Lenkungsgruppe and a bare number cannot be discussed there."""
    return 0 <= item.score <= 3 and 1 <= item.principle <= 5 and not item.reason.strip()


def unreasoned_principles(assessments: Iterable[AssessmentData], reviewer: str) -> list[int]:
    """The principles (1–5) ``reviewer`` scored without a reason, in order (the ones
    :func:`validate` reports, for marking their fields while typing)."""
    return sorted(a.principle for a in assessments if a.reviewer == reviewer and lacks_reason(a))


def validate(data: MeasureData, areas: Mapping[uuid.UUID, AreaInfo]) -> tuple[Issue, ...]:
    """All broken rules of ``data``, in the order of the form."""
    issues: list[Issue] = []
    if not data.title.strip():
        issues.append(
            Issue(
                "title",
                "Titel",
                "Titel: Bitte einen Titel eingeben (Pflichtfeld).",
                blocks_save=True,
            )
        )
    if data.provider_id is None:
        issues.append(
            Issue(
                "provider_id",
                "Träger",
                "Träger: Bitte einen Träger auswählen oder neu anlegen (Pflichtfeld).",
            )
        )
    issues.extend(_area_issues(data, areas))
    issues.extend(_period_issues(data))
    issues.extend(_money_issues(data))
    issues.extend(_table_issues(data))
    if not data.declarations_confirmed:
        issues.append(
            Issue(
                "declarations_confirmed",
                "Erklärungen",
                "Erklärungen: Bitte die Erklärungen bestätigen (nötig zum Einreichen).",
            )
        )
    return tuple(issues)


def save_blockers(issues: tuple[Issue, ...]) -> tuple[Issue, ...]:
    """The issues that keep even a draft from being saved."""
    return tuple(i for i in issues if i.blocks_save)
