"""An empty import template: the canonical headers, with the scoring matrix's labels as drop-downs."""

from __future__ import annotations

from pathlib import Path

from bcm.scoring import Axis, Matrix
from bcm.tabular import Columns
from exports.spreadsheets.writer import atomic_write

TEMPLATE_ROWS = 1000  # rows that carry the drop-downs
LIST_LIMIT = 255  # Excel's limit on an inline list of choices

CHOICES = {  # canonical column -> the words it takes (scores come from the matrix)
    "status": ("open", "closed"),
    "kind": ("risk", "opportunity"),
    "treatment": ("avoid", "reduce", "share", "accept"),
}
ACTION_CHOICES = {"status": ("open", "in progress", "done", "cancelled")}


def score_axis(column: str) -> Axis | None:
    if column.endswith("likelihood"):
        return "likelihood"
    if column.endswith("impact"):
        return "impact"
    return None


def write_template(path: Path, columns: Columns, matrix: Matrix) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = columns.kind.capitalize()
    scales = workbook.create_sheet("Scales")
    scales.append(["Likelihood", "Label", "Descriptor", "", "Impact", "Label", "Descriptor"])
    for row in range(max(len(matrix.likelihood), len(matrix.impact))):
        cells: list[object] = []
        for levels in (matrix.likelihood, matrix.impact):
            level = levels[row] if row < len(levels) else None
            cells += [level.value, f"{level.label} ({level.value})", level.descriptor] if level else ["", "", ""]
            cells.append("")
        scales.append(cells[:-1])
    scales.append([])
    scales.append(["Score bands"])
    for band in matrix.bands:
        scales.append([band.name, f"{band.min_score} to {band.max_score}", "score = likelihood x impact"])
    for cell in scales[1]:
        cell.font = Font(bold=True)

    choices = ACTION_CHOICES if columns.kind == "actions" else CHOICES if columns.kind == "risks" else {}
    bold = Font(bold=True)
    for index, column in enumerate(columns.columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.name)
        cell.font = bold
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(len(column.name) + 4, 14)
        axis = score_axis(column.name) if columns.kind == "risks" else None
        words: list[str] = []
        if axis is not None:
            words = [f"{level.label} ({level.value})" for level in matrix.levels(axis)]
            prompt = f"{axis.capitalize()}: a number 1 to {matrix.size(axis)} or a label"
            source_column = "B" if axis == "likelihood" else "F"
            formula = f"Scales!${source_column}$2:${source_column}${matrix.size(axis) + 1}"
        elif column.name in choices:
            words = list(choices[column.name])
            prompt = f"one of {', '.join(words)}"
            formula = ""
        else:
            continue
        inline = '"' + ",".join(words) + '"'
        if not formula or (len(inline) <= LIST_LIMIT and not any("," in w for w in words)):
            formula = inline
        validation = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
        validation.promptTitle = column.name
        validation.prompt = prompt
        validation.errorTitle = column.name
        validation.error = f"Choose from the list ({prompt})"
        validation.showErrorMessage = axis is None  # a score may be typed as a number too
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    sheet.freeze_panes = "A2"
    return atomic_write(path, lambda partial: workbook.save(partial))
