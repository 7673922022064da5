"""The lifecycle against a real SQLite file: every step recorded, every refusal explained."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_desktop.models import (
    Agreement,
    Area,
    AuditEntry,
    Base,
    BodyKind,
    BudgetEntry,
    Decision,
    DecisionOutcome,
    MeasurePeriod,
    MeasureStatus,
    MemberRole,
    Membership,
    Person,
)
from sro_desktop.services import measures as m
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import body_uuid, seed_rostock

S = MeasureStatus
budget = pytest.importorskip("sro_desktop.services.budget", reason="Budget-Modul fehlt noch")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "lifecycle.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    yield database
    database.close()


def _region_id(db: Database, code: str = "RR-NW") -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _fund(db: Database, cents: int, years: tuple[int, ...] = (2025, 2026, 2027)) -> None:
    region = _region_id(db)
    with db.write() as s:
        for year in years:
            budget.set_budget(s, region_id=region, year=year, amount_cents=cents, note="Test")


def _draft(db: Database, **kw: object) -> uuid.UUID:
    with db.write() as s:
        data = sample_application(s, **kw)  # type: ignore[arg-type]
        return m.save_measure(s, data).id


def _to_agenda(db: Database, measure_id: uuid.UUID) -> None:
    with db.write() as s:
        m.submit(s, measure_id)
        m.discuss(s, measure_id, discussed_on=date(2025, 1, 10))
        m.put_on_agenda(s, measure_id)


def _approve(db: Database, measure_id: uuid.UUID, amount: int | None = None) -> uuid.UUID:
    with db.write() as s:
        result = m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                                   decided_on=date(2025, 1, 20), amount_cents=amount)
    assert result.created_id is not None
    return result.created_id


def _run_and_evaluate(db: Database, measure_id: uuid.UUID, suitable: bool = True) -> None:
    with db.write() as s:
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25), agreed_by="Jugendamt",
                reference="AZ-1")
        m.start(s, measure_id)
        m.request_evaluation(s, measure_id, due=date(2026, 1, 15))
        m.record_evaluation(s, measure_id, completed_on=date(2026, 1, 10), suitable=suitable,
                            result="Ziele erreicht")


def _chair(db: Database, role: str = MemberRole.CHAIR, code: str = "RR-NW") -> uuid.UUID:
    """A person who chairs (or, by ``role``, sits in) the region's Lenkungsgruppe."""
    with db.write() as s:
        person = Person(id=uuid.uuid4(), first_name="Anke", last_name="Vorsitz")
        s.add(person)
        s.add(Membership(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, code),
                         person_id=person.id, role=role))
    return person.id


def _status(db: Database, measure_id: uuid.UUID) -> str:
    with db.session() as s:
        return m.load_measure(s, measure_id).status


def test_whole_lifecycle_is_recorded_with_who_and_when(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    decision_id = _approve(db, measure_id)
    _run_and_evaluate(db, measure_id)
    with db.write() as s:
        m.extend(s, measure_id, new_end=date(2027, 1, 31), amount_cents=600_000, note="gut")
    assert _status(db, measure_id) == S.RUNNING
    with db.write() as s:
        m.request_evaluation(s, measure_id)
        m.record_evaluation(s, measure_id, completed_on=date(2027, 1, 20), suitable=True,
                            result="Abschluss")
        m.close(s, measure_id, proof_checked_on=date(2027, 4, 1))
        m.archive(s, measure_id)
    with db.session() as s:
        history = m.lifecycle_history(s, measure_id)
        data = m.load_measure(s, measure_id)
        decision = s.get(Decision, decision_id)
        periods = s.scalars(select(MeasurePeriod).where(MeasurePeriod.measure_id == measure_id)
                            .order_by(MeasurePeriod.sequence)).all()
        entries = s.scalars(select(BudgetEntry).where(BudgetEntry.measure_id == measure_id)).all()
    assert [h.action for h in history] == [
        "create", "submit", "discuss", "put_on_agenda", "decide", "agree", "start",
        "request_evaluation", "record_evaluation", "extend", "request_evaluation",
        "record_evaluation", "close", "archive",
    ]
    assert all(h.by == "testerin" and h.at is not None for h in history)
    assert history[4].to_label == "Befürwortet"
    assert data.status == S.ARCHIVED and data.extended and data.end == date(2027, 1, 31)
    assert data.approved_cents == 1_248_000 + 600_000
    assert decision is not None and decision.number == "LG-NW-2025-B-001"
    assert "befürwortet die Maßnahme „Offener Treff am Nachmittag“" in decision.text
    assert "12.480,00 €" in decision.text
    assert [(p.kind, p.start_date, p.end_date) for p in periods] == [
        ("initial", date(2025, 2, 1), date(2026, 1, 31)),
        ("extension", date(2026, 2, 1), date(2027, 1, 31)),
    ]
    assert {e.kind for e in entries} == {"commitment", "agreement"}


def test_measure_numbers_follow_region_and_year(db: Database) -> None:
    first, second = _draft(db), _draft(db, title="Zweite")
    with db.session() as s:
        numbers = [m.load_measure(s, i).number for i in (first, second)]
    year = date.today().year
    assert numbers == [f"SRAE-NW-{year}-001", f"SRAE-NW-{year}-002"]


def test_submit_refused_while_incomplete(db: Database) -> None:
    with db.write() as s:
        data = sample_application(s)
        measure_id = m.save_measure(s, data.__class__(**{**data.__dict__, "provider_id": None})).id
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.submit(s, measure_id)
    assert str(err.value).startswith("Einreichen: Der Antrag ist noch unvollständig: Träger:")
    assert _status(db, measure_id) == S.DRAFT


def test_second_extension_refused(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db, end=date(2025, 7, 31))
    _to_agenda(db, measure_id)
    _approve(db, measure_id)
    _run_and_evaluate(db, measure_id)
    with db.write() as s:
        m.extend(s, measure_id, new_end=date(2026, 1, 31))
        m.request_evaluation(s, measure_id)
        m.record_evaluation(s, measure_id, completed_on=date(2026, 1, 20), suitable=True,
                            result="ok")
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.extend(s, measure_id, new_end=date(2026, 7, 31))
    assert "bereits einmal verlängert" in str(err.value)


def test_extension_without_evaluation_refused(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    _approve(db, measure_id)
    with db.write() as s:
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25))
        m.start(s, measure_id)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.extend(s, measure_id, new_end=date(2026, 12, 31))
    assert str(err.value).startswith("Verlängerung: Ohne Evaluation nicht möglich")
    assert _status(db, measure_id) == S.RUNNING


def test_extension_beyond_24_months_refused(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db, start=date(2025, 1, 1), end=date(2025, 12, 31))
    _to_agenda(db, measure_id)
    _approve(db, measure_id)
    _run_and_evaluate(db, measure_id)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.extend(s, measure_id, new_start=date(2026, 6, 1), new_end=date(2027, 5, 31))
    assert str(err.value).startswith("Gesamtlaufzeit: länger als 24 Monate")
    with db.write() as s:
        m.extend(s, measure_id, new_start=date(2026, 1, 1), new_end=date(2026, 12, 31))
    assert _status(db, measure_id) == S.RUNNING


def test_agreement_without_positive_decision_refused(db: Database) -> None:
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.REJECTED,
                          decided_on=date(2025, 1, 20), reason="Kein Bedarf erkennbar")
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.agree(s, measure_id, agreed_on=date(2025, 2, 1))
    assert str(err.value).startswith("Vereinbarung: Ohne positiven Beschluss")
    with db.session() as s:
        assert s.scalars(select(Agreement)).all() == []


def test_rejection_without_reason_refused(db: Database) -> None:
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.REJECTED,
                          decided_on=date(2025, 1, 20))
    assert "Begründung" in str(err.value)
    assert _status(db, measure_id) == S.ON_AGENDA


def test_decision_over_budget_refused_then_overridden_with_reason(db: Database) -> None:
    _fund(db, 1_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    with pytest.raises(m.BudgetRefusedError) as refused, db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20))
    message = str(refused.value)
    assert "€" in message and "2025" in message
    assert _status(db, measure_id) == S.ON_AGENDA
    chair = _chair(db)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20), override_reason="Vorsitz: dringend",
                          authorized_person_id=chair)
    assert _status(db, measure_id) == S.APPROVED
    with db.session() as s:
        assert "Vorsitz: dringend" in m.lifecycle_history(s, measure_id)[-1].note


def test_override_names_the_authorising_chair_in_ledger_audit_and_history(
        db: Database) -> None:
    _fund(db, 1_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    chair = _chair(db)
    with db.write() as s:
        # The name comes from the membership record, not from what the caller typed.
        decision = m.record_decision(
            s, measure_id, outcome=DecisionOutcome.APPROVED, decided_on=date(2025, 1, 20),
            override_reason="Dringlichkeit", authorized_by="irgendwer",
            authorized_person_id=chair).created_id
    with db.session() as s:
        entries = s.scalars(select(BudgetEntry).where(BudgetEntry.decision_id == decision)).all()
        assert entries and all(e.override for e in entries)
        assert {(e.override_reason, e.authorized_by, e.authorized_person_id)
                for e in entries} == {("Dringlichkeit", "Anke Vorsitz (Vorsitz)", chair)}
        audit = s.scalars(select(AuditEntry.new).where(AuditEntry.action == "override")).all()
        assert audit and all("Dringlichkeit" in (a or "") and "Anke Vorsitz (Vorsitz)" in (a or "")
                             for a in audit)
        note = m.lifecycle_history(s, measure_id)[-1].note
    assert "genehmigt von Anke Vorsitz (Vorsitz)" in note and "Dringlichkeit" in note


def test_agreement_above_the_decided_amount_refused(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    _approve(db, measure_id, amount=1_000_000)
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.agree(s, measure_id, agreed_on=date(2025, 1, 25), amount_cents=1_000_001)
    assert "nicht übersteigen" in str(err.value)


def test_extension_agreement_over_budget_refused_then_overridden(db: Database) -> None:
    _fund(db, 1_500_000, years=(2025, 2026))
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    _approve(db, measure_id)
    _run_and_evaluate(db, measure_id)
    with pytest.raises(m.BudgetRefusedError) as refused, db.write() as s:
        m.extend(s, measure_id, new_end=date(2027, 1, 31), amount_cents=1_200_000)
    assert "2027: verfügbar 0,00 €" in str(refused.value)
    assert _status(db, measure_id) == S.EVALUATED
    chair = _chair(db, MemberRole.DEPUTY_CHAIR)
    with db.write() as s:
        m.extend(s, measure_id, new_end=date(2027, 1, 31), amount_cents=1_200_000,
                 override_reason="Beschluss der Lenkungsgruppe", authorized_person_id=chair)
    assert _status(db, measure_id) == S.RUNNING


def test_withdrawal_after_decision_releases_commitment(db: Database) -> None:
    _fund(db, 5_000_000)
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    _approve(db, measure_id)
    with pytest.raises(m.TransitionRefusedError), db.write() as s:
        m.withdraw(s, measure_id, reason=" ")
    with db.write() as s:
        m.withdraw(s, measure_id, reason="Träger zieht zurück")
    with db.session() as s:
        kinds = sorted(e.kind for e in s.scalars(
            select(BudgetEntry).where(BudgetEntry.measure_id == measure_id)))
    assert "release" in kinds
    assert _status(db, measure_id) == S.WITHDRAWN
    with pytest.raises(m.TransitionRefusedError) as err, db.write() as s:
        m.start(s, measure_id)
    assert "Zurückgezogen" in str(err.value)


def test_every_change_lands_in_the_audit_log(db: Database) -> None:
    measure_id = _draft(db)
    with db.write() as s:
        data = m.load_measure(s, measure_id)
        m.save_measure(s, data.__class__(**{**data.__dict__, "title": "Neuer Titel"}))
        m.submit(s, measure_id)
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(measure_id))).all()
    changes = {(r.field, r.new) for r in rows}
    assert ("title", "Neuer Titel") in changes
    assert ("status", "submitted") in changes
    assert all(r.user == "testerin" for r in rows)


def test_deferred_measure_returns_to_agenda(db: Database) -> None:
    measure_id = _draft(db)
    _to_agenda(db, measure_id)
    with db.write() as s:
        m.record_decision(s, measure_id, outcome=DecisionOutcome.DEFERRED,
                          decided_on=date(2025, 1, 20))
        m.put_on_agenda(s, measure_id)
    assert _status(db, measure_id) == S.ON_AGENDA
