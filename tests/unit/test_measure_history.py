"""The measure's change log reads like the form: names instead of ids, German money, dates and
labels, and never a raw column name."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_desktop.models import Area, Base, DecisionOutcome
from sro_desktop.services import budget
from sro_desktop.services import measures as m
from sro_desktop.services.measures.fields import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    FORM_FIELDS,
    RUNNING_EDITABLE,
)
from sro_desktop.services.measures.sample import sample_application
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.seed import seed_rostock

UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_engine(tmp_path / "history.sqlite"), user="testerin")
    Base.metadata.create_all(database.engine)
    with database.write() as s:
        seed_rostock(s)
    yield database
    database.close()


def _area(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(Area.id).where(Area.code == code)).one()


def _changed_and_decided(db: Database) -> tuple[uuid.UUID, list[m.AuditLine]]:
    """A measure moved from Groß Klein to Lütten Klein, given another Träger and more money,
    then decided (status and approved money change)."""
    with db.write() as s:
        for year in (2025, 2026):
            budget.set_budget(s, region_id=_area(db, "RR-NW"), year=year,
                              amount_cents=5_000_000, note="Test")
        data = sample_application(s)
        measure_id = m.save_measure(s, data).id
        assert measure_id is not None
        other = m.create_provider(s, name="Ärztehaus Rostock gGmbH")
    with db.write() as s:
        data = m.load_measure(s, measure_id)
        lines = tuple(dataclasses.replace(c, amount_cents=c.amount_cents + 10_000)
                      if i == 0 else c for i, c in enumerate(data.cost_lines))
        m.save_measure(s, dataclasses.replace(
            data, area_ids=(_area(db, "E"),), provider_id=other,
            requested_cents=data.requested_cents + 10_000, cost_lines=lines,
            final_report_due=date(2026, 2, 15)))
    with db.write() as s:
        m.submit(s, measure_id)
        m.discuss(s, measure_id)
        m.put_on_agenda(s, measure_id)
        m.record_decision(s, measure_id, outcome=DecisionOutcome.APPROVED,
                          decided_on=date(2025, 1, 20))
    with db.session() as s:
        children = [row.id for name in m.CHILD_TYPES
                    for row in getattr(m.load_measure(s, measure_id), name)]
        return measure_id, m.audit_trail(s, measure_id, children)


def _line(lines: list[m.AuditLine], field: str, **match: str) -> m.AuditLine:
    found = [line for line in lines if line.field == field
             and all(getattr(line, k) == v for k, v in match.items())]
    assert found, f"keine Zeile für {field} {match}: {[(x.field, x.new) for x in lines]}"
    return found[0]


def test_change_log_shows_names_money_dates_and_labels(db: Database) -> None:
    _, lines = _changed_and_decided(db)
    area = _line(lines, "Gebiet")
    assert (area.old, area.new) == ("Groß Klein (D)", "Lütten Klein (E)")
    provider = _line(lines, "Träger")
    assert (provider.old, provider.new) == ("Jugendhilfe Musterträger e. V.",
                                            "Ärztehaus Rostock gGmbH")
    requested = _line(lines, "Beantragte SRAE-Mittel")
    assert (requested.old, requested.new) == ("12.480,00 €", "12.580,00 €")
    approved = _line(lines, "Bewilligte SRAE-Mittel")
    assert approved.new == "12.580,00 €"
    due = _line(lines, "Abschlussbericht fällig")
    assert due.new == "15.02.2026" and re.fullmatch(r"\d\d\.\d\d\.\d{4}", due.old)
    cost = _line(lines, "Betrag", what="Kostenplan geändert")
    assert cost.new.endswith(" €") and "," in cost.new
    submitted = _line(lines, "Status", new="Eingereicht")
    assert submitted.old == "Entwurf" and submitted.value_kind == "status"
    assert _line(lines, "Status", new="Befürwortet").old == (
        "Auf Tagesordnung der Lenkungsgruppe")


def test_change_log_never_shows_raw_ids_or_column_names(db: Database) -> None:
    _, lines = _changed_and_decided(db)
    assert lines
    labels = set(FIELD_LABELS.values())
    for line in lines:
        assert not UUID.search(line.old) and not UUID.search(line.new), line
        assert line.field == "" or line.field in labels, line.field
    for column in ("status", "approved_cents", "number", "region_id", "next_deadline"):
        assert column in FIELD_LABELS


def test_log_only_labels_do_not_make_fields_editable() -> None:
    """Status, number and approved money are named for the log, but no form field."""
    for column in ("status", "approved_cents", "number"):
        assert column not in FORM_FIELDS and column not in EDITABLE_FIELDS
    assert RUNNING_EDITABLE <= EDITABLE_FIELDS
    assert set(FORM_FIELDS) <= {f.name for f in dataclasses.fields(m.MeasureData)}
