"""The risk register report: every risk of a register in full, read in a fixed handful of queries (not per risk)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.risk_report_views import BandCount, RegisterSection, RiskReport
from bcm.risk_views import ActionView, CommentView, ControlView, Heatmap, RiskDetail, RiskRow, ScoreChangeView
from bcm.rules import action_overdue
from bcm.scoring import Matrix
from bcm.services.matrix import load_matrix
from bcm.services.people import names_by_id
from bcm.services.risks import heatmap, register_id, risk_row, rows_query
from db.models import RISK_IS_OPEN, Control, Person, ReviewComment, Risk, RiskAction, RiskRegister, ScoreChange


def risk_details(ctx: Context, register: str | None = None, *, include_closed: bool = True) -> list[RiskDetail]:
    """What get_risk gives for one risk, for every risk of a register (or of all registers), ordered by register
    and reference. Controls, actions, comments and history come from one query each."""
    today = ctx.today()
    chosen = select(Risk.id).where(Risk.deleted_at.is_(None))
    with ctx.reading() as session:
        matrix = load_matrix(session)
        found = register_id(session, register) if register is not None else None
        if found is not None:
            chosen = chosen.where(Risk.register_id == found)
        if not include_closed:
            chosen = chosen.where(RISK_IS_OPEN)
        rows = _rows(session, matrix, today, found, include_closed)
        names = names_by_id(session)

        def name(pid: uuid.UUID | None) -> str:
            return names.get(pid, "") if pid else ""

        escalated = aliased(Risk)
        extra = {
            r[0]: r[1:] for r in session.execute(
                select(Risk.id, Risk.description, Risk.kind, Risk.treatment, Risk.financial_exposure_m,
                       escalated.ref, Risk.closed_on)
                .outerjoin(escalated, escalated.id == Risk.escalated_to_id)
                .where(Risk.id.in_(chosen))
            )
        }
        controls: dict[uuid.UUID, list[ControlView]] = defaultdict(list)
        for c in session.scalars(
            select(Control).where(Control.risk_id.in_(chosen), Control.deleted_at.is_(None))
            .order_by(Control.position, Control.created_at)
        ):
            controls[c.risk_id].append(ControlView(c.id, c.description, name(c.owner_id)))
        actions: dict[uuid.UUID, list[ActionView]] = defaultdict(list)
        for a in session.scalars(
            select(RiskAction).where(RiskAction.risk_id.in_(chosen), RiskAction.deleted_at.is_(None))
            .order_by(RiskAction.due_on, RiskAction.created_at)
        ):
            actions[a.risk_id].append(ActionView(a.id, a.description, name(a.owner_id), a.due_on, a.status,
                                                 a.done_on, action_overdue(a.due_on, a.status, today)))
        comments: dict[uuid.UUID, list[CommentView]] = defaultdict(list)
        for m in session.scalars(
            select(ReviewComment).where(ReviewComment.risk_id.in_(chosen), ReviewComment.deleted_at.is_(None))
            .order_by(ReviewComment.commented_on, ReviewComment.created_at)
        ):
            comments[m.risk_id].append(CommentView(m.commented_on, name(m.author_id), m.text))
        history: dict[uuid.UUID, list[ScoreChangeView]] = defaultdict(list)
        for h in session.scalars(
            select(ScoreChange).where(ScoreChange.risk_id.in_(chosen)).order_by(ScoreChange.changed_at)
        ):
            before = (h.from_likelihood, h.from_impact) if h.from_likelihood is not None and \
                h.from_impact is not None else None
            history[h.risk_id].append(ScoreChangeView(h.changed_at, h.changed_by, h.score_kind, before,
                                                      (h.to_likelihood, h.to_impact), h.reason))
    details = []
    for row in rows:
        description, kind, treatment, exposure, escalated_ref, closed_on = extra[row.id]
        details.append(RiskDetail(
            row=row, description=description, kind=kind, treatment=treatment,
            financial_exposure_m=float(exposure) if exposure is not None else None, escalated_to=escalated_ref,
            closed_on=closed_on, controls=controls[row.id], actions=actions[row.id], comments=comments[row.id],
            history=history[row.id],
        ))
    return details


def _rows(session: Session, matrix: Matrix, today: date, register: uuid.UUID | None, include_closed: bool
          ) -> list[RiskRow]:
    """The register's risks (or every register's) as the register table shows them, by register and reference."""
    query = rows_query(today).order_by(RiskRegister.name, Risk.ref)
    if register is not None:
        query = query.where(Risk.register_id == register)
    if not include_closed:
        query = query.where(RISK_IS_OPEN)
    return [risk_row(r, matrix, today) for r in session.execute(query)]


def band_counts(matrix: Matrix, heat: Heatmap) -> tuple[BandCount, ...]:
    """Risks per score band, from the heat map's cells (so the summary and the map cannot disagree)."""
    return tuple(
        BandCount(b.name, b.colour, b.min_score, b.max_score, sum(c.count for c in heat.cells if c.band == b.name))
        for b in matrix.bands
    )


def risk_report(ctx: Context, register: str | None = None, *, each_risk: bool = True) -> RiskReport:
    """The printed register report: the asked-for register, or every register in name order. each_risk=False: the
    summaries only, read from the register's rows (a county's every risk in full is 0.7 GB more, read for nothing)."""
    with ctx.reading() as session:
        matrix = load_matrix(session)
        found = register_id(session, register) if register is not None else None  # unknown: refused, names listed
        owner = aliased(Person)
        registers: list[Any] = list(session.execute(
            select(RiskRegister.name, RiskRegister.level, owner.name, RiskRegister.description)
            .outerjoin(owner, owner.id == RiskRegister.owner_id)
            .where(RiskRegister.deleted_at.is_(None)).order_by(RiskRegister.name)
        ))
        rows = [] if each_risk else _rows(session, matrix, ctx.today(), found, include_closed=True)
    if register is not None:
        wanted = " ".join(register.split()).lower()
        registers = [r for r in registers if r[0].lower() == wanted]
    details = risk_details(ctx, register) if each_risk else []
    rows_of: dict[str, list[RiskRow]] = defaultdict(list)
    details_of: dict[uuid.UUID, RiskDetail] = {}
    for d in details:
        rows_of[d.row.register].append(d.row)
        details_of[d.row.id] = d
    for row in rows:
        rows_of[row.register].append(row)
    sections = []
    for name, level, owner_name, description in registers:
        heat = heatmap(ctx, name)
        risks = rows_of[name]
        open_risks = sorted((r for r in risks if r.status == "open"), key=lambda r: (-r.score, r.ref))
        sections.append(RegisterSection(
            name=name, level=level, owner=owner_name or "", description=description or "", heatmap=heat,
            summary=band_counts(matrix, heat), open=tuple(open_risks),
            details=tuple(details_of[r.id] for r in open_risks) if each_risk else (),
            closed=tuple(r for r in risks if r.status != "open"),
            reviews_overdue=sum(r.review_state == "overdue" for r in open_risks),
            actions_overdue=sum(r.overdue_actions for r in open_risks),
        ))
    overall = heatmap(ctx) if register is None else None
    return RiskReport(register=registers[0][0] if register is not None and registers else None, as_at=ctx.today(),
                      matrix=matrix, sections=tuple(sections), overall=overall,
                      overall_summary=band_counts(matrix, overall) if overall else (), each_risk=each_risk)
