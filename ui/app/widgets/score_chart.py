"""A small chart of a risk's current score over time, on its band colours."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from bcm.scoring import Matrix


class ScoreChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.points: list[tuple[datetime, int]] = []
        self.matrix: Matrix | None = None
        self.setMinimumHeight(160)
        self.setAccessibleName("Score over time")

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_points(self, matrix: Matrix, points: list[tuple[datetime, int]]) -> None:
        self.matrix = matrix
        self.points = sorted(points)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.matrix is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top_score = len(self.matrix.likelihood) * len(self.matrix.impact)
        area = QRectF(34, 8, self.width() - 44, self.height() - 30)

        def y(score: float) -> float:
            return area.bottom() - (score / top_score) * area.height()

        for band in self.matrix.bands:
            colour = QColor(band.colour)
            colour.setAlpha(45)
            low, high = band.min_score - 0.5, min(band.max_score, top_score) + 0.5
            painter.fillRect(QRectF(area.left(), y(high), area.width(), y(low) - y(high)), colour)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, y(high), 30, y(low) - y(high)), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, band.name[0])
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(area)
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "No rescoring recorded yet")
            painter.end()
            return
        start, end = self.points[0][0], self.points[-1][0]
        span = max((end - start).total_seconds(), 1.0)

        def x(when: datetime) -> float:
            if len(self.points) == 1:
                return area.center().x()
            return area.left() + 8 + ((when - start).total_seconds() / span) * (area.width() - 16)

        painter.setPen(QPen(QColor("#0d47a1"), 2))
        previous: QPointF | None = None
        for when, score in self.points:
            point = QPointF(x(when), y(score))
            if previous is not None:
                painter.drawLine(QPointF(point.x(), previous.y()), point)
                painter.drawLine(previous, QPointF(point.x(), previous.y()))
            painter.setBrush(QColor("#0d47a1"))
            painter.drawEllipse(point, 3.5, 3.5)
            painter.drawText(QRectF(point.x() - 20, point.y() - 20, 40, 16), Qt.AlignmentFlag.AlignCenter, str(score))
            previous = point
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(area.left(), area.bottom() + 2, 120, 18), Qt.AlignmentFlag.AlignLeft,
                         f"{start.astimezone():%d/%m/%Y}")
        painter.drawText(QRectF(area.right() - 120, area.bottom() + 2, 120, 18), Qt.AlignmentFlag.AlignRight,
                         f"{end.astimezone():%d/%m/%Y}")
        painter.end()
