"""What the overview pane shows, as plain data: no ORM, so that the pane can be built (and the
window painted) before :mod:`.overview` and the models are imported."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

__all__ = [
    "BODY_KIND_LABELS",
    "DUE_DAYS",
    "TASK_PREVIEW",
    "AreaOverview",
    "BodyInfo",
    "PopulationFigure",
    "TaskLine",
]

# "Measures due" looks this many days ahead (overdue deadlines count as due, too).
DUE_DAYS = 30
# How many open tasks the task tiles list in their tooltips.
TASK_PREVIEW = 5

BODY_KIND_LABELS = {
    "stadtteiltisch": "Stadtteiltisch",
    "sozialraumteam": "Sozialraumteam",
    "lenkungsgruppe": "Lenkungsgruppe",
}


@dataclass(frozen=True)
class PopulationFigure:
    """Residents on a reference date; ``summed`` when added up from the children."""

    reference_date: date
    residents: int
    summed: bool = False


@dataclass(frozen=True)
class BodyInfo:
    """A body of the area or one of its descendants."""

    id: uuid.UUID
    name: str
    kind: str
    kind_label: str
    area_id: uuid.UUID
    area_name: str


@dataclass(frozen=True)
class TaskLine:
    """An open task as the overview's task tiles list it."""

    description: str
    due: date | None
    owner: str
    body_name: str

    def overdue(self, today: date) -> bool:
        """True when its due date has passed."""
        return self.due is not None and self.due < today


@dataclass(frozen=True)
class AreaOverview:
    """Everything the overview pane shows for one node, as plain data."""

    id: uuid.UUID
    name: str
    code: str | None
    level: str
    level_label: str
    kind_label: str
    parent_name: str | None
    name_variants: tuple[str, ...]
    local_council: str
    note: str
    source: str
    uncertain: bool
    is_model_region: bool
    retired_on: date | None
    child_count: int
    populations: tuple[PopulationFigure, ...]
    bodies: tuple[BodyInfo, ...]
    measure_count: int
    meeting_count: int
    open_task_count: int
    overdue_task_count: int
    measures_due_count: int
    # GeoJSON geometry texts: the area itself (or its parts), and the rest of the city as context.
    boundaries: tuple[str, ...]
    context_boundaries: tuple[str, ...]
    # Set when the map shows an ancestor because the area has no boundary of its own.
    map_area_name: str | None
    # The day the counts were taken ("overdue" is relative to it).
    today: date | None = None
