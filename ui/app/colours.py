"""Band colours with a readable text colour on top, so a band is never told by colour alone or unreadably."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor


@cache  # asked for each band-coloured cell a table or the heat map paints: a handful of colours
def text_on(background: str) -> QColor:
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


