"""German dates and periods: the hand-made formats match strftime's."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from sro_desktop.services.formatting import format_date, format_period


def test_examples() -> None:
    assert format_date(date(2024, 1, 9)) == "09.01.2024"
    assert format_date(datetime(2024, 1, 9, 23, 59)) == "09.01.2024"
    assert format_date(None) == ""
    assert format_period(date(2025, 2, 1), date(2026, 1, 31)) == "01.02.2025–31.01.2026"
    assert format_period(date(2025, 2, 1), date(2026, 1, 31), short=True) == (
        "01.02.25–31.01.26")
    assert format_period(date(2025, 2, 1), None, short=True) == "01.02.25–"
    assert format_period(None, None) == format_period(None, None, short=True) == ""


@given(st.dates(min_value=date(1000, 1, 1)))
def test_same_as_strftime(day: date) -> None:
    assert format_date(day) == day.strftime("%d.%m.%Y")
    assert format_period(day, day, short=True) == "–".join([day.strftime("%d.%m.%y")] * 2)
