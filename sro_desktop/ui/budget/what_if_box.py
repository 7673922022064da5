"""The what-if section of the budget panel: pending applications of the next Lenkungsgruppe
meeting, the money left after each, and the total; overdrawing applications are marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.budget import PanelData, WhatIf
from ...services.money import format_cents
from .labels import meeting_text
from .models import WhatIfModel


class WhatIfBox(QGroupBox):
    """"Was wäre, wenn …": per application and in total, before the meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Was wäre, wenn … (nächste Lenkungsgruppe)"))
        self.setObjectName("budgetWhatIfBox")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("budgetWhatIfMeeting")
        self.meeting_label.setWordWrap(True)
        self.model = WhatIfModel(self)
        self.table = QTableView()
        self.table.setObjectName("budgetWhatIf")
        self.table.setAccessibleName(self.tr("Anträge der nächsten Sitzung"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.total = QLabel()
        self.total.setObjectName("budgetWhatIfTotal")
        self.total.setWordWrap(True)
        legend = QLabel(self.tr("Rot: überzieht allein · Gelb: überzieht mit den Anträgen "
                                "darüber"))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(legend)
        self.setMinimumWidth(380)

    def set_data(self, data: PanelData | None) -> None:
        """Show the what-if of ``data`` (or nothing)."""
        if data is None:
            self.model.set_rows(())
            self.meeting_label.setText("")
            self.total.setText("")
            return
        w = data.what_if
        self.model.set_rows(w.rows)
        # Row heights depend on the final column widths: size them once the layout settled.
        QTimer.singleShot(0, self.table.resizeRowsToContents)
        self.meeting_label.setText(self._meeting_text(w, data.year))
        if not w.rows:
            self.total.setText(self.tr("Verfügbar bleiben {amount}.").format(
                amount=format_cents(w.available_now)))
            self.total.setStyleSheet("")
            return
        self.total.setText(self._total_text(w))
        self.total.setStyleSheet(
            "color: #b3261e; font-weight: 600;" if w.available_after < 0 else "font-weight: 600;")

    def _meeting_text(self, w: WhatIf, year: int) -> str:
        if len(w.meetings) > 1:
            return self.tr("Nächste Sitzungen – {list}").format(
                list="; ".join(meeting_text(m) for m in w.meetings))
        if w.meetings:
            return meeting_text(w.meetings[0])
        if w.rows:
            return self.tr("Keine Sitzung geplant: Anträge mit dem Status „auf Tagesordnung“.")
        return self.tr("Keine offenen Anträge für {year}.").format(year=year)

    def _total_text(self, w: WhatIf) -> str:
        amounts = {"count": len(w.rows), "now": format_cents(w.available_now),
                   "needed": format_cents(w.needed_total)}
        if w.available_after < 0:
            text = self.tr("Wenn alle {count} Anträge befürwortet werden, ist das Budget um "
                           "{over} überzogen (verfügbar jetzt {now}, benötigt {needed}).").format(
                over=format_cents(-w.available_after), **amounts)
        else:
            text = self.tr("Wenn alle {count} Anträge befürwortet werden, bleiben {after} "
                           "verfügbar (jetzt {now}, benötigt {needed}).").format(
                after=format_cents(w.available_after), **amounts)
        alone = sum(1 for r in w.rows if r.overdraws_alone)
        if alone == 1:
            text += " " + self.tr("1 Antrag überzieht das Budget schon allein.")
        elif alone > 1:
            text += " " + self.tr("{count} Anträge überziehen das Budget schon allein.").format(
                count=alone)
        return text
