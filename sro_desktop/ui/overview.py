"""The overview pane of the selected area: facts, population, bodies, counts and a small map.

All widgets are built once; selecting another area only sets texts (one read through
``services.overview.area_overview``), which keeps a selection well under the 50 ms budget.
At start the pane is only its title and a message: the facts, counts, bodies and map
(:mod:`.overview_content`) are built with the first overview shown, and the query module (and
with it the ORM models) is imported by the first :meth:`AreaOverview.set_area`, which the
window runs after its first paint.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..services.changes import ChangeSet
from ..services.tree_query import AreaError
from .i18n import level_text

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from ..app import AppContext
    from ..services.overview_data import AreaOverview as OverviewData
    from ..services.overview_data import TaskLine
    from .map_widget import MapWidget
    from .overview_content import OverviewContent

# Own bodies are listed; bodies of the subtree are counted (a city has dozens).
RELOAD_KINDS = ("areas", "area_populations", "bodies", "measures", "meetings", "tasks")


class AreaOverview(QScrollArea):
    """The overview of one area (objectName ``areaOverview``); scrolls in a small window.

    The tiles of due measures and of open or overdue tasks are buttons: they ask the window to
    show the due measures (:attr:`due_measures_requested`) or the meetings with their tasks
    (:attr:`tasks_requested`, ``True`` for the overdue ones).
    """

    due_measures_requested = Signal()
    tasks_requested = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaOverview")
        self.setAccessibleName(self.tr("Übersicht des Gebiets"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._ctx = ctx
        self._area_id: uuid.UUID | None = None
        self._stale = False
        self.current: OverviewData | None = None
        self._content: OverviewContent | None = None  # built with the first overview shown
        self._build()
        self.show_empty(self.tr("Links im Gebietsbaum ein Gebiet auswählen."))
        ctx.bus.changed.connect(self._on_bus_changed)

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("areaOverviewPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(12)

        self.title = QLabel()
        self.title.setObjectName("overviewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("overviewSubtitle")
        self.subtitle.setWordWrap(True)
        self._badges = QHBoxLayout()
        self._badges.setSpacing(6)
        self._badges.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("overviewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: palette(placeholder-text); padding: 40px;")

        self.content = QWidget()  # filled by OverviewContent with the first overview shown

        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addLayout(self._badges)
        outer.addWidget(self.message)
        outer.addWidget(self.content)
        outer.addStretch(1)
        self.setWidget(page)

    def _ensure_content(self) -> OverviewContent:
        if self._content is None:
            from .overview_content import OverviewContent

            content = OverviewContent(self._badges, self.content, self._load_tasks)
            content.tile_due.activated.connect(self.due_measures_requested)
            content.tile_open_tasks.activated.connect(lambda: self.tasks_requested.emit(False))
            content.tile_overdue.activated.connect(lambda: self.tasks_requested.emit(True))
            self._content = content
        return self._content

    def _load_tasks(self, body_ids: Sequence[uuid.UUID]) -> Sequence[TaskLine]:
        from ..services.overview import first_open_tasks

        with self._ctx.database.session() as session:
            return first_open_tasks(session, list(body_ids))

    # The parts below the title, for tests and automation (they exist once an area was shown).

    @property
    def badge_uncertain(self) -> QLabel:
        """The "Arbeitstitel" badge."""
        return self._ensure_content().badge_uncertain

    @property
    def badge_model(self) -> QLabel:
        """The "Modellregion" badge."""
        return self._ensure_content().badge_model

    @property
    def badge_retired(self) -> QLabel:
        """The "außer Dienst" badge."""
        return self._ensure_content().badge_retired

    @property
    def bodies(self) -> QLabel:
        """The list of bodies."""
        return self._ensure_content().bodies

    @property
    def content_parts(self) -> OverviewContent:
        """The tiles, facts and map below the title (built on first use)."""
        return self._ensure_content()

    @property
    def map(self) -> MapWidget:
        """The small map."""
        return self._ensure_content().map

    # --- showing an area ----------------------------------------------------------------

    @property
    def area_id(self) -> uuid.UUID | None:
        """The area shown (None when nothing is selected)."""
        return self._area_id

    def set_area(self, area_id: uuid.UUID | None) -> None:
        """Show the overview of ``area_id`` (None: the hint to pick one)."""
        self._area_id = area_id
        self._stale = False
        if area_id is None:
            self.show_empty(self.tr("Links im Gebietsbaum ein Gebiet auswählen."))
            return
        from ..services.overview import area_overview

        try:
            with self._ctx.database.session() as session:
                overview = area_overview(session, area_id)
        except AreaError as exc:
            self.show_empty(str(exc))
            return
        self._show(overview)

    def show_loading(self) -> None:
        """A short note while the first overview is held back for the window's first paint."""
        self.show_empty(self.tr("Übersicht wird geladen …"))

    def show_empty(self, text: str) -> None:
        """No area: a short hint instead of empty fields."""
        self.current = None
        self.title.setText(self.tr("Übersicht"))
        self.subtitle.clear()
        if self._content is not None:
            for badge in self._content.badges():
                badge.hide()
        self.message.setText(text)
        self.message.show()
        self.content.hide()

    def _show(self, ov: OverviewData) -> None:
        content = self._ensure_content()
        self.current = ov
        self.message.hide()
        self.content.show()
        self.title.setText(ov.name)
        level = level_text(ov.level)
        parts = [f"{level} {ov.code}" if ov.code and len(ov.code) <= 6 else level]
        if ov.parent_name:
            parts.append(self.tr("in {parent}").format(parent=ov.parent_name))
        self.subtitle.setText(" · ".join(parts))
        content.show(ov)

    def fact(self, caption: str) -> str | None:
        """The shown value of a fact row by its caption (for tests and automation)."""
        return self._content.fact(caption) if self._content is not None else None

    def _on_bus_changed(self, changes: ChangeSet, initiator: object) -> None:
        if self._area_id is None or not any(changes.touches(k) for k in RELOAD_KINDS):
            return
        if self.isVisible():
            self.set_area(self._area_id)
        else:
            self._stale = True  # reloaded when shown again: hidden panes do no work

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another tab was in front."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.set_area(self._area_id)
