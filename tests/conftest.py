"""Shared fixtures: a fresh database per test, a fixed clock, and a demo database built once and copied.

The storage, service and command-line tests run against both backends: every test that uses `database`, `ctx`,
`demo_db` or `demo_ctx` (anything that asks for `backend`) runs once on a SQLite file and once on a throwaway
PostgreSQL server (tests/pg_server.py), each test in a fresh database copied from a template database. GUI tests
(test_gui_*, or any test using qtbot) and tests marked sqlite_only stay on SQLite. Without PostgreSQL here the
PostgreSQL runs are skipped with the reason; with BCM_REQUIRE_POSTGRES=1 (CI) they fail instead.
BCM_TEST_GUI_ON_POSTGRES=1 runs the GUI tests on PostgreSQL too (by hand: the file-menu tests are about files).
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from bcm.context import Context
from bcm.database import Database, open_database
from tests.pg_server import Server, Unavailable, find_bindir, start_server

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
BACKENDS = ("sqlite", "postgresql")
REQUIRE_POSTGRES = os.environ.get("BCM_REQUIRE_POSTGRES") == "1"
EMPTY_TEMPLATE, DEMO_TEMPLATE = "bcm_template_empty", "bcm_template_demo"


def fixed_clock() -> datetime:
    return NOW


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite files (pragmas, backups): not run on PostgreSQL")
    if REQUIRE_POSTGRES:
        try:
            find_bindir()
        except Unavailable as exc:
            raise pytest.UsageError(f"BCM_REQUIRE_POSTGRES=1 but {exc}") from exc


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the app, once there are widgets the cyclic collector runs on the GUI thread only (ui.app.gui_thread_gc):
    a loader thread collecting a closed window's garbage destroyed its widgets there, and aborted the test run. What
    a test leaves is collected after it, here."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        yield
        return
    from ui.app.gui_thread_gc import collect_on_the_gui_thread

    collector = collect_on_the_gui_thread()
    yield
    collector.collect()
    if gc.get_freeze_count():  # a test's load of rows was set aside: nothing of it is kept for the next test
        collector.collect_all()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    gui = metafunc.module.__name__.rsplit(".", 1)[-1].startswith("test_gui_") or "qtbot" in metafunc.fixturenames
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None or (
        gui and os.environ.get("BCM_TEST_GUI_ON_POSTGRES") != "1")
    metafunc.parametrize("backend", ["sqlite"] if sqlite_only else list(BACKENDS), indirect=True)


class PostgresCluster:
    """The session's server, with template databases made on first use and a fresh database per test."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.admin: Engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        self._names = itertools.count(1)
        self._templates: set[str] = set()

    def url(self, name: str) -> str:
        return self.server.url(name)

    def _template(self, name: str) -> str:
        """The empty and demo templates are made here on first use; any other is the caller's own database."""
        if name in (EMPTY_TEMPLATE, DEMO_TEMPLATE) and name not in self._templates:
            with self.admin.connect() as conn:
                conn.exec_driver_sql(f"CREATE DATABASE {name}")
            db = open_database(self.url(name))
            if name == DEMO_TEMPLATE:
                from bcm.demo.load import load_demo

                load_demo(Context(db.sessions, user="demo", clock=fixed_clock))
            db.close()
            self._templates.add(name)
        return name

    def create(self, template: str = EMPTY_TEMPLATE) -> str:
        """A fresh database copied from the empty (migrated) or the demo template; returns its URL."""
        name = f"test_{next(self._names)}"
        with self.admin.connect() as conn:
            # FILE_COPY: a few milliseconds for a small database, where PostgreSQL 15's default WAL_LOG takes ~0.3 s
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {self._template(template)} STRATEGY FILE_COPY")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[-1]
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        self.admin.dispose()
        self.server.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """The throwaway PostgreSQL server: skipped (or, in CI, failed) with the reason when there is none."""
    try:
        server = start_server()
    except Unavailable as exc:
        if REQUIRE_POSTGRES:
            pytest.fail(f"BCM_REQUIRE_POSTGRES=1 but {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    cluster = PostgresCluster(server)
    yield cluster
    cluster.close()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    name: str = getattr(request, "param", "sqlite")
    return name


def _open(backend: str, request: pytest.FixtureRequest, sqlite_path: Path, template: str) -> Iterator[Database]:
    if backend == "sqlite":
        db = open_database(str(sqlite_path))
        yield db
        db.close()
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    url = cluster.create(template)
    db = open_database(url)
    try:
        yield db
    finally:
        db.close()
        cluster.drop(url)


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    yield from _open(backend, request, tmp_path / "test.db", EMPTY_TEMPLATE)


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
def demo_db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    if backend == "sqlite":
        shutil.copy(request.getfixturevalue("demo_file"), copy)
    yield from _open(backend, request, copy, DEMO_TEMPLATE)


@pytest.fixture
def demo_ctx(demo_db: Database) -> Context:
    return Context(demo_db.sessions, user="tester", clock=fixed_clock)
