"""Demo organisations and people, and the areas and bodies they work in."""

from __future__ import annotations

import random
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from ..models import OrganizationKind
from . import demo_texts as tx
from .demo_rows import RowStore, local_to_utc


@dataclass(eq=False)
class Org:
    """An organisation and its staff."""

    id: uuid.UUID
    name: str
    kind: str
    staff: list[Person] = field(default_factory=list)


@dataclass(eq=False)
class Person:
    """A professional; residents never become persons."""

    id: uuid.UUID
    name: str
    org: Org
    email: str = ""


@dataclass(eq=False)
class Member:
    """One membership row of a body (a seat held by a person for a period)."""

    row: dict[str, object]
    person: Person
    org: Org
    role: str
    valid_from: date
    substitute_for: Member | None = None
    valid_to: date | None = None
    function: str = ""

    @property
    def id(self) -> uuid.UUID:
        """The membership id."""
        value = self.row["id"]
        assert isinstance(value, uuid.UUID)
        return value

    def active_on(self, day: date) -> bool:
        """True when the seat is held on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(eq=False)
class BodyInfo:
    """A body and the history of its seats."""

    id: uuid.UUID
    kind: str
    name: str
    area_id: uuid.UUID
    members: list[Member] = field(default_factory=list)
    # Organisations that may take over a seat when a member leaves.
    pool: list[Org] = field(default_factory=list)

    def active(self, day: date) -> list[Member]:
        """Seats held on ``day``, in creation order."""
        return [m for m in self.members if m.active_on(day)]


@dataclass(eq=False)
class Space:
    """A Sozialraum of the demo world."""

    id: uuid.UUID
    code: str
    name: str
    population: int
    model_region: bool
    quarters: list[tuple[uuid.UUID, str]]
    local_council: str
    region: Region | None = None
    stt: BodyInfo | None = None
    srt: BodyInfo | None = None
    orgs: list[Org] = field(default_factory=list)

    @property
    def in_phrase(self) -> str:
        """"in Groß Klein"."""
        return tx.in_space(self.code, self.name)


@dataclass(eq=False)
class Region:
    """A Regionalraum of the demo world."""

    id: uuid.UUID
    code: str
    short: str
    name: str
    spaces: list[Space]
    lg: BodyInfo | None = None
    providers: list[Org] = field(default_factory=list)
    lead: Person | None = None

    @property
    def population(self) -> int:
        """Residents of its Sozialräume."""
        return sum(s.population for s in self.spaces)


def _slug(text: str) -> str:
    plain = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    plain = plain.replace("ß", "ss")
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


class People:
    """Creates organisations and people and keeps the Jugendamt at hand."""

    def __init__(self, rng: random.Random, store: RowStore, first_year: int) -> None:
        self.rng = rng
        self.store = store
        self.start = date(first_year, 1, 1)
        self.orgs: list[Org] = []
        self._names: set[str] = set()
        self.youth_office = self.org(
            tx.JUGENDAMT, OrganizationKind.YOUTH_OFFICE, tx.JUGENDAMT_FORM, recognized=False
        )
        self.srae_admin = self.person(self.youth_office, "Sachbearbeitung SRAE", self.start)

    def org(self, name: str, kind: str, legal_form: str, *, recognized: bool) -> Org:
        """Add an organisation (founded before the demo period)."""
        stamp = local_to_utc(self.start - timedelta(days=30), time(9))
        row = self.store.entity(
            "organizations",
            stamp,
            name=name,
            kind=kind,
            legal_form=legal_form,
            recognized_75=recognized,
            address="",
            contact_name="",
            email=f"info@{_slug(name)[:40]}.example" if kind != "youth_office" else "",
            phone="",
            notes="Demodaten (fiktiv).",
            deleted_at=None,
        )
        org = Org(row["id"], name, kind)
        self.orgs.append(org)
        return org

    def person(self, org: Org, function: str, since: date) -> Person:
        """Add a staff member of ``org``."""
        rng = self.rng
        for _ in range(20):
            first, last = rng.choice(tx.FIRST_NAMES), rng.choice(tx.LAST_NAMES)
            if f"{first} {last}" not in self._names:
                break
        self._names.add(f"{first} {last}")
        title = rng.choice(tx.TITLES)
        domain = ("rostock.example" if org.kind == "youth_office"
                  else f"{_slug(org.name)[:40]}.example")
        row = self.store.entity(
            "people",
            local_to_utc(since, time(9)),
            first_name=first,
            last_name=last,
            title=title,
            function=function,
            organization_id=org.id,
            email=f"{_slug(first)}.{_slug(last)}@{domain}",
            phone="",
            deleted_at=None,
        )
        name = " ".join(p for p in (title, first, last) if p)
        person = Person(row["id"], name, org, row["email"])
        org.staff.append(person)
        return person

    def staff_member(self, org: Org, function: str, since: date, *, fresh: float = 0.4) -> Person:
        """An existing staff member of ``org`` or, with probability ``fresh``, a new one."""
        if not org.staff or self.rng.random() < fresh:
            return self.person(org, function, since)
        return self.rng.choice(org.staff)

    def provider(self, used: set[str]) -> Org:
        """A fictitious Träger with a unique name."""
        rng = self.rng
        while True:
            stem, motif = rng.choice(tx.PROVIDER_STEMS), rng.choice(tx.PROVIDER_MOTIFS)
            form = rng.choices([f for f, _ in tx.PROVIDER_FORMS],
                               [w for _, w in tx.PROVIDER_FORMS])[0]
            name = f"{stem} {motif} {form}"
            if name not in used:
                used.add(name)
                return self.org(name, OrganizationKind.PROVIDER, form,
                                recognized=rng.random() < 0.9)


def build_organisations(people: People, regions: list[Region]) -> None:
    """Träger per Regionalraum and local schools, associations and councils per Sozialraum."""
    rng = people.rng
    used: set[str] = set()
    all_providers: list[Org] = []
    for region in regions:
        count = 5 + len(region.spaces) + (2 if region.population > 50_000 else 0)
        for _ in range(count):
            org = people.provider(used)
            region.providers.append(org)
            all_providers.append(org)
            for _ in range(rng.randint(2, 4)):
                people.person(org, rng.choice(tx.FUNCTIONS_PROVIDER), people.start)
        region.lead = people.person(
            people.youth_office, f"Regionalleitung Jugendhilfe {region.name}", people.start
        )
    for region in regions:
        # Some Träger work in a second Regionalraum.
        for org in rng.sample(all_providers, k=min(2, len(all_providers))):
            if org not in region.providers:
                region.providers.append(org)
        for space in region.spaces:
            for _ in range(rng.randint(1, 2)):
                kind = rng.choice(tx.SCHOOL_KINDS)
                name = f"{kind} {rng.choice(tx.SCHOOL_MOTIFS)} ({space.name})"
                if name in used:
                    continue
                used.add(name)
                school = people.org(name, OrganizationKind.SCHOOL,
                                    "Schule in öffentlicher Trägerschaft", recognized=False)
                for function in rng.sample(tx.FUNCTIONS_SCHOOL, k=2):
                    people.person(school, function, people.start)
                space.orgs.append(school)
            for pattern in rng.sample(tx.ASSOCIATION_PATTERNS, k=2):
                name = pattern.format(motif=rng.choice(tx.PROVIDER_MOTIFS), space=space.name)
                if name in used:
                    continue
                used.add(name)
                legal = "e. V." if "e. V." in name else ""
                assoc = people.org(name, OrganizationKind.ASSOCIATION, legal, recognized=False)
                people.person(assoc, rng.choice(tx.FUNCTIONS_ASSOCIATION), people.start)
                space.orgs.append(assoc)
            council = space.local_council.split(" ", 2)[-1] if space.local_council else space.name
            obr = people.org(f"Ortsbeirat {council}", OrganizationKind.ADMINISTRATION, "",
                             recognized=False)
            people.person(obr, "Mitglied des Ortsbeirats", people.start)
            space.orgs.append(obr)


def body_row(store: RowStore, kind: str, name: str, area_id: uuid.UUID, stamp: date) -> BodyInfo:
    """Create a missing default body (the seed normally provides them)."""
    row = store.entity("bodies", local_to_utc(stamp, time(9)), kind=kind, name=name,
                       area_id=area_id, deleted_at=None)
    return BodyInfo(row["id"], kind, name, area_id)


__all__ = [
    "BodyInfo",
    "Member",
    "Org",
    "People",
    "Person",
    "Region",
    "Space",
    "body_row",
    "build_organisations",
]
