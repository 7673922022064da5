"""What the payment, return and correction dialogs read: a measure's year, an entry's detail."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import Base, Measure
from sro_desktop.services.budget import (
    BudgetError,
    book_agreement,
    book_commitment,
    book_correction,
    book_payment,
    book_return,
    entry_detail,
    list_entries,
    measure_year,
    release_commitment,
    set_budget,
)
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import area_uuid, seed_rostock

NW = area_uuid("RR-NW")
YEAR = 2026
WHOLE_YEAR = {"start": date(YEAR, 1, 1), "end": date(YEAR, 12, 31)}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Rostock with 10.000 € for Nordwest in 2026."""
    database = Database(make_engine(tmp_path / "bookings.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
        set_budget(s, region_id=NW, year=YEAR, amount_cents=10_000_00, note="Zuweisung")
    yield database
    database.close()


def _measure(s: Session) -> uuid.UUID:
    m = Measure(id=uuid.uuid4(), number="SRAE-NW-2026-003", title="Sommerfest", region_id=NW)
    s.add(m)
    s.flush()
    return m.id


def test_measure_year_sums_and_what_a_payment_would_add(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=4_000_00, **WHOLE_YEAR)
        book_agreement(s, measure_id=m, agreement_id=None, amount_cents=3_000_00, **WHOLE_YEAR)
        book_payment(s, measure_id=m, year=YEAR, amount_cents=1_000_00, reason="1. Rate")
        book_return(s, measure_id=m, year=YEAR, amount_cents=200_00, reason="Rest")
        info = measure_year(s, m, YEAR)
        empty = measure_year(s, m, YEAR + 1)
    assert info.label == "SRAE-NW-2026-003 Sommerfest" and info.region_id == NW
    assert "Nordwest" in info.region
    assert (info.money.committed, info.money.agreed, info.money.paid, info.money.returned) == (
        3_000_00, 3_000_00, 1_000_00, 200_00)
    assert info.returnable == 800_00
    # 4.000 € decided, 3.000 € agreed (the agreement released the other 1.000 €), 1.000 € paid,
    # 200 € back: bound 2.800 €, 7.200 € available.
    assert info.available == 7_200_00
    # Paying within the agreed money binds nothing new; beyond it, the excess does.
    assert info.extra_for_payment(2_000_00) == 0
    assert info.extra_for_payment(3_000_00) == 1_000_00
    assert empty.money.paid == 0 and empty.available == 0 and empty.returnable == 0


def test_entry_detail_follows_corrections_of_corrections(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        payment = book_payment(s, measure_id=m, year=YEAR, amount_cents=1_000_00,
                               reason="Rate")
        assert payment is not None
        fix = book_correction(s, entry_id=payment, amount_cents=-100_00, reason="Tippfehler")
        assert fix is not None
        book_correction(s, entry_id=fix, amount_cents=50_00, reason="halb zurück")
        detail = entry_detail(s, payment)
        fix_detail = entry_detail(s, fix)
        with pytest.raises(BudgetError, match="Korrektur"):
            entry_detail(s, uuid.uuid4())
    assert detail.effective == 950_00 and detail.corrections == 2
    assert detail.row.kind_label == "Auszahlung" and detail.figure_label == "Ausgezahlt"
    assert detail.region_id == NW and detail.sign == 1
    assert fix_detail.effective == -50_00 and fix_detail.sign == 0


def test_release_has_a_negative_sign_and_entries_filter_by_id(db: Database) -> None:
    with db.write() as s:
        m = _measure(s)
        book_commitment(s, measure_id=m, decision_id=None, amount_cents=2_000_00, **WHOLE_YEAR)
        (release,) = release_commitment(s, measure_id=m, reason="Rücknahme")
        assert entry_detail(s, release).sign == -1
        rows = list_entries(s, [NW], YEAR, entry_ids=[release])
    assert [r.kind for r in rows] == ["release"] and rows[0].amount == -2_000_00
