"""Organisations, people, bodies (Gremien) and memberships."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EntityMixin, TombstoneMixin


class OrganizationKind(StrEnum):
    """What an organisation is; providers (Träger) apply for measures."""

    PROVIDER = "provider"
    YOUTH_OFFICE = "youth_office"
    SCHOOL = "school"
    ASSOCIATION = "association"
    ADMINISTRATION = "administration"
    OTHER = "other"


class Organization(EntityMixin, TombstoneMixin, Base):
    """A Träger, the Jugendamt, a school, an association …"""

    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(30), default=OrganizationKind.PROVIDER)
    legal_form: Mapped[str] = mapped_column(String(120), default="")
    recognized_75: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="organization")


class Person(EntityMixin, TombstoneMixin, Base):
    """A professional or member of a body. Residents are never stored as persons (DSGVO)."""

    __tablename__ = "people"

    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), index=True)
    title: Mapped[str] = mapped_column(String(60), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), default=None, index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")

    organization: Mapped[Organization | None] = relationship(back_populates="people")

    @property
    def display_name(self) -> str:
        """Name as printed in protocols: "Dr. Anna Beispiel"."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


class BodyKind(StrEnum):
    """The three kinds of body of the SRO process."""

    STADTTEILTISCH = "stadtteiltisch"
    SOZIALRAUMTEAM = "sozialraumteam"
    LENKUNGSGRUPPE = "lenkungsgruppe"


class Body(EntityMixin, TombstoneMixin, Base):
    """A Gremium of an area. Its rules of procedure are settings, not constants in code."""

    __tablename__ = "bodies"

    kind: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(300))
    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("areas.id"), index=True)
    notice_days: Mapped[int] = mapped_column(Integer, default=7)
    quorum_min_present: Mapped[int] = mapped_column(Integer, default=3)
    tie_chair_decides: Mapped[bool] = mapped_column(Boolean, default=False)
    two_thirds_for_funding: Mapped[bool] = mapped_column(Boolean, default=False)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[Membership]] = relationship(back_populates="body")


class MemberRole(StrEnum):
    """Role of a member in a body (domain.md §3)."""

    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    VOTING = "voting"
    SUBSTITUTE = "substitute"
    ADVISORY = "advisory"
    MINUTE_TAKER = "minute_taker"
    GUEST = "guest"


VOTING_ROLES = frozenset({MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.VOTING})


class Membership(EntityMixin, TombstoneMixin, Base):
    """A person's seat in a body for a period, possibly as substitute for another member."""

    __tablename__ = "memberships"

    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bodies.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), default=None
    )
    role: Mapped[str] = mapped_column(String(30), default=MemberRole.VOTING)
    substitute_for_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("memberships.id"), default=None
    )
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    valid_to: Mapped[date | None] = mapped_column(Date, default=None)

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()
    substitute_for: Mapped[Membership | None] = relationship(remote_side="Membership.id")
