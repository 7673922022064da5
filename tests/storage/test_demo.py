"""The synthetic demo data: counts, the domain's hard rules, the ledger, numbers, determinism."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sro_desktop.models import (
    POSITIVE_OUTCOMES,
    VOTING_ROLES,
    AgendaItem,
    Agreement,
    AuditEntry,
    Ballot,
    Base,
    Body,
    Budget,
    BudgetEntry,
    CostLine,
    Decision,
    Exclusion,
    FundingLine,
    Measure,
    MeasurePeriod,
    Meeting,
    Membership,
    NumberSequence,
    Person,
    StatusChange,
    Vote,
)
from sro_desktop.services.budget.ledger import available_cents
from sro_desktop.services.measures.numbering import next_number
from sro_desktop.services.measures.periods import latest_end
from sro_desktop.services.measures.rules import SOURCE_STATES
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.demo import DemoError, DemoStats, generate_demo
from sro_desktop.storage.demo_budget import available_by_day
from sro_desktop.storage.seed import seed_rostock

END_YEAR = 2025
AS_OF = date(2026, 11, 26)


def _seeded(path: Path) -> Database:
    db = Database(make_engine(path))
    Base.metadata.create_all(db.engine)
    with db.write() as s:
        seed_rostock(s)
    return db


@pytest.fixture(scope="module")
def one_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoStats]]:
    """One demo year on a freshly seeded database (shared by the read-only tests)."""
    db = _seeded(tmp_path_factory.mktemp("demo1") / "demo.sqlite")
    stats = generate_demo(db, years=1, seed=7, end_year=END_YEAR)
    yield db, stats
    db.close()


@pytest.fixture(scope="module", params=[
    pytest.param((END_YEAR, None), id="to-31-december"),
    pytest.param((None, AS_OF), id="to-a-day-in-november"),
])
def three_years_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                    ) -> Iterator[tuple[Database, DemoStats]]:
    """Three demo years: long enough for extensions, closing, returns and archiving.

    Once up to the end of a past year, once up to a day within the year, where measures,
    meetings and the ledger stop halfway.
    """
    end_year, as_of = request.param
    db = _seeded(tmp_path_factory.mktemp("demo3") / "demo.sqlite")
    stats = generate_demo(db, years=3, seed=11, end_year=end_year, as_of=as_of)
    yield db, stats
    db.close()


@pytest.fixture(scope="module")
def three_years(three_years_run: tuple[Database, DemoStats]) -> Database:
    """The database of :func:`three_years_run`."""
    return three_years_run[0]


def test_one_year_counts_are_in_range(one_year: tuple[Database, DemoStats]) -> None:
    db, stats = one_year
    assert (stats.first_year, stats.last_year) == (END_YEAR, END_YEAR)
    with db.session() as s:
        held = Counter(
            kind for kind, in s.execute(
                select(Body.kind).join(Meeting, Meeting.body_id == Body.id)
                .where(Meeting.status != "planned"))
        )
        per_meeting = s.execute(
            select(func.count(AgendaItem.id))
            .join(Meeting, Meeting.id == AgendaItem.meeting_id).join(Body)
            .where(Body.kind == "stadtteiltisch", Meeting.status != "planned")
            .group_by(Meeting.id)
        ).scalars().all()
        measures = s.scalar(select(func.count()).select_from(Measure))
        decisions = s.scalar(select(func.count()).select_from(Decision))
    # Per year: 10 Stadtteiltische and 6 Sozialraumteams per Sozialraum, 6 Lenkungsgruppen
    # per Regionalraum.
    assert held == {"stadtteiltisch": 210, "sozialraumteam": 126, "lenkungsgruppe": 24}
    assert min(per_meeting) >= 5 and max(per_meeting) <= 10
    assert 4 * 17 <= measures <= 4 * 23
    assert measures == stats.measures and decisions == stats.decisions
    assert 40 <= decisions <= measures
    assert stats.concerns >= 210 and stats.tasks >= 210
    assert stats.attendances > 2000 and stats.budget_entries > 100
    assert stats.organizations > 50 and stats.people > 200


def test_funding_equals_costs_for_every_measure(three_years: Database) -> None:
    with three_years.session() as s:
        costs = dict(s.execute(select(CostLine.measure_id, func.sum(CostLine.amount_cents))
                               .group_by(CostLine.measure_id)).all())
        funds = dict(s.execute(select(FundingLine.measure_id, func.sum(FundingLine.amount_cents))
                               .group_by(FundingLine.measure_id)).all())
        srae = dict(s.execute(select(FundingLine.measure_id, func.sum(FundingLine.amount_cents))
                              .where(FundingLine.kind == "srae")
                              .group_by(FundingLine.measure_id)).all())
        measures = s.execute(select(Measure.id, Measure.requested_cents)).all()
    assert measures
    for measure_id, requested in measures:
        assert costs[measure_id] == funds[measure_id]
        assert requested == srae[measure_id]
        assert 300_000 <= costs[measure_id] <= 12_000_000


def test_periods_respect_the_12_and_24_month_rules(three_years: Database) -> None:
    periods: dict[object, list[MeasurePeriod]] = defaultdict(list)
    with three_years.session() as s:
        for p in s.scalars(select(MeasurePeriod).order_by(MeasurePeriod.sequence)):
            periods[p.measure_id].append(p)
        extended = s.scalar(select(func.count()).where(Measure.extended.is_(True)))
    assert periods and extended
    for items in periods.values():
        assert len(items) <= 2
        assert [p.kind for p in items][: 1] == ["initial"]
        assert sum(p.kind == "extension" for p in items) <= 1
        for p in items:
            assert p.end_date <= latest_end(p.start_date, 12)
        assert items[-1].end_date <= latest_end(items[0].start_date, 24)
        if len(items) == 2:
            assert items[1].start_date > items[0].end_date


def test_status_history_follows_the_lifecycle(three_years: Database) -> None:
    with three_years.session() as s:
        changes = s.scalars(select(StatusChange).order_by(StatusChange.at)).all()
        status = dict(s.execute(select(Measure.id, Measure.status)).all())
        evaluated_before_extension = s.execute(text(
            "SELECT count(*) FROM status_changes e WHERE e.action = 'extend' AND NOT EXISTS ("
            " SELECT 1 FROM status_changes r WHERE r.measure_id = e.measure_id"
            " AND r.action = 'record_evaluation' AND r.at < e.at)")).scalar_one()
    chains: dict[object, list[StatusChange]] = defaultdict(list)
    for change in changes:
        chains[change.measure_id].append(change)
    seen = Counter(c.action for c in changes)
    assert {"create", "submit", "discuss", "put_on_agenda", "decide", "agree", "start",
            "request_evaluation", "record_evaluation", "extend", "close", "archive"} <= set(seen)
    for measure_id, chain in chains.items():
        assert chain[0].action == "create" and chain[0].from_status == ""
        for before, after in itertools.pairwise(chain):
            assert after.from_status == before.to_status
            assert after.at > before.at
        for change in chain[1:]:
            assert change.from_status in SOURCE_STATES[change.action], change.action
        assert chain[-1].to_status == status[measure_id]
    assert evaluated_before_extension == 0


def test_agreements_follow_positive_decisions(three_years: Database) -> None:
    with three_years.session() as s:
        pairs = s.execute(select(Agreement.amount_cents, Decision.outcome, Decision.amount_cents)
                          .join(Decision, Decision.id == Agreement.decision_id)).all()
        orphans = s.scalar(select(func.count()).where(Agreement.decision_id.is_(None)))
    assert pairs and orphans == 0
    for agreed, outcome, decided in pairs:
        assert outcome in POSITIVE_OUTCOMES
        assert 0 < agreed <= decided


def test_budgets_are_never_overdrawn(three_years_run: tuple[Database, DemoStats]) -> None:
    three_years, stats = three_years_run
    last = stats.last_year
    with three_years.session() as s:
        budgets = s.execute(select(Budget.id, Budget.area_id, Budget.year)).all()
        years: dict[object, set[int]] = defaultdict(set)
        for _, region_id, year in budgets:
            years[region_id].add(year)
        # Every demo year and the next one (planned ahead); a period may reach one further.
        assert len(years) == 4
        for found in years.values():
            assert set(range(last - 2, last + 2)) <= found <= set(range(last - 2, last + 3))
        kinds = set(s.scalars(select(BudgetEntry.kind).distinct()))
        for budget_id, region_id, year in budgets:
            lines = s.execute(
                select(BudgetEntry.entry_date, BudgetEntry.measure_id, BudgetEntry.figure,
                       BudgetEntry.amount_cents).where(BudgetEntry.budget_id == budget_id)
            ).all()
            series = list(available_by_day(lines))
            assert min(value for _, value in series) >= 0, (year, series)
            # The budget services compute the same final figure from the same ledger.
            assert series[-1][1] == available_cents(s, region_id, year)
        releases = s.scalars(select(BudgetEntry.amount_cents).where(
            BudgetEntry.kind == "release")).all()
    assert {"allocation", "commitment", "agreement", "payment"} <= kinds
    assert all(amount < 0 for amount in releases)


def test_numbers_are_unique_and_sequences_continue(
        three_years_run: tuple[Database, DemoStats]) -> None:
    three_years, stats = three_years_run
    with three_years.session() as s:
        measure_numbers = s.scalars(select(Measure.number)).all()
        decision_numbers = s.scalars(select(Decision.number)).all()
        sequences = dict(s.execute(select(NumberSequence.key, NumberSequence.last_value)).all())
    assert len(set(measure_numbers)) == len(measure_numbers)
    assert len(set(decision_numbers)) == len(decision_numbers)
    assert all(re.fullmatch(r"SRAE-(NW|W|M|NO)-20\d\d-\d{3}", n) for n in measure_numbers)
    assert all(re.fullmatch(r"LG-(NW|W|M|NO)-20\d\d-B-\d{3}", n) for n in decision_numbers)
    highest: dict[str, int] = {}
    for number in [*measure_numbers, *decision_numbers]:
        prefix, _, value = number.rpartition("-")
        highest[prefix] = max(highest.get(prefix, 0), int(value))
    assert sequences == highest
    with three_years.session() as s:
        key = f"SRAE-NW-{stats.last_year}"
        assert next_number(s, key) == f"{key}-{highest[key] + 1:03d}"
        s.rollback()


def test_votes_exclusions_and_quorum(three_years: Database) -> None:
    with three_years.session() as s:
        votes = s.scalars(select(Vote)).all()
        ballots = Counter(s.scalars(select(Ballot.vote_id)))
        excluded = defaultdict(set)
        for item_id, person_id in s.execute(select(Exclusion.agenda_item_id,
                                                   Exclusion.person_id)):
            excluded[item_id].add(person_id)
        voters = defaultdict(set)
        for vote_id, person_id in s.execute(select(Ballot.vote_id, Ballot.person_id)):
            voters[vote_id].add(person_id)
        modes = Counter(v.mode for v in votes)
    assert votes and excluded and set(modes) == {"counts", "named", "consensus"}
    for vote in votes:
        assert vote.yes + vote.no + vote.abstain == vote.present_voting
        assert vote.present_voting >= 3
        assert vote.accepted == (vote.yes > vote.no)
        if vote.mode == "named":
            assert ballots[vote.id] == vote.present_voting
        assert not voters[vote.id] & excluded[vote.agenda_item_id]


def test_lenkungsgruppen_have_every_role(three_years: Database) -> None:
    with three_years.session() as s:
        rows = s.execute(select(Body.name, Membership.role, Membership.substitute_for_id)
                         .join(Membership, Membership.body_id == Body.id)
                         .where(Body.kind == "lenkungsgruppe")).all()
    roles: dict[str, set[str]] = defaultdict(set)
    for name, role, substitute_for in rows:
        roles[name].add(role)
        assert (role == "substitute") == (substitute_for is not None)
    assert len(roles) == 4
    for found in roles.values():
        assert {"chair", "deputy_chair", "voting", "substitute", "advisory",
                "minute_taker"} <= found
        assert found >= VOTING_ROLES


def test_residents_are_counted_never_named(one_year: tuple[Database, DemoStats]) -> None:
    db, _ = one_year
    with db.session() as s:
        unattached = s.scalar(select(func.count()).where(Person.organization_id.is_(None)))
        residents = s.execute(select(Meeting.resident_count).join(Body)
                              .where(Body.kind == "stadtteiltisch",
                                     Meeting.status != "planned")).scalars().all()
    assert unattached == 0
    assert residents and min(residents) > 0


def test_foreign_keys_hold_and_no_audit_entries(one_year: tuple[Database, DemoStats]) -> None:
    db, _ = one_year
    with db.session() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def _content_hash(db: Database) -> str:
    digest = hashlib.sha256()
    tables = ("organizations", "people", "memberships", "meetings", "agenda_items", "concerns",
              "measures", "cost_lines", "decisions", "votes", "budget_entries",
              "status_changes")
    with db.engine.connect() as conn:
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_same_seed_gives_the_same_content(one_year: tuple[Database, DemoStats],
                                          tmp_path: Path) -> None:
    db, stats = one_year
    again = _seeded(tmp_path / "again.sqlite")
    other = _seeded(tmp_path / "other.sqlite")
    assert generate_demo(again, years=1, seed=7, end_year=END_YEAR) == stats
    generate_demo(other, years=1, seed=8, end_year=END_YEAR)
    assert _content_hash(again) == _content_hash(db)
    assert _content_hash(other) != _content_hash(db)
    again.close()
    other.close()


def test_demo_needs_the_seed_and_a_fresh_database(one_year: tuple[Database, DemoStats],
                                                  tmp_path: Path) -> None:
    db, _ = one_year
    with pytest.raises(DemoError, match="bereits Sitzungen"):
        generate_demo(db, years=1, seed=1, end_year=END_YEAR)
    empty = Database(make_engine(tmp_path / "empty.sqlite"))
    Base.metadata.create_all(empty.engine)
    with pytest.raises(DemoError, match="Rostock-Grunddaten"):
        generate_demo(empty, years=1, seed=1, end_year=END_YEAR)
    with pytest.raises(DemoError, match="Jahre"):
        generate_demo(empty, years=0, seed=1, end_year=END_YEAR)
    empty.close()
