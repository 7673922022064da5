"""Append-only audit log and budget ledger: triggers refusing UPDATE and DELETE.

Revision ID: 0003_append_only
Revises: 0002_search_index
"""

from __future__ import annotations

from alembic import op

from sro_desktop.storage.append_only import drop_append_only_guards, install_append_only_guards

revision = "0003_append_only"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_append_only_guards(op.get_bind())


def downgrade() -> None:
    drop_append_only_guards(op.get_bind())
