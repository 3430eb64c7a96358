"""Risk rows as the register shows them, made from the columns bcm.services.risks.rows_query reads (and
db.first_rows reads, for the first frame): kept apart from the services and the other read-models so the first
frame imports no SQLAlchemy and no more than it shows."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bcm.rules import ReviewState, Trend, review_state, trend
from bcm.scoring import Band, Matrix


@dataclass(frozen=True, slots=True)  # slots: a county's 100,000 rows in 90 MB less, and quicker to read in bulk
class RiskRow:
    id: uuid.UUID
    version: int
    ref: str
    register: str
    title: str
    cause: str
    consequence: str
    category: str
    owner: str
    status: str
    likelihood: int
    impact: int
    score: int
    band: str
    band_colour: str
    previous_score: int | None
    trend: Trend
    inherent_likelihood: int | None
    inherent_impact: int | None
    target_likelihood: int | None
    target_impact: int | None
    target_score: int | None
    last_review: date | None
    next_review: date | None
    review_state: ReviewState
    open_actions: int
    overdue_actions: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": str(self.id), "ref": self.ref, "register": self.register, "title": self.title,
            "owner": self.owner, "status": self.status, "category": self.category,
            "likelihood": self.likelihood, "impact": self.impact, "score": self.score, "band": self.band,
            "previous_score": self.previous_score, "trend": self.trend,
            "inherent_likelihood": self.inherent_likelihood, "inherent_impact": self.inherent_impact,
            "target_likelihood": self.target_likelihood, "target_impact": self.target_impact,
            "target_score": self.target_score,
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "next_review": self.next_review.isoformat() if self.next_review else None,
            "review_state": self.review_state, "open_actions": self.open_actions,
            "overdue_actions": self.overdue_actions,
        }



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
