"""Demo Lenkungsgruppe meetings: agenda, exclusions, votes, numbered decisions, money."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..models import (
    VOTING_ROLES,
    AgendaKind,
    DecisionOutcome,
    MeasureStatus,
    MemberRole,
    PeriodKind,
    VoteMode,
)
from ..services.budget.split import split_by_year
from ..services.formatting import format_date
from ..services.money import format_cents
from . import demo_texts_work as wx
from .demo_lifecycle import agree_and_run, close, commit, propose_period
from .demo_measures import Application, Measures, QueueEntry
from .demo_meetings import MeetingPlan
from .demo_people import Member, Person, Region
from .demo_protocols import minutes_item
from .demo_rows import Row

SECTION_TITLES = {
    6: "Anträge auf Mittel der SRAE",
    7: "Anträge auf Verlängerung",
    8: "Evaluationsberichte",
}
OUTCOME_LABELS = {
    DecisionOutcome.APPROVED: "Befürwortet",
    DecisionOutcome.APPROVED_WITH_CONDITIONS: "Befürwortet mit Auflagen",
    DecisionOutcome.REJECTED: "Abgelehnt",
    DecisionOutcome.DEFERRED: "Vertagt",
    DecisionOutcome.WITHDRAWN: "Zurückgezogen",
}


def _genitive(region: Region) -> str:
    name = region.name
    if name.startswith("Regionalraum "):
        return "Regionalraums " + name.removeprefix("Regionalraum ")
    return f"Regionalraums {name}"


class Lenkungsgruppe:
    """Holds the Lenkungsgruppe meetings of one Regionalraum in date order."""

    def __init__(self, measures: Measures, region: Region) -> None:
        self.x = measures
        self.rng = measures.rng
        self.store = measures.store
        self.m = measures.meetings
        self.region = region

    def run(self, plans: list[MeetingPlan]) -> None:
        """Every meeting hears what is ready by its day; planned ones only list it."""
        queue = self.x.queue
        for plan in plans:
            entries = queue.get(self.region.id, [])
            due = sorted((e for e in entries if e.ready <= plan.day),
                         key=lambda e: (e.kind != "application", e.app.number))
            queue[self.region.id] = [e for e in entries if e.ready > plan.day]
            self.hold(plan, due)

    # --- one meeting ------------------------------------------------------------------------

    def hold(self, plan: MeetingPlan, due: list[QueueEntry]) -> None:
        """Agenda, attendance and, for a held meeting, the decisions."""
        m, rng = self.m, self.rng
        m.attend(plan, quorum=True)
        m.item(plan, 1, "Eröffnung und Feststellung der Beschlussfähigkeit", AgendaKind.OPENING,
               5, outcome="Die Beschlussfähigkeit wird festgestellt.")
        m.item(plan, 2, "Genehmigung der Tagesordnung", AgendaKind.AGENDA_APPROVAL, 5,
               outcome="Die Tagesordnung wird ohne Änderungen bestätigt.")
        if plan.prev is not None:
            minutes_item(m, plan, 3)
        m.item(plan, 4, f"Bericht der Verwaltung: Stand der SRAE-Mittel {plan.day.year}",
               AgendaKind.REPORTS, 15, outcome="Der Budgetstand wird zur Kenntnis genommen.")
        if rng.random() < 0.5:
            m.item(plan, 5, "Berichte aus den Sozialräumen", AgendaKind.REPORTS, 15,
                   outcome="Die Sozialraumkoordination berichtet.")
        items: list[tuple[QueueEntry, Row]] = []
        for section, kind in ((6, "application"), (7, "extension"), (8, "evaluation")):
            group = [e for e in due if e.kind == kind]
            if not group:
                continue
            m.item(plan, section, SECTION_TITLES[section], AgendaKind.TOPIC, 0,
                   public=section == 8)
            for entry in group:
                items.append((entry, self._item(plan, section, entry)))
        if rng.random() < 0.15:
            m.item(plan, 9, "Prüfung von Verwendungsnachweisen", AgendaKind.TOPIC, 15,
                   public=False, outcome="Die Verwendungsnachweise werden beraten "
                   "(nichtöffentlich).")
        m.item(plan, 10, "Verschiedenes", AgendaKind.OTHER_BUSINESS, 10)
        m.schedule(plan)
        if not plan.held:
            return
        plan.row["distribution_list"] = (
            "Mitglieder und Stellvertretungen der Lenkungsgruppe; Amt für Jugend, Soziales "
            "und Asyl (SRAE-Verwaltung)")
        guests: list[str] = []
        for entry, row in items:
            if entry.kind == "evaluation":
                continue
            m.guest(plan, entry.app.contact)
            if entry.app.provider.name not in guests:
                guests.append(entry.app.provider.name)
            self._decide(plan, entry, row)
        plan.row["guest_institutions"] = "; ".join(guests)

    def _item(self, plan: MeetingPlan, section: int, entry: QueueEntry) -> Row:
        app = entry.app
        if entry.kind == "application":
            title = f"Antrag {app.number}: „{app.title}“ ({app.provider.name})"
            kind, minutes = AgendaKind.APPLICATION, self.rng.randint(15, 25)
        elif entry.kind == "extension":
            title = f"Verlängerung {app.number}: „{app.title}“ ({app.provider.name})"
            kind, minutes = AgendaKind.EXTENSION, 10
        else:
            title = f"Evaluationsbericht {app.number}: „{app.title}“"
            kind, minutes = AgendaKind.EVALUATION, 5
        outcome = "Der Bericht wird zur Kenntnis genommen." if entry.kind == "evaluation" else ""
        return self.m.item(plan, section, title, kind, minutes, sub=True, measure_id=app.id,
                           outcome=outcome, public=entry.kind == "evaluation")

    # --- exclusions and votes ---------------------------------------------------------------

    def _excluded(self, plan: MeetingPlan, app: Application, row: Row) -> list[Person]:
        involved = {app.provider.id} | app.money_partners
        out: list[Person] = []
        start: datetime = row["started_at"]
        end: datetime = row["ended_at"]
        for person, member in plan.present:
            if member is None or member.role == MemberRole.MINUTE_TAKER:
                continue
            if member.org.id not in involved:
                continue
            reason = (f"Beschäftigt beim antragstellenden Träger {member.org.name}"
                      if member.org.id == app.provider.id else
                      f"Vertritt den Kooperationspartner {member.org.name}, der Mittel erhält")
            self.store.entity(
                "exclusions", start, agenda_item_id=row["id"], person_id=person.id,
                membership_id=member.id, reason=reason + " (§ 20 VwVfG)", suggested=True,
                confirmed=True, declared_at=start, left_at=start + timedelta(minutes=3),
                returned_at=end)
            out.append(person)
        return out

    @staticmethod
    def _voters(plan: MeetingPlan) -> list[tuple[Person, Member]]:
        out: list[tuple[Person, Member]] = []
        for person, member in plan.present:
            if member is None:
                continue
            if member.role in VOTING_ROLES or member.role == MemberRole.SUBSTITUTE:
                out.append((person, member))
        return out

    def _vote(self, row: Row, voters: list[Person], excluded: int, accept: bool) -> Row:
        rng = self.rng
        n = len(voters)
        mode = rng.choices((VoteMode.COUNTS, VoteMode.NAMED, VoteMode.CONSENSUS),
                           (0.6, 0.25, 0.15))[0]
        if accept and mode == VoteMode.CONSENSUS:
            yes, no, abstain = n, 0, 0
        else:
            if mode == VoteMode.CONSENSUS:
                mode = VoteMode.COUNTS
            abstain = rng.choice((0, 0, 0, 1, 1, 2)) if n > 3 else 0
            rest = n - abstain
            if accept:
                no = rng.choice((0, 0, 0, 1)) if rest > 2 else 0
                yes = rest - no
            else:
                yes = rng.choice((0, 0, 1)) if rest > 2 else 0
                no = rest - yes
        vote = self.store.entity(
            "votes", row["ended_at"], agenda_item_id=row["id"], mode=mode, majority="simple",
            yes=yes, no=no, abstain=abstain, excluded=excluded, present_voting=n,
            accepted=yes > no, recorded_at=row["ended_at"], supersedes_id=None)
        if mode == VoteMode.NAMED:
            order = list(voters)
            rng.shuffle(order)
            choices = ["yes"] * yes + ["no"] * no + ["abstain"] * abstain
            for person, choice in zip(order, choices, strict=True):
                self.store.entity("ballots", row["ended_at"], vote_id=vote["id"],
                                  person_id=person.id, choice=choice)
        return vote

    # --- decisions --------------------------------------------------------------------------

    def _decide(self, plan: MeetingPlan, entry: QueueEntry, row: Row) -> None:
        x, rng, app = self.x, self.rng, entry.app
        extension = entry.kind == "extension"
        excluded = self._excluded(plan, app, row)
        excluded_ids = {p.id for p in excluded}
        voters = [p for p, _ in self._voters(plan) if p.id not in excluded_ids]
        seats = [mem for mem in plan.body.active(plan.day) if mem.role in VOTING_ROLES]
        quorate = len(voters) >= max(3, len(seats) // 2 + 1)
        r = rng.random()
        if extension:
            outcome = (DecisionOutcome.APPROVED if r < 0.85 else
                       DecisionOutcome.APPROVED_WITH_CONDITIONS if r < 0.93 else
                       DecisionOutcome.REJECTED)
        else:
            outcome = (DecisionOutcome.APPROVED if r < 0.70 else
                       DecisionOutcome.APPROVED_WITH_CONDITIONS if r < 0.84 else
                       DecisionOutcome.REJECTED if r < 0.90 else
                       DecisionOutcome.DEFERRED if r < 0.96 and not app.deferred_once else
                       DecisionOutcome.WITHDRAWN if r >= 0.96 else DecisionOutcome.APPROVED)
        requested = app.pending_srae if extension else app.srae_requested
        amount, conditions, reason = requested, "", ""
        kind = PeriodKind.EXTENSION if extension else PeriodKind.INITIAL
        agreed = start = end = None
        if not quorate:
            outcome = DecisionOutcome.DEFERRED
            reason = "Nach den Befangenheitserklärungen ist die Lenkungsgruppe nicht " \
                     "beschlussfähig."
        if outcome in (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS):
            agreed, start, end = propose_period(x, app, plan.day, kind)
            fits = x.budgets.fits(self.region.id, split_by_year(start, end, amount), plan.day)
            if fits < 1:
                if fits >= 0.6:
                    amount = int(requested * fits) // 10_000 * 10_000
                    outcome = DecisionOutcome.APPROVED_WITH_CONDITIONS
                    conditions = (f"Kürzung auf {format_cents(amount)} wegen der verfügbaren "
                                  "Mittel; angepasster Finanzierungsplan vor Vereinbarung.")
                else:
                    outcome = DecisionOutcome.REJECTED
                    reason = wx.BUDGET_REASON.format(year=start.year)
            elif outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS:
                conditions = rng.choice(wx.APPROVAL_CONDITIONS).format(
                    date=format_date(start - timedelta(days=7)))
        if outcome == DecisionOutcome.REJECTED and not reason:
            reason = rng.choice(wx.REJECTION_REASONS)
        if outcome == DecisionOutcome.DEFERRED and not reason:
            reason = rng.choice(wx.DEFER_REASONS)
        if outcome == DecisionOutcome.WITHDRAWN:
            reason = wx.WITHDRAW_REASON
        positive = outcome in (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS)
        vote = None
        if outcome in (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS,
                       DecisionOutcome.REJECTED):
            vote = self._vote(row, voters, len(excluded), positive)
        year = plan.day.year
        number = x.next_number(f"LG-{self.region.short}-{year}-B")
        text = self._text(app, outcome, extension, amount, start, end, conditions)
        decision = self.store.entity(
            "decisions", row["ended_at"], number=number, meeting_id=plan.id,
            agenda_item_id=row["id"], measure_id=app.id, vote_id=vote["id"] if vote else None,
            outcome=outcome, decided_on=plan.day, text=text, conditions=conditions,
            reason=reason, amount_cents=amount if positive else None,
            period_start=start if positive else None, period_end=end if positive else None,
            supersedes_id=None)
        tally = ""
        if vote is not None:
            tally = (f": Ja {vote['yes']} | Nein {vote['no']} | Enthaltung {vote['abstain']}"
                     f" | befangen {vote['excluded']}")
        row["outcome"] = f"{OUTCOME_LABELS[outcome]} (Beschluss {number}){tally}"
        if extension:
            if positive:
                assert agreed is not None and start is not None and end is not None
                period = commit(x, app, PeriodKind.EXTENSION, decision, amount, start, end)
                agree_and_run(x, app, decision, period, agreed)
            elif outcome == DecisionOutcome.DEFERRED:
                x.enqueue(app, plan.day + timedelta(days=1), entry.kind)
            else:
                close(x, app, max(app.periods[-1]["end_date"], plan.day))
            return
        status = {DecisionOutcome.APPROVED: MeasureStatus.APPROVED,
                  DecisionOutcome.APPROVED_WITH_CONDITIONS: MeasureStatus.APPROVED_WITH_CONDITIONS,
                  DecisionOutcome.REJECTED: MeasureStatus.REJECTED,
                  DecisionOutcome.DEFERRED: MeasureStatus.DEFERRED,
                  DecisionOutcome.WITHDRAWN: MeasureStatus.WITHDRAWN}[outcome]
        x.change(app, plan.day, plan.end, "decide", status, f"Beschluss {number}")
        if positive:
            assert agreed is not None and start is not None and end is not None
            period = commit(x, app, PeriodKind.INITIAL, decision, amount, start, end)
            agree_and_run(x, app, decision, period, agreed)
        elif outcome == DecisionOutcome.DEFERRED:
            app.deferred_once = True
            if x.change(app, plan.day + timedelta(days=rng.randint(3, 10)), time(9),
                        "put_on_agenda", MeasureStatus.ON_AGENDA):
                x.enqueue(app, plan.day + timedelta(days=1), entry.kind)
        else:
            x.archive(app, plan.day)

    def _text(self, app: Application, outcome: str, extension: bool, amount: int,
              start: date | None, end: date | None, conditions: str) -> str:
        body = f"Die Lenkungsgruppe des {_genitive(self.region)}"
        what = ("die Verlängerung der Maßnahme" if extension else "die Maßnahme")
        subject = f"„{app.title}“ des Trägers {app.provider.name} im Sozialraum {app.space.name}"
        if outcome in (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS):
            assert start is not None and end is not None
            text = (f"{body} befürwortet {what} {subject} für den Zeitraum {format_date(start)} "
                    f"bis {format_date(end)} mit bis zu {format_cents(amount)} aus Mitteln der "
                    "SRAE.")
            return f"{text} Auflagen: {conditions}" if conditions else text
        if outcome == DecisionOutcome.REJECTED:
            noun = "den Antrag auf Verlängerung" if extension else "den Antrag"
            return f"{body} lehnt {noun} {subject} ab."
        if outcome == DecisionOutcome.DEFERRED:
            return f"{body} vertagt die Beratung über {what} {subject} auf die nächste Sitzung."
        return f"Der Antrag {subject} wurde vom Träger zurückgezogen."
