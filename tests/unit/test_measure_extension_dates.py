"""An extension moves the final report and the proof of use with the end, so that the second
evaluation and the due view follow the extension; a reviewer's score needs a reason."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_desktop.models import Area, Base, DecisionOutcome, Evaluation, Measure, MeasureStatus
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services.measures.lifecycle_running import default_evaluation_due
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock

START, END = date(2025, 2, 1), date(2026, 1, 31)
NEW_END = date(2027, 1, 31)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "extension.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        region = s.scalars(select(Area.id).where(Area.code == "RR-NW")).one()
        for year in (2025, 2026, 2027):
            budget.set_budget(s, region_id=region, year=year, amount_cents=5_000_000, note="T")
    yield database
    database.close()


def _evaluated_measure(db: Database, *, final: date | None, proof: date | None) -> uuid.UUID:
    """A measure 01.02.2025–31.01.2026, run and evaluated as still suitable."""
    with db.write() as s:
        data = dataclasses.replace(
            sample_application(s, start=START, end=END), final_report_due=final,
            proof_of_use_due=proof, interim_report_received_on=date(2025, 8, 1))
        measure_id = m.save_measure(s, data).id
        m.submit(s, measure_id)
        m.discuss(s, measure_id, discussed_on=date(2025, 1, 10))
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20))
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25), agreed_by="Jugendamt")
        m.start(s, measure_id)
        m.request_evaluation(s, measure_id, due=date(2025, 12, 15))
        m.record_evaluation(s, measure_id, completed_on=date(2025, 12, 10), suitable=True,
                            result="Ziele erreicht")
    return measure_id


def _measure(db: Database, measure_id: uuid.UUID) -> Measure:
    with db.session() as s:
        measure = s.get(Measure, measure_id)
        assert measure is not None
        return measure


def test_extension_moves_report_dates_with_the_end(db: Database) -> None:
    measure_id = _evaluated_measure(db, final=date(2026, 4, 1), proof=date(2026, 7, 30))
    with db.write() as s:
        m.extend(s, measure_id, new_end=NEW_END)
    measure = _measure(db, measure_id)
    # 60 and 180 days after the old end → 60 and 180 days after the new end.
    assert measure.end == NEW_END
    assert measure.final_report_due == date(2027, 4, 1)
    assert measure.proof_of_use_due == date(2027, 7, 30)
    assert measure.status == MeasureStatus.RUNNING
    assert measure.next_deadline == NEW_END  # the end comes first, not an old 2026 date
    with db.session() as s:
        items = m.open_deadlines(s, measure)
        assert [(i.kind, i.due) for i in items] == [
            ("end", NEW_END), ("evaluation", date(2027, 4, 1)),
            ("proof_of_use", date(2027, 7, 30))]
        assert default_evaluation_due(s, measure_id) == date(2027, 4, 1)
        note = m.lifecycle_history(s, measure_id)[-1].note
    assert "Abschlussbericht fällig 01.04.2027" in note
    assert "Verwendungsnachweis fällig 30.07.2027" in note


def test_second_evaluation_defaults_to_the_moved_final_report(db: Database) -> None:
    measure_id = _evaluated_measure(db, final=END, proof=None)
    with db.write() as s:
        m.extend(s, measure_id, new_end=NEW_END)
        m.request_evaluation(s, measure_id)
    measure = _measure(db, measure_id)
    assert measure.final_report_due == NEW_END and measure.proof_of_use_due is None
    with db.session() as s:
        due = s.scalars(select(Evaluation.due).where(Evaluation.measure_id == measure_id,
                                                     Evaluation.completed_on.is_(None))).one()
    assert due == NEW_END


def test_a_report_date_never_moves_before_the_extension_begins(db: Database) -> None:
    # Final report 11 months before the end: a 3-month extension keeps it at its start.
    measure_id = _evaluated_measure(db, final=date(2025, 3, 1), proof=None)
    with db.write() as s:
        m.extend(s, measure_id, new_end=date(2026, 4, 30))
    assert _measure(db, measure_id).final_report_due == date(2026, 2, 1)


def test_an_old_final_report_date_is_not_proposed_after_an_extension(db: Database) -> None:
    # Extended before the dates moved along: the final report still names the first period.
    measure_id = _evaluated_measure(db, final=END, proof=None)
    with db.write() as s:
        m.extend(s, measure_id, new_end=NEW_END)
        stored = s.get(Measure, measure_id)
        assert stored is not None
        stored.final_report_due = END
    with db.session() as s:
        assert default_evaluation_due(s, measure_id) == NEW_END
    with db.write() as s:
        m.request_evaluation(s, measure_id)
        due = s.scalars(select(Evaluation.due).where(Evaluation.completed_on.is_(None))).one()
    assert due == NEW_END


def test_a_score_without_reason_is_refused_naming_the_principle(db: Database) -> None:
    with db.write() as s:
        data = sample_application(s)
        for reason in ("", "   \n"):
            scored = dataclasses.replace(data, assessments=(
                m.AssessmentData(reviewer="ben", principle=2, score=3, reason=reason),))
            with pytest.raises(m.MeasureValidationError) as err:
                m.save_measure(s, scored)
            assert str(err.value) == (
                "Bewertungen: Prinzip 2 (Aktivierung vor Betreuung) von ben: Bitte die "
                "Punktzahl begründen (Begründung ist Pflicht).")
        reasoned = dataclasses.replace(data, assessments=(
            m.AssessmentData(reviewer="ben", principle=2, score=0, reason="rein betreuend"),))
        measure_id = m.save_measure(s, reasoned).id
    with db.session() as s:
        assert m.load_measure(s, measure_id).assessments[0].reason == "rein betreuend"
