"""The heat map: the scoring matrix as a grid of band-coloured cells with counts; click a cell to filter."""

from __future__ import annotations

from collections import Counter
from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from bcm.heat import Cell
from bcm.scoring import Matrix
from ui.app.colours import text_on

LEFT, BOTTOM, TOP = 118, 46, 8
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_TOP_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_CENTRE = Qt.AlignmentFlag.AlignCenter
_SIDE_LABEL = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_FOOT_LABEL = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_WHITE, _EMPTY_INK, _SELECTED, _FOCUS = QColor("#ffffff"), QColor("#333333"), QColor("#0d47a1"), QColor("#000000")


class HeatMapWidget(QWidget):
    """Likelihood up the side (highest at the top), impact along the bottom, as in the JCAD print."""

    cellClicked = Signal(int, int)  # likelihood, impact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.counts: Counter[Cell] = Counter()
        self.moves: Counter[tuple[Cell, Cell]] = Counter()
        self.selected: Cell | None = None
        self.focus_cell: Cell = (1, 1)
        self.show_moves = False
        self.setMinimumSize(340, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Heat map")
        self.setAccessibleDescription("Risks per likelihood and impact; arrow keys move, Enter or Space filters")

    def sizeHint(self) -> QSize:
        return QSize(420, 340)

    def set_data(self, matrix: Matrix, counts: Counter[Cell], moves: Counter[tuple[Cell, Cell]]) -> None:
        self.matrix = matrix
        self.counts = counts
        self.moves = moves
        if self.selected and (self.selected[0] > len(matrix.likelihood) or self.selected[1] > len(matrix.impact)):
            self.selected = None
        self.update()

    def set_selected(self, cell: Cell | None) -> None:
        self.selected = cell
        self.update()

    def set_show_moves(self, show: bool) -> None:
        self.show_moves = show
        self.update()

    def _geometry(self) -> tuple[float, float]:
        assert self.matrix is not None
        width = (self.width() - LEFT - 8) / len(self.matrix.impact)
        height = (self.height() - BOTTOM - TOP) / len(self.matrix.likelihood)
        return width, height

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        assert self.matrix is not None
        width, height = self._geometry()
        rows = len(self.matrix.likelihood)
        return QRectF(LEFT + (impact - 1) * width, TOP + (rows - likelihood) * height, width, height)

    def cell_at(self, x: float, y: float) -> Cell | None:
        if self.matrix is None:
            return None
        for level_l in self.matrix.likelihood:
            for level_i in self.matrix.impact:
                if self.cell_rect(level_l.value, level_i.value).contains(QPointF(x, y)):
                    return level_l.value, level_i.value
        return None

    def tooltip_for(self, cell: Cell) -> str:
        assert self.matrix is not None
        likelihood, impact = cell
        band = self.matrix.band(likelihood, impact)
        count = self.counts.get(cell, 0)
        return (f"{self.matrix.label('likelihood', likelihood)} ({likelihood}) x "
                f"{self.matrix.label('impact', impact)} ({impact}) = {likelihood * impact}, {band.name}: "
                f"{count:,} risk{'s' if count != 1 else ''}")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        self.setToolTip(self.tooltip_for(cell) if cell else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None:
            self.focus_cell = cell
            self.cellClicked.emit(*cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.matrix is None:
            return
        likelihood, impact = self.focus_cell
        key = event.key()
        if key == Qt.Key.Key_Up:
            likelihood = min(likelihood + 1, len(self.matrix.likelihood))
        elif key == Qt.Key.Key_Down:
            likelihood = max(likelihood - 1, 1)
        elif key == Qt.Key.Key_Right:
            impact = min(impact + 1, len(self.matrix.impact))
        elif key == Qt.Key.Key_Left:
            impact = max(impact - 1, 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellClicked.emit(likelihood, impact)
            return
        else:
            super().keyPressEvent(event)
            return
        self.focus_cell = (likelihood, impact)
        self.setToolTip(self.tooltip_for(self.focus_cell))
        self.update()

    def count_font(self) -> QFont:
        """The cells' counts: larger than the labels, and one size for every count, small enough for the longest
        (a county's cells hold thousands of risks)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        widest = max((f"{n:,}" for n in self.counts.values()), key=len, default="")
        return _fitted(font, widest, self.cell_rect(1, 1).width() - 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.matrix is None:
            return
        matrix = self.matrix
        painter = QPainter(self)
        count_font = self.count_font()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7))
        # The grid on whole pixels, without antialiasing: white between the cells, then each cell filled inside its
        # lines. Antialiased fills and strokes on fractional edges took three quarters of the paint (5 ms).
        cells = {(level_l.value, level_i.value): _on_pixels(self.cell_rect(level_l.value, level_i.value))
                 for level_l in matrix.likelihood for level_i in matrix.impact}
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_WHITE)
        painter.drawRect(cells[(len(matrix.likelihood), 1)].united(cells[(1, len(matrix.impact))]))
        painter.setFont(small)
        for (likelihood, impact), rect in cells.items():
            band = matrix.band(likelihood, impact)
            count = self.counts.get((likelihood, impact), 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_fill(band.colour, bool(count)))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(text_on(band.colour) if count else _EMPTY_INK)
            inside = rect.adjusted(3, 2, -3, -2)
            painter.drawText(inside, _TOP_LEFT, band.name[0])
            painter.drawText(inside, _TOP_RIGHT, str(likelihood * impact))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selected is not None:
            painter.setPen(QPen(_SELECTED, 4))
            painter.drawRect(self.cell_rect(*self.selected).adjusted(2, 2, -2, -2))
        if self.hasFocus():
            painter.setPen(QPen(_FOCUS, 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.cell_rect(*self.focus_cell).adjusted(5, 5, -5, -5))
        if self.show_moves:
            self._paint_moves(painter)
        self._paint_counts(painter, count_font)
        painter.setPen(self.palette().windowText().color())
        painter.setFont(small)
        for level in matrix.likelihood:
            rect = self.cell_rect(level.value, 1)
            painter.drawText(QRectF(0, rect.top(), LEFT - 6, rect.height()), _SIDE_LABEL,
                             f"{level.label} ({level.value})")
        bottom = self.cell_rect(1, 1).bottom()
        for level in matrix.impact:
            rect = self.cell_rect(1, level.value)
            room = QRectF(rect.left(), bottom + 2, rect.width(), BOTTOM - 16)
            painter.setFont(_fitted(small, level.label, room.width() - 2))
            painter.drawText(room, _FOOT_LABEL, f"{level.label} ({level.value})")
        painter.setFont(small)
        painter.drawText(QRectF(LEFT, self.height() - 14, self.width() - LEFT, 14), _CENTRE, "Impact →")
        painter.end()

    def _paint_counts(self, painter: QPainter, font: QFont) -> None:
        """Each cell's count, over the movement arrows: on a patch of the cell's colour while they are shown, so a
        county's arrows, crossing every cell, leave the counts readable."""
        assert self.matrix is not None
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for (likelihood, impact), count in self.counts.items():
            if not count:
                continue
            rect = self.cell_rect(likelihood, impact)
            colour = self.matrix.band(likelihood, impact).colour
            text = f"{count:,}"
            if self.show_moves:
                width, height = metrics.horizontalAdvance(text) + 6, metrics.height()
                painter.fillRect(QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height),
                                 QColor(colour))
            painter.setPen(text_on(colour))
            painter.drawText(rect, _CENTRE, text)

    def _paint_moves(self, painter: QPainter) -> None:
        """An arrow from each cell to each target cell risks move to, as thick as its share of the largest move (a
        county's moves number thousands each: drawn at one width, they covered the map)."""
        largest = max([5, *self.moves.values()])  # max(5) alone, with no moves, would raise
        for (start, end), count in self.moves.items():
            a, b = self.cell_rect(*start).center(), self.cell_rect(*end).center()
            painter.setPen(QPen(QColor(0, 0, 0, 150), 1 + 4 * count / largest))
            painter.drawLine(a, b)
            direction = b - a
            length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1)
            ux, uy = direction.x() / length, direction.y() / length
            tip = b - QPointF(ux * 10, uy * 10)
            left = tip - QPointF(ux * 9 - uy * 6, uy * 9 + ux * 6)
            right = tip - QPointF(ux * 9 + uy * 6, uy * 9 - ux * 6)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawPolygon(QPolygonF([tip, left, right]))


def _on_pixels(rect: QRectF) -> QRect:
    """The rectangle with its edges rounded to whole pixels: cells that share an edge still share it."""
    left, top = round(rect.left()), round(rect.top())
    return QRect(left, top, round(rect.right()) - left, round(rect.bottom()) - top)


@cache
def _fill(colour: str, counted: bool) -> QColor:
    """A cell's band colour, paler where no risk is."""
    fill = QColor(colour)
    return fill if counted else fill.lighter(150)


def _fitted(font: QFont, label: str, width: float) -> QFont:
    """The font, smaller if need be (down to 6 points), so the label's longest word fits the width: a word wider
    than its column would be drawn over its neighbours' ("Moderate" into "Significant" on a narrow map, "12,345"
    into the next cell)."""
    word = max(label.split() or [label], key=len)
    fitted = QFont(font)
    while QFontMetricsF(fitted).horizontalAdvance(word) > width and fitted.pointSizeF() > 6:
        fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
    return fitted
