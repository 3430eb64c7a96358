"""`bcm server`: prepare a shared PostgreSQL database and give people logins with a role (db.server has the SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from bcm.database import Database, open_database
from bcm.errors import DomainError, NotFoundError, ValidationError
from db import server
from db.engine import sqlite_path
from db.migrate import current_revision
from db.models import Person

ROLE_NAMES = tuple(server.ROLES)


@dataclass(frozen=True)
class ServerReady:
    target: str
    revision: str | None
    roles: tuple[str, ...]
    tables: int
    guarded: int


@dataclass(frozen=True)
class UserAdded:
    login: str
    role: str
    person: str | None
    created: bool


def _refused(exc: DBAPIError, doing: str) -> DomainError:
    if getattr(exc.orig, "sqlstate", None) == "42501":
        diag = getattr(exc.orig, "diag", None)
        why = getattr(diag, "message_primary", None) or str(exc.orig)
        return DomainError(f"{doing} needs a login that owns the database and may create roles "
                           f"(the server said: {why})")
    return DomainError(f"{doing} failed on the server: {str(exc.orig).strip()}")


def _server_only(target: str, doing: str) -> None:
    if sqlite_path(target) is not None or "://" not in target:
        raise ValidationError.of("URL", target, f"{doing} is for a PostgreSQL server (postgresql+psycopg://...), "
                                               "not a database file")


def init_server(target: str) -> ServerReady:
    """Migrate the database to this version's schema, then create roles, grants, policies and guards. Idempotent."""
    _server_only(target, "server init")
    database = open_database(target)
    try:
        try:
            report = server.install(database.engine)
        except DBAPIError as exc:
            raise _refused(exc, "server init") from exc
        return ServerReady(database.describe(), current_revision(database.engine), report.roles, report.tables,
                           report.guarded)
    finally:
        database.close()


def add_user(database: Database, login: str, role: str, person: str | None, password: str | None) -> UserAdded:
    """Give LOGIN a role, mapped to a person from the people list (a manager must be one: it is how the server
    knows their services). The password is turned into a SCRAM verifier here; it is never stored as given."""
    _server_only(database.target, "server add-user")
    if role not in server.ROLES:
        raise ValidationError.of("--role", role, f"is not a role: use one of {', '.join(ROLE_NAMES)}")
    try:
        server.check_login_name(login)
    except server.BadLogin as exc:
        raise ValidationError.of("LOGIN", login, str(exc)) from exc
    if role == "manager" and not person:
        raise ValidationError.of("--person", "", "a service manager must be mapped to a person (the manager of "
                                                 "their services), e.g. --person 'Jane Smith'")
    person_id, person_name = None, None
    if person:
        clean = " ".join(person.split())
        with database.sessions() as session:
            found = session.execute(
                select(Person.id, Person.name)
                .where(func.lower(Person.name) == clean.lower(), Person.deleted_at.is_(None))
            ).first()
        if found is None:
            raise NotFoundError(f"--person: no person called {clean!r} in this database: add them first "
                                "(People and services), or check the spelling")
        person_id, person_name = found
    try:
        created = server.add_login(database.engine, login, role, person_id, password)
    except server.BadLogin as exc:
        raise ValidationError.of("LOGIN", login, str(exc)) from exc
    except server.NotAServer as exc:
        raise DomainError(str(exc)) from exc
    except DBAPIError as exc:
        raise _refused(exc, "server add-user") from exc
    return UserAdded(login, role, person_name, created)


def list_users(database: Database) -> list[server.Login]:
    _server_only(database.target, "server users")
    try:
        return server.list_logins(database.engine)
    except server.NotAServer as exc:
        raise DomainError(str(exc)) from exc
