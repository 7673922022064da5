"""Bewertungen: the current reviewer scores each principle 0–3 with a reason; everyone's
scores, their reasons and the averages are shown below, clearly as advice.

A score needs a reason (the service refuses to save one without): the reason field of a scored
principle turns red while it is empty, and a message under the inputs names the principle.
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import PRINCIPLE_SHORT, AssessmentData, summarize
from ...services.measures.validation import unreasoned_principles
from ..table_height import content_height
from .bindings import UndoKeyFilter
from .document import MeasureDocument
from .labels import advice_note, principle_short_text

__all__ = ["AssessmentsPage"]

# A reason is shown in the table up to this length (the tooltip holds all of it), so that one
# pasted essay does not push everybody else's reasons off the page.
_REASON_CHARS = 400
_MISSING_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fff4f4; }"


def _score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _tooltip_html(text: str) -> str:
    """User text as a tooltip: escaped so "<b>" shows as typed, in a paragraph so that Qt
    wraps long text (a plain-text tooltip is one endless line), its line breaks kept."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _fit_height(table: QTableWidget) -> None:
    """Make a table exactly as tall as its rows: the page scrolls, not the table. Rows keep
    some air (resizing to contents alone packs them tight)."""
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 10)
    table.resizeRowsToContents()
    table.setFixedHeight(content_height(table) + 2)


class AssessmentsPage(QScrollArea):
    """The reviewer's own scores (editable) and the summary of all reviewers."""

    def __init__(self, doc: MeasureDocument, reviewer: str, undo_filter: UndoKeyFilter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.reviewer = reviewer
        self._updating = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 12, 12, 12)
        note = QLabel(advice_note(), inner)
        note.setObjectName("assessmentAdvice")
        note.setWordWrap(True)
        note.setStyleSheet("background: #fff4ce; color: #3d3000; padding: 8px; "
                           "border: 1px solid #e0c36a; border-radius: 4px;")
        layout.addWidget(note)
        own = QLabel(self.tr("<b>Ihre Bewertung ({reviewer})</b> – 0 = nicht erfüllt … "
                             "3 = voll erfüllt; jede Punktzahl braucht eine Begründung").format(
                                 reviewer=html.escape(reviewer)), inner)
        own.setWordWrap(True)
        layout.addWidget(own)
        grid = QGridLayout()
        self.scores: list[QComboBox] = []
        self.reasons: list[QLineEdit] = []
        for i in range(len(PRINCIPLE_SHORT)):
            short = principle_short_text(i)
            caption = QLabel(f"{i + 1}. {short}", inner)
            score = QComboBox(inner)
            score.setObjectName(f"score_{i + 1}")
            score.setAccessibleName(self.tr("Punkte für Prinzip {n}: {name}").format(
                n=i + 1, name=short))
            score.addItem("—", None)
            for points in range(4):
                score.addItem(str(points), points)
            reason = QLineEdit(inner)
            reason.setObjectName(f"reason_{i + 1}")
            reason.setAccessibleName(self.tr("Begründung für Prinzip {n}").format(n=i + 1))
            reason.setPlaceholderText(self.tr("Begründung (Pflicht, sobald Punkte vergeben sind)"))
            reason.installEventFilter(undo_filter)
            caption.setBuddy(score)
            grid.addWidget(caption, i, 0)
            grid.addWidget(score, i, 1)
            grid.addWidget(reason, i, 2)
            score.activated.connect(lambda _i, p=i + 1: self._on_edit(p))
            reason.textEdited.connect(lambda _t, p=i + 1: self._on_edit(p, mergeable=True))
            self.scores.append(score)
            self.reasons.append(reason)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.missing = QLabel(inner)
        self.missing.setObjectName("assessmentMissingReasons")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet("color: #b00020;")
        self.missing.hide()
        layout.addWidget(self.missing)

        layout.addSpacing(6)
        layout.addWidget(QLabel("<b>" + self.tr("Alle Bewertungen") + "</b>", inner))
        self.summary = QTableWidget(inner)
        self.summary.setObjectName("assessmentSummary")
        self.summary.setAccessibleName(self.tr("Bewertungen aller Gutachter*innen und "
                                               "Durchschnitt"))
        self.summary.setColumnCount(7)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Bewertet von"), *[self.tr("P{n}").format(n=i) for i in range(1, 6)],
             "Ø"])
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().setVisible(False)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.summary.setColumnWidth(column, 80)
        for n in range(1, 6):
            self.summary.horizontalHeaderItem(n).setToolTip(
                f"{n}. {principle_short_text(n - 1)}")
        layout.addWidget(self.summary)

        layout.addSpacing(6)
        layout.addWidget(QLabel("<b>" + self.tr("Begründungen") + "</b>", inner))
        self.reason_table = QTableWidget(inner)
        self.reason_table.setObjectName("assessmentReasons")
        self.reason_table.setAccessibleName(self.tr("Begründungen aller Bewertungen"))
        self.reason_table.setColumnCount(4)
        self.reason_table.setHorizontalHeaderLabels(
            [self.tr("Bewertet von"), self.tr("Prinzip"), self.tr("Punkte"),
             self.tr("Begründung")])
        self.reason_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reason_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reason_table.setWordWrap(True)
        self.reason_table.verticalHeader().setVisible(False)
        self.reason_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reasons_header = self.reason_table.horizontalHeader()
        reasons_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        reasons_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((150, 270, 60)):
            self.reason_table.setColumnWidth(column, width)
        # Wrapped reasons need other heights when the stretching column changes its width.
        reasons_header.sectionResized.connect(
            lambda column, _old, _new: _fit_height(self.reason_table) if column == 3 else None)
        layout.addWidget(self.reason_table)
        layout.addStretch()
        self.setWidget(inner)
        doc.field_changed.connect(lambda f: self.refresh() if f == "assessments" else None)
        doc.replaced.connect(self.refresh)
        self.refresh()

    def _on_edit(self, principle: int, mergeable: bool = False) -> None:
        if self._updating:
            return
        score = self.scores[principle - 1].currentData()
        reason = self.reasons[principle - 1].text()
        # The document's change refreshes the page (marks, tables) once, through refresh().
        others = [a for a in self.doc.data.assessments
                  if not (a.reviewer == self.reviewer and a.principle == principle)]
        mine = next((a for a in self.doc.data.assessments
                     if a.reviewer == self.reviewer and a.principle == principle), None)
        if score is not None:
            item = (dataclasses.replace(mine, score=score, reason=reason) if mine else
                    AssessmentData(reviewer=self.reviewer, principle=principle, score=score,
                                   reason=reason))
            others.append(item)
        elif reason.strip():
            return  # a reason without points waits for the points
        ordered = tuple(sorted(others, key=lambda a: (a.reviewer, a.principle)))
        self.doc.edit("assessments", ordered, key=f"assessments[{principle}]",
                      mergeable=mergeable,
                      text=self.tr("Bewertung Prinzip {n} ändern").format(n=principle))

    def set_editable(self, editable: bool) -> None:
        """Scores are locked once the measure is finished."""
        for widget in (*self.scores, *self.reasons):
            widget.setEnabled(editable)

    def missing_reasons(self) -> list[int]:
        """The principles (1–5) the reviewer scored without a reason yet."""
        return unreasoned_principles(self.doc.data.assessments, self.reviewer)

    def _mark_missing(self) -> None:
        """Red reason fields and a message for scores without a reason (while typing)."""
        missing = self.missing_reasons()
        for i, reason in enumerate(self.reasons):
            style = _MISSING_STYLE if i + 1 in missing else ""
            if reason.styleSheet() != style:  # setting one re-polishes the field
                reason.setStyleSheet(style)
        if missing:
            names = ", ".join(f"{n}. {principle_short_text(n - 1)}" for n in missing)
            self.missing.setText(self.tr(
                "Begründung fehlt für Prinzip {names}: Jede Punktzahl braucht eine "
                "Begründung, sonst lässt sich die Maßnahme nicht speichern.").format(
                    names=names))
        self.missing.setVisible(bool(missing))

    def refresh(self) -> None:
        """Show the document's scores."""
        self._updating = True
        try:
            mine = {a.principle: a for a in self.doc.data.assessments
                    if a.reviewer == self.reviewer}
            for i in range(5):
                item = mine.get(i + 1)
                self.scores[i].setCurrentIndex(0 if item is None else item.score + 1)
                reason = item.reason if item is not None else ""
                if self.reasons[i].text() != reason:
                    self.reasons[i].setText(reason)
            self._mark_missing()
            self._fill_summary()
            self._fill_reasons()
        finally:
            self._updating = False

    def _fill_summary(self) -> None:
        summary = summarize(self.doc.data.assessments)
        rows = [*summary.reviewers]
        self.summary.setRowCount(len(rows) + 1)
        for r, reviewer in enumerate(rows):
            self._set(self.summary, r, 0, reviewer.reviewer)
            for p in range(5):
                self._set(self.summary, r, p + 1, _score_text(reviewer.scores[p]),
                          tip=reviewer.reasons[p], center=True)
            self._set(self.summary, r, 6, _score_text(reviewer.average), center=True)
        last = len(rows)
        self._set(self.summary, last, 0, self.tr("Durchschnitt (Empfehlung)"), bold=True)
        for p in range(5):
            self._set(self.summary, last, p + 1, _score_text(summary.averages[p]), bold=True,
                      center=True)
        self._set(self.summary, last, 6, _score_text(summary.overall), bold=True, center=True)
        _fit_height(self.summary)

    def _fill_reasons(self) -> None:
        items = sorted(self.doc.data.assessments, key=lambda a: (a.reviewer, a.principle))
        table = self.reason_table
        table.setRowCount(max(len(items), 1))
        if not items:
            table.setSpan(0, 0, 1, 4)
            self._set(table, 0, 0, self.tr("Noch keine Bewertungen."))
            _fit_height(table)
            return
        table.clearSpans()
        for r, item in enumerate(items):
            principle = (f"{item.principle}. {principle_short_text(item.principle - 1)}"
                         if 1 <= item.principle <= 5 else str(item.principle))
            reason = item.reason.strip()
            shown = reason if len(reason) <= _REASON_CHARS else reason[:_REASON_CHARS] + " …"
            self._set(table, r, 0, item.reviewer)
            self._set(table, r, 1, principle)
            self._set(table, r, 2, str(item.score), center=True)
            if reason:
                self._set(table, r, 3, shown, tip=reason)
            else:
                self._set(table, r, 3, self.tr("Begründung fehlt"), alert=True)
        _fit_height(table)

    @staticmethod
    def _set(table: QTableWidget, row: int, column: int, text: str, *, tip: str = "",
             bold: bool = False, center: bool = False, alert: bool = False) -> None:
        item = QTableWidgetItem(text)
        if tip:
            item.setToolTip(_tooltip_html(tip))
        if center:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if bold or alert:
            font = item.font()
            font.setBold(bold)
            font.setItalic(alert)
            item.setFont(font)
        if alert:
            item.setForeground(Qt.GlobalColor.darkRed)
        table.setItem(row, column, item)
