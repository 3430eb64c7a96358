"""`bcm check`: is the database sound, at the current schema, with a valid scoring matrix?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bcm.context import Context
from bcm.database import Database
from bcm.services.matrix import load_matrix
from db.health import integrity_problems
from db.migrate import current_revision, head_revision
from db.models import Incident, Person, Plan, Risk, RiskRegister


@dataclass(frozen=True)
class HealthReport:
    target: str
    revision: str | None
    head: str
    problems: list[str]
    counts: dict[str, int]

    @property
    def sound(self) -> bool:
        return not self.problems


def check_database(database: Database, ctx: Context) -> HealthReport:
    problems = integrity_problems(database.engine)
    revision = current_revision(database.engine)
    head = head_revision()
    if revision != head:
        problems.append(f"schema is at revision {revision}, the app expects {head}")
    with ctx.reading() as session:
        problems.extend(f"scoring matrix: {p}" for p in load_matrix(session).problems())
    return HealthReport(database.describe(), revision, head, problems, record_counts(ctx))


_ONE = {"people": "person", "registers": "register", "risks": "risk", "plans": "plan", "incidents": "incident"}


def counted(counts: dict[str, int]) -> str:
    """The counts as the status bar and `bcm check` say them: "5,000 people, 1 incident"."""
    return ", ".join(f"{n:,} {_ONE[label] if n == 1 else label}" for label, n in counts.items())


def record_counts(ctx: Context) -> dict[str, int]:
    """How many of each main record there are (what the status bar shows): cheap, unlike check_database."""
    counts: dict[str, int] = {}
    with ctx.reading() as session:
        for label, model in (("people", Person), ("registers", RiskRegister), ("risks", Risk), ("plans", Plan),
                             ("incidents", Incident)):
            counts[label] = session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))) or 0
    return counts
