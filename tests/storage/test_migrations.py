"""Migrations: the scripts build exactly the models' schema; an older database is migrated in one
transaction after a backup; a failing or damaging migration is rolled back; a newer database is
refused and left alone. On SQLite and, when available, PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from storage_helpers import (
    PG_GUARDS,
    SQLITE_GUARDS,
    TEST_REVISION,
    add_ledger_rows,
    assert_refused_in_the_database,
    expected_guards,
    fingerprint,
    guards,
    schema_snapshot,
)

import sro_desktop
from sro_desktop.models import Area, AuditEntry, Base
from sro_desktop.storage.backup import backup_dir
from sro_desktop.storage.database import make_engine
from sro_desktop.storage.errors import MigrationError, NewerSchemaError
from sro_desktop.storage.migrate import create_at_revision, script_head
from sro_desktop.storage.open import open_database
from sro_desktop.storage.schema_version import HEAD_REVISION, PACKAGED_SCRIPTS, SchemaScripts
from sro_desktop.storage.search_index import is_search_table

ADD_COLUMN = """
flag = sa.Column("test_flag", sa.Boolean(), nullable=False, server_default=sa.false())
if op.get_bind().dialect.name == "sqlite":
    # Recreate the table (copy, drop, rename), as SQLite migrations often must: the table is
    # referenced from many others, which only works with foreign keys off.
    with op.batch_alter_table("areas", recreate="always") as batch:
        batch.add_column(flag)
else:
    op.add_column("areas", flag)
op.execute("UPDATE areas SET test_flag = (code = 'HRO')")
"""


def revision_of(target: str) -> str:
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())
    finally:
        engine.dispose()


def add_city_and_child(target: str) -> None:
    db = open_database(target)
    with db.write() as s:
        city = Area(level="city", name="Rostock", code="HRO")
        s.add(city)
        s.flush()
        s.add(Area(level="region", name="Nordwest", code="RR-NW", parent_id=city.id))
    db.close()


def test_head_constant_is_the_scripts_head() -> None:
    assert script_head() == HEAD_REVISION


def test_migrated_schema_equals_the_models(new_target: str) -> None:
    create_at_revision(new_target, "head", PACKAGED_SCRIPTS)
    engine = make_engine(new_target)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                # The search index (revision 0002) lives outside the ORM metadata.
                "include_name": lambda name, type_, _parents: not (
                    type_ == "table" and is_search_table(name)),
            })
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_fresh_create_equals_migrated_schema(tmp_path: Path) -> None:
    created = str(tmp_path / "neu.sqlite")
    migrated = str(tmp_path / "migriert.sqlite")
    open_database(created, create=True, seed="empty").close()
    create_at_revision(migrated, "head", PACKAGED_SCRIPTS)
    assert schema_snapshot(created) == schema_snapshot(migrated)
    assert revision_of(created) == revision_of(migrated) == HEAD_REVISION


@pytest.mark.postgres
def test_fresh_create_equals_migrated_schema_on_postgresql(
    new_pg_database: Callable[[], str],
) -> None:
    created, migrated = new_pg_database(), new_pg_database()
    open_database(created, create=True, seed="empty").close()
    create_at_revision(migrated, "head", PACKAGED_SCRIPTS)
    assert schema_snapshot(created) == schema_snapshot(migrated)


def test_older_revision_is_migrated(
    new_target: str, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    open_database(new_target, create=True, seed="empty").close()
    add_city_and_child(new_target)
    scripts = make_scripts(ADD_COLUMN)

    db = open_database(new_target, scripts=scripts)
    with db.session() as s:
        rows = s.execute(text("SELECT code, test_flag FROM areas ORDER BY code")).all()
    db.close()
    assert [(code, bool(flag)) for code, flag in rows] == [("HRO", True), ("RR-NW", False)]
    assert revision_of(new_target) == TEST_REVISION
    if "://" not in new_target:
        conn = sqlite3.connect(new_target)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()


def test_backup_is_written_before_migrating(
    tmp_path: Path, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    path = tmp_path / "sro.sqlite"
    open_database(path, create=True, seed="empty").close()
    add_city_and_child(str(path))

    open_database(path, scripts=make_scripts(ADD_COLUMN)).close()

    backups = sorted(backup_dir(path).iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"sro-vor-migration-{HEAD_REVISION}-")
    # The backup is the database as it was: old revision, old schema, all rows.
    assert revision_of(str(backups[0])) == HEAD_REVISION
    conn = sqlite3.connect(backups[0])
    columns = [row[1] for row in conn.execute("PRAGMA table_info(areas)")]
    assert conn.execute("SELECT count(*) FROM areas").fetchone() == (2,)
    conn.close()
    assert "test_flag" not in columns


def test_failed_migration_is_rolled_back(
    tmp_path: Path, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    path = tmp_path / "sro.sqlite"
    open_database(path, create=True, seed="empty").close()
    add_city_and_child(str(path))
    before = fingerprint(path)[0]
    failing = ADD_COLUMN + '\nraise RuntimeError("Testfehler mitten in der Migration")'
    scripts = make_scripts(failing)

    with pytest.raises(MigrationError) as info:
        open_database(path, scripts=scripts)

    assert "Testfehler" in info.value.message
    assert "zurückgenommen" in info.value.message
    assert str(backup_dir(path)) in info.value.message
    assert fingerprint(path)[0] == before
    assert revision_of(str(path)) == HEAD_REVISION


def test_migration_leaving_broken_references_is_rolled_back(
    tmp_path: Path, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    path = tmp_path / "sro.sqlite"
    open_database(path, create=True, seed="empty").close()
    add_city_and_child(str(path))
    before = fingerprint(path)[0]
    orphan = uuid.uuid4().hex
    scripts = make_scripts(
        f"""
op.execute(
    "UPDATE areas SET parent_id = '{orphan}' WHERE code = 'RR-NW'"
)
"""
    )
    with pytest.raises(MigrationError) as info:
        open_database(path, scripts=scripts)
    assert "ungültige Verweise" in info.value.message
    assert "areas" in info.value.message
    assert fingerprint(path)[0] == before


def test_newer_revision_is_refused_and_left_alone(new_target: str) -> None:
    open_database(new_target, create=True, seed="empty").close()
    add_city_and_child(new_target)
    engine = make_engine(new_target)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_neuer'"))
    engine.dispose()
    snapshot = schema_snapshot(new_target)
    before = fingerprint(Path(new_target)) if "://" not in new_target else None

    with pytest.raises(NewerSchemaError) as info:
        open_database(new_target)

    assert info.value.revision == "0042_neuer"
    assert info.value.head == HEAD_REVISION
    assert "neueren Version von SRO Desktop" in info.value.message
    assert revision_of(new_target) == "0042_neuer"
    assert schema_snapshot(new_target) == snapshot
    if before is not None:
        assert fingerprint(Path(new_target)) == before


def test_two_programs_migrating_at_once_migrate_once(
    new_target: str, make_scripts: Callable[[str], SchemaScripts]
) -> None:
    """Two processes open an old database at the same moment: one migrates (BEGIN IMMEDIATE on
    SQLite, the advisory lock on PostgreSQL), the other finds the work done."""
    open_database(new_target, create=True, seed="empty").close()
    add_city_and_child(new_target)
    scripts = make_scripts(ADD_COLUMN)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sro_desktop.storage.open import open_database\n"
        "from sro_desktop.storage.schema_version import SchemaScripts\n"
        "scripts = SchemaScripts(Path(sys.argv[2]), sys.argv[3])\n"
        "open_database(sys.argv[1], scripts=scripts).close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])}
    args = [sys.executable, "-c", code, new_target, str(scripts.location), scripts.head]
    children = [subprocess.Popen(args, env=env, stderr=subprocess.PIPE) for _ in range(2)]
    errors = [child.communicate(timeout=120)[1].decode() for child in children]
    assert [child.returncode for child in children] == [0, 0], errors
    assert revision_of(new_target) == TEST_REVISION
    engine = make_engine(new_target)
    try:
        columns = [c["name"] for c in inspect(engine).get_columns("areas")]
    finally:
        engine.dispose()
    assert columns.count("test_flag") == 1


def test_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "sro.sqlite"
    open_database(path, create=True, seed="empty").close()
    code = (
        "import sys\n"
        "from sro_desktop.storage.open import open_database\n"
        "open_database(sys.argv[1]).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, check=True
    )
    assert out.stdout.decode().strip() == "[]"


# --- 0003_append_only: triggers on the audit log and the budget ledger -----------------------


def test_database_at_0002_gets_the_triggers_when_migrated(new_target: str) -> None:
    create_at_revision(new_target, "0002_search_index", PACKAGED_SCRIPTS)
    assert guards(new_target) == []
    engine = make_engine(new_target)
    with engine.begin() as conn:  # a row from before the upgrade, changeable back then
        conn.execute(text("INSERT INTO audit_log (id, at, \"user\", action, entity, entity_id,"
                          " field) VALUES (:id, :at, 'alt', 'insert', 'areas', 'x', '')"),
                     {"id": uuid.uuid4().hex if "://" not in new_target else str(uuid.uuid4()),
                      "at": "2024-01-01 00:00:00"})
        conn.execute(text("UPDATE audit_log SET \"user\" = 'vorher'"))
    engine.dispose()

    db = open_database(new_target)
    try:
        with db.session() as s:
            assert s.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
            assert s.scalars(select(AuditEntry.user)).all() == ["vorher"]
        assert guards(new_target) == expected_guards(new_target)
        entry_id, audit_id = add_ledger_rows(db)
        assert_refused_in_the_database(db, entry_id, audit_id)
    finally:
        db.close()
    if "://" not in new_target:
        # The copy made before the migration is the database at 0002, without triggers.
        (copy,) = backup_dir(Path(new_target)).iterdir()
        assert copy.name.startswith("sro-vor-migration-0002_search_index-")
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                            "AND name LIKE 'append_only_%'").fetchone() == (0,)
        conn.close()


def test_fresh_and_migrated_databases_have_the_same_triggers(tmp_path: Path) -> None:
    created, migrated = tmp_path / "neu.sqlite", tmp_path / "migriert.sqlite"
    open_database(created, create=True, seed="empty").close()
    create_at_revision(str(migrated), "head", PACKAGED_SCRIPTS)

    def triggers(path: Path) -> list[tuple[str, str, str]]:
        conn = sqlite3.connect(path)
        try:
            return sorted(conn.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))
        finally:
            conn.close()

    assert triggers(created) == triggers(migrated)
    assert {name for name, _t, _s in triggers(created)} >= set(SQLITE_GUARDS)


@pytest.mark.postgres
def test_fresh_and_migrated_server_databases_have_the_same_triggers(
    new_pg_database: Callable[[], str],
) -> None:
    created, migrated = new_pg_database(), new_pg_database()
    open_database(created, create=True, seed="empty").close()
    create_at_revision(migrated, "head", PACKAGED_SCRIPTS)

    def triggers(url: str) -> list[tuple[str, str]]:
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                return sorted((str(r[0]), str(r[1])) for r in conn.execute(text(
                    "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                    "WHERE NOT tgisinternal")))
        finally:
            engine.dispose()

    assert triggers(created) == triggers(migrated)
    assert {name for name, _d in triggers(created)} >= set(PG_GUARDS)
