"""Writing business continuity plans: overview, business impact analysis, dependencies, call cascade, response
cards, staffing thresholds, and sign-off with frozen versions.

Every change to the content of an approved plan starts a new draft (2.1 approved -> 2.2 draft) and leaves the
approved version frozen in plan_versions; approving a draft freezes it in turn.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.plan_detail_views import ActivityView, DependencyView
from bcm.plan_edit_rules import (
    DEPENDENCY_LABELS,
    approval_number,
    check_thresholds,
    next_draft_number,
    parse_hours,
    review_after,
)
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
from bcm.rules import check_rto
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.people import person_id
from bcm.services.plan_detail import find_service, load_plan_details
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
    Record,
    ResponseCard,
    Service,
    StaffingThreshold,
)
from db.models.plans import DEPENDENCY_KINDS, DISRUPTIONS, STAFFING_LEVELS

R = TypeVar("R", bound=Record)


# --- finding ---------------------------------------------------------------------------------------------------


def _plan(session: Session, plan_id: uuid.UUID) -> tuple[Plan, str]:
    """The live plan and the label its audit entries carry."""
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError("that plan no longer exists (it may have been deleted elsewhere)")
    service = session.scalar(select(Service.name).where(Service.id == plan.service_id))
    return plan, f"Plan: {service}"


def _live(session: Session, model: type[R], record_id: uuid.UUID, what: str) -> R:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(f"that {what} no longer exists (it may have been removed elsewhere)")
    return record


def _person(session: Session, ctx: Context, field: str, name: str | None) -> uuid.UUID | None:
    """A known person by name; plans name people who are already in People and services."""
    try:
        return person_id(session, ctx, name, create=False)
    except ValidationError:
        raise ValidationError.of(field, name, "no such person; add them under People and services first") from None


def plan_id_for_service(ctx: Context, service: str | uuid.UUID) -> uuid.UUID | None:
    """The plan of a service (by id, name or short name), or None when it has none yet."""
    with ctx.reading() as session:
        service_id = service if isinstance(service, uuid.UUID) else find_service(session, service)
        return session.scalar(select(Plan.id).where(Plan.service_id == service_id, Plan.deleted_at.is_(None)))


def _start_draft(session: Session, ctx: Context, plan: Plan, label: str) -> None:
    """A change to an approved plan starts the next draft; the approved version stays frozen in plan_versions."""
    if plan.status == "approved":
        apply_changes(session, ctx, plan, label,
                      {"status": "draft", "current_version": next_draft_number(plan.current_version)})


def _soft_delete(session: Session, ctx: Context, record: Record, label: str) -> None:
    apply_changes(session, ctx, record, label, {"deleted_at": ctx.now()})


def _renumber(session: Session, ctx: Context, records: Sequence[CascadeEntry | CardStep], label: str) -> None:
    for position, record in enumerate(records, start=1):
        apply_changes(session, ctx, record, label, {"position": position})


def _moved(records: list[Any], record: Any, new_position: int) -> list[Any]:
    """The list with one record taken out and put back at a 1-based position (clamped to the list)."""
    rest = [r for r in records if r is not record]
    index = min(max(new_position, 1), len(rest) + 1) - 1
    return [*rest[:index], record, *rest[index:]]


# --- creating and reading a plan -------------------------------------------------------------------------------


def create_plan(ctx: Context, service_id: uuid.UUID, *, owner: str | None = None, author: str | None = None,
                approver: str | None = None) -> uuid.UUID:
    """Start a draft plan (0.1) for a service that has none; the service manager owns it unless told otherwise."""
    with ctx.unit_of_work() as session:
        service = _live(session, Service, service_id, "service")
        existing = session.scalar(select(Plan).where(Plan.service_id == service_id))
        owner_id = _person(session, ctx, "owner", owner) if owner else service.manager_id
        values: dict[str, Any] = dict(
            status="draft", current_version="0.1", owner_id=owner_id, author_id=_person(session, ctx, "author", author),
            approver_id=_person(session, ctx, "approver", approver),
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
        plan, _ = _plan(session, plan_id)
        service = session.get(Service, plan.service_id)
        assert service is not None
        people = {p.id: p for p in session.scalars(select(Person))}  # the deleted too: history keeps their names

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


# --- overview --------------------------------------------------------------------------------------------------


@dataclass
class OverviewInput:
    owner: str | None = None
    author: str | None = None
    approver: str | None = None
    scope: str = ""
    invocation_criteria: str = ""
    who_may_invoke: str = ""
    next_review: date | None = None


def update_overview(ctx: Context, plan_id: uuid.UUID, expected_version: int | None, data: OverviewInput) -> int:
    """Owner, author, approver, scope, invocation criteria and who may invoke; returns the plan's new lock version.
    A changed review date alone is housekeeping and does not start a new draft."""
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        problems: list[Problem] = []
        ids: dict[str, uuid.UUID | None] = {}
        for field in ("owner", "author", "approver"):
            try:
                ids[f"{field}_id"] = _person(session, ctx, field, getattr(data, field))
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        changed = apply_changes(session, ctx, plan, label, {
            **ids, "scope": data.scope.strip(), "invocation_criteria": data.invocation_criteria.strip(),
            "who_may_invoke": data.who_may_invoke.strip(), "next_review": data.next_review,
        })
        if set(changed) - {"next_review"}:
            _start_draft(session, ctx, plan, label)
        session.flush()
        return plan.version


# --- critical activities (the business impact analysis) --------------------------------------------------------


@dataclass
class ActivityInput:
    name: str
    rto_hours: float | str
    mtpd_hours: float | str
    priority: int = 1
    minimum_service_level: str = ""
    minimum_staff: int = 0
    workarounds: str = ""
    description: str = ""


def _shown(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours


def validate_activity(data: ActivityInput) -> dict[str, Any]:
    """Every problem at once; RTO above MTPD is refused with both values named."""
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "a critical activity needs a name"))
    if not isinstance(data.priority, int) or data.priority < 1:
        problems.append(Problem("priority", data.priority, "must be a whole number, 1 for the most critical"))
    if not isinstance(data.minimum_staff, int) or data.minimum_staff < 0:
        problems.append(Problem("minimum staff", data.minimum_staff, "must be a whole number, 0 or more"))
    hours: dict[str, float | None] = {}
    for field, given in (("RTO", data.rto_hours), ("MTPD", data.mtpd_hours)):
        try:
            hours[field] = parse_hours(field, given)
        except ValidationError as exc:
            problems.extend(exc.problems)
            hours[field] = None
    rto, mtpd = hours["RTO"], hours["MTPD"]
    if mtpd is not None and mtpd <= 0:
        problems.append(Problem("MTPD", _shown(mtpd), "must be more than 0 hours"))
    elif rto is not None and mtpd is not None:
        try:
            check_rto(rto, mtpd)
        except ValidationError as exc:
            problems.extend(Problem(p.field, _shown(rto), p.message) for p in exc.problems)
    if problems:
        raise ValidationError(problems)
    return dict(name=name, priority=data.priority, rto_hours=rto, mtpd_hours=mtpd,
                minimum_service_level=data.minimum_service_level.strip(), minimum_staff=data.minimum_staff,
                workarounds=data.workarounds.strip(), description=data.description.strip())


def _check_activity_name(session: Session, plan_id: uuid.UUID, name: str, own: uuid.UUID | None) -> None:
    clash = session.scalar(
        select(CriticalActivity.id).where(CriticalActivity.plan_id == plan_id, CriticalActivity.deleted_at.is_(None),
                                          func.lower(CriticalActivity.name) == name.lower())
    )
    if clash is not None and clash != own:
        raise ValidationError.of("name", name, "the plan already has a critical activity with this name")


def add_activity(ctx: Context, plan_id: uuid.UUID, data: ActivityInput) -> uuid.UUID:
    values = validate_activity(data)
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        _check_activity_name(session, plan_id, values["name"], None)
        activity = CriticalActivity(plan_id=plan_id, **values)
        created(session, ctx, activity, f"{label}: {values['name']}")
        _start_draft(session, ctx, plan, label)
        return activity.id


def update_activity(ctx: Context, activity_id: uuid.UUID, expected_version: int | None, data: ActivityInput) -> int:
    values = validate_activity(data)
    with ctx.unit_of_work() as session:
        activity = _live(session, CriticalActivity, activity_id, "critical activity")
        plan, label = _plan(session, activity.plan_id)
        check_version(session, activity, expected_version, activity.name)
        _check_activity_name(session, plan.id, values["name"], activity.id)
        if apply_changes(session, ctx, activity, f"{label}: {values['name']}", values):
            _start_draft(session, ctx, plan, label)
        session.flush()
        return activity.version


def remove_activity(ctx: Context, activity_id: uuid.UUID) -> None:
    """Soft-delete the activity and its links to the dependencies it needed."""
    with ctx.unit_of_work() as session:
        activity = _live(session, CriticalActivity, activity_id, "critical activity")
        plan, label = _plan(session, activity.plan_id)
        for link in session.scalars(select(DependencyActivity).where(DependencyActivity.activity_id == activity_id,
                                                                     DependencyActivity.deleted_at.is_(None))):
            _soft_delete(session, ctx, link, f"{label}: {activity.name} dependency")
        _soft_delete(session, ctx, activity, f"{label}: {activity.name}")
        _start_draft(session, ctx, plan, label)


# --- dependencies ----------------------------------------------------------------------------------------------


@dataclass
class DependencyInput:
    kind: str
    name: str
    recovery_hours: float | str | None = None
    activity_ids: Sequence[uuid.UUID] = ()
    notes: str = ""


def _dependency_values(data: DependencyInput) -> dict[str, Any]:
    problems: list[Problem] = []
    kind = data.kind.strip()
    by_label = {label.lower(): key for key, label in DEPENDENCY_LABELS.items()}
    kind = kind if kind in DEPENDENCY_KINDS else by_label.get(kind.lower(), kind)
    if kind not in DEPENDENCY_KINDS:
        problems.append(Problem("type", data.kind, f"must be one of {', '.join(DEPENDENCY_LABELS.values())}"))
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "a dependency needs a name (e.g. Mosaic, the Ashford base)"))
    recovery: float | None = None
    try:
        recovery = parse_hours("recovery time", data.recovery_hours, required=False)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if recovery is not None and recovery < 0:
        problems.append(Problem("recovery time", data.recovery_hours, "cannot be negative"))
    if problems:
        raise ValidationError(problems)
    return dict(kind=kind, name=name, recovery_hours=recovery, notes=data.notes.strip())


def _set_needs(session: Session, ctx: Context, dependency: Dependency, activity_ids: Sequence[uuid.UUID],
               label: str) -> bool:
    """Make the dependency needed by exactly these activities of its plan; True when anything changed."""
    wanted = list(dict.fromkeys(activity_ids))
    live = set(session.scalars(select(CriticalActivity.id).where(
        CriticalActivity.plan_id == dependency.plan_id, CriticalActivity.deleted_at.is_(None))))
    if any(a not in live for a in wanted):
        raise ValidationError.of("needed by", "", "an activity chosen is not (or no longer) in this plan")
    links = {link.activity_id: link for link in session.scalars(
        select(DependencyActivity).where(DependencyActivity.dependency_id == dependency.id))}
    changed = False
    for activity_id in wanted:
        link = links.get(activity_id)
        if link is None:
            created(session, ctx, DependencyActivity(dependency_id=dependency.id, activity_id=activity_id), label)
            changed = True
        elif link.deleted_at is not None:
            changed |= bool(apply_changes(session, ctx, link, label, {"deleted_at": None}))
    for activity_id, link in links.items():
        if activity_id not in wanted and link.deleted_at is None:
            _soft_delete(session, ctx, link, label)
            changed = True
    return changed


def add_dependency(ctx: Context, plan_id: uuid.UUID, data: DependencyInput) -> uuid.UUID:
    values = _dependency_values(data)
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        dependency = Dependency(plan_id=plan_id, **values)
        created(session, ctx, dependency, f"{label}: {values['name']}")
        _set_needs(session, ctx, dependency, data.activity_ids, f"{label}: {values['name']} needed by")
        _start_draft(session, ctx, plan, label)
        return dependency.id


def update_dependency(ctx: Context, dependency_id: uuid.UUID, expected_version: int | None,
                      data: DependencyInput) -> int:
    values = _dependency_values(data)
    with ctx.unit_of_work() as session:
        dependency = _live(session, Dependency, dependency_id, "dependency")
        plan, label = _plan(session, dependency.plan_id)
        check_version(session, dependency, expected_version, dependency.name)
        changed = bool(apply_changes(session, ctx, dependency, f"{label}: {values['name']}", values))
        if _set_needs(session, ctx, dependency, data.activity_ids, f"{label}: {values['name']} needed by"):
            dependency.updated_at = ctx.now()  # what needs it is part of it: a stale editor must see the change
            changed = True
        if changed:
            _start_draft(session, ctx, plan, label)
        session.flush()
        return dependency.version


def remove_dependency(ctx: Context, dependency_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        dependency = _live(session, Dependency, dependency_id, "dependency")
        plan, label = _plan(session, dependency.plan_id)
        for link in session.scalars(select(DependencyActivity).where(
                DependencyActivity.dependency_id == dependency_id, DependencyActivity.deleted_at.is_(None))):
            _soft_delete(session, ctx, link, f"{label}: {dependency.name} needed by")
        _soft_delete(session, ctx, dependency, f"{label}: {dependency.name}")
        _start_draft(session, ctx, plan, label)


# --- contacts and call cascade ---------------------------------------------------------------------------------


@dataclass
class CascadeInput:
    person: str
    role: str = ""
    called_by: str | None = None
    alternate: str | None = None


def _cascade_values(session: Session, ctx: Context, data: CascadeInput) -> dict[str, Any]:
    problems: list[Problem] = []
    ids: dict[str, uuid.UUID | None] = {}
    for field, key, given in (("person", "person_id", data.person), ("called by", "called_by_id", data.called_by),
                              ("alternate", "alternate_id", data.alternate)):
        try:
            ids[key] = _person(session, ctx, field, given)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if not problems and ids["person_id"] is None:
        problems.append(Problem("person", data.person, "say who is called"))
    if ids.get("person_id") is not None:
        if ids.get("alternate_id") == ids["person_id"]:
            problems.append(Problem("alternate", data.alternate, "must be someone other than the person called"))
        if ids.get("called_by_id") == ids["person_id"]:
            problems.append(Problem("called by", data.called_by, "a person does not call themselves"))
    if problems:
        raise ValidationError(problems)
    return {**ids, "role": " ".join(data.role.split())}


def _cascade(session: Session, plan_id: uuid.UUID) -> list[CascadeEntry]:
    return list(session.scalars(
        select(CascadeEntry).where(CascadeEntry.plan_id == plan_id, CascadeEntry.deleted_at.is_(None))
        .order_by(CascadeEntry.position, CascadeEntry.created_at)
    ))


def add_cascade_entry(ctx: Context, plan_id: uuid.UUID, data: CascadeInput,
                      position: int | None = None) -> uuid.UUID:
    """Add a place in the cascade: at the end, or at a position with those after it moving down one."""
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        values = _cascade_values(session, ctx, data)
        entries = _cascade(session, plan_id)
        entry = CascadeEntry(plan_id=plan_id, position=len(entries) + 1, **values)
        created(session, ctx, entry, f"{label}: cascade")
        if position is not None:
            _renumber(session, ctx, _moved([*entries, entry], entry, position), f"{label}: cascade")
        _start_draft(session, ctx, plan, label)
        return entry.id


def update_cascade_entry(ctx: Context, entry_id: uuid.UUID, expected_version: int | None,
                         data: CascadeInput) -> int:
    with ctx.unit_of_work() as session:
        entry = _live(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = _plan(session, entry.plan_id)
        check_version(session, entry, expected_version, f"cascade place {entry.position}")
        if apply_changes(session, ctx, entry, f"{label}: cascade", _cascade_values(session, ctx, data)):
            _start_draft(session, ctx, plan, label)
        session.flush()
        return entry.version


def remove_cascade_entry(ctx: Context, entry_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        entry = _live(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = _plan(session, entry.plan_id)
        _soft_delete(session, ctx, entry, f"{label}: cascade")
        _renumber(session, ctx, [e for e in _cascade(session, plan.id) if e is not entry], f"{label}: cascade")
        _start_draft(session, ctx, plan, label)


def move_cascade_entry(ctx: Context, entry_id: uuid.UUID, new_position: int) -> None:
    """Move a place in the cascade to a new position; every position is renumbered 1..n in the same unit of work."""
    with ctx.unit_of_work() as session:
        entry = _live(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = _plan(session, entry.plan_id)
        entries = _cascade(session, plan.id)
        ordered = _moved(entries, entry, new_position)
        if ordered != entries or [e.position for e in entries] != list(range(1, len(entries) + 1)):
            _renumber(session, ctx, ordered, f"{label}: cascade")
            _start_draft(session, ctx, plan, label)


# --- response cards --------------------------------------------------------------------------------------------


@dataclass
class StepInput:
    text: str
    who: str = ""
    when: str = ""


def _step_values(data: StepInput) -> dict[str, str]:
    text = " ".join(data.text.split())
    if not text:
        raise ValidationError.of("step", data.text, "a step needs some text: what is to be done")
    return dict(text=text, who=" ".join(data.who.split()), when=" ".join(data.when.split()))


def _disruption(value: str) -> str:
    key = value.strip().lower()
    if key not in LABELS:
        raise ValidationError.of("disruption", value, f"unknown type; known types: {', '.join(LABELS)}")
    return key


def _card(session: Session, ctx: Context, plan_id: uuid.UUID, disruption: str, label: str) -> ResponseCard:
    """The plan's card for a disruption, made (or brought back) if it has none."""
    card = session.scalar(select(ResponseCard).where(ResponseCard.plan_id == plan_id,
                                                     ResponseCard.disruption == disruption))
    if card is None:
        card = ResponseCard(plan_id=plan_id, disruption=disruption, title="")
        created(session, ctx, card, f"{label}: {LABELS[disruption]} card")
    elif card.deleted_at is not None:
        apply_changes(session, ctx, card, f"{label}: {LABELS[disruption]} card", {"deleted_at": None})
    return card


def _steps(session: Session, card_id: uuid.UUID) -> list[CardStep]:
    return list(session.scalars(select(CardStep).where(CardStep.card_id == card_id, CardStep.deleted_at.is_(None))
                                .order_by(CardStep.position, CardStep.created_at)))


def set_card_title(ctx: Context, plan_id: uuid.UUID, disruption: str, title: str) -> uuid.UUID:
    key = _disruption(disruption)
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        card = _card(session, ctx, plan_id, key, label)
        apply_changes(session, ctx, card, f"{label}: {LABELS[key]} card", {"title": " ".join(title.split())})
        _start_draft(session, ctx, plan, label)
        return card.id


def add_card_step(ctx: Context, plan_id: uuid.UUID, disruption: str, data: StepInput,
                  position: int | None = None) -> uuid.UUID:
    """Add a step to the plan's card for this disruption (the card is made if the plan has none yet)."""
    key = _disruption(disruption)
    values = _step_values(data)
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        card = _card(session, ctx, plan_id, key, label)
        steps = _steps(session, card.id)
        step = CardStep(card_id=card.id, position=len(steps) + 1, **values)
        created(session, ctx, step, f"{label}: {LABELS[key]} step")
        if position is not None:
            _renumber(session, ctx, _moved([*steps, step], step, position), f"{label}: {LABELS[key]} card")
        _start_draft(session, ctx, plan, label)
        return step.id


def _step_and_plan(session: Session, step_id: uuid.UUID) -> tuple[CardStep, ResponseCard, Plan, str, str]:
    """The step, its card, its plan, and the audit labels of the plan and of the card."""
    step = _live(session, CardStep, step_id, "step")
    card = _live(session, ResponseCard, step.card_id, "response card")
    plan, label = _plan(session, card.plan_id)
    return step, card, plan, label, f"{label}: {LABELS[card.disruption]} card"


def update_card_step(ctx: Context, step_id: uuid.UUID, expected_version: int | None, data: StepInput) -> int:
    values = _step_values(data)
    with ctx.unit_of_work() as session:
        step, _card, plan, label, card_label = _step_and_plan(session, step_id)
        check_version(session, step, expected_version, f"step {step.position}")
        if apply_changes(session, ctx, step, card_label, values):
            _start_draft(session, ctx, plan, label)
        session.flush()
        return step.version


def remove_card_step(ctx: Context, step_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        step, card, plan, label, card_label = _step_and_plan(session, step_id)
        _soft_delete(session, ctx, step, card_label)
        _renumber(session, ctx, [s for s in _steps(session, card.id) if s is not step], card_label)
        _start_draft(session, ctx, plan, label)


def move_card_step(ctx: Context, step_id: uuid.UUID, new_position: int) -> None:
    """Move a step to a new position on its card; the card's steps are renumbered 1..n in one unit of work."""
    with ctx.unit_of_work() as session:
        step, card, plan, label, card_label = _step_and_plan(session, step_id)
        steps = _steps(session, card.id)
        ordered = _moved(steps, step, new_position)
        if ordered != steps or [s.position for s in steps] != list(range(1, len(steps) + 1)):
            _renumber(session, ctx, ordered, card_label)
            _start_draft(session, ctx, plan, label)


def remove_card(ctx: Context, plan_id: uuid.UUID, disruption: str) -> None:
    key = _disruption(disruption)
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        card = session.scalar(select(ResponseCard).where(
            ResponseCard.plan_id == plan_id, ResponseCard.disruption == key, ResponseCard.deleted_at.is_(None)))
        if card is None:
            return
        card_label = f"{label}: {LABELS[key]} card"
        for step in _steps(session, card.id):
            _soft_delete(session, ctx, step, card_label)
        _soft_delete(session, ctx, card, card_label)
        _start_draft(session, ctx, plan, label)


# --- staffing thresholds ---------------------------------------------------------------------------------------


def set_thresholds(ctx: Context, plan_id: uuid.UUID, levels: Mapping[str, tuple[float | None, str]]) -> None:
    """The staffing % below which the service moves to amber, red and black, with the actions at each.

    A level given with no % is removed. Validated together: black < red < amber."""
    problems: list[Problem] = []
    for level, (percent, actions) in levels.items():
        if percent is None and actions.strip():
            problems.append(Problem(f"{level} below %", None, "give the staffing % at which these actions start"))
    if problems:
        raise ValidationError(problems)
    check_thresholds({level: percent for level, (percent, _) in levels.items()})
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        existing = {t.level: t for t in session.scalars(
            select(StaffingThreshold).where(StaffingThreshold.plan_id == plan_id))}
        merged: dict[str, float | None] = {level: t.below_percent for level, t in existing.items()
                                           if t.deleted_at is None}
        merged.update({level: percent for level, (percent, _) in levels.items()})
        check_thresholds(merged)  # levels not given keep theirs: check them with the new ones
        changed = False
        for level, (percent, actions) in levels.items():
            row_label = f"{label}: {level} staffing threshold"
            threshold = existing.get(level)
            if percent is None:
                if threshold is not None and threshold.deleted_at is None:
                    _soft_delete(session, ctx, threshold, row_label)
                    changed = True
            elif threshold is None:
                created(session, ctx, StaffingThreshold(plan_id=plan_id, level=level, below_percent=percent,
                                                        actions=actions.strip()), row_label)
                changed = True
            else:
                changed |= bool(apply_changes(session, ctx, threshold, row_label, {
                    "deleted_at": None, "below_percent": percent, "actions": actions.strip()}))
        if changed:
            _start_draft(session, ctx, plan, label)


# --- versions and sign-off -------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def approve_plan(ctx: Context, plan_id: uuid.UUID, expected_version: int | None, summary: str, *,
                 approver: str | None = None, issued_on: date | None = None,
                 next_review: date | None = None) -> VersionRow:
    """Sign off the draft: freeze it as a version (number, date issued, summary of change, owner, approver and a
    snapshot of the whole plan), mark the plan approved, and set the next review (default: 12 months on)."""
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        problems: list[Problem] = []
        if plan.status == "approved":
            raise ValidationError.of("status", plan.status, f"version {plan.current_version} is already approved; "
                                     "change the plan to start a new draft, then approve that")
        if not summary or not summary.strip():
            problems.append(Problem("summary of change", summary, "say briefly what changed in this version"))
        approver_id = plan.approver_id
        if approver and approver.strip():
            try:
                approver_id = _person(session, ctx, "approver", approver)
            except ValidationError as exc:
                problems.extend(exc.problems)
        elif approver_id is None:
            problems.append(Problem("approver", None, "name who approves the plan (on the Overview, or here)"))
        owner = session.get(Person, plan.owner_id) if plan.owner_id else None
        if owner is None:
            problems.append(Problem("owner", None, "a plan needs an owner before it is signed off"))
        if session.scalar(select(func.count(CriticalActivity.id)).where(
                CriticalActivity.plan_id == plan_id, CriticalActivity.deleted_at.is_(None))) == 0:
            problems.append(Problem("critical activities", None,
                                    "a plan needs at least one critical activity before it is signed off"))
        issued = issued_on or ctx.today()
        review = next_review or review_after(issued)
        if review <= issued:
            problems.append(Problem("next review", review.isoformat(), "must be after the date of issue"))
        if problems:
            raise ValidationError(problems)
        assert owner is not None
        used = session.scalars(select(PlanVersion.number).where(PlanVersion.plan_id == plan_id)).all()
        number = approval_number(plan.current_version, used)
        apply_changes(session, ctx, plan, label, {
            "status": "approved", "current_version": number, "approver_id": approver_id, "approved_on": issued,
            "next_review": review,
        })
        session.flush()
        detail = load_plan_details(session, [plan_id], ctx.today())[0]
        version = PlanVersion(plan_id=plan_id, number=number, issued_on=issued, summary=summary.strip(),
                              owner_name=owner.name, approved_by_id=approver_id,
                              snapshot=_jsonable(dataclasses.asdict(detail)))
        created(session, ctx, version, f"{label}: version {number}")
        approver_name = session.scalar(select(Person.name).where(Person.id == approver_id)) or ""
        return VersionRow(version.id, number, issued, version.summary, owner.name, approver_name, True)


def start_draft(ctx: Context, plan_id: uuid.UUID, expected_version: int | None) -> str:
    """Open the next draft of an approved plan without changing anything yet (e.g. an annual review that may find
    nothing to change: approving the draft then records the review). Returns the draft's number."""
    with ctx.unit_of_work() as session:
        plan, label = _plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        if plan.status != "approved":
            raise ValidationError.of("status", plan.status, f"draft {plan.current_version} is already open")
        _start_draft(session, ctx, plan, label)
        return plan.current_version


def version_snapshot(ctx: Context, version_id: uuid.UUID) -> dict[str, Any] | None:
    """The plan as it stood when this version was approved (None for versions recorded before sign-off existed)."""
    with ctx.reading() as session:
        version = _live(session, PlanVersion, version_id, "plan version")
        return dict(version.snapshot) if version.snapshot is not None else None
