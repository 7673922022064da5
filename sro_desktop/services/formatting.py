"""German formats for dates, times and periods, and German collation for names."""

from __future__ import annotations

from datetime import date, time

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)
WEEKDAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Ä": "a", "Ö": "o", "Ü": "u"})


def german_sort_key(name: str) -> tuple[str, str]:
    """Sort key after DIN 5007-1 (umlauts as their base letter): Südstadt before Toitenwinkel."""
    folded = name.translate(_FOLD).casefold()
    return (folded, name)


# Dates by hand: strftime costs more than the rest of a list row's texts together.
def format_date(value: date | None) -> str:
    """``09.01.2024``; empty for no date."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


def _format_short_date(value: date | None) -> str:
    """``09.01.24``; empty for no date."""
    return f"{value.day:02d}.{value.month:02d}.{value.year % 100:02d}" if value else ""


def format_date_long(value: date) -> str:
    """Running text: ``9. Januar 2024``."""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def format_date_weekday(value: date) -> str:
    """Header style: ``Di., 14.01.2025``."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def format_time(value: time | None) -> str:
    """``14:00 Uhr``; empty for no time."""
    return f"{value:%H:%M} Uhr" if value else ""


def format_time_range(start: time | None, end: time | None) -> str:
    """``14:00–16:00 Uhr``."""
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M} Uhr"
    return format_time(start)


def format_period(start: date | None, end: date | None, *, short: bool = False) -> str:
    """``01.02.2025–31.01.2026``; ``short``: ``01.02.25–31.01.26`` (for narrow columns)."""
    if not start and not end:
        return ""
    text = _format_short_date if short else format_date
    return f"{text(start)}–{text(end)}"


def parse_date(text: str) -> date:
    """Read ``9.1.2024`` or ``09.01.2024`` (or ISO ``2024-01-09``); raises ValueError otherwise."""
    text = text.strip()
    if "-" in text:
        return date.fromisoformat(text)
    day, month, year = (int(p) for p in text.split("."))
    return date(year, month, day)
