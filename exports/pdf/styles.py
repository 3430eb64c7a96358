"""Paragraph styles and table helpers: wrapped cells (never clipped), header rows repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

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


# What breakLines and wrap leave on a Paragraph: restored together, they are the state of wrapping at that width.
_WRAP_STATE = ("width", "height", "blPara", "_wrapWidths", "frags", "_width_max", "_hyphenations",
               "_splitLongWordCount")


class Para(Paragraph):
    """A Paragraph that keeps its line breaks per width. A table wraps every cell to measure its rows, again to draw
    it and again when it splits across a page: the same lines broken at the same width, three times over (at county
    scale a pack has thousands of cells). Wrapping depends only on the width, so the first result is reused."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wraps: dict[float, dict[str, Any]] = self.__dict__.setdefault("_wraps", {})
        state = wraps.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__ and self.width == availWidth:  # not for a width too narrow to wrap in
            wraps[availWidth] = {k: self.__dict__[k] for k in _WRAP_STATE if k in self.__dict__}
        return size


_SPECIAL = frozenset("\n&<>")  # text with these goes through the parser (entities split it into fragments)
_plain_frags: dict[str, ParaFrag] = {}  # style name -> the fragment a parse of plain text gives in that style


def _plain_frag(style: ParagraphStyle) -> ParaFrag | None:
    """The fragment ReportLab's parser makes of one plain word in this style: every plain text in the style parses to
    it, with its own text. Parsing is a third of the time of a cell of a table, and a pack has thousands."""
    frag = _plain_frags.get(style.name)
    if frag is None:
        _, frags, _ = ParaParser().parse("x", style)
        if not frags or len(frags) != 1:
            return None
        frag = _plain_frags[style.name] = frags[0]
    return frag


def text(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    shown = "" if value is None else str(value)
    if shown.strip() and not _SPECIAL.intersection(shown):  # one line of plain text: the parser's fragment, made here
        cleaned = cleanBlockQuotedText(shown)
        frag = _plain_frag(style)
        if frag is not None:
            return Para(escape(cleaned), style, frags=[frag.clone(text=cleaned)])
    return Para(escape(shown).replace("\n", "<br/>"), style)


def markup(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of trusted ReportLab markup (bold, colour), built by us, not typed by a user."""
    return Para(value, style)


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
