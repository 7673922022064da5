"""Verlauf: the lifecycle steps (who, when, from → to) and the audit log of the measure."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import audit_trail, lifecycle_history
from ...storage.database import Database
from .labels import (
    action_text,
    audit_value_text,
    audit_what_text,
    field_label_text,
    status_label_text,
)

__all__ = ["HistoryView"]


def _stamp(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    return ""


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _tooltip_html(text: str) -> str:
    """User text as a tooltip: escaped so "<b>" shows as typed, in a paragraph so that Qt
    wraps long text (a plain-text tooltip is one endless line), its line breaks kept."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class HistoryView(QWidget):
    """Read-only history of one measure, loaded when shown."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.steps = _table(self, "measureHistory", self.tr("Verlauf der Maßnahme"),
                            [self.tr("Zeitpunkt"), self.tr("Schritt"), self.tr("Status"),
                             self.tr("durch"), self.tr("Notiz")])
        self.audit = _table(self, "measureAudit", self.tr("Änderungsprotokoll der Maßnahme"),
                            [self.tr("Zeitpunkt"), self.tr("Benutzer*in"), self.tr("Was"),
                             self.tr("Feld"), self.tr("alt"), self.tr("neu")])
        for table, widths in ((self.steps, (130, 230, 300, 110)),
                              (self.audit, (130, 110, 170, 150, 180))):
            for i, w in enumerate(widths):
                table.setColumnWidth(i, w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(QLabel("<b>" + self.tr("Verlauf") + "</b>", self))
        layout.addWidget(self.steps, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Änderungsprotokoll") + "</b>", self))
        layout.addWidget(self.audit, 1)

    def load(self, measure_id: uuid.UUID | None, child_ids: Iterable[uuid.UUID] = ()) -> None:
        """Read the history of ``measure_id`` (empty for a measure not saved yet)."""
        if measure_id is None:
            self.steps.setRowCount(0)
            self.audit.setRowCount(0)
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
                self.steps.setItem(r, c, QTableWidgetItem(text))
        self.audit.setRowCount(len(lines))
        for r, line in enumerate(lines):
            old = audit_value_text(line.value_kind, line.old)
            new = audit_value_text(line.value_kind, line.new)
            for c, text in enumerate((_stamp(line.at), line.user, audit_what_text(line.what),
                                      field_label_text(line.field), old[:200], new[:200])):
                item = QTableWidgetItem(text)
                item.setToolTip(_tooltip_html(text if len(text) < 2000 else text[:2000] + " …"))
                self.audit.setItem(r, c, item)
