"""The frame every printed output shares: A4, header with title and protective marking, footer with printed
date and time, source version and "Page X of Y" (counted in a second pass), written atomically."""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str, unicode2T1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from exports.pdf.styles import INK, MUTED
from exports.pdf.watch import PrintCancelled, watching

MARGIN = 15 * mm
OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"


@dataclass(frozen=True)
class PrintInfo:
    title: str
    source: str  # e.g. "Plan version 3.1" or "Register as at 23/11/2026"
    printed_at: datetime
    marking: str | None = None  # OFFICIAL-SENSITIVE where the pages hold personal contact details
    wide: bool = False


class _NumberedCanvas(canvas.Canvas):
    """Holds each page until the end so the footer can say "Page X of Y"."""

    info: PrintInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def drawString(self, x: float, y: float, text: str, mode: int | None = None, charSpace: float = 0,
                   direction: str | None = None, wordSpace: float | None = None, shaping: bool = False) -> None:
        """ReportLab's drawString for plain text in one of the standard fonts, written as ReportLab writes it (a test
        compares the two) without the text object, the width it works out and discards and the steps between: a
        pack's tables draw thousands of strings. Anything else goes to ReportLab's own."""
        font = getFont(self._fontname)
        if mode is None and type(text) is str and not (charSpace or wordSpace or direction or shaping
                                                       or font._dynamicFont or font._multiByte) and self.bottomup:
            pieces = unicode2T1(text, [font, *font.substitutionFonts])
            if len(pieces) == 1 and pieces[0][0] is font:  # every character in the font's own encoding
                self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm ({self._escape(pieces[0][1])}) Tj T* ET")
                return
        super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def showPage(self) -> None:
        # Each page is held as one compressed string: ReportLab keeps a page's drawing as thousands of short
        # strings, and a 13,000-page incident report held 1.4 GB of them so. ReportLab joins them with newlines
        # itself, so the page written is the same.
        state = dict(self.__dict__)
        state["_code"] = zlib.compress("\n".join(self._code).encode(), 1)
        self._pages.append(state)
        self._startPage()
        watch = watching()
        if watch is not None:
            on_page, cancelled = watch
            if cancelled():
                raise PrintCancelled("the print was stopped")
            on_page(len(self._pages))

    def save(self) -> None:
        pages, self._pages = self._pages, []
        total = len(pages)
        pages.reverse()  # taken from the end, each let go once written
        for number in range(1, total + 1):
            state = pages.pop()
            state["_code"] = [zlib.decompress(state["_code"]).decode()]
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        info = self.info
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(INK)
        room = width - 2 * MARGIN
        if info.marking:
            self.setFont("Helvetica-Bold", 10)
            self.drawRightString(width - MARGIN, height - 10 * mm, info.marking)
            self.drawCentredString(width / 2, 4 * mm, info.marking)
            room -= self.stringWidth(info.marking, "Helvetica-Bold", 10) + 6 * mm
        self.setFont("Helvetica-Bold", 9)
        self.drawString(MARGIN, height - 10 * mm, _fit(info.title, room, "Helvetica-Bold", 9))
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
        self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
        self.setFillColor(MUTED)
        self.setFont("Helvetica", 8)
        footer = f"Printed {info.printed_at:%d/%m/%Y %H:%M}  ·  {info.source}"
        self.drawString(MARGIN, 9 * mm, _fit(footer, width - 2 * MARGIN - 30 * mm, "Helvetica", 8))
        self.setFont("Helvetica-Bold", 9)
        self.setFillColor(INK)
        self.drawRightString(width - MARGIN, 9 * mm, f"Page {number} of {total}")
        self.restoreState()


def _fit(text: str, room: float, font: str, size: float) -> str:
    """Shorten a header or footer line with an ellipsis so it never runs into its neighbour."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


def write_pdf(path: Path, story: list[Flowable], info: PrintInfo) -> Path:
    """Build the PDF beside its destination, then move it into place: a failed print leaves no half file. The story
    is used up as it is laid out, so what is on finished pages can go: a 13,000-page incident report's tables are
    not all held to the end."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pagesize = landscape(A4) if info.wide else A4
    doc = SimpleDocTemplate(
        str(partial), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm,
        bottomMargin=18 * mm, title=info.title, author="bcm", subject=info.source,
    )
    canvas_class = type("PageCanvas", (_NumberedCanvas,), {"info": info})
    try:
        doc.build(story, canvasmaker=canvas_class)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return path


def content_width(info: PrintInfo) -> float:
    pagesize = landscape(A4) if info.wide else A4
    return float(pagesize[0] - 2 * MARGIN)
