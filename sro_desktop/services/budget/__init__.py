"""SRAE budgets per Regionalraum and year: the append-only ledger and what the panel shows.

The figures and the formula of available money are explained in ``figures`` (and, in German,
in docs/budget.md and the panel's tooltips).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...models import Area
from .allocation import (
    CARRY_OVER_SETTING,
    AllocationChange,
    allocation_cents,
    budget_history,
    carry_over,
    carry_over_allowed,
    carry_over_possible_from,
    set_budget,
    set_carry_over_allowed,
)
from .chairs import ChairOption, chairs_for_region, override_chairs
from .entries import (
    DERIVED_FIGURES,
    SIGNED_KINDS,
    EntriesBehind,
    EntryDetail,
    EntryRow,
    entries_behind,
    entry_detail,
    list_entries,
)
from .export import (
    cents_csv,
    csv_file_name,
    panel_csv,
    table_columns,
    write_panel_csv,
)
from .figures import Figures, MeasureMoney, budget_ids, figures_from_sums, load_sums
from .labels import FIGURE_HELP, FIGURE_LABELS, KIND_LABELS, kind_label
from .ledger import (
    KIND_FIGURE,
    AppendOnlyError,
    BudgetError,
    BudgetExceededError,
    Override,
    Shortfall,
    available_cents,
    book_agreement,
    book_commitment,
    figures_for,
)
from .measure_year import MeasureYear, measure_year
from .panel import MULTI_KEY, NONE_KEY, REST_KEY, PanelData, Row, load_panel, top_rows
from .payments import book_correction, book_payment, book_return
from .releases import release_agreement, release_commitment
from .scope import Scope, resolve_code, resolve_scope
from .split import SplitError, distribute, month_weights, set_manual_split, split_by_year
from .split_plan import (
    PeriodPlan,
    SavedSplit,
    SplitPlan,
    YearLine,
    format_months,
    remove_planning_period,
    save_split,
    split_difference_message,
    split_plan,
)
from .whatif import PENDING_STATUSES, WhatIf, WhatIfRow, what_if

__all__ = [
    "CARRY_OVER_SETTING",
    "DERIVED_FIGURES",
    "FIGURE_HELP",
    "FIGURE_LABELS",
    "KIND_FIGURE",
    "KIND_LABELS",
    "MULTI_KEY",
    "NONE_KEY",
    "PENDING_STATUSES",
    "REST_KEY",
    "SIGNED_KINDS",
    "AllocationChange",
    "AppendOnlyError",
    "BudgetError",
    "BudgetExceededError",
    "ChairOption",
    "EntriesBehind",
    "EntryDetail",
    "EntryRow",
    "Figures",
    "MeasureMoney",
    "MeasureYear",
    "Override",
    "PanelData",
    "PeriodPlan",
    "Row",
    "SavedSplit",
    "Scope",
    "Shortfall",
    "SplitError",
    "SplitPlan",
    "WhatIf",
    "WhatIfRow",
    "YearLine",
    "allocation_cents",
    "available_cents",
    "book_agreement",
    "book_commitment",
    "book_correction",
    "book_payment",
    "book_return",
    "budget_history",
    "budget_ids",
    "carry_over",
    "carry_over_allowed",
    "carry_over_possible_from",
    "cents_csv",
    "chairs_for_region",
    "cli_summary",
    "csv_file_name",
    "distribute",
    "entries_behind",
    "entry_detail",
    "figures_for",
    "figures_from_sums",
    "format_months",
    "kind_label",
    "list_entries",
    "load_panel",
    "load_sums",
    "measure_year",
    "month_weights",
    "override_chairs",
    "panel_csv",
    "release_agreement",
    "release_commitment",
    "remove_planning_period",
    "resolve_code",
    "resolve_scope",
    "save_split",
    "set_budget",
    "set_carry_over_allowed",
    "set_manual_split",
    "split_by_year",
    "split_difference_message",
    "split_plan",
    "table_columns",
    "top_rows",
    "what_if",
    "write_panel_csv",
]


def cli_summary(session: Session, region_code: str, year: int) -> dict[str, object]:
    """The figures of a Regionalraum (or, for the city's code, all four) for ``sro-desktop budget``.

    Keys: region (the stored code), year, total_cents, committed_cents, agreed_cents,
    paid_cents, returned_cents, available_cents (plus used_cents). Raises ``BudgetError`` for
    an unknown code.
    """
    scope = resolve_code(session, region_code)
    totals, sums = load_sums(session, budget_ids(session, scope.region_ids, year))
    figures = figures_from_sums(sum(totals.values()), sums.values())
    # The code as stored ("RR-NW" for "rr-nw"), so that scripts can match it.
    stored = session.get(Area, scope.area_id)
    code = (stored.code or stored.name) if stored is not None else region_code
    return {"region": code, "year": year, **figures.as_dict()}
