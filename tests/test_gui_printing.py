"""Printing from the app: the PDF is built off the GUI thread and handed to the viewer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services.incidents import find_incident
from tests.gui_helpers import isolate_settings
from ui.app.incidents.incident_screen import IncidentScreen
from ui.app.printing import Printer
from ui.app.risk_workspace import RiskWorkspace
from ui.app.signals import AppSignals


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def wire(printer: Printer, target: Path) -> list[Path]:
    opened: list[Path] = []
    printer.choose = lambda _title, _name: target
    printer.open = opened.append
    return opened


def test_print_the_register_on_screen(qtbot: QtBot, demo_ctx: Context, tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")
    workspace = RiskWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0)
    workspace.register_box.setCurrentText("Operations")
    opened = wire(workspace.printer, tmp_path / "ops.pdf")
    workspace.print_register()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    pages, text = pdf_text(opened[0])
    assert "OPS0003" in text and "OPS0059" in text and "AH0005" not in text
    assert f"Page 1 of {pages}" in text


def test_print_incident_report_and_packs(qtbot: QtBot, demo_ctx: Context, tmp_path: Path) -> None:
    screen = IncidentScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.show_incident(find_incident(demo_ctx, "Storms Eunice and Franklin"))
    opened = wire(screen.printer, tmp_path / "storms.pdf")
    screen.print_report()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    _, text = pdf_text(opened[0])
    assert "Storms Eunice and Franklin" in text and "Rationale" in text and "OFFICIAL-SENSITIVE" in text
    assert next(a.text() for a in screen.pack_menu.actions() if a.text()).startswith("Disruption pack")
    opened.clear()
    screen.printer.choose = lambda _title, _name: tmp_path / "power.pdf"
    screen.print_disruption_pack("power")
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    pages, text = pdf_text(opened[0])
    assert pages >= 2 and "Kent Enablement at Home" in text


def test_print_grab_pack_and_disruption_pack_from_the_plans_workspace(qtbot: QtBot, demo_ctx: Context,
                                                                      tmp_path: Path) -> None:
    from ui.app.plans_workspace import PlansWorkspace

    isolate_settings(tmp_path / "settings")
    workspace = PlansWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0)
    assert workspace.select_service(next(r.service_id for r in workspace.model.rows()
                                         if r.service == "Kent Enablement at Home"))
    opened = wire(workspace.printer, tmp_path / "keah.pdf")
    workspace.print_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    pages, text = pdf_text(opened[0])
    assert pages >= 3 and "Kent Enablement at Home" in text and "OFFICIAL-SENSITIVE" in text
    panel = workspace.affected
    panel.choose("fuel")
    qtbot.waitUntil(lambda: panel.print_button.isEnabled())
    fuel = wire(panel.printer, tmp_path / "fuel.pdf")
    panel.print_pack()
    qtbot.waitUntil(lambda: bool(fuel), timeout=30_000)
    _, text = pdf_text(fuel[0])
    assert "Fuel" in text or "fuel" in text


def test_printing_every_register_of_a_big_file_asks_first(qtbot: QtBot, demo_ctx: Context, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A county's every register in full is 145,000 pages and seven minutes: the user chooses summaries only, every
    risk's page, or not to print."""
    import ui.app.risk_workspace as module

    isolate_settings(tmp_path / "settings")
    workspace = RiskWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0)
    monkeypatch.setattr(module, "MANY_PAGES", 10)  # the demo as a big file
    asked: list[int] = []
    answers = iter([None, False, True])
    workspace.ask_each_risk = lambda pages: asked.append(pages) or next(answers)
    opened = wire(workspace.printer, tmp_path / "all.pdf")
    workspace.print_register()  # not at all
    assert asked == [sum(r.status == "open" for r in workspace.model.rows())] and not workspace.printer.busy
    workspace.print_register()  # summaries
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    summary_pages, summary = pdf_text(opened.pop())
    assert "Summaries only" in summary and "Risk event" not in summary
    workspace.print_register()  # every risk
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    pages, full = pdf_text(opened.pop())
    assert "Risk event" in full and pages > 3 * summary_pages
    workspace.register_box.setCurrentText("Operations")
    workspace.print_register()  # one register: not asked
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert len(asked) == 3


def test_a_long_print_counts_its_pages_and_can_be_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    """The progress dialog says how many pages are laid out, and Cancel stops the print at the next page: no file,
    no half file, no error box."""
    from PySide6.QtWidgets import QWidget

    from exports.pdf.document import PrintInfo, write_pdf
    from exports.pdf.styles import text

    widget = QWidget()
    qtbot.addWidget(widget)
    printer = Printer(widget)
    target = tmp_path / "long.pdf"
    opened = wire(printer, target)
    info = PrintInfo("Long", "test", datetime(2026, 11, 30, 12, 0))
    laid_out: list[int] = []
    printer.pagesLaidOut.connect(laid_out.append)

    def build(path: Path) -> Path:
        return write_pdf(path, [text(f"Page {n} " + "words " * 400) for n in range(3000)], info)

    printer.print("Print a long one", "long.pdf", build)
    qtbot.waitUntil(lambda: bool(laid_out), timeout=30_000)
    assert printer._progress is not None and "pages so far" in printer._progress.labelText()
    printer._progress.canceled.emit()  # as its Cancel button, or Escape, does
    qtbot.waitUntil(lambda: not printer.busy, timeout=30_000)
    assert printer.cancelled and opened == [] and not target.exists() and not list(tmp_path.glob("*.partial"))
    printer.print("Print a short one", "short.pdf", lambda path: write_pdf(path, [text("One page")], info))
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)  # the next print is not stopped
    assert not printer.cancelled
