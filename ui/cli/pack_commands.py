"""`bcm pack service`, `bcm pack disruption` and `bcm report risks`: the printed incident packs and risk report."""

from __future__ import annotations

import argparse
from pathlib import Path

from bcm.disruptions import LABELS
from bcm.services.plan_detail import disruption_pack, get_plan_detail
from bcm.services.risk_report import risk_report
from ui.cli.output import emit
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    pack = sub.add_parser("pack", help="printed incident packs (PDF, OFFICIAL-SENSITIVE)", parents=[common])
    pack_sub = pack.add_subparsers(dest="pack", required=True, metavar="PACK")
    service = pack_sub.add_parser(
        "service", help="one service's grab pack: invocation, actions, activities, cards, cascade, log sheets",
        parents=[common],
    )
    service.add_argument("service", metavar="NAME", help="service name or short name (e.g. KEaH)")
    service.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    service.set_defaults(handler=pack_service)
    disruption = pack_sub.add_parser(
        "disruption", help="one disruption type across every service it hits", parents=[common],
        description="Known disruption types: " + ", ".join(f"{k} ({v})" for k, v in LABELS.items()),
    )
    disruption.add_argument("disruption", metavar="TYPE", help="disruption type: " + ", ".join(LABELS))
    disruption.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    disruption.set_defaults(handler=pack_disruption)


def add_reports(report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    risks = report_sub.add_parser("risks", help="risk register report (PDF): RAG summary, heat map, each risk",
                                  parents=[common])
    risks.add_argument("--register", metavar="NAME", help="only this register (default: every register)")
    risks.add_argument("--summary", action="store_true",
                       help="each register's summary, heat map and changes, without a page for each risk")
    risks.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    risks.set_defaults(handler=report_risks)


def pack_service(rt: Runtime) -> int:
    from exports.pdf.service_pack import service_pack_pdf  # ReportLab: loaded by the commands that print
    plan = get_plan_detail(rt.ctx, rt.args.service)
    path = service_pack_pdf(plan, rt.args.out, rt.ctx.now().astimezone())
    emit(f"wrote {path}")
    return 0


def pack_disruption(rt: Runtime) -> int:
    from exports.pdf.disruption_pack import disruption_pack_pdf  # ReportLab: loaded by the commands that print
    pack = disruption_pack(rt.ctx, rt.args.disruption)
    path = disruption_pack_pdf(pack, rt.args.out, rt.ctx.now().astimezone())
    emit(f"wrote {path}")
    return 0


def report_risks(rt: Runtime) -> int:
    from exports.pdf.risk_report import risk_report_pdf  # ReportLab: loaded by the commands that print
    report = risk_report(rt.ctx, rt.args.register, each_risk=not rt.args.summary)
    path = risk_report_pdf(report, rt.args.out, rt.ctx.now().astimezone())
    emit(f"wrote {path}")
    return 0
