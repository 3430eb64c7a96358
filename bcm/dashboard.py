"""What the Directorate Management Team looks at first: bands per register, what is overdue, what is due soon, and
the recommendations from lessons still open or overdue."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.lesson_rules import OPEN_STATUSES
from bcm.lesson_views import RecommendationSummary
from bcm.many_objects import making_many_objects
from bcm.rules import DUE_SOON_DAYS, review_state
from bcm.scoring import Band, Matrix
from bcm.services.lessons import recommendation_summary
from bcm.services.matrix import load_matrix
from db.models import RISK_IS_OPEN, Lesson, Person, Recommendation, Risk, RiskAction, RiskRegister


@dataclass(frozen=True)
class DueItem:
    risk_id: uuid.UUID | None  # None for a recommendation that names no risk
    ref: str
    text: str
    owner: str
    due: date | None
    recommendation_id: uuid.UUID | None = None  # set when the item is a recommendation from a lesson


@dataclass(frozen=True)
class Dashboard:
    bands: list[str]
    band_colours: dict[str, str]
    counts: dict[str, Counter[str]]  # register -> band -> open risks
    overdue_reviews: list[DueItem]
    reviews_due_soon: list[DueItem]
    overdue_actions: list[DueItem]
    # owner -> how many open actions and open recommendations they hold (their items: owner_items)
    open_actions_by_owner: dict[str, int] = field(default_factory=dict)
    recommendations: RecommendationSummary = field(default_factory=lambda: RecommendationSummary(0, 0))


def _open_risks(session: Session, matrix: Matrix, today: date
                ) -> tuple[dict[str, Counter[str]], list[DueItem], list[DueItem]]:
    """Open risks by band per register, counted by the database (one row per register and score, not per risk), and
    the open risks whose review is overdue or due soon (only those are read)."""
    live = (RISK_IS_OPEN,)
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


NO_OWNER = "(no owner)"  # the owner's line for open actions that name nobody
_OPEN_ACTION = (RiskAction.status.in_(("open", "in_progress")), RiskAction.deleted_at.is_(None),
                RISK_IS_OPEN)  # an open action of an open risk (joined)
# The same without joining the risk: not one of the (fewer) risks closed or deleted, found in one pass over the risks.
# This spares a look-up of each action's risk, most of the cost of counting a county's 100,000 actions, and has
# SQLite read the actions in the table's order rather than the risks' (with the risk_id index) when it must join.
_OPEN_ACTION_UNJOINED = (RiskAction.status.in_(("open", "in_progress")), RiskAction.deleted_at.is_(None),
                         RiskAction.risk_id.not_in(select(Risk.id).where((Risk.status != "open")
                                                                         | Risk.deleted_at.is_not(None))))
_OPEN_RECOMMENDATION = (Recommendation.status.in_(OPEN_STATUSES), Recommendation.deleted_at.is_(None),
                        Lesson.deleted_at.is_(None))


def _soonest_first(item: DueItem) -> tuple[bool, date, str]:
    """Soonest due first, no date before any date (as SQLite sorts NULLs), then by risk."""
    return item.due is not None, item.due or date.min, item.ref


def _open_by_owner(session: Session) -> dict[str, int]:
    """How many open actions and open recommendations each owner holds, counted by the database (one row per owner,
    not per action). Keyed by the owner's name, as the dashboard lists them; the actions themselves are read only
    when an owner is opened (owner_items)."""
    owner = aliased(Person)
    conn = session.connection()
    by_owner: Counter[str] = Counter()
    for name, n in conn.execute(
        select(owner.name, func.count())
        .select_from(RiskAction)
        .outerjoin(owner, owner.id == RiskAction.owner_id)
        .where(*_OPEN_ACTION_UNJOINED)
        .group_by(owner.name)
    ):
        by_owner[name or NO_OWNER] += n
    for name, n in conn.execute(
        select(owner.name, func.count())
        .select_from(Recommendation)
        .join(Lesson, Lesson.id == Recommendation.lesson_id)
        .outerjoin(owner, owner.id == Recommendation.owner_id)
        .where(*_OPEN_RECOMMENDATION)
        .group_by(owner.name)
    ):
        by_owner[name or NO_OWNER] += n
    return dict(sorted(by_owner.items()))


def _overdue_actions(session: Session, today: date) -> list[DueItem]:
    """Only the open actions past their due date are read, each joined to its risk for the reference. The date is
    compared through coalesce (which also leaves out actions with no date), not as the bare column: through the
    due-date index SQLite would fetch each action out of the table's order, slower than reading the table through
    when a fifth of a county's actions are overdue."""
    owner = aliased(Person)
    items = [DueItem(risk_id, ref, text, who or NO_OWNER, due)
             for risk_id, ref, text, who, due in session.connection().execute(
                 select(RiskAction.risk_id, Risk.ref, RiskAction.description, owner.name, RiskAction.due_on)
                 .join(Risk, Risk.id == RiskAction.risk_id)
                 .outerjoin(owner, owner.id == RiskAction.owner_id)
                 .where(*_OPEN_ACTION_UNJOINED, func.coalesce(RiskAction.due_on, today) < today))]
    # Sorted here, not by ORDER BY: that made SQLite walk the due-date index looking up each action's risk in turn.
    items.sort(key=_soonest_first)
    return items


def owner_items(ctx: Context, owner: str) -> list[DueItem]:
    """One owner's open risk actions and open recommendations from lessons, soonest due first (no date first), as
    the dashboard shows them when the owner is opened. `owner` is the name the dashboard lists (NO_OWNER for actions
    that name nobody); a few dozen rows, found through the owner indexes."""
    person = aliased(Person)
    named = select(Person.id).where(Person.name == owner)  # by id, so that SQLite goes through the owner indexes
    whose_action: ColumnElement[bool] = RiskAction.owner_id.in_(named)
    whose_recommendation: ColumnElement[bool] = Recommendation.owner_id.in_(named)
    if owner == NO_OWNER:
        whose_action |= RiskAction.owner_id.is_(None)
        whose_recommendation |= Recommendation.owner_id.is_(None)
    with ctx.reading() as session:
        conn = session.connection()
        items = [DueItem(risk_id, ref, text, who or NO_OWNER, due)
                 for risk_id, ref, text, who, due in conn.execute(
                     select(RiskAction.risk_id, Risk.ref, RiskAction.description, person.name, RiskAction.due_on)
                     .join(Risk, Risk.id == RiskAction.risk_id)
                     .outerjoin(person, person.id == RiskAction.owner_id)
                     .where(*_OPEN_ACTION, whose_action))]
        items.extend(DueItem(risk_id, "lesson", text, who or NO_OWNER, due, recommendation_id)
                     for recommendation_id, risk_id, text, who, due in conn.execute(
                         select(Recommendation.id, Recommendation.risk_id, Recommendation.text, person.name,
                                Recommendation.due_on)
                         .join(Lesson, Lesson.id == Recommendation.lesson_id)
                         .outerjoin(person, person.id == Recommendation.owner_id)
                         .where(*_OPEN_RECOMMENDATION, whose_recommendation)))
    items.sort(key=_soonest_first)
    return items


def dashboard(ctx: Context) -> Dashboard:
    today = ctx.today()
    with ctx.reading() as session, making_many_objects():  # at county scale, tens of thousands of overdue actions
        matrix = load_matrix(session)
        counts, overdue_reviews, due_soon = _open_risks(session, matrix, today)
        overdue_actions = _overdue_actions(session, today)
        by_owner = _open_by_owner(session)
        key = lambda i: (i.due or date.max, i.ref)  # noqa: E731
        overdue_reviews.sort(key=key)  # sorted with the collector still off: tens of thousands of key tuples
        due_soon.sort(key=key)
    return Dashboard(
        bands=[b.name for b in matrix.bands], band_colours={b.name: b.colour for b in matrix.bands},
        counts=dict(sorted(counts.items())), overdue_reviews=overdue_reviews, reviews_due_soon=due_soon,
        overdue_actions=overdue_actions, open_actions_by_owner=by_owner, recommendations=recommendation_summary(ctx),
    )


__all__ = ["DUE_SOON_DAYS", "NO_OWNER", "Dashboard", "DueItem", "dashboard", "owner_items"]
