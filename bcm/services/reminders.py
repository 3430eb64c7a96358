"""Reminders for owners' calendars: risk reviews, action and recommendation due dates, plan reviews."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from bcm.context import Context
from db.models import RISK_IS_OPEN, Person, Plan, Recommendation, Risk, RiskAction, Service

Sel = TypeVar("Sel", bound=Select[Any])


@dataclass(frozen=True)
class Reminder:
    uid: str  # stable, so re-importing the calendar updates events rather than doubling them
    on: date
    kind: str
    title: str
    detail: str
    owner: str


def reminders(ctx: Context, owner: str | None = None) -> list[Reminder]:
    person = aliased(Person)
    found: list[Reminder] = []

    def wanted(query: Sel) -> Sel:
        if owner:
            return query.where(func.lower(person.name) == owner.strip().lower())
        return query

    def uid(kind: str, record: uuid.UUID) -> str:
        return f"{kind}-{record}@bcm"

    with ctx.reading() as session:
        for r, name in session.execute(wanted(
            select(Risk, person.name).outerjoin(person, person.id == Risk.owner_id)
            .where(RISK_IS_OPEN, Risk.next_review.is_not(None)))).tuples():
            found.append(Reminder(uid("review", r.id), r.next_review or date.max, "risk review",
                                  f"Review risk {r.ref}: {r.title}",
                                  f"{r.ref} {r.title}\nCause: {r.cause}\nConsequence: {r.consequence}", name or ""))
        for a, ref, name in session.execute(wanted(
            select(RiskAction, Risk.ref, person.name).join(Risk, Risk.id == RiskAction.risk_id)
            .outerjoin(person, person.id == RiskAction.owner_id)
            .where(RiskAction.status.in_(("open", "in_progress")), RiskAction.due_on.is_not(None),
                   RiskAction.deleted_at.is_(None)))).tuples():
            found.append(Reminder(uid("action", a.id), a.due_on or date.max, "action due",
                                  f"Action due ({ref}): {a.description}",
                                  f"Risk {ref}\n{a.description}", name or ""))
        for rec, name in session.execute(wanted(
            select(Recommendation, person.name).outerjoin(person, person.id == Recommendation.owner_id)
            .where(Recommendation.status.in_(("identified", "in_progress")),
                   Recommendation.deleted_at.is_(None)))).tuples():
            found.append(Reminder(uid("recommendation", rec.id), rec.due_on, "recommendation due",
                                  f"Recommendation due: {rec.text}", rec.text, name or ""))
        for plan, service, name in session.execute(wanted(
            select(Plan, Service.name, person.name).join(Service, Service.id == Plan.service_id)
            .outerjoin(person, person.id == Plan.owner_id)
            .where(Plan.next_review.is_not(None), Plan.deleted_at.is_(None)))).tuples():
            found.append(Reminder(uid("plan", plan.id), plan.next_review or date.max, "plan review",
                                  f"Review the business continuity plan: {service}",
                                  f"{service} plan version {plan.current_version} is due for its review", name or ""))
    found.sort(key=lambda r: (r.on, r.kind, r.title))
    return found
