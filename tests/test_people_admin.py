"""People and services: add, edit, search, where used, and removal only once everything live is handed over."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from bcm.context import Context
from bcm.errors import ConflictError, ValidationError
from bcm.people_views import CASCADES, EXERCISES, PLANS, RECOMMENDATIONS, RISKS_OWNED, SERVICES_MANAGED
from bcm.services import people_admin as pa
from bcm.services import plan_editing as pe
from bcm.services.risks import list_risks
from db.models import CascadeEntry, Person, Plan


def person_id(ctx: Context, name: str) -> uuid.UUID:
    return next(p.id for p in pa.list_people(ctx) if p.name == name)


def test_add_edit_and_search_people(ctx: Context) -> None:
    pid = pa.create_person(ctx, pa.PersonInput("Megan Pryce", "Resilience and Emergency Planning Officer",
                                               "Resilience and Emergency Planning", "01632 960122", "07700 900122",
                                               "07700 900622", "megan.pryce@example.kent.gov.uk", "Bronze"))
    pa.create_person(ctx, pa.PersonInput("Kwame Asante", on_call_role="Silver (tactical)"))
    assert [p.name for p in pa.list_people(ctx, "resilience officer")] == ["Megan Pryce"]
    assert [p.name for p in pa.list_people(ctx, "silver")] == ["Kwame Asante"]
    assert [p.name for p in pa.list_people(ctx, "900622")] == ["Megan Pryce"]
    row = pa.get_person(ctx, pid)
    pa.update_person(ctx, pid, row.version, pa.PersonInput("Megan Pryce", on_call_role="Silver (tactical)",
                                                           out_of_hours="07700 900699"))
    assert pa.get_person(ctx, pid).out_of_hours == "07700 900699"
    with pytest.raises(ConflictError):
        pa.update_person(ctx, pid, row.version, pa.PersonInput("Megan Pryce"))
    with pytest.raises(ValidationError) as refused:
        pa.create_person(ctx, pa.PersonInput("kwame  asante", mobile="call me", email="kwame at kent"))
    assert {p.field for p in refused.value.problems} == {"name", "mobile", "email"}


def test_add_and_edit_services(ctx: Context) -> None:
    pa.create_person(ctx, pa.PersonInput("Marcus Ingleby"))
    sid = pa.create_service(ctx, pa.ServiceInput("Older People and Physical Disability", "OPPD TSKC",
                                                 "Adult Social Care and Health Operations - East Kent",
                                                 "Thanet and South Kent Coast", "Marcus Ingleby"))
    row = pa.list_services(ctx, "thanet")[0]
    assert (row.id, row.manager, row.plan_status) == (sid, "Marcus Ingleby", "no plan")
    assert pa.list_divisions(ctx) == ["Adult Social Care and Health Operations - East Kent"]
    with pytest.raises(ValidationError) as refused:
        pa.update_service(ctx, sid, row.version, pa.ServiceInput("OPPD", locality="Kent", manager="Nobody"))
    assert {p.field for p in refused.value.problems} == {"locality", "manager"}
    pa.update_service(ctx, sid, row.version, pa.ServiceInput("OPPD", locality="countywide"))
    assert pa.list_services(ctx)[0].locality == "countywide"
    with pytest.raises(ValidationError, match="already has this name"):
        pa.create_service(ctx, pa.ServiceInput("oppd"))


def test_where_used_lists_risks_plans_cascades_and_recommendations(demo_ctx: Context) -> None:
    priya = person_id(demo_ctx, "Priya Natarajan")
    used = pa.where_used(demo_ctx, priya)
    kinds = {u.kind for u in used.uses}
    assert {PLANS, CASCADES, SERVICES_MANAGED} <= kinds
    keah = next(u for u in used.uses if u.kind == PLANS and u.what == "Kent Enablement at Home")
    assert "owner" in keah.detail and keah.open
    assert used.open_uses and "1 plan" in used.summary()
    declan = pa.where_used(demo_ctx, person_id(demo_ctx, "Declan Forsythe"))
    assert any(u.kind == RISKS_OWNED for u in declan.uses)
    everyone = [pa.where_used(demo_ctx, p.id) for p in pa.list_people(demo_ctx)]
    assert any(u.kind == RECOMMENDATIONS for w in everyone for u in w.uses)
    assert all(not u.open for w in everyone for u in w.uses if u.kind == EXERCISES)


def test_removing_a_person_with_open_items_is_refused_until_reassigned(demo_ctx: Context) -> None:
    colin = person_id(demo_ctx, "Colin Baptiste")
    lauren = person_id(demo_ctx, "Lauren Fairweather")
    before = pa.where_used(demo_ctx, colin)
    assert before.open_uses
    with pytest.raises(pa.PersonInUseError, match="reassign them") as refused:
        pa.remove_person(demo_ctx, colin)
    assert refused.value.used.open_uses == before.open_uses
    assert any(p.name == "Colin Baptiste" for p in pa.list_people(demo_ctx))  # nothing changed

    with pytest.raises(ValidationError, match="someone other"):
        pa.reassign_and_remove(demo_ctx, colin, colin)
    moved = pa.reassign_and_remove(demo_ctx, colin, lauren)
    assert moved >= len(before.open_uses)
    assert all(p.name != "Colin Baptiste" for p in pa.list_people(demo_ctx))
    with demo_ctx.reading() as session:
        gone = session.get(Person, colin)
        assert gone is not None and gone.deleted_at is not None  # soft delete: history keeps the name
        for plan_id in session.scalars(select(Plan.id)):
            live = session.scalars(select(CascadeEntry).where(CascadeEntry.plan_id == plan_id,
                                                              CascadeEntry.deleted_at.is_(None))
                                   .order_by(CascadeEntry.position)).all()
            assert [e.position for e in live] == list(range(1, len(live) + 1))
            assert colin not in {e.person_id for e in live} | {e.called_by_id for e in live} | {
                e.alternate_id for e in live}
            people = [e.person_id for e in live]
            assert len(people) == len(set(people))  # nobody is called twice
    lauren_uses = pa.where_used(demo_ctx, lauren)
    assert len(lauren_uses.open_uses) >= len(before.open_uses) - 1
    assert all(r.owner != "Colin Baptiste" for r in list_risks(demo_ctx) if r.status == "open")
    keah = pe.plan_id_for_service(demo_ctx, "KEaH")
    assert keah is not None and "Colin Baptiste" not in {c.person for c in pe.get_plan_edit(demo_ctx, keah).cascade}


def test_a_person_with_nothing_open_is_removed_directly(ctx: Context) -> None:
    pid = pa.create_person(ctx, pa.PersonInput("Temporary Agency Worker"))
    pa.remove_person(ctx, pid)
    assert pa.list_people(ctx) == []
    pa.create_person(ctx, pa.PersonInput("Temporary Agency Worker"))  # the name is free again
