"""One search over minutes, concerns, tasks and measures of the whole database.

The index lives in ``storage.search_index`` (FTS5 on SQLite, ``tsvector('german')`` on
PostgreSQL). Queries are German-aware on both: case and umlauts do not matter ("Jugendhauser"
finds "Jugendhäuser"), ß equals ss ("Strasse" finds "Straße"), and "ae/oe/ue" spellings also try
the umlaut ("Beduerfnisse" finds "Bedürfnisse"). Every word counts as a prefix, so results
come while the user is still typing; all words must occur. Each group is counted exactly;
on SQLite the best hits are ranked among the newest ``RANK_WINDOW`` matches of the group.
On SQLite a longer word also finds the German compounds that contain it ("Fußball" finds
"Begegnungsfußball", see :mod:`.search_compounds`); PostgreSQL matches word starts and German
stems only.

Rows of deleted meetings and of deleted bodies are never found, even while the index still
holds them (deleting a meeting tombstones only the meeting).

This module finds and counts; its helpers turn the query into index queries
(:mod:`.search_terms`), find compounds (:mod:`.search_compounds`), leave deleted rows out
(:mod:`.search_deleted`) and describe the hits (:mod:`.search_hits`, with snippets from
:mod:`.search_snippets`). Their public names are exported here too: this is the search's API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..storage.search_index import (
    DOCS_TABLE,
    FTS_TABLE,
    SOURCES,
    group_token,
    search_index_installed,
)
from .search_compounds import compounds
from .search_deleted import dead_entries
from .search_hits import SearchHit, describe
from .search_snippets import SEPARATOR, find_match, make_snippet
from .search_terms import Marks, fold, fts5_query, highlight_prefixes, query_terms, tsquery

__all__ = [
    "GROUP_LABELS",
    "KIND_GROUPS",
    "PAGE_SIZE",
    "RANK_WINDOW",
    "SEPARATOR",
    "Marks",
    "SearchGroup",
    "SearchHit",
    "SearchIndexMissingError",
    "SearchResults",
    "find_match",
    "fold",
    "fts5_query",
    "make_snippet",
    "query_terms",
    "search",
    "search_group",
    "tsquery",
]

GROUP_LABELS: dict[str, str] = {
    "minutes": "Protokolle",
    "concerns": "Anliegen",
    "tasks": "Aufgaben",
    "measures": "Maßnahmen",
}
KIND_GROUPS: dict[str, str] = {src.kind: src.group for src in SOURCES}
RANK_WINDOW = 400  # per group, the newest matches ranked by relevance (SQLite)
PAGE_SIZE = 20  # hits per group at first, and per "mehr anzeigen"


class SearchIndexMissingError(RuntimeError):
    """The database has no search index (created by an old version or by hand)."""

    def __init__(self) -> None:
        super().__init__(
            "Suche: Diese Datenbank hat keinen Suchindex (bitte mit der aktuellen Version "
            "öffnen, die ihn beim Aktualisieren anlegt)."
        )


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


@dataclass(frozen=True)
class _Plan:
    """A query prepared for one database: the index query, what to highlight, which index
    entries belong to deleted meetings or bodies."""

    terms: tuple[tuple[str, ...], ...]
    sqlite: bool
    match: str
    marks: Marks
    dead: tuple[Any, ...]


def _plan(session: Session, terms: list[tuple[str, ...]]) -> _Plan:
    sqlite = session.get_bind().dialect.name == "sqlite"
    dead = dead_entries(session, sqlite)
    if sqlite:
        found = compounds(session, terms)
        infixes = tuple(v for v in found)
        return _Plan(tuple(terms), True, fts5_query(terms, found),
                     Marks(highlight_prefixes(terms, loose=False), infixes), dead)
    return _Plan(tuple(terms), False, tsquery(terms),
                 Marks(highlight_prefixes(terms, loose=True)), dead)


def _sqlite_group(
    session: Session, plan: _Plan, group: str, offset: int, limit: int
) -> tuple[int, list[tuple[str, str, float]]]:
    """Count of a group's matches and its hits ``offset`` to ``offset + limit``.

    FTS5 counts without ranking, and ``ORDER BY rowid DESC LIMIT`` stops early; so bm25 ranks
    the newest ``RANK_WINDOW`` matches of the group only, which keeps a search for a common
    word fast on twenty years of minutes. Pages beyond the window follow, newest first.
    """
    match = f"grp : {group_token(group)} AND {{title body}} : ({plan.match})"
    dead = plan.dead
    alive = f" AND rowid NOT IN ({', '.join(map(str, dead))})" if dead else ""
    where = f"WHERE {FTS_TABLE} MATCH :q{alive}"
    total = int(session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} {where}"), {"q": match}
    ).scalar_one())
    if offset >= total:
        return total, []
    window = min(total, RANK_WINDOW)
    found: list[tuple[str, str, float]] = []
    if offset < window:
        rows = session.execute(
            text(
                f"SELECT d.kind, d.ref, s.score FROM (SELECT rowid AS id, "
                f"bm25({FTS_TABLE}, 0.0, 3.0, 1.0) AS score FROM {FTS_TABLE} "
                f"{where} ORDER BY rowid DESC LIMIT :window) s "
                f"JOIN {DOCS_TABLE} d ON d.id = s.id ORDER BY s.score, s.id DESC "
                f"LIMIT :n OFFSET :skip"
            ),
            {"q": match, "window": window, "n": min(limit, window - offset), "skip": offset},
        )
        found += [(r[0], r[1], -float(r[2])) for r in rows]
    if offset + limit > window and total > window:
        skip = max(offset, window)
        rows = session.execute(
            text(
                f"SELECT d.kind, d.ref, s.score FROM (SELECT rowid AS id, "
                f"bm25({FTS_TABLE}, 0.0, 3.0, 1.0) AS score FROM {FTS_TABLE} "
                f"{where} ORDER BY rowid DESC LIMIT :n OFFSET :skip) s "
                f"JOIN {DOCS_TABLE} d ON d.id = s.id ORDER BY s.id DESC"
            ),
            {"q": match, "n": offset + limit - skip, "skip": skip},
        )
        found += [(r[0], r[1], -float(r[2])) for r in rows]
    return total, found


def _postgresql_groups(
    session: Session, plan: _Plan, offset: int, limit: int, group: str | None = None
) -> dict[str, tuple[int, list[tuple[str, str, float]]]]:
    """Counts and hits ``offset`` to ``offset + limit`` of every group (or of ``group``) in one
    query (the GIN index finds the rows)."""
    case = " ".join(f"WHEN '{kind}' THEN '{grp}'" for kind, grp in KIND_GROUPS.items())
    alive = " AND NOT (ref = ANY(:dead))" if plan.dead else ""
    only = " AND grp = :group" if group else ""
    stmt = text(
        "SELECT grp, kind, ref::text, score, total FROM ("
        " SELECT grp, kind, ref, score, count(*) OVER (PARTITION BY grp) AS total,"
        " row_number() OVER (PARTITION BY grp ORDER BY score DESC, ref) AS r FROM ("
        f"  SELECT kind, ref, ts_rank(tsv, q) AS score, CASE kind {case} END AS grp"
        f"  FROM {DOCS_TABLE}, to_tsquery('german', :q) q WHERE tsv @@ q{alive}) m) x "
        f"WHERE r > :skip AND r <= :skip + :n{only} ORDER BY grp, r"
    )
    params: dict[str, Any] = {"q": plan.match, "n": limit, "skip": offset}
    if plan.dead:
        params["dead"] = list(plan.dead)
    if group:
        params["group"] = group
    out: dict[str, tuple[int, list[tuple[str, str, float]]]] = {}
    for grp, kind, ref, score, total in session.execute(stmt, params):
        out.setdefault(grp, (int(total), []))[1].append((kind, ref, float(score)))
    if group and group not in out:
        # The page is past the end (or empty): the count still matters to the caller.
        count = text(
            f"SELECT count(*) FROM {DOCS_TABLE}, to_tsquery('german', :q) q WHERE tsv @@ q"
            f"{alive} AND CASE kind {case} END = :group"
        )
        out[group] = (int(session.execute(count, params).scalar_one()), [])
    return out


def _prepare(session: Session, query: str) -> _Plan | None:
    terms = query_terms(query)
    if not terms:
        return None
    if not search_index_installed(session.connection()):
        raise SearchIndexMissingError()
    return _plan(session, terms)


def search(session: Session, query: str, *, per_group: int = PAGE_SIZE) -> SearchResults:
    """Find ``query`` in minutes, concerns, tasks and measures; ``per_group`` hits per group."""
    plan = _prepare(session, query)
    if plan is None:
        return SearchResults(query)
    if plan.sqlite:
        found = {g: _sqlite_group(session, plan, g, 0, per_group) for g in GROUP_LABELS}
    else:
        found = _postgresql_groups(session, plan, 0, per_group)
    groups = []
    for key, label in GROUP_LABELS.items():
        total, best = found.get(key, (0, []))
        if not total:
            continue
        hits = tuple(describe(session, best, plan.marks))
        groups.append(SearchGroup(key, label, total, hits))
    return SearchResults(query, tuple(groups), plan.terms)


def search_group(
    session: Session, query: str, group: str, *, offset: int, limit: int = PAGE_SIZE
) -> SearchGroup:
    """The next hits of one group ("mehr anzeigen"): hits ``offset`` to ``offset + limit`` in
    the order :func:`search` gives them, with the group's current total."""
    if group not in GROUP_LABELS:
        raise ValueError(f"Suche: Gruppe „{group}“ unbekannt")
    plan = _prepare(session, query)
    if plan is None:
        return SearchGroup(group, GROUP_LABELS[group], 0, ())
    if plan.sqlite:
        total, page = _sqlite_group(session, plan, group, max(0, offset), limit)
    else:
        total, page = _postgresql_groups(session, plan, max(0, offset), limit, group)[group]
    return SearchGroup(group, GROUP_LABELS[group], total,
                       tuple(describe(session, page, plan.marks)))

