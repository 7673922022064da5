"""Open (or create) a database: the one entry point for the GUI, the CLI and the tests.

An existing SQLite file is checked first without changing a byte of it (see ``probe.py``); an
older schema is migrated after a backup; a newer one is refused. A missing file is created only
when asked, with the schema, the revision stamp and the seed data in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from .database import BUSY_TIMEOUT_MS, Database, current_user, make_engine
from .errors import (
    SERVER_UNCHANGED,
    UNCHANGED,
    DatabaseExistsError,
    DatabaseOpenError,
    MissingDatabaseError,
    UnreadableDatabaseError,
    describe_target,
    empty_server_message,
)
from .probe import classify_revision, probe_sqlite_file
from .schema_version import (
    PACKAGED_SCRIPTS,
    SchemaScripts,
    install_extras,
    lock_schema,
    read_revision,
    stamp,
)

SeedKind = Literal["rostock", "empty"]


def _fill_new_database(conn: Connection, scripts: SchemaScripts, seed: SeedKind, user: str) -> None:
    """Schema, revision stamp and seed data, inside the caller's transaction.

    The schema comes from the models (``create_all``) and is stamped with the head revision;
    a test proves it equal to what the migration scripts build.
    """
    from sro_desktop.models import Base

    Base.metadata.create_all(conn)
    # Objects outside the ORM metadata that later revisions add (search index, triggers).
    install_extras(conn, scripts.head)
    stamp(conn, scripts.head)
    if seed == "rostock":
        try:
            from .seed import seed_rostock
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.seed":
                raise
            raise DatabaseOpenError(
                str(conn.engine.url),
                "Die Rostock-Grunddaten sind in dieser Installation nicht vorhanden (Modul "
                "sro_desktop.storage.seed fehlt); eine leere Datenbank lässt sich anlegen.",
            ) from exc
        with Session(bind=conn, info={"user": user}, expire_on_commit=False) as session:
            seed_rostock(session)
            session.flush()


def _create_sqlite(path: Path, scripts: SchemaScripts, seed: SeedKind, user: str) -> None:
    """Create the file in one write transaction; remove it again if anything fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.execution_options(sro_write=True)
            with conn.begin():
                _fill_new_database(conn, scripts, seed, user)
    except BaseException:
        engine.dispose()
        path.unlink(missing_ok=True)
        Path(f"{path}-journal").unlink(missing_ok=True)
        raise
    engine.dispose()


def _open_sqlite(
    path: Path,
    *,
    user: str,
    create: bool,
    new_only: bool,
    seed: SeedKind,
    verify: bool,
    lock_timeout: float,
    scripts: SchemaScripts,
) -> Database:
    try:
        exists = path.exists()
    except OSError as exc:
        raise UnreadableDatabaseError(
            path, f"„{path}“ ist nicht erreichbar ({exc.strerror or exc}). {UNCHANGED}"
        ) from exc
    if exists and new_only:
        raise DatabaseExistsError(
            path,
            f"„{path}“ existiert bereits; init legt nur neue Datenbanken an (eine vorhandene "
            f"Datei wird nie überschrieben). {UNCHANGED}",
        )
    if not exists:
        if not create:
            raise MissingDatabaseError(
                path,
                f"Datenbank „{path}“ nicht gefunden: die Datei existiert nicht. Eine neue "
                f"Datenbank legt „Datei → Neue Datenbank“ oder „sro-desktop init --db …“ an.",
            )
        _create_sqlite(path, scripts, seed, user)
    else:
        found = probe_sqlite_file(path, scripts=scripts, verify=verify, lock_timeout=lock_timeout)
        if not found.current:
            from .migrate import migrate_sqlite

            migrate_sqlite(path, found.revision, scripts)
    return Database(make_engine(path, must_exist=True), user=user)


def _server_in_use(url: str, revision: str | None, tables: list[str]) -> DatabaseExistsError:
    shown = describe_target(url)
    if revision is not None:
        what = f"bereits eine SRO-Desktop-Datenbank (Schema-Revision {revision or 'unbekannt'})"
    else:
        listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        what = f"bereits Tabellen eines anderen Programms ({listed})"
    return DatabaseExistsError(
        url,
        f"„{shown}“ enthält {what}; init legt nur in einer leeren Datenbank an. "
        f"{SERVER_UNCHANGED}",
    )


def _open_server(
    url: str, *, user: str, create: bool, new_only: bool, seed: SeedKind, scripts: SchemaScripts
) -> Database:
    shown = describe_target(url)
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise DatabaseOpenError(
            url, f"„{shown}“ ist keine gültige Datenbank-Adresse (erwartet: "
                 f"postgresql+psycopg://BENUTZER@SERVER/DATENBANK)."
        ) from exc
    try:
        with engine.connect() as conn:
            revision = read_revision(conn)
            tables = inspect(conn).get_table_names() if revision is None else []
            conn.rollback()
        if new_only and (revision is not None or tables):
            raise _server_in_use(url, revision, tables)
        if revision is None and not tables:
            if not create:
                raise MissingDatabaseError(url, empty_server_message(url))
            _create_server(engine, scripts, seed, user, new_only=new_only)
        elif not classify_revision(url, revision, scripts):
            from .migrate import migrate_postgresql

            assert revision is not None
            migrate_postgresql(engine, revision, scripts)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = getattr(exc, "orig", None) or exc
        raise DatabaseOpenError(url, f"Verbindung zu „{shown}“ fehlgeschlagen ({detail}).") from exc
    return Database(engine, user=user)


def _create_server(
    engine: Engine, scripts: SchemaScripts, seed: SeedKind, user: str, *, new_only: bool
) -> None:
    """Create schema and seed in one transaction under the schema advisory lock."""
    with engine.connect() as conn, conn.begin():
        lock_schema(conn)
        revision = read_revision(conn)
        if revision is not None:
            # Another client created it while we waited for the lock.
            if new_only:
                raise _server_in_use(str(engine.url), revision, [])
            return
        _fill_new_database(conn, scripts, seed, user)


def open_database(
    target: str | Path,
    *,
    user: str | None = None,
    create: bool = False,
    seed: SeedKind = "rostock",
    verify: bool = True,
    lock_timeout: float | None = None,
    scripts: SchemaScripts | None = None,
    new_only: bool = False,
) -> Database:
    """Open the SQLite file or ``postgresql+psycopg://`` URL ``target`` for reading and writing.

    ``create`` makes a missing file (or fills an empty server database) with the schema and, for
    ``seed="rostock"``, the Rostock hierarchy. ``verify`` runs SQLite's ``quick_check`` over the
    whole file (skip it for a fast start when a daily backup checks instead); ``lock_timeout``
    bounds the wait for another writer (default: the busy timeout); ``scripts`` replaces the
    packaged migrations (tests). ``new_only`` (``sro-desktop init``) refuses an existing file
    or a server database that holds any table (:class:`DatabaseExistsError`). Raises a
    :class:`DatabaseOpenError` subclass with a German message; then the file (or the server
    database) is unchanged.
    """
    scripts = scripts or PACKAGED_SCRIPTS
    user = user or current_user()
    text = str(target)
    if "://" in text:
        return _open_server(text, user=user, create=create or new_only, new_only=new_only,
                            seed=seed, scripts=scripts)
    return _open_sqlite(
        Path(text).expanduser().absolute(),
        user=user,
        create=create or new_only,
        new_only=new_only,
        seed=seed,
        verify=verify,
        lock_timeout=BUSY_TIMEOUT_MS / 1000 if lock_timeout is None else lock_timeout,
        scripts=scripts,
    )
