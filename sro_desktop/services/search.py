"""One search over minutes, concerns, tasks and measures of the whole database.

The index lives in ``storage.search_index`` (FTS5 on SQLite, ``tsvector('german')`` on
PostgreSQL). Queries are German-aware on both: case and umlauts do not matter ("Jugendhauser"
finds "Jugendhäuser"), ß equals ss ("Strasse" finds "Straße"), and "ae/oe/ue" spellings also try
the umlaut ("Beduerfnisse" finds "Bedürfnisse"). Every word counts as a prefix, so results
come while the user is still typing; all words must occur. Each group is counted exactly;
on SQLite the best hits are ranked among the newest ``RANK_WINDOW`` matches of the group.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..models import AgendaItem, Amendment, Arrangement, Body, Concern, Measure, Meeting, Task
from ..storage.search_index import (
    DOCS_TABLE,
    FTS_TABLE,
    SOURCES,
    group_token,
    search_index_installed,
)
from .formatting import format_date

GROUP_LABELS: dict[str, str] = {
    "minutes": "Protokolle",
    "concerns": "Anliegen",
    "tasks": "Aufgaben",
    "measures": "Maßnahmen",
}
KIND_GROUPS: dict[str, str] = {src.kind: src.group for src in SOURCES}
RANK_WINDOW = 400  # per group, the newest matches ranked by relevance (SQLite)
SEPARATOR = " · "  # between the texts of one hit (a task and its owner) in a snippet
_WORD = re.compile(r"\w+")


class SearchIndexMissingError(RuntimeError):
    """The database has no search index (created by an old version or by hand)."""

    def __init__(self) -> None:
        super().__init__(
            "Suche: Diese Datenbank hat keinen Suchindex (bitte mit der aktuellen Version "
            "öffnen, die ihn beim Aktualisieren anlegt)."
        )


@dataclass(frozen=True)
class SearchHit:
    """One found row: what to show and where to jump (``kind`` and ``id``)."""

    kind: str
    id: uuid.UUID
    title: str
    context: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    day: date | None
    score: float


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind of thing, best first; ``total`` counts all matches."""

    key: str
    label: str
    total: int
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SearchResults:
    """Hits grouped as the results list shows them; empty groups are left out."""

    query: str
    groups: tuple[SearchGroup, ...] = ()
    terms: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def total(self) -> int:
        """All matches over all groups."""
        return sum(g.total for g in self.groups)


def fold(word: str) -> str:
    """Case, diacritics and ß folded the way the index folds them: "Straße" → "strasse"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """Folded words of a query, each with its spelling variants (ae/oe/ue → a/o/u).

    Single letters are dropped: as prefixes they match nearly everything.
    """
    out: list[tuple[str, ...]] = []
    for word in _WORD.findall(query):
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


def fts5_query(terms: Sequence[tuple[str, ...]]) -> str:
    """FTS5 MATCH text: every word as a prefix, variants with OR, words with AND."""
    return _boolean(terms, '"{}"*', " OR ", " AND ")


def tsquery(terms: Sequence[tuple[str, ...]]) -> str:
    """PostgreSQL to_tsquery text with the same meaning as ``fts5_query``."""
    return _boolean(terms, "{}:*", " | ", " & ")


def _sqlite_group(
    session: Session, text_query: str, group: str, per_group: int
) -> tuple[int, list[tuple[str, str, float]]]:
    """Count of a group's matches and its best hits.

    FTS5 counts without ranking, and ``ORDER BY rowid DESC LIMIT`` stops early; so bm25 is
    computed for the newest ``RANK_WINDOW`` matches of the group only, which keeps a search
    for a common word fast on twenty years of minutes.
    """
    match = f"grp : {group_token(group)} AND {{title body}} : ({text_query})"
    total = session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": match}
    ).scalar_one()
    if not total:
        return 0, []
    rows = session.execute(
        text(
            f"SELECT d.kind, d.ref, s.score FROM (SELECT rowid AS id, "
            f"bm25({FTS_TABLE}, 0.0, 3.0, 1.0) AS score FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :q ORDER BY rowid DESC LIMIT :window) s "
            f"JOIN {DOCS_TABLE} d ON d.id = s.id ORDER BY s.score, s.id DESC LIMIT :n"
        ),
        {"q": match, "window": RANK_WINDOW, "n": per_group},
    )
    return int(total), [(r[0], r[1], -float(r[2])) for r in rows]


def _postgresql_groups(
    session: Session, terms: Sequence[tuple[str, ...]], per_group: int
) -> dict[str, tuple[int, list[tuple[str, str, float]]]]:
    """Counts and best hits of every group in one query (the GIN index finds the rows)."""
    case = " ".join(f"WHEN '{kind}' THEN '{group}'" for kind, group in KIND_GROUPS.items())
    stmt = text(
        "SELECT grp, kind, ref::text, score, total FROM ("
        " SELECT grp, kind, ref, score, count(*) OVER (PARTITION BY grp) AS total,"
        " row_number() OVER (PARTITION BY grp ORDER BY score DESC) AS r FROM ("
        f"  SELECT kind, ref, ts_rank(tsv, q) AS score, CASE kind {case} END AS grp"
        f"  FROM {DOCS_TABLE}, to_tsquery('german', :q) q WHERE tsv @@ q) m) x "
        "WHERE r <= :n ORDER BY grp, r"
    )
    out: dict[str, tuple[int, list[tuple[str, str, float]]]] = {}
    for grp, kind, ref, score, total in session.execute(
        stmt, {"q": tsquery(terms), "n": per_group}
    ):
        out.setdefault(grp, (int(total), []))[1].append((kind, ref, float(score)))
    return out


def search(session: Session, query: str, *, per_group: int = 20) -> SearchResults:
    """Find ``query`` in minutes, concerns, tasks and measures; ``per_group`` hits per group."""
    terms = query_terms(query)
    if not terms:
        return SearchResults(query)
    if not search_index_installed(session.connection()):
        raise SearchIndexMissingError()
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        text_query = fts5_query(terms)
        found = {g: _sqlite_group(session, text_query, g, per_group) for g in GROUP_LABELS}
    else:
        found = _postgresql_groups(session, terms, per_group)
    prefixes = _highlight_prefixes(terms, loose=not sqlite)
    groups = []
    for key, label in GROUP_LABELS.items():
        total, best = found.get(key, (0, []))
        if not total:
            continue
        hits = _describe(session, [(k, uuid.UUID(str(ref)), sc) for k, ref, sc in best], prefixes)
        groups.append(SearchGroup(key, label, total, tuple(hits)))
    return SearchResults(query, tuple(groups), tuple(terms))


# --- describing hits ----------------------------------------------------------------------


def _highlight_prefixes(terms: Sequence[tuple[str, ...]], *, loose: bool) -> tuple[str, ...]:
    out: list[str] = []
    for variants in terms:
        for v in variants:
            out.append(v)
            if loose and len(v) >= 6:  # PostgreSQL matched by stem: "Fußbälle" finds "Fußball"
                out.append(v[: max(4, len(v) - 3)])
    return tuple(out)


def make_snippet(
    source: str, prefixes: Sequence[str], width: int = 160
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line excerpt around the first match, with the matched words' spans in it."""
    flat = " ".join(source.split())
    if not flat:
        return "", ()
    first = next(
        (m for m in _WORD.finditer(flat) if fold(m.group()).startswith(tuple(prefixes))), None
    )
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
        for m in _WORD.finditer(body)
        if fold(m.group()).startswith(tuple(prefixes))
    )
    return f"{lead}{body}{tail}", spans


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


def find_match(source: str, query: str) -> tuple[int, int] | None:
    """Where the words of a search ``query`` occur in ``source``, as the index matched them.

    Both sides are folded the same way, so "Jugendhauser" selects "Jugendhäuser", "Strasse"
    "Straße" and "Beduerfnisse" "Bedürfnisse"; each word counts as a prefix and the span covers
    the whole word. The whole query as a phrase wins; otherwise the earliest single word. The
    span indexes ``source`` (code points); None when nothing matches.
    """
    terms = query_terms(query)
    if not terms or not source:
        return None
    folded, origin = _folded_with_positions(source)
    words = [_alternatives(variants) + r"\w*" for variants in terms]
    patterns = [r"(?<!\w)" + r"\W+".join(words)] if len(words) > 1 else []
    single = [r"(?<!\w)" + w for w in words]
    found = None
    for pattern in patterns:
        found = re.search(pattern, folded)
        if found:
            break
    if found is None:
        matches = [m for m in (re.search(p, folded) for p in single) if m]
        found = min(matches, key=lambda m: m.start()) if matches else None
    if found is None or found.end() == found.start():
        return None
    return origin[found.start()], origin[found.end() - 1] + 1


def _joined(*parts: str | None) -> str:
    """The texts of one hit for its snippet, kept apart by :data:`SEPARATOR` (a task's text
    and its owner are two texts, not one sentence); empty parts are left out."""
    return SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def _short(value: str, limit: int = 70) -> str:
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _context(body_name: str | None, day: date | None) -> str:
    return ", ".join(p for p in (body_name or "", format_date(day)) if p)


def _rows(session: Session, kind: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The display columns of some rows of ``kind``; rows of deleted meetings drop out."""
    stmt: Any
    if kind == "agenda_item":
        stmt = (
            select(AgendaItem.id, AgendaItem.number, AgendaItem.title, AgendaItem.notes,
                   AgendaItem.outcome, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(AgendaItem.id.in_(ids), Meeting.deleted_at.is_(None))
        )
    elif kind == "concern":
        stmt = (
            select(Concern.id, Concern.text, Concern.target_group, Concern.raised_on, Body.name)
            .outerjoin(Meeting, Meeting.id == Concern.meeting_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Concern.id.in_(ids))
        )
    elif kind == "task":
        stmt = (
            select(Task.id, Task.description, Task.owner_text, Task.due, Task.done_on,
                   Body.name, Meeting.date)
            .join(Body, Body.id == Task.body_id)
            .outerjoin(Meeting, Meeting.id == Task.meeting_id)
            .where(Task.id.in_(ids))
        )
    elif kind in ("arrangement", "amendment"):
        model: type[Arrangement] | type[Amendment] = (
            Arrangement if kind == "arrangement" else Amendment
        )
        stmt = (
            select(model.id, model.text, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == model.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(model.id.in_(ids), Meeting.deleted_at.is_(None))
        )
    else:
        stmt = select(
            Measure.id, Measure.number, Measure.title, Measure.summary, Measure.need,
            Measure.start,
        ).where(Measure.id.in_(ids))
    return {row[0]: row for row in session.execute(stmt)}


def _hit(kind: str, row: Any, score: float, prefixes: Sequence[str]) -> SearchHit:
    if kind == "agenda_item":
        _, number, title, notes, outcome, day, body = row
        snippet = make_snippet(_joined(notes, outcome) or title, prefixes)
        return SearchHit(kind, row[0], f"TOP {number} {title}", _context(body, day),
                         *snippet, day, score)
    if kind == "concern":
        _, body_text, group, day, body = row
        context = _context(body, day) + (f" · Zielgruppe: {group}" if group else "")
        return SearchHit(kind, row[0], _short(body_text), context,
                         *make_snippet(_joined(body_text, group), prefixes), day, score)
    if kind == "task":
        _, what, owner, due, done_on, body, day = row
        state = f"erledigt {format_date(done_on)}" if done_on else (
            f"bis {format_date(due)}" if due else "offen"
        )
        context = " · ".join(p for p in (body, owner, state) if p)
        return SearchHit(kind, row[0], _short(what), context,
                         *make_snippet(_joined(what, owner), prefixes), day, score)
    if kind in ("arrangement", "amendment"):
        _, body_text, day, body = row
        label = "Vereinbarung" if kind == "arrangement" else "Änderung zum Protokoll"
        return SearchHit(kind, row[0], f"{label}: {_short(body_text, 50)}", _context(body, day),
                         *make_snippet(body_text, prefixes), day, score)
    _, number, title, summary, need, start = row
    return SearchHit(kind, row[0], f"{number} {title}", "Maßnahme",
                     *make_snippet(_joined(summary, need) or title, prefixes),
                     start, score)


def _describe(
    session: Session, found: list[tuple[str, uuid.UUID, float]], prefixes: Sequence[str]
) -> list[SearchHit]:
    ids_by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, row_id, _ in found:
        ids_by_kind.setdefault(kind, []).append(row_id)
    rows = {kind: _rows(session, kind, ids) for kind, ids in ids_by_kind.items()}
    return [
        _hit(kind, rows[kind][row_id], score, prefixes)
        for kind, row_id, score in found
        if row_id in rows[kind]
    ]
