"""The application rules: each names the field and the rule in German."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from sro_desktop.models import AreaLevel
from sro_desktop.services.measures import (
    AreaInfo,
    CostLineData,
    MeasureData,
    TargetGroupData,
    save_blockers,
    validate,
)

REGION_A, REGION_B = uuid.uuid4(), uuid.uuid4()
SPACE_A, SPACE_B, QUARTER_A = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
AREAS = {
    REGION_A: AreaInfo(REGION_A, "RR-NW", "Nordwest", AreaLevel.REGION, None, REGION_A, "Nordwest"),
    REGION_B: AreaInfo(REGION_B, "RR-M", "Mitte", AreaLevel.REGION, None, REGION_B, "Mitte"),
    SPACE_A: AreaInfo(SPACE_A, "D", "Groß Klein", AreaLevel.SOCIAL_SPACE, REGION_A, REGION_A,
                      "Nordwest"),
    SPACE_B: AreaInfo(SPACE_B, "L", "Südstadt", AreaLevel.SOCIAL_SPACE, REGION_B, REGION_B,
                      "Mitte"),
    QUARTER_A: AreaInfo(QUARTER_A, "D1", "Ortsteil", AreaLevel.QUARTER, SPACE_A, REGION_A,
                        "Nordwest"),
}


def _valid() -> MeasureData:
    return MeasureData(
        title="Treff", provider_id=uuid.uuid4(), area_ids=(SPACE_A, QUARTER_A),
        start=date(2025, 2, 1), end=date(2026, 1, 31), requested_cents=1_000_000,
        own_cents=248_000, declarations_confirmed=True,
        cost_lines=(CostLineData(amount_cents=1_248_000),),
    )


def _messages(data: MeasureData) -> list[str]:
    return [i.message for i in validate(data, AREAS)]


def test_complete_application_has_no_issue() -> None:
    assert validate(_valid(), AREAS) == ()


def test_end_before_start() -> None:
    data = dataclasses.replace(_valid(), end=date(2025, 1, 31))
    assert _messages(data) == [
        "Ende: Das Ende (31.01.2025) liegt vor dem Beginn (01.02.2025)."
    ]


def test_period_over_twelve_months_names_the_latest_end() -> None:
    data = dataclasses.replace(_valid(), end=date(2026, 2, 1))
    assert _messages(data) == [
        "Laufzeit: länger als 12 Monate (höchstens 12 Monate erlaubt; spätestes Ende bei "
        "Beginn 01.02.2025: 31.01.2026)."
    ]


def test_extended_measure_is_measured_against_24_months() -> None:
    data = dataclasses.replace(_valid(), extended=True, end=date(2027, 1, 31))
    assert validate(data, AREAS) == ()
    data = dataclasses.replace(data, end=date(2027, 2, 1))
    assert _messages(data)[0].startswith("Gesamtlaufzeit: länger als 24 Monate")


def test_financing_not_equal_to_costs_shows_the_difference() -> None:
    data = dataclasses.replace(_valid(), own_cents=0)
    assert _messages(data) == [
        "Finanzierungsplan: Einnahmen (10.000,00 €) und Ausgaben (12.480,00 €) sind nicht "
        "gleich; Differenz 2.480,00 € (die Einnahmen müssen den Ausgaben entsprechen)."
    ]


@pytest.mark.parametrize("cents", [0, -1])
def test_requested_money_must_be_positive(cents: int) -> None:
    data = dataclasses.replace(_valid(), requested_cents=cents,
                               cost_lines=(CostLineData(amount_cents=248_000 + cents),))
    issues = validate(data, AREAS)
    assert [i.message for i in issues] == [
        "Beantragte SRAE-Mittel: Der Betrag muss größer als 0,00 € sein."
    ]
    assert bool(save_blockers(issues)) is (cents < 0)


def test_missing_provider_and_area() -> None:
    data = dataclasses.replace(_valid(), provider_id=None, area_ids=())
    issues = validate(data, AREAS)
    assert [(i.field, i.message) for i in issues] == [
        ("provider_id", "Träger: Bitte einen Träger auswählen oder neu anlegen (Pflichtfeld)."),
        ("area_ids", "Gebiet: Bitte mindestens einen Sozialraum auswählen (Pflichtfeld)."),
    ]
    assert [i.field for i in save_blockers(issues)] == ["area_ids"]


def test_only_a_quarter_is_not_enough() -> None:
    data = dataclasses.replace(_valid(), area_ids=(QUARTER_A,))
    assert _messages(data)[0].startswith("Gebiet: Bitte mindestens einen Sozialraum")


def test_areas_of_two_regions() -> None:
    data = dataclasses.replace(_valid(), area_ids=(SPACE_A, SPACE_B))
    issues = validate(data, AREAS)
    assert [i.message for i in issues] == [
        "Gebiet: Die Gebiete liegen in zwei Regionalräumen (Mitte, Nordwest); eine Maßnahme "
        "gehört zu genau einem Regionalraum."
    ]
    assert issues[0].blocks_save


def test_missing_title_blocks_saving() -> None:
    issues = validate(dataclasses.replace(_valid(), title="  "), AREAS)
    assert [i.field for i in save_blockers(issues)] == ["title"]


def test_missing_dates_and_declarations() -> None:
    data = dataclasses.replace(_valid(), start=None, end=None, declarations_confirmed=False)
    assert [i.field for i in validate(data, AREAS)] == ["start", "end", "declarations_confirmed"]


def test_target_group_age_range() -> None:
    data = dataclasses.replace(_valid(), target_groups=(
        TargetGroupData(description="a"), TargetGroupData(age_min=18, age_max=12),
    ))
    assert _messages(data) == [
        "Zielgruppen: Zeile 2: Mindestalter (18) liegt über dem Höchstalter (12)."
    ]
    assert [i.row for i in validate(data, AREAS)] == [2]  # the form selects that row
