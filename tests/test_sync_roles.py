"""Offline replicas syncing with a shared PostgreSQL server as each role: who may change what, at push time.

The server is the demo prepared by `bcm server init` with logins from `bcm server add-user` (tests.test_postgres_server:
t_priya manages Kent Enablement at Home, t_declan the AMHP Service, t_eleanor is a resilience lead, t_vic a viewer).
Each laptop is a fresh SQLite replica that syncs as its own login. A change the server refuses stays on the laptop,
held, and every sync says again who may make it; the rest of the sync goes through.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import ProgrammingError

from bcm.services import plan_editing as pe
from bcm.services.incidents import add_log_entry, incident_detail, start_incident
from bcm.sync.discard import discard_refused, refused_changes
from bcm.sync.engine import sync_status
from bcm.sync.report import SyncReport
from db.journal import record_tables
from db.models import AuditEntry, LogEntry
from tests.conftest import fixed_clock
from tests.sync_helpers import Replica, new_replica
from tests.test_postgres_server import PASSWORD, SharedServer, server_template, shared  # noqa: F401  (fixtures)
from ui.cli.main import main as bcm_main

KEAH, AMHP = "Kent Enablement at Home", "AMHP Service"


@pytest.fixture
def laptops(tmp_path: Path, shared: SharedServer) -> Iterator[dict[str, Replica]]:  # noqa: F811
    made = {login: new_replica(tmp_path, login) for login in ("t_eleanor", "t_priya", "t_vic")}
    yield made
    for replica in made.values():
        replica.database.close()


def sync_as(replica: Replica, shared: SharedServer) -> list[str]:  # noqa: F811
    return replica.sync(shared.url_as(replica.user)).lines()


def plan_of(replica: Replica, service: str) -> uuid.UUID:
    plan = pe.plan_id_for_service(replica.ctx, service)
    assert plan is not None
    return plan


def server_count(shared: SharedServer, table: str, where: str = "true") -> int:  # noqa: F811
    return int(str(shared.admin_sql(f"SELECT count(*) FROM {table} WHERE {where}")[0][0]))


def test_a_fresh_laptop_pulls_everything_as_each_role(laptops: dict[str, Replica], shared: SharedServer) -> None:  # noqa: F811
    for login, replica in laptops.items():
        report = replica.sync(shared.url_as(login))
        assert report.problems == [] and report.conflicts == [], (login, report.lines())
        for name in record_tables():
            with replica.database.engine.connect() as conn:
                here = conn.execute(select(func.count()).select_from(record_tables()[name])).scalar_one()
            assert here == server_count(shared, name), (login, name)
        status = sync_status(replica.database)
        assert status.waiting == 0 and status.server == shared.url_as(login, None)
        again = replica.sync(shared.url_as(login))
        assert not again.changed_anything and again.problems == [], (login, again.lines())



# --- helpers for the edits below ----------------------------------------------------------------------------------


def laptop_of(tmp_path: Path, login: str) -> Replica:
    """A laptop whose person calls themself something else: the server must record the login, not this name."""
    replica = new_replica(tmp_path, login)
    replica.user = f"{login} on their laptop"
    return replica


def sync_login(replica: Replica, shared: SharedServer, login: str) -> SyncReport:  # noqa: F811
    return replica.sync(shared.url_as(login))


def activities(replica: Replica, service: str) -> set[str]:
    return {a.name for a in pe.get_plan_edit(replica.ctx, plan_of(replica, service)).activities}


def server_activities(shared: SharedServer, service: str) -> set[str]:  # noqa: F811
    rows = shared.admin_sql(
        "SELECT a.name FROM critical_activities a JOIN plans p ON p.id = a.plan_id JOIN services s "
        f"ON s.id = p.service_id WHERE s.name = '{service}' AND a.deleted_at IS NULL")
    return {str(r[0]) for r in rows}


def server_audit_users(shared: SharedServer, label_like: str) -> list[str]:  # noqa: F811
    rows = shared.admin_sql(f"SELECT DISTINCT user_name FROM audit_log WHERE record_label LIKE '{label_like}' "
                            "AND user_name <> 'demo' ORDER BY 1")
    return [str(r[0]) for r in rows]


@pytest.fixture
def priya(tmp_path: Path, shared: SharedServer) -> Iterator[Replica]:  # noqa: F811
    replica = laptop_of(tmp_path, "t_priya")
    sync_login(replica, shared, "t_priya")
    yield replica
    replica.database.close()


@pytest.fixture
def vic(tmp_path: Path, shared: SharedServer) -> Iterator[Replica]:  # noqa: F811
    replica = laptop_of(tmp_path, "t_vic")
    sync_login(replica, shared, "t_vic")
    yield replica
    replica.database.close()


# --- a service manager ---------------------------------------------------------------------------------------------


def test_a_managers_offline_edit_to_their_own_plan_syncs_under_their_login(priya: Replica,
                                                                        shared: SharedServer) -> None:  # noqa: F811
    pe.add_activity(priya.ctx, plan_of(priya, KEAH), pe.ActivityInput("Night visits", 4, 24))
    report = sync_login(priya, shared, "t_priya")
    assert report.refused == [] and report.problems == [], report.lines()
    assert report.pushed["critical_activities"] == 1 and report.pushed["plans"] == 1  # the plan's next draft
    assert "Night visits" in server_activities(shared, KEAH)
    assert server_audit_users(shared, "%Kent Enablement at Home%") == ["t_priya"]  # not "t_priya on their laptop"
    status = sync_status(priya.database)
    assert (status.waiting, status.refused) == (0, 0)


def test_a_managers_edit_to_another_services_plan_is_refused_kept_and_reported_at_each_sync(
    priya: Replica, shared: SharedServer,  # noqa: F811
) -> None:
    before = pe.get_plan_edit(priya.ctx, plan_of(priya, AMHP)).overview
    pe.add_activity(priya.ctx, plan_of(priya, AMHP), pe.ActivityInput("Night assessments", 4, 24))
    pe.add_activity(priya.ctx, plan_of(priya, KEAH), pe.ActivityInput("Night visits", 4, 24))  # unrelated, hers

    report = sync_login(priya, shared, "t_priya")

    # hers went up; the other service's change did not, and the report says who may make it
    assert "Night visits" in server_activities(shared, KEAH)
    assert "Night assessments" not in server_activities(shared, AMHP)
    assert sorted(what for what, _ in report.refused) == ["critical activities: Night assessments", "plans"]
    text = "\n".join(report.lines())
    assert "refused by the server: 2 changes, kept here and sent again at each sync" in text
    assert "t_priya is a service manager" in text
    assert "the manager of AMHP Service (Declan Forsythe)" in text and "resilience lead" in text
    assert "bcm sync discard" in text
    # the server's audit trail shows no change it refused; the laptop keeps the change and knows it is refused
    assert server_audit_users(shared, "%AMHP Service%") == []
    assert server_audit_users(shared, "%Kent Enablement at Home%") == ["t_priya"]
    assert "Night assessments" in activities(priya, AMHP)
    assert pe.get_plan_edit(priya.ctx, plan_of(priya, AMHP)).overview.status == "draft" != before.status
    status = sync_status(priya.database)
    assert status.refused == 2 and status.waiting >= 2

    again = sync_login(priya, shared, "t_priya")  # the next sync: the same refusal, said again; nothing else moves
    assert sorted(again.refused) == sorted(report.refused) and not again.pushed and again.problems == []
    assert "Night assessments" in activities(priya, AMHP)
    assert [r.table_name for r in refused_changes(priya.database)] == ["plans", "critical_activities"]

    done = discard_refused(priya.database, priya.user, fixed_clock())
    assert sorted(done.reverted) == ["critical activities: Night assessments", "plans"] and done.kept_here == []
    assert "Night assessments" not in activities(priya, AMHP)
    assert pe.get_plan_edit(priya.ctx, plan_of(priya, AMHP)).overview.status == before.status
    assert "Night visits" in activities(priya, KEAH)
    after = sync_login(priya, shared, "t_priya")
    assert after.refused == [] and after.problems == [] and not after.pushed, after.lines()
    assert (sync_status(priya.database).waiting, sync_status(priya.database).refused) == (0, 0)
    assert server_audit_users(shared, "%AMHP Service%") == []  # the discard stays in this laptop's trail
    assert priya.count(AuditEntry, AuditEntry.record_label.like("%refused by the server%")) == 2


def test_a_managers_incident_log_entry_is_refused_saying_a_lead_may_and_is_never_removed(
    tmp_path: Path, priya: Replica, shared: SharedServer,  # noqa: F811
) -> None:
    eleanor = laptop_of(tmp_path, "t_eleanor")
    sync_login(eleanor, shared, "t_eleanor")
    incident = start_incident(eleanor.ctx, "Flooding: Margate depot", ["premises"], "Eleanor Whitcombe", [KEAH])
    add_log_entry(eleanor.ctx, incident, "information", "Depot closed")
    assert sync_login(eleanor, shared, "t_eleanor").refused == []  # a lead may
    sync_login(priya, shared, "t_priya")
    add_log_entry(priya.ctx, incident, "decision", "Visits run from Ramsgate", rationale="Nearest open base")

    report = sync_login(priya, shared, "t_priya")

    # by the policies, incidents and their logs are a resilience lead's: a service manager reads them
    assert [what for what, _ in report.refused] == ["log entries: Visits run from Ramsgate"]
    [(_, why)] = report.refused
    assert why.startswith("the server refused this change to log entries: t_priya is a service manager")
    assert "a resilience lead (Eleanor Whitcombe) may make it" in why
    assert shared.admin_sql("SELECT count(*) FROM log_entries WHERE text = 'Visits run from Ramsgate'") == [(0,)]
    assert server_audit_users(shared, "Flooding: Margate depot log%") == ["t_eleanor"]
    texts = [e.text for e in incident_detail(priya.ctx, incident).log]
    assert texts == ["Depot closed", "Visits run from Ramsgate"]
    assert [w for w, _ in sync_login(priya, shared, "t_priya").refused] == ["log entries: Visits run from Ramsgate"]

    done = discard_refused(priya.database, priya.user, fixed_clock())
    assert done.kept_here == ["log entries: Visits run from Ramsgate"] and done.reverted == []
    assert [e.text for e in incident_detail(priya.ctx, incident).log] == texts  # never removed from a log
    after = sync_login(priya, shared, "t_priya")
    assert after.refused == [] and not after.pushed, after.lines()
    assert sync_status(priya.database).waiting == 0
    add_log_entry(eleanor.ctx, incident, "information", "Depot reopened")
    sync_login(eleanor, shared, "t_eleanor")
    assert sync_login(priya, shared, "t_priya").pulled["log_entries"] == 1
    assert priya.count(LogEntry, LogEntry.incident_id == incident) == 3
    eleanor.database.close()


# --- a viewer ------------------------------------------------------------------------------------------------------


def test_a_viewers_offline_edit_is_refused_as_read_only_and_kept(vic: Replica, shared: SharedServer) -> None:  # noqa: F811
    pe.add_activity(vic.ctx, plan_of(vic, KEAH), pe.ActivityInput("Weekend visits", 4, 24))
    report = sync_login(vic, shared, "t_vic")
    assert "critical activities: Weekend visits" in [what for what, _ in report.refused]
    assert "plans" in [what for what, _ in report.refused]
    assert {why for _, why in report.refused} == {
        "the server refused this change: t_vic is a viewer, with read-only access; a resilience lead "
        "(Eleanor Whitcombe) may make it, or a service manager for their own services' plans, risks and actions"}
    assert "Weekend visits" not in server_activities(shared, KEAH)
    assert server_audit_users(shared, "%") == []
    assert "Weekend visits" in activities(vic, KEAH)
    again = sync_login(vic, shared, "t_vic")
    assert sorted(again.refused) == sorted(report.refused) and again.problems == []


def test_bcm_sync_as_a_viewer_on_the_command_line(vic: Replica, shared: SharedServer,  # noqa: F811
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    pe.add_activity(vic.ctx, plan_of(vic, KEAH), pe.ActivityInput("Weekend visits", 4, 24))
    laptop = str(vic.database.target)
    code = bcm_main(["sync", "--server", shared.url_as("t_vic"), "--db", laptop])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "refused by the server: 2 changes" in out and "t_vic is a viewer" in out and "Eleanor Whitcombe" in out
    assert "Traceback" not in err and PASSWORD not in out + err
    assert bcm_main(["sync", "discard", "--list", "--db", laptop]) == 0
    listed = capsys.readouterr().out
    assert "critical activities: Weekend visits: the server refused this change: t_vic is a viewer" in listed
    assert bcm_main(["sync", "discard", "--db", laptop]) == 0
    assert "took the server's version back: critical activities: Weekend visits" in capsys.readouterr().out
    assert bcm_main(["sync", "--db", laptop]) != 0  # the remembered URL has no password: it is asked for, not kept
    capsys.readouterr()
    assert bcm_main(["sync", "--server", shared.url_as("t_vic"), "--db", laptop]) == 0
    out = capsys.readouterr().out
    assert "pushed: nothing" in out and "refused" not in out


def test_bcm_sync_as_a_manager_on_the_command_line_says_who_may(priya: Replica, shared: SharedServer,  # noqa: F811
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    for service, name in ((AMHP, "Night assessments"), (KEAH, "Night visits"), (AMHP, "Day assessments")):
        pe.add_activity(priya.ctx, plan_of(priya, service), pe.ActivityInput(name, 4, 24))
    plan = plan_of(priya, AMHP)
    pe.update_overview(priya.ctx, plan, None, pe.OverviewInput(owner="Declan Forsythe", scope="Changed by Priya"))
    code = bcm_main(["sync", "--server", shared.url_as("t_priya"), "--db", str(priya.database.target)])
    out, err = capsys.readouterr()
    assert code == 0 and err == "", err
    assert not [r for r in caplog.records if r.name.startswith("psycopg")]  # no driver noise about refused batches
    assert "pushed: 5 records (3 audit log, 1 critical activities, 1 plans)" in out
    assert ("refused by the server: 3 changes" in out and "critical activities: Day assessments; critical activities: "
            "Night assessments; plans: the server refused this change: t_priya is a service manager" in out)
    assert "AMHP Service (Declan Forsythe)" in out


# --- the journal on the server --------------------------------------------------------------------------------------


def test_the_sync_journal_is_readable_by_every_role_and_rewritable_by_none(shared: SharedServer) -> None:  # noqa: F811
    for login in ("t_eleanor", "t_priya", "t_vic"):
        engine = create_engine(shared.url_as(login))
        try:
            with engine.connect() as conn:
                for table in ("sync_changes", "sync_clock", "sync_state", "sync_base", "sync_held", "sync_conflicts"):
                    conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for statement in ("DELETE FROM sync_changes", "UPDATE sync_clock SET seq = 1",
                              "INSERT INTO sync_changes VALUES (1, 'people', gen_random_uuid())",
                              "INSERT INTO sync_state VALUES ('x', 'y')"):
                with pytest.raises(ProgrammingError, match=r"permission denied|sync clock|sequence number"), \
                        engine.begin() as conn:
                    conn.execute(text(statement))
        finally:
            engine.dispose()


def test_a_managers_refused_changes_are_taken_back_one_at_a_time(priya: Replica,
                                                                   shared: SharedServer) -> None:  # noqa: F811
    pe.add_activity(priya.ctx, plan_of(priya, AMHP), pe.ActivityInput("Night assessments", 4, 24))
    sync_login(priya, shared, "t_priya")
    [plan, activity] = refused_changes(priya.database)
    assert (plan.table_name, activity.record_label) == ("plans", "critical activities: Night assessments")
    assert "the manager of AMHP Service (Declan Forsythe)" in activity.reason

    done = discard_refused(priya.database, priya.user, fixed_clock(), only=[(activity.table_name, activity.record_id)])

    assert done.reverted == ["critical activities: Night assessments"]
    assert "Night assessments" not in activities(priya, AMHP)
    assert [r.record_id for r in refused_changes(priya.database)] == [plan.record_id]  # the plan's draft still held
    again = sync_login(priya, shared, "t_priya")
    assert [what for what, _ in again.refused] == ["plans"] and again.problems == [], again.lines()
