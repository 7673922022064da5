"""The Rostock default data: area tree, population figures and the default bodies.

The data come from ``resources/seed/rostock.json`` inside the package (built by
``tools/build_seed.py``), so a non-editable install works and nothing outside the package is
read at run time.

Every seeded row gets a fixed UUID (``uuid5`` over :data:`SEED_NAMESPACE` and a readable key
such as ``area:D``), so the Rostock rows of two independently created databases are the same
rows: offline copies and later merges can rely on it.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..models import Area, AreaLevel, Base, BodyKind

__all__ = [
    "SEED_NAMESPACE",
    "SEED_USER",
    "SeedError",
    "area_uuid",
    "body_uuid",
    "load_seed_document",
    "population_uuid",
    "seed_rostock",
]

SEED_NAMESPACE = uuid.UUID("6f1c2b7e-5a40-5d2e-9a51-3f0c8e6d1a24")
SEED_RESOURCE = "rostock.json"
SEED_USER = "seed"

_SOURCE_REF = re.compile(r"\bS\d+\b")


class SeedError(RuntimeError):
    """The seed cannot be applied (for example: the database already holds areas)."""


def area_uuid(code: str) -> uuid.UUID:
    """The fixed id of the seeded area with this code (``HRO``, ``RR-NW``, ``D``, ``Q-…``)."""
    return uuid.uuid5(SEED_NAMESPACE, f"area:{code}")


def population_uuid(code: str, reference_date: str) -> uuid.UUID:
    """The fixed id of a seeded population figure (``reference_date`` as ``YYYY-MM-DD``)."""
    return uuid.uuid5(SEED_NAMESPACE, f"population:{code}:{reference_date}")


def body_uuid(kind: str, area_code: str) -> uuid.UUID:
    """The fixed id of a seeded default body of ``kind`` for the area with ``area_code``."""
    return uuid.uuid5(SEED_NAMESPACE, f"body:{kind}:{area_code}")


@lru_cache(maxsize=1)
def _seed_text() -> str:
    return (resources.files("sro_desktop") / "resources" / "seed" / SEED_RESOURCE).read_text(
        encoding="utf-8"
    )


def load_seed_document() -> dict[str, Any]:
    """The packaged Rostock seed document as a fresh dict (callers may modify their copy)."""
    doc: dict[str, Any] = json.loads(_seed_text())
    if doc.get("format") != "sro-desktop-seed":
        raise SeedError("Seed-Datei: unbekanntes Format (erwartet „sro-desktop-seed“).")
    return doc


def _expand_sources(ref: str, sources: dict[str, str]) -> str:
    """The source reference followed by the full text of every ``S…`` it cites."""
    keys = list(dict.fromkeys(_SOURCE_REF.findall(ref)))
    lines = [ref] + [f"{k}: {sources[k]}" for k in keys if k in sources]
    return "\n".join(lines)


def _area_row(
    code: str,
    *,
    parent: str | None,
    level: str,
    name: str,
    now: datetime,
    kind_label: str,
    note: str = "",
    source: str = "",
    name_variants: list[str] | None = None,
    official: bool = True,
    uncertain: bool = False,
    is_model_region: bool = False,
    local_council: str = "",
    boundary: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": area_uuid(code),
        "parent_id": area_uuid(parent) if parent else None,
        "level": level,
        "code": code,
        "name": name,
        "name_variants": list(name_variants or []),
        "kind_label": kind_label,
        "official": official,
        "uncertain": uncertain,
        "is_model_region": is_model_region,
        "local_council": local_council,
        "note": note,
        "source": source,
        "retired_on": None,
        "boundary_geojson": json.dumps(boundary, separators=(",", ":")) if boundary else None,
        "deleted_at": None,
        "created_at": now,
        "updated_at": now,
        "updated_by": SEED_USER,
        "row_version": 1,
    }


def _body_row(kind: str, area_code: str, name: str, note: str, now: datetime) -> dict[str, Any]:
    return {
        "id": body_uuid(kind, area_code),
        "kind": kind,
        "name": name,
        "area_id": area_uuid(area_code),
        "note": note,
        "created_at": now,
        "updated_at": now,
        "updated_by": SEED_USER,
        "row_version": 1,
    }


_RULES_NOTE = (
    "Regeln (Ladungsfrist, Beschlussfähigkeit, Mehrheiten) sind Voreinstellungen nach "
    "VwVfG/KV M-V; bitte mit der Geschäftsordnung abgleichen."
)


def seed_rostock(session: Session) -> None:
    """Create the Rostock area tree, population figures and default bodies in ``session``.

    Creates the city, the four Regionalräume (working titles, flagged uncertain), the 21
    Sozialräume with boundaries and populations, the 31 official Ortsteile as Quartiere, one
    Stadtteiltisch and one Sozialraumteam per Sozialraum and one Lenkungsgruppe per
    Regionalraum. The caller owns the transaction (nothing is committed here). Raises
    :class:`SeedError` when the database already holds areas.
    """
    existing = session.execute(select(func.count()).select_from(Area)).scalar_one()
    if existing:
        raise SeedError(
            "Rostock-Grunddaten: Die Datenbank enthält bereits Bereiche; "
            "Grunddaten werden nur in eine leere Datenbank geschrieben."
        )
    doc = load_seed_document()
    sources: dict[str, str] = doc["sources"]
    now = datetime.now(UTC)
    city = doc["city"]
    city_code: str = city["code"]

    areas = [
        _area_row(
            city_code,
            parent=None,
            level=AreaLevel.CITY,
            name=city["name"],
            now=now,
            kind_label=city["kind_label"],
            note=city["note"],
            source=_expand_sources(city["source"], sources),
        )
    ]
    bodies: list[dict[str, Any]] = []
    populations: list[dict[str, Any]] = []
    for region in doc["regions"]:
        areas.append(
            _area_row(
                region["code"],
                parent=city_code,
                level=AreaLevel.REGION,
                name=region["name"],
                now=now,
                kind_label="Regionalraum",
                note=region["note"],
                source=_expand_sources(region["source"], sources),
                uncertain=region["uncertain"],
            )
        )
        bodies.append(
            _body_row(
                BodyKind.LENKUNGSGRUPPE,
                region["code"],
                f"Lenkungsgruppe {region['name']}",
                _RULES_NOTE,
                now,
            )
        )
    for space in doc["social_spaces"]:
        code = space["code"]
        areas.append(
            _area_row(
                code,
                parent=space["region"],
                level=AreaLevel.SOCIAL_SPACE,
                name=space["name"],
                now=now,
                kind_label="Sozialraum (Stadtbereich)",
                note=space["note"],
                source=_expand_sources(space["source"], sources),
                name_variants=space["name_variants"],
                uncertain=space["uncertain"],
                is_model_region=space["model_region"],
                local_council=space["local_council"],
                boundary=space["boundary"],
            )
        )
        for ref_date, residents in space["population"].items():
            populations.append(
                {
                    "id": population_uuid(code, ref_date),
                    "area_id": area_uuid(code),
                    "reference_date": date.fromisoformat(ref_date),
                    "residents": int(residents),
                    "source": _expand_sources(space["source"], sources),
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": SEED_USER,
                    "row_version": 1,
                }
            )
        bodies.append(
            _body_row(BodyKind.STADTTEILTISCH, code, f"Stadtteiltisch {space['name']}", "", now)
        )
        bodies.append(
            _body_row(BodyKind.SOZIALRAUMTEAM, code, f"Sozialraumteam {space['name']}", "", now)
        )
    for quarter in doc["quarters"]:
        areas.append(
            _area_row(
                quarter["code"],
                parent=quarter["social_space"],
                level=AreaLevel.QUARTER,
                name=quarter["name"],
                now=now,
                kind_label=quarter["kind_label"],
                note=quarter["note"],
                source=_expand_sources(quarter["source"], sources),
                official=quarter["official"],
                uncertain=quarter["uncertain"],
            )
        )
    # Parents precede children in the list, so the self-referencing foreign key holds row by
    # row (PostgreSQL checks it immediately).
    tables = Base.metadata.tables
    session.execute(insert(tables["areas"]), areas)
    session.execute(insert(tables["area_populations"]), populations)
    session.execute(insert(tables["bodies"]), bodies)
