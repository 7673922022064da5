"""How a search query becomes index queries: folded words with their spelling variants, the
FTS5 MATCH and PostgreSQL tsquery texts, and the marks that say which words to highlight.

Folding follows the index: case and diacritics do not matter and ß equals ss ("Straße" →
"strasse"); "ae/oe/ue" spellings also try the umlaut ("Beduerfnisse" finds "Bedürfnisse").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

WORD = re.compile(r"\w+")


def fold(word: str) -> str:
    """Case, diacritics and ß folded the way the index folds them: "Straße" → "strasse"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """Folded words of a query, each with its spelling variants (ae/oe/ue → a/o/u).

    Single letters are dropped: as prefixes they match nearly everything.
    """
    out: list[tuple[str, ...]] = []
    for word in WORD.findall(query):
        folded = fold(word)
        if len(folded) < 2 and not folded.isdigit():
            continue
        variants = [folded]
        plain = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        if plain != folded and len(plain) >= 2:
            variants.append(plain)
        term = tuple(variants)
        if term not in out:
            out.append(term)
    return out


def _boolean(terms: Sequence[tuple[str, ...]], prefix: str, any_of: str, all_of: str) -> str:
    parts = []
    for variants in terms:
        alternatives = any_of.join(prefix.format(v) for v in variants)
        parts.append(f"({alternatives})" if len(variants) > 1 else alternatives)
    return all_of.join(parts)


def fts5_query(
    terms: Sequence[tuple[str, ...]], compounds: Mapping[str, Sequence[str]] | None = None
) -> str:
    """FTS5 MATCH text: every word as a prefix, variants with OR, words with AND.

    ``compounds`` maps a variant to whole index terms that contain it; they join the
    variant's alternatives (what :func:`.search_compounds.compounds` found in the vocabulary).
    """
    if not compounds:
        return _boolean(terms, '"{}"*', " OR ", " AND ")
    parts = []
    for variants in terms:
        alternatives = [f'"{v}"*' for v in variants]
        for v in variants:
            alternatives += [f'"{t}"' for t in compounds.get(v, ())]
        parts.append(f"({' OR '.join(alternatives)})" if len(alternatives) > 1
                     else alternatives[0])
    return " AND ".join(parts)


def tsquery(terms: Sequence[tuple[str, ...]]) -> str:
    """PostgreSQL to_tsquery text with the same meaning as ``fts5_query``."""
    return _boolean(terms, "{}:*", " | ", " & ")


@dataclass(frozen=True)
class Marks:
    """Which words of a text a search matched: words starting with one of ``prefixes``, and
    (compounds) words containing one of ``infixes``; both folded like :func:`fold`."""

    prefixes: tuple[str, ...]
    infixes: tuple[str, ...] = ()

    def matches(self, folded_word: str) -> bool:
        """True when the (folded) word is one the search matched."""
        return folded_word.startswith(self.prefixes) or any(
            i in folded_word for i in self.infixes
        )

    def found_in(self, source: str) -> set[str]:
        """The prefixes and infixes that occur in ``source`` as the search matches them."""
        words = {fold(w) for w in WORD.findall(source)}
        found = {p for p in self.prefixes if any(w.startswith(p) for w in words)}
        return found | {i for i in self.infixes if any(i in w for w in words)}


def highlight_prefixes(terms: Sequence[tuple[str, ...]], *, loose: bool) -> tuple[str, ...]:
    """The word starts to mark in snippets; ``loose`` (PostgreSQL, which matched by stem) adds
    a shorter start of long words."""
    out: list[str] = []
    for variants in terms:
        for v in variants:
            out.append(v)
            if loose and len(v) >= 6:  # PostgreSQL matched by stem: "Fußbälle" finds "Fußball"
                out.append(v[: max(4, len(v) - 3)])
    return tuple(out)
