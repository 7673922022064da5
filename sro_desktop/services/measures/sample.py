"""A complete, valid application for tests, benchmarks and demonstrations."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Area, CostCategory, Organization
from .data import CostLineData, GoalData, MeasureData, PartnerData, TargetGroupData
from .lookups import create_provider
from .periods import latest_end

__all__ = ["sample_application"]


def sample_application(
    session: Session,
    *,
    area_code: str = "D",
    provider_name: str = "Jugendhilfe Musterträger e. V.",
    title: str = "Offener Treff am Nachmittag",
    start: date = date(2025, 2, 1),
    end: date | None = None,
    requested_cents: int = 1_248_000,
    own_cents: int = 100_000,
) -> MeasureData:
    """A valid, complete application in the Sozialraum ``area_code`` (the Träger is created
    when missing); cost and financing plans match."""
    area = session.scalars(select(Area).where(Area.code == area_code)).one()
    provider_id = session.scalar(select(Organization.id).where(Organization.name == provider_name))
    if provider_id is None:
        provider_id = create_provider(session, name=provider_name, legal_form="e. V.",
                                      recognized_75=True)
    finish = end or latest_end(start, 12)
    total = requested_cents + own_cents
    personnel = total * 3 // 4
    return dataclasses.replace(
        MeasureData(),
        title=title, area_ids=(area.id,), provider_id=provider_id,
        contact_name="Kim Beispiel", contact_email="kim@example.org", contact_phone="0381 123",
        places="Stadtteilzentrum", summary="Ein offener Treff für Jugendliche.",
        need="Jugendliche wünschen sich einen Ort am Nachmittag.",
        need_raised_at="Stadtteiltisch", plan="Wöchentliche Treffen.",
        principles=("Wille", "Aktivierung", "Ressourcen", "Übergreifend", "Vernetzung"),
        start=start, end=finish,
        interim_report_due=start + timedelta(days=180), final_report_due=finish,
        proof_of_use_due=finish + timedelta(days=90), evaluation_plan="Befragung",
        declarations_confirmed=True, declarations_text="Wir bestätigen die Angaben.",
        own_cents=own_cents, requested_cents=requested_cents,
        target_groups=(TargetGroupData(description="Jugendliche", age_min=12, age_max=17,
                                       expected_count=20, burdened=True),),
        goals=(GoalData(goal="Treffpunkt schaffen", indicator="20 Besuche pro Woche"),),
        partners=(PartnerData(name="Schule am Ort", role="Räume", own_contribution="Raum"),),
        cost_lines=(
            CostLineData(category=CostCategory.PERSONNEL, description="Fachkraft",
                         amount_cents=personnel),
            CostLineData(category=CostCategory.MATERIAL, description="Material",
                         amount_cents=total - personnel),
        ),
    )
