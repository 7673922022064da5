"""The full-text search index over minutes, concerns, tasks and measures.

Not ORM tables: on SQLite an FTS5 table (``unicode61 remove_diacritics 2`` with a prefix index,
ß folded to ss) plus a key table mapping FTS rowids to (kind, UUID); on PostgreSQL one table of
``tsvector('german', …)`` values with a GIN index. Triggers keep both in step with every
insert, update and delete, so no service has to remember to re-index.

``install_search_index`` is idempotent and cheap when the index exists: it (re)creates the
triggers, which a batch migration on SQLite drops together with the table it rebuilds, and
indexes rows that are missing. Call it after creating a database and after every migration run.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class Source:
    """A table whose text is searchable, and which columns count as title and as body."""

    table: str
    kind: str
    group: str  # results are grouped (and counted) by this key
    title: tuple[str, ...]
    body: tuple[str, ...]
    tombstone: bool = True

    @property
    def columns(self) -> tuple[str, ...]:
        """All indexed columns (and the tombstone, whose change also re-indexes)."""
        return self.title + self.body + (("deleted_at",) if self.tombstone else ())


SOURCES: tuple[Source, ...] = (
    Source("agenda_items", "agenda_item", "minutes", ("number", "title"), ("notes", "outcome")),
    Source("arrangements", "arrangement", "minutes", (), ("text",)),
    Source("amendments", "amendment", "minutes", (), ("text",), tombstone=False),
    Source("concerns", "concern", "concerns", ("target_group",), ("text",)),
    Source("tasks", "task", "tasks", ("owner_text",), ("description",)),
    Source("measures", "measure", "measures", ("number", "title"), ("summary", "need")),
)
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(src.group for src in SOURCES))

FTS_TABLE = "search_fts"
DOCS_TABLE = "search_docs"
# The FTS5 columns: the group as one token (so that each group is counted and ranked on its
# own inside the index), then the text.
FTS_COLUMNS = ("grp", "title", "body")


def group_token(group: str) -> str:
    """The token that marks a group in the ``grp`` column ("gminutes")."""
    return f"g{group}"


def _concat(row: str, columns: tuple[str, ...]) -> str:
    if not columns:
        return "''"
    return " || ' ' || ".join(f"coalesce({row}.{c}, '')" for c in columns)


# --- SQLite -------------------------------------------------------------------------------


def _sqlite_fold(expr: str) -> str:
    # unicode61 folds case and (remove_diacritics 2) ä→a, but keeps ß: "Strasse" must find
    # "Straße", so ß becomes ss before the tokenizer sees it (the query side does the same).
    return f"replace(replace({expr}, 'ß', 'ss'), 'ẞ', 'SS')"


def _sqlite_live(src: Source, row: str) -> str:
    return f"{row}.deleted_at IS NULL" if src.tombstone else "1"


def _sqlite_unindex(src: Source, row: str) -> str:
    return (
        f"DELETE FROM {FTS_TABLE} WHERE rowid = "
        f"(SELECT id FROM {DOCS_TABLE} WHERE kind = '{src.kind}' AND ref = {row}.id);"
    )


def _sqlite_index(src: Source, row: str) -> str:
    live = _sqlite_live(src, row)
    return (
        f"INSERT OR IGNORE INTO {DOCS_TABLE}(kind, ref) SELECT '{src.kind}', {row}.id "
        f"WHERE {live};\n"
        f"INSERT INTO {FTS_TABLE}(rowid, grp, title, body) SELECT d.id, "
        f"'{group_token(src.group)}', "
        f"{_sqlite_fold(_concat(row, src.title))}, {_sqlite_fold(_concat(row, src.body))} "
        f"FROM {DOCS_TABLE} d WHERE d.kind = '{src.kind}' AND d.ref = {row}.id AND {live};"
    )


def _sqlite_triggers(src: Source) -> list[str]:
    name = f"search_{src.table}"
    cols = ", ".join(src.columns)
    return [
        f"DROP TRIGGER IF EXISTS {name}_ai",
        f"DROP TRIGGER IF EXISTS {name}_au",
        f"DROP TRIGGER IF EXISTS {name}_ad",
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {src.table} BEGIN\n"
        f"{_sqlite_unindex(src, 'new')}\n{_sqlite_index(src, 'new')}\nEND",
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {cols} ON {src.table} BEGIN\n"
        f"{_sqlite_unindex(src, 'old')}\n{_sqlite_index(src, 'new')}\nEND",
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {src.table} BEGIN\n"
        f"{_sqlite_unindex(src, 'old')}\n"
        f"DELETE FROM {DOCS_TABLE} WHERE kind = '{src.kind}' AND ref = old.id;\nEND",
    ]


def _sqlite_backfill(connection: Connection, src: Source) -> None:
    """Index the live rows that have no entry yet (all of them on a new index)."""
    live = _sqlite_live(src, "t")
    connection.exec_driver_sql(
        f"INSERT INTO {DOCS_TABLE}(kind, ref) SELECT '{src.kind}', t.id FROM {src.table} t "
        f"WHERE {live} AND NOT EXISTS (SELECT 1 FROM {DOCS_TABLE} d "
        f"WHERE d.kind = '{src.kind}' AND d.ref = t.id)"
    )
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, grp, title, body) SELECT d.id, "
        f"'{group_token(src.group)}', "
        f"{_sqlite_fold(_concat('t', src.title))}, {_sqlite_fold(_concat('t', src.body))} "
        f"FROM {DOCS_TABLE} d JOIN {src.table} t ON t.id = d.ref "
        f"WHERE d.kind = '{src.kind}' AND {live} "
        f"AND NOT EXISTS (SELECT 1 FROM {FTS_TABLE} f WHERE f.rowid = d.id)"
    )


def _sqlite_fts_columns(connection: Connection) -> tuple[str, ...]:
    rows = connection.exec_driver_sql(f"PRAGMA table_info({FTS_TABLE})").all()
    return tuple(str(r[1]) for r in rows)


def _install_sqlite(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} (id INTEGER PRIMARY KEY, "
        "kind TEXT NOT NULL, ref TEXT NOT NULL, UNIQUE (kind, ref))"
    )
    columns = _sqlite_fts_columns(connection)
    if columns and columns != FTS_COLUMNS:
        # An index of an earlier layout: built again from the rows (nothing else lives there).
        connection.exec_driver_sql(f"DROP TABLE {FTS_TABLE}")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for src in SOURCES:
        for statement in _sqlite_triggers(src):
            connection.exec_driver_sql(statement)
        _sqlite_backfill(connection, src)


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_vector(expr: str, weight: str) -> str:
    # The german snowball stemmer folds umlauts and ß itself ("Straße" and "Strasse" → strass).
    # Hyphens become spaces: the parser reads "SRAE-NW-2025-003" as words plus the number
    # "-003", which the query's parts ("003") would never match.
    return f"setweight(to_tsvector('german', translate({expr}, '-', ' ')), '{weight}')"


def _pg_tsv(src: Source, row: str) -> str:
    title = _pg_vector(_concat(row, src.title), "A")
    return f"{title} || {_pg_vector(_concat(row, src.body), 'B')}"


def _pg_live(src: Source, row: str) -> str:
    return f"{row}.deleted_at IS NULL" if src.tombstone else "TRUE"


def _pg_trigger(src: Source) -> list[str]:
    func = f"search_index_{src.table}"
    return [
        f"""CREATE OR REPLACE FUNCTION {func}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM {DOCS_TABLE} WHERE kind = '{src.kind}' AND ref = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND {_pg_live(src, 'NEW')} THEN
    INSERT INTO {DOCS_TABLE}(kind, ref, tsv) VALUES ('{src.kind}', NEW.id, {_pg_tsv(src, 'NEW')})
    ON CONFLICT (kind, ref) DO UPDATE SET tsv = EXCLUDED.tsv;
  END IF;
  RETURN NULL;
END
$fn$""",
        f"DROP TRIGGER IF EXISTS search_{src.table} ON {src.table}",
        f"CREATE TRIGGER search_{src.table} AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join(src.columns)} ON {src.table} FOR EACH ROW EXECUTE FUNCTION {func}()",
        f"INSERT INTO {DOCS_TABLE}(kind, ref, tsv) SELECT '{src.kind}', t.id, {_pg_tsv(src, 't')} "
        f"FROM {src.table} t WHERE {_pg_live(src, 't')} ON CONFLICT (kind, ref) DO NOTHING",
    ]


def _install_postgresql(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} (kind varchar(20) NOT NULL, ref uuid NOT NULL, "
        "tsv tsvector NOT NULL, CONSTRAINT pk_search_docs PRIMARY KEY (kind, ref))"
    )
    connection.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS ix_search_docs_tsv ON {DOCS_TABLE} USING gin (tsv)"
    )
    for src in SOURCES:
        for statement in _pg_trigger(src):
            connection.exec_driver_sql(statement)


# --- public -------------------------------------------------------------------------------


def install_search_index(connection: Connection) -> None:
    """Create the index objects and triggers if missing and index rows not yet indexed.

    Runs inside the caller's transaction (an Alembic revision, the creation of a database).
    """
    if connection.dialect.name == "sqlite":
        _install_sqlite(connection)
    elif connection.dialect.name == "postgresql":
        _install_postgresql(connection)
    else:  # pragma: no cover - only the two supported back ends exist
        raise NotImplementedError(f"Suchindex: Datenbank „{connection.dialect.name}“ unbekannt")


def rebuild_search_index(connection: Connection) -> None:
    """Drop every index entry and index all live rows again (repair after manual edits)."""
    if connection.dialect.name == "sqlite" and search_index_installed(connection):
        connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
        connection.exec_driver_sql(f"DELETE FROM {DOCS_TABLE}")
    elif connection.dialect.name == "postgresql" and search_index_installed(connection):
        connection.exec_driver_sql(f"DELETE FROM {DOCS_TABLE}")
    install_search_index(connection)


def drop_search_index(connection: Connection) -> None:
    """Remove the index and its triggers (for migrations that must rebuild tables)."""
    if connection.dialect.name == "sqlite":
        for src in SOURCES:
            for suffix in ("ai", "au", "ad"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{src.table}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        for src in SOURCES:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{src.table} ON {src.table}")
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS search_index_{src.table}()")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {DOCS_TABLE}")


def search_index_installed(connection: Connection) -> bool:
    """True when the index tables exist on this database."""
    if connection.dialect.name == "sqlite":
        found = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (:a, :b)"),
            {"a": FTS_TABLE, "b": DOCS_TABLE},
        ).scalar()
        return found == 2
    found = connection.execute(text("SELECT to_regclass(:t)"), {"t": DOCS_TABLE}).scalar()
    return found is not None


def is_search_table(name: str) -> bool:
    """True for the index's own tables (FTS5 shadow tables included): Alembic's autogenerate
    must ignore them (``include_name``), or it would drop them."""
    return name in (DOCS_TABLE, FTS_TABLE) or name.startswith(f"{FTS_TABLE}_")
