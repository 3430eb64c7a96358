"""`bcm import lessons`: what `bcm export lessons` writes imports back to the same data in every format; lessons and
recommendations are matched and updated, never duplicated; the lifecycle and every other problem are named by row,
column and value, with nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bcm.context import Context
from bcm.database import Database
from bcm.errors import ValidationError
from bcm.lesson_views import LessonRow
from bcm.services.imports import COLUMNS, LESSON_COLUMNS
from bcm.services.imports_lessons import import_lessons
from bcm.services.lessons import list_lessons
from bcm.services.table_exports import export_table
from db.models import AuditEntry, Lesson, LessonTheme, Person, Recommendation, Theme
from exports.spreadsheets.reader import read_sheet
from exports.spreadsheets.writer import write_table
from ui.cli.main import main as bcm_main

HEADERS = tuple(LESSON_COLUMNS.names)


def sheet(path: Path) -> Any:
    return read_sheet(path, COLUMNS["lessons"])


def exported(ctx: Context) -> list[dict[str, Any]]:
    return export_table(ctx, "lessons").records()


def write(path: Path, records: list[dict[str, Any]], fmt: str = "csv") -> Path:
    return write_table(path, fmt, "Lessons", HEADERS, [tuple(r.get(h) for h in HEADERS) for r in records])


def counts(ctx: Context) -> dict[str, int]:
    with ctx.reading() as session:
        found = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
                 for m in (Lesson, LessonTheme, Recommendation, Theme, Person, AuditEntry)}
        found["versions"] = session.scalar(select(func.sum(Recommendation.version))) or 0
        return found


def problems_of(caught: pytest.ExceptionInfo[ValidationError]) -> dict[tuple[int | None, str, str], str]:
    return {(p.row, p.field, str(p.value)): p.message for p in caught.value.problems}


def one(records: list[dict[str, Any]], status: str, **where: Any) -> dict[str, Any]:
    return next(r for r in records if r["status"] == status and all(r[k] == v for k, v in where.items()))


def row_of(ctx: Context, recommendation: str) -> LessonRow:
    return next(r for r in list_lessons(ctx) if r.recommendation == recommendation)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_round_trip_into_the_same_database_changes_nothing(demo_ctx: Context, tmp_path: Path, fmt: str) -> None:
    table = export_table(demo_ctx, "lessons")
    path = write_table(tmp_path / f"lessons.{fmt}", fmt, table.title, table.headers, table.rows)
    before, shown = counts(demo_ctx), list_lessons(demo_ctx)
    summary = import_lessons(demo_ctx, sheet(path))
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (len(table.rows), 0, 0,
                                                                                  len(table.rows))
    assert summary.new_people == () and summary.ignored_columns == ("overdue",)
    assert counts(demo_ctx) == before
    assert list_lessons(demo_ctx) == shown


def test_updates_match_lessons_and_recommendations(demo_ctx: Context, tmp_path: Path) -> None:
    records = exported(demo_ctx)
    moving = one(records, "in_progress", event="Fuel supply crisis")
    skipping = one(records, "identified")
    back = one(records, "implemented", event="Exercise Lemur")
    lessons_before = counts(demo_ctx)["lessons"]
    rows = [
        moving | {"status": "Implemented", "evidence": "Assessment sent to DLUHC, May 2023", "owner": "Zara New",
                  "recommendation": moving["recommendation"].upper()},
        skipping | {"status": "implemented", "evidence": "Assumption added to the OCMP, v5"},
        back | {"status": "in progress"},
        back | {"recommendation": "Test the pre-scripted messages at the next power exercise", "owner": "Kwame Asante",
                "due": date(2027, 3, 31), "status": "", "evidence": "", "plan": "", "risk": ""},
        {"event": "exercise lemur", "lesson": "Generators need a fuel contract", "themes": "Power, Generators"},
    ]
    summary = import_lessons(demo_ctx, sheet(write(tmp_path / "l.csv", rows)))
    assert (summary.created, summary.updated, summary.unchanged, summary.new_people) == (2, 3, 0, ("Zara New",))
    moved = row_of(demo_ctx, moving["recommendation"])
    assert (moved.status, moved.owner, moved.evidence) == ("implemented", "Zara New",
                                                           "Assessment sent to DLUHC, May 2023")
    assert row_of(demo_ctx, skipping["recommendation"]).status == "implemented"
    assert row_of(demo_ctx, back["recommendation"]).status == "in_progress"
    added = row_of(demo_ctx, "Test the pre-scripted messages at the next power exercise")
    assert (added.lesson, added.status, added.due, added.themes) == (back["lesson"], "identified", date(2027, 3, 31),
                                                                     tuple(back["themes"].split("; ")))
    lesson = next(r for r in list_lessons(demo_ctx) if r.lesson == "Generators need a fuel contract")
    assert (lesson.event, lesson.recommendation_id, lesson.themes) == ("Exercise Lemur", None, ("generators", "power"))
    assert counts(demo_ctx)["lessons"] == lessons_before + 1
    with demo_ctx.reading() as session:
        audited = {(a.table_name, a.action, a.field, a.old_value, a.new_value) for a in session.scalars(
            select(AuditEntry).where(AuditEntry.user_name == "tester"))}
    assert {("recommendations", "update", "status", "in_progress", "implemented"),
            ("recommendations", "update", "status", "implemented", "in_progress"),
            ("recommendations", "create", None, None, None), ("lessons", "create", None, None, None),
            ("themes", "create", None, None, None), ("people", "create", None, None, None)} <= audited
    again = import_lessons(demo_ctx, sheet(write(tmp_path / "l.csv", rows)))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)


def test_themes_are_set_as_the_file_gives_them(demo_ctx: Context, tmp_path: Path) -> None:
    records = exported(demo_ctx)
    target = one(records, "implemented", event="Exercise Lemur")
    same_lesson = [r for r in records if r["lesson"] == target["lesson"]]
    assert target["themes"] == "communications; power"
    dropped = import_lessons(demo_ctx, sheet(write(tmp_path / "t.csv", [r | {"themes": "Power"} for r in same_lesson])))
    assert (dropped.updated, dropped.unchanged) == (1, len(same_lesson) - 1)
    assert row_of(demo_ctx, target["recommendation"]).themes == ("power",)
    links = counts(demo_ctx)["lesson_themes"]
    restored = import_lessons(demo_ctx, sheet(write(tmp_path / "t2.csv", same_lesson)))
    assert restored.updated == 1
    assert row_of(demo_ctx, target["recommendation"]).themes == ("communications", "power")
    assert counts(demo_ctx)["lesson_themes"] == links  # the removed link is put back, not written twice


def test_every_problem_is_named_and_nothing_is_written(demo_ctx: Context, tmp_path: Path) -> None:
    records = exported(demo_ctx)
    embedded = one(records, "embedded", event="Exercise Lemur")
    in_progress = one(records, "in_progress", event="Fuel supply crisis")
    implemented = one(records, "implemented", event="Storms Eunice and Franklin")
    identified = one(records, "identified", event="Exercise Lemur")
    rows = [
        embedded | {"status": "in_progress"},  # 2
        in_progress | {"status": "identified"},  # 3
        implemented | {"evidence": ""},  # 4
        identified | {"status": "embedded", "evidence": "Done", "verified_by": "Fuel supply crisis"},  # 5
        identified | {"recommendation": "Another one", "status": "embedded", "evidence": "Done", "verified_by": "",
                      "owner": "", "due": None},  # 6
        {"event": "Exercise Nowhere", "lesson": "Something", "recommendation": "Do it", "owner": "Ann",
         "due": "31/12/2026", "verified_by": "Exercise Elsewhere"},  # 7
        {"event": "Fuel supply crisis", "event_kind": "exercise", "lesson": "Something"},  # 8
        one(records, "implemented", event="Fuel supply crisis") | {"status": "maybe"},  # 9
        in_progress | {"recommendation": "Third", "verified_by": "Exercise Mighty Oak", "plan": "Nowhere",
                       "risk": "XX99", "themes": "fuel, staffing, other"},  # 10
        {"event": "Exercise Lemur", "lesson": "A lesson", "owner": "Ann", "status": "in progress"},  # 11
    ]
    path = write(tmp_path / "bad.csv", rows)
    before = counts(demo_ctx)
    with pytest.raises(ValidationError) as caught:
        import_lessons(demo_ctx, sheet(path))
    assert counts(demo_ctx) == before
    assert problems_of(caught) == {
        (2, "status", "in_progress"): "an embedded recommendation is final; if the lesson comes back, record it as a "
                                      "new lesson from the event where it recurred",
        (3, "status", "identified"): "cannot go back from in progress to identified",
        (4, "evidence", ""): "say what shows the recommendation is implemented (evidence is required)",
        (5, "verified_by", "Fuel supply crisis"): "took place on 24/09/2021, not after Exercise Lemur (16/11/2022) "
                                                  "where the lesson was identified: only a later exercise or incident "
                                                  "can show it embedded",
        (6, "owner", ""): "missing owner (every recommendation needs one)",
        (6, "due", ""): "missing due date (every recommendation needs one)",
        (7, "event", "Exercise Nowhere"): "no exercise or incident has this name (record the event first)",
        (7, "verified_by", "Exercise Elsewhere"): "no exercise or incident has this name (record the event first)",
        (8, "event", "Fuel supply crisis"): "no exercise has this name (record the event first)",
        (9, "status", "maybe"): "must be one of embedded, identified, implemented, in_progress",
        (10, "themes", "fuel, staffing, other"): "differ from row 3 for the same lesson (a lesson has one set of "
                                                 "themes)",
        (10, "plan", "Nowhere"): "no business continuity plan for a service of this name",
        (10, "risk", "XX99"): "no risk has this reference",
        (11, "recommendation", ""): "missing recommendation (the row gives an owner, due date, status or evidence, "
                                    "which belong to one)",
    }
    assert [p.row for p in caught.value.problems] == sorted(p.row or 0 for p in caught.value.problems)


def test_embedded_needs_a_verifying_event_and_nothing_else_names_one(demo_ctx: Context, tmp_path: Path) -> None:
    records = exported(demo_ctx)
    identified = one(records, "identified", event="Exercise Lemur")
    implemented = one(records, "implemented", event="Storms Eunice and Franklin")
    rows = [identified | {"status": "embedded", "evidence": "Done"},
            implemented | {"verified_by": "Exercise Mighty Oak"}]
    with pytest.raises(ValidationError) as caught:
        import_lessons(demo_ctx, sheet(write(tmp_path / "v.csv", rows)))
    assert problems_of(caught) == {
        (2, "verified_by", ""): "name the later exercise or incident that showed the recommendation embedded",
        (3, "verified_by", "Exercise Mighty Oak"): "only an embedded recommendation names the event that verified it "
                                                   "(this one is implemented)",
    }
    ok = [identified | {"status": "embedded", "evidence": "Done", "verified_by": "exercise mighty oak"}]
    assert import_lessons(demo_ctx, sheet(write(tmp_path / "ok.csv", ok))).updated == 1
    row = row_of(demo_ctx, identified["recommendation"])
    assert (row.status, row.evidence, row.verified_by) == ("embedded", "Done", "Exercise Mighty Oak")


def test_the_command_imports_lessons(demo_db: Database, demo_ctx: Context, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_db.target
    out = tmp_path / "lessons.json"
    assert bcm_main(["--db", db, "export", "lessons", "--out", str(out)]) == 0
    rows = len(exported(demo_ctx))
    assert capsys.readouterr().out.strip() == f"exported {rows} lessons to {out} (json)"
    assert bcm_main(["--db", db, "import", "lessons", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"imported {rows} lessons (0 new, 0 updated, {rows} unchanged) into ")
    bad = write(tmp_path / "bad.csv", [{"event": "Exercise Nowhere", "lesson": "x"}])
    assert bcm_main(["--db", db, "import", "lessons", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{bad}: row 2, event, 'Exercise Nowhere': no exercise or incident has this name (record the event " \
           "first)" in err
    assert err[-1] == f"bcm: {bad}: 1 problem; nothing was imported"


# --- fuzzing --------------------------------------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n,;\"'"), max_size=10)


def _mostly(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """Good values nine times in ten (so that some files import), else a bad one or any text."""
    other = st.sampled_from(bad) | _text if bad else _text
    return st.integers(0, 9).flatmap(lambda i: st.sampled_from(good) if i else other)


_fuzz_row = st.fixed_dictionaries({
    "event": _mostly(["Exercise Lemur", "exercise mighty oak", "Fuel supply crisis"], ["", "X"]),
    "event_kind": _mostly([""], ["exercise", "incident", "drill"]),
    "lesson": _mostly(["A lesson", "a  LESSON", "Another lesson"], [""]),
    "recommendation": _mostly(["Do it", "do it", "", "Do more"], []),
    "owner": _mostly(["Kwame Asante", "New Person"], [""]),
    "due": _mostly(["31/12/2027", "2027-01-01"], ["", "31/02/2027", "soon"]),
    "status": _mostly(["", "identified", "in progress", "implemented"], ["embedded", "maybe"]),
    "themes": _mostly(["", "fuel", "power; staffing"], ["x" * 61]),
    "evidence": _mostly(["Done", ""], []),
    "verified_by": _mostly([""], ["Exercise Mighty Oak", "Storms Eunice and Franklin", "Nowhere"]),
    "plan": _mostly(["", "AMHP Service"], ["Nowhere"]),
    "risk": _mostly(["", "AH0011"], ["XX1"]),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_fuzz_row, min_size=1, max_size=5))
def test_fuzzed_files_import_whole_or_fail_naming_rows(demo_ctx: Context, tmp_path: Path,
                                                       rows: list[dict[str, str]]) -> None:
    path = write(tmp_path / "fuzz.csv", rows)  # type: ignore[arg-type]
    before = counts(demo_ctx)
    try:
        summary = import_lessons(demo_ctx, sheet(path))
    except ValidationError as exc:
        assert exc.problems
        assert all(p.row is not None and 2 <= p.row <= len(rows) + 1 and p.field for p in exc.problems), exc.problems
        assert counts(demo_ctx) == before
        return
    assert summary.created + summary.updated + summary.unchanged == summary.rows
