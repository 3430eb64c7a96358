"""What the register window shows first, read from a SQLite file with the standard library's sqlite3 alone.

The app's first frame is painted from this before SQLAlchemy and the models are imported (two thirds of a second
that the window would otherwise wait for). The statement asks what bcm.services.risks.top_open_risks, heatmap and
register_names ask, in the same columns; a test compares the two on the same file. Only a file already at this
version's schema is read: anything else (no file, an older or newer schema, a locked or damaged file) gives None, and
the app opens the file the usual way, migrating or refusing it there.

It is read on a thread while the main thread loads Qt, which holds the interpreter for tens of milliseconds at a
time. sqlite3 lets go of the interpreter while SQLite steps, but needs it back for every row it hands over, and each
time waits for the main thread to let go. So the read is one step: one statement whose one row holds each answer as a
JSON array (SQLite's json_group_array), decoded here once it is back. Row by row, the same read took 120-250 ms
while Qt loaded, for 20-40 ms of SQLite's work; the frame then waited for it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from db.revision import HEAD

_OPEN = "risks.status = 'open' AND risks.deleted_at IS NULL"
_SCORE = "risks.current_likelihood * risks.current_impact"

# The first `limit` open risks by current score, ties broken by register, then reference: the register table's
# order (SQLite's BINARY collation orders text by code point, as Python does).
_TOP = f"""
SELECT risks.id FROM risks JOIN risk_registers ON risk_registers.id = risks.register_id
WHERE {_OPEN} ORDER BY {_SCORE} DESC, risk_registers.name, risks.ref LIMIT :limit
"""
# Each part's rows as one JSON array. The scoring matrix: part 0 likelihood levels, 1 impact levels, 2 score bands
# (as load_matrix); the heat map's counts of open risks per cell; the registers' names; the first risks in rows_query's
# columns, their open and overdue actions counted alone.
READ = f"""
WITH top AS ({_TOP}),
actions AS (
    SELECT risk_id, count(*) AS open, sum(CASE WHEN due_on < :today THEN 1 ELSE 0 END) AS overdue FROM risk_actions
    WHERE status IN ('open', 'in_progress') AND deleted_at IS NULL AND risk_id IN top GROUP BY risk_id
)
SELECT
(SELECT json_group_array(json_array(part, number, name, text, upper)) FROM (
    SELECT 0 AS part, value AS number, label AS name, descriptor AS text, NULL AS upper FROM likelihood_levels
    UNION ALL SELECT 1, value, label, descriptor, NULL FROM impact_levels
    UNION ALL SELECT 2, min_score, name, colour, max_score FROM score_bands)),
(SELECT json_group_array(json_array(current_likelihood, current_impact, risks)) FROM (
    SELECT current_likelihood, current_impact, count(*) AS risks FROM risks
    WHERE {_OPEN} AND current_likelihood IS NOT NULL GROUP BY current_likelihood, current_impact)),
(SELECT json_group_array(name) FROM risk_registers WHERE deleted_at IS NULL),
(SELECT json_group_array(json_array(
    risks.id, risks.version, risks.ref, risk_registers.name, risks.title, risks.cause, risks.consequence,
    risks.category, people.name, risks.status, risks.current_likelihood, risks.current_impact,
    risks.previous_likelihood, risks.previous_impact, risks.inherent_likelihood, risks.inherent_impact,
    risks.target_likelihood, risks.target_impact, risks.last_review, risks.next_review, actions.open,
    actions.overdue))
FROM risks
JOIN risk_registers ON risk_registers.id = risks.register_id
LEFT OUTER JOIN people ON people.id = risks.owner_id
LEFT OUTER JOIN actions ON actions.risk_id = risks.id
WHERE risks.deleted_at IS NULL AND risks.id IN top)
"""


@dataclass(frozen=True)
class FirstRowsRead:
    """Plain rows: the matrix parts (in order), the heat map's counts, the registers' names (in order) and the first
    risks (in rows_query's columns, ids and dates as stored: hex text and ISO text; in no order)."""

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
        matrix, heat, registers, risks = conn.execute(READ, {"limit": limit, "today": today.isoformat()}).fetchone()
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    # An aggregate's order is not promised: what is shown in order is put in order here.
    return FirstRowsRead(sorted(map(tuple, json.loads(matrix)), key=lambda part: (part[0], part[1])),
                         [tuple(cell) for cell in json.loads(heat)], sorted(json.loads(registers)),
                         [tuple(risk) for risk in json.loads(risks)])
