"""The reviewers' scores of the five SRO principles: per reviewer and averaged. Advice only:
the scores inform the Lenkungsgruppe and never decide anything automatically."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .data import AssessmentData

__all__ = ["ADVICE_NOTE", "AssessmentSummary", "ReviewerScores", "summarize"]

ADVICE_NOTE = (
    "Die Bewertungen sind eine Empfehlung für die Beratung in der Lenkungsgruppe. "
    "Sie entscheiden nichts: Über die Maßnahme beschließt allein die Lenkungsgruppe."
)


@dataclass(frozen=True)
class ReviewerScores:
    """One reviewer's scores of principles 1–5 (None where not scored) and reasons."""

    reviewer: str
    scores: tuple[int | None, ...]
    reasons: tuple[str, ...]

    @property
    def average(self) -> float | None:
        """The reviewer's mean over the principles they scored."""
        given = [s for s in self.scores if s is not None]
        return sum(given) / len(given) if given else None


@dataclass(frozen=True)
class AssessmentSummary:
    """All reviewers and the mean per principle (None where nobody scored)."""

    reviewers: tuple[ReviewerScores, ...]
    averages: tuple[float | None, ...]

    @property
    def overall(self) -> float | None:
        """The mean of all scores given."""
        given = [s for r in self.reviewers for s in r.scores if s is not None]
        return sum(given) / len(given) if given else None


def summarize(items: Iterable[AssessmentData]) -> AssessmentSummary:
    """Group scores by reviewer (in order of first appearance) and average per principle."""
    by_reviewer: dict[str, dict[int, AssessmentData]] = {}
    for item in items:
        by_reviewer.setdefault(item.reviewer, {})[item.principle] = item
    reviewers = tuple(
        ReviewerScores(
            reviewer=name,
            scores=tuple(got[p].score if p in got else None for p in range(1, 6)),
            reasons=tuple(got[p].reason if p in got else "" for p in range(1, 6)),
        )
        for name, got in by_reviewer.items()
    )
    averages: list[float | None] = []
    for index in range(5):
        given = [s for r in reviewers if (s := r.scores[index]) is not None]
        averages.append(sum(given) / len(given) if given else None)
    return AssessmentSummary(reviewers, tuple(averages))
