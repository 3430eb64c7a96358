"""`bcm plans list` and `bcm plans affected`."""

from __future__ import annotations

import argparse

from bcm.disruptions import LABELS
from bcm.errors import NotFoundError
from bcm.services.plan_editing import approve_plan, plan_id_for_service
from bcm.services.plans import affected, list_plans
from ui.cli.output import emit, emit_json, table
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    plans = sub.add_parser("plans", help="business continuity plans", parents=[common])
    plans_sub = plans.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = plans_sub.add_parser("list", help="services with their plan status", parents=[common])
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=plans_list)
    hit = plans_sub.add_parser(
        "affected", help="critical activities a disruption hits, soonest recovery first", parents=[common],
        description="Known disruption types: " + ", ".join(f"{k} ({v})" for k, v in LABELS.items()),
    )
    hit.add_argument("--disruption", action="append", required=True, metavar="TYPE",
                     help="a disruption type; repeat for several")
    hit.add_argument("--format", choices=("table", "json"), default="table")
    hit.set_defaults(handler=plans_affected)
    approve = plans_sub.add_parser(
        "approve", help="sign off a service's draft plan, freezing it as a version", parents=[common],
        description="Freezes the draft as a version (number, date issued, summary of change, owner, approver); "
                    "the next review is set 12 months on.",
    )
    approve.add_argument("service", metavar="SERVICE", help="the service's name or short name, e.g. KEaH")
    approve.add_argument("--summary", required=True, help="brief summary of change for the version history")
    approve.add_argument("--approver", help="who approves it (default: the approver named on the plan)")
    approve.add_argument("--format", choices=("table", "json"), default="table")
    approve.set_defaults(handler=plans_approve)


def plans_list(rt: Runtime) -> int:
    rows = list_plans(rt.ctx)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["Service", "Locality", "Status", "Version", "Owner", "Next review", "Last exercised"],
               [(r.service, r.locality, r.status, r.version, r.owner, r.next_review, r.last_exercised)
                for r in rows]))
    emit(f"{len(rows)} services, {sum(r.overdue for r in rows)} plan reviews overdue")
    return 0


def _hours(value: float) -> str:
    return f"{value / 24:g} d" if value >= 24 and value % 24 == 0 else f"{value:g} h"


def plans_affected(rt: Runtime) -> int:
    rows = affected(rt.ctx, rt.args.disruption)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["RTO", "MTPD", "Service", "P", "Critical activity", "Min staff", "Workaround"],
               [(_hours(r.rto_hours), _hours(r.mtpd_hours), r.service, r.priority, r.activity, r.minimum_staff,
                 r.workaround) for r in rows], max_width=50))
    emit(f"{len({r.service for r in rows})} services, {len(rows)} critical activities")
    return 0


def plans_approve(rt: Runtime) -> int:
    plan_id = plan_id_for_service(rt.ctx, rt.args.service)
    if plan_id is None:
        raise NotFoundError(f"{rt.args.service} has no business continuity plan yet")
    version = approve_plan(rt.ctx, plan_id, None, rt.args.summary, approver=rt.args.approver)
    if rt.args.format == "json":
        emit_json({"service": rt.args.service, "version": version.number, "issued": version.issued_on.isoformat(),
                   "summary": version.summary, "owner": version.owner, "approved_by": version.approved_by})
        return 0
    emit(f"{rt.args.service}: version {version.number} approved by {version.approved_by} on "
         f"{version.issued_on:%d/%m/%Y} and frozen")
    return 0
