"""The shortcuts the county-scale benchmarks rely on, each checked to change nothing but the time: the register
window's first questions answered from an index, table cells styled when made, strings drawn without being measured,
the collector paused while many objects are made, spreadsheet rows kept as read."""

from __future__ import annotations

import gc
import io
import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Table
from sqlalchemy import event

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.many_objects import making_many_objects
from bcm.services import risks
from bcm.services.matrix import get_matrix
from bcm.tabular import Column, Columns
from exports.pdf import document
from exports.pdf.document import PrintInfo, _NumberedCanvas
from exports.pdf.incident_report import NO
from exports.pdf.styles import CELL, CELL_BOLD, CELL_PADDING, Bold, grid, long_grid
from exports.pdf.styles import text as paragraph
from exports.spreadsheets.reader import read_sheet
from tests.conftest import DEMO_TEMPLATE, PostgresCluster, fixed_clock


@pytest.mark.sqlite_only  # SQLite's planner; PostgreSQL has its own statistics
def test_the_register_windows_first_questions_are_answered_from_indexes(demo_db: Database, demo_ctx: Context) -> None:
    """The heat maps, the highest-scored open risks and each register's count of open risks are read from indexes:
    at county scale a scan of the risks table is a tenth of a second, and a count per register that the planner
    answered from the wrong index once took half a minute."""
    engine = demo_db.engine
    asked: list[tuple[str, Any]] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: Any, *_rest: object) -> None:
        per_register = "WHERE risks.register_id = risk_registers.id AND risks.status" in statement
        if "GROUP BY risks.current_likelihood" in statement or per_register or "OFFSET" in statement:
            asked.append((statement, parameters))  # the heat maps, open risks per register, the score cut

    event.listen(engine, "before_cursor_execute", record)
    try:
        register = risks.list_registers(demo_ctx)[0].name
        risks.heatmap(demo_ctx)
        risks.heatmap(demo_ctx, register)
        risks.top_open_risks(demo_ctx, 20)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    expected = ["COVERING INDEX ix_risks_open_by_register", "COVERING INDEX ix_risks_open_scores",
                "COVERING INDEX ix_risks_open_by_register", "INDEX ix_risks_open_score"]
    with engine.connect() as conn:
        plans = [" | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
                 for statement, parameters in asked]
    assert len(plans) == len(expected)
    for plan, index in zip(plans, expected, strict=True):
        assert index in plan, plan
        assert not re.search(r"SCAN risks(?! USING)", plan) and "TEMP B-TREE" not in plan, plan  # no table scan


def test_a_prepared_plan_of_the_open_risks_can_still_use_their_partial_indexes(postgres: PostgresCluster) -> None:
    """psycopg prepares a statement run five times, and PostgreSQL may then plan it once for any value bound: with
    'open' bound as a value, that plan could not use the indexes of the open risks. It is written into the statement,
    so even a plan made for any value (forced here, with table scans priced out) reads the heat map from its index."""
    url = postgres.create(DEMO_TEMPLATE)
    database = open_database(url)
    asked: list[tuple[str, Any]] = []
    try:
        event.listen(database.engine, "before_cursor_execute",
                     lambda _c, _k, statement, parameters, *_r: asked.append((statement, parameters)))
        risks.heatmap(Context(database.sessions, user="tester", clock=fixed_clock))
        statement, parameters = next((s, p) for s, p in asked if "GROUP BY risks.current_likelihood" in s)
        assert "'open'" in statement and "open" not in str(parameters)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
            conn.exec_driver_sql("SET enable_seqscan = off")
            conn.exec_driver_sql(f"PREPARE heat AS {statement}")
            plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN EXECUTE heat"))
        assert "ix_risks_open_scores" in plan, plan
    finally:
        database.close()
        postgres.drop(url)


def test_the_matrix_read_in_one_statement_is_the_matrix_saved(demo_ctx: Context) -> None:
    matrix = get_matrix(demo_ctx)
    assert [level.value for level in matrix.likelihood] == [1, 2, 3, 4, 5]
    assert [level.value for level in matrix.impact] == [1, 2, 3, 4, 5]
    assert all(level.label for level in (*matrix.likelihood, *matrix.impact))
    assert [b.min_score for b in matrix.bands] == sorted(b.min_score for b in matrix.bands)
    assert matrix.bands[0].min_score == 1 and matrix.bands[-1].max_score == 25
    assert not matrix.problems()


def test_table_cells_carry_their_font_and_padding_and_commands_still_override() -> None:
    table = grid(["Step", "Who"], [["Call the team", Bold("Duty manager")], ["Open the log", "Anyone"]], [200, 100],
                 extra_style=[("TEXTCOLOR", (1, 2), (1, 2), "#b71c1c"), ("VALIGN", (0, 1), (0, 1), "MIDDLE")])
    styles = table._cellStyles
    assert [s.fontname for s in styles[0]] == [CELL_BOLD.fontName] * 2  # the header row
    assert [s.fontname for s in styles[1]] == [CELL.fontName, CELL_BOLD.fontName]  # a Bold value
    assert [s.fontname for s in styles[2]] == [CELL.fontName] * 2
    assert all((s.fontsize, s.leading, s.leftPadding, s.rightPadding) == (CELL.fontSize, CELL.leading, CELL_PADDING,
                                                                           CELL_PADDING) for row in styles for s in row)
    assert [s.valign for row in styles for s in row] == ["TOP"] * 2 + ["MIDDLE", "TOP"] + ["TOP"] * 2
    coloured = [(i, j) for i, row in enumerate(styles) for j, s in enumerate(row) if s.color != CELL.textColor]
    assert coloured == [(2, 1)]  # the command changed that one cell, not every cell of its kind


def _page_code(canvas_class: type[canvas.Canvas]) -> list[str]:
    page = canvas_class(io.BytesIO())
    page.setFont("Helvetica", 8.5)
    for x, y, text in ((10, 700, "Call the team"), (10, 680, "Émilie O'Connor – 07700 900123"), (30, 660, "(a) \\ b"),
                       (10.25, 640.5, ""), (10, 620, "a → b ✓"), (10, 600, "£5m · 50%")):
        page.drawString(x, y, text)
    page.setFont("Helvetica-Bold", 9)
    page.drawString(12, 580, "Bold")
    return list(page._code)


def test_strings_drawn_without_measuring_are_the_strings_reportlab_draws() -> None:
    ours = type("Page", (_NumberedCanvas,), {"info": PrintInfo("t", "s", datetime(2026, 11, 30))})
    assert _page_code(ours) == _page_code(canvas.Canvas)


def test_the_collector_is_paused_while_many_objects_are_made_and_restored_after() -> None:
    was_on = gc.isenabled()  # off once the GUI tests have put it on the GUI thread's timer (ui.app.gui_thread_gc)
    gc.enable()
    try:
        _paused_and_restored()
    finally:
        if not was_on:
            gc.disable()


def _paused_and_restored() -> None:
    with making_many_objects():
        assert not gc.isenabled()
        with making_many_objects():
            assert not gc.isenabled()
        assert not gc.isenabled()  # still inside the outer one
    assert gc.isenabled()
    gc.disable()
    try:
        with making_many_objects():
            assert not gc.isenabled()
        assert not gc.isenabled()  # someone else had switched it off: left off
    finally:
        gc.enable()


def test_spreadsheet_rows_of_plain_values_are_kept_and_others_made_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Title", "Due", "At"])
    sheet.append(["R1", "Plain row", datetime(2026, 12, 1), 4])
    sheet.append(["R2", "A time of day", date(2027, 1, 5), time(9, 30)])
    path = tmp_path / "rows.xlsx"
    book.save(path)
    columns = Columns("rows", (Column("ref", required=True), Column("title"), Column("due"), Column("at")))
    rows = read_sheet(path, columns).rows
    assert rows[0].values == ("R1", "Plain row", datetime(2026, 12, 1), 4)
    assert rows[1].values == ("R2", "A time of day", datetime(2027, 1, 5), "09:30:00")


class _HeldWhole(_NumberedCanvas):
    """The page holding as it was: every page's drawing kept as ReportLab's list of strings until the end."""

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)


def test_pages_held_compressed_for_page_x_of_y_are_written_as_before(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page is held as one compressed string until the total is known (a 13,000-page incident report held
    1.4 GB of ReportLab's strings), and the story is used up as it is laid out: the same file either way."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: two builds can be compared byte for byte
    info = PrintInfo("Held pages", "test", datetime(2026, 11, 30, 12, 0), marking="OFFICIAL-SENSITIVE")
    rows = [(n, f"Entry {n} — Émilie O'Connor: «generator» on site ✓", "x" * (n % 40)) for n in range(400)]

    def story() -> list[Any]:
        return [paragraph("Held pages"), grid(["No", "Entry", "More"], rows, [40, 300, 200])]

    told = story()
    ours = document.write_pdf(tmp_path / "ours.pdf", told, info)
    assert told == []  # used up
    monkeypatch.setattr(document, "_NumberedCanvas", _HeldWhole)
    before = document.write_pdf(tmp_path / "before.pdf", story(), info)
    assert ours.read_bytes() == before.read_bytes()
    pages = PdfReader(ours).pages
    assert len(pages) > 5 and "Page 3 of" in pages[2].extract_text()


def test_a_long_tables_parts_are_made_as_the_layout_reaches_them(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A week-long log's 200,000 rows are not 1.2 million cells in memory before the first page: each part of the
    table is made when the layout reaches it, and the file is byte for byte the one made with every part at once."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    info = PrintInfo("Long log", "test", datetime(2026, 11, 30, 12, 0))
    rows = [(n, f"Entry {n}: generator delivered to the day centre", "x" * (n % 60)) for n in range(3 * 250 + 17)]
    widths = [40, 300, 200]
    parts = long_grid(["No", "Entry", "More"], rows, widths)
    assert len(parts) == 4 and not any(isinstance(p, Table) for p in parts)
    made_later = document.write_pdf(tmp_path / "later.pdf", [paragraph("Long log"), *parts], info)
    at_once = [grid(["No", "Entry", "More"], rows[start:start + 250], widths) for start in range(0, len(rows), 250)]
    made_at_once = document.write_pdf(tmp_path / "at-once.pdf", [paragraph("Long log"), *at_once], info)
    assert made_later.read_bytes() == made_at_once.read_bytes()
    assert "Entry 766" in PdfReader(made_later).pages[-1].extract_text()


def test_a_week_long_logs_entry_numbers_fit_their_column_on_one_line() -> None:
    """Entry 200,000 was printed as "20000" over "0" in a 12 mm column."""
    assert stringWidth("999999", CELL.fontName, CELL.fontSize) <= NO - 2 * CELL_PADDING


def test_a_registers_risk_pages_are_made_as_the_layout_reaches_them(demo_ctx: Context, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A county's 90,000 risks, one page each, were all made before the first page was laid out (6.6 GB): each
    risk's page is now made when the layout reaches it, and the file is byte for byte the one made at once."""
    from bcm.services.risk_report import risk_report
    from exports.pdf import risk_report as printing
    from exports.pdf.styles import ExpandedWhenReached

    monkeypatch.setattr(rl_config, "invariant", 1)
    report = risk_report(demo_ctx)
    stories: list[tuple[Path, list[Any], PrintInfo]] = []
    monkeypatch.setattr(printing, "write_pdf", lambda path, story, info: stories.append((path, story, info)) or path)
    events: list[str] = []
    made = printing.risk_block
    monkeypatch.setattr(printing, "risk_block", lambda *args: events.append("risk") or made(*args))
    shown = _NumberedCanvas.showPage
    monkeypatch.setattr(_NumberedCanvas, "showPage", lambda self: events.append("page") or shown(self))
    printed = datetime(2026, 11, 30, 12, 0)
    printing.risk_report_pdf(report, tmp_path / "later.pdf", printed)
    printing.risk_report_pdf(report, tmp_path / "at-once.pdf", printed)
    (later_path, later, info), (at_once_path, at_once, _) = stories
    assert events == [] and any(isinstance(f, ExpandedWhenReached) for f in later)
    document.write_pdf(later_path, later, info)
    assert "risk" not in events[:events.index("page")]  # the first page was laid out before any risk's was made
    assert events.count("risk") == sum(len(s.details) for s in report.sections) > 20
    events.clear()
    flat: list[Any] = []
    for flowable in at_once:
        flat += flowable.split(0, 0) if isinstance(flowable, ExpandedWhenReached) else [flowable]
    assert events[:1] == ["risk"]  # made before any page
    document.write_pdf(at_once_path, flat, info)
    assert later_path.read_bytes() == at_once_path.read_bytes()


def test_a_watched_print_counts_its_pages_and_stops_when_asked(tmp_path: Path) -> None:
    from exports.pdf.watch import PrintCancelled, watched

    info = PrintInfo("Watched", "test", datetime(2026, 11, 30, 12, 0))
    story = [paragraph(f"Page {n} " + "words " * 400) for n in range(20)]
    counted: list[int] = []
    with watched(counted.append, lambda: False):
        document.write_pdf(tmp_path / "whole.pdf", list(story), info)
    assert counted == list(range(1, len(PdfReader(tmp_path / "whole.pdf").pages) + 1))
    counted.clear()
    with watched(counted.append, lambda: len(counted) >= 3), pytest.raises(PrintCancelled):
        document.write_pdf(tmp_path / "stopped.pdf", list(story), info)
    assert counted == [1, 2, 3] and not list(tmp_path.glob("stopped*"))
    document.write_pdf(tmp_path / "unwatched.pdf", list(story), info)  # outside, nothing watches
    assert counted == [1, 2, 3]
