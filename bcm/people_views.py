"""Plain read-models of people and services, and of where a person is named."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    version: int
    name: str
    job_title: str
    team: str
    work_phone: str
    mobile: str
    out_of_hours: str
    email: str
    on_call_role: str

    def matches(self, text: str) -> bool:
        words = text.lower().split()
        haystack = " ".join((self.name, self.job_title, self.team, self.email, self.on_call_role, self.work_phone,
                             self.mobile, self.out_of_hours)).lower()
        return all(word in haystack for word in words)


@dataclass(frozen=True)
class ServiceRow:
    id: uuid.UUID
    version: int
    name: str
    short_name: str
    division: str
    locality: str
    manager: str
    description: str
    plan_status: str  # no plan / draft / approved / review overdue

    def matches(self, text: str) -> bool:
        words = text.lower().split()
        haystack = " ".join((self.name, self.short_name, self.division, self.locality, self.manager)).lower()
        return all(word in haystack for word in words)


# Kinds of use, in the order the where-used panel lists them.
RISKS_OWNED = "Risks owned"
ACTIONS_OWNED = "Risk actions owned"
CONTROLS_OWNED = "Risk controls owned"
REGISTERS_OWNED = "Risk registers owned"
PLANS = "Business continuity plans"
CASCADES = "Call cascade places"
SERVICES_MANAGED = "Services managed"
RECOMMENDATIONS = "Recommendations owned"
INCIDENTS_LED = "Incidents led"
EXERCISES = "Exercises facilitated"
USE_KINDS = (RISKS_OWNED, ACTIONS_OWNED, CONTROLS_OWNED, REGISTERS_OWNED, PLANS, CASCADES, SERVICES_MANAGED,
             RECOMMENDATIONS, INCIDENTS_LED, EXERCISES)
NOUNS: dict[str, tuple[str, str]] = {  # how a count of each kind reads: one, several
    RISKS_OWNED: ("open risk", "open risks"), ACTIONS_OWNED: ("open action", "open actions"),
    CONTROLS_OWNED: ("control", "controls"), REGISTERS_OWNED: ("risk register", "risk registers"),
    PLANS: ("plan", "plans"), CASCADES: ("call cascade place", "call cascade places"),
    SERVICES_MANAGED: ("service managed", "services managed"),
    RECOMMENDATIONS: ("open recommendation", "open recommendations"),
    INCIDENTS_LED: ("active incident", "active incidents"), EXERCISES: ("exercise", "exercises"),
}


@dataclass(frozen=True)
class Use:
    """One place a person is named: what, in what capacity, and whether it is still live (must be reassigned)."""

    kind: str  # one of USE_KINDS
    what: str  # "OPS0005 Loss of Mosaic", "Kent Enablement at Home"
    detail: str  # "owner", "place 2: Service Manager", "due 01/12/2026, in progress"
    open: bool
    overdue: bool = False  # an open action or recommendation past its due date


@dataclass(frozen=True)
class WhereUsed:
    person_id: uuid.UUID
    person: str
    uses: tuple[Use, ...]

    @property
    def open_uses(self) -> tuple[Use, ...]:
        return tuple(u for u in self.uses if u.open)

    def summary(self) -> str:
        """"2 open risks, 1 plan, 7 call cascade places" over the open uses."""
        counts = Counter(u.kind for u in self.open_uses)
        return ", ".join(f"{counts[kind]} {NOUNS[kind][counts[kind] != 1]}" for kind in USE_KINDS if counts[kind])
