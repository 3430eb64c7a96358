"""Shared fixtures: a fresh database per test, a fixed clock, and a demo database built once and copied."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bcm.context import Context
from bcm.database import Database, open_database

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "test.db"))
    yield db
    db.close()


@pytest.fixture
def ctx(database: Database) -> Context:
    return Context(database.sessions, user="tester", clock=fixed_clock)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bcm.demo.load import load_demo  # the demo data modules are large: import only when a test needs them

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(str(path))
    load_demo(Context(db.sessions, user="demo", clock=fixed_clock))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    db = open_database(str(copy))
    yield db
    db.close()


@pytest.fixture
def demo_ctx(demo_db: Database) -> Context:
    return Context(demo_db.sessions, user="tester", clock=fixed_clock)
