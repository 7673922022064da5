"""Load a measure as frozen data and save edited data back, with optimistic concurrency.

A save compares the ``row_version`` the form read with the stored one and refuses a stale save
with :class:`ConcurrentEditError` (who changed it and when), unless the user chose to overwrite
after seeing the difference. Every save bumps the measure's version, also when only a child row
changed, so that two forms editing different cost lines still notice each other.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ...models import (
    Area,
    Assessment,
    AuditEntry,
    CostLine,
    FundingKind,
    FundingLine,
    Measure,
    MeasureGoal,
    MeasureStatus,
    Milestone,
    Partner,
    StatusChange,
    TargetGroup,
    concern_measures,
    utcnow,
)
from ..changes import ChangeSet
from ..formatting import format_date
from .data import (
    AssessmentData,
    CostLineData,
    GoalData,
    MeasureData,
    MilestoneData,
    PartnerData,
    TargetGroupData,
)
from .diff import merge_links
from .due import refresh_deadline
from .fields import FIELD_LABELS, FORM_FIELDS, SUBMITTED_STATES, is_editable
from .labels import status_label
from .lookups import area_infos
from .numbering import measure_number
from .validation import Issue, save_blockers, validate

__all__ = [
    "ConcurrentEditError",
    "MeasureNotFoundError",
    "MeasureValidationError",
    "SaveResult",
    "load_measure",
    "save_measure",
]

KIND = "measures"


class MeasureNotFoundError(LookupError):
    """The measure does not exist (any more)."""


class MeasureValidationError(ValueError):
    """The data break a rule that keeps them from being saved; ``issues`` names each one."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        super().__init__("\n".join(i.message for i in issues))
        self.issues = tuple(issues)


class ConcurrentEditError(RuntimeError):
    """Someone else saved the measure after it was read; German message with who and when."""

    def __init__(self, measure_id: uuid.UUID, by: str, at: datetime | None) -> None:
        when = at.astimezone().strftime("%d.%m.%Y um %H:%M Uhr") if at else "unbekannt"
        super().__init__(
            f"Die Maßnahme wurde inzwischen von {by or 'unbekannt'} geändert ({when}). "
            "Bitte neu laden oder nach Prüfung der Unterschiede überschreiben."
        )
        self.measure_id = measure_id
        self.by = by
        self.at = at


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the measure's id, number and new version, and the change set."""

    id: uuid.UUID
    number: str
    row_version: int
    changes: ChangeSet


_CHILDREN: dict[str, tuple[type, type, bool]] = {
    # collection: (ORM class, data class, has position column)
    "target_groups": (TargetGroup, TargetGroupData, True),
    "goals": (MeasureGoal, GoalData, True),
    "milestones": (Milestone, MilestoneData, False),
    "partners": (Partner, PartnerData, True),
    "cost_lines": (CostLine, CostLineData, True),
    "assessments": (Assessment, AssessmentData, False),
}
_SCALARS = (
    "title",
    "provider_id",
    "contact_name",
    "contact_email",
    "contact_phone",
    "places",
    "summary",
    "need",
    "need_raised_at",
    "plan",
    "start",
    "end",
    "interim_report_due",
    "interim_report_received_on",
    "final_report_due",
    "proof_of_use_due",
    "evaluation_plan",
    "declarations_confirmed",
    "declarations_text",
)


def _child_data(row: Any, data_cls: type) -> Any:
    names = [f.name for f in dataclasses.fields(data_cls)]
    return data_cls(**{n: getattr(row, n) for n in names})


def _funding(measure: Measure) -> dict[str, Any]:
    sums = {FundingKind.OWN: 0, FundingKind.THIRD_PARTY: 0, FundingKind.SRAE: 0}
    sources: list[str] = []
    for line in measure.funding_lines:
        sums[FundingKind(line.kind)] = sums.get(FundingKind(line.kind), 0) + line.amount_cents
        if line.kind == FundingKind.THIRD_PARTY and line.source:
            sources.append(line.source)
    return {
        "own_cents": sums[FundingKind.OWN],
        "third_party_cents": sums[FundingKind.THIRD_PARTY],
        "third_party_source": "; ".join(sources),
        "requested_cents": sums[FundingKind.SRAE]
        if measure.funding_lines
        else measure.requested_cents,
    }


def _to_data(session: Session, measure: Measure) -> MeasureData:
    concern_ids = tuple(
        session.scalars(
            select(concern_measures.c.concern_id).where(concern_measures.c.measure_id == measure.id)
        )
    )
    children: dict[str, Any] = {
        name: tuple(_child_data(r, data_cls) for r in getattr(measure, name))
        for name, (_orm, data_cls, _pos) in _CHILDREN.items()
    }
    return MeasureData(
        id=measure.id,
        number=measure.number,
        status=measure.status,
        row_version=measure.row_version,
        updated_by=measure.updated_by,
        updated_at=measure.updated_at,
        region_id=measure.region_id,
        area_ids=tuple(sorted((a.id for a in measure.areas), key=str)),
        concern_ids=tuple(sorted(concern_ids, key=str)),
        principles=(
            measure.principle_1,
            measure.principle_2,
            measure.principle_3,
            measure.principle_4,
            measure.principle_5,
        ),
        extended=measure.extended,
        approved_cents=measure.approved_cents,
        **{name: getattr(measure, name) for name in _SCALARS},
        **_funding(measure),
        **children,
    )


def _query(measure_id: uuid.UUID) -> Any:
    return (
        select(Measure)
        .where(Measure.id == measure_id, Measure.deleted_at.is_(None))
        .options(
            selectinload(Measure.areas),
            selectinload(Measure.funding_lines),
            *(selectinload(getattr(Measure, name)) for name in _CHILDREN),
        )
    )


def load_measure(session: Session, measure_id: uuid.UUID) -> MeasureData:
    """The whole application of one measure as frozen data."""
    measure = session.scalars(_query(measure_id)).first()
    if measure is None:
        raise MeasureNotFoundError("Maßnahme: nicht gefunden (gelöscht oder nie gespeichert).")
    return _to_data(session, measure)


def _changed_fields(before: MeasureData, after: MeasureData) -> list[str]:
    return [name for name in FORM_FIELDS if getattr(before, name) != getattr(after, name)]


def _sync_children(session: Session, measure: Measure, name: str, items: Sequence[Any]) -> None:
    orm_cls, data_cls, has_position = _CHILDREN[name]
    key: Callable[[Any], Hashable] = (
        (lambda r: (r.reviewer, r.principle)) if name == "assessments" else (lambda r: r.id)
    )
    collection: list[Any] = getattr(measure, name)
    existing = {key(row): row for row in collection}
    fields = [f.name for f in dataclasses.fields(data_cls) if f.name != "id"]
    keep: list[Any] = []
    for position, item in enumerate(items):
        row = existing.get(key(item))
        if row is None:
            row = orm_cls(id=uuid.uuid4(), measure_id=measure.id)
            collection.append(row)
        for field in fields:
            if getattr(row, field, None) != getattr(item, field):
                setattr(row, field, getattr(item, field))
        if has_position and row.position != position:
            row.position = position
        keep.append(row)
    for row in list(collection):
        if not any(row is k for k in keep):
            collection.remove(row)


def _sync_funding(measure: Measure, data: MeasureData) -> None:
    wanted = {
        FundingKind.OWN: (data.own_cents, ""),
        FundingKind.THIRD_PARTY: (data.third_party_cents, data.third_party_source),
        FundingKind.SRAE: (data.requested_cents, ""),
    }
    for position, (kind, (cents, source)) in enumerate(wanted.items()):
        lines = [line for line in measure.funding_lines if line.kind == kind]
        if (
            sum(line.amount_cents for line in lines) == cents
            and (
                kind != FundingKind.THIRD_PARTY
                or "; ".join(x.source for x in lines if x.source) == source
            )
            and lines
        ):
            continue
        for line in lines:
            measure.funding_lines.remove(line)
        measure.funding_lines.append(
            FundingLine(
                id=uuid.uuid4(),
                measure_id=measure.id,
                position=position,
                kind=kind,
                amount_cents=cents,
                source=source,
            )
        )
    measure.requested_cents = data.requested_cents


def _audit_links(
    session: Session,
    measure_id: uuid.UUID,
    field: str,
    old: tuple[uuid.UUID, ...],
    new: tuple[uuid.UUID, ...],
) -> None:
    """Link tables are not entities, so the flush hook cannot see them; log them here."""
    if set(old) == set(new):
        return
    session.add(
        AuditEntry(
            user=str(session.info.get("user", "")),
            action="update",
            entity=KIND,
            entity_id=str(measure_id),
            field=field,
            old=", ".join(sorted(map(str, old))),
            new=", ".join(sorted(map(str, new))),
        )
    )


def _apply(
    session: Session, measure: Measure, before: MeasureData, data: MeasureData, region_id: uuid.UUID
) -> None:
    for name in _SCALARS:
        if getattr(measure, name) != getattr(data, name):
            setattr(measure, name, getattr(data, name))
    for index, text in enumerate(data.principles, start=1):
        if getattr(measure, f"principle_{index}") != text:
            setattr(measure, f"principle_{index}", text)
    if measure.region_id != region_id:
        measure.region_id = region_id
    if set(before.area_ids) != set(data.area_ids):
        measure.areas = list(session.scalars(select(Area).where(Area.id.in_(data.area_ids))))
        _audit_links(session, measure.id, "area_ids", before.area_ids, data.area_ids)
    if set(before.concern_ids) != set(data.concern_ids):
        # Only the links that change are written: a link is never deleted and re-inserted.
        gone = set(before.concern_ids) - set(data.concern_ids)
        new = set(data.concern_ids) - set(before.concern_ids)
        if gone:
            session.execute(
                delete(concern_measures).where(
                    concern_measures.c.measure_id == measure.id,
                    concern_measures.c.concern_id.in_(gone),
                )
            )
        if new:
            session.execute(
                insert(concern_measures),
                [{"concern_id": c, "measure_id": measure.id} for c in sorted(new, key=str)],
            )
        _audit_links(session, measure.id, "concern_ids", before.concern_ids, data.concern_ids)
    for name in _CHILDREN:
        if getattr(before, name) != getattr(data, name):
            _sync_children(session, measure, name, getattr(data, name))
    _sync_funding(measure, data)
    refresh_deadline(session, measure)
    # Bump the version even when only child rows or links changed (see module docstring).
    measure.updated_at = utcnow()


def _locked(before: MeasureData, data: MeasureData) -> list[str]:
    return [f for f in _changed_fields(before, data) if not is_editable(before.status, f)]


def save_measure(
    session: Session,
    data: MeasureData,
    *,
    overwrite: bool = False,
    user: str = "",
    base: MeasureData | None = None,
) -> SaveResult:
    """Create or update a measure from ``data`` (the caller owns the write transaction).

    Refuses data that cannot be saved (:class:`MeasureValidationError`), fields the state
    locks, and a stale ``row_version`` (:class:`ConcurrentEditError`) unless ``overwrite``
    (a blind overwrite, for scripts; the form saves a three-way merge instead,
    :func:`.diff.merge`).

    ``base`` is the version the editor started from. With it, the concern links are saved as
    the editor's changes (links ticked or unticked since ``base``) applied to the links stored
    now, so that a link written meanwhile elsewhere survives: the minutes link concerns
    without bumping the measure's version, so the version check cannot see such a link.
    """
    user = user or str(session.info.get("user", ""))
    areas = area_infos(session)
    blockers = save_blockers(validate(data, areas))
    if blockers:
        raise MeasureValidationError(blockers)
    region_id = next(areas[a].region_id for a in data.area_ids if a in areas)
    if region_id is None:
        raise MeasureValidationError(
            [
                Issue(
                    "area_ids",
                    "Gebiet",
                    "Gebiet: Das Gebiet liegt in keinem Regionalraum.",
                    blocks_save=True,
                )
            ]
        )
    if data.id is None:
        return _create(session, data, region_id, user)
    measure = session.scalars(_query(data.id)).first()
    if measure is None:
        raise MeasureNotFoundError("Maßnahme: nicht gefunden (gelöscht oder nie gespeichert).")
    if measure.row_version != data.row_version and not overwrite:
        raise ConcurrentEditError(measure.id, measure.updated_by, measure.updated_at)
    before = _to_data(session, measure)
    if base is not None:
        data = dataclasses.replace(
            data, concern_ids=merge_links(before.concern_ids, base.concern_ids, data.concern_ids)
        )
    locked = _locked(before, data)
    if locked:
        names = ", ".join(FIELD_LABELS[f] for f in locked)
        raise MeasureValidationError(
            [
                Issue(
                    locked[0],
                    FIELD_LABELS[locked[0]],
                    f"{names}: Im Status „{status_label(before.status)}“ nicht "
                    "änderbar (der Antrag ist gesperrt).",
                    blocks_save=True,
                )
            ]
        )
    if not _changed_fields(before, data):
        return SaveResult(measure.id, measure.number, measure.row_version, ChangeSet())
    if before.status in SUBMITTED_STATES:
        # A submitted application stays complete: what blocks the submission blocks the save.
        problems = validate(data, areas)
        if problems:
            raise MeasureValidationError(
                [dataclasses.replace(i, blocks_save=True) for i in problems]
            )
    _apply(session, measure, before, data, region_id)
    try:
        session.flush()
    except StaleDataError as exc:  # a concurrent writer on PostgreSQL
        raise ConcurrentEditError(measure.id, "", None) from exc
    return SaveResult(
        measure.id, measure.number, measure.row_version, ChangeSet.of(KIND, measure.id)
    )


def _create(session: Session, data: MeasureData, region_id: uuid.UUID, user: str) -> SaveResult:
    region = session.get(Area, region_id)
    today = date.today()
    measure = Measure(
        id=uuid.uuid4(),
        number=measure_number(session, region, today.year),
        title=data.title,
        status=MeasureStatus.DRAFT,
        region_id=region_id,
    )
    session.add(measure)
    before = dataclasses.replace(MeasureData(), id=measure.id, status=MeasureStatus.DRAFT)
    # Collections of a pending object start empty; set them before syncing.
    for name in _CHILDREN:
        setattr(measure, name, [])
    measure.funding_lines = []
    measure.areas = []
    _apply(session, measure, before, data, region_id)
    session.add(
        StatusChange(
            id=uuid.uuid4(),
            measure_id=measure.id,
            at=utcnow(),
            by=user,
            action="create",
            from_status="",
            to_status=MeasureStatus.DRAFT,
            note=f"Angelegt am {format_date(today)}",
        )
    )
    session.flush()
    return SaveResult(
        measure.id, measure.number, measure.row_version, ChangeSet.of(KIND, measure.id)
    )
