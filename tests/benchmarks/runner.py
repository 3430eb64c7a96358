"""`make bench`: generate (or reuse) the dataset, run every benchmark, print the medians, write bench-results.json.

Benchmarks are measurements, not tests: a MISS is reported, not failed on (the exit status is 0 unless a benchmark
could not run at all). `--quick --repeat 1` runs each one once in about 15 s, as the test suite does (CI).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks import dataset
from tests.benchmarks.cases import BENCHMARKS, REPO, Bench, Result, _fmt

DEFAULT_RUNS = 5  # the slow benchmarks too: medians of 3 moved with the machine's state by up to a fifth


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--size", choices=sorted(dataset.SIZES), default="county",
                        help="county (default): 100,000 risks, 2,000 plans, 200,000 log entries; quick: 1/20th; "
                             "tiny: enough to run each benchmark once")
    parser.add_argument("--quick", action="store_const", const="quick", dest="size", help="same as --size quick")
    parser.add_argument("--repeat", type=int, metavar="N", help=f"runs of every benchmark (default {DEFAULT_RUNS})")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help="run only this benchmark (repeatable): " + ", ".join(BENCHMARKS))
    parser.add_argument("--json", type=Path, default=REPO / "bench-results.json", metavar="FILE",
                        help="where to write the results (default: bench-results.json at the repository root)")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the cached dataset first")
    return parser.parse_args(argv)


def table(results: list[Result]) -> str:
    headers = ("benchmark", "median", "baseline", "ratio", "target", "result")
    lines = []
    for r in results:
        verdict = "PASS" if r.passed else "MISS"
        if r.max_extra is not None:
            verdict += f" (+{r.median - r.baseline_median:.0f} {r.unit})"
        lines.append((r.name, _fmt(r.median, r.unit), *r.shown_baseline(), r.target(), verdict))
    widths = [max(len(str(row[i])) for row in [headers, *lines]) for i in range(len(headers))]
    out = [" | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in lines]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = dataset.SIZES[args.size]
    runs = args.repeat or DEFAULT_RUNS

    def log(text: str) -> None:
        print(text, flush=True)

    started = time.perf_counter()
    source = dataset.county_database(size, regenerate=args.regenerate, log=log)
    workdir = Path(tempfile.mkdtemp(prefix="bcm-bench-"))
    copy = workdir / f"{size.name}.db"
    shutil.copy(source, copy)

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(_kind: object, _context: object, message: str) -> None:
        if "does not support" not in message:  # the offscreen platform's limits are not news
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bcm")
    app.setOrganizationName("bcm")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))

    bench = Bench(size=size, database=copy, workdir=workdir, runs=runs, log=log)
    results: list[Result] = []
    failures: list[str] = []
    try:
        for name in args.only or list(BENCHMARKS):
            log(f"running {name}…")
            began = time.perf_counter()
            try:
                found = BENCHMARKS[name](bench)
            except Exception as exc:  # report it and go on with the others
                failures.append(f"{name}: {type(exc).__name__}: {exc}")
                log(f"  FAILED: {type(exc).__name__}: {exc}")
                continue
            results += found
            for r in found:
                baseline, ratio = r.shown_baseline()
                log(f"  {r.name}: {_fmt(r.median, r.unit)} (baseline {baseline}, {ratio}) "
                    f"{'PASS' if r.passed else 'MISS'}")
            log(f"  ({time.perf_counter() - began:.0f} s)")
    finally:
        bench.close()
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    print(f"bcm benchmarks, {size.name} size ({size.risks:,} risks in {size.registers} registers, "
          f"{size.services:,} plans, {size.log_entries:,} log entries); medians of {runs} runs")
    print(table(results))
    for r in results:
        for note in r.notes:
            print(f"  {r.name}: {note}")
    for failure in failures:
        print(f"  FAILED {failure}")
    args.json.write_text(json.dumps({
        "size": size.name, "dataset": size.__dict__, "runs": runs,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "seconds": round(time.perf_counter() - started, 1),
        "results": [r.as_json() for r in results], "failures": failures,
    }, indent=2) + "\n")
    print(f"wrote {args.json} ({time.perf_counter() - started:.0f} s in all)")
    return 1 if failures else 0
