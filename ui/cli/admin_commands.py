"""`bcm demo` and `bcm check`."""

from __future__ import annotations

import argparse

from bcm.database import recreate
from bcm.demo.load import DemoRefused, load_demo
from bcm.services.health import check_database, counted
from ui.cli.output import emit, error
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", help="load the demo dataset into an empty database", parents=[common])
    demo.add_argument("--force", action="store_true",
                      help="replace a database that holds data (it is backed up first)")
    demo.set_defaults(handler=demo_command)
    check = sub.add_parser("check", help="check the database's integrity and schema", parents=[common])
    check.set_defaults(handler=check_command)


def demo_command(rt: Runtime) -> int:
    try:
        summary = load_demo(rt.ctx)
    except DemoRefused as exc:
        if not rt.args.force:
            error(f"{exc} ({rt.database.describe()}); use --force to replace it (a backup is taken first)")
            return 2
        backup = recreate(rt.database)
        emit(f"the previous database was backed up to {backup}")
        rt.reset()
        summary = load_demo(rt.ctx)
    emit(
        f"demo loaded into {rt.database.describe()}: {summary.people} people, {summary.registers} registers, "
        f"{summary.risks} risks, {summary.services} services with {summary.plans} plans, {summary.exercises} "
        f"exercises, {summary.incidents} incidents, {summary.recommendations} recommendations"
    )
    return 0


def check_command(rt: Runtime) -> int:
    report = check_database(rt.database, rt.ctx)
    emit(f"database: {report.target}")
    emit(f"schema revision: {report.revision} (app expects {report.head})")
    emit("records: " + counted(report.counts))
    for problem in report.problems:
        error(problem)
    emit("sound" if report.sound else f"{len(report.problems)} problems found")
    return 0 if report.sound else 1
