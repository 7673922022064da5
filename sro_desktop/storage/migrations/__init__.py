"""Alembic migration scripts of SRO Desktop (run through ``sro_desktop.storage.migrate``)."""
