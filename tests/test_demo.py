"""The demo dataset reproduces the JCAD print and is realistic enough to exercise every workspace."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bcm.context import Context
from bcm.demo.load import DemoRefused, load_demo
from bcm.services import risks
from bcm.services.lessons import list_exercises, list_lessons
from bcm.services.plans import list_plans
from db.models import LogEntry, Recommendation

# Counts per (likelihood, impact) in the JCAD CORE print of 29-Sep-2021 (seed 001); every other cell is 0.
JCAD = {
    "Adult Social Care and Health": {(5, 4): 2, (4, 3): 2, (3, 3): 1, (3, 4): 1},
    "Operations": {(4, 4): 1, (4, 5): 2},
}


@pytest.mark.parametrize("register", sorted(JCAD))
def test_demo_heat_maps_equal_the_jcad_print(demo_ctx: Context, register: str) -> None:
    result = risks.heatmap(demo_ctx, register)
    assert len(result.cells) == 25
    assert {(c.likelihood, c.impact): c.count for c in result.cells if c.count} == JCAD[register]


def test_jcad_registers_hold_exactly_the_printed_risks(demo_ctx: Context) -> None:
    refs = {r.ref for r in risks.list_risks(demo_ctx, "Adult Social Care and Health")}
    assert refs == {"AH0005", "AH0033", "AH0038", "AH0037", "AH0011", "AH0035"}
    refs = {r.ref for r in risks.list_risks(demo_ctx, "Operations")}
    assert refs == {"OPS0003", "OPS0005", "OPS0059"}


def test_demo_risks_carry_the_printed_detail(demo_ctx: Context) -> None:
    detail = risks.get_risk(demo_ctx, risks.risk_id_by_ref(demo_ctx, "AH0005"))
    assert (detail.row.likelihood, detail.row.impact) == (5, 4)
    assert detail.row.owner and detail.row.title and detail.row.consequence
    assert detail.controls and detail.actions and detail.comments
    assert all(a.owner for a in detail.actions)
    assert detail.row.next_review is not None and detail.row.target_score is not None


def test_demo_has_full_plans_and_the_keah_thresholds(demo_ctx: Context) -> None:
    plans = list_plans(demo_ctx)
    assert len([p for p in plans if p.status != "no plan"]) >= 8
    names = {p.service for p in plans}
    for service in ("Kent Enablement at Home", "Adult Social Care Connect", "AMHP Service", "Short-Term Pathways",
                    "In-house Residential Services", "County Placement Team", "Occupational Therapy"):
        assert service in names
    assert any(p.status == "review overdue" for p in plans)


def test_demo_events_lessons_and_logs(demo_ctx: Context) -> None:
    exercises = {e.name for e in list_exercises(demo_ctx)}
    assert {"Exercise Lemur", "Exercise Mighty Oak"} <= exercises
    lessons = list_lessons(demo_ctx)
    assert len(lessons) >= 10 and all(r.owner and r.due for r in lessons)
    assert {r.event for r in lessons if r.event_kind == "incident"} >= {"Fuel supply crisis",
                                                                       "Storms Eunice and Franklin"}
    with demo_ctx.reading() as session:
        assert session.scalar(select(func.count(LogEntry.id))) >= 20
        assert session.scalar(select(func.count(LogEntry.id)).where(LogEntry.corrects_id.is_not(None))) >= 1
        embedded = session.scalar(select(func.count(Recommendation.id)).where(Recommendation.status == "embedded"))
        assert embedded is not None and embedded >= 1


def test_demo_refuses_a_database_with_data(demo_ctx: Context) -> None:
    before = len(risks.list_risks(demo_ctx))
    with pytest.raises(DemoRefused, match="already holds data"):
        load_demo(demo_ctx)
    assert len(risks.list_risks(demo_ctx)) == before
