"""`bcm export plans` and `bcm import plans`: the business impact analysis as one row per critical activity, round
trips in every format (into the same database and a fresh one), updates that start a new draft, and every problem
named with nothing written."""

from __future__ import annotations

import csv
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.errors import ValidationError
from bcm.services import plan_editing as pe
from bcm.services.imports import COLUMNS, IMPORTERS, PLAN_COLUMNS, import_services
from bcm.services.imports_plans import import_plans
from bcm.services.plan_detail import get_plan_detail
from bcm.services.plans import list_plans
from bcm.services.table_exports import export_table
from db.models import AuditEntry, CriticalActivity, Person, Plan, Service
from exports.spreadsheets.reader import read_sheet
from exports.spreadsheets.writer import write_table
from tests.conftest import fixed_clock
from ui.cli.main import main as bcm_main

HEADER = ["service", "plan_owner", "next_review", "activity", "priority", "rto_hours", "mtpd_hours", "minimum_staff"]


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def export(ctx: Context, kind: str, path: Path, fmt: str) -> Path:
    table = export_table(ctx, kind)
    return write_table(path, fmt, table.title, table.headers, table.rows)


def sheet(path: Path, kind: str = "plans") -> Any:
    return read_sheet(path, COLUMNS[kind])


def counts(ctx: Context) -> dict[str, int]:
    with ctx.reading() as session:
        found = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
                 for m in (Plan, CriticalActivity, Person, Service, AuditEntry)}
        found["versions"] = session.scalar(select(func.sum(Plan.version))) or 0
        found["activity_versions"] = session.scalar(select(func.sum(CriticalActivity.version))) or 0
        return found


def problems_of(caught: pytest.ExceptionInfo[ValidationError]) -> dict[tuple[int | None, str, str], str]:
    return {(p.row, p.field, str(p.value)): p.message for p in caught.value.problems}


def activities(ctx: Context) -> dict[str, list[dict[str, Any]]]:
    """Every plan's critical activities as the plan read-model gives them, ids left out."""
    found = {}
    for row in list_plans(ctx):
        if row.plan_id is not None:
            found[row.service] = [{k: v for k, v in asdict(a).items() if k != "id"}
                                  for a in get_plan_detail(ctx, row.service).activities]
    return found


def plan_heads(ctx: Context) -> dict[str, tuple[str, date | None]]:
    return {row.service: (row.owner, row.next_review) for row in list_plans(ctx) if row.plan_id is not None}


# --- round trips ----------------------------------------------------------------------------------------------------


def test_the_export_is_one_row_per_activity_and_a_row_for_a_plan_without_any(demo_ctx: Context) -> None:
    table = export_table(demo_ctx, "plans")
    assert table.headers == tuple(PLAN_COLUMNS.names)
    records = table.records()
    with demo_ctx.reading() as session:
        assert len(records) == session.scalar(select(func.count()).select_from(CriticalActivity))
    first = records[0]
    assert (first["service"], first["plan_status"], first["plan_owner"]) == ("AMHP Service", "approved",
                                                                            "Declan Forsythe")
    assert isinstance(first["rto_hours"], int) and first["rto_hours"] <= first["mtpd_hours"]  # type: ignore[operator]
    plan_id = pe.create_plan(demo_ctx, _service_without_plan(demo_ctx), owner="Declan Forsythe")
    assert plan_id is not None
    empty = [r for r in export_table(demo_ctx, "plans").records() if r["service"] == "Hospital Discharge Team"]
    assert len(empty) == 1
    assert empty[0]["plan_status"] == "draft" and empty[0]["activity"] is None and empty[0]["rto_hours"] is None


def _service_without_plan(ctx: Context) -> Any:
    with ctx.unit_of_work() as session:
        service = Service(name="Hospital Discharge Team", short_name="HDT", division="", locality="countywide",
                          manager_id=None, description="")
        session.add(service)
        session.flush()
        return service.id


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_round_trip_into_the_same_database_changes_nothing(demo_ctx: Context, tmp_path: Path, fmt: str) -> None:
    path = export(demo_ctx, "plans", tmp_path / f"plans.{fmt}", fmt)
    before, shown = counts(demo_ctx), activities(demo_ctx)
    summary = import_plans(demo_ctx, sheet(path))
    rows = len(export_table(demo_ctx, "plans").rows)
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (rows, 0, 0, rows)
    assert summary.new_people == () and summary.ignored_columns == ("plan_status", "plan_version")
    assert counts(demo_ctx) == before  # no audit entry, no version moved
    assert activities(demo_ctx) == shown


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_round_trip_into_a_fresh_database_gives_the_same_activities(demo_ctx: Context, tmp_path: Path,
                                                                    fmt: str) -> None:
    services_file = export(demo_ctx, "services", tmp_path / f"services.{fmt}", fmt)
    plans_file = export(demo_ctx, "plans", tmp_path / f"plans.{fmt}", fmt)
    fresh = open_database(str(tmp_path / "fresh.db"))
    try:
        ctx = Context(fresh.sessions, user="tester", clock=fixed_clock)
        import_services(ctx, sheet(services_file, "services"))
        rows = len(export_table(demo_ctx, "plans").rows)
        summary = import_plans(ctx, sheet(plans_file))
        assert (summary.created, summary.updated, summary.unchanged) == (rows, 0, 0)
        assert activities(ctx) == activities(demo_ctx)
        assert plan_heads(ctx) == plan_heads(demo_ctx)
        assert {(r.status, r.version) for r in list_plans(ctx)} == {("draft", "0.1")}  # a sign-off sets these
        again = import_plans(ctx, sheet(plans_file))
        assert (again.created, again.updated, again.unchanged) == (0, 0, rows)
    finally:
        fresh.close()


# --- updates --------------------------------------------------------------------------------------------------------


def test_an_update_to_an_approved_plan_starts_its_next_draft(demo_ctx: Context, tmp_path: Path) -> None:
    service = "AMHP Service"
    before = get_plan_detail(demo_ctx, service)
    assert (before.status, before.version) == ("approved", "2.1")
    first = before.activities[0]
    path = write_csv(tmp_path / "amhp.csv", [
        [*HEADER, "workarounds"],
        [service, "", "", first.name.upper(), first.priority, "90 min", "1 d", 7, "Duty mobile"],
        [service, "", "", "Brief the out of hours team", 4, 24, 72, 1, ""],
    ])
    summary = import_plans(demo_ctx, sheet(path))
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 0)
    after = get_plan_detail(demo_ctx, service)
    assert (after.status, after.version) == ("draft", "2.2")
    changed = next(a for a in after.activities if a.id == first.id)
    assert (changed.name, changed.rto_hours, changed.mtpd_hours, changed.minimum_staff, changed.workarounds) == (
        first.name, 1.5, 24.0, 7, "Duty mobile")
    assert changed.description == first.description  # a column the file does not have is left as it is
    added = next(a for a in after.activities if a.name == "Brief the out of hours team")
    assert (added.priority, added.rto_hours, added.mtpd_hours, added.minimum_service_level) == (4, 24, 72, "")
    with demo_ctx.reading() as session:
        audited = {(a.table_name, a.action, a.field, a.old_value, a.new_value) for a in session.scalars(
            select(AuditEntry).where(AuditEntry.record_label.like(f"Plan: {service}%"),
                                     AuditEntry.user_name == "tester"))}
    assert {("critical_activities", "update", "rto_hours", "2.0", "1.5"),
            ("critical_activities", "update", "minimum_staff", "6", "7"),
            ("critical_activities", "create", None, None, None),
            ("plans", "update", "status", "approved", "draft"),
            ("plans", "update", "current_version", "2.1", "2.2")} <= audited


def test_a_new_review_date_alone_keeps_the_plan_approved(demo_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "review.csv", [["service", "next_review"], ["amhp  service", "30/06/2027"]])
    summary = import_plans(demo_ctx, sheet(path))
    assert (summary.created, summary.updated) == (0, 1)
    detail = get_plan_detail(demo_ctx, "AMHP Service")
    assert (detail.status, detail.version, detail.next_review) == ("approved", "2.1", date(2027, 6, 30))
    owner = write_csv(tmp_path / "owner.csv", [["Service Name", "Plan Owner"], ["AMHP Service", "New Lead"]])
    summary = import_plans(demo_ctx, sheet(owner))
    assert (summary.updated, summary.new_people) == (1, ("New Lead",))
    detail = get_plan_detail(demo_ctx, "AMHP Service")
    assert (detail.owner, detail.status, detail.version) == ("New Lead", "draft", "2.2")


def test_a_service_without_a_plan_gets_a_draft_and_aliases_are_understood(demo_ctx: Context, tmp_path: Path) -> None:
    _service_without_plan(demo_ctx)
    path = write_csv(tmp_path / "bia.csv", [
        ["Business impact analysis - Hospital Discharge Team"],
        [],
        ["Service", "Critical Activity", "Priority", "RTO", "MTPD", "Min Staff", "MSL", "Workaround", "Owner",
         "Review Date", "Comments"],
        ["HDT", "Discharge assessments", "1", "4h", "2 d", "3", "Urgent discharges only", "Trusted assessor",
         "Ola Nwosu", "01/04/2027", "ignored"],
        ["Hospital Discharge Team", "Brokerage", "2", "1 d", "1 week", "", "", "", "", "", ""],
    ])
    summary = import_plans(demo_ctx, sheet(path))
    assert (summary.created, summary.updated, summary.new_people, summary.ignored_columns) == (
        2, 0, ("Ola Nwosu",), ("Comments",))
    detail = get_plan_detail(demo_ctx, "Hospital Discharge Team")
    assert (detail.status, detail.version, detail.owner, detail.next_review) == ("draft", "0.1", "Ola Nwosu",
                                                                                 date(2027, 4, 1))
    assert [(a.name, a.priority, a.rto_hours, a.mtpd_hours, a.minimum_staff) for a in detail.activities] == [
        ("Discharge assessments", 1, 4, 48, 3), ("Brokerage", 2, 24, 168, 0)]


def test_a_plan_row_without_activities_creates_the_plan(demo_ctx: Context, tmp_path: Path) -> None:
    _service_without_plan(demo_ctx)
    path = write_csv(tmp_path / "p.csv", [["service", "plan_owner", "activity"], ["Hospital Discharge Team", "", ""]])
    assert import_plans(demo_ctx, sheet(path), dry_run=True).created == 1
    assert pe.plan_id_for_service(demo_ctx, "Hospital Discharge Team") is None
    summary = import_plans(demo_ctx, sheet(path))
    assert (summary.created, summary.rows) == (1, 1)
    assert get_plan_detail(demo_ctx, "Hospital Discharge Team").activities == ()
    assert import_plans(demo_ctx, sheet(path)).unchanged == 1


# --- problems -------------------------------------------------------------------------------------------------------


def test_every_problem_is_named_and_nothing_is_written(demo_ctx: Context, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [
        HEADER,
        ["AMHP Service", "", "", "Respond to requests", 1, 24, 8, 1],
        ["Nowhere Service", "", "", "Something", 1, 1, 2, 0],
        ["AMHP Service", "", "", "Triage", 0, "soon", 0, -1],
        ["AMHP Service", "", "31/02/2027", "", 2, "", "", ""],
        ["", "", "", "Orphan", 1, 1, 1, 0],
        ["AMHP Service", "Ann", "", "Respond to requests", 1, 2, 8, 1],
        ["AMHP Service", "Bo", "", "Second", 1.5, 2, 8, 1],
    ])
    before = counts(demo_ctx)
    with pytest.raises(ValidationError) as caught:
        import_plans(demo_ctx, sheet(path))
    assert counts(demo_ctx) == before
    assert problems_of(caught) == {
        (2, "rto_hours", "24"): "is longer than the MTPD (8 h): the service would fail before it recovers",
        (3, "service", "Nowhere Service"): "no service has this name (import the services first)",
        (4, "priority", "0"): "must be a whole number, 1 for the most critical",
        (4, "rto_hours", "soon"): "is not a time: give hours (e.g. 4) or days (e.g. 2 d) or weeks",
        (4, "mtpd_hours", "0"): "must be more than 0 hours",
        (4, "minimum_staff", "-1"): "must be a whole number, 0 or more",
        (5, "next_review", "31/02/2027"): "no such date",
        (5, "activity", ""): "missing activity (the row gives recovery details for one)",
        (6, "service", ""): "missing service",
        (7, "activity", "Respond to requests"): "an activity of this service repeated in the file (first on row 2)",
        (8, "plan_owner", "Bo"): "differs from row 7 (a plan has one owner)",
        (8, "priority", "1.5"): "must be a whole number, 1 for the most critical",
    }
    assert [p.row for p in caught.value.problems] == sorted(p.row or 0 for p in caught.value.problems)


def test_rto_is_checked_against_the_mtpd_the_activity_keeps(demo_ctx: Context, tmp_path: Path) -> None:
    first = get_plan_detail(demo_ctx, "AMHP Service").activities[0]
    path = write_csv(tmp_path / "rto.csv", [["service", "activity", "rto_hours"],
                                            ["AMHP Service", first.name, first.mtpd_hours + 1]])
    with pytest.raises(ValidationError) as caught:
        import_plans(demo_ctx, sheet(path))
    assert "is longer than the MTPD (8 h)" in caught.value.problems[0].message
    new = write_csv(tmp_path / "new.csv", [["service", "activity", "rto_hours"], ["AMHP Service", "New thing", 4]])
    with pytest.raises(ValidationError) as caught:
        import_plans(demo_ctx, sheet(new))
    assert problems_of(caught) == {
        (2, "mtpd_hours", ""): "the file has no mtpd_hours column: a new critical activity needs its MTPD"}


def test_the_command_exports_and_imports_plans(demo_db: Database, demo_ctx: Context, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_db.target
    out = tmp_path / "plans.xlsx"
    assert bcm_main(["--db", db, "export", "plans", "--out", str(out)]) == 0
    rows = len(export_table(demo_ctx, "plans").rows)
    assert capsys.readouterr().out.strip() == f"exported {rows} plan rows to {out} (xlsx)"
    assert bcm_main(["--db", db, "import", "plans", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"dry run: {rows} plan rows checked, no problems; importing would give 0 new, "
                                 f"0 updated, {rows} unchanged into AMHP Service, ")
    assert printed[-1] == "columns not imported: plan_status, plan_version"
    bad = write_csv(tmp_path / "bad.csv", [["service", "activity", "rto_hours", "mtpd_hours"],
                                           ["AMHP Service", "Triage", 12, 4]])
    assert bcm_main(["--db", db, "import", "plans", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{bad}: row 2, rto_hours, '12': is longer than the MTPD (4 h): the service would fail before it " \
           "recovers" in err
    assert IMPORTERS["plans"] is not import_plans and "plans" in COLUMNS  # registered, loaded on first use


# --- fuzzing --------------------------------------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n,;\"'"), max_size=10)


def _mostly(good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """Good values nine times in ten (so that some files import), else a bad one or any text."""
    other = st.sampled_from(bad) | _text if bad else _text
    return st.integers(0, 9).flatmap(lambda i: st.sampled_from(good) if i else other)


_hours = _mostly(["1", "2.5", "4 h", "1 d", "90 min", "1 week", "400"], ["", "0", "-1", "soon", "1e3", "nan", "inf"])
_fuzz_row = st.fixed_dictionaries({
    "service": _mostly(["AMHP Service", "amhp service", "KEaH"], ["Nowhere", ""]),
    "plan_owner": _mostly(["", "Declan Forsythe", "Ann"], []),
    "next_review": _mostly(["", "31/12/2027", "2027-01-01"], ["31/02/2027", "soon"]),
    "activity": _mostly(["Triage", "triage ", "", "Respond to requests for Mental Health Act assessments"], []),
    "priority": _mostly(["", "1", "2"], ["0", "-1", "1.5"]),
    "rto_hours": _hours, "mtpd_hours": _hours,
    "minimum_staff": _mostly(["", "0", "3"], ["-1", "2.5"]),
    "workarounds": _text,
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_fuzz_row, min_size=1, max_size=5))
def test_fuzzed_files_import_whole_or_fail_naming_rows(demo_ctx: Context, tmp_path: Path,
                                                       rows: list[dict[str, str]]) -> None:
    header = list(rows[0])
    path = write_csv(tmp_path / "fuzz.csv", [header] + [[r[h] for h in header] for r in rows])
    before = counts(demo_ctx)
    try:
        summary = import_plans(demo_ctx, sheet(path))
    except ValidationError as exc:
        assert exc.problems
        assert all(p.row is not None and 2 <= p.row <= len(rows) + 1 and p.field for p in exc.problems), exc.problems
        assert counts(demo_ctx) == before
        return
    assert summary.created + summary.updated + summary.unchanged == summary.rows
    with demo_ctx.reading() as session:
        assert all(a.rto_hours <= a.mtpd_hours for a in session.scalars(select(CriticalActivity)))
