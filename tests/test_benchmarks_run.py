"""`make bench` still runs: every benchmark once at the --quick size (1/20th of a county, as the issue asks CI to
run it; about 15 s). A smoke test, not a timing test (the timings are `make bench`'s job, at county scale)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_every_benchmark_runs_once_at_the_quick_size(tmp_path: Path) -> None:
    results = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BCM_BENCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--quick", "--repeat", "1", "--json", str(results)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "generated the quick dataset" in done.stdout
    report = json.loads(results.read_text())
    assert report["size"] == "quick" and not report["failures"]
    names = [r["name"] for r in report["results"]]
    for expected in ("start to a painted register window", "start to a register window answering input",
                     "start to the main window", "longest wait for input", "peak memory", "register search",
                     "heat map of one", "heat map of all", "service grab pack", "disruption pack", "import of a",
                     "open the Dashboard", "open Business continuity", "open People and services",
                     "open the live incident", "log one entry on the live incident"):
        assert any(name.startswith(expected) for name in names), (expected, names)
    for result in report["results"]:
        assert result["median"] > 0 and result["target"]
        if result["baseline"] == "-":  # an absolute target only
            assert result["baseline_median"] is None and result["ratio"] is None and result["max_value"]
        else:
            assert result["baseline_median"] > 0
        assert isinstance(result["passed"], bool)
