"""What the register window shows first, read from a SQLite file with the standard library's sqlite3 alone.

The app's first frame is painted from this before SQLAlchemy and the models are imported (two thirds of a second
that the window would otherwise wait for). The statements ask what bcm.services.risks.top_open_risks, heatmap and
register_names ask, in the same columns; a test compares the two on the same file. Only a file already at this
version's schema is read: anything else (no file, an older or newer schema, a locked or damaged file) gives None, and
the app opens the file the usual way, migrating or refusing it there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from db.revision import HEAD

# The scoring matrix in one statement: part 0 likelihood levels, 1 impact levels, 2 score bands (as load_matrix).
MATRIX = """
SELECT 0, value, label, descriptor, NULL FROM likelihood_levels
UNION ALL SELECT 1, value, label, descriptor, NULL FROM impact_levels
UNION ALL SELECT 2, min_score, name, colour, max_score FROM score_bands
ORDER BY 1, 2
"""
_OPEN = "risks.status = 'open' AND risks.deleted_at IS NULL"
_SCORE = "risks.current_likelihood * risks.current_impact"
HEAT = f"""
SELECT current_likelihood, current_impact, count(*) FROM risks
WHERE {_OPEN} AND current_likelihood IS NOT NULL GROUP BY current_likelihood, current_impact
"""
_CUT = f"SELECT {_SCORE} AS score FROM risks WHERE {_OPEN} ORDER BY score DESC LIMIT 1 OFFSET ?"
_CANDIDATES = f"""
SELECT risks.id, risk_registers.name, risks.ref, {_SCORE} FROM risks
JOIN risk_registers ON risk_registers.id = risks.register_id
WHERE {_OPEN} AND {_SCORE} >= ?
"""
_REGISTERS = "SELECT name FROM risk_registers WHERE deleted_at IS NULL ORDER BY name"


def _rows(ids: int) -> str:
    """rows_query's columns for `ids` risks (their open and overdue actions counted alone)."""
    marks = ", ".join("?" * ids)
    return f"""
SELECT risks.id, risks.version, risks.ref, risk_registers.name, risks.title, risks.cause, risks.consequence,
       risks.category, people.name, risks.status, risks.current_likelihood, risks.current_impact,
       risks.previous_likelihood, risks.previous_impact, risks.inherent_likelihood, risks.inherent_impact,
       risks.target_likelihood, risks.target_impact, risks.last_review, risks.next_review, actions.open,
       actions.overdue
FROM risks
JOIN risk_registers ON risk_registers.id = risks.register_id
LEFT OUTER JOIN people ON people.id = risks.owner_id
LEFT OUTER JOIN (
    SELECT risk_id, count(*) AS open, sum(CASE WHEN due_on < ? THEN 1 ELSE 0 END) AS overdue FROM risk_actions
    WHERE status IN ('open', 'in_progress') AND deleted_at IS NULL AND risk_id IN ({marks}) GROUP BY risk_id
) AS actions ON actions.risk_id = risks.id
WHERE risks.deleted_at IS NULL AND risks.id IN ({marks})
"""


@dataclass(frozen=True)
class FirstRowsRead:
    """Plain rows: the matrix parts, the heat map's counts, the registers' names and the first risks (in rows_query's
    columns, ids and dates as stored: hex text and ISO text)."""

    matrix: list[tuple[Any, ...]]
    heat: list[tuple[int, int, int]]
    registers: list[str]
    risks: list[tuple[Any, ...]]


def read_first_rows(path: Path, limit: int, today: date) -> FirstRowsRead | None:
    """The `limit` open risks with the highest current score (ties broken by register, then reference, as the
    register table breaks them), or every open risk if there are no more."""
    if not path.is_file():
        return None
    try:
        # mode=rw: never create a file that is not there; one read transaction: one state of the file throughout
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
            return None
        matrix = conn.execute(MATRIX).fetchall()
        heat = conn.execute(HEAT).fetchall()
        registers = [name for (name,) in conn.execute(_REGISTERS)]
        cut = conn.execute(_CUT, (max(limit - 1, 0),)).fetchone()
        candidates = sorted(conn.execute(_CANDIDATES, (cut[0] if cut else 0,)), key=lambda r: (-r[3], r[1], r[2]))
        ids = [r[0] for r in candidates[:limit]]
        risks = conn.execute(_rows(len(ids)), (today.isoformat(), *ids, *ids)).fetchall() if ids else []
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return FirstRowsRead(matrix, heat, registers, risks)
