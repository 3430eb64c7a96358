"""A shared PostgreSQL server: group roles, logins mapped to people, grants, row-level security and guard triggers.

Everything here is PostgreSQL-only SQL, idempotent (run it again after every migration: `bcm server init`), and kept
out of the Alembic migrations so that the same migrations build SQLite replicas.

Who may change what (enforced by the server, whatever program connects):

- bcm_lead (resilience lead): every table.
- bcm_manager (service manager): reads everything; changes only what they own:
  a plan and everything in it (versions, critical activities and their impacts, dependencies and their links,
  cascade, response cards and their steps, staffing thresholds) when they manage the plan's service
  (services.manager_id) or own the plan (plans.owner_id); a risk and everything on it (controls, actions, review
  comments, score history, acceptances) when they own the risk (risks.owner_id) or its register
  (risk_registers.owner_id); and any risk action they own (risk_actions.owner_id).
  People, services, registers, exercises, incidents, lessons and the scoring matrix are changed by a lead.
- bcm_viewer: reads everything, changes nothing.

"They" is the person a login is mapped to in bcm_logins (`bcm server add-user LOGIN --person NAME`). GRANTs give each
group its tables; row-level security policies decide which rows a manager may create or turn a row into; a guard
trigger on the same tables refuses a change to a row the manager does not own with a message naming who may make it
(the trigger fires before the policy check, and unlike a policy it refuses rather than silently skipping the row).
The audit trail's user is set by the server to the login that connected (session_user), whatever the program says.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from db.journal import record_tables

ROLES = {"lead": "bcm_lead", "manager": "bcm_manager", "viewer": "bcm_viewer"}
ROLE_TITLES = {"lead": "resilience lead", "manager": "service manager", "viewer": "viewer"}
LOGINS = "bcm_logins"
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of a refusal by GRANT, row-level security or the guards
# The sync journal: every writer takes the next number from the clock and enters what it wrote (db.journal); no one
# but the database's owner may rewrite or remove it (replicas would miss changes). Writers are leads and managers.
JOURNAL_GRANTS = {"sync_clock": "INSERT, UPDATE", "sync_changes": "INSERT"}

PLAN_CHILDREN = ("plan_versions", "critical_activities", "dependencies", "cascade_entries", "response_cards",
                 "staffing_thresholds")
RISK_CHILDREN = ("controls", "review_comments", "score_history", "risk_acceptances")


@dataclass(frozen=True)
class Guarded:
    """A table a manager may change in part: `owned` is true of the rows they own, `refusal` says who may change
    a row; both are SQL with {r} standing for the row (nothing in a policy, NEW. or OLD. in the trigger)."""

    owned: str
    refusal: str


def _plan_keyed(key: str) -> Guarded:
    return Guarded(f"bcm_plan_owned({key})", f"bcm_plan_refusal({key})")


def _risk_keyed(key: str, extra: str = "") -> Guarded:
    return Guarded(f"bcm_risk_owned({key}){extra}", f"bcm_risk_refusal({key})")


GUARDED: dict[str, Guarded] = {
    "plans": Guarded("bcm_service_owned({r}service_id) OR {r}owner_id = bcm_person()",
                     "bcm_service_refusal({r}service_id, {r}owner_id)"),
    **{table: _plan_keyed("{r}plan_id") for table in PLAN_CHILDREN},
    "activity_impacts": _plan_keyed("(SELECT plan_id FROM critical_activities WHERE id = {r}activity_id)"),
    "dependency_activities": _plan_keyed("(SELECT plan_id FROM dependencies WHERE id = {r}dependency_id)"),
    "card_steps": _plan_keyed("(SELECT plan_id FROM response_cards WHERE id = {r}card_id)"),
    "risks": Guarded("bcm_register_owned({r}register_id) OR {r}owner_id = bcm_person()",
                     "bcm_register_refusal({r}ref, {r}register_id, {r}owner_id)"),
    **{table: _risk_keyed("{r}risk_id") for table in RISK_CHILDREN},
    "risk_actions": _risk_keyed("{r}risk_id", " OR {r}owner_id = bcm_person()"),
}

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION bcm_person() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT person_id FROM bcm_logins WHERE login = current_user $$;

CREATE OR REPLACE FUNCTION bcm_restricted() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(current_user, 'bcm_manager', 'MEMBER') AND NOT pg_has_role(current_user, 'bcm_lead', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION bcm_service_owned(service uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM services WHERE id = service AND manager_id = bcm_person()) $$;

CREATE OR REPLACE FUNCTION bcm_plan_owned(plan uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM plans p WHERE p.id = plan
                  AND (p.owner_id = bcm_person() OR bcm_service_owned(p.service_id))) $$;

CREATE OR REPLACE FUNCTION bcm_register_owned(register uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM risk_registers WHERE id = register AND owner_id = bcm_person()) $$;

CREATE OR REPLACE FUNCTION bcm_risk_owned(risk uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM risks r WHERE r.id = risk
                  AND (r.owner_id = bcm_person() OR bcm_register_owned(r.register_id))) $$;

CREATE OR REPLACE FUNCTION bcm_name(person uuid) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT name FROM people WHERE id = person $$;

CREATE OR REPLACE FUNCTION bcm_service_refusal(service uuid, plan_owner uuid) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT format('only a resilience lead, the manager of %s (%s)%s may change that plan',
                 coalesce((SELECT name FROM services WHERE id = service), 'its service'),
                 coalesce((SELECT bcm_name(manager_id) FROM services WHERE id = service), 'no manager named'),
                 CASE WHEN plan_owner IS NULL THEN '' ELSE format(' or the plan''s owner (%s)', bcm_name(plan_owner))
                 END) $$;

CREATE OR REPLACE FUNCTION bcm_plan_refusal(plan uuid) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT bcm_service_refusal(service_id, owner_id) FROM plans WHERE id = plan),
                   'only a resilience lead may change that plan') $$;

CREATE OR REPLACE FUNCTION bcm_register_refusal(ref text, register uuid, risk_owner uuid) RETURNS text
LANGUAGE sql STABLE AS
$$ SELECT format('only a resilience lead, %s''s owner (%s) or the owner of register %s (%s) may change that risk',
                 coalesce(ref, 'the risk'), coalesce(bcm_name(risk_owner), 'none named'),
                 coalesce((SELECT name FROM risk_registers WHERE id = register), '?'),
                 coalesce((SELECT bcm_name(owner_id) FROM risk_registers WHERE id = register), 'none named')) $$;

CREATE OR REPLACE FUNCTION bcm_risk_refusal(risk uuid) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT bcm_register_refusal(ref, register_id, owner_id) FROM risks WHERE id = risk),
                   'only a resilience lead may change that risk') $$;

CREATE OR REPLACE FUNCTION bcm_refused(why text) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT format('the server refused this change: %s is a service manager, who may change only their own '
                 'services'' plans, risks and actions; %s', session_user, why) $$;

CREATE OR REPLACE FUNCTION bcm_clock_forward() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    IF NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'the sync clock only moves forward one step at a time';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION bcm_journal_now() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    IF NEW.seq IS DISTINCT FROM (SELECT seq FROM sync_clock WHERE id = 1) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'a sync journal entry takes the sequence number its transaction took from the clock';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION bcm_audit_user() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.user_name := session_user; RETURN NEW; END $$;

CREATE OR REPLACE FUNCTION bcm_score_user() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.changed_by := session_user; RETURN NEW; END $$;
"""

GUARD = """
CREATE OR REPLACE FUNCTION bcm_guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF bcm_restricted() THEN
        IF TG_OP <> 'INSERT' AND NOT coalesce(({old_owned}), false) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = bcm_refused({old_refusal});
        END IF;
        IF TG_OP <> 'DELETE' AND NOT coalesce(({new_owned}), false) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = bcm_refused({new_refusal});
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS bcm_guard ON {table};
CREATE TRIGGER bcm_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION bcm_guard_{table}();
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS bcm_read ON {table};
CREATE POLICY bcm_read ON {table} FOR SELECT TO bcm_lead, bcm_manager, bcm_viewer USING (true);
DROP POLICY IF EXISTS bcm_lead_write ON {table};
CREATE POLICY bcm_lead_write ON {table} FOR ALL TO bcm_lead USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS bcm_manager_insert ON {table};
CREATE POLICY bcm_manager_insert ON {table} FOR INSERT TO bcm_manager WITH CHECK ({owned});
DROP POLICY IF EXISTS bcm_manager_update ON {table};
CREATE POLICY bcm_manager_update ON {table} FOR UPDATE TO bcm_manager USING (true) WITH CHECK ({owned});
DROP POLICY IF EXISTS bcm_manager_delete ON {table};
CREATE POLICY bcm_manager_delete ON {table} FOR DELETE TO bcm_manager USING (true);
"""


class NotAServer(Exception):
    """The database is not a PostgreSQL server database."""


def _require_postgres(engine: Engine | Connection) -> None:
    if engine.dialect.name != "postgresql":
        raise NotAServer("roles and row-level security need a PostgreSQL server database, not a file")


def _statements(script: str) -> list[str]:
    """Split on ; at the end of a line outside $$ bodies (the scripts here keep to that shape)."""
    parts, current, in_body = [], [], False
    for line in script.splitlines():
        current.append(line)
        in_body ^= line.count("$$") % 2 == 1
        if not in_body and line.rstrip().endswith(";"):
            parts.append("\n".join(current).strip())
            current = []
    if "\n".join(current).strip():
        parts.append("\n".join(current).strip())
    return parts


@dataclass(frozen=True)
class InstallReport:
    roles: tuple[str, ...]
    tables: int
    guarded: int


def install(engine: Engine) -> InstallReport:
    """Create (or bring up to date) the group roles, logins table, grants, policies and triggers. Idempotent."""
    _require_postgres(engine)
    records = set(record_tables())
    with engine.begin() as conn:
        for group in ROLES.values():
            conn.exec_driver_sql(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
                f"CREATE ROLE {group} NOLOGIN; END IF; END $$"
            )
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {LOGINS} ("
            " login name PRIMARY KEY,"
            " role text NOT NULL CHECK (role IN ('lead', 'manager', 'viewer')),"
            " person_id uuid REFERENCES people (id),"
            " added_at timestamptz NOT NULL DEFAULT now())"
        )
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO bcm_lead, bcm_manager, bcm_viewer")
        tables = list(conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        ).scalars())
        for statement in _statements(FUNCTIONS):
            conn.execute(text(statement))  # text(): the driver must not read format()'s %s as parameters
        for table in tables:
            conn.exec_driver_sql(f"GRANT SELECT ON {table} TO bcm_lead, bcm_manager, bcm_viewer")
            if table in ("alembic_version", LOGINS):
                continue
            if table == "audit_log":
                conn.exec_driver_sql(f"GRANT INSERT ON {table} TO bcm_lead, bcm_manager")
            elif table in records:
                conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO bcm_lead")
                if table in GUARDED:
                    conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO bcm_manager")
            else:  # bookkeeping: the sync clock and journal, written by every writer; a replica's own sync
                # tables, unused on a server: read-only to everyone (what an earlier version granted is taken back)
                conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON {table} "
                                     "FROM bcm_lead, bcm_manager, bcm_viewer")
                if table in JOURNAL_GRANTS:
                    conn.exec_driver_sql(f"GRANT {JOURNAL_GRANTS[table]} ON {table} TO bcm_lead, bcm_manager")
        for table, rule in GUARDED.items():
            script = GUARD.format(
                table=table, owned=rule.owned.format(r=""),
                old_owned=rule.owned.format(r="OLD."), old_refusal=rule.refusal.format(r="OLD."),
                new_owned=rule.owned.format(r="NEW."), new_refusal=rule.refusal.format(r="NEW."),
            )
            for statement in _statements(script):
                conn.execute(text(statement))
        # the journal's guards: the clock only steps forward, an entry carries the number its writer took
        for table, trigger, function in (("sync_clock", "UPDATE", "bcm_clock_forward"),
                                         ("sync_changes", "INSERT", "bcm_journal_now")):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS bcm_journal_guard ON {table}")
            conn.exec_driver_sql(f"CREATE TRIGGER bcm_journal_guard BEFORE {trigger} ON {table} "
                                 f"FOR EACH ROW EXECUTE FUNCTION {function}()")
        for table, function in (("audit_log", "bcm_audit_user"), ("score_history", "bcm_score_user")):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS bcm_real_user ON {table}")
            conn.exec_driver_sql(f"CREATE TRIGGER bcm_real_user BEFORE INSERT ON {table} "
                                 f"FOR EACH ROW EXECUTE FUNCTION {function}()")
    return InstallReport(tuple(ROLES.values()), len(tables), len(GUARDED))


def is_installed(conn: Connection) -> bool:
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.exec_driver_sql(f"SELECT to_regclass('{LOGINS}') IS NOT NULL").scalar())


# --- logins ----------------------------------------------------------------------------------------------------


class BadLogin(Exception):
    """The login cannot be used; str() says why."""


@dataclass(frozen=True)
class Login:
    login: str
    role: str
    person: str | None


def check_login_name(login: str) -> str:
    if not LOGIN_PATTERN.match(login):
        raise BadLogin("a login is 1 to 63 lower-case letters, digits and underscores, starting with a letter")
    if login.startswith("pg_") or login in ROLES.values():
        raise BadLogin("that name is reserved")
    return login


def password_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM verifier of a password, computed here (libpq), so the password itself never reaches the server,
    its logs or its catalogue."""
    raw = conn.connection.driver_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:
        raise NotAServer("setting a password needs the psycopg driver (postgresql+psycopg://...)")
    verifier: bytes = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode()


def add_login(engine: Engine, login: str, role: str, person_id: uuid.UUID | None, password: str | None) -> bool:
    """Create the login (or change its role, person and password). Returns True when the login is new."""
    _require_postgres(engine)
    check_login_name(login)
    group = ROLES[role]
    with engine.begin() as conn:
        if not is_installed(conn):
            raise NotAServer("this server database is not prepared: run `bcm server init URL` first")
        found = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :l"), {"l": login}).first()
        if found is not None and found[0]:
            raise BadLogin(f"{login} is a superuser: it needs no bcm role")
        if found is None and not password:
            raise BadLogin("a new login needs a password")
        quoted = conn.dialect.identifier_preparer.quote(login)
        secret = ""
        if password:
            verifier = password_verifier(conn, login, password).replace("'", "''")
            secret = f" PASSWORD '{verifier}'"
        conn.exec_driver_sql(f"{'CREATE' if found is None else 'ALTER'} ROLE {quoted} LOGIN{secret}")
        for other in ROLES.values():
            if other != group:
                conn.exec_driver_sql(f"REVOKE {other} FROM {quoted}")
        conn.exec_driver_sql(f"GRANT {group} TO {quoted}")
        conn.execute(
            text(f"INSERT INTO {LOGINS} (login, role, person_id) VALUES (:l, :r, :p) "
                 "ON CONFLICT (login) DO UPDATE SET role = excluded.role, person_id = excluded.person_id"),
            {"l": login, "r": role, "p": person_id},
        )
    return found is None


def list_logins(engine: Engine) -> list[Login]:
    _require_postgres(engine)
    with engine.connect() as conn:
        if not is_installed(conn):
            raise NotAServer("this server database is not prepared: run `bcm server init URL` first")
        rows = conn.execute(text(
            f"SELECT l.login, l.role, p.name FROM {LOGINS} l LEFT JOIN people p ON p.id = l.person_id ORDER BY l.login"
        )).all()
    return [Login(r[0], r[1], r[2]) for r in rows]


# --- explaining a refusal ----------------------------------------------------------------------------------------


def session_login(conn: Connection) -> str:
    login: str = conn.exec_driver_sql("SELECT session_user").scalar_one()
    return login


def my_role(conn: Connection) -> str | None:
    """The bcm role of the connected login (lead beats manager beats viewer), or None."""
    for role in ("lead", "manager", "viewer"):
        if conn.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": ROLES[role]}).scalar():
            return role
    return None


def explain_refusal(conn: Connection, server_message: str) -> str:
    """A refusal fit for the user: the guard triggers' own messages as they are; a refusal by GRANT (a viewer's
    write, a manager's change to a lead-only table) said with who may make the change instead."""
    if server_message.startswith("the server refused"):
        return server_message
    login = session_login(conn)
    leads = ""
    if is_installed(conn):
        names = conn.execute(text(
            f"SELECT coalesce(p.name, l.login) FROM {LOGINS} l LEFT JOIN people p ON p.id = l.person_id "
            "WHERE l.role = 'lead' ORDER BY 1"
        )).scalars().all()
        leads = f" ({', '.join(names)})" if names else ""
    matched = re.search(r"permission denied for (?:table|relation) (\w+)", server_message)
    what = f" to {matched.group(1).replace('_', ' ')}" if matched and not matched.group(1).startswith("sync_") else ""
    role = my_role(conn)
    if role == "viewer":
        return (f"the server refused this change{what}: {login} is a viewer, with read-only access; a resilience "
                f"lead{leads} may make it, or a service manager for their own services' plans, risks and actions")
    if role == "manager":
        return (f"the server refused this change{what}: {login} is a service manager, who may change only their own "
                f"services' plans, risks and actions; a resilience lead{leads} may make it")
    if role == "lead":
        return f"the server refused this change{what}: {server_message}"
    return (f"the server refused this change{what}: {login} has no bcm role on this server; its administrator can "
            f"give one with `bcm server add-user {login} --role lead|manager|viewer`")
