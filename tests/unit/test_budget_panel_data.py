"""What the panel shows: rows by Sozialraum and measure, city-wide sums, what-if, entries, CSV."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from sro_desktop.models import (
    AgendaItem,
    Base,
    BodyKind,
    Measure,
    MeasureStatus,
    Meeting,
    MemberRole,
    Membership,
    Person,
    measure_areas,
)
from sro_desktop.services.budget import (
    FIGURE_LABELS,
    MULTI_KEY,
    NONE_KEY,
    book_agreement,
    book_commitment,
    book_correction,
    book_payment,
    book_return,
    chairs_for_region,
    csv_file_name,
    entries_behind,
    list_entries,
    load_panel,
    panel_csv,
    set_budget,
    table_columns,
)
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import area_uuid, body_uuid, seed_rostock

NW = area_uuid("RR-NW")
YEAR = 2026
TODAY = date(2026, 3, 1)


@dataclass
class World:
    """The database and the ids the tests look at."""

    db: Database
    in_a: uuid.UUID
    in_d_quarter: uuid.UUID
    in_both: uuid.UUID
    pending: list[uuid.UUID]


def _measure(s: Session, number: str, areas: list[str], *, status: str = MeasureStatus.RUNNING,
             requested: int = 0, start: date | None = None, end: date | None = None
             ) -> uuid.UUID:
    m = Measure(id=uuid.uuid4(), number=number, title=f"Titel {number}", region_id=NW,
                status=status, requested_cents=requested, start=start, end=end)
    s.add(m)
    s.flush()
    for code in areas:
        s.execute(measure_areas.insert().values(measure_id=m.id, area_id=area_uuid(code)))
    return m.id


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db = Database(make_engine(tmp_path / "panel.sqlite"), user="testerin")
    Base.metadata.create_all(db.engine)
    year = (date(YEAR, 1, 1), date(YEAR, 12, 31))
    with db.write() as s:
        seed_rostock(s)
        set_budget(s, region_id=NW, year=YEAR, amount_cents=100_000_00, note="Zuweisung")
        set_budget(s, region_id=area_uuid("RR-NO"), year=YEAR, amount_cents=50_000_00, note="")
        in_a = _measure(s, "SRAE-NW-2026-001", ["A"])
        in_d_quarter = _measure(s, "SRAE-NW-2026-002", ["Q-D-gross-klein"])
        in_both = _measure(s, "SRAE-NW-2026-003", ["A", "D"])
        book_commitment(s, measure_id=in_a, decision_id=None, amount_cents=30_000_00,
                        start=year[0], end=year[1])
        book_agreement(s, measure_id=in_a, agreement_id=None, amount_cents=30_000_00,
                       start=year[0], end=year[1])
        book_payment(s, measure_id=in_a, year=YEAR, amount_cents=10_000_00)
        book_commitment(s, measure_id=in_d_quarter, decision_id=None, amount_cents=20_000_00,
                        start=year[0], end=year[1])
        book_commitment(s, measure_id=in_both, decision_id=None, amount_cents=10_000_00,
                        start=year[0], end=year[1])
        # Available: 100.000 − 30.000 − 20.000 − 10.000 = 40.000 €.
        p1 = _measure(s, "SRAE-NW-2026-010", ["A"], status=MeasureStatus.ON_AGENDA,
                      requested=30_000_00, start=date(YEAR, 7, 1), end=date(YEAR + 1, 6, 30))
        p2 = _measure(s, "SRAE-NW-2026-011", ["D"], status=MeasureStatus.ON_AGENDA,
                      requested=35_000_00, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31))
        p3 = _measure(s, "SRAE-NW-2026-012", ["D"], status=MeasureStatus.ON_AGENDA,
                      requested=45_000_00, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31))
        meeting = Meeting(id=uuid.uuid4(), body_id=body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW"),
                          date=TODAY + timedelta(days=7))
        s.add(meeting)
        for pos, mid in enumerate((p1, p2, p3), start=1):
            s.add(AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, position=pos,
                             number=f"5.{pos}", title="Antrag", measure_id=mid))
    yield World(db, in_a, in_d_quarter, in_both, [p1, p2, p3])
    db.close()


def test_figures_and_rows_by_sozialraum(world: World) -> None:
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY)
    assert data is not None
    f = data.figures
    assert (f.total, f.committed, f.agreed, f.paid, f.returned) == (
        100_000_00, 60_000_00, 30_000_00, 10_000_00, 0)
    assert f.available == 40_000_00
    assert (f.agreed_part, f.open_part) == (30_000_00, 30_000_00)
    rows = {r.key: r for r in data.by_area}
    assert rows[area_uuid("A")].figures.used == 30_000_00
    assert rows[area_uuid("D")].figures.used == 20_000_00  # via its Quartier
    assert rows[MULTI_KEY].figures.used == 10_000_00
    assert NONE_KEY not in rows
    assert rows[area_uuid("G")].figures.used == 0  # every Sozialraum of the region is listed
    assert sum(r.figures.used for r in data.by_area) == f.used
    assert sum(r.figures.committed for r in data.by_measure) == f.committed
    assert [r.label.split()[0] for r in data.by_measure] == [
        "SRAE-NW-2026-001", "SRAE-NW-2026-002", "SRAE-NW-2026-003"]
    assert data.measures_of[area_uuid("A")] == (world.in_a,)


def test_sozialraum_shows_its_region_highlighted(world: World) -> None:
    with world.db.session() as s:
        data = load_panel(s, area_uuid("D"), YEAR, today=TODAY)
        quarter = load_panel(s, area_uuid("Q-D-gross-klein"), YEAR, today=TODAY)
    assert data is not None and quarter is not None
    assert data.scope.region_ids == (NW,) and data.scope.highlight_name == "Groß Klein"
    assert [r.label for r in data.by_area if r.highlighted] == ["Groß Klein"]
    assert [r.key for r in data.by_measure if r.highlighted] == [world.in_d_quarter,
                                                                 world.in_both]
    assert quarter.scope.highlight_id == area_uuid("D")


def test_city_wide_view_sums_the_four_regions(world: World) -> None:
    with world.db.session() as s:
        city = load_panel(s, area_uuid("HRO"), YEAR, today=TODAY)
    assert city is not None and city.scope.city_wide
    assert city.figures.total == 150_000_00
    assert city.figures.available == 40_000_00 + 50_000_00
    assert len(city.by_area) == 4
    assert {r.label: r.figures.available for r in city.by_area}["Nordost (Arbeitstitel)"] \
        == 50_000_00
    assert sum(r.figures.total for r in city.by_area) == city.figures.total


def test_what_if_marks_applications_that_overdraw(world: World) -> None:
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY)
    assert data is not None
    w = data.what_if
    assert w.meeting_dates == (("", date(2026, 3, 8)),)
    rows = {r.measure_id: r for r in w.rows}
    p1, p2, p3 = (rows[m] for m in world.pending)
    # p1 runs July 2026 – June 2027: half of its money falls into 2026.
    assert p1.needed == 15_000_00 and p1.where == "TOP 5.1"
    assert (p1.available_alone, p1.available_cumulative) == (25_000_00, 25_000_00)
    assert (p2.available_alone, p2.available_cumulative) == (5_000_00, -10_000_00)
    assert not p2.overdraws_alone and p2.overdraws_cumulative
    assert p3.overdraws_alone and p3.available_alone == -5_000_00
    assert w.available_now == 40_000_00
    assert w.needed_total == 95_000_00 and w.available_after == -55_000_00


def test_what_if_without_meeting_uses_measures_on_agenda(world: World) -> None:
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY + timedelta(days=30))
    assert data is not None
    assert data.what_if.meeting_dates == ()
    assert {r.measure_id for r in data.what_if.rows} == set(world.pending)
    assert all(r.where.startswith("auf Tagesordnung") for r in data.what_if.rows)


def test_entries_behind_figures(world: World) -> None:
    with world.db.session() as s:
        committed = list_entries(s, [NW], YEAR, figure="committed")
        of_a = list_entries(s, [NW], YEAR, measure_ids=[world.in_a])
        everything = list_entries(s, [NW], YEAR)
    assert sum(e.amount for e in committed) == 60_000_00
    assert {e.kind_label for e in of_a} == {"Beschluss", "Vereinbarung", "Auszahlung"}
    assert len(everything) == 6 and everything[0].recorded_by == "testerin"


def test_chairs_for_override(world: World) -> None:
    with world.db.write() as s:
        body = body_uuid(BodyKind.LENKUNGSGRUPPE, "RR-NW")
        for first, role in (("Bea", MemberRole.DEPUTY_CHAIR), ("Anke", MemberRole.CHAIR),
                            ("Carl", MemberRole.VOTING)):
            p = Person(id=uuid.uuid4(), first_name=first, last_name="Muster")
            s.add(p)
            s.add(Membership(id=uuid.uuid4(), body_id=body, person_id=p.id, role=role))
        old = Person(id=uuid.uuid4(), first_name="Alt", last_name="Vorsitz")
        s.add(old)
        s.add(Membership(id=uuid.uuid4(), body_id=body, person_id=old.id, role=MemberRole.CHAIR,
                         valid_to=date(2020, 1, 1)))
    with world.db.session() as s:
        chairs = chairs_for_region(s, NW, TODAY)
    assert [c.label for c in chairs] == ["Anke Muster (Vorsitz)", "Bea Muster (stellv. Vorsitz)"]


def _euro(text: str) -> Decimal:
    """Read a German number the way Excel in German does."""
    return Decimal(text.replace(".", "").replace(",", "."))


def _read_csv(raw: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """The CSV read back the way a script would: DictReader, ``;``, utf-8-sig."""
    path = tmp_path / "budget.csv"
    path.write_bytes(raw)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


@pytest.mark.parametrize("mode", ["area", "measure"])
def test_csv_reads_back_with_german_settings(world: World, mode: str, tmp_path: Path) -> None:
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY)
    assert data is not None
    raw = panel_csv(data, mode)  # type: ignore[arg-type]
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _read_csv(raw, tmp_path)
    first = "Sozialraum" if mode == "area" else "Maßnahme"
    second = "Code" if mode == "area" else "Sozialraum"
    money = ["Beschlossen (€)", "Vereinbart (€)", "Ausgezahlt (€)", "Rückflüsse (€)",
             "Gebunden (€)"]
    # The header is the first line: exactly the table's columns, no title line before it.
    assert list(rows[0]) == [first, second, *money]
    body, summe = rows[:-1], rows[-1]
    assert summe[first] == "Summe"
    assert len(body) == len(data.by_area if mode == "area" else data.by_measure)
    for column in money:
        assert all("," in r[column] and "." not in r[column] for r in rows)
        assert sum(_euro(r[column]) for r in body) == _euro(summe[column])
    assert _euro(summe["Beschlossen (€)"]) == Decimal("60000.00")
    assert _euro(summe["Gebunden (€)"]) == Decimal("60000.00")
    if mode == "area":
        names = [r[first] for r in body]
        assert "Groß Klein" in names and "mehrere Sozialräume" in names
    # Excel expects CRLF line ends: header, rows and the sum line.
    assert io.StringIO(raw.decode("utf-8-sig"), newline="").read().count("\r\n") == len(rows) + 1
    assert csv_file_name(data, mode) == (
        "Budget_Regionalraum_Nordwest_Arbeitstitel_2026_"
        + ("nach_Sozialraum.csv" if mode == "area" else "nach_Maßnahme.csv"))


def test_city_wide_csv_has_total_and_available_per_region(world: World, tmp_path: Path) -> None:
    with world.db.session() as s:
        data = load_panel(s, area_uuid("HRO"), YEAR, today=TODAY)
    assert data is not None and data.scope.city_wide
    rows = _read_csv(panel_csv(data, "area"), tmp_path)
    assert list(rows[0]) == ["Regionalraum", "Code", "Gesamt (€)", "Beschlossen (€)",
                             "Vereinbart (€)", "Ausgezahlt (€)", "Rückflüsse (€)", "Gebunden (€)",
                             "Verfügbar (€)"]
    assert list(rows[0]) == [h if k in ("label", "detail") else f"{h} (€)" for k, h in (
        (k, {"label": "Regionalraum", "detail": "Code"}.get(k) or FIGURE_LABELS[k])
        for k in table_columns(data, "area"))]
    by_code = {r["Code"]: r for r in rows[:-1]}
    assert _euro(by_code["RR-NW"]["Gesamt (€)"]) == Decimal("100000.00")
    assert _euro(by_code["RR-NW"]["Verfügbar (€)"]) == Decimal("40000.00")
    assert _euro(by_code["RR-NO"]["Verfügbar (€)"]) == Decimal("50000.00")
    summe = rows[-1]
    assert summe["Regionalraum"] == "Summe"
    assert _euro(summe["Gesamt (€)"]) == Decimal("150000.00")
    assert _euro(summe["Verfügbar (€)"]) == Decimal("90000.00")
    assert csv_file_name(data, "area") == "Budget_aller_Regionalräume_2026_nach_Regionalraum.csv"


def test_entries_behind_every_figure_add_up_to_it(world: World) -> None:
    """Tiles and table cells: the counted amounts of the entries listed equal the figure."""
    with world.db.write() as s:
        # A return, so that Gebunden differs from the largest booked figure.
        book_return(s, measure_id=world.in_a, year=YEAR, amount_cents=4_000_00)
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY)
        assert data is not None
        f = data.figures
        assert (f.total, f.used, f.available) == (100_000_00, 56_000_00, 44_000_00)
        for key in ("total", "committed", "agreed", "paid", "returned", "used", "available"):
            behind = entries_behind(s, [NW], YEAR, key)
            assert behind.value == getattr(f, key) == sum(r.counts for r in behind.rows), key
        used = entries_behind(s, [NW], YEAR, "used")
        # Measure A binds its agreement (30.000 €, not also its decision), less the return.
        of_a = [r for r in used.rows if r.measure_id == world.in_a]
        assert sorted((r.kind, r.counts) for r in of_a) == [
            ("agreement", 30_000_00), ("return", -4_000_00)]
        assert (used.reserved, used.freed) == (60_000_00, 4_000_00)
        available = entries_behind(s, [NW], YEAR, "available")
        assert available.total == 100_000_00 and available.value == 44_000_00
        assert {r.kind: r.counts for r in available.rows}["allocation"] == 100_000_00
        # Every cell of the table by Sozialraum and by measure.
        for rows in (data.by_area, data.by_measure):
            for row in rows:
                measures = (data.measures_of.get(row.key, ()) if rows is data.by_area
                            else (row.key,))
                for key in ("committed", "agreed", "paid", "returned", "used"):
                    cell = entries_behind(s, [NW], YEAR, key, measure_ids=measures)
                    assert cell.value == getattr(row.figures, key), (row.label, key)
        # All entries of a row: the sums per figure, no meaningless total.
        row_a = entries_behind(s, [NW], YEAR, None, measure_ids=[world.in_a])
        assert row_a.sums == {"committed": 30_000_00, "agreed": 30_000_00,
                              "paid": 10_000_00, "returned": 4_000_00}


def test_returns_count_only_as_far_as_paid(world: World) -> None:
    """A payment corrected below its return: the return frees only what was paid."""
    with world.db.write() as s:
        book_return(s, measure_id=world.in_a, year=YEAR, amount_cents=6_000_00)
        payment = next(e for e in list_entries(s, [NW], YEAR, measure_ids=[world.in_a])
                       if e.kind == "payment")
        book_correction(s, entry_id=payment.id, amount_cents=-8_000_00, reason="Tippfehler")
    with world.db.session() as s:
        data = load_panel(s, NW, YEAR, today=TODAY)
        assert data is not None
        for key in ("used", "available"):
            behind = entries_behind(s, [NW], YEAR, key)
            assert behind.value == getattr(data.figures, key)
            assert sum(r.counts for r in behind.rows) == behind.value
        used = entries_behind(s, [NW], YEAR, "used")
        assert used.freed == 2_000_00  # paid 10.000 − 8.000; returned 6.000
        assert [r.counts for r in used.rows if r.kind == "return"] == [-2_000_00]
