"""`bcm risks ...` and `bcm heatmap`."""

from __future__ import annotations

import argparse

from bcm.risk_views import Heatmap
from bcm.rules import TREND_ARROWS
from bcm.scoring import Matrix
from bcm.services.matrix import get_matrix
from bcm.services.risks import heatmap, list_risks
from ui.cli.output import emit, emit_json, table
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    risks = sub.add_parser("risks", help="risk registers", parents=[common])
    risks_sub = risks.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = risks_sub.add_parser("list", help="list risks", parents=[common])
    listing.add_argument("--register", metavar="NAME", help="only this register")
    listing.add_argument("--open", action="store_true", help="only open risks")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=risks_list)

    heat = sub.add_parser("heatmap", help="likelihood x impact heat map with counts", parents=[common])
    heat.add_argument("--register", metavar="NAME", help="only this register (default: all)")
    heat.add_argument("--score", choices=("current", "inherent", "target"), default="current")
    heat.add_argument("--format", choices=("text", "json"), default="text")
    heat.set_defaults(handler=heatmap_command)


def risks_list(rt: Runtime) -> int:
    rows = list_risks(rt.ctx, rt.args.register, include_closed=not rt.args.open)
    if rt.args.format == "json":
        emit_json([r.as_json() for r in rows])
        return 0
    emit(table(
        ["Ref", "Register", "Title", "Owner", "Score", "Band", "Trend", "Target", "Next review", "Actions"],
        [
            (r.ref, r.register, r.title, r.owner, f"{r.score} ({r.likelihood}x{r.impact})", r.band,
             TREND_ARROWS[r.trend], r.target_score, r.next_review,
             f"{r.open_actions} open" + (f", {r.overdue_actions} overdue" if r.overdue_actions else ""))
            for r in rows
        ],
        max_width=48,
    ))
    emit(f"{len(rows)} risks")
    return 0


def heatmap_command(rt: Runtime) -> int:
    result = heatmap(rt.ctx, rt.args.register, rt.args.score)
    if rt.args.format == "json":
        emit_json(result.as_json())
    else:
        emit(heatmap_text(result, get_matrix(rt.ctx)))
    return 0


def heatmap_text(result: Heatmap, matrix: Matrix) -> str:
    """A grid with likelihood down the side (highest first), impact across, counts and band initials."""
    width = max(len(level.label) for level in matrix.impact) + 4
    side = max(len(level.label) for level in matrix.likelihood) + 4
    title = f"{result.score.capitalize()} risk heat map: {result.register or 'all registers'}"
    lines = [title, ""]
    for level_l in reversed(matrix.likelihood):
        cells = []
        for level_i in matrix.impact:
            count = result.count(level_l.value, level_i.value)
            band = matrix.band(level_l.value, level_i.value).name[0]
            cells.append(f"{band}:{count if count else '.'}".center(width))
        lines.append(f"{level_l.label} ({level_l.value})".rjust(side) + " |" + "".join(cells))
    lines.append(" " * side + " +" + "-" * (width * len(matrix.impact)))
    lines.append(" " * (side + 2) + "".join(f"{lv.label} ({lv.value})".center(width) for lv in matrix.impact))
    lines.append("")
    lines.append("Likelihood down, impact across. " + ", ".join(
        f"{b.name[0]} = {b.name} ({b.min_score}-{b.max_score})" for b in matrix.bands))
    lines.append(f"{sum(c.count for c in result.cells)} risks")
    return "\n".join(lines)
