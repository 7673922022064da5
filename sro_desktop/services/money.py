"""Money as integer cents: German parsing and formatting (``1.234,56 €``)."""

from __future__ import annotations

import re

__all__ = ["MAX_CENTS", "MoneyError", "format_cents", "parse_money"]

# Far above any SRAE budget and far below the 64-bit integer limit of the database.
MAX_CENTS = 10**15


class MoneyError(ValueError):
    """An amount that cannot be read unambiguously; the message is German and names the rule."""


# A space, a no-break space, a narrow no-break space (what Qt's German locale writes) or a thin
# space may group thousands: "12 480". Any other whitespace inside the number is refused.
_GROUP_SPACES = " \u00a0\u202f\u2009"
_WHITESPACE = re.compile(r"\s")
# Thousands groups must be exactly three digits: "12.480" is twelve thousand, "12.48" is refused;
# the same holds for spaces, so that "1 2 3" is refused rather than read as 123.
# ASCII digits only: other scripts' digits would be read silently by int().
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+", re.ASCII)
_SPACED = re.compile(rf"\d{{1,3}}([{_GROUP_SPACES}]\d{{3}})+", re.ASCII)
_PLAIN = re.compile(r"\d+", re.ASCII)
_FRACTION = re.compile(r"\d{1,2}", re.ASCII)
_MINUS = ("-", "\u2212", "\u2013")
# "12.480,-" and "12.480,–": the usual German way of writing whole euros.
_WHOLE_EUROS = (",--", ",-", ",\u2013", ",\u2014")


def _strip_currency(raw: str) -> str:
    for symbol in ("€", "EUR"):
        if raw.upper().endswith(symbol):
            return raw[: -len(symbol)].rstrip()
        if raw.upper().startswith(symbol):
            return raw[len(symbol):].lstrip()
    return raw


def _whole_digits(whole: str, text: str, field: str) -> str:
    """The euro part without its thousands separators; refuses anything ambiguous."""
    compact = "".join(ch for ch in whole if ch not in _GROUP_SPACES)
    if not (_PLAIN.fullmatch(compact) or _GROUPED.fullmatch(compact)):
        raise MoneyError(
            f"{field}: „{text}“ ist kein eindeutiger Betrag "
            "(Tausenderpunkte nur in Dreiergruppen, Dezimalkomma, z. B. 12.480,00)."
        )
    if compact != whole and not _SPACED.fullmatch(whole):
        raise MoneyError(
            f"{field}: „{text}“ enthält Leerzeichen an unerwarteter Stelle (Leerzeichen nur "
            "zwischen Dreiergruppen als Tausendertrennung, z. B. 12 480,00)."
        )
    return compact.replace(".", "")


def parse_money(text: str, *, field: str = "Betrag") -> int:
    """Read a German amount into cents.

    Accepts ``12.480,00``, ``12480``, ``12 480``, ``12.480 €``, ``12480,5``, ``-5,00`` and the
    whole-euro forms ``12.480,-`` / ``12.480,–``. Refuses anything ambiguous, such as
    ``12,480.00``, ``12.48``, ``1,234,5`` or ``1 2 3`` (a space may only separate groups of
    three digits), with a German message that names the field and the rule.
    """
    raw = _strip_currency((text or "").strip())
    if not raw:
        raise MoneyError(f"{field}: Bitte einen Betrag eingeben.")
    negative = raw.startswith(_MINUS)
    if negative:
        raw = raw[1:].lstrip()
    for suffix in _WHOLE_EUROS:
        if raw.endswith(suffix) and raw[: -len(suffix)]:
            raw = raw[: -len(suffix)]
            if "," in raw:
                raise MoneyError(f"{field}: „{text}“ hat mehr als ein Dezimalkomma.")
            break
    if raw.count(",") > 1:
        raise MoneyError(f"{field}: „{text}“ hat mehr als ein Dezimalkomma.")
    whole, _, frac = raw.partition(",")
    if "," in raw and not frac:
        raise MoneyError(f"{field}: Nach dem Komma fehlen die Cent-Stellen.")
    if _WHITESPACE.search(frac) or whole[-1:].isspace():
        raise MoneyError(
            f"{field}: „{text}“ enthält Leerzeichen an unerwarteter Stelle (Leerzeichen nur "
            "zwischen Dreiergruppen als Tausendertrennung, z. B. 12 480,00)."
        )
    digits = _whole_digits(whole, text, field)
    if frac and not _PLAIN.fullmatch(frac):
        raise MoneyError(
            f"{field}: „{text}“ ist kein eindeutiger Betrag "
            "(Tausenderpunkte nur vor dem Komma, Dezimalkomma, z. B. 12.480,00)."
        )
    if frac and not _FRACTION.fullmatch(frac):
        raise MoneyError(f"{field}: Höchstens zwei Nachkommastellen (Cent) sind erlaubt.")
    euros = int(digits)
    cents = int((frac + "00")[:2]) if frac else 0
    value = euros * 100 + cents
    if value > MAX_CENTS:
        raise MoneyError(f"{field}: Der Betrag ist zu groß.")
    return -value if negative else value


def format_cents(cents: int, *, whole: bool = False, symbol: bool = True) -> str:
    """Format cents the German way: ``1.234,56 €``; with ``whole`` ``40.000 €`` for round sums."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = grouped if whole and rest == 0 else f"{grouped},{rest:02d}"
    return f"{sign}{text} €" if symbol else f"{sign}{text}"
