"""Month arithmetic for funding periods: the 12-month and 24-month limits.

How long is "12 months"? We follow the German civil code for periods counted in months
(§ 187 Abs. 2, § 188 Abs. 2 und 3 BGB), because a Vereinbarung is read that way:

* A period that begins on day ``d1`` (the first day counts) and lasts ``n`` months ends with
  the day *before* the day of month ``d1 + n`` that has the same number as ``d1``.
* When that day does not exist in the target month (29, 30, 31), the period ends with the
  last day of the target month.

So the latest allowed end of a 12-month period is :func:`latest_end` ``(d1, 12)``, and a
period ``d1``–``d2`` (both days inclusive) is allowed iff ``d2 <= latest_end(d1, 12)``:

* 01.02.2025–31.01.2026 is allowed, 01.02.2025–01.02.2026 is refused (one day too long);
* 29.02.2024–28.02.2025 is allowed (29.02.2025 does not exist, so the period ends with the
  last day of February), 29.02.2024–01.03.2025 is refused;
* 01.03.2023–29.02.2024 is allowed, 01.03.2023–01.03.2024 refused.

The total of the first period and the one extension is measured the same way from the first
day of the first period: at most ``latest_end(first_start, 24)``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = [
    "MAX_PERIOD_MONTHS",
    "MAX_TOTAL_MONTHS",
    "add_months",
    "latest_end",
    "within_months",
]

MAX_PERIOD_MONTHS = 12
MAX_TOTAL_MONTHS = 24


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def latest_end(start: date, months: int) -> date:
    """The last day of a period of ``months`` months that begins on ``start`` (§ 188 BGB)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    if start.day > last:
        # The corresponding day is missing in the target month: the period ends with that
        # month's last day (§ 188 Abs. 3 BGB).
        return date(year, month0 + 1, last)
    return date(year, month0 + 1, start.day) - timedelta(days=1)


def within_months(start: date, end: date, months: int) -> bool:
    """True when ``start``–``end`` (inclusive) lasts at most ``months`` months."""
    return end <= latest_end(start, months)
