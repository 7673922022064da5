"""Memberships of the demo bodies: who sits where, with substitutes and yearly turnover."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from ..models import MemberRole
from .demo_people import BodyInfo, Member, Org, People, Person, Region, Space
from .demo_rows import local_to_utc


class Rosters:
    """Memberships of all bodies, with yearly turnover."""

    def __init__(self, people: People, first_year: int, last_year: int) -> None:
        # ``last_year`` is the year of the reference date: its January is the last turnover,
        # since a change of seats is only recorded once it has happened.
        self.people = people
        self.first_year = first_year
        self.last_year = last_year

    def _member(self, body: BodyInfo, person: Person, role: str, since: date,
                substitute_for: Member | None = None, function: str = "") -> Member:
        row = self.people.store.entity(
            "memberships",
            local_to_utc(since, time(9)),
            body_id=body.id,
            person_id=person.id,
            organization_id=person.org.id,
            role=role,
            substitute_for_id=substitute_for.id if substitute_for else None,
            valid_from=since,
            valid_to=None,
            deleted_at=None,
        )
        member = Member(row, person, person.org, role, since, substitute_for, function=function)
        body.members.append(member)
        return member

    def _seat(self, body: BodyInfo, org: Org, role: str, function: str, since: date,
              taken: set[uuid.UUID]) -> Member:
        for _ in range(6):
            person = self.people.staff_member(org, function, since)
            if person.id not in taken:
                break
        else:
            person = self.people.person(org, function, since)
        taken.add(person.id)
        return self._member(body, person, role, since, function=function)

    def staff_lenkungsgruppe(self, region: Region) -> None:
        """Chair (Regionalleitung), deputy, voting members, substitutes, advisory, minutes."""
        body, rng, start = region.lg, self.people.rng, self.people.start
        assert body is not None and region.lead is not None
        youth = self.people.youth_office
        taken = {region.lead.id, self.people.srae_admin.id}
        body.pool = list(region.providers)
        self._member(body, region.lead, MemberRole.CHAIR, start,
                     function=f"Regionalleitung Jugendhilfe {region.name}")
        providers = rng.sample(region.providers, k=min(len(region.providers), 5))
        self._seat(body, providers[0], MemberRole.DEPUTY_CHAIR, "Geschäftsführung", start, taken)
        voting: list[Member] = []
        for org in providers[1:]:
            voting.append(self._seat(body, org, MemberRole.VOTING, "Geschäftsführung", start,
                                     taken))
        schools = [o for s in region.spaces for o in s.orgs if o.kind == "school"]
        if schools:
            voting.append(self._seat(body, rng.choice(schools), MemberRole.VOTING,
                                     "Schulleitung", start, taken))
        voting.append(self._seat(body, youth, MemberRole.VOTING, "Sozialraumkoordination",
                                 start, taken))
        for principal in rng.sample(voting, k=min(3, len(voting))):
            sub = self._seat(body, principal.org, MemberRole.SUBSTITUTE, "Stellvertretung",
                             start, taken)
            sub.substitute_for = principal
            sub.row["substitute_for_id"] = principal.id
        councils = [o for s in region.spaces for o in s.orgs if o.name.startswith("Ortsbeirat")]
        if councils:
            self._seat(body, rng.choice(councils), MemberRole.ADVISORY,
                       "Mitglied des Ortsbeirats", start, taken)
        self._seat(body, youth, MemberRole.ADVISORY, "Jugendhilfeplanung", start, taken)
        self._member(body, self.people.srae_admin, MemberRole.MINUTE_TAKER, start,
                     function="Sachbearbeitung SRAE")

    def staff_sozialraumteam(self, space: Space, region: Region) -> None:
        """Sozialraumkoordination as chair, Träger and school staff, a minute-taker."""
        body, rng, start = space.srt, self.people.rng, self.people.start
        assert body is not None
        taken: set[uuid.UUID] = set()
        coordinator = self.people.person(self.people.youth_office,
                                         f"Sozialraumkoordination {space.name}", start)
        taken.add(coordinator.id)
        body.pool = list(region.providers)
        self._member(body, coordinator, MemberRole.CHAIR, start,
                     function=f"Sozialraumkoordination {space.name}")
        for org in rng.sample(region.providers, k=min(len(region.providers), rng.randint(3, 5))):
            self._seat(body, org, MemberRole.VOTING, "Sozialpädagog*in", start, taken)
        schools = [o for o in space.orgs if o.kind == "school"]
        if schools:
            self._seat(body, schools[0], MemberRole.VOTING, "Schulsozialarbeit", start, taken)
        self._seat(body, rng.choice(region.providers), MemberRole.MINUTE_TAKER,
                   "Projektkoordination", start, taken)

    def staff_stadtteiltisch(self, space: Space, region: Region) -> None:
        """Moderation, local institutions as regular members, a minute-taker."""
        body, rng, start = space.stt, self.people.rng, self.people.start
        assert body is not None
        taken: set[uuid.UUID] = set()
        host = rng.choice(region.providers)
        body.pool = list(space.orgs) + list(region.providers)
        self._seat(body, host, MemberRole.CHAIR, "Stadtteilarbeit", start, taken)
        local = list(space.orgs) + rng.sample(region.providers, k=min(2, len(region.providers)))
        for org in local:
            self._seat(body, org, MemberRole.VOTING, "Vertretung der Einrichtung", start, taken)
        self._seat(body, host, MemberRole.MINUTE_TAKER, "Stadtteilarbeit", start, taken)

    def turnover(self, body: BodyInfo, rate: float) -> None:
        """Each January some seats change hands; substitutes follow their principal."""
        rng = self.people.rng
        for year in range(self.first_year + 1, self.last_year + 1):
            day = date(year, 1, 1)
            replaced: dict[int, Member] = {}
            for member in body.active(day - timedelta(days=1)):
                if member.role == MemberRole.SUBSTITUTE or rng.random() >= rate:
                    continue
                self._end(member, day)
                taken = {m.person.id for m in body.active(day)}
                org = member.org
                movable = member.role not in (MemberRole.CHAIR, MemberRole.MINUTE_TAKER)
                candidates = [o for o in body.pool if o.kind == member.org.kind]
                if movable and candidates and rng.random() < 0.25:
                    org = rng.choice(candidates)
                new = self._seat(body, org, member.role, member.function or "Fachkraft", day,
                                 taken)
                replaced[id(member)] = new
            for member in body.active(day - timedelta(days=1)):
                principal = member.substitute_for
                if member.role != MemberRole.SUBSTITUTE or principal is None:
                    continue
                if id(principal) in replaced:
                    self._end(member, day)
                    new_principal = replaced[id(principal)]
                    taken = {m.person.id for m in body.active(day)}
                    sub = self._seat(body, new_principal.org, MemberRole.SUBSTITUTE,
                                     "Stellvertretung", day, taken)
                    sub.substitute_for = new_principal
                    sub.row["substitute_for_id"] = new_principal.id

    @staticmethod
    def _end(member: Member, day: date) -> None:
        member.valid_to = day - timedelta(days=1)
        member.row["valid_to"] = member.valid_to
