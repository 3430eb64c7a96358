"""The `bcm` entry point: no command opens the desktop app; commands read and write the same database."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bcm import __version__

if TYPE_CHECKING:
    import argparse

    from bcm.first_rows import FirstRowsReading

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def desktop_target(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether these arguments open the desktop app (`bcm`, `bcm --db TARGET`), and on what: the app starts without
    loading the command line's modules, which it does not use."""
    match list(argv):
        case []:
            return True, None
        case ["--db", target] if not target.startswith("-"):
            return True, target
        case [single] if single.startswith("--db=") and len(single) > 5:
            return True, single[5:]
    return False, None


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here: the desktop app starts without it

    from ui.cli import (
        admin_commands,
        data_commands,
        incident_commands,
        lesson_commands,
        pack_commands,
        plan_commands,
        risk_commands,
        server_commands,
        sync_commands,
    )

    # --db is accepted before or after the command: `bcm --db F demo` and `bcm demo --db F`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="TARGET", default=argparse.SUPPRESS,
                        help="SQLite file or SQLAlchemy URL (default: $BCM_DB, else the file in your data folder)")
    parser = argparse.ArgumentParser(
        prog="bcm",
        description="Risk registers, business continuity plans, exercises and incident logs. "
                    "With no command, opens the desktop app.",
    )
    parser.add_argument("--db", metavar="TARGET", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"bcm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (admin_commands, risk_commands, plan_commands, lesson_commands, pack_commands, data_commands,
                   incident_commands, sync_commands, server_commands):
        module.add_commands(sub, common)
    report = sub.add_parser("report", help="printed reports (PDF)", parents=[common])
    report_sub = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    lesson_commands.add_reports(report_sub, common)
    pack_commands.add_reports(report_sub, common)
    incident_commands.add_reports(report_sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    desktop, target = desktop_target(sys.argv[1:] if argv is None else argv)
    if not desktop:
        return run_command(argv)
    reading = start_desktop(target)
    from ui.app.launch import run_app  # Qt is loaded only for the desktop app

    return run_app(target, reading)


def start_desktop(target: str | None) -> FirstRowsReading | None:
    """What the desktop app does before Qt is loaded: the first frame's rows start being read (bcm.first_rows).

    Automatic garbage collection is off from here: the app turns it off anyway once it runs, and collects from a timer
    on the GUI thread (ui.app.gui_thread_gc), installed just after the first frame. Start-up makes tens of thousands
    of objects that live as long as the app (modules, classes, Qt types), and Python collected them some fifty times
    before the first frame, about 25 ms of its 0.2 s. It also means no collection can run on the reading thread."""
    gc.disable()
    from bcm.first_rows import start_reading

    return start_reading(target)


def run_command(argv: Sequence[str] | None) -> int:
    from bcm.database import OpenError
    from bcm.errors import DomainError, NotFoundError, ValidationError
    from ui.cli.output import error
    from ui.cli.runtime import Runtime

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # options only, but not the ones desktop_target knows: e.g. --db given twice
        from ui.app.launch import run_app

        return run_app(args.db)
    runtime = Runtime(args)
    try:
        code: int = args.handler(runtime)
        return code
    except (ValidationError, NotFoundError) as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except OpenError as exc:
        error(str(exc))
        return EXIT_FAILURE
    except DomainError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback in the user's face
        error(f"unexpected failure: {type(exc).__name__}: {exc}")
        return EXIT_FAILURE
    finally:
        runtime.close()


if __name__ == "__main__":
    sys.exit(main())
