"""Helpers of the storage tests: databases with bulk rows, and running code as another user."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sro_desktop.storage.open import open_database

NOBODY = 65534
TEST_REVISION = "0002_test_revision"


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """SHA-256, modification time and the folder's listing: what "unchanged" means here."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def make_sqlite_db(path: Path, rows: int = 0) -> Path:
    """An SRO Desktop database without seed data, with ``rows`` audit entries (many pages)."""
    open_database(path, create=True, seed="empty").close()
    if rows:
        conn = sqlite3.connect(path)
        with conn:
            conn.executemany(
                "INSERT INTO audit_log (id, at, user, action, entity, entity_id, field, old, new)"
                " VALUES (?, '2024-01-01 00:00:00.000000', 'testerin', 'update', 'areas', ?,"
                " 'name', ?, ?)",
                [
                    (uuid.uuid4().hex, str(i), f"alter Name {i} " * 5, f"neuer Name {i} " * 5)
                    for i in range(rows)
                ],
            )
        conn.close()
    return path


def audit_count(path: Path) -> int:
    """Rows in the audit log, read on a plain connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
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
