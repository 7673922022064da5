"""Human numbers beside the UUIDs: measures ``SRAE-NW-2026-007``, decisions ``LG-NW-2026-B-012``.

Counters live in :class:`NumberSequence`, one row per prefix, incremented inside the caller's
write transaction (``BEGIN IMMEDIATE`` on SQLite serialises writers; on PostgreSQL the row is
locked ``FOR UPDATE``). A counter that is missing, for example in a database filled by an import,
starts after the highest number already used with that prefix, so numbers never collide.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, Decision, Measure, NumberSequence

__all__ = ["decision_number", "measure_number", "next_number", "region_short"]


def region_short(region: Area | None) -> str:
    """``NW`` for the Regionalraum coded ``RR-NW``; ``XX`` when there is no code."""
    if region is None or not region.code:
        return "XX"
    code = region.code.upper()
    return code[3:] if code.startswith("RR-") else code


def _highest_used(session: Session, prefix: str) -> int:
    pattern = re.compile(re.escape(prefix) + r"-(\d+)$")
    best = 0
    for model in (Measure, Decision):
        for number in session.scalars(select(model.number).where(model.number.like(prefix + "-%"))):
            match = pattern.match(number)
            if match:
                best = max(best, int(match.group(1)))
    return best


def next_number(session: Session, prefix: str) -> str:
    """The next free number ``<prefix>-NNN`` (at least three digits)."""
    seq = session.scalars(
        select(NumberSequence).where(NumberSequence.key == prefix).with_for_update()
    ).first()
    if seq is None:
        seq = NumberSequence(key=prefix, last_value=_highest_used(session, prefix))
        session.add(seq)
    seq.last_value += 1
    return f"{prefix}-{seq.last_value:03d}"


def measure_number(session: Session, region: Area | None, year: int) -> str:
    """A new measure number such as ``SRAE-NW-2026-007``."""
    return next_number(session, f"SRAE-{region_short(region)}-{year}")


def decision_number(session: Session, region: Area | None, year: int) -> str:
    """A new decision number of a Lenkungsgruppe such as ``LG-NW-2026-B-012``."""
    return next_number(session, f"LG-{region_short(region)}-{year}-B")
