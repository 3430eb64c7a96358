"""Risk rows as the register shows them, made from the columns bcm.services.risks.rows_query reads (and
db.first_rows reads, for the first frame): kept apart from the services so the first frame imports no SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from bcm.risk_views import RiskRow
from bcm.rules import review_state, trend
from bcm.scoring import Band, Matrix


def row_maker(matrix: Matrix, today: date) -> Callable[[Sequence[Any]], RiskRow]:
    """Turns rows of rows_query (or of db.first_rows, in the same columns) into RiskRows; bands are looked up once
    per score, not once per row (a county's registers are 100,000 rows)."""
    bands: dict[int, Band] = {}

    def band_of(score: int) -> Band:
        band = bands.get(score)
        if band is None:
            band = bands[score] = matrix.band_of_score(score)
        return band

    def make(r: Sequence[Any]) -> RiskRow:
        score = r[10] * r[11]
        band = band_of(score)
        previous = r[12] * r[13] if r[12] is not None else None
        target = r[16] * r[17] if r[16] is not None else None
        return RiskRow(
            id=r[0], version=r[1], ref=r[2], register=r[3], title=r[4], cause=r[5], consequence=r[6],
            category=r[7], owner=r[8] or "", status=r[9], likelihood=r[10], impact=r[11], score=score,
            band=band.name, band_colour=band.colour, previous_score=previous, trend=trend(score, previous),
            inherent_likelihood=r[14], inherent_impact=r[15], target_likelihood=r[16], target_impact=r[17],
            target_score=target, last_review=r[18], next_review=r[19],
            review_state=review_state(r[19], today) if r[9] == "open" else "none",
            open_actions=r[20] or 0, overdue_actions=r[21] or 0,
        )

    return make
