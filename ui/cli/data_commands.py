"""`bcm import ...`, `bcm export ...`, `bcm backup` and `bcm restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bcm.errors import Problem, ValidationError
from bcm.services.backups import backup, restore
from bcm.services.imports import COLUMNS, IMPORTERS, ImportSummary
from bcm.services.matrix import get_matrix
from bcm.services.reminders import reminders
from bcm.services.table_exports import EXPORTABLE, export_table
from db.engine import sqlite_path
from exports.spreadsheets.reader import read_sheet
from exports.spreadsheets.writer import FORMATS, format_of, write_table
from ui.cli.output import emit, error
from ui.cli.runtime import Runtime

EXIT_BAD_INPUT = 2
SHOWN_NAMES = 10
ONE = {"risks": "risk", "actions": "action", "people": "person", "services": "service", "lessons": "lesson",
       "plans": "plan row"}
MANY = {"plans": "plan rows"}  # one row per critical activity


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    importing = sub.add_parser("import", help="import from a CSV or XLSX file (all of it or none of it)",
                               parents=[common])
    import_sub = importing.add_subparsers(dest="kind", required=True, metavar="KIND")
    helps = {"risks": "risks into their registers (a reference that exists is updated)",
             "actions": "risk actions (matched by risk reference and description)",
             "people": "people and their contact details (matched by name)",
             "services": "services (matched by name)",
             "plans": "plans' critical activities (matched by service and activity; a service with no plan gets a "
                      "draft)",
             "lessons": "lessons and recommendations (matched by event and lesson, then recommendation)"}
    for kind, text in helps.items():
        parser = import_sub.add_parser(kind, help=text, parents=[common])
        parser.add_argument("file", type=Path, metavar="FILE", help=".csv or .xlsx (a title row above the header "
                                                                    "is fine)")
        if kind == "risks":
            parser.add_argument("--register", metavar="NAME",
                                help="register for rows that name none (created if new)")
        parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
        parser.set_defaults(handler=import_command)

    exporting = sub.add_parser("export", help="export to CSV, XLSX or JSON (files that import back)",
                               parents=[common])
    export_sub = exporting.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind in EXPORTABLE:
        parser = export_sub.add_parser(kind, help=f"export {kind}", parents=[common])
        parser.add_argument("--format", choices=FORMATS, help="default: from the --out file's extension")
        parser.add_argument("--out", required=True, type=Path, metavar="FILE")
        if kind in ("risks", "actions"):
            parser.add_argument("--register", metavar="NAME", help="only this register")
        parser.set_defaults(handler=export_command)
    calendar = export_sub.add_parser("calendar", help="review and due dates as calendar events (.ics for Outlook)",
                                     parents=[common])
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    calendar.add_argument("--owner", metavar="NAME", help="only this person's reminders")
    calendar.set_defaults(handler=calendar_command)
    template = export_sub.add_parser("template", help="an empty import template (.xlsx) with drop-downs",
                                     parents=[common])
    template.add_argument("template", choices=sorted(COLUMNS), metavar="KIND", help=", ".join(sorted(COLUMNS)))
    template.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    template.set_defaults(handler=template_command)

    backing_up = sub.add_parser("backup", help="a consistent copy of the database (safe while the app runs)",
                                parents=[common])
    backing_up.add_argument("--out", type=Path, metavar="FILE",
                            help="default: a timestamped file in a 'backups' folder beside the database")
    backing_up.set_defaults(handler=backup_command)
    restoring = sub.add_parser("restore", help="replace the database with a backup (checked first; what it "
                                               "replaces is backed up)", parents=[common])
    restoring.add_argument("file", type=Path, metavar="FILE")
    restoring.set_defaults(handler=restore_command)


def problem_line(source: str, problem: Problem) -> str:
    """FILE: row N, column, 'value': why."""
    parts = [source]
    if problem.field == "file":
        return f"{source}: {problem.message}"
    where = [f"row {problem.row}"] if problem.row is not None else []
    where.append(problem.field)
    value = "" if problem.value is None else str(problem.value)
    if len(value) > 60:
        value = value[:59] + "…"
    where.append(repr(value))
    parts.append(", ".join(where))
    return ": ".join(parts) + f": {problem.message}"


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown + (f" and {len(names) - SHOWN_NAMES} more" if len(names) > SHOWN_NAMES else "")


def counted(n: int, kind: str) -> str:
    return f"{n} {ONE.get(kind, kind) if n == 1 else MANY.get(kind, kind)}"


def summary_text(summary: ImportSummary) -> list[str]:
    counts = f"{summary.created} new, {summary.updated} updated"
    if summary.unchanged:
        counts += f", {summary.unchanged} unchanged"
    into = f" into {_names(summary.targets)}" if summary.targets else ""
    if summary.dry_run:
        text = [f"dry run: {counted(summary.rows, summary.kind)} checked, no problems; importing would give "
                f"{counts}{into}; nothing was written"]
    else:
        text = [f"imported {counted(summary.rows, summary.kind)} ({counts}){into}"]
    verb = "would be " if summary.dry_run else ""
    if summary.new_registers:
        text.append(f"new registers {verb}created: {_names(summary.new_registers)}")
    if summary.new_people:
        text.append(f"new people {verb}created: {_names(summary.new_people)}")
    if summary.ignored_columns:
        text.append(f"columns not imported: {_names(summary.ignored_columns)}")
    return text


def import_command(rt: Runtime) -> int:
    kind: str = rt.args.kind
    path: Path = rt.args.file
    source = str(path)
    options = {"register": rt.args.register} if kind == "risks" else {}
    try:
        sheet = read_sheet(path, COLUMNS[kind], source=source)
        summary = IMPORTERS[kind](rt.ctx, sheet, dry_run=rt.args.dry_run, **options)
    except ValidationError as exc:
        for problem in exc.problems:
            sys.stderr.write(problem_line(source, problem) + "\n")
        count = len(exc.problems)
        error(f"{source}: {count} problem{'s' if count != 1 else ''}; nothing was imported")
        return EXIT_BAD_INPUT
    for line in summary_text(summary):
        emit(line)
    return 0


def calendar_command(rt: Runtime) -> int:
    from exports.calendar import write_calendar  # icalendar: loaded by the command that uses it
    items = reminders(rt.ctx, rt.args.owner)
    if rt.args.owner and not items:
        emit(f"no open reminders for {rt.args.owner}")
    path = write_calendar(items, rt.args.out, rt.ctx.now())
    emit(f"wrote {len(items)} reminders to {path}")
    return 0


def export_command(rt: Runtime) -> int:
    out: Path = rt.args.out
    table = export_table(rt.ctx, rt.args.kind, getattr(rt.args, "register", None))
    fmt = format_of(out, rt.args.format)
    write_table(out, fmt, table.title, table.headers, table.rows)
    emit(f"exported {counted(len(table.rows), rt.args.kind)} to {out} ({fmt})")
    return 0


def template_command(rt: Runtime) -> int:
    from exports.spreadsheets.template import write_template
    out: Path = rt.args.out
    if out.suffix.lower() != ".xlsx":
        raise ValidationError.of("--out", str(out), "a template is an Excel workbook: name it .xlsx")
    write_template(out, COLUMNS[rt.args.template], get_matrix(rt.ctx))
    emit(f"wrote an empty {rt.args.template} template to {out}")
    return 0


def backup_command(rt: Runtime) -> int:
    path = sqlite_path(rt.target)
    if path is not None and not path.exists():
        raise ValidationError.of("--db", str(path), "no database there to back up")
    dest = backup(rt.database, rt.args.out)
    emit(f"backed up {rt.database.describe()} to {dest}")
    return 0


def restore_command(rt: Runtime) -> int:
    report = restore(rt.target, rt.args.file)  # the target is not opened here: restore checks and replaces it
    if report.replaced_backup is not None:
        emit(f"the database it replaces was backed up to {report.replaced_backup}")
    emit(f"restored {report.target} from {report.restored_from}"
         + (" and brought it up to the current schema" if report.migrated else ""))
    return 0
