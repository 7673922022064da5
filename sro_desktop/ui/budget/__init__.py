"""The budget panel and its dialogs (the "Budget" tab of the main window).

Other panels reuse :func:`ask_override` (the chair allows an overdraft) and
:func:`open_split_dialog` (Aufteilung auf Haushaltsjahre of a measure).
"""

from .booking_dialog import BookingDialog
from .chart import BudgetChart
from .correction_dialog import CorrectionDialog
from .dialogs import EntriesDialog, SetBudgetDialog
from .override_dialog import OverrideDialog, ask_override
from .panel import BudgetPanel
from .split_dialog import SplitDialog, open_split_dialog

__all__ = [
    "BookingDialog",
    "BudgetChart",
    "BudgetPanel",
    "CorrectionDialog",
    "EntriesDialog",
    "OverrideDialog",
    "SetBudgetDialog",
    "SplitDialog",
    "ask_override",
    "open_split_dialog",
]
