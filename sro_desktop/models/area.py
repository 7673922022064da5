"""The territorial hierarchy: one tree of areas (city, Regionalraum, Sozialraum, Quartier)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from .base import Base, EntityMixin, TombstoneMixin


class AreaLevel(StrEnum):
    """Depth of a node in the hierarchy. Other cities may skip or rename levels."""

    CITY = "city"
    REGION = "region"
    SOCIAL_SPACE = "social_space"
    QUARTER = "quarter"


class Area(EntityMixin, TombstoneMixin, Base):
    """A node of the region tree.

    ``code`` is the stable key (``A``–``U`` for Rostock's Sozialräume, ``RR-NW`` for a
    Regionalraum); names may change, codes do not. ``retired_on`` hides a node from new work
    while keeping its history.
    """

    __tablename__ = "areas"
    __table_args__ = (
        UniqueConstraint("code"),
        Index("ix_areas_parent_level", "parent_id", "level"),
    )

    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("areas.id"), default=None)
    level: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(40), default=None)
    name: Mapped[str] = mapped_column(String(200))
    name_variants: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind_label: Mapped[str] = mapped_column(String(80), default="")
    official: Mapped[bool] = mapped_column(Boolean, default=True)
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    is_model_region: Mapped[bool] = mapped_column(Boolean, default=False)
    local_council: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    retired_on: Mapped[date | None] = mapped_column(Date, default=None)
    boundary_geojson: Mapped[str | None] = deferred(mapped_column(Text, default=None))

    parent: Mapped[Area | None] = relationship(
        back_populates="children", remote_side="Area.id", foreign_keys=[parent_id]
    )
    children: Mapped[list[Area]] = relationship(back_populates="parent")
    populations: Mapped[list[AreaPopulation]] = relationship(
        back_populates="area", cascade="all, delete-orphan"
    )


class AreaPopulation(EntityMixin, Base):
    """Residents of an area on a reference date (Melderegister, Hauptwohnung)."""

    __tablename__ = "area_populations"
    __table_args__ = (UniqueConstraint("area_id", "reference_date"),)

    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("areas.id"), index=True)
    reference_date: Mapped[date] = mapped_column(Date)
    residents: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")

    area: Mapped[Area] = relationship(back_populates="populations")
