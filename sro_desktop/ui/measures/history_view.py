"""Verlauf: the lifecycle steps (who, when, from → to) and the audit log of the measure.

Both tables wrap long text (a note, an old and a new value) onto as many lines as it needs and
keep the full text in the tooltip; a splitter between them gives the steps the room their rows
take and the audit log the rest, and a person can move it.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import audit_trail, lifecycle_history
from ...storage.database import Database
from ..table_height import content_height
from .labels import (
    action_text,
    audit_value_text,
    audit_what_text,
    field_label_text,
    status_label_text,
)

__all__ = ["HistoryView"]

# A cell shows this much of a value (an old application text can be pages long); the tooltip
# holds up to TOOLTIP_CHARS.
CELL_CHARS = 200
TOOLTIP_CHARS = 2000


def _stamp(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    return ""


def _table(parent: QWidget, name: str, accessible: str, headers: list[str],
           widths: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.setVisible(False)
    # One line of text plus air; a wrapped note makes its row as tall as it needs, again
    # whenever a column changes its width (cells hold at most CELL_CHARS characters).
    rows.setMinimumSectionSize(table.fontMetrics().height() + 8)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    for i, width in enumerate(widths):
        table.setColumnWidth(i, width)
    return table


def _tooltip_html(text: str) -> str:
    """User text as a tooltip: escaped so "<b>" shows as typed, in a paragraph so that Qt
    wraps long text (a plain-text tooltip is one endless line), its line breaks kept."""
    if not text:
        return ""
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + " …"
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _item(text: str, *, tip: bool = False) -> QTableWidgetItem:
    shown = text if len(text) <= CELL_CHARS else text[:CELL_CHARS] + " …"
    item = QTableWidgetItem(shown)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if tip and text:
        item.setToolTip(_tooltip_html(text))
    return item


class HistoryView(QWidget):
    """Read-only history of one measure, loaded when shown."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.steps = _table(self, "measureHistory", self.tr("Verlauf der Maßnahme"),
                            [self.tr("Zeitpunkt"), self.tr("Schritt"), self.tr("Status"),
                             self.tr("Durch"), self.tr("Notiz")],
                            (118, 230, 290, 110))
        self.audit = _table(self, "measureAudit", self.tr("Änderungsprotokoll der Maßnahme"),
                            [self.tr("Zeitpunkt"), self.tr("Benutzer*in"), self.tr("Was"),
                             self.tr("Feld"), self.tr("Alt"), self.tr("Neu")],
                            (118, 110, 170, 170, 300))
        self.audit_empty = QLabel(self.tr("Für diese Maßnahme sind keine Änderungen "
                                          "protokolliert."), self)
        self.audit_empty.setObjectName("measureAuditEmpty")
        self.audit_empty.setStyleSheet("color: palette(placeholder-text);")
        self.audit_empty.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("measureHistorySplitter")
        self.splitter.setChildrenCollapsible(False)
        for title, table, extra in ((self.tr("Verlauf"), self.steps, None),
                                    (self.tr("Änderungsprotokoll"), self.audit,
                                     self.audit_empty)):
            pane = QWidget(self.splitter)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 4)
            caption = QLabel("<b>" + title + "</b>", pane)
            caption.setBuddy(table)
            column.addWidget(caption)
            if extra is not None:
                column.addWidget(extra)
            column.addWidget(table, 1)
            self.splitter.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

    def load(self, measure_id: uuid.UUID | None, child_ids: Iterable[uuid.UUID] = ()) -> None:
        """Read the history of ``measure_id`` (empty for a measure not saved yet)."""
        if measure_id is None:
            self.steps.setRowCount(0)
            self.audit.setRowCount(0)
            self._show_audit()
            return
        with self.database.session() as s:
            steps = lifecycle_history(s, measure_id)
            lines = audit_trail(s, measure_id, child_ids)
        self.steps.setRowCount(len(steps))
        for r, step in enumerate(steps):
            to_label = status_label_text(step.to_label)
            change = (f"{status_label_text(step.from_label)} → {to_label}" if step.from_label
                      else to_label)
            for c, text in enumerate((_stamp(step.at), action_text(step.action), change,
                                      step.by, step.note)):
                self.steps.setItem(r, c, _item(text, tip=c >= 1))
        self.audit.setRowCount(len(lines))
        for r, line in enumerate(lines):
            old = audit_value_text(line.value_kind, line.old)
            new = audit_value_text(line.value_kind, line.new)
            for c, text in enumerate((_stamp(line.at), line.user, audit_what_text(line.what),
                                      field_label_text(line.field), old, new)):
                self.audit.setItem(r, c, _item(text, tip=True))
        self._show_audit()
        # Row heights (wrapped text) are known once the tables are laid out.
        QTimer.singleShot(0, self, self._share_space)

    def _show_audit(self) -> None:
        empty = self.audit.rowCount() == 0
        self.audit_empty.setVisible(empty)
        self.audit.setVisible(not empty)

    def _share_space(self) -> None:
        """The steps get the height of their rows (at most two thirds), the log the rest;
        without log entries the steps get nearly all of it."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        if self.audit.rowCount() == 0:
            steps = total - 60
        else:
            caption = self.steps.parentWidget().height() - self.steps.height()
            steps = min(content_height(self.steps) + caption + 8, total * 2 // 3)
        steps = max(steps, min(160, total // 2))
        self.splitter.setSizes([steps, total - steps])
