"""Bookkeeping tables: audit log, leases, offline check-outs, number sequences, settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, EntityMixin, UTCDateTime, utcnow


class AuditEntry(Base):
    """Append-only: who changed which field of which row, when, from what to what.

    An insert's ``new`` (a delete's ``old``) is a JSON summary of the row. Rows are never
    updated or deleted: ``services/audit.py`` refuses it at flush time, and database triggers
    (``storage/append_only.py``, revision ``0003_append_only``) refuse it for any other way in.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str | None] = mapped_column(Text, default=None)
    new: Mapped[str | None] = mapped_column(Text, default=None)


class Lease(Base):
    """Who may edit a meeting or a measure form now; the token fences a late writer out."""

    __tablename__ = "leases"
    __table_args__ = (UniqueConstraint("resource_kind", "resource_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    resource_kind: Mapped[str] = mapped_column(String(30))
    resource_id: Mapped[str] = mapped_column(String(40))
    holder: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(200), default="")
    token: Mapped[int] = mapped_column(Integer, default=1)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Checkout(EntityMixin, Base):
    """A meeting taken offline to a laptop: who, where, when, and when it came back."""

    __tablename__ = "checkouts"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), index=True)
    by: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(200), default="")
    target_path: Mapped[str] = mapped_column(Text, default="")
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class NumberSequence(Base):
    """Counters for human numbers such as ``SRAE-NW-2026-007`` or ``LG-NW-2026-B-012``."""

    __tablename__ = "number_sequences"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Settings that belong to the database (shared by all its users), e.g. retention periods."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
