"""A server and replicas for the sync tests: any database URL stands in as the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.services.people_admin import PersonInput, create_person, get_person, update_person
from bcm.sync import ledger
from bcm.sync.engine import sync
from bcm.sync.report import SyncReport
from db.models import Person
from tests.conftest import PostgresCluster, fixed_clock


@dataclass
class Replica:
    """A laptop: its own SQLite file, its own user."""

    database: Database
    user: str
    reports: list[SyncReport] = field(default_factory=list)

    @property
    def ctx(self) -> Context:
        return Context(self.database.sessions, user=self.user, clock=fixed_clock)

    def sync(self, server: str) -> SyncReport:
        report = sync(self.database, server, self.user, fixed_clock)
        self.reports.append(report)
        return report

    def add_person(self, name: str, **values: str) -> uuid.UUID:
        return create_person(self.ctx, PersonInput(name=name, **values))

    def edit_person(self, person_id: uuid.UUID, **changes: str) -> None:
        row = get_person(self.ctx, person_id)
        data = PersonInput(name=row.name, job_title=row.job_title, team=row.team, work_phone=row.work_phone,
                           mobile=row.mobile, out_of_hours=row.out_of_hours, email=row.email,
                           on_call_role=row.on_call_role)
        for key, value in changes.items():
            setattr(data, key, value)
        update_person(self.ctx, person_id, None, data)

    def person(self, person_id: uuid.UUID) -> Person:
        with self.database.sessions() as session:
            person = session.get(Person, person_id)
            assert person is not None
            session.expunge(person)
            return person

    def count(self, model: Any, *where: Any) -> int:
        with self.database.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def new_replica(directory: Path, name: str) -> Replica:
    return Replica(open_database(str(directory / f"{name}.db")), user=name)


def new_server_file(directory: Path) -> str:
    path = directory / "server.db"
    open_database(str(path)).close()
    return str(path)


def server_database(backend: str, request: pytest.FixtureRequest, directory: Path) -> Iterator[str]:
    """The shared server: a SQLite file standing in for it, or a fresh database on the test PostgreSQL server."""
    if backend == "sqlite":
        yield new_server_file(directory)
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    url = cluster.create()
    try:
        yield url
    finally:
        cluster.drop(url)


VIEWER_REASON = ("the server refused this change: laptop is a viewer, with read-only access; a resilience lead "
                 "(Eleanor Whitcombe) may make it")


def refuse(replica: Replica, table: str, record_id: uuid.UUID, why: str = VIEWER_REASON) -> None:
    """Hold a change made here as the server's roles refused it, as a push does, without a PostgreSQL server."""
    with replica.database.engine.begin() as conn:
        ledger.hold(conn, {(table, record_id): f"{ledger.REFUSED}: {why}"})
