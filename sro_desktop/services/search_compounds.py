"""German compounds on SQLite: the index terms that contain a query word after their start.

A word of at least ``INFIX_MIN`` letters also finds the compounds that contain it ("Fußball"
finds "Begegnungsfußball", "Ferien" "Sommerferien"). The index only knows word starts, so the
compounds are looked up in the index's own vocabulary (FTS5's ``fts5vocab``) and added to the
query as alternatives, at most ``INFIX_TERMS`` per word (the most frequent). Reading the
vocabulary reads the whole index (≈ 50 ms on twenty years of minutes), so it is kept per
connection until the index changes. PostgreSQL matches word starts and German stems only.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..storage.search_index import FTS_TABLE, GROUPS, group_token

INFIX_MIN = 4  # shorter words match word starts only ("Rat" must not find "Beirat")
INFIX_TERMS = 40  # compounds added per query word, the most frequent first
_VOCAB_TABLE = "search_vocab"  # a temp fts5vocab table per connection
_VOCAB_KEY = "sro_search_vocabulary"  # where a connection keeps its vocabulary
# FTS5 keeps its "structure" record (the list of segments) at this rowid of the data table;
# every write to the index rewrites it, so it tells whether the vocabulary is still current.
_FTS_STRUCTURE_ROWID = 10


def vocabulary(session: Session) -> tuple[str, ...]:
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


def compounds(session: Session, terms: Sequence[tuple[str, ...]]) -> dict[str, list[str]]:
    """For each variant of at least ``INFIX_MIN`` letters, the index terms that contain it
    after their start (the prefix query finds the others)."""
    long = {v for variants in terms for v in variants if len(v) >= INFIX_MIN}
    if not long:
        return {}
    out: dict[str, list[str]] = {}
    for term in vocabulary(session):
        for v in long:
            if v in term and not term.startswith(v):
                found = out.setdefault(v, [])
                if len(found) < INFIX_TERMS:
                    found.append(term)
    return out
