"""Creating a plan and reading one whole for the editor."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.errors import ValidationError
from bcm.plan_detail_views import ActivityView, DependencyView
from bcm.plan_edit_rules import DEPENDENCY_LABELS
from bcm.plan_edit_views import (
    ActivityRow,
    CardRow,
    CascadeRow,
    DependencyRow,
    PlanEdit,
    PlanOverview,
    StepRow,
    ThresholdRow,
    VersionRow,
)
from bcm.plan_rules import gaps
from bcm.services.audit import apply_changes, created
from bcm.services.plan_editing.common import find_plan, live_record, person_named
from bcm.services.plans import plan_status
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


def create_plan(ctx: Context, service_id: uuid.UUID, *, owner: str | None = None, author: str | None = None,
                approver: str | None = None) -> uuid.UUID:
    """Start a draft plan (0.1) for a service that has none; the service manager owns it unless told otherwise."""
    with ctx.unit_of_work() as session:
        service = live_record(session, Service, service_id, "service")
        existing = session.scalar(select(Plan).where(Plan.service_id == service_id))
        owner_id = person_named(session, ctx, "owner", owner) if owner else service.manager_id
        values: dict[str, Any] = dict(
            status="draft", current_version="0.1", owner_id=owner_id,
            author_id=person_named(session, ctx, "author", author),
            approver_id=person_named(session, ctx, "approver", approver),
        )
        label = f"Plan: {service.name}"
        if existing is not None:
            if existing.deleted_at is None:
                raise ValidationError.of("service", service.name, "already has a business continuity plan")
            apply_changes(session, ctx, existing, label, {"deleted_at": None, **values})  # one plan row per service
            return existing.id
        plan = Plan(service_id=service_id, **values)
        created(session, ctx, plan, label)
        return plan.id


def get_plan_edit(ctx: Context, plan_id: uuid.UUID) -> PlanEdit:
    today = ctx.today()
    with ctx.reading() as session:
        plan, _ = find_plan(session, plan_id)
        service = session.get(Service, plan.service_id)
        assert service is not None
        people = _people_named(session, plan)

        def name(pid: uuid.UUID | None) -> str:
            person = people.get(pid) if pid else None
            return person.name if person else ""

        overdue = plan.next_review is not None and plan.next_review < today
        overview = PlanOverview(
            plan_id=plan.id, version=plan.version, service_id=service.id, service=service.name,
            short_name=service.short_name, status=plan_status(plan.status, overdue), number=plan.current_version,
            owner=name(plan.owner_id), author=name(plan.author_id), approver=name(plan.approver_id),
            approved_on=plan.approved_on, next_review=plan.next_review, last_exercised=plan.last_exercised,
            scope=plan.scope, invocation_criteria=plan.invocation_criteria, who_may_invoke=plan.who_may_invoke,
        )
        activities = tuple(
            ActivityRow(a.id, a.version, a.name, a.priority, a.rto_hours, a.mtpd_hours, a.minimum_service_level,
                        a.minimum_staff, a.workarounds, a.description)
            for a in session.scalars(
                select(CriticalActivity).where(CriticalActivity.plan_id == plan_id,
                                               CriticalActivity.deleted_at.is_(None))
                .order_by(CriticalActivity.priority, CriticalActivity.rto_hours, CriticalActivity.name)
            )
        )
        dependencies = _dependencies(session, plan_id, activities)
        cascade = tuple(
            CascadeRow(
                c.id, c.version, c.position, name(c.person_id), _attr(people, c.person_id, "job_title"),
                _attr(people, c.person_id, "work_phone"), _attr(people, c.person_id, "mobile"),
                _attr(people, c.person_id, "out_of_hours"), c.role, name(c.called_by_id), name(c.alternate_id),
                _attr(people, c.alternate_id, "out_of_hours") or _attr(people, c.alternate_id, "mobile"),
            )
            for c in session.scalars(
                select(CascadeEntry).where(CascadeEntry.plan_id == plan_id, CascadeEntry.deleted_at.is_(None))
                .order_by(CascadeEntry.position, CascadeEntry.created_at)
            )
        )
        cards = _cards(session, plan_id)
        thresholds = tuple(sorted(
            (ThresholdRow(t.id, t.version, t.level, t.below_percent, t.actions) for t in session.scalars(
                select(StaffingThreshold).where(StaffingThreshold.plan_id == plan_id,
                                                StaffingThreshold.deleted_at.is_(None)))),
            key=lambda t: STAFFING_LEVELS.index(t.level),
        ))
        versions = tuple(
            VersionRow(v.id, v.number, v.issued_on, v.summary, v.owner_name, name(v.approved_by_id),
                       v.snapshot is not None)
            for v in session.scalars(
                select(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.deleted_at.is_(None))
                .order_by(PlanVersion.issued_on.desc(), PlanVersion.created_at.desc())
            )
        )
    return PlanEdit(overview=overview, activities=activities, dependencies=dependencies,
                    gaps=tuple(g for d in dependencies for g in d.gaps), cascade=cascade, cards=cards,
                    thresholds=thresholds, versions=versions)


def _people_named(session: Session, plan: Plan) -> dict[uuid.UUID, Person]:
    """The people the plan names, the deleted too (history keeps their names); not a county's five thousand, which
    took two thirds of opening a plan."""
    cascade = CascadeEntry.plan_id == plan.id
    named = union(select(CascadeEntry.person_id).where(cascade), select(CascadeEntry.called_by_id).where(cascade),
                  select(CascadeEntry.alternate_id).where(cascade),
                  select(PlanVersion.approved_by_id).where(PlanVersion.plan_id == plan.id)).subquery()
    own = [pid for pid in (plan.owner_id, plan.author_id, plan.approver_id) if pid is not None]
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(select(named.c[0])) |
                                                                   Person.id.in_(own)))}


def _attr(people: Mapping[uuid.UUID, Person], pid: uuid.UUID | None, field: str) -> str:
    person = people.get(pid) if pid else None
    return str(getattr(person, field) or "") if person else ""


def _dependencies(session: Session, plan_id: uuid.UUID,
                  activities: tuple[ActivityRow, ...]) -> tuple[DependencyRow, ...]:
    order = {a.id: i for i, a in enumerate(activities)}
    names = {a.id: a.name for a in activities}
    needs: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for dependency_id, activity_id in session.execute(
        select(DependencyActivity.dependency_id, DependencyActivity.activity_id)
        .join(Dependency, Dependency.id == DependencyActivity.dependency_id)
        .where(Dependency.plan_id == plan_id, DependencyActivity.deleted_at.is_(None))
    ).tuples():
        if activity_id in order:
            needs[dependency_id].append(activity_id)
    records = sorted(
        session.scalars(select(Dependency).where(Dependency.plan_id == plan_id, Dependency.deleted_at.is_(None))),
        key=lambda d: (DEPENDENCY_KINDS.index(d.kind) if d.kind in DEPENDENCY_KINDS else 99, d.name.lower()),
    )
    views = [ActivityView(a.id, a.name, a.priority, a.rto_hours, a.mtpd_hours) for a in activities]
    rows = []
    for d in records:
        needed = tuple(sorted(dict.fromkeys(needs[d.id]), key=order.__getitem__))
        found = gaps(views, [DependencyView(d.id, d.kind, d.name, d.recovery_hours, needed)])
        rows.append(DependencyRow(
            id=d.id, version=d.version, kind=d.kind, kind_label=DEPENDENCY_LABELS.get(d.kind, d.kind), name=d.name,
            recovery_hours=d.recovery_hours, notes=d.notes, activity_ids=needed,
            activities=tuple(names[a] for a in needed), gaps=tuple(found),
        ))
    return tuple(rows)


def _cards(session: Session, plan_id: uuid.UUID) -> tuple[CardRow, ...]:
    cards = sorted(
        session.scalars(select(ResponseCard).where(ResponseCard.plan_id == plan_id,
                                                   ResponseCard.deleted_at.is_(None))),
        key=lambda c: DISRUPTIONS.index(c.disruption),
    )
    steps: dict[uuid.UUID, list[StepRow]] = defaultdict(list)
    for s in session.scalars(
        select(CardStep).join(ResponseCard, ResponseCard.id == CardStep.card_id)
        .where(ResponseCard.plan_id == plan_id, CardStep.deleted_at.is_(None))
        .order_by(CardStep.position, CardStep.created_at)
    ):
        steps[s.card_id].append(StepRow(s.id, s.version, s.position, s.text, s.who, s.when))
    return tuple(CardRow(c.id, c.version, c.disruption, LABELS[c.disruption], c.title, tuple(steps[c.id]))
                 for c in cards)
