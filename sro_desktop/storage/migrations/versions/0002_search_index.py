"""Full-text search index (FTS5 on SQLite, tsvector on PostgreSQL).

Revision ID: 0002_search_index
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

from sro_desktop.storage.search_index import drop_search_index, install_search_index

revision = "0002_search_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
