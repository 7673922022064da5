"""The what-if section of the budget panel: pending applications of the next Lenkungsgruppe
meeting, the money left after each (if only it passes, and running: after it and all above it),
a total row, and a sentence for all of them; overdrawing applications are marked.

The table is as tall as its rows (titles wrap, never cut off) up to a limit, so that the panel
can give the box what it needs and the rest to the budget table; without pending applications
the box says so in a sentence instead of showing an empty table.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
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
from ...services.formatting import format_date
from ...services.money import format_cents
from ..table_height import content_height
from .models import WhatIfModel

# The table grows with its rows up to this height (then it scrolls).
MAX_TABLE_HEIGHT = 320


class _FitTable(QTableView):
    """A table whose size hint is the height of all its rows (up to ``MAX_TABLE_HEIGHT``)."""

    def content_height(self) -> int:
        """Header, all rows and the frame (and 2 px, so that no scroll bar flickers in)."""
        return content_height(self) + 2

    def sizeHint(self) -> QSize:
        """As tall as the rows need (capped)."""
        return QSize(super().sizeHint().width(), min(self.content_height(), MAX_TABLE_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        """Header and about two rows."""
        header = self.horizontalHeader().sizeHint().height()
        return QSize(200, min(self.content_height(), header + 2 * 36))


class WhatIfBox(QGroupBox):
    """"Was wäre, wenn …": per application (alone and running) and in total, before the
    meeting. ``height_changed`` fires when the rows need another height once the layout has
    settled (not from :meth:`set_data`, after which the owner lays out anyway)."""

    height_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Was wäre, wenn … (nächste Lenkungsgruppe)"))
        self.setObjectName("budgetWhatIfBox")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("budgetWhatIfMeeting")
        self.meeting_label.setWordWrap(True)
        self.model = WhatIfModel(self)
        self.table = _FitTable()
        self.table.setObjectName("budgetWhatIf")
        self.table.setAccessibleName(self.tr("Anträge der nächsten Sitzung"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # Row heights depend on the final column widths, which change several times while a
        # layout settles: the rows are sized again once, after it has.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._refit.start())
        self.empty = QLabel()
        self.empty.setObjectName("budgetWhatIfEmpty")
        self.empty.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("budgetWhatIfTotal")
        self.total.setWordWrap(True)
        self.legend = QLabel(self.tr("Rot: überzieht allein · Gelb: überzieht mit den Anträgen "
                                     "darüber"))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.total)
        layout.addWidget(self.legend)
        layout.addStretch(1)  # spare height goes below the text, not into the table
        self.setMinimumWidth(300)
        self._last_height = -1
        self.set_data(None)

    @property
    def has_rows(self) -> bool:
        """Whether pending applications are shown."""
        return self.model.rowCount() > 0

    def wanted_height(self, width: int) -> int:
        """The height the box needs at ``width`` to show everything without scrolling."""
        height = self.heightForWidth(width)
        return height if height > 0 else self.sizeHint().height()

    def set_data(self, data: PanelData | None) -> None:
        """Show the what-if of ``data`` (or nothing)."""
        w = data.what_if if data is not None else None
        self.model.set_what_if(w)
        rows = w is not None and bool(w.rows)
        self.table.setVisible(rows)
        self.legend.setVisible(rows)
        self.empty.setVisible(not rows and data is not None)
        if data is None or w is None:
            self.meeting_label.setText("")
            self.meeting_label.setVisible(False)
            self.total.setText("")
            self.total.setVisible(False)
            self._fit_rows(notify=False)
            return
        meeting = self._meeting_text(w)
        self.meeting_label.setText(meeting)
        self.meeting_label.setToolTip("\n".join(
            self._meeting_line(region, day) for region, day in w.meeting_dates))
        self.meeting_label.setVisible(bool(meeting))
        self.total.setVisible(True)
        if not rows:
            self.empty.setText(self._empty_text(w, data.year))
            self.total.setText(self.tr("Verfügbar bleiben {amount}.").format(
                amount=format_cents(w.available_now)))
            self.total.setStyleSheet("")
        else:
            self.total.setText(self._total_text(w))
            self.total.setStyleSheet(
                "color: #b3261e; font-weight: 600;" if w.available_after < 0
                else "font-weight: 600;")
        self._fit_rows(notify=False)
        self._refit.start()

    def _fit_rows(self, *, notify: bool = True) -> None:
        self.table.resizeRowsToContents()
        self.table.updateGeometry()
        height = self.table.content_height() if self.has_rows else 0
        if height != self._last_height:
            self._last_height = height
            if notify:
                self.height_changed.emit()

    def _meeting_text(self, w: WhatIf) -> str:
        if len(w.meeting_dates) > 1:
            return self.tr("Nächste Sitzungen: {list}").format(list=self._grouped(w))
        if w.meeting_dates:
            return self._meeting_line(*w.meeting_dates[0])
        if w.rows:
            return self.tr("Keine Sitzung geplant: Anträge mit dem Status „auf Tagesordnung“.")
        return ""

    def _meeting_line(self, region: str, day: date) -> str:
        """"Nordwest: Lenkungsgruppe am 12.03.2025" (without the region for a single one)."""
        text = self.tr("Lenkungsgruppe am {date}").format(date=format_date(day))
        return f"{region}: {text}" if region else text

    def _grouped(self, w: WhatIf) -> str:
        """"26.01.2027 (Mitte, Nordost, Nordwest), 28.01.2027 (West)": regions meeting on the
        same day share one date; the "(Arbeitstitel)" of their names is in the tooltip only."""
        by_day: dict[date, list[str]] = {}
        for region, day in w.meeting_dates:
            by_day.setdefault(day, []).append(re.sub(r"\s*\([^)]*\)$", "", region))
        return ", ".join(f"{format_date(day)} ({', '.join(names)})"
                         for day, names in sorted(by_day.items()))

    def _empty_text(self, w: WhatIf, year: int) -> str:
        if w.meeting_dates:
            return self.tr("Für diese Sitzung stehen keine offenen Anträge mit Geld für {year} "
                           "auf der Tagesordnung.").format(year=year)
        return self.tr("Keine offenen Anträge für {year}: Es ist keine Sitzung der "
                       "Lenkungsgruppe geplant und kein Antrag steht auf der Tagesordnung."
                       ).format(year=year)

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
