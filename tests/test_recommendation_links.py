"""Where a recommendation shows besides the lessons workspace: on the risk or plan it names, on the dashboard, in its
owner's list of actions (where used) and handed over with the rest of their work. Services only; the widgets are in
test_gui_recommendations.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bcm.context import Context
from bcm.dashboard import dashboard
from bcm.errors import ValidationError
from bcm.lesson_rules import OPEN_STATUSES
from bcm.people_views import ACTIONS_OWNED, RECOMMENDATIONS
from bcm.services import lessons
from bcm.services import people_admin as pa
from tests.conftest import NOW

TODAY = NOW.date()


def person(ctx: Context, name: str) -> pa.PersonRow:
    return next(p for p in pa.list_people(ctx) if p.name == name)


def test_on_the_risk_and_plan_as_the_full_list_has_them_open_first(demo_ctx: Context) -> None:
    every = [r for r in lessons.list_lessons(demo_ctx) if r.recommendation_id is not None]
    for ref in ("AH0011", "ah0033", "OPS0059", "AH0005"):
        named = lessons.recommendations_for_risk(demo_ctx, ref)
        assert {r.recommendation_id for r in named} == {r.recommendation_id for r in every
                                                        if r.risk.lower() == ref.lower()}
        flags = [r.status not in OPEN_STATUSES for r in named]
        assert flags == sorted(flags)  # open ones first
    for service in ("Kent Enablement at Home", "in-house  residential services", "Occupational Therapy"):
        named = lessons.recommendations_for_plan(demo_ctx, service)
        wanted = " ".join(service.split()).lower()
        assert named and {r.recommendation_id for r in named} == {r.recommendation_id for r in every
                                                                  if r.plan.lower() == wanted}
    assert lessons.recommendations_for_risk(demo_ctx, "AH0005") == []
    assert lessons.recommendations_for_plan(demo_ctx, "No such service") == []


def test_the_dashboard_counts_open_and_overdue_and_lists_the_longest_overdue(demo_ctx: Context) -> None:
    summary = lessons.recommendation_summary(demo_ctx, limit=3)
    open_rows = [r for rows in lessons.open_recommendations_by_owner(demo_ctx).values() for r in rows]
    assert (summary.open, summary.overdue) == (len(open_rows), sum(r.overdue for r in open_rows)) == (11, 11)
    assert [r.due for r in summary.oldest_overdue] == sorted(r.due for r in open_rows if r.due)[:3]
    assert all(r.overdue and r.status in OPEN_STATUSES for r in summary.oldest_overdue)
    assert dashboard(demo_ctx).recommendations == lessons.recommendation_summary(demo_ctx)

    # Due today is not yet overdue; implemented is no longer open.
    rec = summary.oldest_overdue[0]
    assert rec.recommendation_id is not None
    lessons.update_recommendation(demo_ctx, rec.recommendation_id, rec.version, due=TODAY)
    after = lessons.recommendation_summary(demo_ctx)
    assert (after.open, after.overdue) == (11, 10)
    assert rec.recommendation_id not in {r.recommendation_id for r in after.oldest_overdue}


def test_an_empty_database_has_nothing_open(ctx: Context) -> None:
    summary = lessons.recommendation_summary(ctx)
    assert (summary.open, summary.overdue, summary.oldest_overdue) == (0, 0, ())


def test_reassigning_refuses_a_blank_owner_instead_of_clearing_it(demo_ctx: Context) -> None:
    rec = lessons.open_recommendations_by_owner(demo_ctx)["Neil Harcourt"][0]
    assert rec.recommendation_id is not None
    with pytest.raises(ValidationError, match="needs an owner"):
        lessons.update_recommendation(demo_ctx, rec.recommendation_id, rec.version, owner="  ")
    lessons.update_recommendation(demo_ctx, rec.recommendation_id, rec.version, owner="Shauna McBride",
                                  due=TODAY + timedelta(days=30))
    row = next(r for r in lessons.list_lessons(demo_ctx) if r.recommendation_id == rec.recommendation_id)
    assert (row.owner, row.due, row.overdue) == ("Shauna McBride", TODAY + timedelta(days=30), False)


def test_where_used_marks_overdue_recommendations_and_actions(demo_ctx: Context) -> None:
    used = pa.where_used(demo_ctx, person(demo_ctx, "Neil Harcourt").id)
    recs = [u for u in used.uses if u.kind == RECOMMENDATIONS]
    weekly = next(u for u in recs if u.what.startswith("Print a weekly paper list"))
    assert (weekly.open, weekly.overdue, weekly.detail) == (True, True, "due 30/09/2023, in progress")
    done = next(u for u in recs if u.what.startswith("Add the emergency client report"))
    assert (done.open, done.overdue) == (False, False)
    assert any(u.overdue for u in used.uses if u.kind == ACTIONS_OWNED)
    assert "2 open recommendations" in used.summary()


def test_removing_the_owner_hands_over_only_their_open_recommendations(demo_ctx: Context) -> None:
    alison, miriam = person(demo_ctx, "Alison Markham"), person(demo_ctx, "Miriam Castle")
    before = [u for u in pa.where_used(demo_ctx, alison.id).uses if u.kind == RECOMMENDATIONS]
    assert sum(u.open for u in before) == 2 and sum(not u.open for u in before) == 1
    pa.reassign_and_remove(demo_ctx, alison.id, miriam.id)
    theirs = {r.recommendation for r in lessons.open_recommendations_by_owner(demo_ctx)["Miriam Castle"]}
    assert {u.what for u in before if u.open} <= theirs
    embedded = next(r for r in lessons.list_lessons(demo_ctx) if r.recommendation == next(
        u.what for u in before if not u.open))
    assert (embedded.owner, embedded.status) == ("Alison Markham", "embedded")  # history keeps the name
    assert "Alison Markham" not in lessons.open_recommendations_by_owner(demo_ctx)
    assert date(2023, 6, 30) in {r.due for r in lessons.open_recommendations_by_owner(demo_ctx)["Miriam Castle"]}
