"""What the Directorate Management Team looks at first: bands per register, what is overdue, what is due soon."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from bcm.context import Context
from bcm.rules import DUE_SOON_DAYS, action_overdue
from bcm.services.matrix import load_matrix
from bcm.services.risks import list_risks
from db.models import Person, Risk, RiskAction


@dataclass(frozen=True)
class DueItem:
    risk_id: uuid.UUID
    ref: str
    text: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class Dashboard:
    bands: list[str]
    band_colours: dict[str, str]
    counts: dict[str, Counter[str]]  # register -> band -> open risks
    overdue_reviews: list[DueItem]
    reviews_due_soon: list[DueItem]
    overdue_actions: list[DueItem]
    open_actions_by_owner: dict[str, list[DueItem]] = field(default_factory=dict)


def dashboard(ctx: Context) -> Dashboard:
    today = ctx.today()
    rows = list_risks(ctx, include_closed=False)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    overdue_reviews, due_soon = [], []
    for row in rows:
        counts[row.register][row.band] += 1
        item = DueItem(row.id, row.ref, row.title, row.owner, row.next_review)
        if row.review_state == "overdue":
            overdue_reviews.append(item)
        elif row.review_state == "due_soon":
            due_soon.append(item)
    query = (
        select(RiskAction.risk_id, Risk.ref, RiskAction.description, Person.name, RiskAction.due_on,
               RiskAction.status)
        .join(Risk, Risk.id == RiskAction.risk_id)
        .outerjoin(Person, Person.id == RiskAction.owner_id)
        .where(RiskAction.status.in_(("open", "in_progress")), RiskAction.deleted_at.is_(None),
               Risk.status == "open", Risk.deleted_at.is_(None))
        .order_by(RiskAction.due_on)
    )
    overdue_actions: list[DueItem] = []
    by_owner: dict[str, list[DueItem]] = defaultdict(list)
    with ctx.reading() as session:
        matrix = load_matrix(session)
        for risk_id, ref, text, owner, due, status in session.execute(query):
            item = DueItem(risk_id, ref, text, owner or "(no owner)", due)
            by_owner[item.owner].append(item)
            if action_overdue(due, status, today):
                overdue_actions.append(item)
    key = lambda i: (i.due or date.max, i.ref)  # noqa: E731
    return Dashboard(
        bands=[b.name for b in matrix.bands], band_colours={b.name: b.colour for b in matrix.bands},
        counts=dict(sorted(counts.items())), overdue_reviews=sorted(overdue_reviews, key=key),
        reviews_due_soon=sorted(due_soon, key=key), overdue_actions=overdue_actions,
        open_actions_by_owner=dict(sorted(by_owner.items())),
    )


__all__ = ["DUE_SOON_DAYS", "Dashboard", "DueItem", "dashboard"]
