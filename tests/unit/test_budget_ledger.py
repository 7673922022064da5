"""The budget ledger: booking, the refusal rule, overrides, append-only, carry-over, CLI summary."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_desktop.models import (
    AuditEntry,
    Base,
    BodyKind,
    BudgetEntry,
    Measure,
    MemberRole,
    Membership,
    Person,
    Setting,
)
from sro_desktop.services.budget import (
    AppendOnlyError,
    BudgetError,
    BudgetExceededError,
    Override,
    allocation_cents,
    available_cents,
    book_agreement,
    book_commitment,
    book_correction,
    book_payment,
    book_return,
    budget_history,
    carry_over,
    cli_summary,
    figures_for,
    release_commitment,
    set_budget,
    set_carry_over_allowed,
)
from sro_desktop.services.budget.ledger import ensure_budget
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import area_uuid, body_uuid, seed_rostock

NW = area_uuid("RR-NW")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A seeded Rostock database in a temporary file."""
    database = Database(make_engine(tmp_path / "budget.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    yield database
    database.close()


def _person(s: Session, first: str, last: str, role: str | None = None,
            region: str = "RR-NW") -> uuid.UUID:
    """A person, and with ``role`` a member of that region's Lenkungsgruppe."""
    person = Person(id=uuid.uuid4(), first_name=first, last_name=last)
    s.add(person)
    if role is not None:
        s.add(Membership(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, region),
                         person_id=person.id, role=role))
    s.flush()
    return person.id


def _measure(s: Session, region: uuid.UUID = NW, number: str = "SRAE-NW-2025-001") -> uuid.UUID:
    measure = Measure(id=uuid.uuid4(), number=number, title="Jugendtreff", region_id=region)
    s.add(measure)
    s.flush()
    return measure.id


def test_commitment_within_budget_lowers_available(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="Zuweisung")
        m = _measure(s)
        ids = book_commitment(s, measure_id=m, decision_id=None, amount_cents=4_000_00,
                              start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert len(ids) == 1
    with db.session() as s:
        assert available_cents(s, NW, 2025) == 6_000_00
        entry = s.get(BudgetEntry, ids[0])
        assert entry is not None and entry.recorded_by == "testerin"


def test_commitment_over_budget_is_refused_with_amounts(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=1_000_00, note="")
        m = _measure(s)
        with pytest.raises(BudgetExceededError) as info:
            book_commitment(s, measure_id=m, decision_id=None, amount_cents=1_500_00,
                            start=date(2025, 3, 1), end=date(2025, 8, 31))
        assert s.scalars(select(BudgetEntry).where(BudgetEntry.measure_id == m)).all() == []
    err = info.value
    assert (err.available, err.needed, err.shortfall) == (1_000_00, 1_500_00, 500_00)
    assert err.year == 2025
    assert "verfügbar 1.000,00 €" in str(err)
    assert "benötigt 1.500,00 €" in str(err)
    assert "es fehlen 500,00 €" in str(err)
    assert "Nordwest" in str(err)
    assert isinstance(err, ValueError)


def test_cutting_below_the_bound_money_names_bound_and_new_budget(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=665_000_00, note="Zuweisung")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=365_000_00,
                        start=date(2025, 1, 1), end=date(2025, 12, 31))
        with pytest.raises(BudgetExceededError) as info:
            set_budget(s, region_id=NW, year=2025, amount_cents=300_000_00, note="Kürzung")
    err = info.value
    assert err.shortfall == 65_000_00 and err.shortfalls[0].is_cut
    assert ("2025: gebunden 365.000,00 €, neues Budget 300.000,00 € – es fehlen "
            "65.000,00 €.") in str(err)
    assert "benötigt" not in str(err)
    assert "nicht unter das gebundene Geld gesenkt" in str(err)


def test_refusal_names_every_overdrawn_year_and_books_nothing(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=100_00, note="")
        set_budget(s, region_id=NW, year=2026, amount_cents=100_000_00, note="")
        m = _measure(s)
        with pytest.raises(BudgetExceededError) as info:
            book_commitment(s, measure_id=m, decision_id=None, amount_cents=12_000_00,
                            start=date(2025, 7, 1), end=date(2026, 6, 30))
        assert [sf.year for sf in info.value.shortfalls] == [2025]
        assert available_cents(s, NW, 2026) == 100_000_00


def test_override_books_and_is_marked_in_ledger_and_audit(db: Database) -> None:
    with db.write() as s:
        chair = _person(s, "Anke", "Vorsitz", MemberRole.CHAIR)
        m = _measure(s)
        # The name comes from the membership, not from what the caller wrote.
        ids = book_commitment(s, measure_id=m, decision_id=None, amount_cents=500_00,
                              start=date(2025, 1, 1), end=date(2025, 6, 30),
                              override_reason="Dringlichkeit", authorized_by="irgendwer",
                              authorized_person_id=chair)
    with db.session() as s:
        entry = s.get(BudgetEntry, ids[0])
        assert entry is not None
        assert entry.override and entry.override_reason == "Dringlichkeit"
        assert entry.authorized_by == "Anke Vorsitz (Vorsitz)"
        assert entry.authorized_person_id == chair
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "override")).one()
        assert audit.entity_id == str(ids[0]) and "Dringlichkeit" in (audit.new or "")
        assert "genehmigt von Anke Vorsitz (Vorsitz)" in (audit.new or "")
        assert available_cents(s, NW, 2025) == -500_00


def test_override_needs_a_reason(db: Database) -> None:
    with db.write() as s:
        chair = _person(s, "Anke", "Vorsitz", MemberRole.CHAIR)
        m = _measure(s)
        with pytest.raises(BudgetError, match="Begründung"):
            book_commitment(s, measure_id=m, decision_id=None, amount_cents=500_00,
                            start=date(2025, 1, 1), end=date(2025, 6, 30), override_reason=" ",
                            authorized_person_id=chair)


# Every kind of booking that can overdraw the budget, given an override (or None).
def _overdraw_payment(s: Session, override: Override | None) -> object:
    m = _measure(s, number=f"SRAE-NW-2025-{uuid.uuid4().hex[:4]}")
    return book_payment(s, measure_id=m, year=2025, amount_cents=999_999_99, reason="Auszahlung",
                        override=override)


def _overdraw_budget_cut(s: Session, override: Override | None) -> object:
    lower = allocation_cents(s, NW, 2025) - 3_000_00  # below the 8.000 € bound
    return set_budget(s, region_id=NW, year=2025, amount_cents=lower, note="Kürzung",
                      override=override)


def _overdraw_correction(s: Session, override: Override | None) -> object:
    allocation = s.scalars(select(BudgetEntry.id).where(BudgetEntry.kind == "allocation")).first()
    assert allocation is not None
    return book_correction(s, entry_id=allocation, amount_cents=-10_000_00, reason="Kürzung",
                           override=override)


def _overdraw_commitment(s: Session, override: Override | None) -> object:
    m = _measure(s, number=f"SRAE-NW-2025-{uuid.uuid4().hex[:4]}")
    return book_commitment(
        s, measure_id=m, decision_id=None, amount_cents=50_000_00, start=date(2025, 1, 1),
        end=date(2025, 12, 31), override_reason=override.reason if override else None,
        authorized_by=override.authorized_by if override else "",
        authorized_person_id=override.authorized_person_id if override else None)


def _overdraw_agreement(s: Session, override: Override | None) -> object:
    m = _measure(s, number=f"SRAE-NW-2025-{uuid.uuid4().hex[:4]}")
    return book_agreement(
        s, measure_id=m, agreement_id=None, amount_cents=50_000_00, start=date(2025, 1, 1),
        end=date(2025, 12, 31), override_reason=override.reason if override else None,
        authorized_by=override.authorized_by if override else "",
        authorized_person_id=override.authorized_person_id if override else None)


OVERDRAWING = {
    "payment": _overdraw_payment, "budget_cut": _overdraw_budget_cut,
    "correction": _overdraw_correction, "commitment": _overdraw_commitment,
    "agreement": _overdraw_agreement,
}


@pytest.mark.parametrize("kind", sorted(OVERDRAWING))
def test_every_booking_kind_needs_the_chair_for_an_override(db: Database, kind: str) -> None:
    book = OVERDRAWING[kind]
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="Zuweisung")
        m = _measure(s, number="SRAE-NW-2025-900")
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=8_000_00,
                        start=date(2025, 1, 1), end=date(2025, 12, 31))
        chair = _person(s, "Anke", "Vorsitz", MemberRole.CHAIR)
        deputy = _person(s, "Bernd", "Stellvertreter", MemberRole.DEPUTY_CHAIR)
        member = _person(s, "Clara", "Mitglied", MemberRole.VOTING)
        other_chair = _person(s, "Dora", "Woanders", MemberRole.CHAIR, region="RR-W")
        stranger = _person(s, "Egon", "Niemand")
    before = _count(db)
    with db.write() as s, pytest.raises(BudgetExceededError):
        book(s, None)
    refusals = {
        "no person": Override("Dringlichkeit", "Anke Vorsitz (Vorsitz)"),
        "a plain member": Override("Dringlichkeit", "Clara", member),
        "the chair of another region": Override("Dringlichkeit", "Dora", other_chair),
        "nobody of the body": Override("Dringlichkeit", "Egon", stranger),
        "no reason": Override("  ", "Anke", chair),
    }
    for why, override in refusals.items():
        with db.write() as s, pytest.raises(BudgetError) as refused:
            book(s, override)
        assert "Genehmigt von" in str(refused.value) or "Begründung" in str(refused.value), why
        assert not isinstance(refused.value, BudgetExceededError), why
    assert _count(db) == before
    for person, label in ((chair, "Anke Vorsitz (Vorsitz)"),
                          (deputy, "Bernd Stellvertreter (stellv. Vorsitz)")):
        with db.write() as s:
            book(s, Override("Dringlichkeit", "irgendwer", person))
        with db.session() as s:
            entries = s.scalars(select(BudgetEntry).where(BudgetEntry.override.is_(True),
                                                          BudgetEntry.authorized_person_id
                                                          == person)).all()
            assert entries and {e.authorized_by for e in entries} == {label}
            audits = s.scalars(select(AuditEntry.new).where(
                AuditEntry.action == "override",
                AuditEntry.entity_id.in_([str(e.id) for e in entries]))).all()
            assert len(audits) == len(entries)
            assert all(f"genehmigt von {label}" in (a or "") for a in audits)


def _count(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(BudgetEntry.id)).all())


def test_a_former_chair_may_not_authorise(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=1_000_00, note="")
        person = Person(id=uuid.uuid4(), first_name="Frida", last_name="Früher")
        s.add(person)
        s.add(Membership(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                         person_id=person.id, role=MemberRole.CHAIR,
                         valid_from=date(2020, 1, 1), valid_to=date(2021, 12, 31)))
        m = _measure(s)
        with pytest.raises(BudgetError, match="Genehmigt von"):
            book_payment(s, measure_id=m, year=2025, amount_cents=5_000_00, on=date(2025, 3, 1),
                         override=Override("weil", "Frida", person.id))


def test_agreement_up_to_decided_amount_needs_no_new_money(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=5_000_00, note="")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=5_000_00,
                        start=date(2025, 1, 1), end=date(2025, 12, 31))
        assert available_cents(s, NW, 2025) == 0
        book_agreement(s, measure_id=m, agreement_id=None, amount_cents=4_000_00,
                       start=date(2025, 1, 1), end=date(2025, 12, 31))
        f = figures_for(s, NW, 2025)
        # The agreement releases the decided money it does not cover (bound = agreed).
        assert (f.committed, f.agreed, f.available) == (4_000_00, 4_000_00, 1_000_00)
        # Releasing the rest of the decision frees nothing more.
        release_commitment(s, measure_id=m, reason="Vereinbarung geringer")
        f = figures_for(s, NW, 2025)
        assert (f.committed, f.agreed, f.available) == (0, 4_000_00, 1_000_00)
        with pytest.raises(BudgetExceededError):
            book_agreement(s, measure_id=m, agreement_id=None, amount_cents=2_000_00,
                           start=date(2025, 1, 1), end=date(2025, 12, 31))


def test_release_after_withdrawal_frees_everything(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="")
        set_budget(s, region_id=NW, year=2026, amount_cents=10_000_00, note="")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=6_000_00,
                        start=date(2025, 7, 1), end=date(2026, 6, 30))
        ids = release_commitment(s, measure_id=m, reason="Maßnahme zurückgezogen")
        assert len(ids) == 2  # one per budget year
        assert available_cents(s, NW, 2025) == 10_000_00
        assert release_commitment(s, measure_id=m, reason="nochmal") == []


def test_payments_and_returns(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="")
        m = _measure(s)
        book_agreement(s, measure_id=m, agreement_id=None, amount_cents=8_000_00,
                       start=date(2025, 1, 1), end=date(2025, 12, 31))
        book_payment(s, measure_id=m, year=2025, amount_cents=8_000_00)
        book_return(s, measure_id=m, year=2025, amount_cents=1_500_00)
        f = figures_for(s, NW, 2025)
        assert (f.paid, f.returned, f.available) == (8_000_00, 1_500_00, 3_500_00)
        with pytest.raises(BudgetError, match="Rückfluss"):
            book_return(s, measure_id=m, year=2025, amount_cents=7_000_00)


def test_entries_are_append_only(db: Database) -> None:
    with db.write() as s:
        entry_id = set_budget(s, region_id=NW, year=2025, amount_cents=1_000_00, note="")
    assert entry_id is not None
    with pytest.raises(AppendOnlyError), db.write() as s:
        entry = s.get(BudgetEntry, entry_id)
        assert entry is not None
        entry.amount_cents = 2_000_00
    with pytest.raises(AppendOnlyError), db.write() as s:
        entry = s.get(BudgetEntry, entry_id)
        s.delete(entry)
    with db.session() as s:
        assert allocation_cents(s, NW, 2025) == 1_000_00


def test_set_budget_records_changes(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=100_000_00, note="Erstzuweisung")
        set_budget(s, region_id=NW, year=2025, amount_cents=120_000_00, note="Nachtrag")
        assert set_budget(s, region_id=NW, year=2025, amount_cents=120_000_00, note="") is None
    with db.session() as s:
        history = budget_history(s, NW, 2025)
        assert [(h.change_cents, h.allocation_cents, h.note) for h in history] == [
            (100_000_00, 100_000_00, "Erstzuweisung"), (20_000_00, 120_000_00, "Nachtrag")]
        assert history[0].by == "testerin"


def test_lowering_budget_below_bound_money_is_refused(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=8_000_00,
                        start=date(2025, 1, 1), end=date(2025, 12, 31))
        with pytest.raises(BudgetExceededError):
            set_budget(s, region_id=NW, year=2025, amount_cents=5_000_00, note="Kürzung")
        chair = _person(s, "Anke", "Vorsitz", MemberRole.CHAIR)
        set_budget(s, region_id=NW, year=2025, amount_cents=5_000_00, note="Kürzung",
                   override=Override("Haushaltssperre", "Anke Vorsitz", chair))
        assert available_cents(s, NW, 2025) == -3_000_00


def test_budget_only_for_regions(db: Database) -> None:
    with db.write() as s, pytest.raises(BudgetError, match="Regionalraum"):
        set_budget(s, region_id=area_uuid("D"), year=2025, amount_cents=1, note="")


def test_correction_is_a_new_entry(db: Database) -> None:
    with db.write() as s:
        first = set_budget(s, region_id=NW, year=2025, amount_cents=1_000_00, note="")
        assert first is not None
        fix = book_correction(s, entry_id=first, amount_cents=-100_00, reason="Tippfehler")
        entry = s.get(BudgetEntry, fix)
        assert entry is not None and entry.corrects_id == first and entry.figure == "total"
        assert allocation_cents(s, NW, 2025) == 900_00
        assert figures_for(s, NW, 2025).total == 900_00


def test_commitment_is_idempotent_per_decision(db: Database) -> None:
    from sro_desktop.models import Decision

    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="")
        m = _measure(s)
        d = Decision(id=uuid.uuid4(), number="LG-NW-2025-B-001", outcome="approved",
                     decided_on=date(2025, 2, 1), measure_id=m)
        s.add(d)
        s.flush()
        first = book_commitment(s, measure_id=m, decision_id=d.id, amount_cents=1_000_00,
                                start=date(2025, 3, 1), end=date(2025, 9, 30))
        again = book_commitment(s, measure_id=m, decision_id=d.id, amount_cents=1_000_00,
                                start=date(2025, 3, 1), end=date(2025, 9, 30))
        assert first == again
        entry = s.get(BudgetEntry, first[0])
        assert entry is not None
        assert entry.entry_date == date(2025, 2, 1) and "LG-NW-2025-B-001" in entry.reason


def test_carry_over_needs_setting_and_moves_the_rest(db: Database) -> None:
    with db.write() as s:
        set_budget(s, region_id=NW, year=2025, amount_cents=10_000_00, note="")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=4_000_00,
                        start=date(2025, 1, 1), end=date(2025, 12, 31))
        after_year = date(2026, 1, 2)
        with pytest.raises(BudgetError, match="ausgeschaltet"):
            carry_over(s, region_id=NW, year=2025, as_of=after_year)
        set_carry_over_allowed(s, True)
        assert s.get(Setting, "budget.carry_over_allowed") is not None
        ids = carry_over(s, region_id=NW, year=2025, as_of=after_year)
        assert len(ids) == 2
        assert available_cents(s, NW, 2025) == 0
        assert figures_for(s, NW, 2026).total == 6_000_00
        assert {s.get(BudgetEntry, i).entry_date for i in ids} == {after_year}  # type: ignore[union-attr]
        with pytest.raises(BudgetError, match="kein Rest"):
            carry_over(s, region_id=NW, year=2025, as_of=after_year)


def test_carry_over_only_after_the_year_has_ended(db: Database) -> None:
    with db.write() as s:
        set_carry_over_allowed(s, True)
        set_budget(s, region_id=NW, year=2027, amount_cents=10_000_00, note="")
        # 07.12.2026: the year 2027 has not even started; 31.12.2027 is still inside it.
        for day in (date(2026, 12, 7), date(2027, 12, 31)):
            with pytest.raises(BudgetError) as refused:
                carry_over(s, region_id=NW, year=2027, as_of=day)
            assert str(refused.value) == (
                "Übertrag: Das Haushaltsjahr 2027 ist noch nicht abgeschlossen; sein Rest kann "
                "erst ab dem 01.01.2028 übertragen werden.")
        # Without a date, today counts (the year 2099 has not ended yet).
        set_budget(s, region_id=NW, year=2099, amount_cents=1_000_00, note="")
        with pytest.raises(BudgetError, match=r"erst ab dem 01\.01\.2100"):
            carry_over(s, region_id=NW, year=2099)
        assert figures_for(s, NW, 2028).total == 0
        ids = carry_over(s, region_id=NW, year=2027, as_of=date(2028, 1, 1))
        assert len(ids) == 2 and figures_for(s, NW, 2028).total == 10_000_00


def test_switching_carry_over_is_in_the_audit_log(db: Database) -> None:
    with db.write() as s:
        assert set_carry_over_allowed(s, True, user="Verwaltung") is True
        assert set_carry_over_allowed(s, True) is False  # unchanged: nothing logged
        assert set_carry_over_allowed(s, False) is True
    with db.session() as s:
        rows = s.execute(select(AuditEntry.user, AuditEntry.old, AuditEntry.new)
                         .where(AuditEntry.entity == "settings",
                                AuditEntry.entity_id == "budget.carry_over_allowed")).all()
    assert sorted(tuple(r) for r in rows) == [("Verwaltung", "false", "true"),
                                              ("testerin", "true", "false")]


def test_cli_summary_for_region_and_city(db: Database) -> None:
    with db.write() as s:
        for code in ("RR-NW", "RR-W", "RR-M", "RR-NO"):
            set_budget(s, region_id=area_uuid(code), year=2026, amount_cents=50_000_00, note="")
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=1_234_56,
                        start=date(2026, 1, 1), end=date(2026, 12, 31))
    with db.session() as s:
        one = cli_summary(s, "rr-nw", 2026)
        city = cli_summary(s, "HRO", 2026)
        with pytest.raises(BudgetError, match="Kein Regionalraum"):
            cli_summary(s, "ZZ", 2026)
    assert one["total_cents"] == 50_000_00
    assert one["committed_cents"] == 1_234_56
    assert one["available_cents"] == 50_000_00 - 1_234_56
    assert {"region", "year", "agreed_cents", "paid_cents", "returned_cents"} <= one.keys()
    assert city["total_cents"] == 200_000_00
    assert city["available_cents"] == 200_000_00 - 1_234_56


def test_bulk_inserts_without_figure_get_it_from_the_kind(db: Database) -> None:
    from sqlalchemy import insert

    with db.write() as s:
        budget_id = ensure_budget(s, NW, 2025).id
        first, fix = uuid.uuid4(), uuid.uuid4()
        table = BudgetEntry.__table__
        s.execute(insert(table).values(id=first, budget_id=budget_id, kind="allocation",
                                       entry_date=date(2025, 1, 2), amount_cents=500_00))
        s.execute(insert(table).values(id=fix, budget_id=budget_id, kind="correction",
                                       corrects_id=first, entry_date=date(2025, 1, 3),
                                       amount_cents=-100_00))
        s.execute(insert(table).values(id=uuid.uuid4(), budget_id=budget_id, kind="release",
                                       entry_date=date(2025, 1, 3), amount_cents=-1))
        figures = dict(s.execute(select(BudgetEntry.id, BudgetEntry.figure)).all())
    assert figures[first] == "total" and figures[fix] == "total"
    assert sorted(figures.values()) == ["committed", "total", "total"]
    with db.session() as s:
        assert figures_for(s, NW, 2025).total == 400_00
