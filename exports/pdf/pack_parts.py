"""Pieces the incident packs share: tick boxes, plan tables (activities, cards, cascade) and blank ruled log sheets.

Only the standard PDF fonts are used, so every glyph must be Latin-1: words, not arrows or box characters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from bcm.plan_detail_views import ActivityView, CardView, CascadeView, ContactView, PlanDetail, ThresholdView
from exports.pdf.document import MARGIN, OFFICIAL_SENSITIVE
from exports.pdf.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    H1,
    H2,
    HEAD_FILL,
    INK,
    RULE,
    SMALL,
    Bold,
    cell_table,
    grid,
    markup,
    text,
)

ALERT_HEX = "#b71c1c"  # dark red: readable as text on white and in grey print
ALERT = colors.HexColor(ALERT_HEX)
NOTE_FILL = colors.HexColor("#f4f4f4")
# Headings here do not use keepWithNext: ReportLab would bind a heading to the whole table after it and push both
# to the next page, leaving a half-empty page. heading() asks for room instead, so a table may start under its heading
# and run on (header row repeated).
PH1 = ParagraphStyle("PackH1", parent=H1, keepWithNext=0)
PH2 = ParagraphStyle("PackH2", parent=H2, keepWithNext=0)
INTRO = BODY
CELL_SMALL = ParagraphStyle("PackCellSmall", parent=CELL, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
LEVEL_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "black": "#000000"}
DEPENDENCY_KINDS = {
    "it_system": "IT system", "telephony": "Telephony", "premises": "Premises", "supplier": "Supplier or provider",
    "vehicles_fuel": "Vehicles and fuel", "utilities_power": "Power and utilities", "staff_skill": "Staff skills",
}
LOG_KINDS = "I = information, D = decision, A = action, C = communication"


def day(value: date | None, empty: str = "") -> str:
    return f"{value:%d/%m/%Y}" if value else empty


def hours(value: float | None) -> str:
    """Recovery times as a reader says them: "4 h", "1 day", "3 days"."""
    if value is None:
        return "not known"
    if value >= 24 and value % 24 == 0:
        days = int(value // 24)
        return f"{days} day" if days == 1 else f"{days} days"
    return f"{value:g} h"


def ink_on(fill: str) -> colors.Color:
    """Black or white text, whichever reads better on this fill colour."""
    c = colors.HexColor(fill)
    luminance = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue
    return colors.black if luminance > 0.55 else colors.white


def wrapped(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
            extra_style: Sequence[tuple[Any, ...]] = ()) -> Table:
    """Like styles.grid() (wrapped cells, header row repeated on every page), and also: a cell may hold a list of
    flowables, and a row may split inside a long cell, so no amount of typed text overflows a page."""
    return grid(headers, rows, widths, extra_style, splitInRow=1)


def lines(*parts: tuple[str, ParagraphStyle]) -> list[Paragraph]:
    """A table cell of several paragraphs (a name in bold with its role beneath, say); empty parts left out."""
    return [text(value, style) for value, style in parts if value]


def header_title(*choices: str, marking: str | None = OFFICIAL_SENSITIVE, wide: bool = False) -> str:
    """The first of the choices that fits the page header beside the marking (the shared frame draws the title and
    the marking on one line, and would print a long title over the marking)."""
    page = landscape(A4)[0] if wide else A4[0]
    room = page - 2 * MARGIN - 6 * mm
    if marking:
        room -= stringWidth(marking, "Helvetica-Bold", 10)
    for choice in choices:
        if stringWidth(choice, "Helvetica-Bold", 9) <= room:
            return choice
    last = choices[-1]
    while last and stringWidth(last + "...", "Helvetica-Bold", 9) > room:
        last = last[:-1]
    return last.rstrip() + "..."


def heading(title: str, style: ParagraphStyle = PH1, room: float = 45 * mm) -> list[Flowable]:
    """A heading that starts a new page unless there is room beneath it for its lead-in and a few table rows."""
    return [CondPageBreak(room), text(title, style)]


def note_box(content: Sequence[Flowable], width: float, border: colors.Color = INK) -> Table:
    table = Table([[list(content)]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, border),
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def sensitive_notice(width: float) -> Table:
    return note_box([
        markup("<b>OFFICIAL-SENSITIVE</b>", BODY),
        text("This pack holds personal and out-of-hours telephone numbers. Keep it in the grab bag or a locked "
             "drawer, never leave it unattended, do not copy it beyond the people named in it, and shred it when a "
             "new version is printed.", SMALL),
    ], width)


def key_values(pairs: Sequence[tuple[str, object]], width: float, label_width: float = 42 * mm) -> Table:
    """A two-column table of labels and values (values may be flowables)."""
    return cell_table(None, [(Bold(k), v) for k, v in pairs], [label_width, width - label_width], [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), NOTE_FILL),
    ], padding=4)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


# --- plan tables ------------------------------------------------------------------------------------------------


def activities_table(activities: Sequence[ActivityView], width: float) -> Flowable:
    if not activities:
        return text("No critical activities recorded in this plan.")
    rest = width - (8 + 14 + 16 + 13) * mm
    return wrapped(
        ["P", "Critical activity", "RTO", "MTPD", "Min staff", "Minimum service level", "Workarounds"],
        [(a.priority, Bold(a.name), hours(a.rto_hours), hours(a.mtpd_hours),
          a.minimum_staff, a.minimum_service_level, a.workarounds) for a in activities],
        [8 * mm, rest * 0.28, 14 * mm, 16 * mm, 13 * mm, rest * 0.3, rest * 0.42],
    )


def card_checklist(card: CardView, width: float, heading_text: str | None = None,
                   lead: Sequence[Flowable] = ()) -> KeepTogether:
    """A response card as a checklist: tick box, step, who, when, and room to write the time and initials. Kept on
    one page with its heading (and any lead-in given) when it fits on one."""
    rest = width - (8 + 7 + 20) * mm
    title = heading_text or (card.label if card.title.lower() == card.label.lower() else f"{card.label}: {card.title}")
    if not card.steps:
        return KeepTogether([*lead, text(title, PH2), text("This card has no steps yet.")])
    table = wrapped(
        ["", "#", "Action", "Who", "When", "Done at / by"],
        [(TickBox(), s.position, s.text, s.who, s.when, "") for s in card.steps],
        [8 * mm, 7 * mm, rest * 0.6, rest * 0.22, rest * 0.18, 20 * mm],
        [("VALIGN", (0, 1), (0, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
         ("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 4)],
    )
    return KeepTogether([*lead, text(title, PH2), table])


def _phones(person: ContactView) -> tuple[str, str, str]:
    return person.work_phone, person.mobile, person.out_of_hours


def cascade_table(cascade: Sequence[CascadeView], width: float) -> Flowable:
    if not cascade:
        return text("No call cascade recorded in this plan.")
    rest = width - (7 + 3 * 22) * mm
    rows = []
    for entry in cascade:
        person = entry.person
        who = lines((person.name, CELL_BOLD), (entry.role or person.job_title, CELL),
                    (f"On call: {person.on_call_role}" if person.on_call_role else "", CELL_SMALL))
        rows.append((entry.position, who, entry.called_by or "Starts the cascade",
                     entry.alternate.name if entry.alternate else "None named", *_phones(person)))
    return wrapped(["#", "Person and role", "Called by", "Alternate", "Work", "Mobile", "Out of hours"], rows,
                   [7 * mm, rest * 0.44, rest * 0.28, rest * 0.28, 22 * mm, 22 * mm, 22 * mm])


def alternates_table(people: Sequence[ContactView], width: float) -> Flowable:
    rest = width - 3 * 22 * mm
    return wrapped(["Alternate", "Job title", "Work", "Mobile", "Out of hours"],
                   [(Bold(p.name), p.job_title, *_phones(p)) for p in people],
                   [rest * 0.4, rest * 0.6, 22 * mm, 22 * mm, 22 * mm])


def contacts_section(plan: PlanDetail, width: float, title: str, heading_style: ParagraphStyle = PH1
                     ) -> list[Flowable]:
    story: list[Flowable] = [
        *heading(title, heading_style),
        text("Call in this order. If there is no answer within 10 minutes, call the alternate and carry on down the "
             "list; note every call on the log sheet.", INTRO),
        cascade_table(plan.cascade, width),
    ]
    others = plan.alternates_outside_cascade
    if others:
        story += [*heading("Alternates not in the cascade", PH2, 30 * mm), alternates_table(others, width)]
    return story


_level_styles: dict[str, ParagraphStyle] = {}


def _level_style(level: str, fill: str) -> ParagraphStyle:
    """Bold cell text that reads on the level's colour (made once per level, not once per plan)."""
    style = _level_styles.get(fill)
    if style is None:
        style = _level_styles[fill] = ParagraphStyle(f"PackLevel{level}", parent=CELL_BOLD, textColor=ink_on(fill))
    return style


def thresholds_table(thresholds: Sequence[ThresholdView], width: float) -> Flowable:
    if not thresholds:
        return text("No staffing escalation thresholds recorded in this plan.")
    rows: list[tuple[str, str, str]] = [("Green", f"{thresholds[0].below_percent:g}% or more", "Business as usual.")]
    rows += [(t.level.capitalize(), f"below {t.below_percent:g}%", t.actions) for t in thresholds]
    cells, style = [], []
    for i, (level, share, actions) in enumerate(rows, start=1):
        fill = LEVEL_COLOURS.get(level.lower())
        level_style = CELL_BOLD
        if fill:
            level_style = _level_style(level, fill)
            style.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(fill)))
        cells.append((text(level, level_style), share, actions))
    return wrapped(["Level", "Staffing (share of rostered hours)", "Actions"], cells,
                   [22 * mm, 45 * mm, width - 67 * mm], style)


# --- blank log sheets -------------------------------------------------------------------------------------------

LOG_HEADERS = ("Time of event", "Time logged", "Kind (I/D/A/C)", "Entry / decision and rationale", "Initials")


def log_sheets(width: float, sheets: int, rows: int, service: str = "", title: str = "Incident and decision log"
               ) -> list[Flowable]:
    """Blank ruled sheets for writing by hand when there is no power: each on its own page."""
    story: list[Flowable] = []
    entry_width = width - (21 + 21 + 17 + 18) * mm
    for number in range(1, sheets + 1):
        fields = Table(
            [[text("Incident", CELL_BOLD), "", text("Date", CELL_BOLD), "", text("Sheet", CELL_BOLD),
              text(f"{number} of ____", CELL)],
             [text("Log keeper", CELL_BOLD), "", text("Service", CELL_BOLD), text(service, CELL), "", ""]],
            colWidths=[20 * mm, width * 0.42 - 20 * mm, 16 * mm, width * 0.34 - 16 * mm, 14 * mm,
                       width * 0.24 - 14 * mm],
            minRowHeights=[9 * mm, 9 * mm],
        )
        fields.setStyle(TableStyle([
            ("LINEBELOW", (1, 0), (1, -1), 0.6, INK), ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]))
        ruled = Table(
            [[text(h, CELL_BOLD) for h in LOG_HEADERS]] + [[""] * len(LOG_HEADERS) for _ in range(rows)],
            colWidths=[21 * mm, 21 * mm, 17 * mm, entry_width, 18 * mm],
            rowHeights=[None] + [8.5 * mm] * rows,  # type: ignore[list-item]
            repeatRows=1,
        )
        ruled.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ]))
        story += [
            PageBreak(),
            text(f"{title} - sheet {number}", PH1),
            fields,
            text(f"Kind: {LOG_KINDS}. Write the time of the event and the time you log it. For a decision write "
                 "the rationale and the options considered. A late entry says why it is late. Never rub out: strike "
                 "through once, initial it, and write the correction as a new entry.", SMALL),
            Spacer(1, 2 * mm),
            ruled,
        ]
    return story
