"""The 12- and 24-month limits at their edges, including leap years (§§ 187, 188 BGB)."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.services.measures import add_months, latest_end, within_months
from sro_desktop.services.measures.rules import extension_refusal


@pytest.mark.parametrize(
    ("start", "end", "allowed"),
    [
        (date(2025, 2, 1), date(2026, 1, 31), True),  # exactly 12 months
        (date(2025, 2, 1), date(2026, 2, 1), False),  # 12 months and one day
        (date(2025, 1, 1), date(2025, 12, 31), True),
        (date(2025, 1, 1), date(2026, 1, 1), False),
        (date(2024, 2, 29), date(2025, 2, 28), True),  # leap day start: 29.02.2025 is missing
        (date(2024, 2, 29), date(2025, 3, 1), False),
        (date(2023, 3, 1), date(2024, 2, 29), True),  # ends on a leap day
        (date(2023, 3, 1), date(2024, 3, 1), False),
        (date(2024, 3, 1), date(2025, 2, 28), True),
        (date(2024, 1, 31), date(2025, 1, 30), True),
        (date(2024, 1, 31), date(2025, 1, 31), False),
        (date(2025, 6, 15), date(2025, 6, 15), True),  # a single day
    ],
)
def test_twelve_month_limit(start: date, end: date, allowed: bool) -> None:
    assert within_months(start, end, 12) is allowed


def test_latest_end_of_leap_day_start() -> None:
    assert latest_end(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert latest_end(date(2024, 2, 29), 48) == date(2028, 2, 28)
    assert latest_end(date(2024, 2, 29), 24) == date(2026, 2, 28)


def test_twenty_four_months_at_the_edge() -> None:
    assert within_months(date(2025, 2, 1), date(2027, 1, 31), 24)
    assert not within_months(date(2025, 2, 1), date(2027, 2, 1), 24)
    assert within_months(date(2024, 2, 29), date(2026, 2, 28), 24)
    assert not within_months(date(2024, 2, 29), date(2026, 3, 1), 24)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 15), -3) == date(2024, 12, 15)


def test_extension_of_twelve_months_after_twelve_months_is_allowed() -> None:
    assert extension_refusal(date(2025, 2, 1), date(2026, 1, 31),
                             date(2026, 2, 1), date(2027, 1, 31)) is None


def test_extension_of_twelve_months_and_one_day_is_refused() -> None:
    reason = extension_refusal(date(2025, 2, 1), date(2026, 1, 31),
                               date(2026, 2, 1), date(2027, 2, 1))
    assert reason is not None
    assert reason.startswith("Verlängerung: länger als 12 Monate")
    assert "31.01.2027" in reason


def test_extension_making_the_total_longer_than_24_months_is_refused() -> None:
    # A gap between the periods: the extension alone is 12 months, the total 29.
    reason = extension_refusal(date(2025, 1, 1), date(2025, 12, 31),
                               date(2026, 6, 1), date(2027, 5, 31))
    assert reason is not None
    assert reason.startswith("Gesamtlaufzeit: länger als 24 Monate")
    assert "31.12.2026" in reason


def test_extension_ending_exactly_at_24_months_with_a_gap_is_allowed() -> None:
    assert extension_refusal(date(2025, 1, 1), date(2025, 6, 30),
                             date(2026, 1, 1), date(2026, 12, 31)) is None


def test_extension_leap_year_total() -> None:
    first = date(2024, 2, 29)
    assert extension_refusal(first, date(2025, 2, 28), date(2025, 3, 1), date(2026, 2, 28)) is None
    reason = extension_refusal(first, date(2025, 2, 28), date(2025, 3, 1), date(2026, 3, 1))
    assert reason is not None and "12 Monate" in reason


def test_extension_must_start_after_the_current_end() -> None:
    reason = extension_refusal(date(2025, 1, 1), date(2025, 12, 31),
                               date(2025, 12, 31), date(2026, 6, 30))
    assert reason is not None and "nach dem bisherigen Ende" in reason
