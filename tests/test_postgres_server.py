"""The shared PostgreSQL server: `bcm server init` and `add-user`, and who may change what, refused by the server
itself when connected as each login (resilience lead, service manager, viewer); the audit trail records the login.

In the demo, Priya Natarajan manages Kent Enablement at Home (KEaH) and owns its service risk register; Declan
Forsythe manages the AMHP Service; Eleanor Whitcombe owns the directorate register.
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bcm.context import Context
from bcm.database import Database, OpenError, open_database
from bcm.errors import DomainError, PermissionDenied, ValidationError
from bcm.services import plan_editing as pe
from bcm.services import risks, server
from bcm.services.people_admin import PersonInput, create_person
from tests.conftest import DEMO_TEMPLATE, PostgresCluster, fixed_clock
from ui.cli.main import main as bcm_main

PASSWORD = "correct horse battery staple"
USERS = {  # login: (role, person)
    "t_priya": ("manager", "Priya Natarajan"),
    "t_declan": ("manager", "Declan Forsythe"),
    "t_vic": ("viewer", None),
    "t_eleanor": ("lead", "Eleanor Whitcombe"),
}
SERVER_TEMPLATE = "bcm_template_server"


@pytest.fixture(scope="module")
def server_template(postgres: PostgresCluster) -> str:
    """The demo on a server database prepared by `bcm server init`, with the four logins: copied for each test."""
    url = postgres.create(DEMO_TEMPLATE)
    server.init_server(url)
    admin = open_database(url)
    for login, (role, person) in USERS.items():
        server.add_user(admin, login, role, person, PASSWORD)
    admin.close()
    with postgres.admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {SERVER_TEMPLATE}")
        conn.exec_driver_sql(f"ALTER DATABASE {url.rsplit('/', 1)[-1]} RENAME TO {SERVER_TEMPLATE}")
    return SERVER_TEMPLATE


@dataclass
class SharedServer:
    url: str  # as the administrator (the database's owner)
    opened: list[Database]

    def url_as(self, login: str, password: str | None = PASSWORD) -> str:
        return make_url(self.url).set(username=login, password=password).render_as_string(hide_password=False)

    def as_login(self, login: str) -> Context:
        """A context connected as login, claiming to be someone else: the server must record the login."""
        database = open_database(self.url_as(login))
        self.opened.append(database)
        return Context(database.sessions, user="somebody-else", clock=fixed_clock)

    def admin_sql(self, sql: str) -> list[tuple[object, ...]]:
        engine = create_engine(self.url)
        try:
            with engine.begin() as conn:
                result = conn.execute(text(sql))
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()


@pytest.fixture
def shared(postgres: PostgresCluster, server_template: str) -> Iterator[SharedServer]:
    url = postgres.create(server_template)
    found = SharedServer(url, [])
    yield found
    for database in found.opened:
        database.close()
    postgres.drop(url)


def plan_of(ctx: Context, service: str) -> uuid.UUID:
    plan = pe.plan_id_for_service(ctx, service)
    assert plan is not None
    return plan


def add_activity(ctx: Context, service: str) -> Callable[[], uuid.UUID]:
    return lambda: pe.add_activity(ctx, plan_of(ctx, service), pe.ActivityInput("Night visits", 4, 24))


def test_a_manager_changes_their_own_services_plan(shared: SharedServer) -> None:
    priya = shared.as_login("t_priya")
    activity = add_activity(priya, "Kent Enablement at Home")()
    edit = pe.get_plan_edit(priya, plan_of(priya, "KEaH"))
    assert activity in {a.id for a in edit.activities}
    assert edit.overview.status == "draft"  # the change started the next draft


def test_a_manager_is_refused_another_services_plan_by_the_server(shared: SharedServer) -> None:
    priya = shared.as_login("t_priya")
    before = pe.get_plan_edit(priya, plan_of(priya, "AMHP Service"))
    with pytest.raises(PermissionDenied) as refused:
        add_activity(priya, "AMHP Service")()
    message = str(refused.value)
    assert "t_priya is a service manager" in message
    assert "AMHP Service (Declan Forsythe)" in message and "resilience lead" in message
    after = pe.get_plan_edit(priya, plan_of(priya, "AMHP Service"))
    assert (after.activities, after.overview.version) == (before.activities, before.overview.version)
    declan = shared.as_login("t_declan")
    add_activity(declan, "AMHP Service")()  # its own manager may


def test_the_server_refuses_even_a_program_that_skips_the_app(shared: SharedServer) -> None:
    engine = create_engine(shared.url_as("t_priya"))
    try:
        with pytest.raises(Exception, match="Declan Forsythe"), engine.begin() as conn:
            conn.execute(text("UPDATE plans SET scope = 'hijacked' FROM services "
                              "WHERE plans.service_id = services.id AND services.name = 'AMHP Service'"))
        with pytest.raises(Exception, match=r"row-level security|Declan Forsythe"), engine.begin() as conn:
            # moving one of KEaH's activities into the AMHP plan: the row is Priya's before, Declan's after
            conn.execute(text("UPDATE critical_activities SET plan_id = (SELECT p.id FROM plans p JOIN services s "
                              "ON s.id = p.service_id WHERE s.name = 'AMHP Service') WHERE id = (SELECT a.id "
                              "FROM critical_activities a JOIN plans p ON p.id = a.plan_id JOIN services s "
                              "ON s.id = p.service_id WHERE s.short_name = 'KEaH' LIMIT 1)"))
    finally:
        engine.dispose()
    assert shared.admin_sql("SELECT count(*) FROM plans WHERE scope = 'hijacked'") == [(0,)]


def test_risks_are_changed_by_their_owner_or_their_registers_owner(shared: SharedServer) -> None:
    priya = shared.as_login("t_priya")
    own = next(r for r in risks.list_risks(priya, "Kent Enablement at Home service risks"))
    risks.add_review_comment(priya, own.id, "Reviewed with the team")
    risks.add_action(priya, own.id, "Test the generator", "Priya Natarajan", None)
    other = risks.list_risks(priya, "Operations")[0]
    with pytest.raises(PermissionDenied, match=f"{other.ref}'s owner .*register Operations \\(Tobias Renshaw\\)"):
        risks.add_review_comment(priya, other.id, "Not mine")
    with pytest.raises(PermissionDenied, match="a resilience lead \\(Eleanor Whitcombe\\) may make it"):
        create_person(priya, PersonInput(name="New Starter"))


def test_a_viewer_is_refused_every_write(shared: SharedServer) -> None:
    vic = shared.as_login("t_vic")
    risk = risks.list_risks(vic)[0]  # reading is allowed
    writes: list[Callable[[], object]] = [
        lambda: risks.add_review_comment(vic, risk.id, "A viewer's comment"),
        add_activity(vic, "Kent Enablement at Home"),
        lambda: create_person(vic, PersonInput(name="New Starter")),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied, match="t_vic is a viewer, with read-only access; a resilience lead "
                                                   "\\(Eleanor Whitcombe\\) may make it"):
            write()


def test_a_lead_changes_anything_and_the_audit_trail_records_each_login(shared: SharedServer) -> None:
    eleanor = shared.as_login("t_eleanor")
    add_activity(eleanor, "AMHP Service")()
    create_person(eleanor, PersonInput(name="New Starter"))
    priya = shared.as_login("t_priya")
    own = risks.list_risks(priya, "Kent Enablement at Home service risks")[0]
    risks.rescore(priya, own.id, None, 1, 1, "Generator installed")
    users = shared.admin_sql("SELECT DISTINCT user_name FROM audit_log WHERE user_name <> 'demo' ORDER BY 1")
    assert users == [("t_eleanor",), ("t_priya",)]  # not "somebody-else", whatever the program claimed
    assert shared.admin_sql(f"SELECT changed_by FROM score_history WHERE risk_id = '{own.id}' "
                            "AND reason = 'Generator installed'") == [("t_priya",)]


def test_passwords_are_kept_as_scram_verifiers_and_checked(shared: SharedServer) -> None:
    stored = shared.admin_sql("SELECT rolpassword FROM pg_authid WHERE rolname = 't_priya'")
    assert str(stored[0][0]).startswith("SCRAM-SHA-256$") and PASSWORD not in str(stored[0][0])
    with pytest.raises(OpenError, match="password authentication failed") as failed:
        open_database(shared.url_as("t_priya", "wrong"))
    assert "wrong" not in str(failed.value)


def test_init_and_add_user_are_idempotent(shared: SharedServer) -> None:
    first = server.init_server(shared.url)
    again = server.init_server(shared.url)
    assert again == first and first.guarded == 16
    admin = open_database(shared.url)
    try:
        changed = server.add_user(admin, "t_vic", "manager", "Declan Forsythe", None)
        assert not changed.created
        users = {u.login: (u.role, u.person) for u in server.list_users(admin)}
        assert users["t_vic"] == ("manager", "Declan Forsythe")
        with pytest.raises(ValidationError, match="lower-case letters"):
            server.add_user(admin, "Robert'); DROP TABLE people;--", "viewer", None, PASSWORD)
        with pytest.raises(ValidationError, match="must be mapped to a person"):
            server.add_user(admin, "t_new", "manager", None, PASSWORD)
        with pytest.raises(DomainError, match="no person called 'Nobody'"):
            server.add_user(admin, "t_new", "viewer", "Nobody", PASSWORD)
        with pytest.raises(ValidationError, match="needs a password"):
            server.add_user(admin, "t_brand_new", "viewer", None, None)
        server.add_user(admin, "t_vic", "viewer", None, None)  # logins belong to the server: put it back
    finally:
        admin.close()


def test_a_login_without_a_role_cannot_open_the_database(shared: SharedServer) -> None:
    shared.admin_sql("DROP ROLE IF EXISTS t_stranger")
    shared.admin_sql(f"CREATE ROLE t_stranger LOGIN PASSWORD '{PASSWORD}'")
    with pytest.raises(OpenError, match=r"may not read .*bcm server add-user"):
        open_database(shared.url_as("t_stranger"))


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = bcm_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_server_commands(shared: SharedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("server", "init", shared.url, capsys=capsys)
    assert code == 0 and "server database ready" in out and "postgres@" in out
    monkeypatch.setenv("T_PASSWORD", PASSWORD)
    code, out, err = run("server", "add-user", "t_owen", "--role", "manager", "--person", "Owen Treharne",
                         "--password-env", "T_PASSWORD", "--db", shared.url, capsys=capsys)
    assert code == 0, err
    assert out.strip() == "created login t_owen (Owen Treharne): manager"
    code, out, _ = run("server", "users", "--format", "json", "--db", shared.url, capsys=capsys)
    assert {"login": "t_owen", "role": "manager", "person": "Owen Treharne"} in json.loads(out)
    for args, message in [
        (("server", "init", str(tmp_path / "file.db")), "is for a PostgreSQL server"),
        (("server", "add-user", "t_x", "--role", "viewer", "--password-env", "T_UNSET", "--db", shared.url),
         "is not set"),
        (("server", "add-user", "t_x", "--role", "manager", "--person", "Nobody", "--password-env", "T_PASSWORD",
          "--db", shared.url), "no person called 'Nobody'"),
        (("server", "add-user", "Bad Name", "--role", "viewer", "--password-env", "T_PASSWORD", "--db", shared.url),
         "lower-case letters"),
    ]:
        code, _, err = run(*args, capsys=capsys)
        assert code == 2 and message in err, (args, err)


def test_a_refused_change_on_the_command_line_exits_2_saying_who_may(shared: SharedServer,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    eleanor = shared.as_login("t_eleanor")
    add_activity(eleanor, "AMHP Service")()  # a draft to approve
    code, _, err = run("plans", "approve", "AMHP Service", "--summary", "Approved by the wrong person",
                       "--db", shared.url_as("t_priya"), capsys=capsys)
    assert code == 2
    assert "the server refused this change" in err and "Declan Forsythe" in err and "Traceback" not in err
    code, _, err = run("plans", "approve", "AMHP Service", "--summary", "Approved", "--db",
                         shared.url_as("t_declan"), capsys=capsys)
    assert code == 0, err


def test_file_only_commands_say_so_on_a_server(shared: SharedServer, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("backup", "--db", shared.url, capsys=capsys)
    assert code == 2 and "pg_dump" in err
    code, _, err = run("restore", str(tmp_path / "x.bak"), "--db", shared.url, capsys=capsys)
    assert code == 2 and "Traceback" not in err and ("server" in err or "file" in err)
    code, out, err = run("check", "--db", shared.url, capsys=capsys)
    assert code == 0 and "sound" in out, err
    assert PASSWORD not in out + err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX")
def test_a_missing_password_is_asked_for_or_explained(shared: SharedServer, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run("check", "--db", shared.url_as("t_vic", None), capsys=capsys)
    assert code == 1 and "needs a password" in err and "PGPASSWORD" in err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    code, out, err = run("check", "--db", shared.url_as("t_vic", None), capsys=capsys)
    assert code == 0 and "sound" in out, err


def test_a_server_behind_this_version_asks_for_server_init(shared: SharedServer) -> None:
    shared.admin_sql("UPDATE alembic_version SET version_num = '0001'")  # as if the app were upgraded first
    with pytest.raises(OpenError, match=r"at schema revision 0001 .* must run `bcm server init`"):
        open_database(shared.url_as("t_priya"))
