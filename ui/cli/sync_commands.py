"""`bcm sync`: sync the local replica with the shared server; `bcm sync conflicts` and `bcm sync resolve`."""

from __future__ import annotations

import argparse

from bcm.sync.conflicts import find_conflict, open_conflicts, resolve
from bcm.sync.discard import discard_refused, refused_changes
from bcm.sync.engine import sync, sync_status
from bcm.sync.report import ServerUnreachable, SyncRefused
from ui.cli.output import emit, error, table
from ui.cli.runtime import Runtime

EXIT_UNREACHABLE = 2


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "sync", parents=[common],
        help="sync this database (the local replica) with the shared server",
        description="Pull the server's changes and merge them, then push yours. The server's URL is remembered "
                    "(without its password) after the first sync.",
    )
    parser.add_argument("--server", metavar="URL",
                        help="the server: a SQLAlchemy URL (postgresql+psycopg://user@host/bcm) or a database file")
    parser.set_defaults(handler=sync_command)
    actions = parser.add_subparsers(dest="sync_action", metavar="ACTION")
    conflicts = actions.add_parser("conflicts", parents=[common], help="list the conflicts waiting for you")
    conflicts.set_defaults(handler=conflicts_command)
    settle = actions.add_parser("resolve", parents=[common], help="settle a conflict")
    settle.add_argument("conflict", metavar="ID", help="the conflict's id (the first characters are enough)")
    settle.add_argument("--take", required=True, metavar="mine|theirs|VALUE",
                        help="keep your value, take the server's, or give the value to keep (e.g. combined text)")
    settle.set_defaults(handler=resolve_command)
    discard = actions.add_parser(
        "discard", parents=[common],
        help="take the server's version back for the changes it refused (log entries stay here only)",
    )
    discard.add_argument("--list", action="store_true", help="only list the refused changes and who may make them")
    discard.set_defaults(handler=discard_command)


def sync_command(rt: Runtime) -> int:
    url = rt.args.server or sync_status(rt.database).server
    if not url:
        error("no server given: use bcm sync --server URL (remembered for next time)")
        return 2
    try:
        report = sync(rt.database, url, rt.ctx.user, rt.ctx.clock)
    except ServerUnreachable as exc:
        error(f"offline: {exc}")
        return EXIT_UNREACHABLE
    except SyncRefused as exc:
        error(str(exc))
        return 1
    emit(f"synced {rt.database.describe()} with {sync_status(rt.database).server}")
    for line in report.lines():
        emit(line)
    return 0


def conflicts_command(rt: Runtime) -> int:
    found = open_conflicts(rt.ctx)
    if not found:
        emit("no conflicts")
        return 0
    emit(table(("id", "record", "field", "yours", "server's"),
               [(c.id.hex[:8], c.record_label, c.field, c.mine_text, c.theirs_text) for c in found]))
    emit("settle each with: bcm sync resolve ID --take mine|theirs|VALUE")
    return 0


def resolve_command(rt: Runtime) -> int:
    take = rt.args.take
    choice, value = (take, None) if take in ("mine", "theirs") else ("value", take)
    settled = resolve(rt.ctx, find_conflict(rt.ctx, rt.args.conflict), choice, value)
    emit(f"settled {settled.record_label}: {settled.field} ({choice}); it goes to the server at the next sync")
    return 0


def discard_command(rt: Runtime) -> int:
    found = refused_changes(rt.database)
    if not found:
        emit("no changes refused by the server")
        return 0
    if rt.args.list:
        for change in found:
            emit(f"{change.record_label}: {change.reason}")
        emit("take the server's version back with: bcm sync discard")
        return 0
    done = discard_refused(rt.database, rt.ctx.user, rt.ctx.now())
    for what in done.reverted:
        emit(f"took the server's version back: {what}")
    for what in done.kept_here:
        emit(f"kept on this computer only (log entries are never removed), not sent: {what}")
    return 0
