"""Exercises, debriefs and the lessons loop: listing lessons and recommendations, exercise reports."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.errors import NotFoundError, ValidationError
from bcm.lesson_views import DebriefView, ExerciseReport, ExerciseRow, LessonRow, ObjectiveView, ObservationView
from bcm.services.people import names_by_id
from db.models import (
    Debrief,
    Exercise,
    ExerciseObjective,
    ExerciseParticipant,
    ExercisePlan,
    Incident,
    Lesson,
    LessonTheme,
    Observation,
    ObservationTheme,
    Person,
    Plan,
    Recommendation,
    Risk,
    Service,
    Theme,
)
from db.models.events import RECOMMENDATION_STATUSES

OPEN_STATUSES = ("identified", "in_progress")


def _lesson_themes(session: Session) -> dict[uuid.UUID, tuple[str, ...]]:
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for lesson_id, name in session.execute(
        select(LessonTheme.lesson_id, Theme.name).join(Theme, Theme.id == LessonTheme.theme_id).order_by(Theme.name)
    ):
        themes[lesson_id].append(name)
    return {k: tuple(v) for k, v in themes.items()}


def list_lessons(ctx: Context, status: str | None = None, theme: str | None = None) -> list[LessonRow]:
    if status is not None and status not in RECOMMENDATION_STATUSES:
        raise ValidationError.of("status", status, f"must be one of {', '.join(RECOMMENDATION_STATUSES)}")
    today = ctx.today()
    verifying_exercise, verifying_incident = aliased(Exercise), aliased(Incident)
    query = (
        select(
            Recommendation.id, Exercise.name, Exercise.held_on, Incident.title, Incident.started_at, Lesson.id,
            Lesson.text, Recommendation.text, Person.name, Recommendation.due_on, Recommendation.status,
            Service.name, Risk.ref, Recommendation.evidence, verifying_exercise.name, verifying_incident.title,
        )
        .select_from(Lesson)
        .outerjoin(Recommendation, (Recommendation.lesson_id == Lesson.id) & Recommendation.deleted_at.is_(None))
        .outerjoin(Exercise, Exercise.id == Lesson.exercise_id)
        .outerjoin(Incident, Incident.id == Lesson.incident_id)
        .outerjoin(Person, Person.id == Recommendation.owner_id)
        .outerjoin(Plan, Plan.id == Recommendation.plan_id)
        .outerjoin(Service, Service.id == Plan.service_id)
        .outerjoin(Risk, Risk.id == Recommendation.risk_id)
        .outerjoin(verifying_exercise, verifying_exercise.id == Recommendation.verified_by_exercise_id)
        .outerjoin(verifying_incident, verifying_incident.id == Recommendation.verified_by_incident_id)
        .where(Lesson.deleted_at.is_(None))
    )
    if status is not None:
        query = query.where(Recommendation.status == status)
    with ctx.reading() as session:
        themes = _lesson_themes(session)
        rows = []
        for r in session.execute(query):
            lesson_themes = themes.get(r[5], ())
            if theme is not None and theme.strip().lower() not in lesson_themes:
                continue
            is_exercise = r[1] is not None
            rec_status = r[10] or "identified"
            rows.append(LessonRow(
                recommendation_id=r[0], event=r[1] if is_exercise else r[3], event_kind="exercise" if is_exercise
                else "incident", event_date=r[2] if is_exercise else r[4].astimezone().date(), lesson=r[6],
                recommendation=r[7] or "", owner=r[8] or "", due=r[9], status=rec_status, themes=lesson_themes,
                overdue=r[9] is not None and r[9] < today and rec_status in OPEN_STATUSES,
                plan=r[11] or "", risk=r[12] or "", evidence=r[13] or "", verified_by=r[14] or r[15] or "",
            ))
    rows.sort(key=lambda x: (x.event_date, x.event, x.lesson, x.due or x.event_date))
    return rows


def list_exercises(ctx: Context) -> list[ExerciseRow]:
    objectives = (
        select(ExerciseObjective.exercise_id, func.count().label("n"),
               func.sum(case((ExerciseObjective.rating == "met", 1), else_=0)).label("met"))
        .group_by(ExerciseObjective.exercise_id).subquery()
    )
    observations = (
        select(Debrief.exercise_id, func.count(Observation.id).label("n"))
        .join(Observation, Observation.debrief_id == Debrief.id)
        .group_by(Debrief.exercise_id).subquery()
    )
    open_recs = (
        select(Lesson.exercise_id, func.count(Recommendation.id).label("n"))
        .join(Recommendation, Recommendation.lesson_id == Lesson.id)
        .where(Recommendation.status.in_(OPEN_STATUSES))
        .group_by(Lesson.exercise_id).subquery()
    )
    query = (
        select(Exercise.id, Exercise.name, Exercise.kind, Exercise.multi_agency, Exercise.held_on, Person.name,
               objectives.c.n, objectives.c.met, observations.c.n, open_recs.c.n)
        .outerjoin(Person, Person.id == Exercise.facilitator_id)
        .outerjoin(objectives, objectives.c.exercise_id == Exercise.id)
        .outerjoin(observations, observations.c.exercise_id == Exercise.id)
        .outerjoin(open_recs, open_recs.c.exercise_id == Exercise.id)
        .where(Exercise.deleted_at.is_(None))
        .order_by(Exercise.held_on)
    )
    with ctx.reading() as session:
        return [ExerciseRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or 0, r[7] or 0, r[8] or 0, r[9] or 0)
                for r in session.execute(query)]


def find_exercise(session: Session, name_or_id: str) -> Exercise:
    try:
        found = session.get(Exercise, uuid.UUID(name_or_id))
    except ValueError:
        found = session.scalar(select(Exercise).where(func.lower(Exercise.name) == name_or_id.strip().lower()))
    if found is None or found.deleted_at is not None:
        known = session.scalars(select(Exercise.name).order_by(Exercise.held_on)).all()
        raise NotFoundError(f"no exercise {name_or_id!r}; known: {', '.join(known) or 'none yet'}")
    return found


def exercise_report(ctx: Context, name_or_id: str) -> ExerciseReport:
    with ctx.reading() as session:
        exercise = find_exercise(session, name_or_id)
        names = names_by_id(session)
        participants = [names[pid] for pid in session.scalars(
            select(ExerciseParticipant.person_id).where(ExerciseParticipant.exercise_id == exercise.id))]
        plans = list(session.scalars(
            select(Service.name).join(Plan, Plan.service_id == Service.id)
            .join(ExercisePlan, ExercisePlan.plan_id == Plan.id)
            .where(ExercisePlan.exercise_id == exercise.id).order_by(Service.name)))
        objectives = [ObjectiveView(o.text, o.rating) for o in session.scalars(
            select(ExerciseObjective).where(ExerciseObjective.exercise_id == exercise.id)
            .order_by(ExerciseObjective.position))]
        debriefs = []
        for debrief in session.scalars(
            select(Debrief).where(Debrief.exercise_id == exercise.id).order_by(Debrief.held_on, Debrief.kind)
        ):
            debriefs.append(DebriefView(debrief.kind, debrief.held_on, names.get(debrief.facilitator_id, "")
                                        if debrief.facilitator_id else "", _observations(session, debrief.id)))
        facilitator = names.get(exercise.facilitator_id, "") if exercise.facilitator_id else ""
        report_base: dict[str, Any] = dict(
            name=exercise.name, kind=exercise.kind, multi_agency=exercise.multi_agency, held_on=exercise.held_on,
            scenario=exercise.scenario, facilitator=facilitator, participants=sorted(participants),
            plans_tested=plans, objectives=objectives, debriefs=debriefs,
        )
        exercise_name = exercise.name
    recommendations = [r for r in list_lessons(ctx) if r.event_kind == "exercise" and r.event == exercise_name]
    return ExerciseReport(recommendations=recommendations, **report_base)


def _observations(session: Session, debrief_id: uuid.UUID) -> list[ObservationView]:
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for observation_id, name in session.execute(
        select(ObservationTheme.observation_id, Theme.name).join(Theme, Theme.id == ObservationTheme.theme_id)
        .join(Observation, Observation.id == ObservationTheme.observation_id)
        .where(Observation.debrief_id == debrief_id).order_by(Theme.name)
    ):
        themes[observation_id].append(name)
    return [ObservationView(o.kind, o.text, tuple(themes.get(o.id, ()))) for o in session.scalars(
        select(Observation).where(Observation.debrief_id == debrief_id).order_by(Observation.position))]
