"""Database triggers that keep the audit log and the budget ledger append-only.

The ORM refuses updates and deletes of ``AuditEntry`` and ``BudgetEntry`` already
(``services/audit.py``, ``services/budget/ledger.py``), but a Core ``update()``, a raw SQL
statement or another tool working on the file would pass. These triggers refuse ``UPDATE`` and
``DELETE`` (and on PostgreSQL ``TRUNCATE``) in the database itself, on SQLite and PostgreSQL.

Like the search index they are not part of the ORM metadata: Alembic revision
``0003_append_only`` installs them on existing databases, ``open.py`` on new ones, and
``migrate.py`` after every migration run (an SQLite batch migration that rebuilds one of the
tables drops its triggers). ``install_append_only_guards`` is idempotent.

A correction is a new row (``corrects_id``), never an edit. Dropping a table does not fire the
triggers, so a migration that rebuilds a table still works; the rows it copies are inserts.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# Table → the German sentence the database answers with when someone tries to change a row.
APPEND_ONLY_TABLES: dict[str, str] = {
    "audit_log": "Änderungsprotokoll (audit_log): Einträge werden nie geändert oder gelöscht.",
    "budget_entries": (
        "Haushaltsbuch (budget_entries): Buchungen werden nie geändert oder gelöscht; eine "
        "Korrektur ist eine neue Buchung."
    ),
}

PG_FUNCTION = "sro_refuse_append_only_change"
_SQLITE_EVENTS = ("update", "delete")


def trigger_name(table: str, event: str) -> str:
    """The name of the guard of ``table`` for ``event`` (``update``, ``delete``, ``truncate``;
    on PostgreSQL one row trigger covers update and delete: ``change``)."""
    return f"append_only_{table}_{event}"


def _quoted(message: str) -> str:
    return "'" + message.replace("'", "''") + "'"


def _install_sqlite(conn: Connection) -> None:
    for table, message in APPEND_ONLY_TABLES.items():
        for event in _SQLITE_EVENTS:
            name = trigger_name(table, event)
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            # RAISE(ABORT) undoes the statement and keeps the transaction: the caller sees an
            # IntegrityError (SQLITE_CONSTRAINT_TRIGGER) with the German sentence.
            conn.execute(text(
                f"CREATE TRIGGER {name} BEFORE {event.upper()} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, {_quoted(message)}); END"
            ))


def _install_postgresql(conn: Connection) -> None:
    # ERRCODE 23000 (integrity_constraint_violation) reaches Python as an IntegrityError, as on
    # SQLite. The message is the trigger's argument, so one function serves both tables.
    conn.execute(text(
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = '23000'; END $$"
    ))
    for table, message in APPEND_ONLY_TABLES.items():
        row, statement = trigger_name(table, "change"), trigger_name(table, "truncate")
        conn.execute(text(f"DROP TRIGGER IF EXISTS {row} ON {table}"))
        conn.execute(text(
            f"CREATE TRIGGER {row} BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION {PG_FUNCTION}({_quoted(message)})"
        ))
        # TRUNCATE empties a table without firing row triggers.
        conn.execute(text(f"DROP TRIGGER IF EXISTS {statement} ON {table}"))
        conn.execute(text(
            f"CREATE TRIGGER {statement} BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {PG_FUNCTION}({_quoted(message)})"
        ))


def install_append_only_guards(conn: Connection) -> None:
    """Create (or re-create) the triggers on the connection's database, in its transaction."""
    if conn.dialect.name == "sqlite":
        _install_sqlite(conn)
    else:
        _install_postgresql(conn)


def drop_append_only_guards(conn: Connection) -> None:
    """Remove the triggers (downgrade of revision ``0003_append_only``)."""
    if conn.dialect.name == "sqlite":
        for table in APPEND_ONLY_TABLES:
            for event in _SQLITE_EVENTS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)}"))
        return
    for table in APPEND_ONLY_TABLES:
        for event in ("change", "truncate"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger_name(table, event)} ON {table}"))
    conn.execute(text(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()"))


def installed_guards(conn: Connection) -> list[str]:
    """Names of the append-only triggers present in the database, sorted (tests, checks)."""
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'append_only_%'"
        ))
    else:
        rows = conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'append_only_%'"
        ))
    return sorted(str(row[0]) for row in rows)
