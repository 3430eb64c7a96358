"""What the Directorate Management Team looks at first: bands per register, what is overdue, what is due soon, and
the recommendations from lessons still open or overdue."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.lesson_rules import OPEN_STATUSES
from bcm.lesson_views import RecommendationSummary
from bcm.many_rows import reading_many_rows
from bcm.rules import DUE_SOON_DAYS, action_overdue, review_state
from bcm.scoring import Band, Matrix
from bcm.services.lessons import recommendation_summary
from bcm.services.matrix import load_matrix
from db.models import Lesson, Person, Recommendation, Risk, RiskAction, RiskRegister


@dataclass(frozen=True)
class DueItem:
    risk_id: uuid.UUID | None  # None for a recommendation that names no risk
    ref: str
    text: str
    owner: str
    due: date | None
    recommendation_id: uuid.UUID | None = None  # set when the item is a recommendation from a lesson


def _open_recommendations(session: Session) -> list[DueItem]:
    """Every open recommendation with its owner: they belong in the owner's list of actions beside risk actions."""
    owner = aliased(Person)
    return [DueItem(risk_id, "lesson", text, who or "(no owner)", due, recommendation_id)
            for recommendation_id, risk_id, text, who, due in session.connection().execute(
                select(Recommendation.id, Recommendation.risk_id, Recommendation.text, owner.name,
                       Recommendation.due_on)
                .join(Lesson, Lesson.id == Recommendation.lesson_id)
                .outerjoin(owner, owner.id == Recommendation.owner_id)
                .where(Recommendation.status.in_(OPEN_STATUSES), Recommendation.deleted_at.is_(None),
                       Lesson.deleted_at.is_(None)))]


@dataclass(frozen=True)
class Dashboard:
    bands: list[str]
    band_colours: dict[str, str]
    counts: dict[str, Counter[str]]  # register -> band -> open risks
    overdue_reviews: list[DueItem]
    reviews_due_soon: list[DueItem]
    overdue_actions: list[DueItem]
    open_actions_by_owner: dict[str, list[DueItem]] = field(default_factory=dict)
    recommendations: RecommendationSummary = field(default_factory=lambda: RecommendationSummary(0, 0))


def _open_risks(session: Session, matrix: Matrix, today: date
                ) -> tuple[dict[str, Counter[str]], list[DueItem], list[DueItem]]:
    """Open risks by band per register, counted by the database (one row per register and score, not per risk), and
    the open risks whose review is overdue or due soon (only those are read)."""
    live = (Risk.status == "open", Risk.deleted_at.is_(None))
    score = Risk.current_likelihood * Risk.current_impact
    bands: dict[int, Band] = {}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    conn = session.connection()  # plain rows: the ORM's per-row handling adds nothing here
    for register, value, n in conn.execute(
        select(RiskRegister.name, score, func.count())
        .join(RiskRegister, RiskRegister.id == Risk.register_id)
        .where(*live)
        .group_by(RiskRegister.name, score)
    ):
        band = bands.get(value) or bands.setdefault(value, matrix.band_of_score(value))
        counts[register][band.name] += n
    owner = aliased(Person)
    overdue_reviews, due_soon = [], []
    for risk_id, ref, title, who, next_review in conn.execute(
        select(Risk.id, Risk.ref, Risk.title, owner.name, Risk.next_review)
        .outerjoin(owner, owner.id == Risk.owner_id)
        .where(*live, Risk.next_review <= today + timedelta(days=DUE_SOON_DAYS))
    ):
        state = review_state(next_review, today)
        if state == "overdue":
            overdue_reviews.append(DueItem(risk_id, ref, title, who or "", next_review))
        elif state == "due_soon":
            due_soon.append(DueItem(risk_id, ref, title, who or "", next_review))
    return counts, overdue_reviews, due_soon


def dashboard(ctx: Context) -> Dashboard:
    today = ctx.today()
    query = (
        select(RiskAction.risk_id, Risk.ref, RiskAction.description, Person.name, RiskAction.due_on,
               RiskAction.status)
        .join(Risk, Risk.id == RiskAction.risk_id)
        .outerjoin(Person, Person.id == RiskAction.owner_id)
        .where(RiskAction.status.in_(("open", "in_progress")), RiskAction.deleted_at.is_(None),
               Risk.status == "open", Risk.deleted_at.is_(None))
    )
    overdue_actions: list[DueItem] = []
    by_owner: dict[str, list[DueItem]] = defaultdict(list)
    with ctx.reading() as session, reading_many_rows():  # at county scale, 100,000 open actions
        matrix = load_matrix(session)
        counts, overdue_reviews, due_soon = _open_risks(session, matrix, today)
        # Soonest due first (no date first, as SQLite sorts NULLs), then by risk: sorted here, since ORDER BY made
        # SQLite walk the due-date index and look up each action's risk in turn, twice as slow at county scale.
        actions = sorted(session.connection().execute(query), key=lambda r: (r[4] is not None, r[4] or date.min, r[1]))
        for risk_id, ref, text, owner, due, status in actions:
            item = DueItem(risk_id, ref, text, owner or "(no owner)", due)
            by_owner[item.owner].append(item)
            if action_overdue(due, status, today):
                overdue_actions.append(item)
        recommendations = _open_recommendations(session)
    for item in recommendations:
        by_owner[item.owner].append(item)
    for owned in by_owner.values():
        if any(i.recommendation_id for i in owned):  # keep each owner's list soonest due first
            owned.sort(key=lambda i: (i.due is not None, i.due or date.min, i.ref))
    key = lambda i: (i.due or date.max, i.ref)  # noqa: E731
    return Dashboard(
        bands=[b.name for b in matrix.bands], band_colours={b.name: b.colour for b in matrix.bands},
        counts=dict(sorted(counts.items())), overdue_reviews=sorted(overdue_reviews, key=key),
        reviews_due_soon=sorted(due_soon, key=key), overdue_actions=overdue_actions,
        open_actions_by_owner=dict(sorted(by_owner.items())), recommendations=recommendation_summary(ctx),
    )


__all__ = ["DUE_SOON_DAYS", "Dashboard", "DueItem", "dashboard"]
