"""Data-protection hints for minutes: text that looks like a private address or phone number.

Only a warning: the minute-taker decides (an institution's address may belong in the
protocol; a resident's never does, domain.md §6). Patterns favour recall over precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PHONE = re.compile(
    r"(?<![\w+])"
    r"(?:(?:\+|00)49[\s\-/]*(?:\(0\)[\s\-/]*)?\(?|\(?0)"  # +49 / 0049 / 0 trunk prefix
    r"[1-9]\d{1,4}\)?"  # area code (0381, 0171 …)
    r"[\s\-/]*\d(?:[\s\-]?\d){3,9}"  # subscriber number, grouped or not
    r"(?![\w])"
)
_STREET_SUFFIX = (
    r"(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad)"
)
_STREET_WORD = r"(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee)"
# "Lange Straße 5", "Doberaner Platz 1": the word before a separate street word belongs to the
# name, so that the warning quotes the whole address.
_STREET = re.compile(
    rf"\b(?:[A-ZÄÖÜ][\wäöüß\-]*{_STREET_SUFFIX}|(?:[A-ZÄÖÜ][\wäöüß\-]*\s+)?{_STREET_WORD})"
    rf"\s*\d{{1,4}}(?:\s?[a-zA-Z]\b)?"
)
_NOT_PLACES = frozenset(
    {"Euro", "EUR", "Teilnehmer", "Teilnehmende", "Kinder", "Menschen", "Einwohner", "Stunden"}
)
_POSTCODE = re.compile(r"\b\d{5}\s+([A-ZÄÖÜ][a-zäöüß]+(?:[\s\-][A-ZÄÖÜ][a-zäöüß]+)?)")

KIND_LABELS = {"phone": "Telefonnummer", "address": "Anschrift"}


@dataclass(frozen=True)
class PrivacyHit:
    """A piece of text that looks like personal data."""

    kind: str  # "phone" or "address"
    start: int
    end: int
    text: str


def find_private_data(text: str) -> list[PrivacyHit]:
    """Phone numbers, street addresses and "postcode town" in ``text``, in text order."""
    hits = [PrivacyHit("phone", m.start(), m.end(), m.group()) for m in _PHONE.finditer(text)]
    hits += [PrivacyHit("address", m.start(), m.end(), m.group()) for m in _STREET.finditer(text)]
    for m in _POSTCODE.finditer(text):
        if m.group(1).split()[0] not in _NOT_PLACES:
            hits.append(PrivacyHit("address", m.start(), m.end(), m.group()))
    hits.sort(key=lambda h: h.start)
    # A postcode inside an already found phone number is not a second finding.
    out: list[PrivacyHit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


def privacy_warning(text: str, field: str = "") -> str | None:
    """A German warning naming the ``field`` (when given), what was found and the rule, or
    None when the text looks clean."""
    hits = find_private_data(text)
    if not hits:
        return None
    first = hits[0]
    more = f" und {len(hits) - 1} weitere Stelle(n)" if len(hits) > 1 else ""
    where = f"Datenschutz – {field}" if field else "Datenschutz"
    return (
        f"{where}: „{first.text}“ sieht nach einer {KIND_LABELS[first.kind]} aus{more}. "
        "Private Anschriften und Telefonnummern von Bewohner*innen gehören nicht ins Protokoll."
    )


def first_privacy_warning(fields: list[tuple[str, str]]) -> str | None:
    """The warning for the first of several ``(field label, text)`` that looks like it holds
    personal data, or None when all look clean."""
    for field, text in fields:
        message = privacy_warning(text, field)
        if message:
            return message
    return None
