"""The overview pane of the selected area: facts, population, bodies, counts and a small map.

All widgets are built once; selecting another area only sets texts (one read through
``services.overview.area_overview``), which keeps a selection well under the 50 ms budget.
At start the pane is only its title and a message; the facts, counts, bodies and map are
built with the first overview shown, and the query module (and with it the ORM models) is
imported by the first :meth:`AreaOverview.set_area`, which the window runs after its first paint.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.changes import ChangeSet
from ..services.formatting import format_date
from ..services.tree_query import AreaError
from .i18n import body_kind_text, level_text, thousands

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from ..app import AppContext
    from ..services.overview_data import AreaOverview as OverviewData

# Own bodies are listed; bodies of the subtree are counted (a city has dozens).
RELOAD_KINDS = ("areas", "area_populations", "bodies", "measures", "meetings", "tasks")

BADGE_STYLE = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; border-radius: 9px;"
    " padding: 2px 9px; font-weight: 600; }}"
)


def _badge(name: str, bg: str, fg: str, border: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(BADGE_STYLE.format(bg=bg, fg=fg, border=border))
    label.hide()
    return label


class _CountTile(QFrame):
    """A number with its caption, e.g. "12 / Maßnahmen"."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name + "Tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = caption
        self.number = QLabel("–")
        self.number.setObjectName(name)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        text = QLabel(caption)
        text.setWordWrap(True)
        text.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(text)
        layout.addStretch(1)  # numbers stay on one line when a caption wraps
        self.setMinimumWidth(118)

    def set_value(self, value: int, *, alert: bool = False) -> None:
        """Show the number; ``alert`` colours it (overdue tasks)."""
        self.number.setText(thousands(value))
        self.number.setStyleSheet("color: #b3261e;" if alert and value else "")
        self.setAccessibleName(f"{self.caption}: {value}")


class AreaOverview(QScrollArea):
    """The overview of one area (objectName ``areaOverview``); scrolls in a small window."""

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
        self._fact_rows: list[tuple[QLabel, QLabel]] = []
        self._content_built = False
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

        self.content = QWidget()  # filled by _build_content with the first overview shown

        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addLayout(self._badges)
        outer.addWidget(self.message)
        outer.addWidget(self.content)
        outer.addStretch(1)
        self.setWidget(page)

    def _build_content(self) -> None:
        self._content_built = True
        self.badge_uncertain = _badge("badgeUncertain", "#fff4dc", "#7a4f00", "#e0b458")
        self.badge_model = _badge("badgeModelRegion", "#e6f4ea", "#1e5c2e", "#8cc79b")
        self.badge_retired = _badge("badgeRetired", "#eeeeee", "#555555", "#bbbbbb")
        for i, badge in enumerate((self.badge_uncertain, self.badge_model, self.badge_retired)):
            self._badges.insertWidget(i, badge)
        body = QHBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._build_facts())
        left.addWidget(self._build_counts())
        left.addWidget(self._build_bodies())
        left.addStretch(1)
        body.addLayout(left, 3)
        body.addWidget(self._build_map(), 2, Qt.AlignmentFlag.AlignTop)

    def _build_facts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Angaben"))
        column = QVBoxLayout(box)
        self.facts = QFormLayout()
        column.addLayout(self.facts)
        # The note is long prose: outside the form it wraps to its full height (a wrapped
        # label in a form row lost its last line).
        self.note = QLabel()
        self.note.setObjectName("overviewNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("Hinweis"))
        self.note.setStyleSheet("color: #5f4b00;")
        column.addWidget(self.note)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setHorizontalSpacing(14)
        return box

    def _build_counts(self) -> QGroupBox:
        from ..services.overview_data import DUE_DAYS

        box = QGroupBox(self.tr("Kennzahlen"))
        grid = QGridLayout(box)
        grid.setSpacing(8)
        self.tile_measures = _CountTile("countMeasures", self.tr("Maßnahmen"))
        self.tile_meetings = _CountTile("countMeetings", self.tr("Sitzungen"))
        self.tile_open_tasks = _CountTile("countOpenTasks", self.tr("offene Aufgaben"))
        self.tile_overdue = _CountTile("countOverdueTasks", self.tr("überfällige Aufgaben"))
        self.tile_due = _CountTile(
            "countDueMeasures", self.tr("Maßnahmen mit Frist in {days} Tagen").format(days=DUE_DAYS)
        )
        tiles = (self.tile_measures, self.tile_meetings, self.tile_due, self.tile_open_tasks,
                 self.tile_overdue)
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // 3, i % 3)
        return box

    def _build_bodies(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gremien"))
        layout = QVBoxLayout(box)
        self.bodies = QLabel()
        self.bodies.setObjectName("overviewBodies")
        # One body per line; no word wrap, so the label's height is exactly its lines.
        self.bodies.setTextFormat(Qt.TextFormat.PlainText)
        self.bodies.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.bodies)
        return box

    def _build_map(self) -> QGroupBox:
        from .map_widget import MapWidget  # with QPainter & Co., only once a map is shown

        box = QGroupBox(self.tr("Karte"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        self.map = MapWidget()
        self.map.setToolTip(self.tr("Grenzen: Hanse- und Universitätsstadt Rostock, "
                                    "Open Data (Stadtbereiche), CC0 1.0"))
        self.map_caption = QLabel()
        self.map_caption.setObjectName("mapCaption")
        self.map_caption.setWordWrap(True)
        self.map_caption.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.map)
        layout.addWidget(self.map_caption)
        return box

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
        if self._content_built:
            for badge in (self.badge_uncertain, self.badge_model, self.badge_retired):
                badge.hide()
        self.message.setText(text)
        self.message.show()
        self.content.hide()

    def _show(self, ov: OverviewData) -> None:
        if not self._content_built:
            self._build_content()
        self.current = ov
        self.message.hide()
        self.content.show()
        self.title.setText(ov.name)
        level = level_text(ov.level)
        parts = [f"{level} {ov.code}" if ov.code and len(ov.code) <= 6 else level]
        if ov.parent_name:
            parts.append(self.tr("in {parent}").format(parent=ov.parent_name))
        self.subtitle.setText(" · ".join(parts))
        self.badge_uncertain.setText(self.tr("Arbeitstitel – noch nicht bestätigt"))
        self.badge_uncertain.setVisible(ov.uncertain)
        self.badge_model.setText("★ " + self.tr("Modellregion"))
        self.badge_model.setVisible(ov.is_model_region)
        self.badge_retired.setText(
            self.tr("außer Dienst seit {date}").format(date=format_date(ov.retired_on))
        )
        self.badge_retired.setVisible(ov.retired_on is not None)
        self._set_facts(self._fact_list(ov))
        self.note.setText(self.tr("Hinweis: {note}").format(note=ov.note) if ov.note else "")
        self.note.setVisible(bool(ov.note))
        self.tile_measures.set_value(ov.measure_count)
        self.tile_meetings.set_value(ov.meeting_count)
        self.tile_due.set_value(ov.measures_due_count, alert=True)
        self.tile_open_tasks.set_value(ov.open_task_count)
        self.tile_overdue.set_value(ov.overdue_task_count, alert=True)
        self.bodies.setText(self._bodies_text(ov))
        lines = self.bodies.text().count("\n") + 1
        self.bodies.setMinimumHeight(self.bodies.fontMetrics().lineSpacing() * lines + 2)
        self._show_map(ov)
        # The page's height-for-width pass (wrapped title) under-allocates the nested boxes and
        # clipped their last lines; reserve what the content asks for.
        self.content.setMinimumHeight(self.content.sizeHint().height())

    def _fact_list(self, ov: OverviewData) -> list[tuple[str, str]]:
        facts = [(self.tr("Code"), ov.code or "–"), (self.tr("Ebene"), level_text(ov.level))]
        if ov.kind_label and ov.kind_label != level_text(ov.level):
            facts.append((self.tr("Art"), ov.kind_label))
        for figure in reversed(ov.populations):
            value = thousands(figure.residents)
            if figure.summed:
                value += " " + self.tr("(Summe der Untergebiete)")
            when = format_date(figure.reference_date)
            facts.append((self.tr("Einwohner*innen {date}").format(date=when), value))
        if not ov.populations:
            facts.append((self.tr("Einwohner*innen"), self.tr("keine Angabe")))
        if ov.local_council:
            facts.append((self.tr("Ortsbeirat"), ov.local_council))
        if ov.name_variants:
            facts.append((self.tr("Namensvarianten"), ", ".join(ov.name_variants)))
        if ov.child_count:
            facts.append((self.tr("Untergebiete"), str(ov.child_count)))
        return facts

    def _set_facts(self, facts: list[tuple[str, str]]) -> None:
        # Rows are reused and hidden rather than rebuilt: cheaper, and no flicker.
        while len(self._fact_rows) < len(facts):
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"fact{len(self._fact_rows)}")
            label.setBuddy(value)
            self.facts.addRow(label, value)
            self._fact_rows.append((label, value))
        for row, (label, value) in enumerate(self._fact_rows):
            visible = row < len(facts)
            if visible:
                label.setText(facts[row][0] + ":")
                value.setText(facts[row][1])
                value.setAccessibleName(facts[row][0])
            self.facts.setRowVisible(row, visible)

    def fact(self, caption: str) -> str | None:
        """The shown value of a fact row by its caption (for tests and automation)."""
        for row, (label, value) in enumerate(self._fact_rows):
            if self.facts.isRowVisible(row) and label.text() == caption + ":":
                return value.text()
        return None

    def _bodies_text(self, ov: OverviewData) -> str:
        own = [b for b in ov.bodies if b.area_id == ov.id]
        lines = []
        for body in own:
            kind = body_kind_text(body.kind)
            # "Stadtteiltisch Groß Klein" names its kind already; other names get it added.
            lines.append(body.name if kind.casefold() in body.name.casefold()
                         else f"{body.name} ({kind})")
        below = len(ov.bodies) - len(own)
        if below:
            lines.append(self.tr("{count} weitere Gremien in den Untergebieten").format(
                count=below))
        return "\n".join(lines) or self.tr("Keine Gremien erfasst.")

    def _show_map(self, ov: OverviewData) -> None:
        self.map.set_outlines(ov.boundaries, ov.context_boundaries,
                              description=self.tr("Karte von {name}").format(name=ov.name))
        if not ov.boundaries:
            self.map_caption.setText(self.tr("Für dieses Gebiet gibt es keine Grenzen."))
        elif ov.map_area_name:
            self.map_caption.setText(
                self.tr("Eigene Grenzen fehlen; gezeigt: {name}").format(name=ov.map_area_name))
        else:
            self.map_caption.setText(self.tr("Quelle: Hansestadt Rostock, Open Data (CC0)"))

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
