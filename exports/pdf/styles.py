"""Paragraph styles and table helpers: wrapped cells (never clipped), header rows repeated on every page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser
from reportlab.platypus.tables import CellStyle

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


# What breakLines and wrap leave on a Paragraph (its blPara kept as _bl_para, see Para.blPara): restored together,
# they are the state of wrapping at that width.
_WRAP_STATE = ("width", "height", "_bl_para", "_wrapWidths", "frags", "_width_max", "_hyphenations",
               "_splitLongWordCount")


class Para(Paragraph):
    """A Paragraph that keeps its line breaks per width. A table wraps every cell to measure its rows, again to draw
    it and again when it splits across a page: the same lines broken at the same width, three times over (at county
    scale a pack has thousands of cells). Wrapping depends only on the width, so the first result is reused.

    Plain text that fits on one line (a name, a role, a heading: most of a pack's paragraphs) is not broken into
    lines at all: it is measured once and drawn as one string, where the Paragraph is drawn, in its style's font,
    colour and first baseline. Text that would wrap is broken and drawn by ReportLab as before."""

    _line: str | None = None  # the one line of plain text, set by text() where the style allows drawing it so
    _line_width = 0.0
    _fast = False  # the last wrap fitted the line: draw it as a string

    def _fits(self, availWidth: float) -> bool:
        return self._line is not None and self._line_width < availWidth - 0.01  # a Paragraph would not wrap it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._fits(availWidth):
            self._fast = True
            self.__dict__.pop("_bl_para", None)  # lines broken at another width
            self.width, self.height = availWidth, self.style.leading
            return self.width, self.height
        self._fast = False
        wraps: dict[float, dict[str, Any]] = self.__dict__.setdefault("_wraps", {})
        state = wraps.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if "_bl_para" in self.__dict__ and self.width == availWidth:  # not for a width too narrow to wrap in
            wraps[availWidth] = {k: self.__dict__[k] for k in _WRAP_STATE if k in self.__dict__}
        return size

    @property
    def blPara(self) -> Any:  # ReportLab's name
        """The lines as ReportLab breaks them. A line drawn as a string is broken only if something asks (a split
        across a page, say), so whatever reads it sees the Paragraph it would otherwise be."""
        found = self.__dict__.get("_bl_para")
        if found is None and self._fast:
            Paragraph.wrap(self, self.width, self.style.leading)  # sets it, through the setter below
            found = self.__dict__.get("_bl_para")
        if found is None:
            raise AttributeError("blPara")
        return found

    @blPara.setter
    def blPara(self, value: Any) -> None:
        self.__dict__["_bl_para"] = value

    @blPara.deleter
    def blPara(self) -> None:
        self.__dict__.pop("_bl_para", None)

    def draw(self) -> None:
        if not self._fast:
            super().draw()
            return
        style, canv = self.style, self.canv
        canv.setFillColor(style.textColor)
        canv.setFont(style.fontName, style.fontSize, style.leading)
        canv.drawString(0, self.height - style.fontSize, self._line)


_line_styles: dict[str, bool] = {}  # style name -> whether its plain one-line paragraphs may be drawn as a string


def _draws_lines(style: ParagraphStyle) -> bool:
    """A style whose one line of plain text is just the text at the left margin: no indents, bullets, borders,
    backgrounds or shaping that only the Paragraph draws."""
    known = _line_styles.get(style.name)
    if known is None:
        known = _line_styles[style.name] = (
            style.alignment == TA_LEFT and not style.leftIndent and not style.rightIndent
            and not style.firstLineIndent and not style.backColor and not style.borderWidth
            and not getattr(style, "bulletText", None) and not style.wordWrap and not style.textTransform
            and not getattr(style, "underline", False) and not getattr(style, "strike", False)
            and getattr(style, "autoLeading", "") in ("", "off", None)
        )
    return known


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
            para = Para(escape(cleaned), style, frags=[frag.clone(text=cleaned)])
            if shown.isprintable() and _draws_lines(style):  # no tabs or no-break spaces: words split at spaces
                para._line = " ".join(cleaned.split())
                para._line_width = stringWidth(para._line, style.fontName, style.fontSize)
            return para
    return Para(escape(shown).replace("\n", "<br/>"), style)


def markup(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of trusted ReportLab markup (bold, colour), built by us, not typed by a user."""
    return Para(value, style)


class Bold(str):
    """Cell text to set in bold: a table set with table_cells() draws it as a bold string when it fits on one line."""


# The padding either side of the text in every cell of a grid() or wrapped() table.
CELL_PADDING = 3.0


def _one_line(value: str, style: ParagraphStyle, room: float) -> str | None:
    """The text as the one line a Paragraph in this style would set it as, if that line fits in room; else None."""
    if not value.isprintable():  # line breaks, tabs, no-break spaces: the parser's rules, so a Paragraph
        return None
    shown = " ".join(value.split())  # what the paragraph parser makes of runs of spaces
    if stringWidth(shown, style.fontName, style.fontSize) > room:
        return None
    return shown


def _cell_style(bold: bool, padding: float) -> type[CellStyle]:
    """The style every cell of a table_cells() table starts with, as class defaults: top-aligned, padded either side,
    in CELL's font (CELL_BOLD's when bold). Set per cell by a style command, each of these would be a call for every
    cell of every table (thousands in a pack); as defaults they cost nothing, and commands still override them."""
    key = (bold, padding)
    made = _cell_styles.get(key)
    if made is None:
        font = CELL_BOLD if bold else CELL
        made = _cell_styles[key] = type("BcmBoldCell" if bold else "BcmCell", (CellStyle,), {
            "fontname": font.fontName, "fontsize": font.fontSize, "leading": font.leading, "color": font.textColor,
            "valign": "TOP", "leftPadding": padding, "rightPadding": padding,
        })
    return made


_cell_styles: dict[tuple[bool, float], type[CellStyle]] = {}


def table_cells(headers: Sequence[str] | None, rows: Sequence[Sequence[Any]], widths: Sequence[float],
                padding: float = CELL_PADDING) -> tuple[list[list[Any]], list[list[CellStyle]]]:
    """The cells of a table, and the style of each (for Table's cellStyles). A text that fits its column on one line
    is a plain string, drawn by the table in the font a Paragraph would use (CELL, or CELL_BOLD for headers and Bold
    values): ReportLab lays out a Paragraph word by word, on every page of a pack, where a string is one call to
    draw. Text that would wrap is a Paragraph, so long text is still wrapped, never clipped. Flowables and lists of
    them (several paragraphs in one cell) are kept as they are."""
    rooms = [w - 2 * padding for w in widths]
    plain_style, bold_style = _cell_style(False, padding), _cell_style(True, padding)

    def cell(value: Any, column: int, header: bool) -> tuple[Any, CellStyle]:
        if isinstance(value, list) or hasattr(value, "wrap"):
            return value, plain_style("")
        shown = "" if value is None else str(value)
        bold = header or isinstance(value, Bold)
        style = CELL_BOLD if bold else CELL
        plain = _one_line(shown, style, rooms[column])
        return (text(shown, style) if plain is None else plain), (bold_style if bold else plain_style)("")

    made = [[cell(h, j, True) for j, h in enumerate(headers)]] if headers is not None else []
    made += [[cell(value, j, False) for j, value in enumerate(row)] for row in rows]
    return [[value for value, _ in row] for row in made], [[style for _, style in row] for row in made]


def cell_table(headers: Sequence[str] | None, rows: Sequence[Sequence[Any]], widths: Sequence[float],
               commands: Sequence[tuple[Any, ...]], *, padding: float = CELL_PADDING, **options: Any) -> Table:
    """A Table of table_cells(), with these style commands on top of each cell's own style."""
    data, styles = table_cells(headers, rows, widths, padding)
    table = Table(data, colWidths=list(widths), cellStyles=styles, **options)
    table.setStyle(TableStyle(list(commands)))
    return table


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         extra_style: Sequence[tuple[Any, ...]] = (), **options: Any) -> Table:
    """A table whose cells wrap and whose header row repeats on every page it spans (options: Table's own)."""
    return cell_table(headers, rows, widths, [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        *extra_style,
    ], repeatRows=1, splitByRow=True, **options)


LONG_TABLE_PART = 250  # rows


def long_grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
              extra_style: Sequence[tuple[Any, ...]] = (), **options: Any) -> list[Flowable]:
    """grid() for thousands of rows (a week-long incident log): one table per LONG_TABLE_PART rows, one under the
    other. ReportLab measures all the rows left each time it splits a table at a page end, so one table of 20,000
    rows took 47 s to print and 200,000 would take hours; in parts, the time grows with the rows. Each part starts
    with the header row, which then also shows where a part starts mid-page. Each part is made only when the layout
    reaches it: made at once, a 200,000-entry log's 1.2 million cells took 430 MB before the first page."""
    parts = range(0, len(rows), LONG_TABLE_PART)
    return [MadeWhenReached(partial(grid, headers, rows[start:start + LONG_TABLE_PART], widths, extra_style,
                                     **options)) for start in parts]


class MadeWhenReached(Flowable):
    """Stands in for a flowable (a table, say) until the layout reaches it, then makes it and hands every question to
    it."""

    def __init__(self, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self._make: Callable[[], Flowable] | None = make
        self._flowable: Flowable | None = None

    def _made(self) -> Flowable:
        if self._flowable is None:
            assert self._make is not None
            self._flowable, self._make = self._make(), None
        return self._flowable

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        canv = getattr(self, "canv", None)
        made = self._made()
        return made.wrapOn(canv, availWidth, availHeight) if canv is not None else made.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canv = getattr(self, "canv", None)
        made = self._made()
        return made.splitOn(canv, availWidth, availHeight) if canv is not None else made.split(availWidth,
                                                                                                 availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._made().drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self._made().getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._made().getSpaceAfter())


class ExpandedWhenReached(Flowable):
    """Stands in for a run of flowables until the layout reaches it, then gives way to them, made then: as
    KeepTogether does, it asks to be split, by being taller than any page, and its split is the run. A report on a
    county's 90,000 risks, one page each, made them all before laying out the first page: 6.6 GB.

    What it stands for must begin with a flowable that fits where it is placed (ReportLab adds the first of a split
    at once): here, the start of a page."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._make: Callable[[], list[Flowable]] | None = make

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        make, self._make = self._make, None
        return make() if make is not None else []

    def draw(self) -> None:  # never drawn: split before
        pass


def label(value: str) -> str:
    """snake_case identifiers as words: "partially_met" -> "Partially met"."""
    return value.replace("_", " ").capitalize()
