"""Syncing many changed records: one laptop pushes them to the server, another pulls them; against a raw bulk copy."""

from __future__ import annotations

import shutil
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks import dataset
from tests.benchmarks.cases import Bench, Result


def _write_changes(path: Path, count: int) -> None:
    """count new records on a laptop, written as the importers write them (batched, journaled)."""
    from sqlalchemy import insert

    from bcm.database import open_database
    from bcm.services.bulk import new_record
    from db.models import Person, Risk, RiskRegister, utcnow

    database = open_database(str(path))
    try:
        now = utcnow()
        with database.sessions.begin() as session:
            owner = new_record(now, name="Bench Owner", job_title="", team="", work_phone="", mobile="",
                               out_of_hours="", email="", on_call_role="")
            register = new_record(now, name=f"Synced register {uuid.uuid4().hex[:6]}", level="service",
                                  owner_id=owner["id"], description="")
            session.execute(insert(Person.__table__), [owner])  # type: ignore[arg-type]
            session.execute(insert(RiskRegister.__table__), [register])  # type: ignore[arg-type]
            rows = [new_record(now, register_id=register["id"], ref=f"SYN{n:05d}", title=f"Synced risk {n}",
                               description="", cause="Fuel shortage", consequence="Visits missed", category="",
                               kind="risk", owner_id=owner["id"], status="open", current_likelihood=1 + n % 5,
                               current_impact=1 + n % 4, treatment="reduce", closed_reason="")
                    for n in range(count - 2)]
            session.execute(insert(Risk.__table__), rows)  # type: ignore[arg-type]
    finally:
        database.close()


def _sync(path: Path, server: Path) -> float:
    from bcm.database import open_database
    from bcm.sync.engine import sync

    database = open_database(str(path))
    try:
        started = time.perf_counter()
        sync(database, str(server), "bench", lambda: datetime.now(UTC))
        return time.perf_counter() - started
    finally:
        database.close()


def _raw_copy(source: Path, target: Path) -> float:
    """The same rows copied with plain SQL: ATTACH and INSERT ... SELECT, one transaction."""
    conn = sqlite3.connect(target)
    try:
        started = time.perf_counter()
        conn.execute("ATTACH DATABASE ? AS laptop", (str(source),))
        with conn:
            for table in ("people", "risk_registers", "risks"):
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM laptop.{table} "
                             f"WHERE id NOT IN (SELECT id FROM main.{table})")
        return time.perf_counter() - started
    finally:
        conn.close()


def sync_changed_records(bench: Bench) -> list[Result]:
    count = 10_000 if bench.size.name != "tiny" else 500
    empty = dataset.empty_database()
    push, pull, baseline = [], [], []
    for n in range(bench.runs):
        folder = bench.workdir / f"sync-{n}"
        folder.mkdir()
        server, alice, bob, copy = (folder / f"{name}.db" for name in ("server", "alice", "bob", "copy"))
        for path in (server, alice, bob, copy):
            shutil.copy(empty, path)
        _sync(alice, server)
        _sync(bob, server)
        _write_changes(alice, count)
        push.append(_sync(alice, server))
        pull.append(_sync(bob, server))
        baseline.append(_raw_copy(alice, copy))
        shutil.rmtree(folder, ignore_errors=True)
    note = [f"{count:,} new records (a register, its owner and {count - 2:,} risks) made on one laptop"]
    what = "a raw bulk copy of the same rows (sqlite3 ATTACH, INSERT ... SELECT)"
    return [
        Result(f"sync push of {count:,} changed records", "s", push, baseline, what, max_ratio=30, notes=note),
        Result(f"sync pull of {count:,} changed records", "s", pull, baseline, what, max_ratio=30, notes=note),
    ]
