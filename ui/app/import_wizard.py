"""The import wizard: pick a file, see how its columns map and a preview, see every problem, import only when clean."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError, Problem, ValidationError
from bcm.services.imports import COLUMNS, IMPORTERS, ImportSummary
from bcm.services.risks import list_registers
from bcm.tabular import Sheet, normalise
from exports.spreadsheets.reader import read_sheet
from ui.app.background import Latest
from ui.app.signals import LESSONS, PEOPLE, PLANS, RISKS, AppSignals
from ui.cli.data_commands import summary_text

PREVIEW_ROWS = 50
ANY_REGISTER = "(as the file says)"


@dataclass(frozen=True)
class _Checked:
    sheet: Sheet | None
    summary: ImportSummary | None
    problems: list[Problem]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")  # type: ignore[no-any-return]
    return str(value)


class ImportWizard(QDialog):
    def __init__(self, ctx: Context, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.checked: _Checked | None = None
        self.setWindowTitle("Import from a spreadsheet")
        self.resize(1000, 680)
        self.kind = QComboBox()
        self.kind.addItems(sorted(COLUMNS))
        self.kind.setCurrentText("risks")
        self.kind.setAccessibleName("What the file holds")
        self.path = QLineEdit()
        self.path.setPlaceholderText("A .xlsx, .csv or .json file")
        self.path.setAccessibleName("File")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self.browse)
        self.register = QComboBox()
        self.register.setEditable(True)
        self.register.addItems([ANY_REGISTER, *[r.name for r in list_registers(ctx)]])
        self.register.setAccessibleName("Register for rows that name none")
        self.check_button = QPushButton("&Check the file")
        self.check_button.clicked.connect(self.check)
        self.status = QLabel("Pick a file, then check it. Nothing is written until you import, and only a clean "
                             "file can be imported.")
        self.status.setWordWrap(True)
        self.mapping = self._table(["Column in the file", "Imported as"], "Column mapping")
        self.preview = self._table([], "Preview")
        self.problems = self._table(["Row", "Column", "Value", "Problem"], "Problems")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping, "Columns")
        self.tabs.addTab(self.preview, "Preview")
        self.tabs.addTab(self.problems, "Problems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("&Holds", self.kind)
        form.addRow("&File", file_row)
        form.addRow("&Register", self.register)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.kind.currentTextChanged.connect(self._changed)
        self.path.textChanged.connect(self._changed)
        self.register.currentTextChanged.connect(self._changed)
        self._checker = Latest(self._checked_done, self._failed, parent=self)
        self._importer = Latest(self._imported, self._failed, parent=self)

    @staticmethod
    def _table(headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setAccessibleName(name)
        return table

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a spreadsheet", str(Path.home()),
                                              "Spreadsheets (*.xlsx *.csv *.json);;All files (*)")
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        """Anything changed: the earlier check no longer holds."""
        self.checked = None
        self.import_button.setEnabled(False)

    def _options(self) -> dict[str, str]:
        register = self.register.currentText().strip()
        if self.kind.currentText() == "risks" and register and register != ANY_REGISTER:
            return {"register": register}
        return {}

    def check(self) -> None:
        kind, path, ctx, options = self.kind.currentText(), Path(self.path.text().strip()), self.ctx, self._options()
        if not self.path.text().strip():
            self.status.setText("Choose a file first.")
            return

        def work() -> _Checked:
            try:
                sheet = read_sheet(path, COLUMNS[kind], source=path.name)
            except ValidationError as exc:
                return _Checked(None, None, exc.problems)
            try:
                summary = IMPORTERS[kind](ctx, sheet, dry_run=True, **options)
            except ValidationError as exc:
                return _Checked(sheet, None, exc.problems)
            return _Checked(sheet, summary, [])

        self.status.setText("Checking…")
        self.check_button.setEnabled(False)
        self._checker.start(work)

    def _checked_done(self, checked: _Checked) -> None:
        self.check_button.setEnabled(True)
        self.checked = checked
        if checked.sheet is not None:
            self._show_sheet(checked.sheet)
        self.problems.setRowCount(len(checked.problems))
        for r, p in enumerate(checked.problems):
            for column, value in enumerate(("" if p.row is None else str(p.row), p.field, _cell(p.value), p.message)):
                self.problems.setItem(r, column, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        if checked.problems:
            self.status.setText(f"<b>{len(checked.problems)} problems</b>: correct the file and check it again. "
                                "Nothing can be imported until the file is clean.")
            self.tabs.setCurrentWidget(self.problems)
        elif checked.summary is not None:
            self.status.setText("The file is clean. " + " ".join(summary_text(checked.summary)).replace(
                "dry run: ", "").replace("; nothing was written", "."))
            self.tabs.setCurrentWidget(self.mapping)
        self.import_button.setEnabled(not checked.problems and checked.summary is not None)

    def _show_sheet(self, sheet: Sheet) -> None:
        lookup = COLUMNS[self.kind.currentText()].lookup()
        self.mapping.setRowCount(len(sheet.headers))
        for r, header in enumerate(sheet.headers):
            target = lookup.get(normalise(header))
            self.mapping.setItem(r, 0, QTableWidgetItem(str(header)))
            self.mapping.setItem(r, 1, QTableWidgetItem(target or "— not imported"))
        self.mapping.resizeColumnsToContents()
        rows = sheet.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(sheet.headers) + 1)
        self.preview.setHorizontalHeaderLabels(["Row", *[str(h) for h in sheet.headers]])
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row.number)))
            for column, value in enumerate(row.values[: len(sheet.headers)], start=1):
                self.preview.setItem(r, column, QTableWidgetItem(_cell(value)))

    def run_import(self) -> None:
        if self.checked is None or self.checked.sheet is None or self.checked.problems:
            return
        kind, sheet, ctx, options = self.kind.currentText(), self.checked.sheet, self.ctx, self._options()
        self.import_button.setEnabled(False)
        self.status.setText("Importing…")
        self._importer.start(lambda: IMPORTERS[kind](ctx, sheet, dry_run=False, **options))

    def _imported(self, summary: ImportSummary) -> None:
        self.status.setText(" ".join(summary_text(summary)))
        self.checked = None
        self.signals.changed.emit({"risks": RISKS, "actions": RISKS, "plans": PLANS, "lessons": LESSONS}.get(
            summary.kind, PEOPLE))

    def _failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        message = str(error) if isinstance(error, DomainError) else f"{type(error).__name__}: {error}"
        self.status.setText(f"<b>Nothing was imported</b>: {message}")
