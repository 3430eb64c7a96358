"""Reading one whole plan (or several) for the printed packs: a fixed handful of queries however many plans."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.disruptions import CUTS, LABELS, parse_disruptions
from bcm.errors import NotFoundError
from bcm.many_objects import making_many_objects
from bcm.plan_detail_views import (
    ActivityView,
    CardView,
    CascadeView,
    ContactView,
    DependencyView,
    DisruptionPack,
    PlanDetail,
    StepView,
    ThresholdView,
    VersionView,
)
from bcm.plan_rules import gaps
from bcm.services.plans import affected, plan_status
from db.models import (
    CardStep,
    CascadeEntry,
    CriticalActivity,
    Dependency,
    DependencyActivity,
    Person,
    Plan,
    PlanVersion,
    ResponseCard,
    Service,
    StaffingThreshold,
)
from db.models.plans import DEPENDENCY_KINDS, DISRUPTIONS, STAFFING_LEVELS


def get_plan_detail(ctx: Context, service: str) -> PlanDetail:
    """The plan of the service with this name or short name (any case and spacing)."""
    with ctx.reading() as session:
        service_id = find_service(session, service)
        plan_id = session.scalar(select(Plan.id).where(Plan.service_id == service_id, Plan.deleted_at.is_(None)))
        if plan_id is None:
            name = session.scalar(select(Service.name).where(Service.id == service_id))
            raise NotFoundError(f"{name} has no business continuity plan yet")
        return load_plan_details(session, [plan_id], ctx.today())[0]


def disruption_pack(ctx: Context, disruption: str) -> DisruptionPack:
    """Every service one disruption type hits, soonest recovery first, with each service's whole plan."""
    key = parse_disruptions([disruption])[0]
    with making_many_objects():  # a county-wide disruption: sixty whole plans
        return _disruption_pack(ctx, key)


def _disruption_pack(ctx: Context, key: str) -> DisruptionPack:
    rows = affected(ctx, [key])
    services = list(dict.fromkeys(r.service for r in rows))
    with ctx.reading() as session:
        plan_ids = dict(session.execute(
            select(Service.name, Plan.id).join(Plan, Plan.service_id == Service.id)
            .where(Service.name.in_(services), Plan.deleted_at.is_(None), Service.deleted_at.is_(None))
        ).tuples().all())
        details = load_plan_details(session, [plan_ids[s] for s in services if s in plan_ids], ctx.today())
    return DisruptionPack(disruption=key, label=LABELS[key], cuts=CUTS[key], activities=tuple(rows),
                          plans=tuple(details))


def find_service(session: Session, name: str) -> uuid.UUID:
    """A service by its name or short name; unknown names are refused with the list of known services."""
    clean = " ".join(name.split()).lower()
    rows = session.execute(
        select(Service.id, Service.name, Service.short_name).where(Service.deleted_at.is_(None))
        .where(or_(func.lower(Service.name) == clean, func.lower(Service.short_name) == clean))
    ).tuples().all()
    exact = [service_id for service_id, full, _ in rows if full.lower() == clean]
    if exact:
        return exact[0]
    if len(rows) == 1:
        return rows[0][0]
    known = session.execute(
        select(Service.name, Service.short_name).where(Service.deleted_at.is_(None)).order_by(Service.name)
    ).all()
    listed = ", ".join(f"{n} ({s})" if s and s != n else n for n, s in known) or "none yet"
    if rows:
        raise NotFoundError(f"{name!r} could be any of several services; name one of: {listed}")
    raise NotFoundError(f"no service called {name!r}; known services: {listed}")


def _contact(person: Any) -> ContactView | None:
    """The contact of a person row (the columns _PERSON selects), or None."""
    if person is None:
        return None
    return ContactView(name=person.name, job_title=person.job_title, work_phone=person.work_phone,
                       mobile=person.mobile, out_of_hours=person.out_of_hours, email=person.email,
                       on_call_role=person.on_call_role)


# Only the columns a plan's views show: whole ORM rows would convert every id and time stamp of each row and enter
# it in the session, several times the cost of the query for a disruption pack's thousands of card steps.
_PERSON = (Person.id, Person.name, Person.job_title, Person.work_phone, Person.mobile, Person.out_of_hours,
           Person.email, Person.on_call_role)


def load_plan_details(session: Session, plan_ids: Sequence[uuid.UUID], today: date) -> list[PlanDetail]:
    """Whole plans, in the order of plan_ids, from one query per table (not one per plan or per row)."""
    if not plan_ids:
        return []
    ids = list(dict.fromkeys(plan_ids))
    plans = {p.id: (p, s) for p, s in session.execute(
        select(Plan, Service).join(Service, Service.id == Plan.service_id).where(Plan.id.in_(ids))
    ).tuples()}

    activities: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for a in session.execute(
        select(CriticalActivity.plan_id, CriticalActivity.id, CriticalActivity.name, CriticalActivity.priority,
               CriticalActivity.rto_hours, CriticalActivity.mtpd_hours, CriticalActivity.minimum_staff,
               CriticalActivity.minimum_service_level, CriticalActivity.workarounds, CriticalActivity.description)
        .where(CriticalActivity.plan_id.in_(ids), CriticalActivity.deleted_at.is_(None))
        .order_by(CriticalActivity.priority, CriticalActivity.rto_hours, CriticalActivity.name)
    ):
        activities[a.plan_id].append(a)

    dependencies: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for d in session.execute(
        select(Dependency.plan_id, Dependency.id, Dependency.kind, Dependency.name, Dependency.recovery_hours,
               Dependency.notes)
        .where(Dependency.plan_id.in_(ids), Dependency.deleted_at.is_(None))
    ):
        dependencies[d.plan_id].append(d)
    needs: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for dependency_id, activity_id in session.execute(
        select(DependencyActivity.dependency_id, DependencyActivity.activity_id)
        .join(Dependency, Dependency.id == DependencyActivity.dependency_id)
        .where(Dependency.plan_id.in_(ids), DependencyActivity.deleted_at.is_(None))
    ).tuples():
        needs[dependency_id].append(activity_id)

    cascade: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for c in session.execute(
        select(CascadeEntry.plan_id, CascadeEntry.position, CascadeEntry.person_id, CascadeEntry.role,
               CascadeEntry.called_by_id, CascadeEntry.alternate_id)
        .where(CascadeEntry.plan_id.in_(ids), CascadeEntry.deleted_at.is_(None))
        .order_by(CascadeEntry.position)
    ):
        cascade[c.plan_id].append(c)

    cards: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for card in session.execute(
        select(ResponseCard.plan_id, ResponseCard.id, ResponseCard.disruption, ResponseCard.title)
        .where(ResponseCard.plan_id.in_(ids), ResponseCard.deleted_at.is_(None))
    ):
        cards[card.plan_id].append(card)
    steps: dict[uuid.UUID, list[StepView]] = defaultdict(list)
    for card_id, step_text, who, when in session.execute(
        select(CardStep.card_id, CardStep.text, CardStep.who, CardStep.when)
        .join(ResponseCard, ResponseCard.id == CardStep.card_id)
        .where(ResponseCard.plan_id.in_(ids), CardStep.deleted_at.is_(None)).order_by(CardStep.position)
    ).tuples():
        steps[card_id].append(StepView(len(steps[card_id]) + 1, step_text, who, when))

    thresholds: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for t in session.execute(
        select(StaffingThreshold.plan_id, StaffingThreshold.level, StaffingThreshold.below_percent,
               StaffingThreshold.actions)
        .where(StaffingThreshold.plan_id.in_(ids), StaffingThreshold.deleted_at.is_(None))
    ):
        thresholds[t.plan_id].append(t)

    versions: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for v in session.execute(
        select(PlanVersion.plan_id, PlanVersion.number, PlanVersion.issued_on, PlanVersion.summary,
               PlanVersion.owner_name)
        .where(PlanVersion.plan_id.in_(ids), PlanVersion.deleted_at.is_(None))
        .order_by(PlanVersion.issued_on, PlanVersion.created_at)
    ):
        versions[v.plan_id].append(v)

    person_ids = {pid for p, s in plans.values() for pid in (p.owner_id, p.author_id, p.approver_id, s.manager_id)}
    person_ids |= {pid for entries in cascade.values() for c in entries
                   for pid in (c.person_id, c.called_by_id, c.alternate_id)}
    person_ids.discard(None)
    people = {p.id: p for p in session.execute(select(*_PERSON).where(Person.id.in_(person_ids)))}

    def name(pid: uuid.UUID | None) -> str:
        person = people.get(pid) if pid else None
        return person.name if person else ""

    def contact(pid: uuid.UUID | None) -> ContactView | None:
        return _contact(people.get(pid) if pid else None)

    details = []
    for plan_id in ids:
        if plan_id not in plans:
            continue
        plan, service = plans[plan_id]
        activity_views = tuple(
            ActivityView(id=a.id, name=a.name, priority=a.priority, rto_hours=a.rto_hours, mtpd_hours=a.mtpd_hours,
                         minimum_staff=a.minimum_staff, minimum_service_level=a.minimum_service_level,
                         workarounds=a.workarounds, description=a.description)
            for a in activities[plan_id]
        )
        order = {a.id: i for i, a in enumerate(activity_views)}
        names = {a.id: a.name for a in activity_views}
        dependency_views = []
        for d in sorted(dependencies[plan_id], key=lambda d: (_index(DEPENDENCY_KINDS, d.kind), d.name.lower())):
            needed = sorted((a for a in dict.fromkeys(needs[d.id]) if a in order), key=order.__getitem__)
            dependency_views.append(DependencyView(
                id=d.id, kind=d.kind, name=d.name, recovery_hours=d.recovery_hours, activity_ids=tuple(needed),
                activities=tuple(names[a] for a in needed), notes=d.notes,
            ))
        card_views = tuple(
            CardView(card.disruption, LABELS.get(card.disruption, card.disruption), card.title or
                     LABELS.get(card.disruption, card.disruption), tuple(steps[card.id]))
            for card in sorted(cards[plan_id], key=lambda c: _index(DISRUPTIONS, c.disruption))
        )
        overdue = plan.next_review is not None and plan.next_review < today
        details.append(PlanDetail(
            service_id=service.id, plan_id=plan.id, service=service.name, short_name=service.short_name,
            division=service.division, locality=service.locality, manager=name(service.manager_id),
            description=service.description, status=plan_status(plan.status, overdue), version=plan.current_version,
            owner=name(plan.owner_id), author=name(plan.author_id), approver=name(plan.approver_id),
            approved_on=plan.approved_on, next_review=plan.next_review, review_overdue=overdue,
            last_exercised=plan.last_exercised, scope=plan.scope, invocation_criteria=plan.invocation_criteria,
            who_may_invoke=plan.who_may_invoke, activities=activity_views, dependencies=tuple(dependency_views),
            gaps=tuple(gaps(activity_views, dependency_views)),
            cascade=tuple(
                CascadeView(position=c.position, person=contact(c.person_id) or ContactView(name="(unknown)"),
                            role=c.role, called_by=name(c.called_by_id), alternate=contact(c.alternate_id))
                for c in cascade[plan_id]
            ),
            cards=card_views,
            thresholds=tuple(
                ThresholdView(t.level, t.below_percent, t.actions)
                for t in sorted(thresholds[plan_id], key=lambda t: _index(STAFFING_LEVELS, t.level))
            ),
            versions=tuple(VersionView(v.number, v.issued_on, v.summary, v.owner_name) for v in versions[plan_id]),
        ))
    return details


def _index(known: tuple[str, ...], value: str) -> int:
    return known.index(value) if value in known else len(known)
