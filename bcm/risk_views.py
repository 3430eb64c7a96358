"""Plain read-models of risks and registers: what the app, the exports and the command line are given."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from bcm.risk_rows import RiskRow as RiskRow  # lives with what makes it: the first frame needs no more


@dataclass(frozen=True)
class RegisterRow:
    id: uuid.UUID
    name: str
    level: str
    owner: str
    open_risks: int


@dataclass(frozen=True)
class ControlView:
    id: uuid.UUID
    description: str
    owner: str


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    description: str
    owner: str
    due_on: date | None
    status: str
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class CommentView:
    on: date
    author: str
    text: str


@dataclass(frozen=True)
class ScoreChangeView:
    at: datetime
    by: str
    kind: str
    from_score: tuple[int, int] | None
    to_score: tuple[int, int]
    reason: str


@dataclass(frozen=True)
class RiskDetail:
    row: RiskRow
    description: str
    kind: str
    treatment: str
    financial_exposure_m: float | None
    escalated_to: str | None
    closed_on: date | None
    controls: list[ControlView] = field(default_factory=list)
    actions: list[ActionView] = field(default_factory=list)
    comments: list[CommentView] = field(default_factory=list)
    history: list[ScoreChangeView] = field(default_factory=list)


@dataclass(slots=True)  # not frozen: a frozen dataclass is four times as slow to make, and a heat map makes 25
class HeatCell:
    likelihood: int
    impact: int
    count: int
    band: str
    colour: str


@dataclass(frozen=True)
class Heatmap:
    register: str | None
    score: str
    cells: list[HeatCell]

    def count(self, likelihood: int, impact: int) -> int:
        return next(c.count for c in self.cells if c.likelihood == likelihood and c.impact == impact)

    def as_json(self) -> dict[str, object]:
        return {
            "register": self.register, "score": self.score,
            "cells": [{"likelihood": c.likelihood, "impact": c.impact, "count": c.count, "band": c.band}
                      for c in self.cells],
        }
