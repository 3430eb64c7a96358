"""Paragraph styles and table helpers: wrapped cells (never clipped), header rows repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, Table, TableStyle

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#9e9e9e")
HEAD_FILL = colors.HexColor("#e8eaf0")

_base = getSampleStyleSheet()
TITLE = ParagraphStyle("BcmTitle", parent=_base["Title"], fontSize=20, leading=24, spaceAfter=8, textColor=INK)
H1 = ParagraphStyle("BcmH1", parent=_base["Heading1"], fontSize=15, leading=18, spaceBefore=8, spaceAfter=6,
                    keepWithNext=1)
H2 = ParagraphStyle("BcmH2", parent=_base["Heading2"], fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
BODY = ParagraphStyle("BcmBody", parent=_base["BodyText"], fontSize=9.5, leading=12.5, spaceAfter=4)
SMALL = ParagraphStyle("BcmSmall", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELL = ParagraphStyle("BcmCell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELL_BOLD = ParagraphStyle("BcmCellBold", parent=CELL, fontName="Helvetica-Bold")


def text(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    shown = "" if value is None else str(value)
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


def markup(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of trusted ReportLab markup (bold, colour), built by us, not typed by a user."""
    return Paragraph(value, style)


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         extra_style: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table whose cells wrap and whose header row repeats on every page it spans."""
    def cell(value: Any) -> Any:
        return value if hasattr(value, "wrap") else text(value, CELL)

    data = [[text(h, CELL_BOLD) for h in headers]] + [[cell(v) for v in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=True)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra_style,
    ]))
    return table


def label(value: str) -> str:
    """snake_case identifiers as words: "partially_met" -> "Partially met"."""
    return value.replace("_", " ").capitalize()
