"""`bcm incidents list|start|log|show` and `bcm report incident`."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from bcm.errors import ValidationError
from bcm.services.incidents import (
    add_log_entry,
    find_incident,
    incident_detail,
    list_incidents,
    start_incident,
    suggested_services,
)
from bcm.services.lessons import list_lessons
from db.models.incidents import LOG_KINDS
from ui.cli.output import emit, emit_json, table
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    incidents = sub.add_parser("incidents", help="incidents and their decision logs", parents=[common])
    incidents_sub = incidents.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = incidents_sub.add_parser("list", help="incidents, newest first", parents=[common])
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=incidents_list)
    start = incidents_sub.add_parser("start", help="start an incident", parents=[common])
    start.add_argument("title")
    start.add_argument("--disruption", action="append", required=True, metavar="TYPE")
    start.add_argument("--lead", metavar="PERSON")
    start.add_argument("--service", action="append", metavar="NAME",
                       help="an affected service (default: every service the plans say the disruption hits)")
    start.add_argument("--opel", type=int, choices=(1, 2, 3, 4))
    start.set_defaults(handler=incidents_start)
    log = incidents_sub.add_parser("log", help="append to an incident's decision log", parents=[common])
    log.add_argument("incident", metavar="ID_OR_TITLE")
    log.add_argument("text")
    log.add_argument("--kind", choices=LOG_KINDS, default="information")
    log.add_argument("--by", metavar="PERSON")
    log.add_argument("--event-time", metavar="YYYY-MM-DDTHH:MM", help="when it happened (default: now)")
    log.add_argument("--rationale")
    log.add_argument("--options")
    log.add_argument("--late-reason")
    log.set_defaults(handler=incidents_log)


def add_reports(report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    report = report_sub.add_parser("incident", help="incident report (PDF)", parents=[common])
    report.add_argument("incident", metavar="ID_OR_TITLE")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.set_defaults(handler=report_incident)


def incidents_list(rt: Runtime) -> int:
    rows = list_incidents(rt.ctx)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(["Started", "Incident", "Status", "Lead", "Disruption", "Services", "OPEL", "Log entries", "Id"],
               [(f"{r.started_at.astimezone():%d/%m/%Y %H:%M}", r.title, r.status.replace("_", " "), r.lead,
                 ", ".join(r.disruptions), r.services, r.opel or "", r.entries, str(r.id)) for r in rows]))
    return 0


def incidents_start(rt: Runtime) -> int:
    services = rt.args.service or suggested_services(rt.ctx, rt.args.disruption)
    incident_id = start_incident(rt.ctx, rt.args.title, rt.args.disruption, rt.args.lead, services, rt.args.opel)
    emit(f"started incident {incident_id}: {rt.args.title} ({len(services)} services)")
    return 0


def incidents_log(rt: Runtime) -> int:
    incident_id = find_incident(rt.ctx, rt.args.incident)
    event_at = None
    if rt.args.event_time:
        try:
            event_at = datetime.fromisoformat(rt.args.event_time)
        except ValueError:
            raise ValidationError.of("--event-time", rt.args.event_time, "not a time like 2026-11-23T02:15") from None
        if event_at.tzinfo is None:
            event_at = event_at.astimezone()
    number = add_log_entry(rt.ctx, incident_id, rt.args.kind, rt.args.text, author=rt.args.by, event_at=event_at,
                           rationale=rt.args.rationale, options=rt.args.options, late_reason=rt.args.late_reason)
    emit(f"logged entry {number}")
    return 0


def report_incident(rt: Runtime) -> int:
    from exports.pdf.incident_report import incident_report_pdf  # ReportLab: loaded by the commands that print
    incident_id = find_incident(rt.ctx, rt.args.incident)
    detail = incident_detail(rt.ctx, incident_id)
    lessons = [r for r in list_lessons(rt.ctx) if r.event_kind == "incident" and r.event == detail.row.title]
    path = incident_report_pdf(detail, lessons, rt.args.out, rt.ctx.now().astimezone())
    emit(f"wrote {path}")
    return 0
