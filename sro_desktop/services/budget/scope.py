"""Which Regionalräume a tree node stands for: a region itself, the city's regions, or the
region above a Sozialraum or Quartier."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Area, AreaLevel
from ...services.formatting import german_sort_key
from .ledger import BudgetError

__all__ = ["Scope", "regions_of_city", "resolve_code", "resolve_scope", "short_region_name"]


@dataclass(frozen=True)
class Scope:
    """The regions a panel sums, its title, and the Sozialraum to highlight (if any)."""

    area_id: uuid.UUID
    # Reads after "Budget …": a region's name, or "aller Regionalräume" for the city.
    title: str
    region_ids: tuple[uuid.UUID, ...]
    city_wide: bool = False
    highlight_id: uuid.UUID | None = None
    highlight_name: str = ""


def regions_of_city(session: Session, city_id: uuid.UUID | None = None) -> list[Area]:
    """The live Regionalräume (of one city, or all), in German name order."""
    query = select(Area).where(Area.level == AreaLevel.REGION, Area.deleted_at.is_(None))
    if city_id is not None:
        query = query.where(Area.parent_id == city_id)
    return sorted(session.scalars(query), key=lambda a: german_sort_key(a.name))


def resolve_scope(session: Session, area_id: uuid.UUID) -> Scope | None:
    """The scope of a tree node, or None when the node has no Regionalraum above it."""
    area = session.get(Area, area_id)
    if area is None:
        return None
    if area.level == AreaLevel.CITY:
        regions = regions_of_city(session, area.id)
        return Scope(area.id, "aller Regionalräume", tuple(r.id for r in regions),
                     city_wide=True)
    node: Area | None = area
    highlight: Area | None = None
    while node is not None and node.level != AreaLevel.REGION:
        if node.level == AreaLevel.SOCIAL_SPACE:
            highlight = node
        node = session.get(Area, node.parent_id) if node.parent_id else None
    if node is None:
        return None
    return Scope(node.id, node.name, (node.id,),
                 highlight_id=highlight.id if highlight else None,
                 highlight_name=highlight.name if highlight else "")


def resolve_code(session: Session, code: str) -> Scope:
    """The scope of an area code (a Regionalraum or the city), for the CLI."""
    area = session.scalars(
        select(Area).where(func.upper(Area.code) == code.strip().upper())
    ).first()
    if area is None:
        area = session.scalars(
            select(Area).where(Area.level == AreaLevel.REGION, Area.name == code.strip())
        ).first()
    if area is None or area.level not in (AreaLevel.REGION, AreaLevel.CITY):
        raise BudgetError(f"Regionalraum: Kein Regionalraum mit dem Code „{code}“.")
    scope = resolve_scope(session, area.id)
    assert scope is not None
    return scope


def short_region_name(name: str) -> str:
    """"Nordwest (Arbeitstitel)" for "Regionalraum Nordwest (Arbeitstitel)": rows and bars
    under the heading "Regionalraum" need not repeat it."""
    return name.removeprefix("Regionalraum ").strip() or name
