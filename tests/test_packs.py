"""Printed packs and the risk register report: the PDFs hold what a user needs (read back with pypdf), the gap rule,
the bulk readers, and the command line's refusals."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.errors import NotFoundError, ValidationError
from bcm.plan_detail_views import ActivityView, DependencyView
from bcm.plan_rules import gaps
from bcm.services import risks
from bcm.services.matrix import get_matrix
from bcm.services.plan_detail import disruption_pack, get_plan_detail
from bcm.services.plans import affected
from bcm.services.risk_report import risk_details, risk_report
from exports.pdf.disruption_pack import disruption_pack_pdf
from exports.pdf.risk_report import risk_report_pdf
from exports.pdf.service_pack import service_pack_pdf
from tests.conftest import NOW, fixed_clock

ASCH = "Adult Social Care and Health"
ASCH_REFS = ["AH0005", "AH0033", "AH0038", "AH0037", "AH0011", "AH0035"]


@dataclass(frozen=True)
class Pdf:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The text with every run of white space as one space (table cells wrap their lines)."""
        return " ".join(self.text.split())


def read_pdf(path: Path) -> Pdf:
    return Pdf(path, [page.extract_text() or "" for page in PdfReader(path).pages])


@pytest.fixture(scope="module")
def demo(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    copy = tmp_path_factory.mktemp("packs") / "demo.db"
    shutil.copy(demo_file, copy)
    db = open_database(str(copy))
    yield db
    db.close()


@pytest.fixture(scope="module")
def ctx(demo: Database) -> Context:
    return Context(demo.sessions, user="tester", clock=fixed_clock)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def keah_pdf(ctx: Context, out: Path) -> Pdf:
    return read_pdf(service_pack_pdf(get_plan_detail(ctx, "KEaH"), out / "keah.pdf", NOW))


@pytest.fixture(scope="module")
def power_pdf(ctx: Context, out: Path) -> Pdf:
    return read_pdf(disruption_pack_pdf(disruption_pack(ctx, "power"), out / "power.pdf", NOW))


@pytest.fixture(scope="module")
def asch_pdf(ctx: Context, out: Path) -> Pdf:
    return read_pdf(risk_report_pdf(risk_report(ctx, ASCH), out / "asch.pdf", NOW))


def assert_numbered(pdf: Pdf) -> None:
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Printed 23/11/2026" in page


# --- service grab pack ------------------------------------------------------------------------------------------


def test_service_pack_names_the_service_and_is_marked_on_every_page(keah_pdf: Pdf) -> None:
    assert len(keah_pdf.pages) >= 5
    assert "Kent Enablement at Home" in keah_pdf.pages[0]
    assert all("OFFICIAL-SENSITIVE" in page for page in keah_pdf.pages)
    assert_numbered(keah_pdf)
    assert "Plan v4.0" in keah_pdf.text


def test_service_pack_cover_holds_the_plan_facts(keah_pdf: Pdf) -> None:
    cover = " ".join(keah_pdf.pages[0].split())
    for fact in ("Plan version 4.0", "Approved", "Priya Natarajan", "Lauren Fairweather", "Rowan Ellery", "14/03/2026",
                 "14/03/2027", "19/11/2025"):
        assert fact in cover, fact


def test_service_pack_lists_activities_in_priority_and_rto_order(ctx: Context, keah_pdf: Pdf) -> None:
    plan = get_plan_detail(ctx, "KEaH")
    expected = sorted(plan.activities, key=lambda a: (a.priority, a.rto_hours))
    assert [a.name for a in plan.activities] == [a.name for a in expected]
    assert [a.rto_hours for a in expected] == sorted(a.rto_hours for a in expected)
    flat = keah_pdf.flat
    section = flat[flat.index("In priority order."):flat.index("4. Dependencies What")]
    positions = [section.index(a.name) for a in expected]
    assert positions == sorted(positions)
    assert "RTO" in section and "MTPD" in section and "Min staff" in section
    assert "4 h" in section and "7 days" in section  # RTOs as a reader says them
    assert "Emergency client report" in section  # workarounds


def test_service_pack_holds_the_invocation_cards_and_immediate_actions(keah_pdf: Pdf) -> None:
    flat = keah_pdf.flat
    assert "staffing below 75% of rostered hours" in flat
    assert "Capacity Manager on Call" in flat
    assert flat.count("Confirm which bases and patches are affected") == 2  # immediate actions and the full card
    assert "Back-record all paper entries on Mosaic" in flat  # a step beyond the first three: only in the card
    assert "Done at / by" in flat


def test_service_pack_contacts_carry_names_roles_and_phones(keah_pdf: Pdf) -> None:
    flat = keah_pdf.flat
    section = flat[flat.index("6. Call cascade and contacts Call in"):]
    for expected in ("Priya Natarajan", "Colin Baptiste", "Kwame Asante", "01632 960131", "07700 900131",
                     "07700 900631", "Starts the cascade"):
        assert expected in section, expected
    assert "Alternates not in the cascade" in section and "Sunita Varma" in section and "07700 900612" in section


def test_service_pack_flags_dependency_gaps(keah_pdf: Pdf) -> None:
    flat = keah_pdf.flat
    section = flat[flat.index("4. Dependencies What"):flat.index("5. Response cards Tick")]
    assert "Electronic call monitoring and rostering system" in section
    assert "GAP" in section and "3 gaps between dependency recovery times and activity RTOs" in section


def test_service_pack_ends_with_blank_ruled_log_sheets(keah_pdf: Pdf) -> None:
    sheets = [page for page in keah_pdf.pages if "Incident and decision log - sheet" in page]
    assert len(sheets) >= 2
    assert keah_pdf.pages[-1] is sheets[-1]
    for page in sheets:
        flat = " ".join(page.split())
        for column in ("Time of event", "Time logged", "Kind (I/D/A/C)", "Entry / decision and rationale",
                       "Initials"):
            assert column in flat
    assert "Staffing thresholds" in keah_pdf.text and "below 75%" in keah_pdf.text
    assert "Version history" in keah_pdf.text and "Home from Hospital Discharge to Assess" in keah_pdf.flat


@pytest.mark.parametrize("name", ["KEaH", "keah", "Kent Enablement at Home", "  kent   ENABLEMENT at home "])
def test_services_are_found_by_name_or_short_name_in_any_case(ctx: Context, name: str) -> None:
    assert get_plan_detail(ctx, name).service == "Kent Enablement at Home"


def test_an_unknown_service_is_refused_with_the_known_ones(ctx: Context) -> None:
    with pytest.raises(NotFoundError, match=r"no service called 'Nowhere'.*Kent Enablement at Home \(KEaH\)"):
        get_plan_detail(ctx, "Nowhere")


def test_plan_detail_reads_the_whole_plan(ctx: Context) -> None:
    plan = get_plan_detail(ctx, "County Placement Team")
    assert plan.review_overdue and plan.status == "review overdue"
    keah = get_plan_detail(ctx, "KEaH")
    assert [t.level for t in keah.thresholds] == ["amber", "red", "black"]
    assert [c.position for c in keah.cascade] == sorted(c.position for c in keah.cascade)
    assert keah.card("power") is not None and keah.card("cyber") is None
    assert [s.position for s in keah.cards[0].steps] == list(range(1, len(keah.cards[0].steps) + 1))
    assert [v.number for v in keah.versions] == ["1.0", "1.1", "2.0", "2.1", "3.0", "4.0"]
    assert {g.dependency for g in keah.gaps} == {"Electronic call monitoring and rostering system",
                                                 "Staff own vehicles (essential car users) and fuel"}


# --- disruption pack --------------------------------------------------------------------------------------------


def test_power_pack_covers_every_service_a_power_cut_hits(ctx: Context, power_pdf: Pdf) -> None:
    services = {a.service for a in affected(ctx, ["power"])}
    assert len(services) >= 3
    assert len(power_pdf.pages) >= 2
    for service in services:
        assert service in power_pdf.flat, service
    assert all("OFFICIAL-SENSITIVE" in page for page in power_pdf.pages)
    assert_numbered(power_pdf)


def test_power_pack_summary_is_in_recovery_time_order_then_each_service_card(ctx: Context, power_pdf: Pdf) -> None:
    rows = affected(ctx, ["power"])
    flat = power_pdf.flat
    summary = flat[flat.index("Critical activities, soonest recovery first"):]
    positions = [summary.index(f"{r.activity}") for r in rows[:6]]
    assert positions == sorted(positions)
    assert "Response card: Loss of power at a care home" in flat
    assert "Maintain safe 24-hour care for residents" in flat
    assert "Stuart Gillingham" in flat and "07700 900172" in flat  # In-house Residential's cascade


def test_an_unknown_disruption_type_is_refused(ctx: Context) -> None:
    with pytest.raises(ValidationError, match="known types: power, fuel"):
        disruption_pack(ctx, "volcano")


# --- risk register report ---------------------------------------------------------------------------------------


def test_risk_report_holds_its_registers_risks_and_no_others(asch_pdf: Pdf) -> None:
    for ref in ASCH_REFS:
        assert ref in asch_pdf.text, ref
    assert "OPS0003" not in asch_pdf.text and "BR001" not in asch_pdf.text and "CRR0002 " not in asch_pdf.text
    assert_numbered(asch_pdf)
    assert "OFFICIAL-SENSITIVE" not in asch_pdf.text  # no personal phone numbers in it


def test_risk_report_heat_map_counts_equal_the_registers(ctx: Context, asch_pdf: Pdf) -> None:
    heat = risks.heatmap(ctx, ASCH)
    matrix = get_matrix(ctx)
    first = asch_pdf.pages[0]
    for level in reversed(matrix.likelihood):
        row = re.search(re.escape(f"{level.label} ({level.value})") + r"\s+" + r"\s+".join([r"(\d+)\s+(\w+)"] * 5),
                        first)
        assert row, level.label
        counts = [int(row.group(2 * i + 1)) for i in range(5)]
        bands = [row.group(2 * i + 2) for i in range(5)]
        assert counts == [heat.count(level.value, i.value) for i in matrix.impact]
        assert bands == [matrix.band(level.value, i.value).name for i in matrix.impact]


def test_risk_report_rag_summary_counts_by_band(ctx: Context, asch_pdf: Pdf) -> None:
    rows = risks.list_risks(ctx, ASCH, include_closed=False)
    flat = " ".join(asch_pdf.pages[0].split())
    for band in ("High", "Medium", "Low"):
        count = sum(r.band == band for r in rows)
        assert re.search(rf"{band} \d+-\d+ {count} ", flat), band
    assert f"Total {len(rows)} " in flat


def test_risk_report_prints_each_risk_in_full(ctx: Context, asch_pdf: Pdf) -> None:
    detail = risks.get_risk(ctx, risks.risk_id_by_ref(ctx, "AH0005"))
    flat = asch_pdf.flat
    block = flat[flat.index("AH0005 Continued pressures"):flat.index("AH0033 Adult Social Care Workforce Current")]
    assert detail.row.owner in block
    assert "Cause" in block and "Consequence" in block
    assert "Very Likely (5)" in block and "Serious (4)" in block and "Up from 16" in block
    assert "20 High" in block and "16 High" in block and "12 Medium" in block  # current, previous, target
    assert detail.controls[0].description[:40] in block
    assert detail.actions[0].owner in block and "OVERDUE" in block
    assert "Reviewed at DMT 07/07, agreed increase to likelihood" in block and "07/07/2021" in block
    assert "07/10/2021" in block  # next review


def test_all_registers_report_groups_risks_by_register(ctx: Context, out: Path) -> None:
    report = risk_report(ctx)
    assert [s.name for s in report.sections] == sorted(s.name for s in report.sections)
    assert report.overall is not None
    assert sum(s.total for s in report.sections) == sum(c.count for c in report.overall.cells)
    for section in report.sections:
        assert {d.row.register for d in section.details} <= {section.name}
        assert section.heatmap.cells == risks.heatmap(ctx, section.name).cells


def test_a_report_of_summaries_reads_no_risk_in_full_and_counts_as_the_full_one(
        ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    """Summaries only: the registers' rows are read, not every risk's controls, actions, comments and history (a
    county's, 0.7 GB); the counts, the changes and the closed risks are the full report's."""
    from bcm.services import risk_report as service

    full = risk_report(ctx)
    monkeypatch.setattr(service, "risk_details", lambda *_a, **_k: pytest.fail("read every risk in full"))
    summaries = risk_report(ctx, each_risk=False)
    assert not summaries.each_risk and all(not s.details for s in summaries.sections)
    for mine, theirs in zip(summaries.sections, full.sections, strict=True):
        assert mine.open == tuple(d.row for d in theirs.details) == theirs.open
        assert (mine.closed, mine.summary, mine.reviews_overdue, mine.actions_overdue) == \
            (theirs.closed, theirs.summary, theirs.reviews_overdue, theirs.actions_overdue)
    assert sum(s.actions_overdue for s in full.sections) == sum(
        a.overdue for s in full.sections for d in s.details for a in d.actions) > 0


def test_an_unknown_register_is_refused(ctx: Context) -> None:
    with pytest.raises(NotFoundError, match="no risk register called 'Nowhere'"):
        risk_report(ctx, "Nowhere")


def test_bulk_risk_details_equal_get_risk(ctx: Context) -> None:
    bulk = risk_details(ctx, ASCH)
    assert sorted(d.row.ref for d in bulk) == sorted(ASCH_REFS)
    for detail in bulk:
        assert detail == risks.get_risk(ctx, detail.row.id)


def test_bulk_risk_details_run_a_fixed_number_of_queries(ctx: Context, demo: Database) -> None:
    """One query per table, however many risks: the whole database costs what one register costs."""
    def statements(register: str | None) -> int:
        seen: list[object] = []

        def count(*args: object) -> None:
            seen.append(args[2])

        event.listen(demo.engine, "before_cursor_execute", count)
        try:
            risk_details(ctx, register)
        finally:
            event.remove(demo.engine, "before_cursor_execute", count)
        return len(seen)

    assert len(risk_details(ctx)) > 20
    assert statements(None) == statements(ASCH) - 1  # less the lookup of the register by name
    assert statements(None) <= 12


# --- the gap rule -----------------------------------------------------------------------------------------------


def activity(name: str, rto: float, priority: int = 1) -> ActivityView:
    return ActivityView(id=uuid.uuid5(uuid.NAMESPACE_OID, name), name=name, priority=priority, rto_hours=rto,
                        mtpd_hours=rto * 4)


def needs(name: str, recovery: float | None, *activities: ActivityView, kind: str = "it_system") -> DependencyView:
    return DependencyView(id=uuid.uuid5(uuid.NAMESPACE_OID, "dep " + name), kind=kind, name=name,
                          recovery_hours=recovery, activity_ids=tuple(a.id for a in activities))


def test_a_dependency_slower_than_an_activitys_rto_is_a_gap() -> None:
    visits, reviews = activity("Visits", 4), activity("Reviews", 168)
    found = gaps([visits, reviews], [needs("Rostering", 12, visits, reviews)])
    assert [(g.dependency, g.activity, g.recovery_hours, g.rto_hours) for g in found] == [
        ("Rostering", "Visits", 12, 4)]
    assert found[0].short_by_hours == 8


def test_recovery_equal_to_the_rto_is_not_a_gap() -> None:
    visits = activity("Visits", 4)
    assert gaps([visits], [needs("Phones", 4, visits)]) == []


def test_unknown_recovery_and_unlinked_dependencies_are_not_gaps() -> None:
    visits = activity("Visits", 4)
    stranger = activity("Another plan's activity", 1)
    assert gaps([visits], [needs("Mosaic", None, visits), needs("Fuel", 72), needs("Power", 12, stranger)]) == []


def test_gaps_are_ordered_by_rto_then_worst_shortfall() -> None:
    urgent, later = activity("Urgent", 2), activity("Later", 24)
    found = gaps([later, urgent], [needs("Fuel", 72, later, urgent, kind="vehicles_fuel"),
                                   needs("Mosaic", 48, urgent, later, urgent)])
    assert [(g.activity, g.dependency) for g in found] == [
        ("Urgent", "Fuel"), ("Urgent", "Mosaic"), ("Later", "Fuel"), ("Later", "Mosaic")]


# --- the command line -------------------------------------------------------------------------------------------


def bcm(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli.main", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def demo_copy(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("cli-packs") / "demo.db"
    shutil.copy(demo_file, copy)
    return copy


def test_cli_writes_a_service_pack(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "packs" / "keah.pdf"
    result = bcm("pack", "service", "KEaH", "--out", str(target), db=demo_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {target}"
    assert len(PdfReader(target).pages) >= 5
    assert not list(target.parent.glob("*.partial"))


def test_cli_writes_the_risk_report_for_one_register(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "risks.pdf"
    result = bcm("report", "risks", "--register", "operations", "--out", str(target), db=demo_copy)
    assert result.returncode == 0, result.stderr
    text = read_pdf(target).text
    assert "OPS0003" in text and "AH0005" not in text


def test_cli_prints_every_registers_summaries_without_a_page_for_each_risk(demo_copy: Path, tmp_path: Path) -> None:
    """The committee's summary of every register: counts, heat maps and changes, not a page for each risk (a county's
    every register is 145,000 pages in full)."""
    full, summaries = tmp_path / "full.pdf", tmp_path / "summaries.pdf"
    assert bcm("report", "risks", "--out", str(full), db=demo_copy).returncode == 0
    result = bcm("report", "risks", "--summary", "--out", str(summaries), db=demo_copy)
    assert result.returncode == 0, result.stderr
    whole, short = read_pdf(full), read_pdf(summaries)
    assert "Summaries only" in short.text and "Summaries only" not in whole.text
    assert short.text.count("Risk event") == 0 < whole.text.count("Risk event")  # each risk's own page
    assert "OPS0003" in short.text and "AH0005" in short.text  # still in their registers' changes tables
    assert len(short.pages) < len(whole.pages) // 3


@pytest.mark.parametrize(("args", "message"), [
    (("pack", "service", "Nowhere"), "known services: AMHP Service (AMHP)"),
    (("pack", "disruption", "volcano"), "known types: power, fuel"),
])
def test_cli_refuses_unknown_names_with_exit_2(demo_copy: Path, tmp_path: Path, args: tuple[str, ...],
                                               message: str) -> None:
    target = tmp_path / "x.pdf"
    result = bcm(*args, "--out", str(target), db=demo_copy)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not target.exists()
