"""Scoring matrix settings: scale size, labels and descriptors, score bands and colours, validated as you type."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.scoring import Band, Level, Matrix
from bcm.services.matrix import get_matrix, save_matrix
from ui.app.colours import text_on
from ui.app.signals import MATRIX, AppSignals


class MatrixDialog(QDialog):
    def __init__(self, ctx: Context, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.setWindowTitle("Scoring matrix")
        self.setMinimumSize(760, 620)
        matrix = get_matrix(ctx)
        self.likelihood_size = QSpinBox()
        self.impact_size = QSpinBox()
        self.likelihood = self._levels_table("Likelihood levels")
        self.impact = self._levels_table("Impact levels")
        self.bands = QTableWidget(0, 4)
        self.bands.setHorizontalHeaderLabels(["Band", "From score", "To score", "Colour (#rrggbb)"])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.setAccessibleName("Score bands")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        for spin, table, levels in ((self.likelihood_size, self.likelihood, matrix.likelihood),
                                    (self.impact_size, self.impact, matrix.impact)):
            spin.setRange(2, 10)
            spin.setValue(len(levels))
            self._fill_levels(table, levels)
            spin.valueChanged.connect(lambda n, t=table: self._resize(t, n))
        for band in matrix.bands:
            self._add_band(band)
        add_band = QPushButton("Add band")
        add_band.clicked.connect(lambda: self._add_band(Band("New band", 1, 1, "#9e9e9e")))
        remove_band = QPushButton("Remove band")
        remove_band.clicked.connect(lambda: self.bands.removeRow(self.bands.currentRow()))

        scales = QHBoxLayout()
        for title, spin, table in (("Likelihood", self.likelihood_size, self.likelihood),
                                   ("Impact", self.impact_size, self.impact)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            size_row = QHBoxLayout()
            size_row.addWidget(QLabel("Levels"))
            size_row.addWidget(spin)
            size_row.addStretch()
            inner.addLayout(size_row)
            inner.addWidget(table)
            scales.addWidget(box)
        band_box = QGroupBox("Score bands (score = likelihood × impact; every score must fall in exactly one band)")
        band_layout = QVBoxLayout(band_box)
        band_layout.addWidget(self.bands)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(add_band)
        band_buttons.addWidget(remove_band)
        band_buttons.addStretch()
        band_layout.addLayout(band_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(scales, 3)
        layout.addWidget(band_box, 2)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for table in (self.likelihood, self.impact, self.bands):
            table.itemChanged.connect(lambda _item: self.validate())
        self.validate()

    @staticmethod
    def _levels_table(name: str) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels(["Label", "Descriptor"])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(name)
        return table

    @staticmethod
    def _fill_levels(table: QTableWidget, levels: tuple[Level, ...]) -> None:
        table.setRowCount(len(levels))
        for row, level in enumerate(levels):
            table.setItem(row, 0, QTableWidgetItem(level.label))
            table.setItem(row, 1, QTableWidgetItem(level.descriptor))
        table.setVerticalHeaderLabels([str(n) for n in range(1, len(levels) + 1)])

    def _resize(self, table: QTableWidget, size: int) -> None:
        old = table.rowCount()
        table.setRowCount(size)
        for row in range(old, size):
            table.setItem(row, 0, QTableWidgetItem(f"Level {row + 1}"))
            table.setItem(row, 1, QTableWidgetItem(""))
        table.setVerticalHeaderLabels([str(n) for n in range(1, size + 1)])
        self.validate()

    def _add_band(self, band: Band) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        for column, value in enumerate((band.name, str(band.min_score), str(band.max_score), band.colour)):
            self.bands.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def matrix(self) -> Matrix:
        def levels(table: QTableWidget) -> tuple[Level, ...]:
            return tuple(Level(r + 1, self._text(table, r, 0), self._text(table, r, 1))
                         for r in range(table.rowCount()))

        bands = []
        for r in range(self.bands.rowCount()):
            try:
                low, high = int(self._text(self.bands, r, 1)), int(self._text(self.bands, r, 2))
            except ValueError:
                low, high = 0, -1
            bands.append(Band(self._text(self.bands, r, 0), low, high, self._text(self.bands, r, 3)))
        return Matrix(levels(self.likelihood), levels(self.impact), tuple(bands))

    def validate(self) -> bool:
        matrix = self.matrix()
        problems = matrix.problems()
        self.bands.blockSignals(True)
        for r in range(self.bands.rowCount()):
            item = self.bands.item(r, 3)
            colour = QColor(item.text()) if item else QColor()
            if item and colour.isValid():
                item.setBackground(colour)
                item.setForeground(text_on(item.text()))
        self.bands.blockSignals(False)
        self.problems.setText("; ".join(str(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        try:
            save_matrix(self.ctx, self.matrix())
        except DomainError as exc:
            self.problems.setText(str(exc))
            return
        self.signals.changed.emit(MATRIX)
        self.accept()
