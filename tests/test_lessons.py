"""Exercises, debriefs and the lessons loop: lifecycle rules, themes and their highlight, the post-exercise report."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bcm.context import Context
from bcm.database import Database
from bcm.errors import ConflictError, ValidationError
from bcm.lesson_rules import check_transition, clean_themes, highlighted, parse_observation_kind, recommendation_overdue
from bcm.lesson_views import EventRef
from bcm.services import exercises, incidents, lessons
from bcm.services.people import person_id
from db.models import (
    AuditEntry,
    Debrief,
    Exercise,
    Incident,
    Lesson,
    LessonTheme,
    Observation,
    ObservationTheme,
    Recommendation,
    Theme,
)
from exports.pdf.exercise_report import exercise_report_pdf
from tests.conftest import NOW
from ui.cli.main import main as bcm_main

TODAY = NOW.date()


def people(ctx: Context, *names: str) -> None:
    with ctx.unit_of_work() as session:
        for name in names:
            person_id(session, ctx, name)


def exercise(ctx: Context, name: str, held_on: date, **extra: object) -> EventRef:
    data = exercises.ExerciseInput(name=name, kind="tabletop", held_on=held_on, **extra)  # type: ignore[arg-type]
    return EventRef("exercise", exercises.create_exercise(ctx, data))


@pytest.fixture
def loop(ctx: Context) -> dict[str, object]:
    """An empty database with two people, an exercise in 2025, one lesson and one recommendation from it."""
    people(ctx, "Kwame Asante", "Priya Raman")
    first = exercise(ctx, "Exercise Mighty Oak", date(2025, 3, 22))
    lesson = lessons.add_lesson(ctx, first, "Cascade numbers go out of date", "Call Cascade, communications")
    rec = lessons.add_recommendation(ctx, lesson, "Verify cascade contacts every quarter", "Priya Raman",
                                     date(2025, 6, 30))
    return {"exercise": first, "lesson": lesson, "rec": rec}


def version(ctx: Context, rec: uuid.UUID) -> int:
    row = next(r for r in lessons.list_lessons(ctx) if r.recommendation_id == rec)
    assert row.version is not None
    return row.version


def status(ctx: Context, rec: uuid.UUID) -> str:
    return next(r.status for r in lessons.list_lessons(ctx) if r.recommendation_id == rec)


# --- the lifecycle -----------------------------------------------------------------------------------------------


def test_lifecycle_in_order_with_evidence_and_a_later_event(ctx: Context, loop: dict[str, object]) -> None:
    rec = loop["rec"]
    assert isinstance(rec, uuid.UUID)
    assert status(ctx, rec) == "identified"
    with pytest.raises(ValidationError, match="cannot skip from identified to implemented"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "implemented", evidence="Done")
    with pytest.raises(ValidationError, match="cannot skip from identified to embedded"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded", evidence="Done")
    lessons.move_recommendation(ctx, rec, version(ctx, rec), "in_progress")
    with pytest.raises(ValidationError, match="cannot go back from in progress to identified"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "identified")
    with pytest.raises(ValidationError, match="evidence is required"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "implemented")
    with pytest.raises(ValidationError, match="evidence is required"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "implemented", evidence="   ")
    assert status(ctx, rec) == "in_progress"
    lessons.move_recommendation(ctx, rec, version(ctx, rec), "implemented",
                                evidence="Quarterly verification return introduced")

    with pytest.raises(ValidationError, match="name the later exercise or incident"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded")
    same_day = exercise(ctx, "Same-day walk-through", date(2025, 3, 22))
    with pytest.raises(ValidationError, match="not after Exercise Mighty Oak"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded", verified_by=same_day)
    earlier = exercise(ctx, "Earlier call cascade test", date(2024, 9, 15))
    with pytest.raises(ValidationError, match="only a later exercise or incident can show it embedded"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded", verified_by=earlier)
    planned = exercise(ctx, "Exercise Lemur 2027", date(2027, 1, 20))
    with pytest.raises(ValidationError, match="has not taken place yet"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded", verified_by=planned)
    assert status(ctx, rec) == "implemented"

    later = exercise(ctx, "Power Outage Exercise 2026", date(2026, 8, 16))
    lessons.move_recommendation(ctx, rec, version(ctx, rec), "embedded", verified_by=later)
    row = next(r for r in lessons.list_lessons(ctx) if r.recommendation_id == rec)
    assert (row.status, row.evidence, row.verified_by) == (
        "embedded", "Quarterly verification return introduced", "Power Outage Exercise 2026")
    with pytest.raises(ValidationError, match="embedded recommendation is final"):
        lessons.move_recommendation(ctx, rec, version(ctx, rec), "in_progress")
    with ctx.reading() as session:
        changes = session.scalars(select(AuditEntry.new_value).where(AuditEntry.record_id == rec,
                                                                     AuditEntry.field == "status")).all()
    assert changes == ["in_progress", "implemented", "embedded"]


def test_an_incident_after_the_lesson_verifies_it_too(ctx: Context, loop: dict[str, object]) -> None:
    rec = loop["rec"]
    assert isinstance(rec, uuid.UUID)
    lessons.move_recommendation(ctx, rec, None, "in_progress")
    lessons.move_recommendation(ctx, rec, None, "implemented", evidence="Paper cascade sheets in grab bags")
    storm = incidents.start_incident(ctx, "Storm Eunice", ["weather"], "Kwame Asante", [],
                                     started_at=datetime(2026, 2, 18, 9, 0, tzinfo=UTC))
    lessons.move_recommendation(ctx, rec, None, "embedded", verified_by=EventRef("incident", storm))
    assert next(r for r in lessons.list_lessons(ctx) if r.recommendation_id == rec).verified_by == "Storm Eunice"


def test_implemented_can_go_back_to_in_progress_and_keeps_its_evidence(ctx: Context,
                                                                       loop: dict[str, object]) -> None:
    rec = loop["rec"]
    assert isinstance(rec, uuid.UUID)
    lessons.move_recommendation(ctx, rec, None, "in_progress")
    lessons.move_recommendation(ctx, rec, None, "implemented", evidence="New template issued")
    lessons.move_recommendation(ctx, rec, None, "in_progress")
    row = next(r for r in lessons.list_lessons(ctx) if r.recommendation_id == rec)
    assert (row.status, row.evidence) == ("in_progress", "New template issued")


def test_a_stale_move_is_refused(ctx: Context, loop: dict[str, object]) -> None:
    rec = loop["rec"]
    assert isinstance(rec, uuid.UUID)
    stale = version(ctx, rec)
    lessons.move_recommendation(ctx, rec, stale, "in_progress")
    with pytest.raises(ConflictError, match="changed elsewhere by tester"):
        lessons.move_recommendation(ctx, rec, stale, "implemented", evidence="x")


def test_the_database_refuses_what_the_rules_refuse(ctx: Context, loop: dict[str, object]) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), ctx.unit_of_work() as session:
        session.get_one(Recommendation, loop["rec"]).status = "implemented"
    with pytest.raises(IntegrityError), ctx.unit_of_work() as session:
        recommendation = session.get_one(Recommendation, loop["rec"])
        recommendation.status, recommendation.evidence = "embedded", "evidence but no verifying event"


def test_transition_rule_as_a_pure_function() -> None:
    oak = ("Exercise Mighty Oak", date(2023, 3, 22))
    check_transition("implemented", "embedded", evidence="x", lesson_event=oak,
                     verifying_event=("Programme 2023", date(2023, 8, 16)), today=TODAY)
    with pytest.raises(ValidationError, match="already at this status"):
        check_transition("identified", "identified", evidence=None, lesson_event=oak, verifying_event=None,
                         today=TODAY)
    with pytest.raises(ValidationError, match="must be one of"):
        check_transition("identified", "done", evidence=None, lesson_event=oak, verifying_event=None, today=TODAY)


# --- recommendations: owner, due date, links, overdue ------------------------------------------------------------


def test_a_recommendation_needs_an_owner_from_people_and_a_due_date(ctx: Context, loop: dict[str, object]) -> None:
    lesson = loop["lesson"]
    assert isinstance(lesson, uuid.UUID)
    with pytest.raises(ValidationError) as refused:
        lessons.add_recommendation(ctx, lesson, "Name an alternate for every role", None, None)
    assert {p.field for p in refused.value.problems} == {"owner", "due"}
    with pytest.raises(ValidationError, match="is not in People"):
        lessons.add_recommendation(ctx, lesson, "Name an alternate", "Someone Unknown", date(2026, 12, 1))
    with ctx.reading() as session:
        assert session.scalar(select(Recommendation.id).where(Recommendation.text == "Name an alternate")) is None


def test_reassign_and_redate_a_recommendation(ctx: Context, loop: dict[str, object]) -> None:
    rec = loop["rec"]
    assert isinstance(rec, uuid.UUID)
    lessons.update_recommendation(ctx, rec, version(ctx, rec), owner="Kwame Asante", due=date(2027, 3, 31))
    row = next(r for r in lessons.list_lessons(ctx) if r.recommendation_id == rec)
    assert (row.owner, row.due, row.overdue) == ("Kwame Asante", date(2027, 3, 31), False)
    with pytest.raises(ValidationError, match="is not in People"):
        lessons.update_recommendation(ctx, rec, None, owner="Nobody")


def test_overdue_after_the_due_date_while_open() -> None:
    due = date(2026, 11, 22)
    assert recommendation_overdue(due, "identified", TODAY)
    assert recommendation_overdue(due, "in_progress", TODAY)
    assert not recommendation_overdue(due, "implemented", TODAY)
    assert not recommendation_overdue(due, "embedded", TODAY)
    assert not recommendation_overdue(TODAY, "in_progress", TODAY)  # due today is not yet overdue
    assert not recommendation_overdue(None, "identified", TODAY)


def test_recommendation_shows_on_its_risk_plan_and_owner(demo_ctx: Context) -> None:
    oak = lessons.find_event(demo_ctx, "Exercise Mighty Oak")
    lesson = lessons.add_lesson(demo_ctx, oak, "Generators are not tested under load", ["power"])
    rec = lessons.add_recommendation(demo_ctx, lesson, "Test every generator under load each quarter",
                                     "Patricia Nwosu", date(2026, 11, 1), plan="In-house residential services",
                                     risk="ah0011")
    on_risk = lessons.recommendations_for_risk(demo_ctx, "AH0011")
    on_plan = lessons.recommendations_for_plan(demo_ctx, "In-house Residential Services")
    assert rec in {r.recommendation_id for r in on_risk} and rec in {r.recommendation_id for r in on_plan}
    assert all(r.risk == "AH0011" for r in on_risk) and all(r.plan == "In-house Residential Services" for r in on_plan)
    mine = lessons.open_recommendations_by_owner(demo_ctx)["Patricia Nwosu"]
    new = next(r for r in mine if r.recommendation_id == rec)
    assert new.overdue and new.due == date(2026, 11, 1)
    assert all(r.status in ("identified", "in_progress") for rows in
               lessons.open_recommendations_by_owner(demo_ctx).values() for r in rows)
    with pytest.raises(ValidationError) as refused:
        lessons.add_recommendation(demo_ctx, lesson, "x", "Patricia Nwosu", TODAY, plan="No such service",
                                   risk="ZZ9999")
    assert {p.field for p in refused.value.problems} == {"plan", "risk"}


# --- exercises, debriefs, observations ---------------------------------------------------------------------------


def test_create_and_edit_an_exercise(demo_ctx: Context) -> None:
    data = exercises.ExerciseInput(
        name="  Exercise   Kestrel ", kind="walk_through", held_on=date(2026, 11, 20), multi_agency=True,
        scenario="Loss of Mosaic for 48 hours", facilitator="Megan Pryce",
        objectives=["Run the overnight client report", exercises.ObjectiveInput("Test paper rotas", "met")],
        participants=["Neil Harcourt", "neil harcourt", "Priya Natarajan"], plans_tested=["Kent Enablement at Home"],
    )
    exercise_id = exercises.create_exercise(demo_ctx, data)
    detail = exercises.get_exercise(demo_ctx, exercise_id)
    assert (detail.name, detail.kind, detail.multi_agency, detail.facilitator) == (
        "Exercise Kestrel", "walk_through", True, "Megan Pryce")
    assert [(o.text, o.rating) for o in detail.objectives] == [
        ("Run the overnight client report", None), ("Test paper rotas", "met")]
    assert detail.participants == ("Neil Harcourt", "Priya Natarajan")
    assert detail.plans_tested == ("Kent Enablement at Home",)

    exercises.rate_objective(demo_ctx, detail.objectives[0].id, "partially met")
    data.objectives = [exercises.ObjectiveInput("Test paper rotas", "met"),
                       exercises.ObjectiveInput("Reach every KEaH team by phone", "not_met")]
    data.participants = ["Priya Natarajan"]
    data.plans_tested = []
    new_version = exercises.update_exercise(demo_ctx, exercise_id, detail.version, data)
    edited = exercises.get_exercise(demo_ctx, exercise_id)
    assert new_version == edited.version > detail.version
    assert [(o.text, o.rating) for o in edited.objectives] == [
        ("Test paper rotas", "met"), ("Reach every KEaH team by phone", "not_met")]
    assert edited.objectives[0].id == detail.objectives[1].id  # kept, not re-created
    assert edited.participants == ("Priya Natarajan",) and edited.plans_tested == ()
    data.participants = ["Priya Natarajan", "Neil Harcourt"]  # added back: the tombstoned link revives
    exercises.update_exercise(demo_ctx, exercise_id, edited.version, data)
    assert exercises.get_exercise(demo_ctx, exercise_id).participants == ("Neil Harcourt", "Priya Natarajan")
    with pytest.raises(ConflictError):
        exercises.update_exercise(demo_ctx, exercise_id, detail.version, data)
    row = next(r for r in lessons.list_exercises(demo_ctx) if r.id == exercise_id)
    assert (row.objectives, row.objectives_met) == (2, 1)


def test_exercise_input_is_checked_field_by_field(demo_ctx: Context) -> None:
    with pytest.raises(ValidationError) as refused:
        exercises.create_exercise(demo_ctx, exercises.ExerciseInput(
            name="Exercise Mighty Oak", kind="parade", held_on=None, facilitator="Nobody Known",
            objectives=[exercises.ObjectiveInput("x", "smashed it")], participants=["Also Unknown"],
            plans_tested=["Nowhere"]))
    fields = {p.field for p in refused.value.problems}
    assert fields == {"name", "type", "date", "facilitator", "participants", "plans tested", "objective 1 rating"}


def test_debrief_observations_and_themes_created_on_first_use(demo_ctx: Context) -> None:
    oak = lessons.find_event(demo_ctx, "exercise mighty oak")
    before = set(lessons.list_themes(demo_ctx))
    debrief = exercises.add_debrief(demo_ctx, oak, "hot", date(2023, 3, 22), "Kwame Asante")
    first = exercises.add_observation(demo_ctx, debrief.id, "improvement", "Generator fuel ran low",
                                      "Power, FUEL , power,  Generator   Resilience")
    second = exercises.add_observation(demo_ctx, debrief.id, "went well", "Radios worked", ["communications"])
    assert first.themes == ("fuel", "generator resilience", "power") and (first.position, second.position) == (1, 2)
    assert set(lessons.list_themes(demo_ctx)) - before == {"generator resilience"}
    shown = next(d for d in exercises.list_debriefs(demo_ctx, oak) if d.id == debrief.id)
    assert [(o.kind, o.text) for o in shown.observations] == [("improvement", "Generator fuel ran low"),
                                                              ("went_well", "Radios worked")]
    with pytest.raises(ValidationError, match="post-incident review belongs to an incident"):
        exercises.add_debrief(demo_ctx, oak, "post_incident")
    with pytest.raises(ValidationError, match="is before Exercise Mighty Oak"):
        exercises.add_debrief(demo_ctx, oak, "cold", date(2023, 3, 1))
    with pytest.raises(ValidationError) as refused:
        exercises.add_observation(demo_ctx, debrief.id, "meh", "  ")
    assert {p.field for p in refused.value.problems} == {"kind", "observation"}


def test_observation_kinds_and_theme_names() -> None:
    assert parse_observation_kind("Area for improvement") == "improvement"
    assert parse_observation_kind("notable_practice") == "notable_practice"
    assert clean_themes("Mosaic; mosaic, Call  cascade,,") == ["mosaic", "call cascade"]
    with pytest.raises(ValidationError):
        clean_themes(["x" * 61])


# --- recurring themes --------------------------------------------------------------------------------------------


def expected_highlights(database: Database) -> set[str]:
    """The rule computed straight from the tables: themes seen in 2+ events (through lessons or observations) with
    no embedded recommendation on a lesson carrying the theme."""
    with database.sessions() as session:
        names = dict(session.execute(select(Theme.id, Theme.name)).tuples().all())
        events: dict[str, set[object]] = defaultdict(set)
        for theme, ex, inc in session.execute(select(LessonTheme.theme_id, Lesson.exercise_id, Lesson.incident_id)
                                              .join(Lesson, Lesson.id == LessonTheme.lesson_id)):
            events[names[theme]].add(ex or inc)
        for theme, ex, inc in session.execute(
            select(ObservationTheme.theme_id, Debrief.exercise_id, Debrief.incident_id)
            .join(Observation, Observation.id == ObservationTheme.observation_id)
            .join(Debrief, Debrief.id == Observation.debrief_id)
        ):
            events[names[theme]].add(ex or inc)
        embedded = {names[t] for t in session.scalars(
            select(LessonTheme.theme_id).join(Recommendation, Recommendation.lesson_id == LessonTheme.lesson_id)
            .where(Recommendation.status == "embedded"))}
        assert session.scalar(select(Exercise.id)) and session.scalar(select(Incident.id))
    return {name for name, found in events.items() if len(found) >= 2 and name not in embedded}


def test_demo_highlights_the_themes_the_data_says_recur(demo_db: Database, demo_ctx: Context) -> None:
    rows = lessons.recurring_themes(demo_ctx)
    flagged = {r.name for r in rows if r.highlight}
    assert flagged == expected_highlights(demo_db)
    assert flagged and len(flagged) < len(rows)  # the demo shows both cases
    assert [r.highlight for r in rows] == sorted((r.highlight for r in rows), reverse=True)  # highlighted first
    for row in rows:
        assert row.highlight == highlighted(len(row.events), row.embedded)
        assert all(r.status in ("identified", "in_progress") and row.name in r.themes
                   for r in row.open_recommendations)


def test_constructed_case_highlight_comes_and_goes(ctx: Context) -> None:
    people(ctx, "Kwame Asante", "Priya Raman")
    first = exercise(ctx, "Exercise One", date(2025, 1, 10))
    second = exercise(ctx, "Exercise Two", date(2025, 6, 10))
    third = exercise(ctx, "Exercise Three", date(2026, 2, 10))
    debrief = exercises.add_debrief(ctx, first, "hot", date(2025, 1, 10))
    exercises.add_observation(ctx, debrief.id, "improvement", "Fuel cards missing", "fuel, power")
    lesson = lessons.add_lesson(ctx, second, "Fuel priority is not agreed", ["Fuel"])
    by_name = {r.name: r for r in lessons.recurring_themes(ctx)}
    assert by_name["fuel"].highlight and by_name["fuel"].events == ("Exercise One", "Exercise Two")
    assert not by_name["power"].highlight  # one event only
    assert by_name["fuel"].open_recommendations == ()

    rec = lessons.add_recommendation(ctx, lesson, "Agree essential user status", "Priya Raman", date(2025, 9, 30))
    assert len(lessons.recurring_themes(ctx)[0].open_recommendations) == 1
    lessons.move_recommendation(ctx, rec, None, "in_progress")
    lessons.move_recommendation(ctx, rec, None, "implemented", evidence="Letters of authority issued")
    assert {r.name: r for r in lessons.recurring_themes(ctx)}["fuel"].highlight  # implemented is not embedded
    lessons.move_recommendation(ctx, rec, None, "embedded", verified_by=third)
    fuel = {r.name: r for r in lessons.recurring_themes(ctx)}["fuel"]
    assert not fuel.highlight and fuel.embedded == 1 and fuel.open_recommendations == ()


# --- the post-exercise report ------------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_report_text_has_name_ratings_observations_and_owners(demo_ctx: Context, tmp_path: Path) -> None:
    oak = lessons.find_event(demo_ctx, "Exercise Mighty Oak")
    debrief = exercises.add_debrief(demo_ctx, oak, "hot", date(2023, 3, 22), "Kwame Asante")
    exercises.add_observation(demo_ctx, debrief.id, "notable_practice", "Loggist kept a paper decision log",
                              "communications")
    report = lessons.exercise_report(demo_ctx, "Exercise Mighty Oak")
    path = exercise_report_pdf(report, tmp_path / "oak.pdf", NOW)
    text = " ".join(pdf_text(path).split())
    assert "Post-exercise report: Exercise Mighty Oak" in text
    for objective in report.objectives:
        assert objective.rating is not None
    assert "Partially met" in text and "Not met" in text and "Met" in text
    assert "Loggist kept a paper decision log" in text and "Notable practice" in text
    for owner in {r.owner for r in report.recommendations}:
        assert owner in text
    assert "Neil Harcourt" in text and "Page 1 of" in text


# --- command line ------------------------------------------------------------------------------------------------


def test_cli_lessons_themes_and_list(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    target = demo_db.target
    assert bcm_main(["lessons", "themes", "--format", "json", "--db", target]) == 0
    themes = json.loads(capsys.readouterr().out)
    assert {t["theme"] for t in themes if t["highlight"]} == expected_highlights(demo_db)
    assert all({"theme", "events", "event_count", "open_recommendations", "embedded", "highlight"} <= set(t)
               for t in themes)
    assert bcm_main(["lessons", "themes", "--db", target]) == 0
    assert "RECURRING" in capsys.readouterr().out
    assert bcm_main(["lessons", "list", "--status", "embedded", "--format", "json", "--db", target]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["status"] == "embedded" for r in rows)
    assert all({"event", "lesson", "recommendation", "owner", "due", "status", "themes"} <= set(r) for r in rows)
