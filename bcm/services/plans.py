"""Plan use cases: the list of services with their plan status, and "who does this disruption hit?"."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import aliased

from bcm.context import Context
from bcm.disruptions import CUTS, parse_disruptions
from bcm.plan_views import AffectedActivity, PlanRow
from db.models import (
    CardStep,
    CriticalActivity,
    Dependency,
    DependencyActivity,
    Person,
    Plan,
    ResponseCard,
    Service,
)

FIRST_STEPS = 3


def plan_status(status: str | None, overdue: bool) -> str:
    if status is None:
        return "no plan"
    if status == "approved" and overdue:
        return "review overdue"
    return status


def list_plans(ctx: Context) -> list[PlanRow]:
    today = ctx.today()
    owner, manager = aliased(Person), aliased(Person)
    query = (
        select(Service.id, Plan.id, Service.name, Service.short_name, Service.division, Service.locality,
               manager.name, Plan.status, Plan.current_version, owner.name, Plan.next_review, Plan.last_exercised)
        .outerjoin(Plan, (Plan.service_id == Service.id) & Plan.deleted_at.is_(None))
        .outerjoin(owner, owner.id == Plan.owner_id)
        .outerjoin(manager, manager.id == Service.manager_id)
        .where(Service.deleted_at.is_(None))
        .order_by(Service.name)
    )
    with ctx.reading() as session:
        rows = []
        for r in session.execute(query):
            overdue = r[10] is not None and r[10] < today
            rows.append(PlanRow(
                service_id=r[0], plan_id=r[1], service=r[2], short_name=r[3], division=r[4], locality=r[5],
                manager=r[6] or "", status=plan_status(r[7], overdue), version=r[8] or "", owner=r[9] or "",
                next_review=r[10], overdue=overdue, last_exercised=r[11],
            ))
        return rows


def affected(ctx: Context, disruptions: list[str]) -> list[AffectedActivity]:
    """Every critical activity of every service a disruption hits (through its dependencies or a response card
    for it), soonest recovery time first."""
    chosen = parse_disruptions(disruptions)
    kinds = {kind for d in chosen for kind in CUTS[d]}
    with ctx.reading() as session:
        hit_plans: dict[uuid.UUID, set[str]] = defaultdict(set)
        for plan_id, disruption in session.execute(
            select(ResponseCard.plan_id, ResponseCard.disruption)
            .where(ResponseCard.disruption.in_(chosen), ResponseCard.deleted_at.is_(None))
        ):
            hit_plans[plan_id].add(disruption)
        via: dict[uuid.UUID, list[str]] = defaultdict(list)
        if kinds:
            for plan_id, activity_id, name, kind in session.execute(
                select(Dependency.plan_id, DependencyActivity.activity_id, Dependency.name, Dependency.kind)
                .join(DependencyActivity, DependencyActivity.dependency_id == Dependency.id)
                .join(CriticalActivity, CriticalActivity.id == DependencyActivity.activity_id)
                .where(Dependency.kind.in_(kinds), Dependency.deleted_at.is_(None),
                       DependencyActivity.deleted_at.is_(None), CriticalActivity.deleted_at.is_(None))
            ):
                via[activity_id].append(name)
                hit_plans[plan_id].update(d for d in chosen if kind in CUTS[d])
        if not hit_plans:
            return []
        steps: dict[uuid.UUID, list[str]] = defaultdict(list)
        for plan_id, text in session.execute(
            select(ResponseCard.plan_id, CardStep.text)
            .join(CardStep, CardStep.card_id == ResponseCard.id)
            .where(ResponseCard.plan_id.in_(hit_plans), ResponseCard.disruption.in_(chosen),
                   ResponseCard.deleted_at.is_(None), CardStep.deleted_at.is_(None))
            .order_by(ResponseCard.plan_id, ResponseCard.disruption, CardStep.position)
        ):
            steps[plan_id].append(text)
        query = (
            select(CriticalActivity, Service.name)
            .join(Plan, Plan.id == CriticalActivity.plan_id)
            .join(Service, Service.id == Plan.service_id)
            .where(CriticalActivity.plan_id.in_(hit_plans), CriticalActivity.deleted_at.is_(None),
                   Plan.deleted_at.is_(None))
        )
        rows = [
            AffectedActivity(
                service=service, activity=a.name, priority=a.priority, rto_hours=a.rto_hours,
                mtpd_hours=a.mtpd_hours, minimum_staff=a.minimum_staff,
                minimum_service_level=a.minimum_service_level, workaround=a.workarounds,
                disruptions=tuple(d for d in chosen if d in hit_plans[a.plan_id]),
                via=tuple(dict.fromkeys(via.get(a.id, []))), first_steps=tuple(steps[a.plan_id][:FIRST_STEPS]),
            )
            for a, service in session.execute(query).tuples()
        ]
    rows.sort(key=lambda r: (r.rto_hours, r.priority, r.service, r.activity))
    return rows
