"""The database as the last line of defence: constraints, append-only log, pragmas, private file."""

from __future__ import annotations

import os
import stat
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.database import Database
from db.models import (
    CriticalActivity,
    Incident,
    LogEntry,
    Person,
    Plan,
    Recommendation,
    Risk,
    RiskRegister,
    Service,
)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _register(session: Session) -> RiskRegister:
    register = RiskRegister(name="Test register", level="directorate")
    session.add(register)
    session.flush()
    return register


def _refused(database: Database, build: Callable[[Session], object]) -> None:
    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        session.add(build(session))
        session.flush()


def test_scores_off_the_matrix_are_refused(database: Database) -> None:
    def risk(likelihood: int, impact: int) -> Callable[[Session], Risk]:
        return lambda s: Risk(register_id=_register(s).id, ref=f"R{likelihood}{impact}", title="A risk",
                              current_likelihood=likelihood, current_impact=impact)

    _refused(database, risk(6, 3))
    _refused(database, risk(3, 0))
    with database.sessions.begin() as session:
        session.add(risk(5, 5)(session))


def test_half_a_score_is_refused(database: Database) -> None:
    _refused(database, lambda s: Risk(register_id=_register(s).id, ref="R1", title="A risk", current_likelihood=3,
                                      current_impact=3, target_likelihood=2))


def test_required_fields_are_required(database: Database) -> None:
    _refused(database, lambda s: Risk(register_id=_register(s).id, ref="R1", title="   ", current_likelihood=3,
                                      current_impact=3))
    _refused(database, lambda s: Person(name=""))
    _refused(database, lambda s: RiskRegister(name="X", level="galactic"))


def _plan(session: Session) -> Plan:
    service = Service(name="Test service", locality="countywide")
    session.add(service)
    session.flush()
    plan = Plan(service_id=service.id)
    session.add(plan)
    session.flush()
    return plan


def test_rto_above_mtpd_is_refused(database: Database) -> None:
    _refused(database, lambda s: CriticalActivity(plan_id=_plan(s).id, name="Visits", rto_hours=48, mtpd_hours=24))
    with database.sessions.begin() as session:
        session.add(CriticalActivity(plan_id=_plan(session).id, name="Visits", rto_hours=4, mtpd_hours=24))


def _incident(session: Session) -> Incident:
    incident = Incident(title="Power cut", started_at=T0)
    session.add(incident)
    session.flush()
    return incident


def test_decision_needs_rationale(database: Database) -> None:
    _refused(database, lambda s: LogEntry(incident_id=_incident(s).id, sequence=1, logged_at=T0, event_at=T0,
                                          kind="decision", text="Invoke the plan", rationale=" "))


def test_log_entries_are_append_only_in_the_database_itself(database: Database) -> None:
    with database.sessions.begin() as session:
        entry = LogEntry(incident_id=_incident(session).id, sequence=1, logged_at=T0, event_at=T0,
                         kind="information", text="Power lost at Broadmeadow")
        session.add(entry)
    with database.engine.connect() as conn:
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("UPDATE log_entries SET text = 'edited'"))
        conn.rollback()
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(text("DELETE FROM log_entries"))
        conn.rollback()
        assert conn.execute(text("SELECT text FROM log_entries")).scalar_one() == "Power lost at Broadmeadow"


def test_embedded_recommendation_needs_evidence_and_a_verifying_event(database: Database) -> None:
    from db.models import Exercise, Lesson

    def build(status: str, evidence: str | None, verified: bool) -> Callable[[Session], Recommendation]:
        def make(s: Session) -> Recommendation:
            person = Person(name=f"Owner {uuid.uuid4()}")
            exercise = Exercise(name=f"Exercise {uuid.uuid4()}", kind="tabletop", held_on=date(2023, 3, 22))
            s.add_all([person, exercise])
            s.flush()
            lesson = Lesson(exercise_id=exercise.id, text="Fuel plans untested")
            s.add(lesson)
            s.flush()
            return Recommendation(lesson_id=lesson.id, text="Test the fuel plan", owner_id=person.id,
                                  due_on=date(2027, 1, 1), status=status, evidence=evidence,
                                  verified_by_exercise_id=exercise.id if verified else None)
        return make

    _refused(database, build("implemented", None, False))
    _refused(database, build("embedded", "Plan v2 issued", False))
    with database.sessions.begin() as session:
        session.add(build("embedded", "Plan v2 issued", True)(session))


@pytest.mark.sqlite_only
def test_sqlite_pragmas_on_every_connection(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_database_file_is_private(database: Database) -> None:
    assert database.path is not None
    mode = stat.S_IMODE(os.stat(database.path).st_mode)
    assert mode == 0o600


def test_timestamps_come_back_in_utc(database: Database) -> None:
    with database.sessions.begin() as session:
        incident = _incident(session)
        incident_id = incident.id
    with database.sessions() as session:
        loaded = session.get(Incident, incident_id)
        assert loaded is not None
        assert loaded.started_at == T0
        assert loaded.started_at.tzinfo is not None
        assert loaded.created_at.tzinfo is not None


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path: Path) -> None:
    import threading
    import time

    from bcm.database import open_database
    from db.models import Theme

    target = str(tmp_path / "busy.db")
    first, second = open_database(target), open_database(target)
    try:
        raw = first.engine.raw_connection()
        raw.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
        raw.driver_connection.execute(  # type: ignore[union-attr]
            "INSERT INTO themes (id, name, created_at, updated_at, version) "
            "VALUES ('00000000000000000000000000000001', 'fuel', '2026-01-01', '2026-01-01', 1)"
        )
        release = threading.Timer(0.5, lambda: raw.driver_connection.execute("COMMIT"))  # type: ignore[union-attr]
        started = time.monotonic()
        release.start()
        with second.sessions.begin() as session:
            session.add(Theme(name="power"))
        waited = time.monotonic() - started
        release.join()
        raw.close()
        assert waited >= 0.4
        with second.sessions() as session:
            assert sorted(t.name for t in session.query(Theme)) == ["fuel", "power"]
    finally:
        first.close()
        second.close()


def test_a_writer_kept_out_too_long_gets_a_clear_busy_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import db.engine as engine_module
    from bcm.context import Context
    from bcm.database import open_database
    from bcm.errors import BusyError
    from bcm.services import risks

    target = str(tmp_path / "busy.db")
    holder = open_database(target)
    raw = holder.engine.raw_connection()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # the real 10 s would slow the test
    waiting = open_database(target)
    try:
        raw.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
        with pytest.raises(BusyError, match="nothing was saved"):
            risks.create_register(Context(waiting.sessions, user="t"), "Held up")
    finally:
        raw.driver_connection.execute("ROLLBACK")  # type: ignore[union-attr]
        raw.close()
        holder.close()
        waiting.close()
    again = open_database(target)
    assert risks.list_registers(Context(again.sessions)) == []
    again.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", ["q?x.db", "a b#c%20.db", "é ü.db"])
def test_a_file_name_with_url_characters_opens_that_file(tmp_path: Path, name: str) -> None:
    """A path is a path, not a URL: "?" would otherwise start a query string and open another file."""
    import sqlite3

    from bcm.database import open_database

    path = tmp_path / name
    database = open_database(str(path))
    try:
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO risk_registers (id, created_at, updated_at, version, name, level, "
                              "description) VALUES ('00000000000000000000000000000001', '2026-11-30', '2026-11-30', "
                              "1, 'Probe', 'directorate', '')"))
    finally:
        database.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db" or p.name == "q") == [name]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM risk_registers").fetchall() == [("Probe",)]


def test_a_read_sees_one_state_of_the_database_throughout(ctx: Context) -> None:
    """A register created by someone else in the middle of a read (between a count and the list it heads, say) is
    not seen by the rest of that read, on either database: on PostgreSQL, reads are REPEATABLE READ (bcm.context)."""
    from bcm.services.risks import create_register

    registers = text("SELECT count(*) FROM risk_registers")
    with ctx.reading() as session, ctx.reading_columns() as conn:
        before = (session.scalar(registers), conn.execute(registers).scalar())
        create_register(ctx, "Created meanwhile")
        assert (session.scalar(registers), conn.execute(registers).scalar()) == before
    with ctx.reading() as session:
        assert session.scalar(registers) == before[0] + 1
