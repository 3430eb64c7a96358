"""`bcm sync` run as a user runs it, and a sync killed part-way (SIGKILL) that the next sync completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bcm.database import open_database
from db.models import Person
from tests.sync_helpers import new_replica, server_database
from tests.test_cli import bcm


@pytest.fixture
def server(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from server_database(backend, request, tmp_path)


def people(target: str) -> int:
    db = open_database(target)
    try:
        with db.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)
    finally:
        db.close()


def test_sync_prints_what_went_each_way_and_remembers_the_server(tmp_path: Path, server: str) -> None:
    laptop = tmp_path / "laptop.db"
    replica = new_replica(tmp_path, "laptop")
    replica.add_person("Priya Shah")
    replica.database.close()
    first = bcm("sync", "--server", server, db=laptop)
    assert first.returncode == 0, first.stderr
    assert "pushed: " in first.stdout and "people" in first.stdout
    again = bcm("sync", db=laptop)  # the server is remembered
    assert again.returncode == 0, again.stderr
    assert "pushed: nothing" in again.stdout and "pulled: nothing" in again.stdout
    assert people(server) == 1


def test_an_unreachable_server_is_offline_not_a_failure(tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.db"
    result = bcm("sync", "--server", "postgresql+psycopg://bcm@127.0.0.1:1/bcm", db=laptop)
    assert result.returncode == 2
    assert "offline" in result.stderr and "Traceback" not in result.stderr
    missing = bcm("sync", "--server", str(tmp_path / "nowhere.db"), db=laptop)
    assert missing.returncode == 2 and "no server database" in missing.stderr


def test_conflicts_listed_and_resolved_from_the_command_line(tmp_path: Path, server: str) -> None:
    a, b = new_replica(tmp_path, "alice"), new_replica(tmp_path, "bob")
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, job_title="Area manager")
    a.sync(server)
    a.database.close()
    b.database.close()
    synced = bcm("sync", "--server", server, db=tmp_path / "bob.db")
    assert synced.returncode == 0 and "new conflicts: 1" in synced.stdout and "bcm sync conflicts" in synced.stdout
    listed = bcm("sync", "conflicts", db=tmp_path / "bob.db")
    assert "job_title" in listed.stdout and "Area manager" in listed.stdout and "Locality manager" in listed.stdout
    conflict_id = listed.stdout.splitlines()[2].split()[0]
    wrong = bcm("sync", "resolve", "zzzz", "--take", "mine", db=tmp_path / "bob.db")
    assert wrong.returncode == 2 and "no open conflict" in wrong.stderr
    settled = bcm("sync", "resolve", conflict_id, "--take", "theirs", db=tmp_path / "bob.db")
    assert settled.returncode == 0, settled.stderr
    assert bcm("sync", "conflicts", db=tmp_path / "bob.db").stdout.strip() == "no conflicts"


# Where the sync is killed: inside the replica's pull transaction; inside the server's push transaction; after the
# server committed the push but before the replica recorded it.
KILL_POINTS = {
    "mid-pull": "bcm.sync.pull._Applier.finish",
    "mid-push": "bcm.sync.push._delete_all",
    "before-acknowledgement": "bcm.sync.push._acknowledge",
}
CHILD = """
import importlib, sys, time
from pathlib import Path
module_name, _, attr = sys.argv[1].rpartition(".")
owner_name, _, method = module_name.rpartition(".") if module_name.endswith("_Applier") else (module_name, "", "")
marker = Path(sys.argv[2])
def stall(*args, **kwargs):
    marker.write_text("here")
    time.sleep(600)
if method:
    setattr(getattr(importlib.import_module(owner_name), method), attr, stall)
else:
    setattr(importlib.import_module(module_name), attr, stall)
from ui.cli.main import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_sync_killed_part_way_loses_nothing_and_the_next_completes_it(tmp_path: Path, server: str,
                                                                          point: str) -> None:
    a, b = new_replica(tmp_path, "alice"), new_replica(tmp_path, "bob")
    shared = a.add_person("Shared")
    a.sync(server)
    b.sync(server)
    for n in range(20):
        a.add_person(f"Alice's {n}")
        b.add_person(f"Bob's {n}")
    a.edit_person(shared, job_title="Alice's title")
    b.edit_person(shared, mobile="07700 900123")
    b.sync(server)
    a.database.close()
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", CHILD, KILL_POINTS[point], str(marker),
                              "sync", "--server", server, "--db", str(tmp_path / "alice.db")])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the sync ended before reaching the point where it is killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    a = new_replica(tmp_path, "alice")
    report = a.sync(server)
    assert report.problems == [] and report.conflicts == []
    b.sync(server)
    for replica in (a, b):
        assert replica.count(Person) == 41
        person = replica.person(shared)
        assert (person.job_title, person.mobile) == ("Alice's title", "07700 900123")
        assert not replica.sync(server).changed_anything
    assert people(server) == 41
    a.database.close()
    b.database.close()
