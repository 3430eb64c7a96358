"""Response cards: one per disruption type, each an ordered checklist of steps."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.errors import ValidationError
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plan_editing.common import begin_draft, find_plan, live_record, moved, renumber, soft_delete
from db.models import CardStep, Plan, ResponseCard


@dataclass
class StepInput:
    text: str
    who: str = ""
    when: str = ""


def _step_values(data: StepInput) -> dict[str, str]:
    text = " ".join(data.text.split())
    if not text:
        raise ValidationError.of("step", data.text, "a step needs some text: what is to be done")
    return dict(text=text, who=" ".join(data.who.split()), when=" ".join(data.when.split()))


def _disruption(value: str) -> str:
    key = value.strip().lower()
    if key not in LABELS:
        raise ValidationError.of("disruption", value, f"unknown type; known types: {', '.join(LABELS)}")
    return key


def _card(session: Session, ctx: Context, plan_id: uuid.UUID, disruption: str, label: str) -> ResponseCard:
    """The plan's card for a disruption, made (or brought back) if it has none."""
    card = session.scalar(select(ResponseCard).where(ResponseCard.plan_id == plan_id,
                                                     ResponseCard.disruption == disruption))
    if card is None:
        card = ResponseCard(plan_id=plan_id, disruption=disruption, title="")
        created(session, ctx, card, f"{label}: {LABELS[disruption]} card")
    elif card.deleted_at is not None:
        apply_changes(session, ctx, card, f"{label}: {LABELS[disruption]} card", {"deleted_at": None})
    return card


def _steps(session: Session, card_id: uuid.UUID) -> list[CardStep]:
    return list(session.scalars(select(CardStep).where(CardStep.card_id == card_id, CardStep.deleted_at.is_(None))
                                .order_by(CardStep.position, CardStep.created_at)))


def set_card_title(ctx: Context, plan_id: uuid.UUID, disruption: str, title: str) -> uuid.UUID:
    key = _disruption(disruption)
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        card = _card(session, ctx, plan_id, key, label)
        apply_changes(session, ctx, card, f"{label}: {LABELS[key]} card", {"title": " ".join(title.split())})
        begin_draft(session, ctx, plan, label)
        return card.id


def add_card_step(ctx: Context, plan_id: uuid.UUID, disruption: str, data: StepInput,
                  position: int | None = None) -> uuid.UUID:
    """Add a step to the plan's card for this disruption (the card is made if the plan has none yet)."""
    key = _disruption(disruption)
    values = _step_values(data)
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        card = _card(session, ctx, plan_id, key, label)
        steps = _steps(session, card.id)
        step = CardStep(card_id=card.id, position=len(steps) + 1, **values)
        created(session, ctx, step, f"{label}: {LABELS[key]} step")
        if position is not None:
            renumber(session, ctx, moved([*steps, step], step, position), f"{label}: {LABELS[key]} card")
        begin_draft(session, ctx, plan, label)
        return step.id


def _step_and_plan(session: Session, step_id: uuid.UUID) -> tuple[CardStep, ResponseCard, Plan, str, str]:
    """The step, its card, its plan, and the audit labels of the plan and of the card."""
    step = live_record(session, CardStep, step_id, "step")
    card = live_record(session, ResponseCard, step.card_id, "response card")
    plan, label = find_plan(session, card.plan_id)
    return step, card, plan, label, f"{label}: {LABELS[card.disruption]} card"


def update_card_step(ctx: Context, step_id: uuid.UUID, expected_version: int | None, data: StepInput) -> int:
    values = _step_values(data)
    with ctx.unit_of_work() as session:
        step, _card, plan, label, card_label = _step_and_plan(session, step_id)
        check_version(session, step, expected_version, f"step {step.position}")
        if apply_changes(session, ctx, step, card_label, values):
            begin_draft(session, ctx, plan, label)
        session.flush()
        return step.version


def remove_card_step(ctx: Context, step_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        step, card, plan, label, card_label = _step_and_plan(session, step_id)
        soft_delete(session, ctx, step, card_label)
        renumber(session, ctx, [s for s in _steps(session, card.id) if s is not step], card_label)
        begin_draft(session, ctx, plan, label)


def move_card_step(ctx: Context, step_id: uuid.UUID, new_position: int) -> None:
    """Move a step to a new position on its card; the card's steps are renumbered 1..n in one unit of work."""
    with ctx.unit_of_work() as session:
        step, card, plan, label, card_label = _step_and_plan(session, step_id)
        steps = _steps(session, card.id)
        ordered = moved(steps, step, new_position)
        if ordered != steps or [s.position for s in steps] != list(range(1, len(steps) + 1)):
            renumber(session, ctx, ordered, card_label)
            begin_draft(session, ctx, plan, label)


def remove_card(ctx: Context, plan_id: uuid.UUID, disruption: str) -> None:
    key = _disruption(disruption)
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        card = session.scalar(select(ResponseCard).where(
            ResponseCard.plan_id == plan_id, ResponseCard.disruption == key, ResponseCard.deleted_at.is_(None)))
        if card is None:
            return
        card_label = f"{label}: {LABELS[key]} card"
        for step in _steps(session, card.id):
            soft_delete(session, ctx, step, card_label)
        soft_delete(session, ctx, card, card_label)
        begin_draft(session, ctx, plan, label)
