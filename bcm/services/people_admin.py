"""People and services: add, edit, search; where a person is named; removing a person only once nothing live
depends on them, with a one-step hand-over of everything they hold to someone else."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.lesson_rules import recommendation_overdue
from bcm.many_objects import making_many_objects
from bcm.people_views import (
    ACTIONS_OWNED,
    CASCADES,
    CONTROLS_OWNED,
    EXERCISES,
    INCIDENTS_LED,
    PLANS,
    RECOMMENDATIONS,
    REGISTERS_OWNED,
    RISKS_OWNED,
    SERVICES_MANAGED,
    USE_KINDS,
    PersonRow,
    ServiceRow,
    Use,
    WhereUsed,
)
from bcm.rules import action_overdue
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plans import plan_status
from db.models import (
    RISK_IS_OPEN,
    CascadeEntry,
    Control,
    Exercise,
    Incident,
    Person,
    Plan,
    Recommendation,
    Risk,
    RiskAction,
    RiskRegister,
    Service,
)
from db.models.people import LOCALITIES

OPEN_ACTIONS = ("open", "in_progress")
OPEN_RECOMMENDATIONS = ("identified", "in_progress")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PersonInUseError(ValidationError):
    """A person still named on live records: reassign them first (reassign_and_remove does it in one step)."""

    def __init__(self, used: WhereUsed) -> None:
        self.used = used
        super().__init__(Problem("person", used.person, f"still holds {used.summary()}; reassign them to someone "
                                                        "else before removing this person"))


# --- people ----------------------------------------------------------------------------------------------------


@dataclass
class PersonInput:
    name: str
    job_title: str = ""
    team: str = ""
    work_phone: str = ""
    mobile: str = ""
    out_of_hours: str = ""
    email: str = ""
    on_call_role: str = ""


def _person_row(p: Person) -> PersonRow:
    return PersonRow(p.id, p.version, p.name, p.job_title, p.team, p.work_phone, p.mobile, p.out_of_hours, p.email,
                     p.on_call_role)


def list_people(ctx: Context, search: str = "") -> list[PersonRow]:
    """Everyone not removed, by name; search matches every word in name, job title, team, email, role or phone."""
    with ctx.reading() as session, making_many_objects():  # a county's 5,000 people
        rows = [_person_row(p) for p in session.scalars(
            select(Person).where(Person.deleted_at.is_(None)).order_by(func.lower(Person.name)))]
    return [r for r in rows if r.matches(search)] if search.strip() else rows


def get_person(ctx: Context, person_id: uuid.UUID) -> PersonRow:
    with ctx.reading() as session:
        return _person_row(_live_person(session, person_id))


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError("that person no longer exists (they may have been removed elsewhere)")
    return person


def _person_values(session: Session, data: PersonInput, own: uuid.UUID | None) -> dict[str, str]:
    problems: list[Problem] = []
    values = {field: " ".join(str(getattr(data, field)).split()) for field in (
        "name", "job_title", "team", "work_phone", "mobile", "out_of_hours", "email", "on_call_role")}
    if not values["name"]:
        problems.append(Problem("name", data.name, "a person needs a name"))
    else:
        clash = session.scalar(select(Person.id).where(func.lower(Person.name) == values["name"].lower(),
                                                       Person.deleted_at.is_(None)))
        if clash is not None and clash != own:
            problems.append(Problem("name", values["name"], "someone else already has this name; add a middle "
                                                            "initial or the team to tell them apart"))
    for field, label in (("work_phone", "work phone"), ("mobile", "mobile"), ("out_of_hours", "out-of-hours")):
        phone = values[field]
        if phone and (sum(c.isdigit() for c in phone) < 6 or len(phone) > 40):
            problems.append(Problem(label, phone, "is not a telephone number"))
    if values["email"] and (not _EMAIL.match(values["email"]) or len(values["email"]) > 200):
        problems.append(Problem("email", values["email"], "is not an email address"))
    for field in ("name", "job_title", "team"):
        if len(values[field]) > 200:
            problems.append(Problem(field.replace("_", " "), values[field][:40] + "…", "is too long"))
    if len(values["on_call_role"]) > 100:
        problems.append(Problem("on-call role", values["on_call_role"][:40] + "…", "is too long"))
    if problems:
        raise ValidationError(problems)
    return values


def create_person(ctx: Context, data: PersonInput) -> uuid.UUID:
    with ctx.unit_of_work() as session:
        values = _person_values(session, data, None)
        person = Person(**values)
        created(session, ctx, person, values["name"])
        return person.id


def update_person(ctx: Context, person_id: uuid.UUID, expected_version: int | None, data: PersonInput) -> int:
    with ctx.unit_of_work() as session:
        person = _live_person(session, person_id)
        check_version(session, person, expected_version, person.name)
        apply_changes(session, ctx, person, person.name, _person_values(session, data, person.id))
        session.flush()
        return person.version


# --- where a person is used ------------------------------------------------------------------------------------


def where_used(ctx: Context, person_id: uuid.UUID) -> WhereUsed:
    with ctx.reading() as session:
        person = _live_person(session, person_id)
        return WhereUsed(person.id, person.name, tuple(_uses(session, person_id, ctx.today())))


def _uses(session: Session, pid: uuid.UUID, today: date | None = None) -> list[Use]:
    """Where this person is named; given today, an open action or recommendation past its due date is marked
    overdue."""
    uses: list[Use] = []
    for ref, title, status, register in session.execute(
        select(Risk.ref, Risk.title, Risk.status, RiskRegister.name).join(RiskRegister)
        .where(Risk.owner_id == pid, Risk.deleted_at.is_(None)).order_by(Risk.ref)
    ).tuples():
        uses.append(Use(RISKS_OWNED, f"{ref} {title}", f"{register}, {status}", status == "open"))
    for description, ref, due, status in session.execute(
        select(RiskAction.description, Risk.ref, RiskAction.due_on, RiskAction.status).join(Risk)
        .where(RiskAction.owner_id == pid, RiskAction.deleted_at.is_(None), Risk.deleted_at.is_(None))
        .order_by(RiskAction.due_on)
    ).tuples():
        when = f", due {due:%d/%m/%Y}" if due else ""
        late = today is not None and action_overdue(due, status, today)
        uses.append(Use(ACTIONS_OWNED, description, f"{ref}{when}, {status.replace('_', ' ')}",
                        status in OPEN_ACTIONS, overdue=late))
    for description, ref, status in session.execute(
        select(Control.description, Risk.ref, Risk.status).join(Risk)
        .where(Control.owner_id == pid, Control.deleted_at.is_(None), Risk.deleted_at.is_(None))
    ).tuples():
        uses.append(Use(CONTROLS_OWNED, description, ref, status == "open"))
    for (name,) in session.execute(
        select(RiskRegister.name).where(RiskRegister.owner_id == pid, RiskRegister.deleted_at.is_(None))
    ).tuples():
        uses.append(Use(REGISTERS_OWNED, name, "owner", True))
    for service, owner, author, approver in session.execute(
        select(Service.name, Plan.owner_id, Plan.author_id, Plan.approver_id).join(Service)
        .where(or_(Plan.owner_id == pid, Plan.author_id == pid, Plan.approver_id == pid),
               Plan.deleted_at.is_(None)).order_by(Service.name)
    ).tuples():
        roles = [r for r, who in (("owner", owner), ("author", author), ("approver", approver)) if who == pid]
        uses.append(Use(PLANS, service, " and ".join(roles), True))
    for service, position, role, who, caller, alternate in session.execute(
        select(Service.name, CascadeEntry.position, CascadeEntry.role, CascadeEntry.person_id,
               CascadeEntry.called_by_id, CascadeEntry.alternate_id)
        .join(Plan, Plan.id == CascadeEntry.plan_id).join(Service, Service.id == Plan.service_id)
        .where(or_(CascadeEntry.person_id == pid, CascadeEntry.called_by_id == pid, CascadeEntry.alternate_id == pid),
               CascadeEntry.deleted_at.is_(None), Plan.deleted_at.is_(None))
        .order_by(Service.name, CascadeEntry.position)
    ).tuples():
        parts = [f"called at place {position}" + (f" ({role})" if role else "")] if who == pid else []
        if caller == pid:
            parts.append(f"calls place {position}")
        if alternate == pid:
            parts.append(f"alternate for place {position}")
        uses.append(Use(CASCADES, service, "; ".join(parts), True))
    for (name,) in session.execute(
        select(Service.name).where(Service.manager_id == pid, Service.deleted_at.is_(None)).order_by(Service.name)
    ).tuples():
        uses.append(Use(SERVICES_MANAGED, name, "manager", True))
    for text, due, status in session.execute(
        select(Recommendation.text, Recommendation.due_on, Recommendation.status)
        .where(Recommendation.owner_id == pid, Recommendation.deleted_at.is_(None)).order_by(Recommendation.due_on)
    ).tuples():
        late = today is not None and recommendation_overdue(due, status, today)
        uses.append(Use(RECOMMENDATIONS, text, f"due {due:%d/%m/%Y}, {status.replace('_', ' ')}",
                        status in OPEN_RECOMMENDATIONS, overdue=late))
    for title, started, status in session.execute(
        select(Incident.title, Incident.started_at, Incident.status)
        .where(Incident.lead_id == pid, Incident.deleted_at.is_(None)).order_by(Incident.started_at)
    ).tuples():
        uses.append(Use(INCIDENTS_LED, title, f"{started.astimezone():%d/%m/%Y}, {status.replace('_', ' ')}",
                        status == "active"))
    for name, held in session.execute(
        select(Exercise.name, Exercise.held_on).where(Exercise.facilitator_id == pid, Exercise.deleted_at.is_(None))
    ).tuples():
        uses.append(Use(EXERCISES, name, f"held {held:%d/%m/%Y}", False))
    order = {kind: i for i, kind in enumerate(USE_KINDS)}
    uses.sort(key=lambda u: (order[u.kind], not u.open))
    return uses


# --- removing --------------------------------------------------------------------------------------------------


def remove_person(ctx: Context, person_id: uuid.UUID, expected_version: int | None = None) -> None:
    """Remove (soft-delete) a person nothing live depends on; refused, saying what they hold, otherwise.

    Closed risks, done actions and past exercises keep their name: history is not rewritten."""
    with ctx.unit_of_work() as session:
        person = _live_person(session, person_id)
        check_version(session, person, expected_version, person.name)
        used = WhereUsed(person.id, person.name, tuple(_uses(session, person_id)))
        if used.open_uses:
            raise PersonInUseError(used)
        apply_changes(session, ctx, person, person.name, {"deleted_at": ctx.now()})


def reassign_and_remove(ctx: Context, person: uuid.UUID, to_person: uuid.UUID) -> int:
    """Hand everything live that names `person` to `to_person`, then remove `person`, in one unit of work.
    Returns how many records were handed over."""
    if person == to_person:
        raise ValidationError.of("reassign to", "", "choose someone other than the person being removed")
    with ctx.unit_of_work() as session:
        leaving = _live_person(session, person)
        try:
            taking = _live_person(session, to_person)
        except NotFoundError:
            raise ValidationError.of("reassign to", "", "that person no longer exists") from None
        moved = _reassign(session, ctx, leaving.id, taking.id)
        left = [u for u in _uses(session, leaving.id) if u.open]
        assert not left, f"still in use after reassigning: {left}"
        apply_changes(session, ctx, leaving, leaving.name, {"deleted_at": ctx.now()})
        return moved


def _reassign(session: Session, ctx: Context, old: uuid.UUID, new: uuid.UUID) -> int:
    moved = 0

    def hand(records: Any, label: Any, *fields: str) -> None:
        nonlocal moved
        for record in records:
            changes = {f: new for f in fields if getattr(record, f) == old}
            if apply_changes(session, ctx, record, label(record), changes):
                moved += 1

    hand(session.scalars(select(Risk).where(Risk.owner_id == old, RISK_IS_OPEN)),
         lambda r: r.ref, "owner_id")
    hand(session.scalars(select(RiskAction).join(Risk).where(
        RiskAction.owner_id == old, RiskAction.status.in_(OPEN_ACTIONS), RiskAction.deleted_at.is_(None),
        Risk.deleted_at.is_(None))), lambda a: "action", "owner_id")
    hand(session.scalars(select(Control).join(Risk).where(
        Control.owner_id == old, Control.deleted_at.is_(None), RISK_IS_OPEN)),
         lambda c: "control", "owner_id")
    hand(session.scalars(select(RiskRegister).where(RiskRegister.owner_id == old, RiskRegister.deleted_at.is_(None))),
         lambda r: r.name, "owner_id")
    hand(session.scalars(select(Plan).where(or_(Plan.owner_id == old, Plan.author_id == old,
                                                Plan.approver_id == old), Plan.deleted_at.is_(None))),
         lambda p: "plan", "owner_id", "author_id", "approver_id")
    hand(session.scalars(select(Service).where(Service.manager_id == old, Service.deleted_at.is_(None))),
         lambda s: s.name, "manager_id")
    hand(session.scalars(select(Recommendation).where(
        Recommendation.owner_id == old, Recommendation.status.in_(OPEN_RECOMMENDATIONS),
        Recommendation.deleted_at.is_(None))), lambda r: "recommendation", "owner_id")
    hand(session.scalars(select(Incident).where(Incident.lead_id == old, Incident.status == "active",
                                                Incident.deleted_at.is_(None))), lambda i: i.title, "lead_id")
    moved += _reassign_cascades(session, ctx, old, new)
    return moved


def _reassign_cascades(session: Session, ctx: Context, old: uuid.UUID, new: uuid.UUID) -> int:
    """Cascade places pass to the new person; where they already have a place in that cascade, the old person's
    place is dropped and the rest close up, so nobody is called twice."""
    moved = 0
    entries = session.scalars(select(CascadeEntry).where(
        or_(CascadeEntry.person_id == old, CascadeEntry.called_by_id == old, CascadeEntry.alternate_id == old),
        CascadeEntry.deleted_at.is_(None))).all()
    touched_plans: set[uuid.UUID] = set()
    for entry in entries:
        label = f"cascade place {entry.position}"
        if entry.person_id == old:
            already = session.scalar(select(CascadeEntry.id).where(
                CascadeEntry.plan_id == entry.plan_id, CascadeEntry.person_id == new,
                CascadeEntry.deleted_at.is_(None)))
            if already is not None:
                apply_changes(session, ctx, entry, label, {"deleted_at": ctx.now()})
                touched_plans.add(entry.plan_id)
                moved += 1
                continue
        changes: dict[str, Any] = {f: new for f in ("person_id", "called_by_id", "alternate_id")
                                   if getattr(entry, f) == old}
        person = changes.get("person_id", entry.person_id)
        if changes.get("alternate_id", entry.alternate_id) == person:
            changes["alternate_id"] = None
        if changes.get("called_by_id", entry.called_by_id) == person:
            changes["called_by_id"] = None
        if apply_changes(session, ctx, entry, label, changes):
            moved += 1
    for plan_id in touched_plans:
        live = session.scalars(select(CascadeEntry).where(CascadeEntry.plan_id == plan_id,
                                                          CascadeEntry.deleted_at.is_(None))
                               .order_by(CascadeEntry.position, CascadeEntry.created_at)).all()
        for position, entry in enumerate(live, start=1):
            apply_changes(session, ctx, entry, f"cascade place {position}", {"position": position})
    return moved


# --- services --------------------------------------------------------------------------------------------------


@dataclass
class ServiceInput:
    name: str
    short_name: str = ""
    division: str = ""
    locality: str = "countywide"
    manager: str | None = None
    description: str = ""


def list_services(ctx: Context, search: str = "") -> list[ServiceRow]:
    today = ctx.today()
    manager = aliased(Person)
    query = (
        select(Service, manager.name, Plan.status, Plan.next_review)
        .outerjoin(manager, manager.id == Service.manager_id)
        .outerjoin(Plan, (Plan.service_id == Service.id) & Plan.deleted_at.is_(None))
        .where(Service.deleted_at.is_(None)).order_by(func.lower(Service.name))
    )
    with ctx.reading() as session:
        rows = [
            ServiceRow(s.id, s.version, s.name, s.short_name, s.division, s.locality, who or "", s.description,
                       plan_status(status, next_review is not None and next_review < today))
            for s, who, status, next_review in session.execute(query).tuples()
        ]
    return [r for r in rows if r.matches(search)] if search.strip() else rows


def list_divisions(ctx: Context) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(Service.division).where(Service.deleted_at.is_(None),
                                                                    Service.division != "")
                                    .distinct().order_by(Service.division)))


def _service_values(session: Session, ctx: Context, data: ServiceInput, own: uuid.UUID | None) -> dict[str, Any]:
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "a service needs a name"))
    else:
        clash = session.scalar(select(Service.id).where(func.lower(Service.name) == name.lower()))
        if clash is not None and clash != own:
            problems.append(Problem("name", name, "another service already has this name"))
    short = " ".join(data.short_name.split())
    if len(short) > 40:
        problems.append(Problem("short name", short, "must be 40 characters or fewer"))
    if data.locality not in LOCALITIES:
        problems.append(Problem("locality", data.locality, f"must be one of {', '.join(LOCALITIES)}"))
    manager_id: uuid.UUID | None = None
    if data.manager and data.manager.strip():
        clean = " ".join(data.manager.split())
        manager_id = session.scalar(select(Person.id).where(func.lower(Person.name) == clean.lower(),
                                                            Person.deleted_at.is_(None)))
        if manager_id is None:
            problems.append(Problem("manager", data.manager, "no such person; add them as a person first"))
    if problems:
        raise ValidationError(problems)
    return dict(name=name, short_name=short, division=" ".join(data.division.split()), locality=data.locality,
                manager_id=manager_id, description=data.description.strip())


def create_service(ctx: Context, data: ServiceInput) -> uuid.UUID:
    with ctx.unit_of_work() as session:
        values = _service_values(session, ctx, data, None)
        service = Service(**values)
        created(session, ctx, service, values["name"])
        return service.id


def update_service(ctx: Context, service_id: uuid.UUID, expected_version: int | None, data: ServiceInput) -> int:
    with ctx.unit_of_work() as session:
        service = session.get(Service, service_id)
        if service is None or service.deleted_at is not None:
            raise NotFoundError("that service no longer exists")
        check_version(session, service, expected_version, service.name)
        apply_changes(session, ctx, service, service.name, _service_values(session, ctx, data, service.id))
        session.flush()
        return service.version
