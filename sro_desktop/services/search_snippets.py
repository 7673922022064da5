"""Where a query's words occur in a text: one-line excerpts with the matched words' spans for
the results list, and the span to select when a hit is opened.

Both sides are folded like the index folds them (:func:`.search_terms.fold`), so a match shows
whatever spelling the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .search_compounds import INFIX_MIN
from .search_terms import WORD, Marks, fold, query_terms

SEPARATOR = " · "  # between the texts of one hit (a task and its owner) in a snippet


def make_snippet(
    source: str, prefixes: Sequence[str] | Marks, width: int = 160
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line excerpt around the first match, with the matched words' spans in it.

    ``prefixes`` are folded word starts, or :class:`Marks` (which also knows compounds).
    """
    marks = prefixes if isinstance(prefixes, Marks) else Marks(tuple(prefixes))
    flat = " ".join(source.split())
    if not flat:
        return "", ()
    first = next((m for m in WORD.finditer(flat) if marks.matches(fold(m.group()))), None)
    start = 0
    if first is not None and first.start() > width // 3:
        start = flat.rfind(" ", 0, first.start() - width // 4) + 1
    end = min(len(flat), start + width)
    if end < len(flat):
        cut = flat.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    # A cut next to the separator of two texts would leave a lone "·" at the edge.
    body = flat[start:end].strip(" ·") if SEPARATOR in flat else flat[start:end]
    lead = "… " if start > 0 else ""
    tail = " …" if end < len(flat) else ""
    spans = tuple(
        (m.start() + len(lead), m.end() + len(lead))
        for m in WORD.finditer(body)
        if marks.matches(fold(m.group()))
    )
    return f"{lead}{body}{tail}", spans


def joined(*parts: str | None) -> str:
    """The texts of one hit for its snippet, kept apart by :data:`SEPARATOR` (a task's text
    and its owner are two texts, not one sentence); empty parts are left out."""
    return SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def titled_snippet(title: str, body: str, marks: Marks) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The body's excerpt; led by the title when the title holds words the body lacks (a hit
    found by its title alone would otherwise show the notes with nothing marked)."""
    if not body or marks.found_in(title) - marks.found_in(body):
        return make_snippet(joined(title, body), marks)
    return make_snippet(body, marks)


def _folded_with_positions(source: str) -> tuple[str, list[int]]:
    """``source`` folded like the index folds it, and for each folded character the position
    of the character it came from ("ß" gives "ss", both pointing at the "ß")."""
    chars: list[str] = []
    origin: list[int] = []
    for pos, char in enumerate(source):
        folded = fold(char)
        chars.append(folded)
        origin.extend([pos] * len(folded))
    return "".join(chars), origin


def _alternatives(variants: Sequence[str]) -> str:
    return "(?:" + "|".join(re.escape(v) for v in variants) + ")"


def _word_pattern(variants: Sequence[str], *, inside: bool) -> str:
    """A whole word that starts with one of the variants, or (``inside``) contains one of
    those long enough to be matched inside compounds."""
    if inside:
        long = [v for v in variants if len(v) >= INFIX_MIN]
        if long:
            return r"\w*" + _alternatives(long) + r"\w*"
    return _alternatives(variants) + r"\w*"


def find_match(source: str, query: str) -> tuple[int, int] | None:
    """Where the words of a search ``query`` occur in ``source``, as the index matched them.

    Both sides are folded the same way, so "Jugendhauser" selects "Jugendhäuser", "Strasse"
    "Straße" and "Beduerfnisse" "Bedürfnisse"; each word counts as a prefix and the span covers
    the whole word. The whole query as a phrase wins, then the earliest word start, then the
    earliest compound holding a word of at least ``INFIX_MIN`` letters ("Fußball" selects
    "Begegnungsfußball"). The span indexes ``source`` (code points); None when nothing
    matches.
    """
    terms = query_terms(query)
    if not terms or not source:
        return None
    folded, origin = _folded_with_positions(source)
    found = None
    for inside in (False, True):
        words = [_word_pattern(variants, inside=inside) for variants in terms]
        if len(words) > 1:
            found = re.search(r"(?<!\w)" + r"\W+".join(words), folded)
        if found is None:
            matches = [m for m in (re.search(r"(?<!\w)" + w, folded) for w in words) if m]
            found = min(matches, key=lambda m: m.start()) if matches else None
        if found is not None and found.end() > found.start():
            return origin[found.start()], origin[found.end() - 1] + 1
    return None
