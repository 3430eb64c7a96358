"""`bcm exercises list`, `bcm lessons list`, `bcm lessons themes` and `bcm report exercise`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bcm.services.lessons import exercise_report, list_exercises, list_lessons, recurring_themes
from db.models.lessons import RECOMMENDATION_STATUSES
from ui.cli.output import emit, emit_json, table
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    exercises = sub.add_parser("exercises", help="exercises", parents=[common])
    exercises_sub = exercises.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = exercises_sub.add_parser("list", help="exercises with their objectives and open recommendations",
                                       parents=[common])
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=exercises_list)

    lessons = sub.add_parser("lessons", help="lessons and recommendations", parents=[common])
    lessons_sub = lessons.add_subparsers(dest="action", required=True, metavar="ACTION")
    lessons_list_parser = lessons_sub.add_parser("list", help="lessons with their recommendations, owners and dates",
                                                 parents=[common])
    lessons_list_parser.add_argument("--status", choices=RECOMMENDATION_STATUSES)
    lessons_list_parser.add_argument("--theme", metavar="THEME")
    lessons_list_parser.add_argument("--format", choices=("table", "json"), default="table")
    lessons_list_parser.set_defaults(handler=lessons_list)
    themes = lessons_sub.add_parser(
        "themes", parents=[common],
        help="recurring themes across exercises and incidents; flags a theme seen in two or more events with no "
             "embedded recommendation")
    themes.add_argument("--format", choices=("table", "json"), default="table")
    themes.set_defaults(handler=lessons_themes)


def add_reports(report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    exercise = report_sub.add_parser("exercise", help="post-exercise report (PDF)", parents=[common])
    exercise.add_argument("exercise", metavar="NAME_OR_ID")
    exercise.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    exercise.set_defaults(handler=report_exercise)


def exercises_list(rt: Runtime) -> int:
    rows = list_exercises(rt.ctx)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["Date", "Exercise", "Type", "Facilitator", "Objectives met", "Observations", "Open recs"],
               [(r.held_on, r.name, r.kind.replace("_", " ") + (" (multi-agency)" if r.multi_agency else ""),
                 r.facilitator, f"{r.objectives_met}/{r.objectives}", r.observations, r.open_recommendations)
                for r in rows]))
    return 0


def lessons_list(rt: Runtime) -> int:
    rows = list_lessons(rt.ctx, rt.args.status, rt.args.theme)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["Event", "Recommendation", "Owner", "Due", "Status", "Themes"],
               [(r.event, r.recommendation or r.lesson, r.owner, r.due,
                 r.status.replace("_", " ") + (" OVERDUE" if r.overdue else ""), ", ".join(r.themes))
                for r in rows], max_width=55))
    emit(f"{len(rows)} recommendations, {sum(r.overdue for r in rows)} overdue")
    return 0


def lessons_themes(rt: Runtime) -> int:
    rows = recurring_themes(rt.ctx)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["Flag", "Theme", "Events", "Open recs", "Overdue", "Implemented", "Embedded", "Where identified"],
               [("RECURRING" if r.highlight else "", r.name, len(r.events), len(r.open_recommendations), r.overdue,
                 r.implemented, r.embedded, "; ".join(r.events)) for r in rows], max_width=90))
    flagged = [r.name for r in rows if r.highlight]
    emit(f"{len(rows)} themes; " + (f"recurring with nothing embedded: {', '.join(flagged)}" if flagged
                                    else "none recurs without an embedded recommendation"))
    return 0


def report_exercise(rt: Runtime) -> int:
    from exports.pdf.exercise_report import exercise_report_pdf  # ReportLab: loaded by the commands that print
    report = exercise_report(rt.ctx, rt.args.exercise)
    path = exercise_report_pdf(report, rt.args.out, rt.ctx.now().astimezone())
    emit(f"wrote {path}")
    return 0
