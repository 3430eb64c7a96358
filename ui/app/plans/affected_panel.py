"""“Who does this disruption hit?”: tick one or more disruption types and see every critical activity hit, across
the directorate, soonest recovery time first, with its workaround and the first steps of the card."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.plan_edit_rules import format_hours
from bcm.plan_views import AffectedActivity
from bcm.services.plan_detail import disruption_pack
from bcm.services.plans import affected
from ui.app.background import Latest
from ui.app.models.plan_tables import ROW_ROLE, AffectedTableModel
from ui.app.plans.common import hint, row_table, selected_row
from ui.app.printing import Printer

COLUMNS_PER_ROW = 3


class AffectedPanel(QWidget):
    loaded = Signal()
    openService = Signal(str)  # a service's name: open its plan

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, (key, label) in enumerate(LABELS.items()):
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.setToolTip(f"Identifier on the command line: {key}")
            box.toggled.connect(lambda _on: self.reload())
            self.boxes[key] = box
            grid.addWidget(box, i // COLUMNS_PER_ROW, i % COLUMNS_PER_ROW)
        self.clear_button = QPushButton("C&lear")
        self.clear_button.clicked.connect(self.clear)
        picker = QGroupBox("Which disruption? (tick one or more)")
        picker_layout = QHBoxLayout(picker)
        picker_layout.addLayout(grid, 1)
        picker_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)

        self.summary = QLabel("Tick a disruption type to see which services and critical activities it hits.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
        self.model = AffectedTableModel()
        self.table = row_table(self.model, "Critical activities hit", {
            AffectedTableModel.RTO: 56, AffectedTableModel.MTPD: 56, AffectedTableModel.SERVICE: 190,
            AffectedTableModel.PRIORITY: 30, AffectedTableModel.ACTIVITY: 280, AffectedTableModel.STAFF: 70,
            AffectedTableModel.WORKAROUND: 300, AffectedTableModel.VIA: 160})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("What to do")
        self.detail.setOpenLinks(False)
        self.open_button = QPushButton("&Open this service's plan")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.printer = Printer(self)
        self.print_button = QPushButton("Print the disruption &pack…")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pack)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)
        actions.addStretch()
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 290])

        layout = QVBoxLayout(self)
        layout.addWidget(picker)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint("A service is hit when the disruption takes away a dependency its critical activities "
                              "need (power, fuel, IT, telephony, premises, staff, suppliers) or when its plan has a "
                              "response card for it. Soonest recovery time (RTO) first."))
        self._loader = Latest(self._apply, self._failed, parent=self)
        self._show_detail()

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def choose(self, *disruptions: str) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in disruptions)
            box.blockSignals(False)
        self.reload()

    def clear(self) -> None:
        self.choose()

    def reload(self) -> None:
        chosen, ctx = self.chosen(), self.ctx
        if not chosen:
            self._loader.start(lambda: (chosen, []))
            return
        self._loader.start(lambda: (chosen, affected(ctx, chosen)))

    def print_pack(self) -> None:
        """One disruption pack per type: printed for the first type ticked."""
        chosen = self.chosen()
        if not chosen:
            return
        ctx, disruption = self.ctx, chosen[0]
        from exports.pdf.disruption_pack import disruption_pack_pdf  # ReportLab: imported when first used

        self.printer.print(f"Print the {LABELS[disruption].lower()} pack", f"disruption-pack-{disruption}.pdf",
                           lambda path: disruption_pack_pdf(disruption_pack(ctx, disruption), path,
                                                            ctx.now().astimezone()))

    def _apply(self, result: tuple[list[str], list[AffectedActivity]]) -> None:
        chosen, rows = result
        self.model.set_rows(rows)
        self.print_button.setEnabled(bool(chosen and rows))
        if chosen:
            self.print_button.setText(f"Print the {LABELS[chosen[0]].lower()} &pack…")
        if not chosen:
            self.summary.setText("Tick a disruption type to see which services and critical activities it hits.")
        elif not rows:
            self.summary.setText(f"No plan lists a critical activity hit by {self._names(chosen)}.")
        else:
            services = len({r.service for r in rows})
            workaroundless = sum(1 for r in rows if not r.workaround)
            none = f" {workaroundless} have no workaround recorded." if workaroundless else ""
            self.summary.setText(f"<b>{self._names(chosen)}</b> hits <b>{services} services</b> and <b>{len(rows)} "
                                 f"critical activities</b>, soonest recovery time first.{none}")
        if rows:
            self.table.selectRow(0)
        self._show_detail()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        QMessageBox.critical(self, "Who does this disruption hit?", str(error))

    @staticmethod
    def _names(chosen: list[str]) -> str:
        return " and ".join(LABELS[key].lower() if i else LABELS[key] for i, key in enumerate(chosen))

    def selected(self) -> AffectedActivity | None:
        r = selected_row(self.table)
        return self.model.data(self.model.index(r, 0), ROW_ROLE) if r is not None else None

    def _show_detail(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.detail.setHtml("<p style='color:#455a64'>Select an activity to see its workaround and the first "
                                "steps of the card.</p>")
            return
        steps = (f"<ol>{''.join(f'<li>{escape(s)}</li>' for s in row.first_steps)}</ol>" if row.first_steps else
                 "<p><i>The plan has no response card steps for this disruption.</i></p>")
        via = ", ".join(escape(v) for v in row.via) or "its response card"
        self.detail.setHtml(
            f"<h3>{escape(row.activity)}</h3><p><b>{escape(row.service)}</b> · priority {row.priority} · back within "
            f"<b>{format_hours(row.rto_hours)}</b> (RTO), intolerable after {format_hours(row.mtpd_hours)} (MTPD) · "
            f"minimum staff {row.minimum_staff} · hit through {via}</p>"
            f"<p><b>Minimum service level:</b> {escape(row.minimum_service_level) or '<i>not recorded</i>'}</p>"
            f"<p><b>Workaround:</b> {escape(row.workaround) or '<i>none recorded</i>'}</p>"
            f"<p><b>First steps of the card:</b></p>{steps}")

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.openService.emit(row.service)
