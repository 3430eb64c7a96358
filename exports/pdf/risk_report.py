"""Risk register report in the manner of the JCAD CORE print: RAG summary, 5x5 heat map with counts, then each risk
with cause, consequence, scores and trend, controls, actions, review dates and review comments. Landscape A4."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from bcm.many_objects import making_many_objects
from bcm.risk_report_views import BandCount, RegisterSection, RiskReport
from bcm.risk_views import Heatmap, RiskDetail, RiskRow
from bcm.scoring import Matrix
from exports.pdf.document import PrintInfo, content_width, write_pdf
from exports.pdf.pack_parts import ALERT_HEX, NOTE_FILL, PH1, PH2, day, heading, ink_on, wrapped
from exports.pdf.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    H2,
    HEAD_FILL,
    RULE,
    SMALL,
    TITLE,
    ExpandedWhenReached,
    MadeWhenReached,
    label,
    markup,
    text,
)

HEAT_CELL = 27 * mm
HEAT_LABEL = 34 * mm
TRENDS = {"up": "Up", "down": "Down", "same": "Same", "new": "New"}


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=CELL, **kwargs)


def _centred(value: str, fill: str, size: float = 8.5, bold: bool = True) -> Paragraph:
    """Text centred on a band-coloured fill, in whichever of black or white reads on it."""
    style = _style(f"RiskOn{fill}{size}{bold}", alignment=1, fontSize=size, leading=size + 2,
                   textColor=ink_on(fill), fontName="Helvetica-Bold" if bold else "Helvetica")
    return Paragraph(value, style)


def _tint(hex_colour: str, keep: float = 0.28) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(1 - keep * (1 - c.red), 1 - keep * (1 - c.green), 1 - keep * (1 - c.blue))


@making_many_objects()  # a big document is hundreds of thousands of short-lived objects
def risk_report_pdf(report: RiskReport, path: Path, printed_at: datetime) -> Path:
    """The register report. A report of summaries only (risk_report(each_risk=False)) has no page for each risk:
    every register's summary, heat map and changes (a county's every register is otherwise 145,000 pages and seven
    minutes)."""
    scope = report.register or "all registers"
    info = PrintInfo(title=f"Risk register report: {scope}", source=f"Register as at {report.as_at:%d/%m/%Y}",
                     printed_at=printed_at, wide=True)
    width = content_width(info)
    story: list[Flowable] = [
        text(f"Risk register report: {scope}", TITLE),
        text(f"Current risk levels as at {report.as_at:%d/%m/%Y}. Score = likelihood x impact. Bands: "
             + ", ".join(f"{b.name} {b.min_score}-{b.max_score}" for b in report.matrix.bands)
             + ". Trend compares the current score with the previous current score."
             + ("" if report.each_risk else " Summaries only: each risk's own page is in the full report."), BODY),
    ]
    if report.overall is not None:
        story += overview(report, width)
    for index, section in enumerate(report.sections):
        if index or report.overall is not None:
            story.append(PageBreak())
        story += register_section(section, report.matrix, width, titled=report.overall is not None)
    if not report.sections:
        story.append(text("No risk registers recorded yet."))
    return write_pdf(path, story, info)


# --- summaries and heat map -------------------------------------------------------------------------------------


def overview(report: RiskReport, width: float) -> list[Flowable]:
    bands = report.matrix.bands
    rows = [
        (s.name, label(s.level), s.owner, *[str(b.count) for b in s.summary], str(s.total), str(s.reviews_overdue),
         str(s.actions_overdue))
        for s in report.sections
    ]
    totals = ["All registers", "", "", *[str(b.count) for b in report.overall_summary],
              str(sum(b.count for b in report.overall_summary)), str(sum(s.reviews_overdue for s in report.sections)),
              str(sum(s.actions_overdue for s in report.sections))]
    rows.append(tuple(text(t, CELL_BOLD) for t in totals))
    counts = 22 * mm
    rest = width - counts * (len(bands) + 3)
    style = [("BACKGROUND", (0, len(rows)), (-1, len(rows)), NOTE_FILL)]
    table = wrapped(["Register", "Level", "Owner", *[b.name for b in bands], "Total open", "Reviews overdue",
                     "Actions overdue"], rows, [rest * 0.5, rest * 0.18, rest * 0.32] + [counts] * (len(bands) + 3),
                    style)
    assert report.overall is not None
    return [
        text("Summary of all registers", PH1),
        table,
        Spacer(1, 5 * mm),
        summary_and_heatmap(report.overall, report.overall_summary, report.matrix, width, "All registers"),
    ]


def band_summary(summary: Sequence[BandCount], extra: Sequence[tuple[str, str]] = ()) -> Table:
    rows: list[list[object]] = [[text("Current risk level", CELL_BOLD), text("Scores", CELL_BOLD),
                                 text("Risks", CELL_BOLD)]]
    style: list[tuple[object, ...]] = []
    for b in reversed(summary):
        style.append(("BACKGROUND", (0, len(rows)), (0, len(rows)), colors.HexColor(b.colour)))
        rows.append([_centred(b.band, b.colour), text(f"{b.min_score}-{b.max_score}", CELL),
                     text(str(b.count), CELL_BOLD)])
    rows.append([text("Total", CELL_BOLD), "", text(str(sum(b.count for b in summary)), CELL_BOLD)])
    for name, value in extra:
        rows.append([text(name, CELL), "", text(value, CELL_BOLD)])
    table = Table(rows, colWidths=[34 * mm, 18 * mm, 16 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *style,
    ]))
    return table


def heatmap_table(heat: Heatmap, matrix: Matrix) -> Table:
    """Likelihood down the side (highest first), impact across; each cell holds its count and its band's name, on
    the band's colour (paler where the count is 0), so it reads in black and white too."""
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = []
    for r, level_l in enumerate(reversed(matrix.likelihood)):
        row: list[object] = [text(f"{level_l.label} ({level_l.value})", CELL_BOLD)]
        for c, level_i in enumerate(matrix.impact, start=1):
            cell = next(x for x in heat.cells if x.likelihood == level_l.value and x.impact == level_i.value)
            if cell.count:
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(cell.colour)))
                row.append(_centred(f"<font size='13'>{cell.count}</font><br/>{escape(cell.band)}", cell.colour))
            else:
                style.append(("BACKGROUND", (c, r), (c, r), _tint(cell.colour)))
                row.append(Paragraph(f"<font size='11'>0</font><br/>{escape(cell.band)}",
                                     _style("RiskHeatZero", alignment=1, leading=12,
                                            textColor=colors.HexColor("#333333"))))
        rows.append(row)
    rows.append([text("Likelihood / Impact", _style("RiskAxis", fontSize=7.5, leading=9, fontName="Helvetica-Oblique"))]
                + [text(f"{level.label} ({level.value})", _style("RiskImpact", alignment=1, fontName="Helvetica-Bold"))
                   for level in matrix.impact])
    table = Table(rows, colWidths=[HEAT_LABEL] + [HEAT_CELL] * len(matrix.impact),
                  rowHeights=[12 * mm] * len(matrix.likelihood) + [None])  # type: ignore[list-item]
    table.setStyle(TableStyle([
        ("GRID", (1, 0), (-1, len(matrix.likelihood) - 1), 0.8, colors.white),
        ("BOX", (1, 0), (-1, len(matrix.likelihood) - 1), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *style,
    ]))
    return table


def summary_and_heatmap(heat: Heatmap, summary: Sequence[BandCount], matrix: Matrix, width: float, scope: str,
                        extra: Sequence[tuple[str, str]] = ()) -> Table:
    left = [text("Current risk level summary", H2), band_summary(summary, extra)]
    right = [text(f"Current risk heat map: {scope}", H2),
             text("Number of open risks in each cell; likelihood down the side, impact across.", SMALL),
             Spacer(1, 2 * mm),
             heatmap_table(heat, matrix)]
    table = Table([[left, right]], colWidths=[80 * mm, width - 80 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


# --- registers and risks ----------------------------------------------------------------------------------------


def register_section(section: RegisterSection, matrix: Matrix, width: float, titled: bool = True) -> list[Flowable]:
    about = f"{label(section.level)} register. Owner: {section.owner or 'not recorded'}."
    story: list[Flowable] = [
        *([text(f"Risk register: {section.name}", PH1)] if titled else []),
        text(about + (f" {section.description}" if section.description else ""), SMALL),
        Spacer(1, 3 * mm),
        summary_and_heatmap(section.heatmap, section.summary, matrix, width, section.name,
                            [("Reviews overdue", str(section.reviews_overdue)),
                             ("Actions overdue", str(section.actions_overdue))]),
        Spacer(1, 4 * mm),
    ]
    # Every register's tables and each risk's page are made as the layout reaches them, and dropped once laid out.
    changes = MadeWhenReached(partial(changes_table, section.open, width)) if section.open else \
        text("No open risks on this register.")
    # on one page with its heading where it fits on one; a longer table runs on with its header row repeated
    story.append(KeepTogether([text("Current risk level changes", PH2), changes]))
    if section.closed:
        story += [*heading("Closed risks", PH2, 30 * mm),
                  MadeWhenReached(partial(wrapped, ["Ref", "Risk", "Owner", "Last score"],
                                            [(r.ref, r.title, r.owner, f"{r.score} {r.band}") for r in section.closed],
                                            [22 * mm, width - 102 * mm, 50 * mm, 30 * mm]))]
    for detail in section.details:
        story += [PageBreak(), ExpandedWhenReached(partial(risk_block, detail, matrix, width))]
    return story


def _trend_text(row: RiskRow) -> str:
    if row.previous_score is None:
        return "New"
    if row.trend == "same":
        return f"Same ({row.score})"
    return f"{TRENDS[row.trend]} from {row.previous_score}"


def _review(row: RiskRow) -> object:
    shown = day(row.next_review, "not set")
    if row.review_state == "overdue":
        return markup(f"{shown}<br/><font color='{ALERT_HEX}'><b>OVERDUE</b></font>", CELL)
    return shown


def changes_table(risks: Sequence[RiskRow], width: float) -> Table:
    rows, style = [], []
    for i, r in enumerate(risks, start=1):
        style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(r.band_colour)))
        overdue = r.overdue_actions
        open_actions = f"{r.open_actions} open" + (f", {overdue} overdue" if overdue else "")
        rows.append((text(r.ref, CELL_BOLD), r.title, r.owner, _centred(f"{r.score} {escape(r.band)}", r.band_colour),
                     r.previous_score if r.previous_score is not None else "none", _trend_text(r),
                     r.target_score if r.target_score is not None else "none", day(r.last_review), _review(r),
                     open_actions))
    fixed = [20, 45, 22, 18, 22, 18, 21, 23, 24]
    rest = width - sum(fixed) * mm
    widths = [fixed[0] * mm, rest, fixed[1] * mm] + [f * mm for f in fixed[2:]]
    return wrapped(["Ref", "Risk", "Owner", "Current", "Previous", "Trend", "Target", "Last review", "Next review",
                    "Actions"], rows, widths, style)


def _pairs_table(pairs: Sequence[tuple[str, object]], width: float, per_row: int = 4) -> Table:
    label_w = 26 * mm
    value_w = width / per_row - label_w
    rows: list[list[object]] = []
    for start in range(0, len(pairs), per_row):
        row: list[object] = []
        for name, value in pairs[start:start + per_row]:
            row += [text(name, CELL_BOLD), value if hasattr(value, "wrap") else text(value, CELL)]
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * per_row)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("BACKGROUND", (c, 0), (c, -1), NOTE_FILL) for c in range(0, 2 * per_row, 2)],
    ]))
    return table


def risk_block(d: RiskDetail, matrix: Matrix, width: float) -> list[Flowable]:
    r = d.row
    head = Table([[text(r.ref, _style("RiskRef", fontName="Helvetica-Bold", fontSize=14, leading=17)),
                   text(r.title, _style("RiskTitle", fontName="Helvetica-Bold", fontSize=12, leading=15)),
                   _centred(f"Current: {r.score} {escape(r.band)}", r.band_colour, size=11)]],
                 colWidths=[28 * mm, width - 78 * mm, 50 * mm])
    head.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (1, 0), HEAD_FILL), ("BACKGROUND", (2, 0), (2, 0), colors.HexColor(r.band_colour)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    pairs: list[tuple[str, object]] = [
        ("Owner", r.owner or "not recorded"), ("Category", r.category or "none"),
        ("Status", label(r.status) + (f" ({day(d.closed_on)})" if d.closed_on else "")),
        ("Treatment", label(d.treatment)),
        ("Last review", day(r.last_review, "never")), ("Next review", _review(r)),
        ("Escalated to", d.escalated_to or "not escalated"),
        ("Kind", label(d.kind)),
    ]
    if d.financial_exposure_m is not None:
        pairs.append(("Exposure", f"£{d.financial_exposure_m:g}m"))
    story: list[Flowable] = [head, Spacer(1, 2 * mm), _pairs_table(pairs, width)]
    if d.description:
        story += [*heading("Risk event", PH2, 30 * mm), text(d.description)]
    half = width / 2
    story += [Spacer(1, 3 * mm),
              wrapped(["Cause", "Consequence"], [(r.cause or "Not recorded.", r.consequence or "Not recorded.")],
                      [half, half])]
    story += [*heading("Risk scores", PH2, 30 * mm), scores_table(d, matrix, width)]
    story += heading("Controls in place", PH2, 30 * mm)
    if d.controls:
        story.append(wrapped(["#", "Control", "Owner"],
                             [(i, c.description, c.owner) for i, c in enumerate(d.controls, start=1)],
                             [8 * mm, width - 58 * mm, 50 * mm]))
    else:
        story.append(text("No controls recorded."))
    story += heading("Actions", PH2, 30 * mm)
    if d.actions:
        rows = []
        for a in d.actions:
            status = label(a.status)
            shown: object = status
            if a.overdue:
                shown = markup(f"{escape(status)} <font color='{ALERT_HEX}'><b>OVERDUE</b></font>", CELL)
            rows.append((a.description, a.owner, day(a.due_on, "no date"), shown, day(a.done_on)))
        story.append(wrapped(["Action", "Owner", "Due", "Status", "Done"], rows,
                             [width - 144 * mm, 50 * mm, 22 * mm, 50 * mm, 22 * mm]))
    else:
        story.append(text("No actions recorded."))
    story += heading("Review comments", PH2, 30 * mm)
    if d.comments:
        story.append(wrapped(["Date", "By", "Comment"], [(day(c.on), c.author, c.text) for c in d.comments],
                             [22 * mm, 45 * mm, width - 67 * mm]))
    else:
        story.append(text("No review comments recorded."))
    if d.history:
        story += heading("Score history", PH2, 30 * mm)
        story.append(wrapped(
            ["Date", "Score", "From", "To", "Reason", "By"],
            [(day(h.at.date()), label(h.kind), _pair_text(h.from_score), _pair_text(h.to_score), h.reason, h.by)
             for h in d.history],
            [22 * mm, 22 * mm, 26 * mm, 26 * mm, width - 136 * mm, 40 * mm]))
    return story


def _pair_text(pair: tuple[int, int] | None) -> str:
    if pair is None:
        return "none"
    return f"{pair[0] * pair[1]} ({pair[0]} x {pair[1]})"


def scores_table(d: RiskDetail, matrix: Matrix, width: float) -> Table:
    """Inherent, previous, current and target, each with its labels and band; the previous score is kept as a number
    only (its likelihood and impact are in the score history)."""
    r = d.row
    scored: list[tuple[str, int | None, int | None, str]] = [
        ("Inherent", r.inherent_likelihood, r.inherent_impact, "Before any controls"),
        ("Current", r.likelihood, r.impact, f"Trend: {_trend_text(r)}"),
        ("Target", r.target_likelihood, r.target_impact, "Where the actions should bring it"),
    ]
    rows: list[tuple[object, ...]] = []
    style: list[tuple[object, ...]] = []
    for name, lk, im, note in scored:
        i = len(rows) + 1
        if lk is None or im is None:
            rows.append((text(name, CELL_BOLD), "none", "none", "none", note))
        else:
            band = matrix.band(lk, im)
            style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(band.colour)))
            rows.append((text(name, CELL_BOLD), f"{matrix.label('likelihood', lk)} ({lk})",
                         f"{matrix.label('impact', im)} ({im})",
                         _centred(f"{lk * im} {escape(band.name)}", band.colour), note))
        if name == "Inherent":
            i = len(rows) + 1
            if r.previous_score is None:
                rows.append((text("Previous", CELL_BOLD), "", "", "none", "No earlier current score"))
            else:
                band = matrix.band_of_score(r.previous_score)
                style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(band.colour)))
                rows.append((text("Previous", CELL_BOLD), "", "",
                             _centred(f"{r.previous_score} {escape(band.name)}", band.colour),
                             "The current score before its last change"))
    return wrapped(["Score", "Likelihood", "Impact", "Score and band", "Note"], rows,
                   [24 * mm, 40 * mm, 40 * mm, 32 * mm, width - 136 * mm], style)
