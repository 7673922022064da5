"""The data-protection hint: private phone numbers and addresses in notes (warn only)."""

from __future__ import annotations

import pytest

from sro_desktop.services.meetings import find_private_data, privacy_warning


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bitte Frau K. anrufen: 0381 1234567.", "0381 1234567"),
        ("Handy +49 171 2345678", "+49 171 2345678"),
        ("Tel. 0381/4567890", "0381/4567890"),
        ("(0381) 12 34 56", "(0381) 12 34 56"),
        ("0049 (0)381 123456", "0049 (0)381 123456"),
        ("wohnt Hauptstraße 12", "Hauptstraße 12"),
        ("Kopernikusstr. 5a", "Kopernikusstr. 5a"),
        ("Lange Straße 3", "Lange Straße 3"),
        ("Frau Meier, Lange Straße 5", "Lange Straße 5"),
        ("am Gerüstweg 3", "Gerüstweg 3"),
        ("Doberaner Platz 1", "Doberaner Platz 1"),
        ("am Platz 1", "Platz 1"),
        ("in 18106 Rostock", "18106 Rostock"),
    ],
)
def test_finds_phone_numbers_and_addresses(text: str, found: str) -> None:
    hits = find_private_data(text)
    assert [h.text for h in hits] == [found]
    assert text[hits[0].start : hits[0].end] == found


@pytest.mark.parametrize(
    "text",
    [
        "Treffen am 14.01.2025 um 14:00 Uhr",
        "Es kamen 23 Bewohner*innen und 12 Kinder.",
        "Budget 12000 Euro, Kosten 12.480,00 €",
        "Maßnahme SRAE-NW-2026-007 läuft bis 2026",
        "Die Straße ist zu laut.",
    ],
)
def test_leaves_ordinary_minutes_alone(text: str) -> None:
    assert find_private_data(text) == []
    assert privacy_warning(text) is None


def test_warning_names_the_finding_and_the_rule() -> None:
    message = privacy_warning("Herr M., Hauptstraße 12, Tel. 0381 1234567")
    assert message is not None
    assert message.startswith("Datenschutz: „Hauptstraße 12“ sieht nach einer Anschrift aus")
    assert "und 1 weitere Stelle(n)" in message
    assert "gehören nicht ins Protokoll" in message
