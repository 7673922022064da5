"""One search over minutes, concerns, tasks and measures of the whole database.

The index lives in ``storage.search_index`` (FTS5 on SQLite, ``tsvector('german')`` on
PostgreSQL). Queries are German-aware on both: case and umlauts do not matter ("Jugendhauser"
finds "Jugendhäuser"), ß equals ss ("Strasse" finds "Straße"), and "ae/oe/ue" spellings also try
the umlaut ("Beduerfnisse" finds "Bedürfnisse"). Every word counts as a prefix, so results
come while the user is still typing; all words must occur. Each group is counted exactly;
on SQLite the best hits are ranked among the newest ``RANK_WINDOW`` matches of the group.

German compounds: on SQLite a word of at least ``INFIX_MIN`` letters also finds the compounds
that contain it ("Fußball" finds "Begegnungsfußball", "Ferien" "Sommerferien"). The index
only knows word starts, so the compounds are looked up in the index's own vocabulary (FTS5's
``fts5vocab``) and added to the query as alternatives, at most ``INFIX_TERMS`` per word (the
most frequent). Reading the vocabulary reads the whole index (≈ 50 ms on twenty years of
minutes), so it is kept per connection until the index changes. PostgreSQL matches word starts
and German stems only.

Rows of deleted meetings and of deleted bodies are never found, even while the index still
holds them (deleting a meeting tombstones only the meeting).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, column, or_, select, table, text, true, union_all
from sqlalchemy.orm import Session

from ..models import AgendaItem, Amendment, Arrangement, Body, Concern, Measure, Meeting, Task
from ..storage.search_index import (
    DOCS_TABLE,
    FTS_TABLE,
    GROUPS,
    SOURCES,
    group_token,
    search_index_installed,
)
from .formatting import format_date
from .meetings.live import dead_body_ids, dead_meeting_ids

GROUP_LABELS: dict[str, str] = {
    "minutes": "Protokolle",
    "concerns": "Anliegen",
    "tasks": "Aufgaben",
    "measures": "Maßnahmen",
}
KIND_GROUPS: dict[str, str] = {src.kind: src.group for src in SOURCES}
RANK_WINDOW = 400  # per group, the newest matches ranked by relevance (SQLite)
PAGE_SIZE = 20  # hits per group at first, and per "mehr anzeigen"
INFIX_MIN = 4  # shorter words match word starts only ("Rat" must not find "Beirat")
INFIX_TERMS = 40  # compounds added per query word, the most frequent first
SEPARATOR = " · "  # between the texts of one hit (a task and its owner) in a snippet
_WORD = re.compile(r"\w+")
_VOCAB_TABLE = "search_vocab"  # a temp fts5vocab table per connection
_VOCAB_KEY = "sro_search_vocabulary"  # where a connection keeps its vocabulary
# FTS5 keeps its "structure" record (the list of segments) at this rowid of the data table;
# every write to the index rewrites it, so it tells whether the vocabulary is still current.
_FTS_STRUCTURE_ROWID = 10


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


def fts5_query(
    terms: Sequence[tuple[str, ...]], compounds: Mapping[str, Sequence[str]] | None = None
) -> str:
    """FTS5 MATCH text: every word as a prefix, variants with OR, words with AND.

    ``compounds`` maps a variant to whole index terms that contain it; they join the
    variant's alternatives (what :func:`_compounds` found in the vocabulary).
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
        words = {fold(w) for w in _WORD.findall(source)}
        found = {p for p in self.prefixes if any(w.startswith(p) for w in words)}
        return found | {i for i in self.infixes if any(i in w for w in words)}


@dataclass(frozen=True)
class _Dead:
    """Deleted meetings and bodies (few, usually none) and the index entries of the rows
    noted in them: on SQLite index rowids, on PostgreSQL row ids."""

    meetings: tuple[uuid.UUID, ...] = ()
    bodies: tuple[uuid.UUID, ...] = ()
    entries: tuple[Any, ...] = ()

    def live(self, meeting_id: Any) -> Any:
        """A condition: the column names no deleted meeting (or is empty)."""
        if not self.meetings:
            return true()
        return or_(meeting_id.is_(None), meeting_id.not_in(self.meetings))


@dataclass(frozen=True)
class _Plan:
    """A query prepared for one database: the index query, what to highlight, which index
    entries belong to deleted meetings or bodies."""

    terms: tuple[tuple[str, ...], ...]
    sqlite: bool
    match: str
    marks: Marks
    dead: _Dead


# --- the vocabulary (compounds on SQLite) -------------------------------------------------


def _vocabulary(session: Session) -> tuple[str, ...]:
    """Every term of the index, most frequent first; cached on the connection until the index
    changes (the FTS5 structure record changes with every write)."""
    connection = session.connection()
    stamp = connection.exec_driver_sql(
        f"SELECT block FROM {FTS_TABLE}_data WHERE id = {_FTS_STRUCTURE_ROWID}"
    ).scalar()
    cached = connection.info.get(_VOCAB_KEY)
    if cached is not None and cached[0] == stamp:
        return tuple(cached[1])
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_VOCAB_TABLE} "
        f"USING fts5vocab(main, {FTS_TABLE}, 'row')"
    )
    group_tokens = {group_token(g) for g in GROUPS}
    rows = connection.exec_driver_sql(f"SELECT term, doc FROM temp.{_VOCAB_TABLE}").all()
    terms = tuple(
        str(term) for term, _doc in sorted(rows, key=lambda r: -int(r[1]))
        if term not in group_tokens
    )
    connection.info[_VOCAB_KEY] = (stamp, terms)
    return terms


def _compounds(session: Session, terms: Sequence[tuple[str, ...]]) -> dict[str, list[str]]:
    """For each variant of at least ``INFIX_MIN`` letters, the index terms that contain it
    after their start (the prefix query finds the others)."""
    long = {v for variants in terms for v in variants if len(v) >= INFIX_MIN}
    if not long:
        return {}
    out: dict[str, list[str]] = {}
    for term in _vocabulary(session):
        for v in long:
            if v in term and not term.startswith(v):
                found = out.setdefault(v, [])
                if len(found) < INFIX_TERMS:
                    found.append(term)
    return out


# --- rows of deleted meetings and bodies ----------------------------------------------------


def _dead(session: Session, sqlite: bool) -> _Dead:
    """What the search must leave out; one small query when nothing is deleted."""
    meetings = tuple(session.scalars(dead_meeting_ids()))
    bodies = tuple(session.scalars(dead_body_ids()))
    if not meetings and not bodies:
        return _Dead()
    rows: list[tuple[str, Any, Any]] = [
        ("agenda_item", AgendaItem, AgendaItem.meeting_id.in_(meetings)),
        ("arrangement", Arrangement, Arrangement.meeting_id.in_(meetings)),
        ("amendment", Amendment, Amendment.meeting_id.in_(meetings)),
        ("concern", Concern, Concern.meeting_id.in_(meetings)),
        ("task", Task, or_(Task.meeting_id.in_(meetings), Task.body_id.in_(bodies))),
    ]
    stmt: Any
    if sqlite:
        docs = table(DOCS_TABLE, column("id"), column("kind"), column("ref"))
        stmt = union_all(*(
            select(docs.c.id).join(model, and_(docs.c.kind == kind, docs.c.ref == model.id))
            .where(condition)
            for kind, model, condition in rows
        ))
        entries: tuple[Any, ...] = tuple(int(i) for i in session.scalars(stmt))
    else:  # UUIDs are unique across tables
        stmt = union_all(*(select(model.id).where(condition) for _k, model, condition in rows))
        entries = tuple(session.scalars(stmt))
    return _Dead(meetings, bodies, entries)


def _plan(session: Session, terms: list[tuple[str, ...]]) -> _Plan:
    sqlite = session.get_bind().dialect.name == "sqlite"
    dead = _dead(session, sqlite)
    if sqlite:
        compounds = _compounds(session, terms)
        infixes = tuple(v for v in compounds)
        return _Plan(tuple(terms), True, fts5_query(terms, compounds),
                     Marks(_highlight_prefixes(terms, loose=False), infixes), dead)
    return _Plan(tuple(terms), False, tsquery(terms),
                 Marks(_highlight_prefixes(terms, loose=True)), dead)


# --- finding ------------------------------------------------------------------------------


def _sqlite_group(
    session: Session, plan: _Plan, group: str, offset: int, limit: int
) -> tuple[int, list[tuple[str, str, float]]]:
    """Count of a group's matches and its hits ``offset`` to ``offset + limit``.

    FTS5 counts without ranking, and ``ORDER BY rowid DESC LIMIT`` stops early; so bm25 ranks
    the newest ``RANK_WINDOW`` matches of the group only, which keeps a search for a common
    word fast on twenty years of minutes. Pages beyond the window follow, newest first.
    """
    match = f"grp : {group_token(group)} AND {{title body}} : ({plan.match})"
    dead = plan.dead.entries
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
    alive = " AND NOT (ref = ANY(:dead))" if plan.dead.entries else ""
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
    if plan.dead.entries:
        params["dead"] = list(plan.dead.entries)
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
        groups.append(SearchGroup(key, label, total, tuple(_describe(session, best, plan))))
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
                       tuple(_describe(session, page, plan)))


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
    source: str, prefixes: Sequence[str] | Marks, width: int = 160
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line excerpt around the first match, with the matched words' spans in it.

    ``prefixes`` are folded word starts, or :class:`Marks` (which also knows compounds).
    """
    marks = prefixes if isinstance(prefixes, Marks) else Marks(tuple(prefixes))
    flat = " ".join(source.split())
    if not flat:
        return "", ()
    first = next((m for m in _WORD.finditer(flat) if marks.matches(fold(m.group()))), None)
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
        if marks.matches(fold(m.group()))
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


def _joined(*parts: str | None) -> str:
    """The texts of one hit for its snippet, kept apart by :data:`SEPARATOR` (a task's text
    and its owner are two texts, not one sentence); empty parts are left out."""
    return SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def _titled_snippet(title: str, body: str, marks: Marks) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The body's excerpt; led by the title when the title holds words the body lacks (a hit
    found by its title alone would otherwise show the notes with nothing marked)."""
    if not body or marks.found_in(title) - marks.found_in(body):
        return make_snippet(_joined(title, body), marks)
    return make_snippet(body, marks)


def _short(value: str, limit: int = 70) -> str:
    line = " ".join(value.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _context(body_name: str | None, day: date | None) -> str:
    return ", ".join(p for p in (body_name or "", format_date(day)) if p)


def _rows(
    session: Session, kind: str, ids: list[uuid.UUID], dead: _Dead
) -> dict[uuid.UUID, Any]:
    """The display columns of some rows of ``kind``; deleted rows and rows of deleted
    meetings or bodies drop out (the index may be a moment behind)."""
    stmt: Any
    if kind == "agenda_item":
        stmt = (
            select(AgendaItem.id, AgendaItem.number, AgendaItem.title, AgendaItem.notes,
                   AgendaItem.outcome, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(AgendaItem.id.in_(ids), AgendaItem.deleted_at.is_(None),
                   dead.live(Meeting.id))
        )
    elif kind == "concern":
        stmt = (
            select(Concern.id, Concern.text, Concern.target_group, Concern.raised_on, Body.name)
            .outerjoin(Meeting, Meeting.id == Concern.meeting_id)
            .outerjoin(Body, Body.id == Meeting.body_id)
            .where(Concern.id.in_(ids), Concern.deleted_at.is_(None),
                   dead.live(Concern.meeting_id))
        )
    elif kind == "task":
        stmt = (
            select(Task.id, Task.description, Task.owner_text, Task.due, Task.done_on,
                   Body.name, Meeting.date)
            .join(Body, Body.id == Task.body_id)
            .outerjoin(Meeting, Meeting.id == Task.meeting_id)
            .where(Task.id.in_(ids), Task.deleted_at.is_(None), Body.deleted_at.is_(None),
                   dead.live(Task.meeting_id))
        )
    elif kind in ("arrangement", "amendment"):
        model: type[Arrangement] | type[Amendment] = (
            Arrangement if kind == "arrangement" else Amendment
        )
        alive = [Arrangement.deleted_at.is_(None)] if kind == "arrangement" else []
        stmt = (
            select(model.id, model.text, Meeting.date, Body.name)
            .join(Meeting, Meeting.id == model.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(model.id.in_(ids), *alive, dead.live(Meeting.id))
        )
    else:
        stmt = select(
            Measure.id, Measure.number, Measure.title, Measure.summary, Measure.need,
            Measure.start,
        ).where(Measure.id.in_(ids), Measure.deleted_at.is_(None))
    return {row[0]: row for row in session.execute(stmt)}


def _hit(kind: str, row: Any, score: float, marks: Marks) -> SearchHit:
    if kind == "agenda_item":
        _, number, title, notes, outcome, day, body = row
        snippet = _titled_snippet(title, _joined(notes, outcome), marks)
        return SearchHit(kind, row[0], f"TOP {number} {title}", _context(body, day),
                         *snippet, day, score)
    if kind == "concern":
        _, body_text, group, day, body = row
        context = _context(body, day) + (f" · Zielgruppe: {group}" if group else "")
        return SearchHit(kind, row[0], _short(body_text), context,
                         *make_snippet(_joined(body_text, group), marks), day, score)
    if kind == "task":
        _, what, owner, due, done_on, body, day = row
        state = f"erledigt {format_date(done_on)}" if done_on else (
            f"bis {format_date(due)}" if due else "offen"
        )
        context = " · ".join(p for p in (body, owner, state) if p)
        return SearchHit(kind, row[0], _short(what), context,
                         *make_snippet(_joined(what, owner), marks), day, score)
    if kind in ("arrangement", "amendment"):
        _, body_text, day, body = row
        label = "Vereinbarung" if kind == "arrangement" else "Änderung zum Protokoll"
        return SearchHit(kind, row[0], f"{label}: {_short(body_text, 50)}", _context(body, day),
                         *make_snippet(body_text, marks), day, score)
    _, number, title, summary, need, start = row
    return SearchHit(kind, row[0], f"{number} {title}", "Maßnahme",
                     *_titled_snippet(title, _joined(summary, need), marks), start, score)


def _describe(
    session: Session, found: Sequence[tuple[str, str, float]], plan: _Plan
) -> list[SearchHit]:
    """Hits for index entries (kind, id as text, score), in their order; entries whose row is
    gone drop out."""
    ids_by_kind: dict[str, list[uuid.UUID]] = {}
    typed = [(kind, uuid.UUID(str(ref)), score) for kind, ref, score in found]
    for kind, row_id, _ in typed:
        ids_by_kind.setdefault(kind, []).append(row_id)
    rows = {kind: _rows(session, kind, ids, plan.dead) for kind, ids in ids_by_kind.items()}
    return [
        _hit(kind, rows[kind][row_id], score, plan.marks)
        for kind, row_id, score in typed
        if row_id in rows[kind]
    ]
