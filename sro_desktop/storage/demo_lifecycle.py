"""The life of a demo measure after a positive decision: agreement (or extension), payments,
evaluation, extension request, proof of use, return of unspent money and archiving.

The steps and their names follow ``services/measures/lifecycle.py``: ``agree`` (positive
decision → agreed), ``start``, ``request_evaluation``, ``record_evaluation``, ``extend``
(evaluated → running, the one extension), ``close`` and ``archive``.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from ..models import EntryKind, MeasureStatus, PeriodKind
from ..services.budget.split import split_by_year
from ..services.formatting import format_date
from ..services.measures.periods import MAX_TOTAL_MONTHS, latest_end
from . import demo_texts as tx
from . import demo_texts_work as wx
from .demo_measures import EVALUATION_LEAD_DAYS, Application, Measures
from .demo_rows import Row, add_months, first_of_next_month, local_to_utc, period_end


def propose_period(x: Measures, app: Application, decided: date,
                   kind: str) -> tuple[date, date, date]:
    """Agreement day, start and end of the period a positive decision will name."""
    rng = x.rng
    if kind == PeriodKind.INITIAL:
        agreed = decided + timedelta(days=rng.randint(7, 28))
        start = first_of_next_month(agreed)
        if rng.random() < 0.3:
            start = add_months(start, 1)
        return agreed, start, period_end(start, app.planned_months)
    first, previous = app.periods[0], app.periods[-1]
    agreed = decided + timedelta(days=rng.randint(7, 21))
    start = max(previous["end_date"] + timedelta(days=1), first_of_next_month(agreed))
    # Both periods together stay within 24 months from the first day (§ 188 BGB).
    end = min(period_end(start, app.extension_months),
              latest_end(first["start_date"], MAX_TOTAL_MONTHS))
    return agreed, start, end


def commit(x: Measures, app: Application, kind: str, decision: Row, amount: int, start: date,
           end: date) -> Row:
    """The decided period, its year shares and the commitments in the ledger."""
    budgets, region = x.budgets, app.region
    stamp = decision["created_at"]
    period = x.store.entity(
        "measure_periods", stamp, measure_id=app.id, sequence=len(app.periods) + 1,
        kind=kind, start_date=start, end_date=end, amount_cents=amount)
    app.periods.append(period)
    for year, share in split_by_year(start, end, amount).items():
        x.store.entity("year_shares", stamp, measure_id=app.id, period_id=period["id"],
                       year=year, amount_cents=share, manual=False)
        budgets.entry(budgets.budget(region.id, year), EntryKind.COMMITMENT,
                      budgets.booking_day(region.id, year, decision["decided_on"]), share,
                      measure_id=app.id, decision_id=decision["id"],
                      reason=f"Beschluss {decision['number']}")
    if kind == PeriodKind.INITIAL:
        shift = start - app.row["start"]
        for ms in app.milestones:
            ms["due"] = ms["due"] + shift
        app.row["start"], app.row["end"] = start, end
        app.row["approved_cents"] = amount
    return period


def agree_and_run(x: Measures, app: Application, decision: Row, period: Row,
                  agreed: date) -> None:
    """The administration's agreement (or the extension), payments, then the evaluation."""
    rng, budgets, region = x.rng, x.budgets, app.region
    kind, amount = period["kind"], period["amount_cents"]
    start, end = period["start_date"], period["end_date"]
    if kind == PeriodKind.INITIAL:
        ok = x.change(app, agreed, time(10), "agree", MeasureStatus.AGREED,
                      f"Az. V-{app.number}-1")
    else:
        ok = x.change(app, agreed, time(10), "extend", MeasureStatus.RUNNING,
                      f"Verlängert bis {format_date(end)}")
    if not ok:
        return
    agreed_amount = amount
    if rng.random() < 0.06:
        agreed_amount = amount - int(amount * rng.uniform(0.02, 0.1)) // 100 * 100
    agreement = x.store.entity(
        "agreements", local_to_utc(agreed, time(10)), measure_id=app.id,
        period_id=period["id"], decision_id=decision["id"], agreed_on=agreed,
        agreed_by=f"{tx.JUGENDAMT}, Abteilung Jugendhilfe",
        reference=f"V-{app.number}-{period['sequence']}", amount_cents=agreed_amount,
        note="" if agreed_amount == amount else
        "Vereinbart nach angepasstem Finanzierungsplan.")
    shares = split_by_year(start, end, amount)
    agreed_shares = dict(shares)
    if agreed_amount < amount:
        top = max(shares, key=lambda y: (shares[y], -y))
        agreed_shares[top] -= amount - agreed_amount
        budgets.entry(budgets.budget(region.id, top), EntryKind.RELEASE,
                      budgets.booking_day(region.id, top, agreed), agreed_amount - amount,
                      measure_id=app.id, agreement_id=agreement["id"],
                      reason="Freigabe: vereinbarter Betrag geringer als beschlossen")
    for year, share in agreed_shares.items():
        budgets.entry(budgets.budget(region.id, year), EntryKind.AGREEMENT,
                      budgets.booking_day(region.id, year, agreed), share,
                      measure_id=app.id, agreement_id=agreement["id"],
                      reason=f"Vereinbarung {agreement['reference']}")
    for year, share in agreed_shares.items():
        lo, hi = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        first = share * 6 // 10
        for day, part in ((max(lo, agreed + timedelta(days=3)), first),
                          (lo + timedelta(days=(hi - lo).days // 2), share - first)):
            if budgets.entry(budgets.budget(region.id, year), EntryKind.PAYMENT, day, part,
                             measure_id=app.id, agreement_id=agreement["id"],
                             reason=f"Auszahlung {app.number}"):
                app.paid_by_year[year] = app.paid_by_year.get(year, 0) + part
    app.approved_total += agreed_amount
    app.row["approved_cents"] = app.approved_total
    if kind == PeriodKind.EXTENSION:
        app.row["extended"] = True
        app.row["end"] = end
    elif not x.change(app, start, time(8), "start", MeasureStatus.RUNNING):
        return
    evaluate(x, app, period)


def evaluate(x: Measures, app: Application, period: Row) -> None:
    """Evaluation near the period's end, then the extension request or the closing."""
    rng = x.rng
    end: date = period["end_date"]
    requested = end - timedelta(days=EVALUATION_LEAD_DAYS)
    if not x.change(app, requested, time(9), "request_evaluation",
                    MeasureStatus.EVALUATION_DUE):
        return
    evaluation = x.store.entity(
        "evaluations", local_to_utc(requested, time(9)), measure_id=app.id,
        period_id=period["id"], requested_on=requested, due=end + timedelta(days=28),
        completed_on=None, suitable=None, result="")
    app.evaluations.append(evaluation)
    completed = requested + timedelta(days=rng.randint(21, 75))
    suitable = rng.random() < 0.85
    verdict = "weiter geeignet" if suitable else "nicht mehr geeignet"
    if not x.change(app, completed, time(14), "record_evaluation", MeasureStatus.EVALUATED,
                    f"Evaluation vom {format_date(completed)}: {verdict}"):
        return
    evaluation.update(completed_on=completed, suitable=suitable,
                      result=rng.choice(wx.EVALUATION_RESULTS[:3] if suitable
                                        else wx.EVALUATION_RESULTS[3:]),
                      updated_at=local_to_utc(completed, time(14)))
    x.enqueue(app, completed + timedelta(days=7), "evaluation")
    if period["sequence"] == 1 and app.wants_extension and suitable:
        day = completed + timedelta(days=rng.randint(1, 10))
        if day <= x.as_of:
            app.extension_months = rng.choice((6, 9, 12))
            monthly = app.initial_total / app.planned_months * rng.uniform(0.9, 1.1)
            total = int(monthly * app.extension_months) // 1000 * 1000
            # An extension costs what an application may cost: 3.000 to 60.000 €.
            total = min(6_000_000, max(300_000, total))
            app.pending_srae = x.financing(app, total, "Verlängerung: ",
                                           local_to_utc(day, time(11)))
            x.enqueue(app, day + timedelta(days=7), "extension")
        return
    close(x, app, max(end, completed))


def close(x: Measures, app: Application, after: date) -> None:
    """Proof of use checked, unspent money returned, archived about two years later."""
    rng = x.rng
    day = after + timedelta(days=rng.randint(60, 200))
    if not x.change(app, day, time(10), "close", MeasureStatus.CLOSED,
                    f"Verwendungsnachweis geprüft am {format_date(day)}"):
        return
    app.row["proof_of_use_checked_on"] = day
    paid_years = [y for y, cents in app.paid_by_year.items() if cents > 0]
    if paid_years and rng.random() < 0.3:
        year = max(paid_years)
        back = int(app.paid_by_year[year] * rng.uniform(0.02, 0.12)) // 100 * 100
        x.budgets.entry(x.budgets.budget(app.region.id, year), EntryKind.RETURN, day, back,
                        measure_id=app.id,
                        reason=f"Rückzahlung laut Verwendungsnachweis {app.number}")
    x.archive(app, day)
