"""`bcm plans list`, `bcm plans affected` and `bcm plans approve`, through the command line's own entry point
(in-process, to stay fast; tests/test_cli.py and the acceptance checks run it as a separate process)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bcm.context import Context
from bcm.database import Database
from bcm.services import plan_editing as pe
from ui.cli.main import main


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def bcm(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def run(*args: str, db: Path | str) -> Result:
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def test_list_and_affected_json_fields(bcm: Callable[..., Result], demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.target
    listed = bcm("plans", "list", "--format", "json", db=path)
    assert listed.returncode == 0, listed.stderr
    plans = json.loads(listed.stdout)
    assert len(plans) >= 8
    for key in ("service", "status", "version", "owner", "next_review", "overdue"):
        assert all(key in p for p in plans), key
    assert {p["status"] for p in plans} >= {"approved", "draft", "review overdue"}
    hit = bcm("plans", "affected", "--disruption", "power", "--disruption", "fuel", "--format", "json", db=path)
    assert hit.returncode == 0, hit.stderr
    rows = json.loads(hit.stdout)
    for key in ("service", "activity", "priority", "rto_hours", "mtpd_hours", "workaround"):
        assert all(key in r for r in rows), key
    assert [r["rto_hours"] for r in rows] == sorted(r["rto_hours"] for r in rows)
    assert "RTO" in bcm("plans", "affected", "--disruption", "power", db=path).stdout


def test_approve_from_the_command_line(bcm: Callable[..., Result], demo_db: Database, demo_ctx: Context) -> None:
    path = demo_db.target
    result = bcm("plans", "approve", "Sensory and Autism Services", "--summary", "First approved issue",
                 "--approver", "Rowan Ellery", "--format", "json", db=path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["version"] == "1.0"
    plan = pe.plan_id_for_service(demo_ctx, "Sensory and Autism Services")
    assert plan is not None
    overview = pe.get_plan_edit(demo_ctx, plan).overview
    assert (overview.status, overview.number, overview.approver) == ("approved", "1.0", "Rowan Ellery")
    again = bcm("plans", "approve", "Sensory and Autism Services", "--summary", "Again", db=path)
    assert again.returncode == 2 and "already approved" in again.stderr
    unknown = bcm("plans", "approve", "Nowhere", "--summary", "x", db=path)
    assert unknown.returncode == 2 and "no service called 'Nowhere'" in unknown.stderr
