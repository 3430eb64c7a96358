"""Sorting on raw values and filtering the risk table: register, owner, band, status, overdue, search, heat cell.

The proxy works in bulk, in Python, over the list of rows (a KeyedRowsProxy): the rows shown are a list of source
row numbers, worked out with one pass per active filter, and a sort is one list.sort on the column's raw values; Qt
only asks about the rows on screen. What a keystroke in the search box does not change is kept: the rows the other
filters let through, with their search texts, and the rows the last search found when the new one can only narrow
them. (A QSortFilterProxyModel calls Python for every row on each keystroke and twice for every comparison when
sorting: at county scale, 100,000 risks, that was a third of a second a keystroke and a minute to sort the register
on loading.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import attrgetter, contains, eq
from typing import Any

from PySide6.QtCore import QAbstractItemModel

from bcm.heat import Cell, cell_of, score_fields
from bcm.risk_rows import RiskRow
from ui.app.models.keyed_proxy import KeyedRowsProxy
from ui.app.models.risk_table import RiskTableModel


@dataclass(frozen=True)
class RiskFilter:
    register: str | None = None
    owner: str | None = None
    band: str | None = None
    status: str | None = "open"
    overdue_review: bool = False
    overdue_actions: bool = False
    search: str = ""
    cell: tuple[str, int, int] | None = None  # (score kind, likelihood, impact) picked on the heat map

    def accepts(self, row: RiskRow) -> bool:
        if self.register and row.register != self.register:
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.band and row.band != self.band:
            return False
        if self.status and row.status != self.status:
            return False
        if self.overdue_review and row.review_state != "overdue":
            return False
        if self.overdue_actions and not row.overdue_actions:
            return False
        if self.cell is not None and cell_of(row, self.cell[0]) != self.cell[1:]:
            return False
        if self.search:
            needle = self.search.casefold()
            haystack = search_text(row)
            if not all(word in haystack for word in needle.split()):
                return False
        return True


def search_text(row: RiskRow) -> str:
    """What the search box looks in."""
    return f"{row.ref}\n{row.title}\n{row.cause}\n{row.consequence}".casefold()


class _Searchable:
    """Rows (source row numbers, in the order shown) with their search texts, ready to be searched for a word:
    `word in text` is mapped over the texts in C."""

    def __init__(self, rows: list[int], texts: list[str]) -> None:
        self.rows = rows
        self.texts = texts

    def having(self, word: str) -> _Searchable:
        hits = list(map(contains, self.texts, repeat(word)))
        if all(hits):
            return self
        return _Searchable(list(compress(self.rows, hits)), list(compress(self.texts, hits)))


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row the new search words find is among those the old ones found."""
    return all(any(word in longer for longer in new) for word in old)


class RiskFilterProxy(KeyedRowsProxy):
    """A flat proxy over a RiskTableModel; same filters, same sort values, same persistent-index behaviour."""

    def __init__(self) -> None:
        super().__init__()
        self._filter = RiskFilter()
        self._model: RiskTableModel = RiskTableModel()  # replaced by setSourceModel
        self._rows: list[RiskRow] = []
        self._base: list[int] = []  # the rows every filter but the heat-map cell lets through, in order
        # Every filter but the search and the cell: (the filters, the rows, the rows ready to search once searched).
        self._prefiltered: tuple[tuple[object, ...], list[int], _Searchable | None] | None = None
        self._searched: tuple[tuple[str, ...], _Searchable] | None = None  # the last search: its words, its rows
        self._cells: dict[str, list[int]] = {}
        self._moves: list[int] | None = None
        self._masks: dict[tuple[str, object], bytes] = {}  # (field, value): which rows have it, in source order
        self._texts: list[str] | None = None  # each row's search text, in source order

    # --- the filter ----------------------------------------------------------------------------------------------

    @property
    def current(self) -> RiskFilter:
        return self._filter

    def set_filter(self, **changes: object) -> None:
        self._filter = replace(self._filter, **changes)  # type: ignore[arg-type]
        self._relayout(resort=False)

    def rows_ignoring_cell(self) -> list[RiskRow]:
        """What the heat map counts: the rows every other filter lets through."""
        return [self._rows[i] for i in self._base]

    def count_ignoring_cell(self) -> int:
        return len(self._base)

    def visible_rows(self) -> list[RiskRow]:
        return [self._rows[i] for i in self._view]

    def cell_counts(self, kind: str) -> Counter[Cell]:
        """bcm.heat.count_cells over rows_ignoring_cell(), from cells worked out once per load."""
        codes = self._codes(kind)
        counted = Counter(map(codes.__getitem__, self._base))  # small ints count faster than tuples
        return Counter({(code // 16, code % 16): n for code, n in counted.items() if code >= 0})

    def movements(self) -> Counter[tuple[Cell, Cell]]:
        """bcm.heat.movements over rows_ignoring_cell()."""
        if self._moves is None:
            current, target = self._codes("current"), self._codes("target")
            self._moves = [c * 256 + t if c >= 0 and t >= 0 and c != t else -1
                           for c, t in zip(current, target, strict=True)]
        counted = Counter(map(self._moves.__getitem__, self._base))
        return Counter({((m // 4096, m // 256 % 16), (m % 256 // 16, m % 16)): n
                        for m, n in counted.items() if m >= 0})

    def _codes(self, kind: str) -> list[int]:
        """Each row's cell for this kind of score as likelihood * 16 + impact (-1: not scored)."""
        codes = self._cells.get(kind)
        if codes is None:  # the fields read in C, not cell_of called for each row: 90 ms -> 20 ms for a county
            likelihoods, impacts = (map(attrgetter(field), self._rows) for field in score_fields(kind))
            codes = self._cells[kind] = [-1 if li is None or im is None else li * 16 + im
                                         for li, im in zip(likelihoods, impacts, strict=True)]
        return codes

    def _filtered(self) -> None:
        """Work out the rows shown. Each filter is one pass over a list, in C, of a mask of the rows it lets through
        (made once per load for each value asked for); what did not change since the last call (every filter but
        the search, and a search that only narrows, as when a word is typed) is not redone."""
        f = self._filter
        key = (f.status, f.register, f.owner, f.band, f.overdue_review, f.overdue_actions)
        if self._prefiltered is None or self._prefiltered[0] != key:
            chosen = self._order
            for field, wanted in (("status", f.status), ("register", f.register), ("owner", f.owner),
                                  ("band", f.band), ("review_state", "overdue" if f.overdue_review else None),
                                  ("overdue_actions", True if f.overdue_actions else None)):
                if wanted:
                    chosen = list(compress(chosen, map(self._mask(field, wanted).__getitem__, chosen)))
            self._prefiltered = (key, chosen, None)
            self._searched = None
        chosen = self._prefiltered[1]
        words = tuple(f.search.casefold().split())
        if words:
            found = self._prefiltered[2] or self._searchable(key, chosen)
            last = self._searched
            if last is not None and _narrows(last[0], words) and 2 * len(last[1].rows) < len(found.rows):
                found = last[1]  # every row the new words find, the old ones found: search only those
            for word in words:
                found = found.having(word)
            self._searched = (words, found)
            chosen = found.rows
        else:
            self._searched = None
        self._base = chosen
        if f.cell is not None:
            kind, likelihood, impact = f.cell
            codes, wanted_code = self._codes(kind), likelihood * 16 + impact
            chosen = [i for i in chosen if codes[i] == wanted_code]
        self._view = chosen
        self._position = None

    def _mask(self, field: str, wanted: object) -> bytes:
        """1 for each row (in source order) whose field is `wanted` (True: has any), else 0."""
        mask = self._masks.get((field, wanted))
        if mask is None:
            values = map(attrgetter(field), self._rows)
            mask = bytes(map(bool, values)) if wanted is True else bytes(map(eq, values, repeat(wanted)))
            self._masks[(field, wanted)] = mask
        return mask

    def _searchable(self, key: tuple[object, ...], chosen: list[int]) -> _Searchable:
        if self._texts is None:  # once per load: 0.1 s for a county
            # Made in the order shown, so they lie in memory in the order they are scanned: a third quicker to scan,
            # keystroke after keystroke, than texts made in the register's order.
            rows, texts = self._rows, [""] * len(self._rows)
            for i in self._order:
                texts[i] = search_text(rows[i])
            self._texts = texts
        searchable = _Searchable(chosen, list(map(self._texts.__getitem__, chosen)))
        self._prefiltered = (key, chosen, searchable)
        return searchable

    def sort_key(self, column: int) -> Callable[[RiskRow], Any]:
        return RiskTableModel.sort_key(column)

    def _order_changed(self) -> None:
        self._prefiltered = self._searched = None

    def _rows_changed(self) -> None:
        self._cells, self._moves, self._masks, self._texts = {}, None, {}, None
        self._prefiltered = self._searched = None  # made from the old rows' values

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, RiskTableModel):
            raise TypeError("RiskFilterProxy shows a RiskTableModel")
        super().setSourceModel(model)
