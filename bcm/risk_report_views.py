"""Plain read-model of the printed risk register report: per register, its RAG summary, heat map and risks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bcm.risk_views import Heatmap, RiskDetail, RiskRow
from bcm.scoring import Matrix


@dataclass(frozen=True)
class BandCount:
    band: str
    colour: str
    min_score: int
    max_score: int
    count: int


@dataclass(frozen=True)
class RegisterSection:
    name: str
    level: str
    owner: str
    description: str
    heatmap: Heatmap  # current scores of the open risks: the same counts as `bcm heatmap --register NAME`
    summary: tuple[BandCount, ...]  # by band, lowest first
    open: tuple[RiskRow, ...]  # open risks, highest current score first
    details: tuple[RiskDetail, ...]  # each of those in full, in the same order; none in a report of summaries only
    closed: tuple[RiskRow, ...]
    reviews_overdue: int
    actions_overdue: int

    @property
    def total(self) -> int:
        return sum(b.count for b in self.summary)


@dataclass(frozen=True)
class RiskReport:
    register: str | None  # the register asked for, or None for every register
    as_at: date
    matrix: Matrix
    sections: tuple[RegisterSection, ...]
    overall: Heatmap | None  # every register together (only when no register was asked for)
    overall_summary: tuple[BandCount, ...]
    each_risk: bool = True  # False: summaries only, no page for each risk (and no risk's details read)
