"""Schema migrations with Alembic, configured in code (no alembic.ini at run time).

Only imported when a migration runs or a revision is not the head: Alembic costs start-up time.

SQLite: back up the file (sqlite3 backup API), then one ``BEGIN IMMEDIATE`` transaction with
foreign keys off (batch migrations recreate tables), ``PRAGMA foreign_key_check`` before the
commit. PostgreSQL: one transaction under an advisory lock, so that two clients starting at the
same moment do not both migrate.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from .backup import backup_database, backup_dir
from .database import make_engine
from .errors import MigrationError
from .schema_version import (
    PACKAGED_SCRIPTS,
    SchemaScripts,
    install_extras,
    lock_schema,
    read_revision,
)


def alembic_config(
    scripts: SchemaScripts = PACKAGED_SCRIPTS, connection: Connection | None = None
) -> Config:
    """An Alembic configuration for ``scripts``; ``env.py`` runs on ``connection``."""
    cfg = Config()
    # ConfigParser interpolates "%": escape it in paths, and keep the file name template literal.
    cfg.set_main_option("script_location", str(scripts.location).replace("%", "%%"))
    cfg.set_main_option("file_template", "%%(rev)s")
    cfg.attributes["connection"] = connection
    return cfg


def script_head(scripts: SchemaScripts = PACKAGED_SCRIPTS) -> str:
    """The single head revision of the migration scripts."""
    head = ScriptDirectory.from_config(alembic_config(scripts)).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration scripts in {scripts.location}")
    return head


def known_revisions(scripts: SchemaScripts = PACKAGED_SCRIPTS) -> frozenset[str]:
    """Every revision id of the migration scripts."""
    directory = ScriptDirectory.from_config(alembic_config(scripts))
    return frozenset(script.revision for script in directory.walk_revisions())


def upgrade(conn: Connection, scripts: SchemaScripts = PACKAGED_SCRIPTS, to: str = "head") -> None:
    """Run the migrations on ``conn`` inside the transaction the caller began."""
    command.upgrade(alembic_config(scripts, conn), to)


def create_at_revision(target: str | Path, revision: str, scripts: SchemaScripts) -> None:
    """A new database built by the migration scripts up to ``revision`` (tests and tools)."""
    engine = make_engine(target)
    try:
        with engine.connect() as conn, conn.begin():
            upgrade(conn, scripts, revision)
    finally:
        engine.dispose()


def migration_backup_path(path: Path, revision: str) -> Path:
    """Where the copy made before migrating from ``revision`` goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir(path) / f"{path.stem}-vor-migration-{revision}-{stamp}{path.suffix}"


def migrate_sqlite(
    path: Path,
    revision: str,
    scripts: SchemaScripts = PACKAGED_SCRIPTS,
) -> Path:
    """Back up the file, then migrate it from ``revision`` to the head in one transaction.

    Returns the backup's path. On failure the transaction is rolled back (the file holds what it
    held before) and :class:`MigrationError` names the backup.
    """
    backup = backup_database(path, migration_backup_path(path, revision))
    engine = make_engine(path, must_exist=True)
    try:
        with engine.connect() as conn:
            # Batch migrations copy and drop tables; foreign keys must be off while they do, and
            # SQLite ignores this pragma inside a transaction, so it comes before BEGIN.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            conn.execution_options(sro_write=True)
            with conn.begin():
                # Another program may have migrated while we made the backup.
                if read_revision(conn) == scripts.head:
                    return backup
                upgrade(conn, scripts)
                # SQLite batch migrations rebuild tables and so drop their triggers.
                install_extras(conn, scripts.head)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    tables = sorted({str(row[0]) for row in problems})
                    raise MigrationError(
                        path,
                        f"Die Aktualisierung von „{path}“ auf Schema-Revision {scripts.head} "
                        f"hinterließe {len(problems)} ungültige Verweise (Tabellen: "
                        f"{', '.join(tables)}) und wurde zurückgenommen. Die Datei ist "
                        f"unverändert; eine Sicherung liegt in „{backup}“.",
                    )
    except MigrationError:
        raise
    except Exception as exc:
        raise MigrationError(
            path,
            f"Die Aktualisierung von „{path}“ von Schema-Revision {revision} auf "
            f"{scripts.head} ist fehlgeschlagen ({exc}) und wurde zurückgenommen. Die Datei ist "
            f"unverändert; eine Sicherung liegt in „{backup}“.",
        ) from exc
    finally:
        engine.dispose()
    return backup


def migrate_postgresql(
    engine: Engine, revision: str, scripts: SchemaScripts = PACKAGED_SCRIPTS
) -> None:
    """Migrate a server database to the head in one transaction under the advisory lock.

    PostgreSQL databases are backed up by their administrators (pg_dump), not by us; the single
    transaction still guarantees all-or-nothing.
    """
    try:
        with engine.connect() as conn, conn.begin():
            lock_schema(conn)
            if read_revision(conn) == scripts.head:
                return
            upgrade(conn, scripts)
            install_extras(conn, scripts.head)
    except Exception as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise MigrationError(
            where,
            f"Die Aktualisierung von „{where}“ von Schema-Revision {revision} auf "
            f"{scripts.head} ist fehlgeschlagen ({exc}) und wurde zurückgenommen. Die Datenbank "
            f"ist unverändert.",
        ) from exc
