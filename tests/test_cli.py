"""The command line, run as a user runs it: a separate process, exit codes, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, PostgresCluster
from tests.test_demo import JCAD


def bcm(*args: str, db: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui.cli.main"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo loaded by `bcm demo` into a file, or into an empty database on the PostgreSQL server."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("cli") / "demo.db")
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        target = cluster.create()
    result = bcm("demo", db=target)
    assert result.returncode == 0, result.stderr
    assert "demo loaded" in result.stdout
    yield target
    if request.param == "postgresql":
        cluster.drop(target)


@pytest.mark.parametrize("register", sorted(JCAD))
def test_heatmap_json_equals_the_jcad_print(demo_path: str, register: str) -> None:
    result = bcm("heatmap", "--register", register, "--format", "json", db=demo_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["register"] == register and data["score"] == "current"
    cells = {(c["likelihood"], c["impact"]): c["count"] for c in data["cells"]}
    assert len(cells) == 25
    assert {k: v for k, v in cells.items() if v} == JCAD[register]


def test_heatmap_text_shows_labels(demo_path: str) -> None:
    result = bcm("heatmap", "--register", "Operations", db=demo_path)
    assert result.returncode == 0
    assert "Very Likely (5)" in result.stdout and "Major (5)" in result.stdout and "H:2" in result.stdout


def test_risks_list_json_fields(demo_path: str) -> None:
    result = bcm("risks", "list", "--register", "Operations", "--format", "json", db=demo_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sorted(r["ref"] for r in rows) == ["OPS0003", "OPS0005", "OPS0059"]
    for key in ("ref", "register", "title", "owner", "likelihood", "impact", "score", "band", "target_likelihood",
                "target_impact", "next_review"):
        assert all(key in r for r in rows), key
    assert all(r["score"] == r["likelihood"] * r["impact"] for r in rows)


def test_demo_twice_is_refused_then_forced(demo_path: str, tmp_path: Path) -> None:
    refused = bcm("demo", db=demo_path)
    assert refused.returncode == 2
    assert "already holds data" in refused.stderr and "--force" in refused.stderr
    if "://" in demo_path:
        on_server = bcm("demo", "--force", db=demo_path)
        assert on_server.returncode == 2 and "emptied on the server" in on_server.stderr
        return
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(demo_path).read_bytes())
    forced = bcm("demo", "--force", db=copy)
    assert forced.returncode == 0, forced.stderr
    assert list(tmp_path.glob("copy.db.replaced-*.bak"))


def test_demo_force_refuses_while_the_app_has_the_file_open(demo_file: Path, tmp_path: Path) -> None:
    """Removed under the app, the file would take what the app writes next with it: refused, nothing replaced."""
    from sqlalchemy import text

    from bcm.database import open_database

    copy = tmp_path / "open.db"
    copy.write_bytes(demo_file.read_bytes())
    app = open_database(str(copy))  # the app, holding the file open
    try:
        with app.engine.connect() as conn:
            before = conn.execute(text("SELECT count(*) FROM risks")).scalar_one()
            refused = bcm("demo", "--force", db=copy)
            assert refused.returncode == 2 and "Traceback" not in refused.stderr
            assert "is open in another program" in refused.stderr and "nothing was replaced" in refused.stderr
            assert conn.execute(text("SELECT count(*) FROM risks")).scalar_one() == before > 0
            assert not list(tmp_path.glob("open.db.replaced-*"))  # no backup left by a refusal
    finally:
        app.close()
    assert copy.exists() and bcm("demo", "--force", db=copy).returncode == 0  # closed, it is replaced
    backups = list(tmp_path.glob("open.db.replaced-*.bak"))
    assert len(backups) == 1
    kept = open_database(str(backups[0]))
    try:
        with kept.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM risks")).scalar_one() == before  # the whole database
    finally:
        kept.close()


def test_check_passes_on_a_sound_database(demo_path: str) -> None:
    result = bcm("check", db=demo_path)
    assert result.returncode == 0, result.stderr
    assert "sound" in result.stdout and "risks" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("heatmap", "--register", "Nowhere"), "no risk register called 'Nowhere'"),
    (("heatmap", "--score", "wishful"), "invalid choice"),
    (("plans", "affected", "--disruption", "volcano"), "known types: power, fuel"),
    (("report", "exercise", "Exercise Nothing", "--out", "x.pdf"), "no exercise 'Exercise Nothing'"),
    (("risks", "frobnicate"), "invalid choice"),
])
def test_bad_input_exits_2_with_a_message_and_no_traceback(demo_path: str, args: tuple[str, ...],
                                                           message: str) -> None:
    result = bcm(*args, db=demo_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_damaged_file_exits_1_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    result = bcm("check", db=path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr or "cannot open" in result.stderr


def test_bcm_db_environment_variable_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("BCM_DB", str(path))
    result = bcm("check")
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--db", "county.db"], (True, "county.db")),
    (["--db=county.db"], (True, "county.db")),
    (["demo"], (False, None)),
    (["--db", "county.db", "demo"], (False, None)),
    (["--db"], (False, None)),  # argparse says what is missing
    (["--db", "--help"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
])
def test_only_bcm_and_bcm_db_open_the_app_without_the_command_line(argv: list[str],
                                                                    expected: tuple[bool, str | None]) -> None:
    from ui.cli.main import desktop_target

    assert desktop_target(argv) == expected


def test_the_app_starts_without_importing_the_commands() -> None:
    """What `bcm` imports before the window: not the command modules (nor icalendar, which only they use)."""
    probe = ("import sys; from ui.cli.main import desktop_target; import ui.app.launch; print(sorted(m for m in "
             "sys.modules if m.startswith('ui.cli.') and m != 'ui.cli.main' or m == 'icalendar'))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
