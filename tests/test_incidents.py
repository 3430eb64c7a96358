"""Incident mode: the recovery clock, the append-only JESIP log and its rules, sitreps, OPEL, stand down."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from bcm.context import Context
from bcm.errors import NotFoundError, ValidationError
from bcm.incident_rules import clock_state, staffing_rating
from bcm.services import incidents
from exports.pdf import styles
from exports.pdf.incident_report import incident_report_pdf
from tests.conftest import NOW

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def at(moment: datetime, ctx: Context) -> Context:
    return Context(ctx.sessions, user=ctx.user, clock=lambda: moment)


@pytest.fixture
def power_cut(demo_ctx: Context) -> uuid.UUID:
    services = incidents.suggested_services(demo_ctx, ["power"])
    start_ctx = at(T0, demo_ctx)
    return incidents.start_incident(start_ctx, "Power cut: Thanet", ["power"], "Kwame Asante", services[:3],
                                    opel_level=2)


def test_rto_clock_with_an_injected_clock() -> None:
    assert clock_state(T0, T0 + timedelta(hours=2), 4) == "within"
    assert clock_state(T0, T0 + timedelta(hours=3), 4) == "approaching"
    assert clock_state(T0, T0 + timedelta(hours=4), 4) == "approaching"
    assert clock_state(T0, T0 + timedelta(hours=4, minutes=1), 4) == "breached"


def test_suggested_services_come_from_the_plans(demo_ctx: Context) -> None:
    services = incidents.suggested_services(demo_ctx, ["power"])
    assert "In-house Residential Services" in services and "Kent Enablement at Home" in services


def test_detail_orders_activities_by_rto_and_warns(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    later = at(T0 + timedelta(hours=3), demo_ctx)
    detail = incidents.incident_detail(later, power_cut)
    rtos = [c.rto_hours for c in detail.clock]
    assert rtos == sorted(rtos) and detail.clock
    for row in detail.clock:
        assert row.state == clock_state(T0, T0 + timedelta(hours=3), row.rto_hours)
    assert any(c.state == "breached" for c in detail.clock) or any(c.state == "approaching" for c in detail.clock)
    assert detail.cards and all(card.disruption == "power" for card in detail.cards)
    assert detail.opel[0].level == 2


def test_decisions_need_rationale_and_late_entries_a_reason(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    incident_id = power_cut
    ctx = at(T0 + timedelta(hours=1), demo_ctx)
    with pytest.raises(ValidationError, match="rationale"):
        incidents.add_log_entry(ctx, incident_id, "decision", "Invoke the residential BCP")
    with pytest.raises(ValidationError, match="say why it is late"):
        incidents.add_log_entry(ctx, incident_id, "information", "Generator started",
                                event_at=T0 + timedelta(minutes=20))
    with pytest.raises(ValidationError, match="future"):
        incidents.add_log_entry(ctx, incident_id, "information", "x",
                                event_at=T0 + timedelta(hours=2))
    first = incidents.add_log_entry(ctx, incident_id, "decision", "Invoke the residential BCP",
                                    rationale="Three homes without power", author="Kwame Asante")
    second = incidents.add_log_entry(ctx, incident_id, "information", "Generator started",
                                     event_at=T0 + timedelta(minutes=20), late_reason="Loggist was on the phone")
    assert (first, second) == (1, 2)


def test_a_correction_points_at_the_entry_and_both_show(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    ctx = at(T0 + timedelta(minutes=30), demo_ctx)
    incidents.add_log_entry(ctx, power_cut, "information", "Power lost at Broadmeadow")
    detail = incidents.incident_detail(ctx, power_cut)
    wrong = detail.log[0]
    incidents.add_log_entry(ctx, power_cut, "information", "Correction: power lost at Wayfarers, not Broadmeadow",
                            corrects=wrong.id)
    detail = incidents.incident_detail(ctx, power_cut)
    assert detail.log[0].text == "Power lost at Broadmeadow"
    assert detail.log[1].corrects == 1 and detail.log[0].corrected_by == (2,)


def test_card_ticks_record_who_and_when(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    ctx = at(T0 + timedelta(minutes=10), demo_ctx)
    detail = incidents.incident_detail(ctx, power_cut)
    step = detail.cards[0].steps[0]
    incidents.tick_step(ctx, power_cut, step.id, "Megan Pryce")
    ticked = incidents.incident_detail(ctx, power_cut).cards[0].steps[0]
    assert ticked.ticked_by == "Megan Pryce" and ticked.ticked_at == T0 + timedelta(minutes=10)


def test_sitreps_are_rated_by_the_service_thresholds(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    ctx = at(T0 + timedelta(hours=1), demo_ctx)
    incidents.record_sitrep(ctx, power_cut, "Kent Enablement at Home", 72, "Two bases without power")
    incidents.record_sitrep(ctx, power_cut, "In-house Residential Services", 72)
    sitreps = incidents.incident_detail(ctx, power_cut).sitreps
    assert [s.rating for s in sitreps] == ["amber", "green"]  # KEaH: below 75% is amber; OPEL: 70%+ is green
    assert staffing_rating(30) == "black" and staffing_rating(45) == "red"
    with pytest.raises(ValidationError, match="between 0 and 100"):
        incidents.record_sitrep(ctx, power_cut, "Kent Enablement at Home", 120)


def test_opel_changes_and_stand_down_closes_the_log(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    ctx = at(T0 + timedelta(hours=2), demo_ctx)
    incidents.change_opel(ctx, power_cut, 3, "Two homes on generators, fuel low")
    with pytest.raises(ValidationError, match="say why"):
        incidents.change_opel(ctx, power_cut, 4, " ")
    incidents.stand_down(ctx, power_cut, "Power restored to all sites")
    with pytest.raises(ValidationError, match="stood down"):
        incidents.add_log_entry(ctx, power_cut, "information", "late news")
    incidents.add_closing_note(ctx, power_cut, "Debrief booked for 30/11")
    detail = incidents.incident_detail(ctx, power_cut)
    assert detail.row.status == "stood_down" and "Debrief booked" in detail.closing_note
    assert [o.level for o in detail.opel] == [2, 3]
    rows = incidents.list_incidents(ctx)
    assert rows[0].title == "Power cut: Thanet" and rows[0].opel == 3


def test_start_refuses_bad_input(demo_ctx: Context) -> None:
    with pytest.raises(ValidationError, match="unknown type"):
        incidents.start_incident(demo_ctx, "Flood", ["volcano"], None, [])
    with pytest.raises(ValidationError, match="no such service"):
        incidents.start_incident(demo_ctx, "Flood", ["weather"], None, ["Nowhere"])
    with pytest.raises(ValidationError, match="name the incident"):
        incidents.start_incident(demo_ctx, " ", ["weather"], None, [])
    assert NOW  # the fixed clock the demo context runs on


def logged(ctx: Context, incident_id: uuid.UUID, count: int) -> list[uuid.UUID]:
    """`count` entries, entry 10 correcting entry 2 (given ten or more)."""
    ids = []
    for n in range(1, count + 1):
        moment = at(T0 + timedelta(minutes=n), ctx)
        corrects = ids[1] if n == 10 else None
        incidents.add_log_entry(moment, incident_id, "information", f"Entry number {n}", corrects=corrects)
        ids.append(incidents.log_entries(moment, incident_id, after=n - 1)[0].id)
    return ids


def test_the_log_is_read_whole_its_latest_entries_or_what_is_new(demo_ctx: Context, power_cut: uuid.UUID) -> None:
    logged(demo_ctx, power_cut, 12)
    whole = incidents.log_entries(demo_ctx, power_cut)
    assert whole == incidents.incident_detail(demo_ctx, power_cut).log  # as the report and the command line read it
    assert [e.sequence for e in whole] == list(range(1, 13))
    assert whole[1].corrected_by == (10,) and whole[9].corrects == 2
    latest = incidents.log_entries(demo_ctx, power_cut, last=3)
    assert latest == whole[-3:]  # the correction names the entry it corrects, though that is not among them
    assert incidents.log_entries(demo_ctx, power_cut, after=9) == whole[9:]
    assert incidents.log_entries(demo_ctx, power_cut, after=12) == []
    assert incidents.log_size(demo_ctx, power_cut) == 12
    assert whole[9].corrects_id == whole[1].id
    assert incidents.incident_detail(demo_ctx, power_cut, with_log=False).log == []
    with pytest.raises(NotFoundError):
        incidents.log_entries(demo_ctx, uuid.uuid4())


def test_a_long_log_is_printed_whole_in_parts(demo_ctx: Context, power_cut: uuid.UUID, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline is printed as tables of a few hundred rows one under the other (five here): ReportLab splitting
    one table of 20,000 rows at each page end took 47 s, and a week-long log would take hours."""
    monkeypatch.setattr(styles, "LONG_TABLE_PART", 5)
    logged(demo_ctx, power_cut, 12)
    path = incident_report_pdf(incidents.incident_detail(demo_ctx, power_cut), [], tmp_path / "report.pdf", T0)
    words = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    timeline = words[words.index("Timeline"):words.index("Decisions and their rationale")]
    found = [int(n) for n in re.findall(r"Entry number (\d+)", timeline)]
    assert found == list(range(1, 13))  # every entry once, in order, across the three parts
    assert timeline.count("Entry\n") == 3  # each part with its header row
