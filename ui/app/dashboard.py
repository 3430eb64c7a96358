"""The dashboard: open risks by band per register, what is overdue, what is due soon, who owns what, and the
recommendations from lessons that are overdue."""

from __future__ import annotations

import uuid
from datetime import date
from functools import lru_cache

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.dashboard import LISTED, Dashboard, DueItem, dashboard, owner_items
from bcm.lesson_views import RecommendationSummary
from ui.app.background import Latest
from ui.app.colours import text_on
from ui.app.read_when_shown import ReadWhenShown
from ui.app.risk_register_view import DUE_SOON, OVERDUE_ACTIONS, OVERDUE_REVIEWS
from ui.app.signals import AppSignals

ID_ROLE = Qt.ItemDataRole.UserRole
RECOMMENDATION_ROLE = Qt.ItemDataRole.UserRole + 1
OWNER_ROLE = Qt.ItemDataRole.UserRole + 2  # on an owner's line: the name owner_items reads their items by


BAND_ROWS_SHOWN = 10  # registers in the band table before it scrolls


@lru_cache(maxsize=4096)  # tens of thousands of items at county scale, due on a few hundred days
def _when(value: date | None) -> str:
    # Not strftime: this runs for every item of lists tens of thousands long at county scale, five times quicker.
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else "no date"


RECOMMENDATIONS_STRETCH = 3  # the recommendations box's share of the lower left, beside the reviews due soon's 2


class DashboardWidget(ReadWhenShown):
    openRisk = Signal(object)  # risk id
    openRegister = Signal(str, str)  # register, band ("" for all)
    showDue = Signal(str, object)  # what a list had no room for (RegisterView.show_due): its kind, the risks listed
    loaded = Signal()
    listed = LISTED  # the items each list shows before its "…and N more" line

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.bands = QTableWidget()
        self.bands.setAccessibleName("Open risks by band and register")
        self.bands.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bands.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bands.cellDoubleClicked.connect(self._band_cell)
        self.overdue_reviews = self._list("Overdue reviews")
        self.overdue_actions = self._list("Overdue actions")
        self.due_soon = self._list("Reviews due in the next 30 days")
        self.owners = QTreeWidget()
        self.owners.setHeaderLabels(["Owner / action or recommendation", "Risk", "Due"])
        self.owners.setAccessibleName("Open actions by owner")
        self.owners.header().setStretchLastSection(False)
        self.owners.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.owners.setColumnWidth(1, 100)
        self.owners.setColumnWidth(2, 150)
        self.owners.itemDoubleClicked.connect(self._tree_item)
        self.owners.itemExpanded.connect(self._owner_expanded)
        self.owners.setUniformRowHeights(True)
        # At county scale these hold tens of thousands of items: laid out as rows of one height (two lines), and
        # each item's risk kept here by row rather than on the item; an owner's actions are read and added when opened
        # (a few dozen rows through the owner indexes: quick enough for the GUI thread).
        for widget in (self.overdue_reviews, self.overdue_actions, self.due_soon):
            widget.setUniformItemSizes(True)
            widget.setWordWrap(False)  # one line of title, elided, over the owner and date: never clipped mid-word
        self._risk_ids: dict[QListWidget, list[uuid.UUID]] = {}
        self._more: dict[QListWidget, str] = {}  # a list cut short: the kind its last line shows in the register
        self.recommendations_summary = QLabel()
        self.recommendations_summary.setAccessibleName("Recommendations summary")
        self.overdue_recommendations = self._list("Overdue recommendations")
        self.overdue_recommendations.itemActivated.connect(self._recommendation_item)
        self.overdue_recommendations.itemDoubleClicked.connect(self._recommendation_item)
        recommendations = QGroupBox("Recommendations from lessons (double-click to open)")
        box_layout = QVBoxLayout(recommendations)
        box_layout.addWidget(self.recommendations_summary)
        box_layout.addWidget(self.overdue_recommendations, 1)

        grid = QGridLayout()
        grid.addWidget(self._box("Open risks by band (double-click to open the register)", self.bands), 0, 0, 1, 2)
        grid.addWidget(self._box("Overdue reviews", self.overdue_reviews), 1, 0)
        grid.addWidget(self._box("Overdue actions", self.overdue_actions), 1, 1)
        lower_left = QWidget()  # reviews due soon above the recommendations from lessons, beside the owners
        self._lower_layout = lower_layout = QVBoxLayout(lower_left)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._box("Reviews due in the next 30 days", self.due_soon), 2)
        lower_layout.addWidget(recommendations, RECOMMENDATIONS_STRETCH)
        grid.addWidget(lower_left, 2, 0)
        grid.addWidget(self._box("Open actions and recommendations by owner", self.owners), 2, 1)
        for row, stretch in ((0, 0), (1, 2), (2, 3)):
            grid.setRowStretch(row, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self._loader = Latest(self._show, lambda exc: self.heading.setText(f"<h2>Dashboard</h2>Cannot load: {exc}"),
                              parent=self)
        signals.changed.connect(lambda _kind: self.reload_when_shown())  # it counts every kind of record
        QTimer.singleShot(0, self, self.reload_when_shown)  # once placed: a page not shown waits until it is

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        widget.setSpacing(2)
        widget.itemActivated.connect(self._list_item)
        widget.itemDoubleClicked.connect(self._list_item)
        return widget

    def reload(self) -> None:
        """Counted off the GUI thread. At county scale this reads every risk: not while another page is shown (it
        would compete with the page being opened), but when next shown (ReadWhenShown)."""
        ctx = self.ctx
        if not self.heading.text():
            self.heading.setText("<h2>Dashboard</h2>Loading…")
        listed = self.listed
        self._loader.start(lambda: dashboard(ctx, listed))

    def _show(self, data: Dashboard) -> None:
        total = sum(sum(c.values()) for c in data.counts.values())
        self.heading.setText(
            f"<h2>Dashboard</h2>{total:,} open risks in {len(data.counts)} registers · "
            f"<b>{data.overdue_review_total:,}</b> reviews overdue · <b>{data.overdue_action_total:,}</b> actions "
            f"overdue · {data.due_soon_total:,} reviews due in the next 30 days · "
            f"<b>{data.recommendations.overdue}</b> recommendations overdue")
        self._fill_bands(data)
        for widget, items, total, stamp, kind, more in (
                (self.overdue_reviews, data.overdue_reviews, data.overdue_review_total, "review was due",
                 OVERDUE_REVIEWS, "overdue reviews\nDouble-click to see them all in the register"),
                (self.overdue_actions, data.overdue_actions, data.overdue_action_total, "was due", OVERDUE_ACTIONS,
                 "overdue actions\nDouble-click for every risk with one in the register"),
                (self.due_soon, data.reviews_due_soon, data.due_soon_total, "review due", DUE_SOON,
                 "due in the next 30 days\nDouble-click to carry on in the register, by review date")):
            widget.clear()
            widget.addItems([f"{item.ref} — {item.text}\n{item.owner or 'no owner'} · {stamp} {_when(item.due)}"
                             for item in items] or ["Nothing here"])
            self._risk_ids[widget] = [item.risk_id for item in items]
            if total > len(items):  # two lines, as every item: the list sizes its rows by the last one
                widget.addItem(f"…and {total - len(items):,} more {more}")
                self._more[widget] = kind
            else:
                self._more.pop(widget, None)
        self.owners.clear()
        owners = []
        for owner, count in data.open_actions_by_owner.items():
            parent = QTreeWidgetItem([f"{owner} ({count})"])
            parent.setData(0, OWNER_ROLE, owner)
            parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            owners.append(parent)
        self.owners.addTopLevelItems(owners)
        self._fill_recommendations(data.recommendations)
        self.loaded.emit()

    def _fill_recommendations(self, summary: RecommendationSummary) -> None:
        overdue = f"<span style='color:#b71c1c'><b>{summary.overdue} overdue</b></span>" if summary.overdue \
            else "none overdue"
        self.recommendations_summary.setText(
            f"<b>{summary.open}</b> open · {overdue}" + (" — the longest overdue:" if summary.overdue else ""))
        self.recommendations_summary.setToolTip("Open: identified or in progress. Double-click a recommendation to "
                                                "open it in Exercises and lessons.")
        widget = self.overdue_recommendations
        widget.clear()
        for row in summary.oldest_overdue:
            text = row.recommendation if len(row.recommendation) <= 110 else row.recommendation[:109].rstrip() + "…"
            entry = QListWidgetItem(f"{text}\n{row.owner or 'no owner'} · was due {_when(row.due)} · "
                                    f"from {row.event}")
            entry.setData(RECOMMENDATION_ROLE, row.recommendation_id)
            entry.setToolTip(f"{row.recommendation}\n\nLesson identified: {row.lesson}")
            widget.addItem(entry)
        if summary.overdue > len(summary.oldest_overdue):
            widget.addItem(QListWidgetItem(f"…and {summary.overdue - len(summary.oldest_overdue)} more overdue: "
                                           "see Exercises and lessons"))
        # With none overdue the summary line says so, and the reviews due soon take the room (at county scale they
        # showed two of thousands beside an empty box).
        widget.setVisible(bool(summary.oldest_overdue))
        self._lower_layout.setStretch(1, RECOMMENDATIONS_STRETCH if summary.oldest_overdue else 0)

    def _recommendation_item(self, item: QListWidgetItem) -> None:
        recommendation_id = item.data(RECOMMENDATION_ROLE)
        if isinstance(recommendation_id, uuid.UUID):
            self.signals.openRecommendation.emit(recommendation_id)

    def _fill_bands(self, data: Dashboard) -> None:
        registers = list(data.counts)
        # Rows sized once at the end, not again for every item put in (200 registers at county scale).
        self.bands.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.bands.clear()
        self.bands.setRowCount(len(registers))
        self.bands.setColumnCount(len(data.bands) + 1)
        self.bands.setHorizontalHeaderLabels([*data.bands, "Total"])
        self.bands.setVerticalHeaderLabels(registers)
        for r, register in enumerate(registers):
            counts = data.counts[register]
            for c, band in enumerate(data.bands):
                item = QTableWidgetItem(f"{counts.get(band, 0)} {band}")
                colour = data.band_colours[band]
                item.setBackground(QColor(colour))
                item.setForeground(text_on(colour))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.bands.setItem(r, c, item)
            total = QTableWidgetItem(str(sum(counts.values())))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.bands.setItem(r, len(data.bands), total)
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bands.resizeRowsToContents()
        height = self.bands.horizontalHeader().height() + sum(
            self.bands.rowHeight(r) for r in range(min(self.bands.rowCount(), BAND_ROWS_SHOWN))) + 4
        # Every register's row where there are a few; a county's 200 scroll in ten rows' height, or the table
        # took 4,000 pixels and squeezed the lists below to nothing.
        self.bands.setFixedHeight(max(height, 60))

    def _band_cell(self, row: int, column: int) -> None:
        register = self.bands.verticalHeaderItem(row).text()
        band = self.bands.horizontalHeaderItem(column).text()
        self.openRegister.emit(register, "" if band == "Total" else band)

    def _owner_expanded(self, parent: QTreeWidgetItem) -> None:
        """An owner's actions and recommendations, read and added the first time the owner is opened."""
        owner = parent.data(0, OWNER_ROLE)
        if parent.parent() is not None or parent.childCount() or not isinstance(owner, str):
            return
        today = self.ctx.today()
        for item in owner_items(self.ctx, owner):
            lesson = item.recommendation_id is not None
            overdue = item.due is not None and item.due < today
            child = QTreeWidgetItem([f"Recommendation: {item.text}" if lesson else item.text,
                                     "from a lesson" if lesson else item.ref,
                                     _when(item.due) + (" OVERDUE" if overdue else "")])
            child.setData(0, ID_ROLE, item.recommendation_id if lesson else item.risk_id)
            child.setData(1, ID_ROLE, "recommendation" if lesson else "risk")
            child.setToolTip(0, item.text)
            if overdue:
                child.setForeground(2, QColor("#b71c1c"))
            parent.addChild(child)
        parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def _list_item(self, item: QListWidgetItem) -> None:
        widget = item.listWidget()
        ids = self._risk_ids.get(widget, []) if widget is not None else []
        row = widget.row(item) if widget is not None else -1
        risk_id = ids[row] if 0 <= row < len(ids) else item.data(ID_ROLE)
        if isinstance(risk_id, uuid.UUID):
            self.openRisk.emit(risk_id)
        elif widget is not None and widget in self._more and row == widget.count() - 1:
            kind = self._more[widget]  # the register carries on after the reviews listed (not by action)
            self.showDue.emit(kind, frozenset(ids) if kind != OVERDUE_ACTIONS else frozenset())

    def _tree_item(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = item.data(0, ID_ROLE)
        if not isinstance(record_id, uuid.UUID):
            return
        if item.data(1, ID_ROLE) == "recommendation":
            self.signals.openRecommendation.emit(record_id)
        else:
            self.openRisk.emit(record_id)


__all__ = ["OWNER_ROLE", "DashboardWidget", "DueItem"]
