"""Alembic environment: runs on the connection that ``sro_desktop.storage.migrate`` opened.

There is no alembic.ini and no URL here: the program opens the database itself (with its checks,
backup and write lock) and hands the connection over, already inside the one transaction that
the whole upgrade runs in.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from sro_desktop.models import Base, UTCDateTime
from sro_desktop.storage.search_index import is_search_table


def _render_item(kind: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column types as plain SQLAlchemy types.

    A migration must not import application code that later changes; ``UTCDateTime`` is stored
    as a plain DATETIME, so the script says ``sa.DateTime()``.
    """
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the search index's own tables alone: they are not ORM tables (FTS5 / tsvector)."""
    return not (type_ == "table" and name is not None and is_search_table(name))


def run_migrations(connection: Connection) -> None:
    """Configure the context for ``connection`` and run the migrations in its transaction."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_name=_include_name,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("SRO Desktop does not generate offline SQL scripts; migrate on open.")
_connection = context.config.attributes.get("connection")
if _connection is None:
    raise RuntimeError(
        "SRO Desktop runs migrations only on a connection it opened "
        "(sro_desktop.storage.migrate); there is no alembic.ini."
    )
run_migrations(_connection)
