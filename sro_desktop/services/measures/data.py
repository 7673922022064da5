"""Plain, frozen data of a measure: what the services hand to the UI and take back on save.

The UI never holds ORM objects; it edits a :class:`MeasureData` by replacing fields
(``dataclasses.replace``) and gives the result to :func:`save_measure`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from ...models import CostCategory, MeasureStatus

__all__ = [
    "CHILD_TYPES",
    "AssessmentData",
    "CostLineData",
    "GoalData",
    "MeasureData",
    "MilestoneData",
    "PartnerData",
    "TargetGroupData",
]


@dataclass(frozen=True)
class TargetGroupData:
    """A target group: who, age range, expected number, burdened or not."""

    id: uuid.UUID | None = None
    description: str = ""
    age_min: int | None = None
    age_max: int | None = None
    expected_count: int | None = None
    burdened: bool = False


@dataclass(frozen=True)
class GoalData:
    """A goal with the indicator that shows whether it was reached."""

    id: uuid.UUID | None = None
    goal: str = ""
    indicator: str = ""


@dataclass(frozen=True)
class MilestoneData:
    """A step of the plan with its date."""

    id: uuid.UUID | None = None
    due: date | None = None
    text: str = ""
    done: bool = False


@dataclass(frozen=True)
class PartnerData:
    """A cooperation partner: role, own contribution, whether it receives money."""

    id: uuid.UUID | None = None
    name: str = ""
    organization_id: uuid.UUID | None = None
    role: str = ""
    own_contribution: str = ""
    receives_money: bool = False


@dataclass(frozen=True)
class CostLineData:
    """One expense line of the cost plan."""

    id: uuid.UUID | None = None
    category: str = CostCategory.OTHER
    description: str = ""
    amount_cents: int = 0


@dataclass(frozen=True)
class AssessmentData:
    """One reviewer's score (0–3) of one principle (1–5), with the reason. Advice only."""

    id: uuid.UUID | None = None
    reviewer: str = ""
    principle: int = 1
    score: int = 0
    reason: str = ""


# Collections of a measure, with the type of their rows (used by generic table editors).
CHILD_TYPES: dict[str, type] = {
    "target_groups": TargetGroupData,
    "goals": GoalData,
    "milestones": MilestoneData,
    "partners": PartnerData,
    "cost_lines": CostLineData,
    "assessments": AssessmentData,
}


@dataclass(frozen=True)
class MeasureData:
    """The whole application of one measure.

    ``id`` is None for a measure not saved yet. ``row_version`` is the version the data was
    read at; a save with an older version is refused (optimistic concurrency). The financing
    plan is held as three sums (own, third-party, requested SRAE money); ``requested_cents``
    is the SRAE part.
    """

    id: uuid.UUID | None = None
    number: str = ""
    status: str = MeasureStatus.DRAFT
    row_version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None

    title: str = ""
    region_id: uuid.UUID | None = None
    area_ids: tuple[uuid.UUID, ...] = ()
    provider_id: uuid.UUID | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    places: str = ""
    summary: str = ""
    need: str = ""
    need_raised_at: str = ""
    concern_ids: tuple[uuid.UUID, ...] = ()
    plan: str = ""
    principles: tuple[str, str, str, str, str] = ("", "", "", "", "")

    start: date | None = None
    end: date | None = None
    extended: bool = False

    interim_report_due: date | None = None
    interim_report_received_on: date | None = None
    final_report_due: date | None = None
    proof_of_use_due: date | None = None
    evaluation_plan: str = ""

    declarations_confirmed: bool = False
    declarations_text: str = ""

    own_cents: int = 0
    third_party_cents: int = 0
    third_party_source: str = ""
    requested_cents: int = 0
    approved_cents: int | None = None

    target_groups: tuple[TargetGroupData, ...] = ()
    goals: tuple[GoalData, ...] = ()
    milestones: tuple[MilestoneData, ...] = ()
    partners: tuple[PartnerData, ...] = ()
    cost_lines: tuple[CostLineData, ...] = ()
    assessments: tuple[AssessmentData, ...] = field(default=())

    @property
    def cost_total_cents(self) -> int:
        """Sum of the cost plan."""
        return sum(line.amount_cents for line in self.cost_lines)

    @property
    def income_total_cents(self) -> int:
        """Sum of the financing plan (own + third-party + requested SRAE money)."""
        return self.own_cents + self.third_party_cents + self.requested_cents
