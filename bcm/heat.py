"""Heat map counts over rows already loaded (the app filters in memory; the command line asks the database)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bcm.risk_rows import RiskRow

Cell = tuple[int, int]


def score_fields(kind: str) -> tuple[str, str]:
    """The row's likelihood and impact fields for this kind of score ("target", "inherent", else the current)."""
    if kind == "target":
        return "target_likelihood", "target_impact"
    if kind == "inherent":
        return "inherent_likelihood", "inherent_impact"
    return "likelihood", "impact"


def cell_of(row: RiskRow, kind: str) -> Cell | None:
    likelihood, impact = (getattr(row, field) for field in score_fields(kind))
    return (likelihood, impact) if likelihood is not None and impact is not None else None


def count_cells(rows: Iterable[RiskRow], kind: str) -> Counter[Cell]:
    return Counter(cell for row in rows if (cell := cell_of(row, kind)) is not None)


def movements(rows: Iterable[RiskRow]) -> Counter[tuple[Cell, Cell]]:
    """How many risks move from each current cell to each target cell (risks already at target excluded)."""
    moves: Counter[tuple[Cell, Cell]] = Counter()
    for row in rows:
        target = cell_of(row, "target")
        current = cell_of(row, "current")
        if target is not None and current is not None and target != current:
            moves[(current, target)] += 1
    return moves
