"""Plain read-models of risks and registers: what the app, the exports and the command line are given."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from bcm.rules import ReviewState, Trend


@dataclass(frozen=True)
class RegisterRow:
    id: uuid.UUID
    name: str
    level: str
    owner: str
    open_risks: int


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
