"""The budget panel and its dialogs (the "Budget" tab of the main window)."""

from .chart import BudgetChart
from .dialogs import EntriesDialog, SetBudgetDialog
from .override_dialog import OverrideDialog, ask_override
from .panel import BudgetPanel

__all__ = [
    "BudgetChart",
    "BudgetPanel",
    "EntriesDialog",
    "OverrideDialog",
    "SetBudgetDialog",
    "ask_override",
]
