"""Writing plans: the business impact analysis and its rules, gaps, cascade and card order, thresholds, sign-off."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bcm.context import Context
from bcm.errors import ConflictError, ValidationError
from bcm.plan_edit_rules import approval_number, check_thresholds, next_draft_number, parse_hours, review_after
from bcm.services import plan_editing as pe
from bcm.services.people_admin import PersonInput, ServiceInput, create_person, create_service
from bcm.services.plan_detail import get_plan_detail
from bcm.services.plans import affected, list_plans
from db.models import AuditEntry, CriticalActivity, PlanVersion


@pytest.fixture
def plan(ctx: Context) -> uuid.UUID:
    for name in ("Priya Natarajan", "Rowan Ellery", "Colin Baptiste", "Shauna McBride", "Lauren Fairweather"):
        create_person(ctx, PersonInput(name, out_of_hours="07700 900631"))
    service = create_service(ctx, ServiceInput("Kent Enablement at Home", "KEaH", manager="Priya Natarajan"))
    return pe.create_plan(ctx, service, approver="Rowan Ellery")


def activity(ctx: Context, plan: uuid.UUID, name: str, rto: float | str, mtpd: float | str = 168,
             priority: int = 1, workaround: str = "") -> uuid.UUID:
    return pe.add_activity(ctx, plan, pe.ActivityInput(name, rto, mtpd, priority=priority, workarounds=workaround))


# --- pure rules ------------------------------------------------------------------------------------------------


def test_version_numbers_and_review_dates() -> None:
    assert [next_draft_number(n) for n in ("2.1", "4.0", "2.9", "3", "")] == ["2.2", "4.1", "2.10", "3.1", "0.1"]
    assert approval_number("0.3", []) == "1.0"
    assert approval_number("2.2", ["2.0", "2.1"]) == "2.2"
    assert approval_number("2.0", ["1.0", "2.0"]) == "2.1"  # a number once issued is never issued again
    assert review_after(date(2026, 11, 23)) == date(2027, 11, 23)
    assert review_after(date(2028, 2, 29)) == date(2029, 2, 28)


def test_hours_are_read_as_people_type_them() -> None:
    assert [parse_hours("RTO", t) for t in ("4", "4h", "90 min", "1 d", "3 days", "1 week", 2.5)] == [
        4, 4, 1.5, 24, 72, 168, 2.5]
    with pytest.raises(ValidationError, match="RTO 'soon': is not a time"):
        parse_hours("RTO", "soon")
    assert parse_hours("recovery", "", required=False) is None


def test_thresholds_must_step_down_from_amber_to_black() -> None:
    check_thresholds({"amber": 75, "red": 50, "black": 35})
    check_thresholds({"amber": 75, "black": 35})
    with pytest.raises(ValidationError, match=r"red below % 80: must be lower than amber \(75%\)"):
        check_thresholds({"amber": 75, "red": 80, "black": 35})
    with pytest.raises(ValidationError, match="black below % 50: must be lower than red"):
        check_thresholds({"amber": 75, "red": 50, "black": 50})
    with pytest.raises(ValidationError, match="more than 0 and at most 100"):
        check_thresholds({"amber": 120})


# --- the business impact analysis ------------------------------------------------------------------------------


def test_rto_above_mtpd_is_refused_naming_both_values(ctx: Context, plan: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as refused:
        activity(ctx, plan, "Deliver enablement visits", 48, 24)
    message = str(refused.value)
    assert "RTO 48" in message and "MTPD (24 h)" in message
    assert [p.field for p in refused.value.problems] == ["RTO"]
    assert pe.get_plan_edit(ctx, plan).activities == ()
    with pytest.raises(ValidationError, match=r"RTO 336: is longer than the MTPD \(168 h\)"):
        activity(ctx, plan, "Visits", "2 weeks", "1 week")
    with pytest.raises(ValidationError) as several:
        pe.add_activity(ctx, plan, pe.ActivityInput("", "x", 24, priority=0))
    assert {p.field for p in several.value.problems} == {"name", "priority", "RTO"}


def test_the_database_itself_refuses_rto_above_mtpd(ctx: Context, plan: uuid.UUID) -> None:
    with pytest.raises(IntegrityError), ctx.unit_of_work() as session:
        session.add(CriticalActivity(plan_id=plan, name="Visits", priority=1, rto_hours=48, mtpd_hours=24))


def test_update_and_remove_an_activity(ctx: Context, plan: uuid.UUID) -> None:
    visit = activity(ctx, plan, "Visits", 4, 24)
    row = pe.get_plan_edit(ctx, plan).activities[0]
    pe.update_activity(ctx, visit, row.version, pe.ActivityInput("Visits", "2 h", "1 d", minimum_staff=180,
                                                                  workarounds="Printed rosters"))
    row = pe.get_plan_edit(ctx, plan).activities[0]
    assert (row.rto_hours, row.mtpd_hours, row.minimum_staff, row.workarounds) == (2, 24, 180, "Printed rosters")
    with pytest.raises(ConflictError):
        pe.update_activity(ctx, visit, row.version - 1, pe.ActivityInput("Visits", 2, 24))
    with pytest.raises(ValidationError, match="already has a critical activity"):
        activity(ctx, plan, "visits", 4, 24)
    pe.remove_activity(ctx, visit)
    assert pe.get_plan_edit(ctx, plan).activities == ()


# --- dependencies and gaps -------------------------------------------------------------------------------------


def test_a_dependency_slower_than_an_activity_needing_it_is_a_gap(ctx: Context, plan: uuid.UUID) -> None:
    visits = activity(ctx, plan, "Deliver visits", 4, 24)
    rota = activity(ctx, plan, "Weekend rota", 24, 72, priority=2)
    pe.add_dependency(ctx, plan, pe.DependencyInput("it_system", "Rostering system", "48", [visits, rota]))
    pe.add_dependency(ctx, plan, pe.DependencyInput("Utilities and power", "Base power", 2, [visits]))
    pe.add_dependency(ctx, plan, pe.DependencyInput("premises", "Ashford base", None, [visits]))
    edit = pe.get_plan_edit(ctx, plan)
    by_name = {d.name: d for d in edit.dependencies}
    assert by_name["Rostering system"].is_gap
    assert [(g.activity, g.rto_hours, g.recovery_hours) for g in by_name["Rostering system"].gaps] == [
        ("Deliver visits", 4, 48), ("Weekend rota", 24, 48)]
    assert not by_name["Base power"].is_gap and not by_name["Ashford base"].is_gap  # unknown recovery: not a gap
    assert by_name["Base power"].kind == "utilities_power" and by_name["Base power"].kind_label == "Utilities and power"
    assert by_name["Rostering system"].activities == ("Deliver visits", "Weekend rota")
    assert len(edit.gaps) == 2
    # the printed pack (another read-model) sees the same gaps through the same rule
    assert {(g.dependency, g.activity) for g in get_plan_detail(ctx, "KEaH").gaps} == {
        ("Rostering system", "Deliver visits"), ("Rostering system", "Weekend rota")}
    rostering = by_name["Rostering system"]
    pe.update_dependency(ctx, rostering.id, rostering.version,
                         pe.DependencyInput("it_system", "Rostering system", "1 d", [visits, rota]))
    edit = pe.get_plan_edit(ctx, plan)
    assert [g.activity for g in edit.gaps] == ["Deliver visits"]
    pe.remove_activity(ctx, visits)
    assert pe.get_plan_edit(ctx, plan).gaps == ()
    with pytest.raises(ValidationError, match="type 'volcano'"):
        pe.add_dependency(ctx, plan, pe.DependencyInput("volcano", "Ash", 1))


def test_removed_links_no_longer_count_in_who_is_hit(ctx: Context, plan: uuid.UUID) -> None:
    visits = activity(ctx, plan, "Deliver visits", 4, 24)
    power = pe.add_dependency(ctx, plan, pe.DependencyInput("utilities_power", "Base power", 2, [visits]))
    assert [r.activity for r in affected(ctx, ["power"])] == ["Deliver visits"]
    version = pe.get_plan_edit(ctx, plan).dependencies[0].version
    pe.update_dependency(ctx, power, version, pe.DependencyInput("utilities_power", "Base power", 2, []))
    assert affected(ctx, ["power"]) == []
    pe.update_dependency(ctx, power, version + 1, pe.DependencyInput("utilities_power", "Base power", 2, [visits]))
    assert len(affected(ctx, ["power"])) == 1  # the link is brought back, not duplicated


# --- who does this disruption hit? -----------------------------------------------------------------------------


def test_affected_lists_every_hit_activity_soonest_recovery_first(demo_ctx: Context) -> None:
    rows = affected(demo_ctx, ["power"])
    assert len({r.service for r in rows}) >= 5
    keys = [(r.rto_hours, r.priority) for r in rows]
    assert keys == sorted(keys)
    keah = [r for r in rows if r.service == "Kent Enablement at Home"]
    assert keah and all(r.first_steps for r in keah) and any(r.workaround for r in keah)
    both = affected(demo_ctx, ["power", "fuel"])
    assert {(r.service, r.activity) for r in rows} <= {(r.service, r.activity) for r in both}
    assert [r.rto_hours for r in both] == sorted(r.rto_hours for r in both)
    with pytest.raises(ValidationError, match="known types: power, fuel"):
        affected(demo_ctx, ["volcano"])


def test_a_new_activity_on_a_hit_dependency_joins_the_list_in_rto_order(ctx: Context, plan: uuid.UUID) -> None:
    slow = activity(ctx, plan, "Quarterly reviews", 72, 168, priority=3)
    fast = activity(ctx, plan, "Deliver visits", 2, 24)
    pe.add_dependency(ctx, plan, pe.DependencyInput("vehicles_fuel", "Staff cars and fuel", 24, [slow, fast]))
    pe.add_card_step(ctx, plan, "fuel", pe.StepInput("RAG-rate visits", "Supervisor", "within 1 hour"))
    rows = affected(ctx, ["fuel"])
    assert [(r.activity, r.rto_hours) for r in rows] == [("Deliver visits", 2), ("Quarterly reviews", 72)]
    assert rows[0].via == ("Staff cars and fuel",) and rows[0].first_steps == ("RAG-rate visits",)


# --- cascade and cards -----------------------------------------------------------------------------------------


def test_cascade_reorder_renumbers_every_place_in_one_go(ctx: Context, plan: uuid.UUID) -> None:
    for person, role, called_by in (("Priya Natarajan", "Head of service", None),
                                    ("Colin Baptiste", "Service Manager", "Priya Natarajan"),
                                    ("Shauna McBride", "Supervisor", "Colin Baptiste")):
        pe.add_cascade_entry(ctx, plan, pe.CascadeInput(person, role, called_by, alternate="Lauren Fairweather"))
    cascade = pe.get_plan_edit(ctx, plan).cascade
    assert [(c.position, c.person) for c in cascade] == [(1, "Priya Natarajan"), (2, "Colin Baptiste"),
                                                         (3, "Shauna McBride")]
    assert cascade[1].called_by == "Priya Natarajan" and cascade[0].alternate_out_of_hours == "07700 900631"
    pe.move_cascade_entry(ctx, cascade[2].id, 1)
    assert [(c.position, c.person) for c in pe.get_plan_edit(ctx, plan).cascade] == [
        (1, "Shauna McBride"), (2, "Priya Natarajan"), (3, "Colin Baptiste")]
    pe.move_cascade_entry(ctx, cascade[2].id, 99)  # clamped to the end
    assert [c.person for c in pe.get_plan_edit(ctx, plan).cascade][-1] == "Shauna McBride"
    pe.remove_cascade_entry(ctx, cascade[0].id)
    assert [(c.position, c.person) for c in pe.get_plan_edit(ctx, plan).cascade] == [
        (1, "Colin Baptiste"), (2, "Shauna McBride")]
    pe.add_cascade_entry(ctx, plan, pe.CascadeInput("Rowan Ellery", "Assistant Director"), position=1)
    assert [c.person for c in pe.get_plan_edit(ctx, plan).cascade] == [
        "Rowan Ellery", "Colin Baptiste", "Shauna McBride"]
    with pytest.raises(ValidationError, match="person 'Nobody Known': no such person"):
        pe.add_cascade_entry(ctx, plan, pe.CascadeInput("Nobody Known"))
    with pytest.raises(ValidationError, match="alternate"):
        pe.add_cascade_entry(ctx, plan, pe.CascadeInput("Colin Baptiste", alternate="Colin Baptiste"))


def test_response_card_steps_are_ordered_and_reordered(ctx: Context, plan: uuid.UUID) -> None:
    ids = [pe.add_card_step(ctx, plan, "power", pe.StepInput(text, who, when)) for text, who, when in (
        ("Check on people using powered equipment", "Supervisor", "within 30 minutes"),
        ("Switch to printed rosters", "Coordinator", "within 1 hour"),
        ("Tell the Assistant Director", "Service Manager", "within 1 hour"))]
    pe.set_card_title(ctx, plan, "power", "Loss of power at a KEaH base")
    card = pe.get_plan_edit(ctx, plan).card("power")
    assert card is not None and card.title == "Loss of power at a KEaH base" and card.label == "Loss of power"
    assert [s.position for s in card.steps] == [1, 2, 3]
    pe.move_card_step(ctx, ids[2], 1)
    pe.remove_card_step(ctx, ids[0])
    card = pe.get_plan_edit(ctx, plan).card("power")
    assert card is not None
    assert [(s.position, s.text) for s in card.steps] == [(1, "Tell the Assistant Director"),
                                                          (2, "Switch to printed rosters")]
    pe.update_card_step(ctx, ids[1], card.steps[1].version, pe.StepInput("Use printed rosters", "Coordinator", "1 h"))
    pe.remove_card(ctx, plan, "power")
    assert pe.get_plan_edit(ctx, plan).card("power") is None
    pe.add_card_step(ctx, plan, "power", pe.StepInput("Check on people"))  # the card comes back, empty but for this
    card = pe.get_plan_edit(ctx, plan).card("power")
    assert card is not None and [s.text for s in card.steps] == ["Check on people"]
    with pytest.raises(ValidationError, match="step"):
        pe.add_card_step(ctx, plan, "power", pe.StepInput("  "))


def test_thresholds_are_saved_together_and_validated(ctx: Context, plan: uuid.UUID) -> None:
    pe.set_thresholds(ctx, plan, {"amber": (75, "Redeploy from other functions"),
                                  "red": (50, "Director-level sharing across the Directorate"),
                                  "black": (35, "Invoke mutual aid")})
    assert [(t.level, t.below_percent) for t in pe.get_plan_edit(ctx, plan).thresholds] == [
        ("amber", 75), ("red", 50), ("black", 35)]
    with pytest.raises(ValidationError, match="red below % 80"):
        pe.set_thresholds(ctx, plan, {"red": (80, "")})  # checked against the amber already saved
    with pytest.raises(ValidationError, match="give the staffing %"):
        pe.set_thresholds(ctx, plan, {"black": (None, "Mutual aid")})
    pe.set_thresholds(ctx, plan, {"black": (None, "")})
    assert [t.level for t in pe.get_plan_edit(ctx, plan).thresholds] == ["amber", "red"]


# --- sign-off and versions -------------------------------------------------------------------------------------


def test_sign_off_freezes_a_version_and_editing_starts_a_new_draft(ctx: Context, plan: uuid.UUID) -> None:
    with pytest.raises(ValidationError, match="at least one critical activity"):
        pe.approve_plan(ctx, plan, None, "First issue")
    visits = activity(ctx, plan, "Deliver visits", 4, 24, workaround="Printed rosters")
    overview = pe.get_plan_edit(ctx, plan).overview
    assert (overview.status, overview.number, overview.owner) == ("draft", "0.1", "Priya Natarajan")
    with pytest.raises(ValidationError, match="summary of change"):
        pe.approve_plan(ctx, plan, overview.version, " ")
    version = pe.approve_plan(ctx, plan, overview.version, "First issue")
    assert (version.number, version.issued_on, version.owner, version.approved_by) == (
        "1.0", date(2026, 11, 23), "Priya Natarajan", "Rowan Ellery")
    edit = pe.get_plan_edit(ctx, plan)
    assert (edit.overview.status, edit.overview.number, edit.overview.approved_on, edit.overview.next_review) == (
        "approved", "1.0", date(2026, 11, 23), date(2027, 11, 23))
    assert [(v.number, v.summary, v.frozen) for v in edit.versions] == [("1.0", "First issue", True)]
    row = next(r for r in list_plans(ctx) if r.service == "Kent Enablement at Home")
    assert (row.status, row.version) == ("approved", "1.0")
    with pytest.raises(ValidationError, match="already approved"):
        pe.approve_plan(ctx, plan, None, "Again")

    # editing the approved plan starts draft 1.1; the frozen 1.0 is untouched
    pe.update_activity(ctx, visits, edit.activities[0].version, pe.ActivityInput("Deliver visits", 2, 24))
    edit = pe.get_plan_edit(ctx, plan)
    assert (edit.overview.status, edit.overview.number) == ("draft", "1.1")
    snapshot = pe.version_snapshot(ctx, edit.versions[0].id)
    assert snapshot is not None
    assert snapshot["version"] == "1.0" and snapshot["status"] == "approved"
    assert [(a["name"], a["rto_hours"]) for a in snapshot["activities"]] == [("Deliver visits", 4)]
    activity(ctx, plan, "Weekend rota", 24, 72)  # a second edit stays on the same draft
    assert pe.get_plan_edit(ctx, plan).overview.number == "1.1"

    approved = pe.approve_plan(ctx, plan, None, "Faster visits", next_review=date(2027, 6, 1))
    edit = pe.get_plan_edit(ctx, plan)
    assert approved.number == "1.1" and edit.overview.next_review == date(2027, 6, 1)
    assert [v.number for v in edit.versions] == ["1.1", "1.0"]
    with ctx.reading() as session:
        frozen = {v.number: v.snapshot for v in session.scalars(select(PlanVersion))}
    assert [a["rto_hours"] for a in frozen["1.0"]["activities"]] == [4]  # type: ignore[index]
    assert sorted(a["rto_hours"] for a in frozen["1.1"]["activities"]) == [2, 24]  # type: ignore[index]


def test_a_review_date_change_alone_does_not_start_a_draft(ctx: Context, plan: uuid.UUID) -> None:
    activity(ctx, plan, "Deliver visits", 4, 24)
    pe.approve_plan(ctx, plan, None, "First issue")
    overview = pe.get_plan_edit(ctx, plan).overview
    data = pe.OverviewInput(owner=overview.owner, author=overview.author, approver=overview.approver,
                            scope=overview.scope, invocation_criteria=overview.invocation_criteria,
                            who_may_invoke=overview.who_may_invoke, next_review=date(2027, 3, 1))
    pe.update_overview(ctx, plan, overview.version, data)
    assert pe.get_plan_edit(ctx, plan).overview.status == "approved"
    data.scope = "All KEaH activity across the nine patches"
    data.author = "Lauren Fairweather"
    pe.update_overview(ctx, plan, None, data)
    overview = pe.get_plan_edit(ctx, plan).overview
    assert (overview.status, overview.number, overview.author) == ("draft", "1.1", "Lauren Fairweather")
    with pytest.raises(ConflictError, match="changed elsewhere"):
        pe.update_overview(ctx, plan, overview.version - 1, data)
    data.owner = "Someone New"
    with pytest.raises(ValidationError, match="owner 'Someone New': no such person"):
        pe.update_overview(ctx, plan, None, data)


def test_a_review_with_no_changes_is_recorded_through_a_review_draft(ctx: Context, plan: uuid.UUID) -> None:
    activity(ctx, plan, "Deliver visits", 4, 24)
    pe.approve_plan(ctx, plan, None, "First issue")
    assert pe.start_draft(ctx, plan, None) == "1.1"
    with pytest.raises(ValidationError, match="already open"):
        pe.start_draft(ctx, plan, None)
    version = pe.approve_plan(ctx, plan, None, "Annual review: no changes")
    assert version.number == "1.1"
    assert [v.summary for v in pe.get_plan_edit(ctx, plan).versions] == ["Annual review: no changes", "First issue"]


def test_editing_the_demo_keah_plan_starts_draft_4_1(demo_ctx: Context) -> None:
    plan = pe.plan_id_for_service(demo_ctx, "KEaH")
    assert plan is not None
    edit = pe.get_plan_edit(demo_ctx, plan)
    assert (edit.overview.status, edit.overview.number) == ("approved", "4.0")
    assert edit.gaps and all(d.is_gap == bool(d.gaps) for d in edit.dependencies)
    first = edit.cascade[0]
    pe.move_cascade_entry(demo_ctx, first.id, 2)
    edit = pe.get_plan_edit(demo_ctx, plan)
    assert (edit.overview.status, edit.overview.number) == ("draft", "4.1")
    assert edit.cascade[1].id == first.id
    assert [v.number for v in edit.versions][:2] == ["4.0", "3.0"]
    with demo_ctx.reading() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.field == "current_version",
                                                       AuditEntry.new_value == "4.1")) is not None


def test_a_plan_for_a_service_without_one(ctx: Context) -> None:
    create_person(ctx, PersonInput("Philippa Grange"))
    service = create_service(ctx, ServiceInput("Sensory and Autism Services", manager="Philippa Grange"))
    assert next(r for r in list_plans(ctx)).status == "no plan"
    plan = pe.create_plan(ctx, service)
    assert pe.get_plan_edit(ctx, plan).overview.owner == "Philippa Grange"
    assert next(r for r in list_plans(ctx)).status == "draft"
    with pytest.raises(ValidationError, match="already has"):
        pe.create_plan(ctx, service)
