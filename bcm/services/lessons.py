"""The lessons loop: lessons and their recommendations (owner, due date, lifecycle), themes across every exercise and
incident, and the post-exercise report's data."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.lesson_rules import OPEN_STATUSES, check_transition, clean_themes, highlighted, recommendation_overdue
from bcm.lesson_views import (
    DebriefView,
    EventOption,
    EventRef,
    ExerciseReport,
    ExerciseRow,
    LessonRow,
    ObjectiveView,
    ObservationView,
    RecommendationSummary,
    ThemeRow,
)
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.people import names_by_id
from bcm.services.risks import risk_id_of_ref
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
from db.models.lessons import RECOMMENDATION_STATUSES

__all__ = ["OPEN_STATUSES"]  # re-exported: callers imported it from here before the rules had their own module


def _lesson_themes(session: Session) -> dict[uuid.UUID, tuple[str, ...]]:
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for lesson_id, name in session.execute(
        select(LessonTheme.lesson_id, Theme.name).join(Theme, Theme.id == LessonTheme.theme_id)
        .where(LessonTheme.deleted_at.is_(None)).order_by(Theme.name)
    ):
        themes[lesson_id].append(name)
    return {k: tuple(v) for k, v in themes.items()}


def list_lessons(ctx: Context, status: str | None = None, theme: str | None = None) -> list[LessonRow]:
    if status is not None and status not in RECOMMENDATION_STATUSES:
        raise ValidationError.of("status", status, f"must be one of {', '.join(RECOMMENDATION_STATUSES)}")
    rows = _lesson_rows(ctx, [Recommendation.status == status] if status is not None else [])
    if theme is not None:
        wanted = theme.strip().lower()
        rows = [r for r in rows if wanted in r.themes]
    rows.sort(key=lambda x: (x.event_date, x.event, x.lesson, x.due or x.event_date))
    return rows


def _lesson_rows(ctx: Context, where: Sequence[ColumnElement[bool]], *,
                 order_by: Sequence[ColumnElement[Any]] = (), limit: int | None = None) -> list[LessonRow]:
    """Lessons with their recommendations (a lesson with none yet is one row), narrowed by `where` in the query
    itself: a condition on a recommendation's column keeps only lessons with a recommendation that matches."""
    today = ctx.today()
    verifying_exercise, verifying_incident = aliased(Exercise), aliased(Incident)
    query = (
        select(
            Recommendation.id, Exercise.name, Exercise.held_on, Incident.title, Incident.started_at, Lesson.id,
            Lesson.text, Recommendation.text, Person.name, Recommendation.due_on, Recommendation.status,
            Service.name, Risk.ref, Recommendation.evidence, verifying_exercise.name, verifying_incident.title,
            Recommendation.version, Lesson.exercise_id, Lesson.incident_id,
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
        .where(Lesson.deleted_at.is_(None), *where)
        .order_by(*order_by)
        .limit(limit)
    )
    with ctx.reading() as session:
        themes = _lesson_themes(session)
        rows = []
        for r in session.execute(query):
            lesson_themes = themes.get(r[5], ())
            is_exercise = r[1] is not None
            rec_status = r[10] or "identified"
            rows.append(LessonRow(
                recommendation_id=r[0], event=r[1] if is_exercise else r[3], event_kind="exercise" if is_exercise
                else "incident", event_date=r[2] if is_exercise else r[4].astimezone().date(), lesson=r[6],
                recommendation=r[7] or "", owner=r[8] or "", due=r[9], status=rec_status, themes=lesson_themes,
                overdue=recommendation_overdue(r[9], rec_status, today),
                plan=r[11] or "", risk=r[12] or "", evidence=r[13] or "", verified_by=r[14] or r[15] or "",
                lesson_id=r[5], version=r[16], event_id=r[17] or r[18],
            ))
    return rows


def list_exercises(ctx: Context) -> list[ExerciseRow]:
    objectives = (
        select(ExerciseObjective.exercise_id, func.count().label("n"),
               func.sum(case((ExerciseObjective.rating == "met", 1), else_=0)).label("met"))
        .where(ExerciseObjective.deleted_at.is_(None))
        .group_by(ExerciseObjective.exercise_id).subquery()
    )
    observations = (
        select(Debrief.exercise_id, func.count(Observation.id).label("n"))
        .join(Observation, Observation.debrief_id == Debrief.id)
        .where(Observation.deleted_at.is_(None), Debrief.deleted_at.is_(None))
        .group_by(Debrief.exercise_id).subquery()
    )
    open_recs = (
        select(Lesson.exercise_id, func.count(Recommendation.id).label("n"))
        .join(Recommendation, Recommendation.lesson_id == Lesson.id)
        .where(Recommendation.status.in_(OPEN_STATUSES), Recommendation.deleted_at.is_(None),
               Lesson.deleted_at.is_(None))
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
            select(ExerciseParticipant.person_id).where(ExerciseParticipant.exercise_id == exercise.id,
                                                        ExerciseParticipant.deleted_at.is_(None)))]
        plans = list(session.scalars(
            select(Service.name).join(Plan, Plan.service_id == Service.id)
            .join(ExercisePlan, ExercisePlan.plan_id == Plan.id)
            .where(ExercisePlan.exercise_id == exercise.id, ExercisePlan.deleted_at.is_(None))
            .order_by(Service.name)))
        objectives = [ObjectiveView(o.text, o.rating) for o in session.scalars(
            select(ExerciseObjective).where(ExerciseObjective.exercise_id == exercise.id,
                                            ExerciseObjective.deleted_at.is_(None))
            .order_by(ExerciseObjective.position))]
        debriefs = []
        for debrief in session.scalars(
            select(Debrief).where(Debrief.exercise_id == exercise.id, Debrief.deleted_at.is_(None))
            .order_by(Debrief.held_on, Debrief.kind)
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
        select(Observation).where(Observation.debrief_id == debrief_id, Observation.deleted_at.is_(None))
        .order_by(Observation.position))]


# --- events and themes -----------------------------------------------------------------------------------------


def list_events(ctx: Context) -> list[EventOption]:
    """Every exercise and incident, oldest first: what a lesson comes from or what verifies a recommendation."""
    with ctx.reading() as session:
        return _events(session)


def _events(session: Session) -> list[EventOption]:
    events = [EventOption("exercise", i, name, held) for i, name, held in session.execute(
        select(Exercise.id, Exercise.name, Exercise.held_on).where(Exercise.deleted_at.is_(None)))]
    events += [EventOption("incident", i, title, started.astimezone().date()) for i, title, started in
               session.execute(select(Incident.id, Incident.title, Incident.started_at)
                               .where(Incident.deleted_at.is_(None)))]
    return sorted(events, key=lambda e: (e.held_on, e.name))


def event_of(session: Session, event: EventRef) -> EventOption:
    if event.kind == "exercise":
        exercise = session.get(Exercise, event.id)
        if exercise is not None and exercise.deleted_at is None:
            return EventOption("exercise", exercise.id, exercise.name, exercise.held_on)
    elif event.kind == "incident":
        incident = session.get(Incident, event.id)
        if incident is not None and incident.deleted_at is None:
            return EventOption("incident", incident.id, incident.title, incident.started_at.astimezone().date())
    else:
        raise ValidationError.of("event", event.kind, "must be an exercise or an incident")
    raise NotFoundError(f"that {event.kind} no longer exists (it may have been deleted elsewhere)")


def find_event(ctx: Context, name: str) -> EventRef:
    """An exercise by name or an incident by title (case ignored); exercises first."""
    wanted = " ".join(name.split()).lower()
    with ctx.reading() as session:
        events = _events(session)
    for kind in ("exercise", "incident"):
        for event in events:
            if event.kind == kind and event.name.lower() == wanted:
                return event.ref
    raise NotFoundError(f"no exercise or incident called {name!r}; known: "
                        f"{', '.join(e.name for e in events) or 'none yet'}")


def list_themes(ctx: Context) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(Theme.name).where(Theme.deleted_at.is_(None)).order_by(Theme.name)))


def theme_ids(session: Session, ctx: Context, themes: str | Iterable[str]) -> list[uuid.UUID]:
    """The ids of these themes, each created (lower case) the first time it is used."""
    ids = []
    for name in clean_themes(themes):
        found = session.scalar(select(Theme.id).where(Theme.name == name))
        if found is None:
            theme = Theme(name=name)
            created(session, ctx, theme, name)
            found = theme.id
        ids.append(found)
    return ids


# --- lessons and recommendations -------------------------------------------------------------------------------


def add_lesson(ctx: Context, event: EventRef, text: str, themes: str | Iterable[str] = ()) -> uuid.UUID:
    """A lesson identified from an exercise or an incident, tagged with themes (created on first use)."""
    text = " ".join(text.split())
    if not text:
        raise ValidationError.of("lesson", text, "say what was learnt, e.g. 'Call cascade numbers go out of date'")
    with ctx.unit_of_work() as session:
        found = event_of(session, event)
        lesson = Lesson(text=text, exercise_id=found.id if found.kind == "exercise" else None,
                        incident_id=found.id if found.kind == "incident" else None)
        created(session, ctx, lesson, f"{found.name}: lesson")
        for theme_id in theme_ids(session, ctx, themes):
            created(session, ctx, LessonTheme(lesson_id=lesson.id, theme_id=theme_id), f"{found.name}: lesson theme")
        return lesson.id


def _lesson(session: Session, lesson_id: uuid.UUID) -> Lesson:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None or lesson.deleted_at is not None:
        raise NotFoundError("that lesson no longer exists (it may have been deleted elsewhere)")
    return lesson


def _lesson_event(session: Session, lesson: Lesson) -> EventOption:
    if lesson.exercise_id is not None:
        return event_of(session, EventRef("exercise", lesson.exercise_id))
    assert lesson.incident_id is not None
    return event_of(session, EventRef("incident", lesson.incident_id))


def _plan_id(session: Session, service: str | None, problems: list[Problem]) -> uuid.UUID | None:
    if service is None or not service.strip():
        return None
    found = session.scalar(select(Plan.id).join(Service, Service.id == Plan.service_id)
                           .where(func.lower(Service.name) == " ".join(service.split()).lower(),
                                  Plan.deleted_at.is_(None)))
    if found is None:
        problems.append(Problem("plan", service, "no business continuity plan for a service of that name"))
    return found


def _risk_id(session: Session, ref: str | None, problems: list[Problem]) -> uuid.UUID | None:
    if ref is None or not ref.strip():
        return None
    found = risk_id_of_ref(session, ref, Risk.deleted_at.is_(None))
    if found is None:
        problems.append(Problem("risk", ref, "no risk with this reference"))
    return found


def known_person(session: Session, field: str, name: str | None, problems: list[Problem]) -> uuid.UUID | None:
    """A person chosen from People (never created here): None, with a problem noted, when unknown."""
    if name is None or not name.strip():
        return None
    clean = " ".join(name.split())
    found = session.scalar(select(Person.id).where(func.lower(Person.name) == clean.lower(),
                                                   Person.deleted_at.is_(None)).limit(1))
    if found is None:
        problems.append(Problem(field, clean, "is not in People: choose someone listed, or add them to People first"))
    return found


def add_recommendation(ctx: Context, lesson_id: uuid.UUID, text: str, owner: str | None, due: date | None, *,
                       plan: str | None = None, risk: str | None = None) -> uuid.UUID:
    """A recommendation drawn from a lesson: an owner from People and a due date are required; it may name the plan
    (by its service) or the risk (by reference) it changes."""
    text = " ".join(text.split())
    problems: list[Problem] = []
    if not text:
        problems.append(Problem("recommendation", text, "say what should change, and where"))
    if owner is None or not owner.strip():
        problems.append(Problem("owner", owner, "every recommendation needs an owner"))
    if due is None:
        problems.append(Problem("due", None, "every recommendation needs a due date"))
    with ctx.unit_of_work() as session:
        lesson = _lesson(session, lesson_id)
        owner_id = known_person(session, "owner", owner, problems)
        plan_id = _plan_id(session, plan, problems)
        risk_id = _risk_id(session, risk, problems)
        if problems:
            raise ValidationError(problems)
        assert owner_id is not None and due is not None
        recommendation = Recommendation(lesson_id=lesson.id, text=text, owner_id=owner_id, due_on=due,
                                        status="identified", plan_id=plan_id, risk_id=risk_id)
        created(session, ctx, recommendation, f"{_lesson_event(session, lesson).name}: recommendation")
        return recommendation.id


def move_recommendation(ctx: Context, recommendation_id: uuid.UUID, expected_version: int | None, status: str, *,
                        evidence: str | None = None, verified_by: EventRef | None = None) -> int:
    """identified -> in progress -> implemented (with evidence) -> embedded (verified by a later exercise or
    incident); implemented may go back to in progress. Returns the new version."""
    with ctx.unit_of_work() as session:
        recommendation = session.get(Recommendation, recommendation_id)
        if recommendation is None or recommendation.deleted_at is not None:
            raise NotFoundError("that recommendation no longer exists (it may have been deleted elsewhere)")
        lesson = _lesson(session, recommendation.lesson_id)
        own_event = _lesson_event(session, lesson)
        label = f"{own_event.name}: recommendation"
        check_version(session, recommendation, expected_version, label)
        evidence_text = (evidence or "").strip() or (recommendation.evidence or "").strip() or None
        verifier = event_of(session, verified_by) if verified_by is not None else None
        check_transition(recommendation.status, status, evidence=evidence_text,
                         lesson_event=(own_event.name, own_event.held_on),
                         verifying_event=(verifier.name, verifier.held_on) if verifier else None, today=ctx.today())
        changes: dict[str, Any] = {"status": status}
        if status in ("implemented", "embedded"):
            changes["evidence"] = evidence_text
        if verifier is not None and status == "embedded":
            changes["verified_by_exercise_id"] = verifier.id if verifier.kind == "exercise" else None
            changes["verified_by_incident_id"] = verifier.id if verifier.kind == "incident" else None
        apply_changes(session, ctx, recommendation, label, changes)
        session.flush()
        return recommendation.version


def update_recommendation(ctx: Context, recommendation_id: uuid.UUID, expected_version: int | None, *,
                          owner: str | None = None, due: date | None = None) -> int:
    """Re-assign or re-date a recommendation (its text and lesson stay as identified)."""
    with ctx.unit_of_work() as session:
        recommendation = session.get(Recommendation, recommendation_id)
        if recommendation is None or recommendation.deleted_at is not None:
            raise NotFoundError("that recommendation no longer exists (it may have been deleted elsewhere)")
        check_version(session, recommendation, expected_version, "recommendation")
        problems: list[Problem] = []
        changes: dict[str, Any] = {}
        if owner is not None and not owner.strip():
            problems.append(Problem("owner", owner, "every recommendation needs an owner: choose someone from People"))
        elif owner is not None:
            changes["owner_id"] = known_person(session, "owner", owner, problems)
        if due is not None:
            changes["due_on"] = due
        if problems:
            raise ValidationError(problems)
        apply_changes(session, ctx, recommendation, "recommendation", changes)
        session.flush()
        return recommendation.version


def recommendations_for_risk(ctx: Context, ref: str) -> list[LessonRow]:
    """The recommendations that name this risk as the one they change: open ones first, soonest due first."""
    return _named(ctx, func.lower(Risk.ref) == ref.strip().lower())


def recommendations_for_plan(ctx: Context, service: str) -> list[LessonRow]:
    """The recommendations that name this service's business continuity plan as the one they change: open ones
    first, soonest due first."""
    return _named(ctx, func.lower(Service.name) == " ".join(service.split()).lower())


def _named(ctx: Context, condition: ColumnElement[bool]) -> list[LessonRow]:
    rows = _lesson_rows(ctx, [Recommendation.id.is_not(None), condition])
    return sorted(rows, key=lambda r: (r.status not in OPEN_STATUSES, r.due or date.max, r.event))


def open_recommendations_by_owner(ctx: Context) -> dict[str, list[LessonRow]]:
    """Each owner's list of actions from the lessons loop: open recommendations, soonest due first."""
    by_owner: dict[str, list[LessonRow]] = defaultdict(list)
    for row in _lesson_rows(ctx, [Recommendation.status.in_(OPEN_STATUSES)]):
        by_owner[row.owner].append(row)
    return {owner: sorted(rows, key=lambda r: (r.due or date.max, r.event))
            for owner, rows in sorted(by_owner.items())}


def recommendation_summary(ctx: Context, limit: int = 8) -> RecommendationSummary:
    """For the dashboard: how many recommendations are open and how many overdue (one aggregate query), and the
    `limit` longest overdue."""
    today = ctx.today()
    is_open = Recommendation.status.in_(OPEN_STATUSES)
    overdue = is_open & (Recommendation.due_on < today)
    with ctx.reading() as session:
        counts = session.execute(
            select(func.count(Recommendation.id), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
            .join(Lesson, Lesson.id == Recommendation.lesson_id)
            .where(is_open, Recommendation.deleted_at.is_(None), Lesson.deleted_at.is_(None))
        ).one()
    oldest = _lesson_rows(ctx, [overdue], order_by=[Recommendation.due_on.asc()], limit=limit) if counts[1] else []
    return RecommendationSummary(open=int(counts[0]), overdue=int(counts[1]), oldest_overdue=tuple(oldest))


def recurring_themes(ctx: Context) -> list[ThemeRow]:
    """Every theme used, with the events (exercises and incidents) where it was identified through a lesson or a
    debrief observation, its open recommendations and how many are embedded. A theme seen in two or more events with
    no embedded recommendation is highlighted. Highlighted first, then the most widespread."""
    lessons = list_lessons(ctx)
    with ctx.reading() as session:
        events = {(e.kind, e.id): e for e in _events(session)}
        theme_names = dict(session.execute(select(Theme.id, Theme.name).where(Theme.deleted_at.is_(None)))
                           .tuples().all())
        seen: dict[str, set[tuple[str, uuid.UUID]]] = defaultdict(set)
        lesson_count: dict[str, int] = defaultdict(int)
        observation_count: dict[str, int] = defaultdict(int)
        for theme_id, exercise_id, incident_id in session.execute(
            select(LessonTheme.theme_id, Lesson.exercise_id, Lesson.incident_id)
            .join(Lesson, Lesson.id == LessonTheme.lesson_id)
            .where(Lesson.deleted_at.is_(None), LessonTheme.deleted_at.is_(None))
        ):
            name = theme_names.get(theme_id)
            if name is not None:
                seen[name].add(("exercise", exercise_id) if exercise_id else ("incident", incident_id))
                lesson_count[name] += 1
        for theme_id, exercise_id, incident_id in session.execute(
            select(ObservationTheme.theme_id, Debrief.exercise_id, Debrief.incident_id)
            .join(Observation, Observation.id == ObservationTheme.observation_id)
            .join(Debrief, Debrief.id == Observation.debrief_id)
            .where(Observation.deleted_at.is_(None), Debrief.deleted_at.is_(None),
                   ObservationTheme.deleted_at.is_(None))
        ):
            name = theme_names.get(theme_id)
            if name is not None:
                seen[name].add(("exercise", exercise_id) if exercise_id else ("incident", incident_id))
                observation_count[name] += 1
    rows = []
    for name, keys in seen.items():
        found = sorted((events[k] for k in keys if k in events), key=lambda e: (e.held_on, e.name))
        recommendations = [r for r in lessons if r.recommendation_id is not None and name in r.themes]
        open_ones = tuple(sorted((r for r in recommendations if r.status in OPEN_STATUSES),
                                 key=lambda r: (r.due or date.max, r.event)))
        embedded = sum(r.status == "embedded" for r in recommendations)
        rows.append(ThemeRow(
            name=name, events=tuple(e.name for e in found), lessons=lesson_count[name],
            observations=observation_count[name], open_recommendations=open_ones,
            implemented=sum(r.status == "implemented" for r in recommendations), embedded=embedded,
            highlight=highlighted(len(found), embedded),
        ))
    return sorted(rows, key=lambda t: (not t.highlight, -len(t.events), t.name))
