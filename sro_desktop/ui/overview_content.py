"""The body of the overview pane: badges, facts, counts, bodies and the small map.

Split from :mod:`.overview` so that the window's first paint (which shows the pane only as a
title and a "loading" note) does not compile this module or set up its widget classes; the
pane builds it with the first overview it shows. The texts keep the translation context of the
pane (``AreaOverview``).
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.formatting import format_date
from ..services.overview_data import DUE_DAYS, TaskLine
from .i18n import body_kind_text, level_text, thousands
from .map_widget import MapWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent

    from ..services.overview_data import AreaOverview as OverviewData

BADGE_STYLE = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; border-radius: 9px;"
    " padding: 2px 9px; font-weight: 600; }}"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AreaOverview", text)


def _badge(name: str, bg: str, fg: str, border: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(BADGE_STYLE.format(bg=bg, fg=fg, border=border))
    label.hide()
    return label


class _CountTile(QFrame):
    """A number with its caption, e.g. "12 / Maßnahmen"; with ``clickable`` it is a button
    (mouse, Enter or Space) that emits :attr:`activated`."""

    activated = Signal()

    def __init__(self, name: str, caption: str, parent: QWidget | None = None, *,
                 clickable: bool = False) -> None:
        super().__init__(parent)
        # Builds the tooltip when it is about to show (it may need the database).
        self.tooltip_source: Callable[[], str] | None = None
        self.setObjectName(name + "Tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = caption
        self.clickable = clickable
        self.number = QLabel("–")
        self.number.setObjectName(name)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        text = QLabel(caption)
        text.setObjectName(name + "Caption")
        text.setWordWrap(True)
        text.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(text)
        layout.addStretch(1)  # numbers stay on one line when a caption wraps
        self.setMinimumWidth(118)
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            # The selector names this frame only: its labels are frames, too.
            self.setStyleSheet(
                f"#{self.objectName()} {{ border: 1px solid palette(mid); border-radius: 4px; }}"
                f"#{self.objectName()}:hover {{ background: palette(alternate-base); }}"
                f"#{self.objectName()}:focus {{ border: 2px solid palette(highlight); }}")

    def set_value(self, value: int, *, alert: bool = False) -> None:
        """Show the number; ``alert`` colours it (overdue tasks)."""
        self.number.setText(thousands(value))
        self.number.setStyleSheet("color: #b3261e;" if alert and value else "")
        self.setAccessibleName(f"{self.caption}: {value}")

    def event(self, event: QEvent) -> bool:
        """Fill a tooltip that is built on demand just before it shows."""
        if event.type() == QEvent.Type.ToolTip and self.tooltip_source is not None:
            self.setToolTip(self.tooltip_source())
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A left click on a clickable tile activates it."""
        if (self.clickable and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Return or Space activate a clickable tile, as on a button."""
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                              Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


def _task_tooltip(title: str, lines: Sequence[TaskLine], more: int, today: date,
                  action: str) -> str:
    """A tile's tooltip: the first tasks with due date and owner (escaped: user text)."""
    items = []
    for line in lines:
        due = format_date(line.due) if line.due else _tr("ohne Termin")
        owner = line.owner or _tr("niemand eingetragen")
        text = html.escape(f"{due} – {line.description} ({owner}; {line.body_name})")
        items.append(f"<li style='color:#b3261e'>{text}</li>" if line.overdue(today)
                     else f"<li>{text}</li>")
    rest = (f"<p>{html.escape(_tr('… und {n} weitere').format(n=more))}</p>"
            if more > 0 else "")
    return (f"<p><b>{html.escape(title)}</b></p><ul style='margin:0'>{''.join(items)}</ul>"
            f"{rest}<p><i>{html.escape(action)}</i></p>")


TaskLoader = Callable[[Sequence[uuid.UUID]], Sequence[TaskLine]]


class OverviewContent:
    """The widgets below the pane's title, built once into ``badges`` (the row under the
    subtitle) and ``body`` (an empty widget of the pane); :meth:`show` fills them.

    ``load_tasks`` reads the first open tasks of some bodies, for the task tiles' tooltips.
    """

    def __init__(self, badges: QHBoxLayout, body: QWidget,
                 load_tasks: TaskLoader | None = None) -> None:
        self.body = body
        self._load_tasks = load_tasks
        self._shown: OverviewData | None = None
        # The first open tasks of the shown area, read with the first tooltip: Qt asks for a
        # tooltip again after every small mouse move, and both task tiles show the same tasks.
        self._task_lines: tuple[TaskLine, ...] | None = None
        self.badge_uncertain = _badge("badgeUncertain", "#fff4dc", "#7a4f00", "#e0b458")
        self.badge_model = _badge("badgeModelRegion", "#e6f4ea", "#1e5c2e", "#8cc79b")
        self.badge_retired = _badge("badgeRetired", "#eeeeee", "#555555", "#bbbbbb")
        for i, badge in enumerate(self.badges()):
            badges.insertWidget(i, badge)
        self.fact_rows: list[tuple[QLabel, QLabel]] = []
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._build_facts())
        left.addWidget(self._build_counts())
        left.addWidget(self._build_bodies())
        left.addStretch(1)
        row.addLayout(left, 3)
        row.addWidget(self._build_map(), 2, Qt.AlignmentFlag.AlignTop)

    def badges(self) -> tuple[QLabel, QLabel, QLabel]:
        """Working title, model region, retired."""
        return self.badge_uncertain, self.badge_model, self.badge_retired

    # --- construction -------------------------------------------------------------------

    def _build_facts(self) -> QGroupBox:
        box = QGroupBox(_tr("Angaben"))
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
        self.note.setAccessibleName(_tr("Hinweis"))
        self.note.setStyleSheet("color: #5f4b00;")
        column.addWidget(self.note)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setHorizontalSpacing(14)
        return box

    def _build_counts(self) -> QGroupBox:
        box = QGroupBox(_tr("Kennzahlen"))
        grid = QGridLayout(box)
        grid.setSpacing(8)
        self.tile_measures = _CountTile("countMeasures", _tr("Maßnahmen"))
        self.tile_meetings = _CountTile("countMeetings", _tr("Sitzungen"))
        self.tile_open_tasks = _CountTile("countOpenTasks", _tr("offene Aufgaben"),
                                          clickable=True)
        self.tile_overdue = _CountTile("countOverdueTasks", _tr("überfällige Aufgaben"),
                                       clickable=True)
        self.tile_due = _CountTile(
            "countDueMeasures",
            _tr("Maßnahmen fällig oder überfällig ({days} Tage)").format(days=DUE_DAYS),
            clickable=True)
        self.tile_due.setToolTip(_tr(
            "Maßnahmen, deren nächste Frist (Zwischenbericht, Evaluation, Ende oder "
            "Verwendungsnachweis) in den nächsten {days} Tagen liegt oder verstrichen ist. "
            "Klick oder Eingabetaste: fällige Maßnahmen zeigen.").format(days=DUE_DAYS))
        self.tile_due.setAccessibleDescription(_tr("Öffnet die fälligen Maßnahmen"))
        for tile in (self.tile_open_tasks, self.tile_overdue):
            tile.setAccessibleDescription(_tr("Öffnet die Sitzungen"))
        self.tile_overdue.tooltip_source = lambda: self.task_tooltip(overdue=True)
        self.tile_open_tasks.tooltip_source = lambda: self.task_tooltip(overdue=False)
        tiles = (self.tile_measures, self.tile_meetings, self.tile_due, self.tile_open_tasks,
                 self.tile_overdue)
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // 3, i % 3)
        return box

    def _build_bodies(self) -> QGroupBox:
        box = QGroupBox(_tr("Gremien"))
        layout = QVBoxLayout(box)
        self.bodies = QLabel()
        self.bodies.setObjectName("overviewBodies")
        # One body per line; no word wrap, so the label's height is exactly its lines.
        self.bodies.setTextFormat(Qt.TextFormat.PlainText)
        self.bodies.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.bodies)
        return box

    def _build_map(self) -> QGroupBox:
        box = QGroupBox(_tr("Karte"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(box)
        self.map = MapWidget()
        self.map.setToolTip(_tr("Grenzen: Hanse- und Universitätsstadt Rostock, "
                                "Open Data (Stadtbereiche), CC0 1.0"))
        self.map_caption = QLabel()
        self.map_caption.setObjectName("mapCaption")
        self.map_caption.setWordWrap(True)
        self.map_caption.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.map)
        layout.addWidget(self.map_caption)
        return box

    # --- showing an area ----------------------------------------------------------------

    def show(self, ov: OverviewData) -> None:
        """Fill badges, facts, counts, bodies and map with the overview of one area."""
        self.badge_uncertain.setText(_tr("Arbeitstitel – noch nicht bestätigt"))
        self.badge_uncertain.setVisible(ov.uncertain)
        self.badge_model.setText("★ " + _tr("Modellregion"))
        self.badge_model.setVisible(ov.is_model_region)
        self.badge_retired.setText(
            _tr("außer Dienst seit {date}").format(date=format_date(ov.retired_on))
        )
        self.badge_retired.setVisible(ov.retired_on is not None)
        self._set_facts(self._fact_list(ov))
        self.note.setText(_tr("Hinweis: {note}").format(note=ov.note) if ov.note else "")
        self.note.setVisible(bool(ov.note))
        self.tile_measures.set_value(ov.measure_count)
        self.tile_meetings.set_value(ov.meeting_count)
        self.tile_due.set_value(ov.measures_due_count, alert=True)
        self.tile_open_tasks.set_value(ov.open_task_count)
        self.tile_overdue.set_value(ov.overdue_task_count, alert=True)
        self._shown = ov
        self._task_lines = None
        self.bodies.setText(self._bodies_text(ov))
        lines = self.bodies.text().count("\n") + 1
        self.bodies.setMinimumHeight(self.bodies.fontMetrics().lineSpacing() * lines + 2)
        self._show_map(ov)
        # The page's height-for-width pass (wrapped title) under-allocates the nested boxes and
        # clipped their last lines; reserve what the content asks for.
        self.body.setMinimumHeight(self.body.sizeHint().height())

    def task_tooltip(self, *, overdue: bool) -> str:
        """The tooltip of a task tile: the first overdue (or open) tasks of the shown area's
        bodies with due date and owner, read when a task tooltip first shows for this
        overview (most selections never hover a tile)."""
        ov = self._shown
        action = _tr("Klick oder Eingabetaste: Sitzungen öffnen.")
        if ov is None:
            return action
        count = ov.overdue_task_count if overdue else ov.open_task_count
        if not count:
            none = _tr("Keine überfälligen Aufgaben.") if overdue else _tr(
                "Keine offenen Aufgaben.")
            return f"{none} {action}"
        today = ov.today or date.today()
        lines = self._first_tasks(ov)
        if overdue:
            lines = tuple(line for line in lines if line.overdue(today))
            title = _tr("Überfällige Aufgaben, die ältesten zuerst:")
        else:
            title = _tr("Offene Aufgaben, die zuerst fälligen:")
        return _task_tooltip(title, lines, count - len(lines), today, action)

    def _first_tasks(self, ov: OverviewData) -> tuple[TaskLine, ...]:
        """The first open tasks of the shown area's bodies, read once per overview shown."""
        if self._task_lines is None:
            self._task_lines = (tuple(self._load_tasks([b.id for b in ov.bodies]))
                                if self._load_tasks else ())
        return self._task_lines

    def _fact_list(self, ov: OverviewData) -> list[tuple[str, str]]:
        facts = [(_tr("Code"), ov.code or "–"), (_tr("Ebene"), level_text(ov.level))]
        if ov.kind_label and ov.kind_label != level_text(ov.level):
            facts.append((_tr("Art"), ov.kind_label))
        for figure in reversed(ov.populations):
            value = thousands(figure.residents)
            if figure.summed:
                value += " " + _tr("(Summe der Untergebiete)")
            when = format_date(figure.reference_date)
            facts.append((_tr("Einwohner*innen {date}").format(date=when), value))
        if not ov.populations:
            facts.append((_tr("Einwohner*innen"), _tr("keine Angabe")))
        if ov.local_council:
            facts.append((_tr("Ortsbeirat"), ov.local_council))
        if ov.name_variants:
            facts.append((_tr("Namensvarianten"), ", ".join(ov.name_variants)))
        if ov.child_count:
            facts.append((_tr("Untergebiete"), str(ov.child_count)))
        return facts

    def _set_facts(self, facts: list[tuple[str, str]]) -> None:
        # Rows are reused and hidden rather than rebuilt: cheaper, and no flicker.
        while len(self.fact_rows) < len(facts):
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"fact{len(self.fact_rows)}")
            label.setBuddy(value)
            self.facts.addRow(label, value)
            self.fact_rows.append((label, value))
        for row, (label, value) in enumerate(self.fact_rows):
            visible = row < len(facts)
            if visible:
                label.setText(facts[row][0] + ":")
                value.setText(facts[row][1])
                value.setAccessibleName(facts[row][0])
            self.facts.setRowVisible(row, visible)

    def fact(self, caption: str) -> str | None:
        """The shown value of a fact row by its caption."""
        for row, (label, value) in enumerate(self.fact_rows):
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
            lines.append(_tr("{count} weitere Gremien in den Untergebieten").format(
                count=below))
        return "\n".join(lines) or _tr("Keine Gremien erfasst.")

    def _show_map(self, ov: OverviewData) -> None:
        self.map.set_outlines(ov.boundaries, ov.context_boundaries,
                              description=_tr("Karte von {name}").format(name=ov.name))
        if not ov.boundaries:
            self.map_caption.setText(_tr("Für dieses Gebiet gibt es keine Grenzen."))
        elif ov.map_area_name:
            self.map_caption.setText(
                _tr("Eigene Grenzen fehlen; gezeigt: {name}").format(name=ov.map_area_name))
        else:
            self.map_caption.setText(_tr("Quelle: Hansestadt Rostock, Open Data (CC0)"))
