"""Ledger properties over random sequences of bookings (hypothesis).

1. The figures the services report always equal a recomputation from the raw entry rows.
2. The refusal rule holds for every sequence: a booking without override never leaves a year's
   available money negative and lower than before; a refused booking writes nothing.
3. Entries are append-only: earlier rows never change.
4. The entries behind every figure (tiles and every cell of the table by measure) add up to
   that figure, including the derived ones (Gebunden, Verfügbar).
5. An override is booked only with the region's chair (the ``overrides`` flag of an operation
   passes the chair's person id).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session

from sro_desktop.models import (
    Area,
    AreaLevel,
    Base,
    Body,
    BodyKind,
    Measure,
    MemberRole,
    Membership,
    Person,
)
from sro_desktop.services.budget import (
    BudgetError,
    BudgetExceededError,
    Override,
    book_agreement,
    book_commitment,
    book_correction,
    book_payment,
    book_return,
    cli_summary,
    entries_behind,
    figures_for,
    load_panel,
    release_commitment,
    set_budget,
)
from sro_desktop.storage.database import Database, make_engine

YEARS = (2025, 2026)


class _Rollback(Exception):
    """Ends an example without keeping its rows."""


# The chair of the test region's Lenkungsgruppe, who authorises the overrides.
CHAIR = uuid.UUID(int=77)


def _database(tmp_path: Path) -> tuple[Database, uuid.UUID, list[uuid.UUID]]:
    db = Database(make_engine(tmp_path / "props.sqlite"), user="testerin")
    Base.metadata.create_all(db.engine)
    region = uuid.uuid4()
    measures = [uuid.uuid4() for _ in range(3)]
    with db.write() as s:
        s.add(Area(id=uuid.uuid4(), level=AreaLevel.CITY, code="X", name="Stadt"))
        s.add(Area(id=region, level=AreaLevel.REGION, code="RR-T", name="Testregion"))
        for n, mid in enumerate(measures):
            s.add(Measure(id=mid, number=f"M-{n}", title=f"Maßnahme {n}", region_id=region))
        s.flush()
        body = Body(id=uuid.uuid4(), kind=BodyKind.LENKUNGSGRUPPE, area_id=region,
                    name="Lenkungsgruppe Test")
        s.add(body)
        s.add(Person(id=CHAIR, first_name="Anke", last_name="Vorsitz"))
        s.flush()
        s.add(Membership(id=uuid.uuid4(), body_id=body.id, person_id=CHAIR,
                         role=MemberRole.CHAIR))
    return db, region, measures


def _check_entries_reconcile(s: Session, region: uuid.UUID, year: int) -> None:
    """The entries behind every tile and every cell of the table by measure add up to it."""
    data = load_panel(s, region, year)
    assert data is not None
    f = data.figures
    for key in ("total", "committed", "agreed", "paid", "returned", "used", "available"):
        behind = entries_behind(s, [region], year, key)
        assert behind.value == getattr(f, key), key
        assert sum(r.counts for r in behind.rows) == behind.value, key
        assert all(r.counts for r in behind.rows), key
    for row in data.by_measure:
        for key in ("committed", "agreed", "paid", "returned", "used"):
            behind = entries_behind(s, [region], year, key, measure_ids=[row.key])
            assert behind.value == getattr(row.figures, key), (row.label, key)


def _recompute(s: Session, region: uuid.UUID, year: int) -> dict[str, int]:
    """The figures, from the raw rows and the formula written out again."""
    rows = s.execute(text(
        "SELECT e.figure, e.measure_id, e.amount_cents FROM budget_entries e "
        "JOIN budgets b ON b.id = e.budget_id WHERE b.area_id = :r AND b.year = :y"
    ), {"r": region.hex, "y": year}).all()
    sums: dict[str, int] = defaultdict(int)
    per: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for figure, measure, cents in rows:
        sums[figure] += cents
        if figure != "total":
            per[measure][figure] += cents
    used = 0
    for m in per.values():
        reserved = max(0, m["committed"], m["agreed"], m["paid"])
        used += reserved - min(max(0, m["returned"]), max(0, m["paid"]))
    return {"total": sums["total"], "committed": sums["committed"], "agreed": sums["agreed"],
            "paid": sums["paid"], "returned": sums["returned"], "available": sums["total"] - used}


def _snapshot(s: Session) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(text(
        "SELECT id, kind, figure, amount_cents, row_version FROM budget_entries ORDER BY id"))]


money = st.integers(min_value=1, max_value=1_500_000)
measure_index = st.integers(min_value=0, max_value=2)
year = st.sampled_from(YEARS)
operation = st.one_of(
    st.tuples(st.just("budget"), year, st.integers(min_value=0, max_value=6_000_000)),
    st.tuples(st.just("commit"), measure_index, st.integers(1, 12), st.integers(1, 12), money,
              st.booleans()),
    st.tuples(st.just("agree"), measure_index, st.integers(1, 12), st.integers(1, 12), money,
              st.booleans()),
    st.tuples(st.just("release"), measure_index),
    st.tuples(st.just("pay"), measure_index, year, money),
    st.tuples(st.just("return"), measure_index, year, money),
    st.tuples(st.just("correct"), st.integers(0, 50), st.integers(-500_000, 500_000),
              st.booleans()),
)


def _apply(s: Session, op: tuple[Any, ...], region: uuid.UUID, measures: list[uuid.UUID],
           entry_ids: list[uuid.UUID]) -> tuple[list[uuid.UUID], bool]:
    """Run one operation; returns the new entry ids and whether it was an override."""
    kind = op[0]
    if kind == "budget":
        new = set_budget(s, region_id=region, year=op[1], amount_cents=op[2], note="Test")
        return ([new] if new else []), False
    if kind in ("commit", "agree"):
        _, m, start_month, months, cents, override = op
        start = date(2025, start_month, 1)
        end_month = start_month + months - 1
        end = date(2025 + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 28)
        fn = book_commitment if kind == "commit" else book_agreement
        extra = {"decision_id": None} if kind == "commit" else {"agreement_id": None}
        ids = fn(s, measure_id=measures[m], amount_cents=cents, start=start, end=end,
                 override_reason="Vorsitz genehmigt" if override else None,
                 authorized_person_id=CHAIR if override else None, **extra)
        return ids, override
    if kind == "release":
        return release_commitment(s, measure_id=measures[op[1]], reason="Rücknahme"), False
    if kind == "pay":
        new = book_payment(s, measure_id=measures[op[1]], year=op[2], amount_cents=op[3])
        return ([new] if new else []), False
    if kind == "return":
        new = book_return(s, measure_id=measures[op[1]], year=op[2], amount_cents=op[3])
        return ([new] if new else []), False
    _, index, delta, override = op
    if not entry_ids:
        return [], False
    new = book_correction(s, entry_id=entry_ids[index % len(entry_ids)], amount_cents=delta,
                          reason="Korrektur",
                          override=Override("Vorsitz genehmigt", "", CHAIR) if override
                          else None)
    return ([new] if new else []), override


def test_random_sequences_keep_sums_and_the_refusal_rule(tmp_path: Path) -> None:
    db, region, measures = _database(tmp_path)

    @settings(max_examples=100, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(ops=st.lists(operation, min_size=1, max_size=25))
    def run(ops: list[tuple[Any, ...]]) -> None:
        try:
            with db.write() as s:
                entry_ids: list[uuid.UUID] = []
                for op in ops:
                    before = {y: _recompute(s, region, y)["available"] for y in YEARS}
                    rows_before = _snapshot(s)
                    try:
                        new, override = _apply(s, op, region, measures, entry_ids)
                    except BudgetExceededError as exc:
                        assert _snapshot(s) == rows_before, "a refused booking wrote rows"
                        assert exc.shortfall > 0 and exc.available - exc.needed < 0
                        event(f"refused {op[0]}")
                        continue
                    except BudgetError:
                        assert _snapshot(s) == rows_before
                        continue
                    # Append-only: every earlier row is still there, unchanged.
                    assert set(rows_before) <= set(_snapshot(s))
                    event(f"booked {op[0]}{' (override)' if override else ''}")
                    entry_ids.extend(new)
                    for y in YEARS:
                        after = _recompute(s, region, y)
                        f = figures_for(s, region, y)
                        assert (f.total, f.committed, f.agreed, f.paid, f.returned,
                                f.available) == tuple(after.values())
                        assert f.agreed_part + f.open_part + f.available == f.total
                        if not override:
                            assert after["available"] >= 0 or after["available"] >= before[y], (
                                op, before[y], after["available"])
                        _check_entries_reconcile(s, region, y)
                for y in YEARS:
                    summary = cli_summary(s, "RR-T", y)
                    assert summary["available_cents"] == _recompute(s, region, y)["available"]
                raise _Rollback
        except _Rollback:
            pass

    run()
    db.close()
