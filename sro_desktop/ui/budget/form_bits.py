"""Small widgets the budget dialogs share: money and date fields, message lines, the
override loop of a booking."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QLabel, QLineEdit, QWidget

from ...services.budget import BudgetExceededError, Override
from .commands import LedgerCommand, run_command
from .override_dialog import ask_override

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...app import AppContext

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"
OverrideAsker = Callable[[BudgetExceededError], Override | None]


def money_edit(name: str, accessible: str, text: str = "") -> QLineEdit:
    """A line edit for a German amount (``12.480,00``), right-aligned like the tables."""
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText("0,00")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


def date_edit(name: str, accessible: str, value: date) -> QDateEdit:
    """A date field in German format with a calendar popup (F4 or Alt+↓ opens it)."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def python_date(edit: QDateEdit) -> date:
    """The field's date as ``datetime.date``."""
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def message_label(name: str, accessible: str, *, error: bool = False) -> QLabel:
    """A wrapping line for a live message (red for errors, grey for notes)."""
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, name: str = "") -> QLabel:
    """A bold heading line (plain text: headings often carry a user's measure title)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    label.setStyleSheet("font-weight: 600;")
    label.setWordWrap(True)
    return label


def fit_width(dialog: QWidget, width: int, slack: int = 24) -> None:
    """Give a dialog with wrapping labels ``width`` and the height its text needs there (plus
    a line of slack for live messages). Without this, Qt sizes it for a narrower width and
    leaves a gap once the minimum width applies."""
    dialog.setMinimumWidth(width)
    height = dialog.heightForWidth(width)
    dialog.resize(width, (height if height > 0 else dialog.sizeHint().height()) + slack)


def context_menu_key(view: QAbstractItemView, handler: Callable[[QPoint], None]) -> QShortcut:
    """Shift+F10 opens the view's context menu at the current row (the menu key does so by
    itself; Shift+F10 is the Windows habit that Qt does not map)."""
    shortcut = QShortcut(QKeySequence("Shift+F10"), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open_menu() -> None:
        index = view.currentIndex()
        handler(view.visualRect(index).center() if index.isValid() else QPoint(0, 0))

    shortcut.activated.connect(open_menu)
    return shortcut


def book_with_override(
    ctx: AppContext, text: str, booking: Callable[[Session, Override | None], list[uuid.UUID]],
    *, region_id: uuid.UUID, parent: QWidget, ask: OverrideAsker | None = None,
    on_error: Callable[[str], None] | None = None,
) -> list[uuid.UUID]:
    """Run a booking as an undoable command; on a refusal ask for the chair's override and
    book again with it. When the override is declined, the refusal (``BudgetExceededError``)
    propagates so that the dialog can show it; other ``BudgetError``s propagate too."""
    override: Override | None = None
    while True:
        def run(session: Session, override: Override | None = override) -> list[uuid.UUID]:
            return booking(session, override)

        command = LedgerCommand(ctx, text, run, on_error=on_error)
        try:
            return run_command(ctx, command)
        except BudgetExceededError as exc:
            override = (ask or (lambda e: ask_override(ctx, region_id, e, parent)))(exc)
            if override is None:
                raise
