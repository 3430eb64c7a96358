"""Exercises and debriefs: create and edit an exercise, rate its objectives, capture debrief observations."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.lesson_rules import clean_themes, parse_observation_kind
from bcm.lesson_views import DebriefRow, EventRef, ExerciseDetail, ObjectiveRow, ObservationRow
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.lessons import event_of, known_person, theme_ids
from bcm.services.people import names_by_id
from db.models import (
    Debrief,
    Exercise,
    ExerciseObjective,
    ExerciseParticipant,
    ExercisePlan,
    Observation,
    ObservationTheme,
    Plan,
    Service,
    Theme,
)
from db.models.exercises import EXERCISE_KINDS, OBJECTIVE_RATINGS
from db.models.lessons import DEBRIEF_KINDS

KIND_LABELS = {"discussion": "Discussion", "tabletop": "Tabletop", "walk_through": "Walk-through",
               "call_cascade_test": "Call-cascade test", "functional": "Functional", "live": "Live"}
DEBRIEF_LABELS = {"hot": "Hot", "cold": "Structured cold", "multi_agency": "Multi-agency",
                  "post_incident": "Post-incident review"}
RATING_LABELS = {"met": "Met", "partially_met": "Partially met", "not_met": "Not met"}


@dataclass
class ObjectiveInput:
    text: str
    rating: str | None = None


@dataclass
class ExerciseInput:
    """An exercise as typed in the editor: people are chosen from People, plans by their service's name."""

    name: str
    kind: str
    held_on: date | None
    multi_agency: bool = False
    scenario: str = ""
    facilitator: str | None = None
    objectives: list[ObjectiveInput | str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    plans_tested: list[str] = field(default_factory=list)


def _rating(value: str | None, problems: list[Problem], where: str) -> str | None:
    if value is None or not value.strip():
        return None
    key = value.strip().lower().replace(" ", "_")
    if key not in OBJECTIVE_RATINGS:
        problems.append(Problem(where, value, "rate it met, partially met or not met"))
        return None
    return key


def _objectives(data: ExerciseInput, problems: list[Problem]) -> list[ObjectiveInput]:
    cleaned = []
    for position, item in enumerate(data.objectives, start=1):
        objective = ObjectiveInput(item) if isinstance(item, str) else item
        text = " ".join(objective.text.split())
        if not text:
            continue
        cleaned.append(ObjectiveInput(text, _rating(objective.rating, problems, f"objective {position} rating")))
    return cleaned


def _validate(session: Session, data: ExerciseInput, exercise_id: uuid.UUID | None) -> dict[str, Any]:
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "an exercise needs a name, e.g. 'Exercise Mighty Oak'"))
    else:
        clash = session.scalar(select(Exercise.id).where(func.lower(Exercise.name) == name.lower()))
        if clash is not None and clash != exercise_id:
            problems.append(Problem("name", name, "another exercise already has this name"))
    kind = data.kind.strip().lower().replace("-", "_").replace(" ", "_")
    if kind not in EXERCISE_KINDS:
        problems.append(Problem("type", data.kind, f"must be one of {', '.join(KIND_LABELS.values()).lower()}"))
    if data.held_on is None:
        problems.append(Problem("date", None, "give the date the exercise is (or was) held"))
    facilitator = known_person(session, "facilitator", data.facilitator, problems)
    participants = []
    for person in dict.fromkeys(" ".join(p.split()) for p in data.participants if p.strip()):
        found = known_person(session, "participants", person, problems)
        if found is not None and found not in participants:
            participants.append(found)
    plans = []
    for service in dict.fromkeys(" ".join(s.split()) for s in data.plans_tested if s.strip()):
        plan = session.scalar(select(Plan.id).join(Service, Service.id == Plan.service_id)
                              .where(func.lower(Service.name) == service.lower(), Plan.deleted_at.is_(None)))
        if plan is None:
            problems.append(Problem("plans tested", service, "no business continuity plan for a service of that name"))
        elif plan not in plans:
            plans.append(plan)
    objectives = _objectives(data, problems)
    if problems:
        raise ValidationError(problems)
    return dict(name=name, kind=kind, held_on=data.held_on, multi_agency=bool(data.multi_agency),
                scenario=data.scenario.strip(), facilitator_id=facilitator, objectives=objectives,
                participants=participants, plans=plans)


def create_exercise(ctx: Context, data: ExerciseInput) -> uuid.UUID:
    with ctx.unit_of_work() as session:
        values = _validate(session, data, None)
        objectives, participants, plans = values.pop("objectives"), values.pop("participants"), values.pop("plans")
        exercise = Exercise(**values)
        created(session, ctx, exercise, exercise.name)
        _sync_children(session, ctx, exercise, objectives, participants, plans)
        return exercise.id


def update_exercise(ctx: Context, exercise_id: uuid.UUID, expected_version: int | None, data: ExerciseInput) -> int:
    """Save the editor: every field, the objectives (with their ratings), participants and plans tested. Returns
    the new version; refuses a save made against an older read."""
    with ctx.unit_of_work() as session:
        exercise = _exercise(session, exercise_id)
        check_version(session, exercise, expected_version, exercise.name)
        values = _validate(session, data, exercise.id)
        objectives, participants, plans = values.pop("objectives"), values.pop("participants"), values.pop("plans")
        apply_changes(session, ctx, exercise, exercise.name, values)
        _sync_children(session, ctx, exercise, objectives, participants, plans)
        exercise.updated_at = ctx.now()  # a change to its parts is a change to the exercise: the version moves on
        session.flush()
        return exercise.version


def _sync_children(session: Session, ctx: Context, exercise: Exercise, objectives: list[ObjectiveInput],
                   participants: list[uuid.UUID], plans: list[uuid.UUID]) -> None:
    label = exercise.name
    existing = list(session.scalars(
        select(ExerciseObjective).where(ExerciseObjective.exercise_id == exercise.id,
                                        ExerciseObjective.deleted_at.is_(None)).order_by(ExerciseObjective.position)))
    for position, wanted in enumerate(objectives, start=1):
        match = next((o for o in existing if o.text == wanted.text), None)
        if match is None:
            created(session, ctx, ExerciseObjective(exercise_id=exercise.id, position=position, text=wanted.text,
                                                    rating=wanted.rating), f"{label}: objective {position}")
        else:
            existing.remove(match)
            apply_changes(session, ctx, match, f"{label}: objective {position}",
                          {"position": position, "rating": wanted.rating})
    for gone in existing:
        apply_changes(session, ctx, gone, f"{label}: objective", {"deleted_at": ctx.now()})
    _sync_links(session, ctx, ExerciseParticipant, "person_id", exercise, participants, f"{label}: participant")
    _sync_links(session, ctx, ExercisePlan, "plan_id", exercise, plans, f"{label}: plan tested")


def _sync_links(session: Session, ctx: Context, model: type[ExerciseParticipant] | type[ExercisePlan], column: str,
                exercise: Exercise, wanted: list[uuid.UUID], label: str) -> None:
    """Link rows are tombstoned when removed and revived when added back (the pair is unique)."""
    rows = {getattr(r, column): r for r in session.scalars(select(model).where(model.exercise_id == exercise.id))}
    for target in wanted:
        row = rows.pop(target, None)
        if row is None:
            created(session, ctx, model(exercise_id=exercise.id, **{column: target}), label)
        elif row.deleted_at is not None:
            apply_changes(session, ctx, row, label, {"deleted_at": None})
    for row in rows.values():
        if row.deleted_at is None:
            apply_changes(session, ctx, row, label, {"deleted_at": ctx.now()})


def _exercise(session: Session, exercise_id: uuid.UUID) -> Exercise:
    exercise = session.get(Exercise, exercise_id)
    if exercise is None or exercise.deleted_at is not None:
        raise NotFoundError("that exercise no longer exists (it may have been deleted elsewhere)")
    return exercise


def get_exercise(ctx: Context, exercise_id: uuid.UUID) -> ExerciseDetail:
    with ctx.reading() as session:
        exercise = _exercise(session, exercise_id)
        names = names_by_id(session)
        objectives = tuple(ObjectiveRow(o.id, o.text, o.rating) for o in session.scalars(
            select(ExerciseObjective).where(ExerciseObjective.exercise_id == exercise.id,
                                            ExerciseObjective.deleted_at.is_(None))
            .order_by(ExerciseObjective.position)))
        participants = tuple(sorted(names[p] for p in session.scalars(
            select(ExerciseParticipant.person_id).where(ExerciseParticipant.exercise_id == exercise.id,
                                                        ExerciseParticipant.deleted_at.is_(None)))))
        plans = tuple(session.scalars(
            select(Service.name).join(Plan, Plan.service_id == Service.id)
            .join(ExercisePlan, ExercisePlan.plan_id == Plan.id)
            .where(ExercisePlan.exercise_id == exercise.id, ExercisePlan.deleted_at.is_(None))
            .order_by(Service.name)))
        return ExerciseDetail(
            id=exercise.id, version=exercise.version, name=exercise.name, kind=exercise.kind,
            multi_agency=exercise.multi_agency, held_on=exercise.held_on, scenario=exercise.scenario,
            facilitator=names.get(exercise.facilitator_id, "") if exercise.facilitator_id else "",
            objectives=objectives, participants=participants, plans_tested=plans,
            debriefs=tuple(_debriefs(session, EventRef("exercise", exercise.id), names)),
        )


def rate_objective(ctx: Context, objective_id: uuid.UUID, rating: str | None) -> None:
    """Rate one objective met, partially met or not met (None clears the rating)."""
    problems: list[Problem] = []
    value = _rating(rating, problems, "rating")
    if problems:
        raise ValidationError(problems)
    with ctx.unit_of_work() as session:
        objective = session.get(ExerciseObjective, objective_id)
        if objective is None or objective.deleted_at is not None:
            raise NotFoundError("that objective no longer exists (it may have been removed elsewhere)")
        exercise = _exercise(session, objective.exercise_id)
        apply_changes(session, ctx, objective, f"{exercise.name}: objective {objective.position}", {"rating": value})


def list_plan_services(ctx: Context) -> list[str]:
    """The services that have a business continuity plan: what an exercise can test."""
    with ctx.reading() as session:
        return list(session.scalars(select(Service.name).join(Plan, Plan.service_id == Service.id)
                                    .where(Plan.deleted_at.is_(None), Service.deleted_at.is_(None))
                                    .order_by(Service.name)))


# --- debriefs and observations ---------------------------------------------------------------------------------


def add_debrief(ctx: Context, event: EventRef, kind: str = "hot", held_on: date | None = None,
                facilitator: str | None = None) -> DebriefRow:
    """A debrief of an exercise or an incident: hot, structured cold, multi-agency or post-incident review."""
    problems: list[Problem] = []
    key = kind.strip().lower().replace("-", "_").replace(" ", "_")
    if key == "structured_cold":
        key = "cold"
    if key not in DEBRIEF_KINDS:
        problems.append(Problem("debrief type", kind, f"must be one of {', '.join(DEBRIEF_LABELS.values()).lower()}"))
    day = held_on or ctx.today()
    with ctx.unit_of_work() as session:
        found = event_of(session, event)
        if key == "post_incident" and found.kind != "incident":
            problems.append(Problem("debrief type", kind, "a post-incident review belongs to an incident"))
        if day < found.held_on:
            problems.append(Problem("date", f"{day:%d/%m/%Y}", f"is before {found.name} ({found.held_on:%d/%m/%Y})"))
        facilitator_id = known_person(session, "facilitator", facilitator, problems)
        if problems:
            raise ValidationError(problems)
        debrief = Debrief(kind=key, held_on=day, facilitator_id=facilitator_id,
                          exercise_id=found.id if found.kind == "exercise" else None,
                          incident_id=found.id if found.kind == "incident" else None)
        created(session, ctx, debrief, f"{found.name}: {key} debrief")
        facilitator_name = " ".join((facilitator or "").split())
        return DebriefRow(debrief.id, key, day, facilitator_name if facilitator_id else "")


def list_debriefs(ctx: Context, event: EventRef) -> list[DebriefRow]:
    with ctx.reading() as session:
        event_of(session, event)
        return _debriefs(session, event, names_by_id(session))


def _debriefs(session: Session, event: EventRef, names: dict[uuid.UUID, str]) -> list[DebriefRow]:
    column = Debrief.exercise_id if event.kind == "exercise" else Debrief.incident_id
    debriefs = list(session.scalars(select(Debrief).where(column == event.id, Debrief.deleted_at.is_(None))
                                    .order_by(Debrief.held_on, Debrief.created_at)))
    ids = [d.id for d in debriefs]
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for observation_id, name in session.execute(
        select(ObservationTheme.observation_id, Theme.name).join(Theme, Theme.id == ObservationTheme.theme_id)
        .join(Observation, Observation.id == ObservationTheme.observation_id)
        .where(Observation.debrief_id.in_(ids), ObservationTheme.deleted_at.is_(None)).order_by(Theme.name)
    ):
        themes[observation_id].append(name)
    observations: dict[uuid.UUID, list[ObservationRow]] = defaultdict(list)
    for o in session.scalars(select(Observation).where(Observation.debrief_id.in_(ids),
                                                       Observation.deleted_at.is_(None))
                             .order_by(Observation.position)):
        observations[o.debrief_id].append(ObservationRow(o.id, o.debrief_id, o.position, o.kind, o.text,
                                                         tuple(themes.get(o.id, ()))))
    return [DebriefRow(d.id, d.kind, d.held_on, names.get(d.facilitator_id, "") if d.facilitator_id else "",
                       tuple(observations.get(d.id, ()))) for d in debriefs]


def add_observation(ctx: Context, debrief_id: uuid.UUID, kind: str, text: str,
                    themes: str | Iterable[str] = ()) -> ObservationRow:
    """One debrief observation: went well, area for improvement or notable practice, with themes (comma separated
    or a list; each created, in lower case, the first time it is used)."""
    problems: list[Problem] = []
    try:
        key = parse_observation_kind(kind)
    except ValidationError as exc:
        problems.extend(exc.problems)
        key = ""
    clean = " ".join(text.split())
    if not clean:
        problems.append(Problem("observation", text, "type what was observed"))
    try:
        names = clean_themes(themes)
    except ValidationError as exc:
        problems.extend(exc.problems)
        names = []
    if problems:
        raise ValidationError(problems)
    with ctx.unit_of_work() as session:
        debrief = session.get(Debrief, debrief_id)
        if debrief is None or debrief.deleted_at is not None:
            raise NotFoundError("that debrief no longer exists (it may have been deleted elsewhere)")
        position = (session.scalar(select(func.max(Observation.position))
                                   .where(Observation.debrief_id == debrief.id)) or 0) + 1
        observation = Observation(debrief_id=debrief.id, position=position, kind=key, text=clean)
        created(session, ctx, observation, f"debrief {debrief.held_on:%d/%m/%Y}: observation {position}")
        for theme_id in theme_ids(session, ctx, names):
            created(session, ctx, ObservationTheme(observation_id=observation.id, theme_id=theme_id),
                    f"debrief {debrief.held_on:%d/%m/%Y}: observation {position} theme")
        return ObservationRow(observation.id, debrief.id, position, key, clean, tuple(sorted(names)))
