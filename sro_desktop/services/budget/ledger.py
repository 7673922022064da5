"""The append-only budget ledger: booking commitments, agreements, payments, returns, corrections.

Sign convention: an entry's ``amount_cents`` is signed as it adds to its figure (see
``figures``): commitments, agreements, payments, returns and allocations are positive, releases
are negative, the carry-over is negative in the old year and positive in the new one, and a
correction carries the signed difference and adds to the figure of the entry it corrects.

Entries are never updated or deleted: this module registers ORM events that refuse both.

The refusal rule: a booking that would make a year's available money negative (or more
negative) is refused with ``BudgetExceededError`` (German message with the amounts), unless
an override is given: a reason and the authorising chair or deputy chair of the region's
Lenkungsgruppe (checked against the memberships, for every kind of booking); then the entry is
marked ``override`` with the reason and the chair, and the audit log gets an explicit
``override`` line naming the chair.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ...models import Agreement, Area, AuditEntry, Budget, BudgetEntry, Decision, EntryKind, Measure
from ...models.budget import KIND_FIGURE, Figure
from ..money import format_cents
from .chairs import override_chairs
from .figures import Figures, MeasureMoney, figures_from_sums, load_sums
from .split import split_for_measure

__all__ = [
    "KIND_FIGURE",
    "AppendOnlyError",
    "BudgetError",
    "BudgetExceededError",
    "Override",
    "Planned",
    "Shortfall",
    "authorize_override",
    "available_cents",
    "book",
    "book_agreement",
    "book_commitment",
    "budget_state",
    "ensure_budget",
    "figures_for",
    "get_budget",
    "measure_of",
    "open_per_year",
    "region_name",
    "release_committed",
]



class BudgetError(ValueError):
    """A budget booking that breaks a rule; the message is German."""


class AppendOnlyError(BudgetError):
    """An attempt to change or delete a ledger entry."""


@dataclass(frozen=True)
class Shortfall:
    """One year in which a booking would overdraw the budget.

    For a cut of the budget itself (nothing else booked in that year) ``bound`` is the money
    the measures bind and ``new_total`` the budget after the cut: "benötigt" would read oddly
    there, so the message names those two instead.
    """

    region: str
    year: int
    available: int
    needed: int
    bound: int | None = None
    new_total: int | None = None

    @property
    def shortfall(self) -> int:
        """How much is missing."""
        return self.needed - self.available

    @property
    def is_cut(self) -> bool:
        """Whether the budget itself is lowered below the bound money."""
        return self.bound is not None and self.new_total is not None

    def message(self) -> str:
        """German sentence with the amounts."""
        if self.bound is not None and self.new_total is not None:
            return (
                f"Budget {self.region} {self.year}: gebunden {format_cents(self.bound)}, "
                f"neues Budget {format_cents(self.new_total)} – es fehlen "
                f"{format_cents(self.shortfall)}."
            )
        return (
            f"Budget {self.region} {self.year}: verfügbar {format_cents(self.available)}, "
            f"benötigt {format_cents(self.needed)}, es fehlen {format_cents(self.shortfall)}."
        )


class BudgetExceededError(BudgetError):
    """A booking would make available money negative. Carries the amounts of every such year."""

    def __init__(self, shortfalls: Sequence[Shortfall], what: str = "Buchung") -> None:
        self.shortfalls = list(shortfalls)
        first = self.shortfalls[0]
        self.region = first.region
        self.year = first.year
        self.available = first.available
        self.needed = first.needed
        self.shortfall = first.shortfall
        text = " ".join(s.message() for s in self.shortfalls)
        rule = (
            "Das Budget darf nicht unter das gebundene Geld gesenkt werden"
            if all(s.is_cut for s in self.shortfalls)
            else "Das verfügbare Budget darf nicht überzogen werden"
        )
        super().__init__(
            f"{what} abgelehnt: {text} {rule} "
            "(Ausnahme nur durch den Vorsitz der Lenkungsgruppe mit Begründung)."
        )
        self.message = str(self)


@dataclass(frozen=True)
class Override:
    """An explicit override of the refusal rule: the reason and the authorising chair."""

    reason: str
    authorized_by: str = ""
    authorized_person_id: uuid.UUID | None = None


def _refuse_change(mapper: Any, connection: Any, target: BudgetEntry) -> None:
    raise AppendOnlyError(
        "Buchung: Einträge des Haushaltsbuchs werden nie geändert oder gelöscht "
        "(eine Korrektur ist eine neue Buchung)."
    )


if not event.contains(BudgetEntry, "before_update", _refuse_change):
    event.listen(BudgetEntry, "before_update", _refuse_change)
    event.listen(BudgetEntry, "before_delete", _refuse_change)


@dataclass
class Planned:
    """An entry about to be booked (checked first, then written)."""

    region_id: uuid.UUID
    year: int
    kind: str
    figure: str
    amount: int
    measure_id: uuid.UUID | None = None
    decision_id: uuid.UUID | None = None
    agreement_id: uuid.UUID | None = None
    corrects_id: uuid.UUID | None = None
    reason: str = ""
    on: date = field(default_factory=date.today)


def region_name(session: Session, region_id: uuid.UUID) -> str:
    """The region's name for messages (its code when the name is empty)."""
    area = session.get(Area, region_id)
    if area is None:
        return "?"
    return area.name or (area.code or "?")


def get_budget(session: Session, region_id: uuid.UUID, year: int) -> Budget | None:
    """The budget row of a region and year, if any."""
    return session.scalars(
        select(Budget).where(Budget.area_id == region_id, Budget.year == year)
    ).first()


def ensure_budget(session: Session, region_id: uuid.UUID, year: int) -> Budget:
    """The budget row of a region and year, created (with nothing allocated) when missing."""
    budget = get_budget(session, region_id, year)
    if budget is None:
        budget = Budget(id=uuid.uuid4(), area_id=region_id, year=year, note="")
        session.add(budget)
        session.flush()
    return budget


def budget_state(
    session: Session, region_id: uuid.UUID, year: int
) -> tuple[int, dict[uuid.UUID | None, MeasureMoney]]:
    """Total and per-measure sums of one budget (zeros when it does not exist yet)."""
    budget = get_budget(session, region_id, year)
    if budget is None:
        return 0, {}
    totals, sums = load_sums(session, [budget.id])
    return sum(totals.values()), {measure: money for (_, measure), money in sums.items()}


def figures_for(session: Session, region_id: uuid.UUID, year: int) -> Figures:
    """The figures of one Regionalraum in one year."""
    total, sums = budget_state(session, region_id, year)
    return figures_from_sums(total, sums.values())


def available_cents(session: Session, region_id: uuid.UUID, year: int) -> int:
    """Available money of a Regionalraum in a year (Gesamt − genutzt)."""
    return figures_for(session, region_id, year).available


def _check(session: Session, planned: Sequence[Planned], what: str) -> None:
    shortfalls: list[Shortfall] = []
    for region_id, year in dict.fromkeys((p.region_id, p.year) for p in planned):
        total, sums = budget_state(session, region_id, year)
        before = figures_from_sums(total, sums.values()).available
        after_total, after = total, dict(sums)
        for p in planned:
            if (p.region_id, p.year) != (region_id, year):
                continue
            if p.figure == Figure.TOTAL:
                after_total += p.amount
            else:
                after[p.measure_id] = after.get(p.measure_id, MeasureMoney()).plus(
                    p.figure, p.amount
                )
        figures_after = figures_from_sums(after_total, after.values())
        available_after = figures_after.available
        if available_after < 0 and available_after < before:
            cut = after_total < total and after == sums
            shortfalls.append(
                Shortfall(
                    region_name(session, region_id), year, before, before - available_after,
                    bound=figures_after.used if cut else None,
                    new_total=after_total if cut else None,
                )
            )
    if shortfalls:
        raise BudgetExceededError(shortfalls, what)


def authorize_override(
    session: Session, planned: Sequence[Planned], override: Override, what: str
) -> Override:
    """The override with the authorising chair's name as the membership records spell it.

    Only a chair or deputy chair of the Lenkungsgruppe of every region the booking touches may
    authorise it, on the day of a booked entry or today (a chair who took office since the
    decision still counts); the reason is mandatory. The caller's ``authorized_by`` text is not
    trusted: the name comes from the membership, so the ledger and the audit log always name a
    real chair. Raises ``BudgetError`` (German) otherwise.
    """
    if not override.reason.strip():
        raise BudgetError(f"Begründung: Eine Überschreitung ({what}) braucht eine Begründung.")
    days = [p.on for p in planned]
    label = ""
    for region_id in dict.fromkeys(p.region_id for p in planned):
        found = ""
        if override.authorized_person_id is not None:
            found = next((c.label for c in override_chairs(session, region_id, days)
                          if c.person_id == override.authorized_person_id), "")
        if not found:
            raise BudgetError(
                f"Genehmigt von: Eine Überschreitung des Budgets {region_name(session, region_id)} "
                "darf nur der Vorsitz oder der stellvertretende Vorsitz der Lenkungsgruppe "
                "dieses Regionalraums genehmigen (bitte die genehmigende Person auswählen)."
            )
        label = label or found
    return Override(override.reason.strip(), label, override.authorized_person_id)


def _write(
    session: Session, planned: Sequence[Planned], *, user: str, override: Override | None
) -> list[uuid.UUID]:
    who = user or str(session.info.get("user", ""))
    ids: list[uuid.UUID] = []
    for p in planned:
        budget = ensure_budget(session, p.region_id, p.year)
        entry = BudgetEntry(
            id=uuid.uuid4(), budget_id=budget.id, kind=p.kind, figure=p.figure,
            entry_date=p.on, amount_cents=p.amount, measure_id=p.measure_id,
            decision_id=p.decision_id, agreement_id=p.agreement_id, corrects_id=p.corrects_id,
            reason=p.reason, recorded_by=who, override=override is not None,
            override_reason=override.reason if override else "",
            authorized_by=override.authorized_by if override else "",
            authorized_person_id=override.authorized_person_id if override else None,
        )
        session.add(entry)
        ids.append(entry.id)
        if override is not None:
            chair = f" (genehmigt von {override.authorized_by})"
            session.add(
                AuditEntry(
                    user=who, action="override", entity="budget_entries",
                    entity_id=str(entry.id), field="override",
                    new=f"{override.reason}{chair}",
                )
            )
    session.flush()
    return ids


def book(
    session: Session, planned: Sequence[Planned], *, what: str, user: str = "",
    override: Override | None = None,
) -> list[uuid.UUID]:
    """Check the refusal rule for all planned entries, then write them all (or none).

    With an ``override`` the rule is not checked, but the override must be authorised by a
    chair or deputy chair of the region's Lenkungsgruppe and carry a reason
    (:func:`authorize_override`); every booking kind passes through here, so none can skip it.
    """
    planned = [p for p in planned if p.amount != 0]
    if not planned:
        return []
    if override is None:
        _check(session, planned, what)
    else:
        override = authorize_override(session, planned, override, what)
    return _write(session, planned, user=user, override=override)


def _as_override(
    override_reason: str | None, authorized_by: str, authorized_person_id: uuid.UUID | None
) -> Override | None:
    if override_reason is None:
        return None
    return Override(override_reason, authorized_by, authorized_person_id)


def measure_of(session: Session, measure_id: uuid.UUID) -> Measure:
    """The measure, or a German BudgetError when it does not exist."""
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise BudgetError("Maßnahme: nicht gefunden.")
    return measure


def _existing(session: Session, column: Any, value: uuid.UUID | None, kind: str) -> list[uuid.UUID]:
    if value is None:
        return []
    return list(
        session.scalars(
            select(BudgetEntry.id).where(column == value, BudgetEntry.kind == kind)
        )
    )


def book_commitment(
    session: Session, *, measure_id: uuid.UUID, decision_id: uuid.UUID | None,
    amount_cents: int, start: date, end: date, override_reason: str | None = None,
    user: str = "", authorized_by: str = "", authorized_person_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Book the money of a positive decision, split by budget year.

    Idempotent per decision: a decision already booked returns its entries unchanged. Raises
    ``BudgetExceededError`` when a year would be overdrawn and no override reason is given.
    """
    if amount_cents < 0:
        raise BudgetError("Betrag: Ein Beschluss kann keinen negativen Betrag binden.")
    done = _existing(session, BudgetEntry.decision_id, decision_id, EntryKind.COMMITMENT)
    if done:
        return done
    measure = measure_of(session, measure_id)
    decision = session.get(Decision, decision_id) if decision_id else None
    on = decision.decided_on if decision else date.today()
    reason = f"Beschluss {decision.number}" if decision and decision.number else "Beschluss"
    planned = [
        Planned(measure.region_id, year, EntryKind.COMMITMENT, Figure.COMMITTED, cents,
                 measure_id=measure_id, decision_id=decision_id, reason=reason, on=on)
        for year, cents in split_for_measure(session, measure_id, start, end, amount_cents).items()
    ]
    return book(session, planned, what=f"Beschluss über {format_cents(amount_cents)}", user=user,
                override=_as_override(override_reason, authorized_by, authorized_person_id))


def book_agreement(
    session: Session, *, measure_id: uuid.UUID, agreement_id: uuid.UUID | None,
    amount_cents: int, start: date, end: date, override_reason: str | None = None,
    user: str = "", authorized_by: str = "", authorized_person_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Book the administration's agreement, split by budget year (same refusal rule).

    Agreed money replaces the decided money of the measure: decided money of a year above the
    money agreed for that year is released in the same booking, so an agreement split like the
    decision never needs new money and the measure never binds more than the agreed amount.
    Returns the ids of the agreement entries (the releases are linked by ``agreement_id``).
    """
    if amount_cents < 0:
        raise BudgetError("Betrag: Eine Vereinbarung kann keinen negativen Betrag haben.")
    done = _existing(session, BudgetEntry.agreement_id, agreement_id, EntryKind.AGREEMENT)
    if done:
        return done
    measure = measure_of(session, measure_id)
    agreement = session.get(Agreement, agreement_id) if agreement_id else None
    on = agreement.agreed_on if agreement else date.today()
    ref = f" {agreement.reference}" if agreement and agreement.reference else ""
    parts = split_for_measure(session, measure_id, start, end, amount_cents)
    planned = [
        Planned(measure.region_id, year, EntryKind.AGREEMENT, Figure.AGREED, cents,
                 measure_id=measure_id, agreement_id=agreement_id,
                 reason=f"Vereinbarung{ref}", on=on)
        for year, cents in parts.items()
    ]
    kept = sum(1 for p in planned if p.amount)
    # The agreement replaces the decision: decided money of a year above the money agreed for
    # it is released in the same booking, so the measure binds exactly the agreed money even
    # when the agreement is split over the years otherwise than the decision (a measure binds
    # the per-year maximum of decided and agreed money).
    by_year = {
        year: money.plus(Figure.AGREED, parts.get(year, 0))
        for year, money in open_per_year(session, measure).items()
    }
    excess = {year: MeasureMoney(committed=money.committed - max(0, money.agreed))
              for year, money in by_year.items()}
    planned += release_committed(measure, excess, f"Vereinbarung{ref} ersetzt den Beschluss",
                                 on, agreement_id)
    ids = book(session, planned, what=f"Vereinbarung über {format_cents(amount_cents)}",
               user=user,
               override=_as_override(override_reason, authorized_by, authorized_person_id))
    return ids[:kept]


def open_per_year(session: Session, measure: Measure) -> dict[int, MeasureMoney]:
    """The measure's sums per budget year of its region (years with a budget only)."""
    budgets = session.execute(
        select(Budget.id, Budget.year).where(Budget.area_id == measure.region_id)
    ).all()
    out: dict[int, MeasureMoney] = {}
    for budget_id, year in budgets:
        _, sums = load_sums(session, [budget_id])
        out[int(year)] = sums.get((budget_id, measure.id), MeasureMoney())
    return dict(sorted(out.items()))


def release_committed(
    measure: Measure, by_year: dict[int, MeasureMoney], reason: str, on: date,
    agreement_id: uuid.UUID | None = None,
) -> list[Planned]:
    """Planned releases of the measure's open decided money in each year of ``by_year``."""
    return [
        Planned(measure.region_id, year, EntryKind.RELEASE, Figure.COMMITTED, -money.committed,
                measure_id=measure.id, agreement_id=agreement_id, reason=reason, on=on)
        for year, money in by_year.items() if money.committed > 0
    ]
