"""Spreadsheet imports and exports: aliases, title rows, labels and UK dates, all-or-nothing with every problem named,
re-import as update with score history, fuzzing, round trips, the template."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bcm.context import Context
from bcm.database import open_database
from bcm.errors import ValidationError
from bcm.services import risks
from bcm.services.imports import (
    COLUMNS,
    RISK_COLUMNS,
    import_actions,
    import_people,
    import_risks,
    import_services,
)
from bcm.services.table_exports import export_table
from bcm.tabular import Sheet, normalise
from db.models import AuditEntry, Control, Person, Risk, RiskAction, RiskRegister, ScoreChange, Service
from exports.spreadsheets.reader import read_sheet
from exports.spreadsheets.template import write_template
from exports.spreadsheets.writer import write_table
from tests.conftest import fixed_clock

ALIASED_HEADER = ["Risk Ref", "Risk Register", "Risk Title and Event", "Source/Cause of Risk", "Effect", "Risk Owner",
                  "Current Likelihood", "Current Impact", "Target Likelihood", "Target Impact", "Last Review date",
                  "Next Review Date", "Controls", "Comments from JCAD"]


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def sheet(path: Path, kind: str = "risks") -> Sheet:
    return read_sheet(path, COLUMNS[kind])


def counts(ctx: Context) -> dict[str, int]:
    with ctx.reading() as session:
        return {m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
                for m in (Risk, Person, RiskRegister, AuditEntry, Control, ScoreChange, RiskAction, Service)}


def problems_of(caught: pytest.ExceptionInfo[ValidationError]) -> set[tuple[int | None, str, str]]:
    return {(p.row, p.field, str(p.value)) for p in caught.value.problems}


# --- columns, title rows, labels, dates -----------------------------------------------------------------------------


def test_aliases_never_name_two_columns() -> None:
    for columns in COLUMNS.values():
        columns.lookup()  # raises on a clash
    assert normalise("Source/Cause of Risk") == normalise("source cause of risk") == "sourcecauseofrisk"


def test_aliases_and_a_title_row_above_the_header(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jcad.csv", [
        ["Full Risk Register - Adult Social Care and Health", "", "", ""],
        ["Printed 29-Sep-2021", "", "", ""],
        [],
        ALIASED_HEADER,
        ["AH0005", "Adult Social Care and Health", "Major funding pressures", "Demand growth", "Overspend",
         "Dana  Whitfield", "Very Likely", "Serious (4)", "3", "4", "07/07/2021", "2021-10-31",
         "Monthly budget monitoring\n• Savings plan agreed by DMT\n", "ignored"],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["AH0011", "Adult Social Care and Health", "Workforce", "", "", "dana whitfield", "likely", "major", "", "",
         "1/9/21", "30/11/2021", "", ""],
    ])
    loaded = sheet(path)
    assert loaded.header_row == 4 and [r.number for r in loaded.rows] == [5, 7]
    summary = import_risks(ctx, loaded)
    assert (summary.created, summary.updated, summary.new_registers, summary.new_people) == (
        2, 0, ("Adult Social Care and Health",), ("Dana Whitfield",))
    assert summary.ignored_columns == ("Comments from JCAD",)
    rows = {r.ref: r for r in risks.list_risks(ctx)}
    first, second = rows["AH0005"], rows["AH0011"]
    assert (first.likelihood, first.impact, first.target_score, first.owner) == (5, 4, 12, "Dana Whitfield")
    assert (first.cause, first.consequence) == ("Demand growth", "Overspend")
    assert (first.last_review, first.next_review) == (date(2021, 7, 7), date(2021, 10, 31))
    assert (second.likelihood, second.impact, second.owner, second.last_review) == (4, 5, "Dana Whitfield",
                                                                                    date(2021, 9, 1))
    detail = risks.get_risk(ctx, first.id)
    assert [c.description for c in detail.controls] == ["Monthly budget monitoring", "Savings plan agreed by DMT"]
    assert [r.level for r in risks.list_registers(ctx)] == ["directorate"]
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1  # "dana whitfield" is the same person
        creates = session.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "create")).all()
    assert sorted(creates) == ["people", "risk_registers", "risks", "risks"]


def test_xlsx_with_a_title_row_real_dates_and_numbers(ctx: Context, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", [
        ["Operations risk register"],
        ["ID", "Risk Title", "Risk Owner", "Current Likelihood", "Current Impact", "Next Review", "Status"],
        ["OPS0003", "Winter pressures", "Ola Nwosu", 4.0, 4, datetime(2026, 12, 1), "Open"],
        ["OPS0005", "Fuel disruption", None, "Possible (3)", "Major (5)", date(2027, 1, 15), "closed"],
    ])
    summary = import_risks(ctx, sheet(path), register="Operations")
    assert (summary.created, summary.targets, summary.new_registers) == (2, ("Operations",), ("Operations",))
    rows = {r.ref: r for r in risks.list_risks(ctx)}
    assert (rows["OPS0003"].score, rows["OPS0003"].next_review) == (16, date(2026, 12, 1))
    assert (rows["OPS0005"].score, rows["OPS0005"].status, rows["OPS0005"].owner) == (15, "closed", "")


def test_xlsx_export_keeps_text_that_looks_like_a_formula(tmp_path: Path) -> None:
    headers = ("ref", "title", "next_review")
    path = write_table(tmp_path / "x.xlsx", "xlsx", "Risks", headers, [("R1", "=SUM(A1)\nsecond line",
                                                                      date(2027, 1, 2))])
    loaded = sheet(path)
    assert loaded.rows[0].values == ("R1", "=SUM(A1)\nsecond line", datetime(2027, 1, 2))


def test_a_file_with_no_register_column_needs_register(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["ref", "title", "likelihood", "impact"], ["R1", "A risk", 1, 1]])
    with pytest.raises(ValidationError) as caught:
        import_risks(ctx, sheet(path))
    assert problems_of(caught) == {(1, "register", "None")}
    assert "no register column" in str(caught.value)
    assert import_risks(ctx, sheet(path), register="Service risks").created == 1


def test_no_header_row_is_refused_with_the_expected_names(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["colour", "size"], ["red", "big"]])
    with pytest.raises(ValidationError, match=r"no header row found.*ref, register, title"):
        sheet(path)
    (tmp_path / "x.doc").write_text("x")
    with pytest.raises(ValidationError, match=r"cannot read \.doc"):
        read_sheet(tmp_path / "x.doc", RISK_COLUMNS)


# --- all or nothing -------------------------------------------------------------------------------------------------

BAD_ROWS = [
    ["Risk register export"],
    ["ref", "register", "title", "likelihood", "impact", "next_review", "last_review", "target_likelihood"],
    ["R1", "Ops", "Fine", "2", "3", "31/12/2026", "", ""],
    ["R2", "Ops", "", "7", "Catastrophic", "31/02/2027", "", ""],
    ["R3", "Ops", "Reviewed backwards", "Possible", "Serious (4)", "01/01/2026", "02/02/2026", "2"],
    ["R1", "Ops", "Again", "1", "1", "tomorrow", "", ""],
    ["", "Ops", "No reference", "Likely (3)", "1", "", "", ""],
]


def test_every_problem_is_named_and_nothing_is_written(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    before = counts(ctx)
    with pytest.raises(ValidationError) as caught:
        import_risks(ctx, sheet(path))
    assert counts(ctx) == before
    found = {(p.row, p.field, str(p.value)): p.message for p in caught.value.problems}
    assert found == {
        (4, "title", ""): "missing title",
        (4, "likelihood", "7"): "is off the scale (1 to 5)",
        (4, "impact", "Catastrophic"): "unknown label; known: Minor (1), Moderate (2), Significant (3), Serious (4), "
                                       "Major (5)",
        (4, "next_review", "31/02/2027"): "no such date",
        (5, "next_review", "01/01/2026"): "is before the last review",
        (5, "target_impact", ""): "is missing (give target likelihood and impact together)",
        (6, "ref", "R1"): "a reference repeated in the file (first on row 3)",
        (6, "next_review", "tomorrow"): "is not a date (write it as dd/mm/yyyy or yyyy-mm-dd)",
        (7, "ref", ""): "missing reference",
        (7, "likelihood", "Likely (3)"): "the label and the number disagree (Possible is 3)",
    }
    assert [p.row for p in caught.value.problems] == sorted(p.row or 0 for p in caught.value.problems)


def test_a_repeated_reference_is_refused_even_in_another_case(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dup.csv", [["ref", "register", "title", "likelihood", "impact"],
                                            ["AH1", "R", "One", 1, 1], ["ah1", "R", "Two", 2, 2]])
    with pytest.raises(ValidationError) as caught:
        import_risks(ctx, sheet(path))
    assert problems_of(caught) == {(3, "ref", "ah1")}
    assert risks.list_risks(ctx) == []


def test_the_command_lists_every_problem_as_file_row_column_value_why(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD_ROWS)
    db = tmp_path / "cli.db"
    result = subprocess.run([sys.executable, "-m", "ui.cli.main", "--db", str(db), "import", "risks", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert f"{path}: row 4, likelihood, '7': is off the scale (1 to 5)" in lines
    assert f"{path}: row 6, ref, 'R1': a reference repeated in the file (first on row 3)" in lines
    assert f"{path}: row 4, next_review, '31/02/2027': no such date" in lines
    assert lines[-1] == f"bcm: {path}: 10 problems; nothing was imported"
    assert "Traceback" not in result.stderr


def test_dry_run_checks_and_writes_nothing(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ok.csv", [["ref", "register", "title", "owner", "likelihood", "impact"],
                                           ["R1", "Ops", "One", "New Person", 1, 1]])
    before = counts(ctx)
    summary = import_risks(ctx, sheet(path), dry_run=True)
    assert (summary.dry_run, summary.created, summary.new_people, summary.new_registers) == (
        True, 1, ("New Person",), ("Ops",))
    assert counts(ctx) == before


# --- re-import updates ----------------------------------------------------------------------------------------------


def test_reimport_updates_with_score_history_and_audit(ctx: Context, tmp_path: Path) -> None:
    header = ["ref", "register", "title", "owner", "likelihood", "impact", "target_likelihood", "target_impact",
              "status", "controls"]
    first = write_csv(tmp_path / "v1.csv", [header, ["AH1", "ASCH", "Funding", "Ann", 5, 4, 3, 4, "open", "A\nB"],
                                            ["AH2", "ASCH", "Workforce", "Ann", 3, 3, "", "", "open", ""]])
    import_risks(ctx, sheet(first))
    risk_id = risks.risk_id_by_ref(ctx, "AH1")
    version = risks.get_risk(ctx, risk_id).row.version
    second = write_csv(tmp_path / "v2.csv", [header, ["ah1", "ASCH", "Funding pressures", "Bo", 4, 4, 2, 4, "closed",
                                                      "B\nC"],
                                             ["AH2", "ASCH", "Workforce", "Ann", 3, 3, "", "", "open", ""]])
    summary = import_risks(ctx, sheet(second))
    assert (summary.created, summary.updated, summary.unchanged, summary.new_people) == (0, 1, 1, ("Bo",))
    detail = risks.get_risk(ctx, risk_id)
    row = detail.row
    assert (row.ref, row.title, row.owner, row.status, row.score, row.previous_score, row.trend) == (
        "AH1", "Funding pressures", "Bo", "closed", 16, 20, "down")
    assert row.target_score == 8 and row.version == version + 1
    assert [c.description for c in detail.controls] == ["B", "C"]
    assert {(h.kind, h.from_score, h.to_score, h.reason) for h in detail.history} == {
        ("current", (5, 4), (4, 4), "Imported from v2.csv"), ("target", (3, 4), (2, 4), "Imported from v2.csv")}
    with ctx.reading() as session:
        audited = {(a.field, a.old_value, a.new_value) for a in session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == risk_id, AuditEntry.action == "update"))}
    assert {("title", "Funding", "Funding pressures"), ("current_likelihood", "5", "4"), ("status", "open", "closed"),
            ("previous_likelihood", None, "5"), ("controls", "A\nB", "B\nC")} <= audited
    again = import_risks(ctx, sheet(second))
    assert (again.updated, again.unchanged) == (0, 2)


def test_columns_missing_from_the_file_are_left_as_they_are(ctx: Context, tmp_path: Path) -> None:
    full = write_csv(tmp_path / "full.csv", [["ref", "register", "title", "cause", "likelihood", "impact"],
                                             ["R1", "Ops", "Title", "A cause", 2, 2]])
    import_risks(ctx, sheet(full))
    slim = write_csv(tmp_path / "slim.csv", [["ref", "title", "likelihood", "impact"], ["R1", "Title", 3, 2]])
    assert import_risks(ctx, sheet(slim), register="Ops").updated == 1
    row = risks.list_risks(ctx)[0]
    assert (row.cause, row.score, row.register) == ("A cause", 6, "Ops")


# --- the other imports ----------------------------------------------------------------------------------------------


def test_people_import_matches_by_name_and_is_all_or_nothing(ctx: Context, tmp_path: Path) -> None:
    header = ["Full Name", "Job Title", "Team", "Work Phone", "Mobile", "Out of Hours", "E-mail", "On-call role"]
    path = write_csv(tmp_path / "people.csv", [header, ["Ann Lee", "Manager", "KEaH", "01632 960000", "07700 900000",
                                                        "07700 900001", "ann@example.org", "Silver (tactical)"]])
    assert import_people(ctx, sheet(path, "people")).created == 1
    update = write_csv(tmp_path / "people2.csv", [header, ["ann  LEE", "Head of Service", "KEaH", "01632 960000",
                                                           "07700 900000", "07700 900001", "ann@example.org", ""],
                                                  ["Bo Ray", "", "", "", "", "", "", ""]])
    summary = import_people(ctx, sheet(update, "people"))
    assert (summary.created, summary.updated) == (1, 1)
    with ctx.reading() as session:
        ann = session.scalars(select(Person).where(Person.name == "Ann Lee")).one()
        assert (ann.job_title, ann.on_call_role, ann.version) == ("Head of Service", "", 2)
    blank = ["", "", "", "", "", "", ""]
    bad = write_csv(tmp_path / "people3.csv", [header, ["Cy", "", "", "", "", "", "not an email", ""],
                                               ["", "Orphan", *blank[1:]], ["Cy", *blank]])
    before = counts(ctx)
    with pytest.raises(ValidationError) as caught:
        import_people(ctx, sheet(bad, "people"))
    assert problems_of(caught) == {(2, "E-mail", "not an email"), (3, "Full Name", ""), (4, "Full Name", "Cy")}
    assert counts(ctx) == before


def test_actions_import_needs_known_risks_and_updates_by_description(ctx: Context, tmp_path: Path) -> None:
    import_risks(ctx, sheet(write_csv(tmp_path / "r.csv", [["ref", "register", "title", "likelihood", "impact"],
                                                             ["AH1", "ASCH", "Funding", 4, 4]])))
    header = ["Risk Ref", "Action", "Action Owner", "Due Date", "Status"]
    path = write_csv(tmp_path / "a.csv", [header, ["AH1", "Savings plan", "Ann", "31/01/2026", "In progress"],
                                          ["AH1", "Lobby government", "", "", "Completed"]])
    assert import_actions(ctx, sheet(path, "actions")).created == 2
    detail = risks.get_risk(ctx, risks.risk_id_by_ref(ctx, "AH1"))
    assert {(a.description, a.owner, a.status, a.done_on) for a in detail.actions} == {
        ("Savings plan", "Ann", "in_progress", None), ("Lobby government", "", "done", date(2026, 11, 23))}
    assert detail.row.overdue_actions == 1
    again = write_csv(tmp_path / "a2.csv", [header, ["ah1", "savings  plan", "Ann", "31/03/2027", "open"]])
    assert import_actions(ctx, sheet(again, "actions")).updated == 1
    bad = write_csv(tmp_path / "a3.csv", [header, ["XX9", "Something", "", "", ""], ["AH1", "", "", "", "maybe"]])
    with pytest.raises(ValidationError) as caught:
        import_actions(ctx, sheet(bad, "actions"))
    assert problems_of(caught) == {(2, "Risk Ref", "XX9"), (3, "Action", ""), (3, "Status", "maybe")}


def test_services_import_creates_managers(ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["Service Name", "Short name", "Locality", "Manager"],
                                          ["Kent Enablement at Home", "KEaH", "north kent", "Priya N"]])
    summary = import_services(ctx, sheet(path, "services"))
    assert (summary.created, summary.new_people) == (1, ("Priya N",))
    bad = write_csv(tmp_path / "s2.csv", [["Service Name", "Locality"], ["AMHP", "Narnia"]])
    with pytest.raises(ValidationError, match="must be one of"):
        import_services(ctx, sheet(bad, "services"))


# --- fuzzing --------------------------------------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n,;\"'"), max_size=12)
_score = st.one_of(st.integers(-1, 7).map(str), st.sampled_from(["Very Likely", "serious (4)", "Major (2)", "4.0",
                                                                 "4.5", "", "Likely"]), _text)
_date = st.one_of(st.dates(date(1990, 1, 1), date(2040, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
                  st.dates().map(date.isoformat), st.sampled_from(["31/02/2026", "", "2026-13-40", "1/1/26"]), _text)
_row = st.fixed_dictionaries({
    "ref": st.one_of(st.sampled_from(["R1", "R2", "r1", "", " R3 "]), _text),
    "register": st.one_of(st.sampled_from(["Ops", "ASCH", ""]), _text),
    "title": _text, "owner": st.one_of(st.sampled_from(["Ann", "", "ann "]), _text),
    "likelihood": _score, "impact": _score, "target_likelihood": _score, "target_impact": _score,
    "status": st.sampled_from(["open", "Closed", "", "maybe"]), "last_review": _date, "next_review": _date,
    "controls": _text, "financial_exposure_m": st.sampled_from(["", "1.5", "£2m", "-1", "lots"]),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_row, min_size=1, max_size=6))
def test_fuzzed_files_import_whole_or_fail_naming_rows(ctx: Context, tmp_path: Path,
                                                       rows: list[dict[str, str]]) -> None:
    path = tmp_path / "fuzz.csv"
    header = list(rows[0])
    write_csv(path, [header] + [[r[h] for h in header] for r in rows])
    before = counts(ctx)
    try:
        summary = import_risks(ctx, sheet(path))
    except ValidationError as exc:
        assert exc.problems
        assert all(p.row is not None and 2 <= p.row <= len(rows) + 1 and p.field for p in exc.problems), exc.problems
        assert counts(ctx) == before
        return
    assert summary.created + summary.updated + summary.unchanged == summary.rows
    stored = {r.ref.casefold(): r for r in risks.list_risks(ctx)}
    for r in rows:
        if any(v.strip() for v in r.values()):
            assert stored[r["ref"].strip().casefold()].title == " ".join(r["title"].split())


# --- exports --------------------------------------------------------------------------------------------------------


def _comparable(ctx: Context) -> list[dict[str, Any]]:
    rows = []
    for row in risks.list_risks(ctx):
        detail = risks.get_risk(ctx, row.id)
        data = asdict(row) | {"controls": [c.description for c in detail.controls], "kind": detail.kind,
                              "treatment": detail.treatment, "exposure": detail.financial_exposure_m,
                              "escalated_to": detail.escalated_to,
                              "actions": sorted((a.description, a.owner, a.due_on, a.status, a.done_on)
                                                for a in detail.actions)}
        del data["id"], data["version"]
        rows.append(data)
    return rows


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_round_trip_export_then_import_gives_the_same_risks(demo_ctx: Context, tmp_path: Path, fmt: str) -> None:
    risks_file = tmp_path / f"risks.{fmt}"
    actions_file = tmp_path / f"actions.{fmt}"
    for kind, path in (("risks", risks_file), ("actions", actions_file)):
        table = export_table(demo_ctx, kind)
        write_table(path, fmt, table.title, table.headers, table.rows)
    fresh = open_database(str(tmp_path / "fresh.db"))
    try:
        ctx = Context(fresh.sessions, user="tester", clock=fixed_clock)
        assert import_risks(ctx, sheet(risks_file)).created == len(export_table(demo_ctx, "risks").rows)
        import_actions(ctx, sheet(actions_file, "actions"))
        assert _comparable(ctx) == _comparable(demo_ctx)
        assert import_risks(ctx, sheet(risks_file)).unchanged == len(export_table(demo_ctx, "risks").rows)
    finally:
        fresh.close()


def test_export_by_register_and_lessons(demo_ctx: Context, tmp_path: Path) -> None:
    table = export_table(demo_ctx, "risks", "Operations")
    assert sorted(r[0] for r in table.rows) == ["OPS0003", "OPS0005", "OPS0059"]
    lessons = export_table(demo_ctx, "lessons")
    path = write_table(tmp_path / "lessons.json", "json", lessons.title, lessons.headers, lessons.rows)
    data = json.loads(path.read_text())
    assert data and {"event", "lesson", "recommendation", "owner", "due", "status"} <= set(data[0])
    with pytest.raises(ValidationError):
        export_table(demo_ctx, "lessons", "Operations")


def test_template_has_canonical_headers_and_scale_dropdowns(ctx: Context, tmp_path: Path) -> None:
    from bcm.services.matrix import get_matrix

    path = write_template(tmp_path / "template.xlsx", RISK_COLUMNS, get_matrix(ctx))
    workbook = openpyxl.load_workbook(path)
    sheet_ = workbook["Risks"]
    assert [c.value for c in sheet_[1]] == RISK_COLUMNS.names
    lists = {str(dv.sqref): dv.formula1 for dv in sheet_.data_validations.dataValidation}
    assert lists["K2:K1001"] == '"Very Unlikely (1),Unlikely (2),Possible (3),Likely (4),Very Likely (5)"'
    assert lists["L2:L1001"] == '"Minor (1),Moderate (2),Significant (3),Serious (4),Major (5)"'
    assert lists["J2:J1001"] == '"open,closed"'
    # a filled-in template imports
    sheet_.append(["T1", "Ops", "From the template", None, None, None, None, None, None, None, "Likely (4)",
                   "Major (5)"])
    workbook.save(path)
    assert import_risks(ctx, sheet(path)).created == 1
