"""The audit log and the budget ledger are append-only: the ORM refuses updates and deletes of
their rows, and database triggers refuse them for every other way in (Core statements, raw SQL,
other tools), on SQLite and PostgreSQL. Migration cases: ``test_migrations.py``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from storage_helpers import (
    SQLITE_GUARDS,
    add_ledger_rows,
    assert_refused_in_the_database,
    expected_guards,
    fingerprint,
    guards,
)

from sro_desktop.models import AuditEntry
from sro_desktop.services.audit import AuditLogChangeError
from sro_desktop.storage.append_only import APPEND_ONLY_TABLES
from sro_desktop.storage.open import open_database
from sro_desktop.storage.schema_version import SchemaScripts


def test_fresh_database_refuses_changes_of_log_and_ledger(new_target: str) -> None:
    db = open_database(new_target, create=True, seed="empty")
    try:
        assert guards(new_target) == expected_guards(new_target)
        entry_id, audit_id = add_ledger_rows(db)
        assert_refused_in_the_database(db, entry_id, audit_id)
        # Appending still works.
        with db.write() as s:
            s.add(AuditEntry(user="testerin", action="note", entity="areas", entity_id="x"))
    finally:
        db.close()


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(pg_database: str) -> None:
    db = open_database(pg_database, create=True, seed="empty")
    try:
        add_ledger_rows(db)
        for table in APPEND_ONLY_TABLES:
            with pytest.raises(IntegrityError), db.write() as s:
                s.execute(text(f"TRUNCATE {table} CASCADE"))
    finally:
        db.close()


def test_orm_refuses_changing_or_deleting_audit_entries(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sro.sqlite", create=True, seed="empty")
    try:
        _, audit_id = add_ledger_rows(db)
        with db.session() as s:
            original = s.get(AuditEntry, audit_id).new  # type: ignore[union-attr]
        with pytest.raises(AuditLogChangeError, match="nie geändert"), db.write() as s:
            entry = s.get(AuditEntry, audit_id)
            assert entry is not None
            entry.new = "gefälscht"
        with pytest.raises(AuditLogChangeError, match="nie gelöscht"), db.write() as s:
            s.delete(s.get(AuditEntry, audit_id))
        # Switching the recording off (demo data) does not switch the refusal off.
        with pytest.raises(AuditLogChangeError), db.write() as s:
            s.info["audit"] = False
            s.delete(s.get(AuditEntry, audit_id))
        with db.session() as s:
            assert s.get(AuditEntry, audit_id).new == original  # type: ignore[union-attr]
    finally:
        db.close()


def test_triggers_survive_a_migration_that_rebuilds_the_audit_table(
    tmp_path: Path, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    """An SQLite batch migration copies, drops and renames the table, which drops its
    triggers; the migration run puts them back."""
    path = tmp_path / "sro.sqlite"
    open_database(path, create=True, seed="empty").close()
    scripts = make_scripts(
        """
with op.batch_alter_table("audit_log", recreate="always") as batch:
    batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))
"""
    )
    before = fingerprint(path)[0]
    open_database(path, scripts=scripts).close()
    assert fingerprint(path)[0] != before
    assert guards(str(path)) == SQLITE_GUARDS
