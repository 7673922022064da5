"""Keeping an open measure form in step with changes made elsewhere in the program.

The form listens to the change bus. When another part of the program changed this measure or
its links to concerns (kinds ``measures``, ``concerns``, ``concern_measures``; the meetings code
publishes link changes as ``concerns`` + ``measures`` without ids), the form reads the measure
again and compares it with the version it was loaded at. Nothing new: nothing happens. No
unsaved changes: it reloads silently. Unsaved changes: a bar above the tabs says so and offers
"Neu laden" and "Vergleichen" (the conflict dialog), without blocking the typing. Money booked
in the budget (``budget_entries``, ``year_shares``, ``measure_periods``) only refreshes the
figures of the Finanzen tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...services import measures as services
from ...services.changes import ChangeSet
from ...services.measures import MeasureData

if TYPE_CHECKING:
    from .form import MeasureForm

__all__ = ["MEASURE_KINDS", "MONEY_KINDS", "ChangeBar", "FormSync"]

MEASURE_KINDS = ("measures", "concern_measures", "concerns")
MONEY_KINDS = ("budget_entries", "year_shares", "measure_periods")


class ChangeBar(QFrame):
    """The non-blocking notice "Diese Maßnahme wurde inzwischen geändert" with two buttons."""

    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureChangedBar")
        self.setAccessibleName(self.tr("Hinweis: Die Maßnahme wurde inzwischen geändert"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Light amber with dark text keeps the contrast above 7:1 in light and dark themes.
        self.setStyleSheet("#measureChangedBar { background: #fff4ce; border: 1px solid #c8a600;"
                           " border-radius: 3px; } #measureChangedBar QLabel { color: #3a2f00; }")
        self.text = QLabel(self)
        self.text.setObjectName("measureChangedText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Neu &laden"), self)
        self.reload_button.setObjectName("measureChangedReload")
        self.reload_button.setAccessibleName(self.tr("Neu laden (ungespeicherte Änderungen "
                                                     "verwerfen)"))
        self.reload_button.setToolTip(self.tr("Die gespeicherte Fassung laden; Ihre "
                                              "ungespeicherten Änderungen gehen verloren."))
        self.compare_button = QPushButton(self.tr("&Vergleichen …"), self)
        self.compare_button.setObjectName("measureChangedCompare")
        self.compare_button.setAccessibleName(self.tr("Mit der gespeicherten Fassung "
                                                      "vergleichen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.compare_button)
        self.reload_button.clicked.connect(self.reload_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.hide()

    def show_change(self, theirs: MeasureData | None) -> None:
        """Show the notice (``theirs`` None: the measure was deleted meanwhile)."""
        if theirs is None:
            self.text.setText(self.tr("Diese Maßnahme wurde inzwischen gelöscht."))
        else:
            text = self.tr("Diese Maßnahme wurde inzwischen geändert")
            if theirs.updated_by and theirs.updated_at:
                at = theirs.updated_at.astimezone()
                # Date and time stay German in every language; "Uhr" is part of the sentence.
                text += self.tr(" (zuletzt gespeichert von {by}, {day}, {time} Uhr)").format(
                    by=theirs.updated_by, day=at.strftime("%d.%m.%Y"), time=at.strftime("%H:%M"))
            self.text.setText(text + " – " + self.tr("Ihre Änderungen sind noch nicht "
                                                      "gespeichert."))
        self.reload_button.setEnabled(theirs is not None)
        self.compare_button.setEnabled(theirs is not None)
        self.show()


class FormSync(QObject):
    """Listens to the change bus on behalf of one :class:`MeasureForm`."""

    def __init__(self, form: MeasureForm) -> None:
        super().__init__(form)
        self.form = form
        self.bar = ChangeBar(form)
        self.theirs: MeasureData | None = None
        self.bar.reload_requested.connect(self._on_reload)
        self.bar.compare_requested.connect(self.compare)
        form.ctx.bus.changed.connect(self._on_bus_changed)

    @property
    def pending(self) -> bool:
        """A change made elsewhere is waiting (the bar shows)."""
        return not self.bar.isHidden()

    def clear(self) -> None:
        """The form shows the stored version again (saved or reloaded): hide the bar."""
        self.theirs = None
        self.bar.hide()

    def _concerns_me(self, changes: ChangeSet) -> bool:
        measure_id = self.form.doc.data.id
        if measure_id is None:
            return False
        for kind in MEASURE_KINDS:
            if changes.touches(kind):
                ids = changes.ids(kind)
                # Concern ids never name the measure; an empty set means "some rows".
                if kind == "concerns" or not ids or measure_id in ids:
                    return True
        return False

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        form = self.form
        if initiator is form:
            return
        if any(changes.touches(kind) for kind in MONEY_KINDS):
            form.refresh_money()
        if changes.touches("concerns"):
            form.refresh_concerns()
        if changes.touches("organizations"):
            form.refresh_providers()
        if self._concerns_me(changes):
            self.check()

    def check(self) -> None:
        """Read the measure again; reload silently or show the bar when it changed."""
        form = self.form
        measure_id = form.doc.data.id
        if measure_id is None:
            return
        try:
            with form.ctx.database.session() as s:
                theirs: MeasureData | None = services.load_measure(s, measure_id)
        except services.MeasureNotFoundError:
            theirs = None
        if theirs is not None and theirs == form.doc.base:
            return
        # Unreadable input (a half-typed date) is not in the document yet but still the
        # user's work: treat it like an unsaved change.
        if not form.is_modified() and not form.parse_errors and theirs is not None:
            form.doc.replace(theirs)
            form.refresh_money()
            return
        self.theirs = theirs
        self.bar.show_change(theirs)

    def _on_reload(self) -> None:
        self.form.reload()
        self.form.refresh_money()

    def message(self) -> str:
        """The sentence the conflict dialog starts with."""
        return self.bar.text.text()

    def compare(self) -> bool:
        """Open the conflict dialog (reload, overwrite or keep editing); True when saved."""
        return self.form.resolve_conflict(self.message())
