"""Bewertungen: the current reviewer scores each principle 0–3 with a reason; everyone's
scores and the averages are shown beside, clearly as advice."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from .bindings import UndoKeyFilter
from .document import MeasureDocument
from .labels import advice_note, principle_short_text

__all__ = ["AssessmentsPage"]


def _score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _tooltip_html(text: str) -> str:
    """User text as a tooltip: escaped so "<b>" shows as typed, in a paragraph so that Qt
    wraps long text (a plain-text tooltip is one endless line), its line breaks kept."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


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
                             "3 = voll erfüllt").format(reviewer=html.escape(reviewer)), inner)
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
            reason.setPlaceholderText(self.tr("Begründung"))
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
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setMinimumHeight(160)
        layout.addWidget(self.summary)
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
            summary = summarize(self.doc.data.assessments)
            rows = [*summary.reviewers]
            self.summary.setRowCount(len(rows) + 1)
            for r, reviewer in enumerate(rows):
                self._set(r, 0, reviewer.reviewer)
                for p in range(5):
                    self._set(r, p + 1, _score_text(reviewer.scores[p]), reviewer.reasons[p])
                self._set(r, 6, _score_text(reviewer.average))
            last = len(rows)
            self._set(last, 0, self.tr("Durchschnitt (Empfehlung)"), bold=True)
            for p in range(5):
                self._set(last, p + 1, _score_text(summary.averages[p]), bold=True)
            self._set(last, 6, _score_text(summary.overall), bold=True)
        finally:
            self._updating = False

    def _set(self, row: int, column: int, text: str, tip: str = "", bold: bool = False) -> None:
        item = QTableWidgetItem(text)
        if tip:
            item.setToolTip(_tooltip_html(tip))
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.summary.setItem(row, column, item)
