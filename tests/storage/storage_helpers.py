"""Helpers of the storage tests: databases with bulk rows, and running code as another user."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError

from sro_desktop.models import Area, AuditEntry, Budget, BudgetEntry
from sro_desktop.storage.append_only import APPEND_ONLY_TABLES, installed_guards
from sro_desktop.storage.database import Database, make_engine
from sro_desktop.storage.open import open_database

NOBODY = 65534
TEST_REVISION = "0099_test_revision"


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """SHA-256, modification time and the folder's listing: what "unchanged" means here."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def make_sqlite_db(path: Path, rows: int = 0) -> Path:
    """An SRO Desktop database without seed data, with ``rows`` filler settings (many pages).

    The filler lives in ``settings``, a table that may be updated and deleted: the audit log
    and the ledger refuse both (append-only triggers), and some tests need a big change.
    """
    open_database(path, create=True, seed="empty").close()
    if rows:
        conn = sqlite3.connect(path)
        with conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [(f"test.{i}.{uuid.uuid4().hex}", f"Testwert {i} " * 10) for i in range(rows)],
            )
        conn.close()
    return path


def filler_count(path: Path) -> int:
    """Filler rows of :func:`make_sqlite_db`, read on a plain connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'test.%'")
                   .fetchone()[0])
    finally:
        conn.close()


def run_in_child(fn: Callable[[], str], *, as_user: int | None = None) -> str:
    """Run ``fn`` in a forked child (optionally after dropping to the uid/gid ``as_user``) and
    return the text it returned, or ``"ExceptionName: message"`` when it raised."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        try:
            if as_user is not None:
                os.setgroups([])
                os.setgid(as_user)
                os.setuid(as_user)
            result = fn()
        except BaseException as exc:
            result = f"{type(exc).__name__}: {getattr(exc, 'message', exc)}"
        os.write(write_end, result.encode("utf-8"))
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8")


def schema_snapshot(target: str | Path) -> dict[str, dict[str, object]]:
    """Tables with their columns, keys, indexes and constraints, as the database reports them."""
    from sqlalchemy import inspect

    from sro_desktop.storage.database import make_engine

    engine = make_engine(target, must_exist="://" not in str(target))
    try:
        insp = inspect(engine)
        snapshot: dict[str, dict[str, object]] = {}
        for table in sorted(insp.get_table_names()):
            snapshot[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                    for c in insp.get_columns(table)
                ],
                "pk": insp.get_pk_constraint(table)["constrained_columns"],
                "fks": sorted(
                    (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"])
                    for fk in insp.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                    for ix in insp.get_indexes(table)
                ),
                "uniques": sorted(
                    (uq["name"], tuple(uq["column_names"]))
                    for uq in insp.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (ck["name"], ck["sqltext"]) for ck in insp.get_check_constraints(table)
                ),
            }
        return snapshot
    finally:
        engine.dispose()


# --- append-only tables (audit log, budget ledger) -------------------------------------------

SQLITE_GUARDS = sorted(f"append_only_{t}_{e}" for t in APPEND_ONLY_TABLES
                       for e in ("update", "delete"))
PG_GUARDS = sorted(f"append_only_{t}_{e}" for t in APPEND_ONLY_TABLES
                   for e in ("change", "truncate"))


def guards(target: str) -> list[str]:
    """The append-only triggers present in the database ``target``."""
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            return installed_guards(conn)
    finally:
        engine.dispose()


def expected_guards(target: str) -> list[str]:
    """The append-only triggers a current database of this kind has."""
    return PG_GUARDS if "://" in target else SQLITE_GUARDS


def add_ledger_rows(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """A region, a budget with one entry, and (through the audit hook) audit entries; returns
    the ids of the ledger entry and of one audit entry."""
    with db.write() as s:
        region = Area(level="region", name="Nordwest", code="RR-NW")
        s.add(region)
        s.flush()
        budget = Budget(area_id=region.id, year=2025)
        s.add(budget)
        s.flush()
        entry = BudgetEntry(budget_id=budget.id, kind="allocation", figure="total",
                            entry_date=date(2025, 1, 1), amount_cents=100_000_00)
        s.add(entry)
        s.flush()
        entry_id = entry.id
    with db.session() as s:
        audit_id = s.scalars(select(AuditEntry.id).limit(1)).one()
    return entry_id, audit_id


def assert_refused_in_the_database(db: Database, entry_id: uuid.UUID,
                                   audit_id: uuid.UUID) -> None:
    """Core and raw SQL updates and deletes fail with the German sentence; nothing changes."""
    statements = [
        (update(AuditEntry).where(AuditEntry.id == audit_id).values(new="gefälscht"),
         "Änderungsprotokoll"),
        (delete(AuditEntry).where(AuditEntry.id == audit_id), "Änderungsprotokoll"),
        (update(BudgetEntry).where(BudgetEntry.id == entry_id).values(amount_cents=1),
         "Haushaltsbuch"),
        (delete(BudgetEntry).where(BudgetEntry.id == entry_id), "Haushaltsbuch"),
        (text("DELETE FROM audit_log"), "Änderungsprotokoll"),
    ]
    for statement, words in statements:
        with pytest.raises(IntegrityError, match=words), db.write() as s:
            s.execute(statement)
    with db.session() as s:
        entry = s.get(BudgetEntry, entry_id)
        assert entry is not None and entry.amount_cents == 100_000_00
        assert s.get(AuditEntry, audit_id) is not None
