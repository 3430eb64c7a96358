"""What the Directorate Management Team looks at first: bands per register, what is overdue, what is due soon, and
the recommendations from lessons still open or overdue."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.lesson_rules import OPEN_STATUSES
from bcm.lesson_views import RecommendationSummary
from bcm.rules import DUE_SOON_DAYS
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


LISTED = 100  # each list's first items (the longest overdue, the soonest due): the rest are counted


@dataclass(frozen=True)
class Dashboard:
    bands: list[str]
    band_colours: dict[str, str]
    counts: dict[str, Counter[str]]  # register -> band -> open risks
    # The first LISTED of each, longest overdue or soonest due first; the totals count them all. A county's registers
    # have tens of thousands overdue: the lists name where to start, and the register shows the rest.
    overdue_reviews: list[DueItem]
    reviews_due_soon: list[DueItem]
    overdue_actions: list[DueItem]
    overdue_review_total: int
    due_soon_total: int
    overdue_action_total: int
    # owner -> how many open actions and open recommendations they hold (their items: owner_items)
    open_actions_by_owner: dict[str, int] = field(default_factory=dict)
    recommendations: RecommendationSummary = field(default_factory=lambda: RecommendationSummary(0, 0))


def _band_counts(session: Session, matrix: Matrix) -> dict[str, Counter[str]]:
    """Open risks by band per register, counted by the database (one row per register and score, not per risk)."""
    score = Risk.current_likelihood * Risk.current_impact
    bands: dict[int, Band] = {}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for register, value, n in session.connection().execute(  # plain rows: the ORM's handling adds nothing here
        select(RiskRegister.name, score, func.count())
        .join(RiskRegister, RiskRegister.id == Risk.register_id)
        .where(RISK_IS_OPEN)
        .group_by(RiskRegister.name, score)
    ):
        band = bands.get(value) or bands.setdefault(value, matrix.band_of_score(value))
        counts[register][band.name] += n
    return counts


def _reviews(session: Session, today: date, listed: int) -> tuple[list[DueItem], list[DueItem], int, int]:
    """The open risks whose review is overdue and those due in the next DUE_SOON_DAYS (as review_state says): the
    first `listed` of each, by date, then reference, and how many of each there are."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    conn = session.connection()
    overdue_total, due_soon_total = conn.execute(
        select(func.count(case((Risk.next_review < today, 1))), func.count(case((Risk.next_review >= today, 1))))
        .where(RISK_IS_OPEN, Risk.next_review <= soon)).one()
    owner = aliased(Person)
    lists = []
    for due in ((Risk.next_review < today,), (Risk.next_review >= today, Risk.next_review <= soon)):
        lists.append([DueItem(risk_id, ref, title, who or "", next_review)
                      for risk_id, ref, title, who, next_review in conn.execute(
                          select(Risk.id, Risk.ref, Risk.title, owner.name, Risk.next_review)
                          .outerjoin(owner, owner.id == Risk.owner_id)
                          .where(RISK_IS_OPEN, *due)
                          .order_by(Risk.next_review, Risk.ref).limit(listed))])
    return lists[0], lists[1], overdue_total, due_soon_total


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


def _overdue_actions(session: Session, today: date, listed: int) -> tuple[list[DueItem], int]:
    """The first `listed` open actions past their due date, longest overdue first (then by risk), each joined to its
    risk for the reference, and how many there are. They are counted with the date compared through coalesce (which
    also leaves out actions with no date), not as the bare column: through the due-date index SQLite would fetch each
    action out of the table's order, slower than reading the table through when a fifth of a county's actions are
    overdue. The first few are read through that index, as it orders them."""
    conn = session.connection()
    total = conn.execute(select(func.count()).select_from(RiskAction)
                         .where(*_OPEN_ACTION_UNJOINED, func.coalesce(RiskAction.due_on, today) < today)).scalar_one()
    owner = aliased(Person)
    items = [DueItem(risk_id, ref, text, who or NO_OWNER, due)
             for risk_id, ref, text, who, due in conn.execute(
                 select(RiskAction.risk_id, Risk.ref, RiskAction.description, owner.name, RiskAction.due_on)
                 .join(Risk, Risk.id == RiskAction.risk_id)
                 .outerjoin(owner, owner.id == RiskAction.owner_id)
                 .where(*_OPEN_ACTION, RiskAction.due_on < today)
                 .order_by(RiskAction.due_on, Risk.ref, RiskAction.id).limit(listed))]  # id: one order, any server
    return items, total


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


def dashboard(ctx: Context, listed: int = LISTED) -> Dashboard:
    today = ctx.today()
    with ctx.reading() as session:
        matrix = load_matrix(session)
        counts = _band_counts(session, matrix)
        overdue_reviews, due_soon, overdue_total, due_soon_total = _reviews(session, today, listed)
        overdue_actions, overdue_action_total = _overdue_actions(session, today, listed)
        by_owner = _open_by_owner(session)
    return Dashboard(
        bands=[b.name for b in matrix.bands], band_colours={b.name: b.colour for b in matrix.bands},
        counts=dict(sorted(counts.items())), overdue_reviews=overdue_reviews, reviews_due_soon=due_soon,
        overdue_actions=overdue_actions, overdue_review_total=overdue_total, due_soon_total=due_soon_total,
        overdue_action_total=overdue_action_total, open_actions_by_owner=by_owner,
        recommendations=recommendation_summary(ctx),
    )


__all__ = ["DUE_SOON_DAYS", "LISTED", "NO_OWNER", "Dashboard", "DueItem", "dashboard", "owner_items"]
