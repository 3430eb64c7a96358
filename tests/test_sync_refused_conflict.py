"""A change the server refused that then also conflicts: a manager's offline edit to another service's plan is
refused, a resilience lead changes the same field on the server, and the manager's laptop syncs again.

The laptop shows the conflict; the server's audit trail never shows the refused change (nor the conflict about it),
whichever side is taken. Taking the server's side gives the change up; keeping it has it refused again, held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bcm.services import plan_editing as pe
from bcm.sync.conflicts import open_conflicts, resolve
from bcm.sync.discard import discard_refused, refused_changes
from bcm.sync.engine import sync_status
from db.models import AuditEntry
from tests.conftest import fixed_clock
from tests.sync_helpers import Replica
from tests.test_postgres_server import SharedServer, server_template, shared  # noqa: F401  (fixtures)
from tests.test_sync_roles import AMHP, laptop_of, plan_of, server_audit_users, sync_login


@pytest.fixture
def laptops(tmp_path: Path, shared: SharedServer) -> Iterator[tuple[Replica, Replica]]:  # noqa: F811
    priya, eleanor = laptop_of(tmp_path, "t_priya"), laptop_of(tmp_path, "t_eleanor")
    sync_login(priya, shared, "t_priya")
    sync_login(eleanor, shared, "t_eleanor")
    yield priya, eleanor
    priya.database.close()
    eleanor.database.close()


def scope(replica: Replica) -> str:
    return pe.get_plan_edit(replica.ctx, plan_of(replica, AMHP)).overview.scope


def set_scope(replica: Replica, text: str, *, criteria: str | None = None) -> None:
    plan = pe.get_plan_edit(replica.ctx, plan_of(replica, AMHP)).overview
    pe.update_overview(replica.ctx, plan_of(replica, AMHP), None, pe.OverviewInput(
        owner=plan.owner or None, author=plan.author or None, approver=plan.approver or None, scope=text,
        invocation_criteria=plan.invocation_criteria if criteria is None else criteria,
        who_may_invoke=plan.who_may_invoke, next_review=plan.next_review))


def server_scope(shared: SharedServer) -> str:  # noqa: F811
    rows = shared.admin_sql("SELECT p.scope FROM plans p JOIN services s ON s.id = p.service_id "
                            f"WHERE s.name = '{AMHP}' AND p.deleted_at IS NULL")
    return str(rows[0][0])


def refused_then_conflicting(priya: Replica, eleanor: Replica, shared: SharedServer) -> None:  # noqa: F811
    set_scope(priya, "Priya's scope")
    assert [what for what, _ in sync_login(priya, shared, "t_priya").refused] == ["plans"]
    set_scope(eleanor, "Eleanor's scope")
    assert sync_login(eleanor, shared, "t_eleanor").refused == []

    report = sync_login(priya, shared, "t_priya")

    assert report.conflicts == ["plans: scope is \"Priya's scope\" here, \"Eleanor's scope\" on the server"]
    assert scope(priya) == "Priya's scope" and server_scope(shared) == "Eleanor's scope"
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert server_audit_users(shared, "plans (sync conflict%") == []  # the conflict stays on this laptop too


def test_taking_the_servers_side_gives_the_refused_change_up_and_its_trail_stays_here(
    laptops: tuple[Replica, Replica], shared: SharedServer,  # noqa: F811
) -> None:
    priya, eleanor = laptops
    refused_then_conflicting(priya, eleanor, shared)
    [conflict] = open_conflicts(priya.ctx)

    resolve(priya.ctx, conflict.id, "theirs")
    report = sync_login(priya, shared, "t_priya")

    assert report.refused == [] and report.problems == [], report.lines()
    assert scope(priya) == server_scope(shared) == "Eleanor's scope"
    assert (sync_status(priya.database).waiting, sync_status(priya.database).refused) == (0, 0)
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert server_audit_users(shared, "plans (sync conflict%") == []
    # this laptop's own trail keeps all of it: the edit, the conflict and the choice
    assert priya.count(AuditEntry, AuditEntry.new_value == "Priya's scope") == 1
    assert priya.count(AuditEntry, AuditEntry.record_label.like("plans (sync conflict settled%")) == 1
    assert not sync_login(priya, shared, "t_priya").changed_anything


def test_keeping_the_refused_change_has_it_refused_again_and_held(
    laptops: tuple[Replica, Replica], shared: SharedServer,  # noqa: F811
) -> None:
    priya, eleanor = laptops
    refused_then_conflicting(priya, eleanor, shared)
    [conflict] = open_conflicts(priya.ctx)

    resolve(priya.ctx, conflict.id, "mine")
    report = sync_login(priya, shared, "t_priya")

    assert [what for what, _ in report.refused] == ["plans"]
    assert scope(priya) == "Priya's scope" and server_scope(shared) == "Eleanor's scope"
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert [c.table_name for c in refused_changes(priya.database)] == ["plans"]

    discard_refused(priya.database, priya.user, fixed_clock())  # then given up after all: the server's version
    assert scope(priya) == "Eleanor's scope"
    sync_login(priya, shared, "t_priya")
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert (sync_status(priya.database).waiting, sync_status(priya.database).refused) == (0, 0)


def test_a_second_conflict_on_it_still_knows_it_was_refused(laptops: tuple[Replica, Replica],
                                                            shared: SharedServer) -> None:  # noqa: F811
    priya, eleanor = laptops
    refused_then_conflicting(priya, eleanor, shared)
    set_scope(eleanor, "Eleanor's second scope")  # the server changes the same field again before it is settled
    sync_login(eleanor, shared, "t_eleanor")
    sync_login(priya, shared, "t_priya")
    [conflict] = open_conflicts(priya.ctx)
    assert conflict.theirs == "Eleanor's second scope"

    resolve(priya.ctx, conflict.id, "theirs")
    sync_login(priya, shared, "t_priya")

    assert scope(priya) == server_scope(shared) == "Eleanor's second scope"
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert server_audit_users(shared, "plans (sync conflict%") == []


def test_a_value_that_is_the_servers_gives_the_refused_change_up_too(laptops: tuple[Replica, Replica],
                                                                     shared: SharedServer) -> None:  # noqa: F811
    priya, eleanor = laptops
    refused_then_conflicting(priya, eleanor, shared)
    [conflict] = open_conflicts(priya.ctx)

    resolve(priya.ctx, conflict.id, "value", "Eleanor's scope")
    report = sync_login(priya, shared, "t_priya")

    assert report.refused == [] and scope(priya) == "Eleanor's scope"
    assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    assert (sync_status(priya.database).waiting, sync_status(priya.database).refused) == (0, 0)


def test_what_is_left_of_a_refused_change_keeps_its_trail_for_when_it_is_allowed(
    laptops: tuple[Replica, Replica], shared: SharedServer,  # noqa: F811
) -> None:
    """The refused edit changed two fields and the server only one: taking the server's side of that one leaves the
    other change to go up, with its own audit entries, once the server allows it."""
    priya, eleanor = laptops
    set_scope(priya, "Priya's scope", criteria="Priya's criteria")
    assert [what for what, _ in sync_login(priya, shared, "t_priya").refused] == ["plans"]
    set_scope(eleanor, "Eleanor's scope")
    sync_login(eleanor, shared, "t_eleanor")
    sync_login(priya, shared, "t_priya")
    [conflict] = open_conflicts(priya.ctx)
    assert conflict.field == "scope"

    resolve(priya.ctx, conflict.id, "theirs")
    assert [what for what, _ in sync_login(priya, shared, "t_priya").refused] == ["plans"]  # the criteria, still
    shared.admin_sql("GRANT bcm_lead TO t_priya")  # then she is made a resilience lead
    try:
        report = sync_login(priya, shared, "t_priya")
    finally:
        shared.admin_sql("REVOKE bcm_lead FROM t_priya")

    assert report.refused == [] and scope(priya) == "Eleanor's scope"
    criteria = shared.admin_sql("SELECT p.invocation_criteria FROM plans p JOIN services s ON s.id = p.service_id "
                                f"WHERE s.name = '{AMHP}' AND p.deleted_at IS NULL")
    assert criteria[0][0] == "Priya's criteria"
    trail = shared.admin_sql("SELECT field FROM audit_log WHERE user_name = 't_priya' AND new_value = "
                             "'Priya''s criteria'")
    assert [row[0] for row in trail] == ["invocation_criteria"]  # the change that went up, with its entry


def test_a_viewers_refused_change_in_conflict_is_one_refused_change_not_its_audit_entries(
    tmp_path: Path, laptops: tuple[Replica, Replica], shared: SharedServer,  # noqa: F811
) -> None:
    _, eleanor = laptops
    vic = laptop_of(tmp_path, "t_vic")
    try:
        sync_login(vic, shared, "t_vic")
        set_scope(vic, "Vic's scope")
        assert [what for what, _ in sync_login(vic, shared, "t_vic").refused] == ["plans"]
        set_scope(eleanor, "Eleanor's scope")
        sync_login(eleanor, shared, "t_eleanor")
        set_scope(vic, "Vic's scope", criteria="Vic's criteria")  # a write while the conflict is open: all refused

        report = sync_login(vic, shared, "t_vic")

        assert len(open_conflicts(vic.ctx)) == 1 and report.refused == []  # the record waits on its conflict
        assert [c.table_name for c in refused_changes(vic.database)] == []  # its audit entries wait with it
        assert server_audit_users(shared, "%AMHP Service%") == ["t_eleanor"]
    finally:
        vic.database.close()
