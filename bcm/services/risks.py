"""Risk and register use cases: list, read, create, update, rescore, comment, close, reopen, escalate, heat map."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.many_objects import making_many_objects
from bcm.risk_rows import row_maker
from bcm.risk_views import (
    ActionView,
    CommentView,
    ControlView,
    HeatCell,
    Heatmap,
    RegisterRow,
    RiskDetail,
    RiskRow,
    ScoreChangeView,
)
from bcm.rules import action_overdue
from bcm.scoring import Matrix
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.matrix import load_matrix, matrix_on
from bcm.services.people import names_by_id, person_id
from db.models import RISK_IS_OPEN, Control, Person, ReviewComment, Risk, RiskAction, RiskRegister, ScoreChange
from db.models.risks import REGISTER_LEVELS, RISK_KINDS, TREATMENTS

ScoreKind = Literal["inherent", "current", "target"]
SCORE_KINDS: tuple[ScoreKind, ...] = ("inherent", "current", "target")
ScoreInput = int | str | None


# --- registers -------------------------------------------------------------------------------------------------


def list_registers(ctx: Context) -> list[RegisterRow]:
    owner = aliased(Person)
    open_count = (  # count(*), not count(id): answered from ix_risks_status_scores alone
        select(func.count())
        .where(Risk.register_id == RiskRegister.id, RISK_IS_OPEN)
        .scalar_subquery()
    )
    query = (
        select(RiskRegister.id, RiskRegister.name, RiskRegister.level, owner.name, open_count)
        .outerjoin(owner, owner.id == RiskRegister.owner_id)
        .where(RiskRegister.deleted_at.is_(None))
        .order_by(RiskRegister.name)
    )
    with ctx.reading() as session:
        return [RegisterRow(r[0], r[1], r[2], r[3] or "", r[4]) for r in session.execute(query)]


def register_names(ctx: Context) -> list[str]:
    """The registers' names, in list_registers' order, without counting their risks."""
    with ctx.reading() as session:
        return list(session.scalars(
            select(RiskRegister.name).where(RiskRegister.deleted_at.is_(None)).order_by(RiskRegister.name)))


def create_register(ctx: Context, name: str, level: str = "directorate", owner: str | None = None,
                    description: str = "") -> RegisterRow:
    name = " ".join(name.split())
    if not name:
        raise ValidationError.of("name", name, "a register needs a name")
    if level not in REGISTER_LEVELS:
        raise ValidationError.of("level", level, f"must be one of {', '.join(REGISTER_LEVELS)}")
    with ctx.unit_of_work() as session:
        if _register_id(session, name) is not None:
            raise ValidationError.of("name", name, "a register with this name already exists")
        register = RiskRegister(name=name, level=level, owner_id=person_id(session, ctx, owner),
                                description=description)
        created(session, ctx, register, name)
        return RegisterRow(register.id, name, level, owner or "", 0)


def _exact_or_any_case(id_column: Any, text_column: Any, exact: Any, lowered: Any, *where: ColumnElement[bool]
                       ) -> Any:
    """The id of the row whose text is `exact`, through the column's unique index; else of the first, by text, whose
    text is `lowered` in any case (two alike but for case may come from two laptops through sync). Only then is
    lower() run on every row's text, which on SQLite is Python's (db.engine): a county's 100,000 refs in 80 ms."""
    return func.coalesce(
        select(id_column).where(text_column == exact, *where).scalar_subquery(),
        select(id_column).where(func.lower(text_column) == lowered, *where)
        .order_by(text_column).limit(1).scalar_subquery())


def _named_register(exact: Any, lowered: Any) -> Any:
    """The id of the live register of this name, in any case (_exact_or_any_case)."""
    return _exact_or_any_case(RiskRegister.id, RiskRegister.name, exact, lowered, RiskRegister.deleted_at.is_(None))


def _register_id(session: Session, name: str) -> uuid.UUID | None:
    found: uuid.UUID | None = session.scalar(select(_named_register(name.strip(), name.strip().lower())))
    return found


def register_id(session: Session, name: str) -> uuid.UUID:
    found = _register_id(session, name)
    if found is None:
        known = session.scalars(select(RiskRegister.name).order_by(RiskRegister.name)).all()
        raise NotFoundError(f"no risk register called {name!r}; known: {', '.join(known) or 'none yet'}")
    return found


# --- reading ---------------------------------------------------------------------------------------------------


def rows_query(today: date, risk_ids: Collection[uuid.UUID] | None = None) -> Any:
    """The columns of a RiskRow (see row_maker); only the risks risk_ids names, if given (their actions are then
    counted alone, not every risk's)."""
    owner = aliased(Person)
    live = RiskAction.status.in_(("open", "in_progress")) & RiskAction.deleted_at.is_(None)
    if risk_ids is not None:
        live = live & RiskAction.risk_id.in_(risk_ids)
    actions = (
        select(
            RiskAction.risk_id,
            func.count().label("open"),
            func.sum(case((RiskAction.due_on < today, 1), else_=0)).label("overdue"),
        )
        .where(live)
        .group_by(RiskAction.risk_id)
        .subquery()
    )
    return (
        select(
            Risk.id, Risk.version, Risk.ref, RiskRegister.name, Risk.title, Risk.cause, Risk.consequence,
            Risk.category, owner.name, Risk.status, Risk.current_likelihood, Risk.current_impact,
            Risk.previous_likelihood, Risk.previous_impact, Risk.inherent_likelihood, Risk.inherent_impact,
            Risk.target_likelihood, Risk.target_impact, Risk.last_review, Risk.next_review,
            actions.c.open, actions.c.overdue,
        )
        .join(RiskRegister, RiskRegister.id == Risk.register_id)
        .outerjoin(owner, owner.id == Risk.owner_id)
        .outerjoin(actions, actions.c.risk_id == Risk.id)
        .where(Risk.deleted_at.is_(None), *([Risk.id.in_(risk_ids)] if risk_ids is not None else []))
    )


def risk_row(r: Sequence[Any], matrix: Matrix, today: date) -> RiskRow:
    return row_maker(matrix, today)(r)


def list_risks(ctx: Context, register: str | None = None, *, include_closed: bool = True) -> list[RiskRow]:
    today = ctx.today()
    query = rows_query(today)
    with ctx.reading() as session, making_many_objects():  # a county's registers: 100,000 rows
        matrix = load_matrix(session)
        if register is not None:
            query = query.where(Risk.register_id == register_id(session, register))
        if not include_closed:
            query = query.where(RISK_IS_OPEN)
        make = row_maker(matrix, today)
        # Plain columns through the session's connection: the ORM's per-row handling adds nothing here.
        rows = [make(r) for r in session.connection().execute(query)]
    # Sorted here, not by the database: SQLite would sort the whole wide rows (a third of a second at county scale).
    rows.sort(key=lambda row: (row.register, row.ref))
    return rows


def risk_rows(ctx: Context, risk_ids: Collection[uuid.UUID]) -> list[RiskRow]:
    """These risks as the register shows them (one deleted meanwhile is left out): a risk just saved is shown at
    once, without the whole register read again (two seconds at county scale)."""
    today = ctx.today()
    with ctx.reading() as session:
        make = row_maker(load_matrix(session), today)
        return [make(r) for r in session.connection().execute(rows_query(today, risk_ids))]


def top_open_risks(ctx: Context, limit: int) -> list[RiskRow]:
    """The `limit` open risks with the highest current score, as list_risks gives them (by register, then
    reference), chosen so that they are the first rows of the register sorted by current score, highest first, with
    list_risks' order kept among equal scores (a stable sort): what a register window paints first, without reading
    the whole register. Equal scores are ordered here, in Python, as the table orders them, not by the database's
    collation."""
    today = ctx.today()
    score = Risk.current_likelihood * Risk.current_impact
    live = (RISK_IS_OPEN,)
    with ctx.reading() as session:
        conn = session.connection()
        matrix = load_matrix(session)
        cut = conn.execute(select(score).where(*live).order_by(score.desc()).offset(max(limit - 1, 0)).limit(1)
                           ).scalar()
        candidates = sorted(conn.execute(
            select(Risk.id, RiskRegister.name, Risk.ref, score)
            .join(RiskRegister, RiskRegister.id == Risk.register_id)
            .where(*live, *([score >= cut] if cut is not None else []))
        ), key=lambda r: (-r[3], r[1], r[2]))
        ids = [r[0] for r in candidates[:limit]]
        make = row_maker(matrix, today)
        rows = [make(r) for r in conn.execute(rows_query(today, ids))] if ids else []
    rows.sort(key=lambda row: (row.register, row.ref))
    return rows


def _risk(session: Session, risk_id: uuid.UUID) -> Risk:
    risk = session.get(Risk, risk_id)
    if risk is None or risk.deleted_at is not None:
        raise NotFoundError("that risk no longer exists (it may have been deleted elsewhere)")
    return risk


def risk_id_of_ref(session: Session, ref: str, *where: ColumnElement[bool]) -> uuid.UUID | None:
    """The id of the risk with this reference, in any case (_exact_or_any_case)."""
    ref = ref.strip()
    found: uuid.UUID | None = session.scalar(select(_exact_or_any_case(Risk.id, Risk.ref, ref, ref.lower(), *where)))
    return found


def risk_id_by_ref(ctx: Context, ref: str) -> uuid.UUID:
    with ctx.reading() as session:
        found = risk_id_of_ref(session, ref)
        if found is None:
            raise NotFoundError(f"no risk with reference {ref!r}")
        return found


def get_risk(ctx: Context, risk_id: uuid.UUID) -> RiskDetail:
    today = ctx.today()
    with ctx.reading() as session:
        risk = _risk(session, risk_id)
        matrix = load_matrix(session)
        row = risk_row(session.execute(rows_query(today, [risk_id]).where(Risk.id == risk_id)).one(), matrix, today)
        controls = session.scalars(
            select(Control).where(Control.risk_id == risk_id, Control.deleted_at.is_(None)).order_by(Control.position)
        ).all()
        actions = session.scalars(
            select(RiskAction).where(RiskAction.risk_id == risk_id, RiskAction.deleted_at.is_(None))
            .order_by(RiskAction.due_on)
        ).all()
        comments = session.scalars(
            select(ReviewComment).where(ReviewComment.risk_id == risk_id)
            .order_by(ReviewComment.commented_on, ReviewComment.created_at)
        ).all()
        history = session.scalars(
            select(ScoreChange).where(ScoreChange.risk_id == risk_id).order_by(ScoreChange.changed_at)
        ).all()
        escalated = session.get(Risk, risk.escalated_to_id) if risk.escalated_to_id else None
        names = names_by_id(session, [*(c.owner_id for c in controls), *(a.owner_id for a in actions),
                                      *(c.author_id for c in comments)])

        def name(pid: uuid.UUID | None) -> str:
            return names.get(pid, "") if pid else ""

        return RiskDetail(
            row=row, description=risk.description, kind=risk.kind, treatment=risk.treatment,
            financial_exposure_m=float(risk.financial_exposure_m) if risk.financial_exposure_m is not None else None,
            escalated_to=escalated.ref if escalated else None, closed_on=risk.closed_on,
            controls=[ControlView(c.id, c.description, name(c.owner_id)) for c in controls],
            actions=[
                ActionView(a.id, a.description, name(a.owner_id), a.due_on, a.status, a.done_on,
                           action_overdue(a.due_on, a.status, today))
                for a in actions
            ],
            comments=[CommentView(c.commented_on, name(c.author_id), c.text) for c in comments],
            history=[
                ScoreChangeView(
                    h.changed_at, h.changed_by, h.score_kind,
                    (h.from_likelihood, h.from_impact) if h.from_likelihood is not None
                    and h.from_impact is not None else None,
                    (h.to_likelihood, h.to_impact), h.reason,
                )
                for h in history
            ],
        )


@functools.cache
def _heat_query(score: ScoreKind, include_closed: bool, of_register: bool) -> Select[Any]:
    """The heat map's GROUP BY, built once per kind (a heat map is a few milliseconds: building the statement again
    each time was a tenth of that); the register's name is bound as "register", and lower case as
    "register_lower"."""
    lk = getattr(Risk, f"{score}_likelihood")
    im = getattr(Risk, f"{score}_impact")
    query = select(lk, im, func.count()).where(lk.is_not(None)).group_by(lk, im)
    query = query.where(Risk.deleted_at.is_(None) if include_closed else RISK_IS_OPEN)
    if of_register:
        query = query.where(Risk.register_id == _named_register(bindparam("register"), bindparam("register_lower")))
    return query


def heatmap(ctx: Context, register: str | None = None, score: ScoreKind = "current",
            *, include_closed: bool = False) -> Heatmap:
    """Counts per cell of the matrix, every cell present (zeros included)."""
    if score not in SCORE_KINDS:
        raise ValidationError.of("score", score, f"must be one of {', '.join(SCORE_KINDS)}")
    query = _heat_query(score, include_closed, register is not None)
    values = {"register": register.strip(), "register_lower": register.strip().lower()} if register is not None \
        else {}
    with ctx.reading_columns() as conn:
        # The register is looked up in the same query; a name that finds nothing is checked after.
        counts = {(lk, im): n for lk, im, n in conn.execute(query, values).all()}
        matrix = matrix_on(conn)  # after the counts, so of the same snapshot
    if register is not None and not counts:
        with ctx.reading() as session:
            register_id(session, register)  # raises NotFoundError for an unknown register
    cells = [HeatCell(lk, im, counts.get((lk, im), 0), band.name, band.colour) for lk, im, band in matrix.cells]
    return Heatmap(register, score, cells)


# --- writing ---------------------------------------------------------------------------------------------------


@dataclass
class RiskInput:
    """A new risk as typed or imported; scores may be numbers or scale labels."""

    register: str
    ref: str
    title: str
    likelihood: ScoreInput
    impact: ScoreInput
    owner: str | None = None
    description: str = ""
    cause: str = ""
    consequence: str = ""
    category: str = ""
    kind: str = "risk"
    status: str = "open"
    inherent_likelihood: ScoreInput = None
    inherent_impact: ScoreInput = None
    target_likelihood: ScoreInput = None
    target_impact: ScoreInput = None
    previous_likelihood: ScoreInput = None
    previous_impact: ScoreInput = None
    financial_exposure_m: float | None = None
    treatment: str = "reduce"
    last_review: date | None = None
    next_review: date | None = None
    controls: list[str] = field(default_factory=list)


def _pair(matrix: Matrix, prefix: str, likelihood: ScoreInput, impact: ScoreInput,
          problems: list[Problem], required: bool = False) -> tuple[int | None, int | None]:
    if likelihood in (None, "") and impact in (None, ""):
        if required:
            problems.append(Problem(f"{prefix} score", None, "likelihood and impact are required"))
        return None, None
    values: list[int | None] = []
    for axis, given in (("likelihood", likelihood), ("impact", impact)):
        name = f"{prefix} {axis}".strip()
        if given in (None, ""):
            problems.append(Problem(name, None, f"is missing (give {prefix} likelihood and impact together)"))
            values.append(None)
            continue
        try:
            assert given is not None
            values.append(matrix.parse(axis, given))  # type: ignore[arg-type]
        except ValidationError as exc:
            problems.extend(Problem(name, p.value, p.message) for p in exc.problems)
            values.append(None)
    return values[0], values[1]


def validate_risk_input(matrix: Matrix, data: RiskInput) -> dict[str, Any]:
    """Check every field and return the clean column values; raises with every problem found, not just the first."""
    problems: list[Problem] = []
    ref = data.ref.strip()
    title = " ".join(data.title.split())
    if not ref:
        problems.append(Problem("ref", data.ref, "a risk needs a reference"))
    if not title:
        problems.append(Problem("title", data.title, "a risk needs a title"))
    if data.kind not in RISK_KINDS:
        problems.append(Problem("kind", data.kind, "must be risk or opportunity"))
    if data.status not in ("open", "closed"):
        problems.append(Problem("status", data.status, "must be open or closed"))
    if data.treatment not in TREATMENTS:
        problems.append(Problem("treatment", data.treatment, f"must be one of {', '.join(TREATMENTS)}"))
    if data.financial_exposure_m is not None and data.financial_exposure_m < 0:
        problems.append(Problem("financial exposure (£m)", data.financial_exposure_m, "cannot be negative"))
    cl, ci = _pair(matrix, "current", data.likelihood, data.impact, problems, required=True)
    il, ii = _pair(matrix, "inherent", data.inherent_likelihood, data.inherent_impact, problems)
    tl, ti = _pair(matrix, "target", data.target_likelihood, data.target_impact, problems)
    pl, pi = _pair(matrix, "previous", data.previous_likelihood, data.previous_impact, problems)
    if data.last_review and data.next_review and data.next_review < data.last_review:
        problems.append(Problem("next review", data.next_review.isoformat(), "is before the last review"))
    if problems:
        raise ValidationError(problems)
    return dict(
        ref=ref, title=title, description=data.description.strip(), cause=data.cause.strip(),
        consequence=data.consequence.strip(), category=data.category.strip(), kind=data.kind, status=data.status,
        current_likelihood=cl, current_impact=ci, inherent_likelihood=il, inherent_impact=ii,
        target_likelihood=tl, target_impact=ti, previous_likelihood=pl, previous_impact=pi,
        financial_exposure_m=Decimal(str(data.financial_exposure_m)) if data.financial_exposure_m is not None else None,
        treatment=data.treatment, last_review=data.last_review, next_review=data.next_review,
    )


def create_risk(ctx: Context, data: RiskInput) -> uuid.UUID:
    with ctx.unit_of_work() as session:
        return add_risk(session, ctx, load_matrix(session), data)


def add_risk(session: Session, ctx: Context, matrix: Matrix, data: RiskInput) -> uuid.UUID:
    """Create a risk inside an open unit of work (used by create_risk, imports and the demo)."""
    values = validate_risk_input(matrix, data)
    if risk_id_of_ref(session, values["ref"]) is not None:
        raise ValidationError.of("ref", values["ref"], "another risk already has this reference")
    risk = Risk(register_id=register_id(session, data.register), owner_id=person_id(session, ctx, data.owner),
                **values)
    created(session, ctx, risk, risk.ref)
    for position, text in enumerate(c for c in data.controls if c.strip()):
        session.add(Control(risk_id=risk.id, position=position, description=text.strip()))
    return risk.id


EDITABLE = ("title", "description", "cause", "consequence", "category", "kind", "treatment", "last_review",
            "next_review", "financial_exposure_m")


def _check_editable(changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError.of("field", ", ".join(sorted(unknown)), "cannot be changed here")
    if "title" in changes and not " ".join(str(changes["title"]).split()):
        raise ValidationError.of("title", changes["title"], "a risk needs a title")
    if "kind" in changes and changes["kind"] not in RISK_KINDS:
        raise ValidationError.of("kind", changes["kind"], "must be risk or opportunity")
    if "treatment" in changes and changes["treatment"] not in TREATMENTS:
        raise ValidationError.of("treatment", changes["treatment"], f"must be one of {', '.join(TREATMENTS)}")
    exposure = changes.get("financial_exposure_m")
    if exposure is not None:
        if float(exposure) < 0:
            raise ValidationError.of("financial exposure (£m)", exposure, "cannot be negative")
        changes["financial_exposure_m"] = Decimal(str(exposure))


def _apply_edits(session: Session, ctx: Context, risk: Risk, owner: str | None, changes: dict[str, Any]) -> None:
    if owner is not None:
        changes["owner_id"] = person_id(session, ctx, owner)
    next_review = changes.get("next_review", risk.next_review)
    last_review = changes.get("last_review", risk.last_review)
    if next_review and last_review and next_review < last_review:
        raise ValidationError.of("next review", next_review.isoformat(), "is before the last review")
    apply_changes(session, ctx, risk, risk.ref, changes)


def update_risk(ctx: Context, risk_id: uuid.UUID, expected_version: int | None, *, owner: str | None = None,
                **changes: Any) -> int:
    """Change descriptive fields (not scores: see rescore). Returns the new version."""
    _check_editable(changes)
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        _apply_edits(session, ctx, risk, owner, changes)
        session.flush()
        return risk.version


def rescore(ctx: Context, risk_id: uuid.UUID, expected_version: int | None, likelihood: int | str,
            impact: int | str, reason: str, kind: ScoreKind = "current") -> int:
    """Change a score, saying why; writes the score history and the audit. Returns the new version."""
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        if not _rescore(session, ctx, risk, kind, likelihood, impact, reason):
            raise ValidationError.of(f"{kind} score", f"{likelihood} x {impact}", "is unchanged")
        session.flush()
        return risk.version


def _rescore(session: Session, ctx: Context, risk: Risk, kind: ScoreKind, likelihood: ScoreInput,
             impact: ScoreInput, reason: str) -> bool:
    """Apply one score change inside a unit of work; False when nothing changed."""
    if kind not in SCORE_KINDS:
        raise ValidationError.of("score", kind, f"must be one of {', '.join(SCORE_KINDS)}")
    problems: list[Problem] = []
    new_l, new_i = _pair(load_matrix(session), kind, likelihood, impact, problems, required=kind == "current")
    if problems:
        raise ValidationError(problems)
    old_l, old_i = getattr(risk, f"{kind}_likelihood"), getattr(risk, f"{kind}_impact")
    if (old_l, old_i) == (new_l, new_i):
        return False
    if not reason or not reason.strip():
        raise ValidationError.of("reason", reason, "say why the score changed (it goes in the score history)")
    changes: dict[str, Any] = {f"{kind}_likelihood": new_l, f"{kind}_impact": new_i}
    if kind == "current":
        changes |= {"previous_likelihood": old_l, "previous_impact": old_i}
    apply_changes(session, ctx, risk, risk.ref, changes)
    if new_l is not None and new_i is not None:
        session.add(ScoreChange(
            risk_id=risk.id, changed_at=ctx.now(), changed_by=ctx.user, score_kind=kind, from_likelihood=old_l,
            from_impact=old_i, to_likelihood=new_l, to_impact=new_i, reason=reason.strip(),
        ))
    return True


def save_risk(ctx: Context, risk_id: uuid.UUID, expected_version: int | None, *, owner: str | None = None,
              scores: dict[ScoreKind, tuple[ScoreInput, ScoreInput]] | None = None, reason: str = "",
              **changes: Any) -> int:
    """The editor's save: descriptive fields and any score changes together, in one unit of work."""
    _check_editable(changes)
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        _apply_edits(session, ctx, risk, owner, changes)
        for kind, (likelihood, impact) in (scores or {}).items():
            _rescore(session, ctx, risk, kind, likelihood, impact, reason)
        session.flush()
        return risk.version


def add_review_comment(ctx: Context, risk_id: uuid.UUID, text: str, *, author: str | None = None,
                       on: date | None = None, reviewed: bool = True) -> None:
    """Add a dated review comment (never overwritten); by default it also marks the risk reviewed today."""
    if not text or not text.strip():
        raise ValidationError.of("comment", text, "a review comment needs some text")
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        day = on or ctx.today()
        comment = ReviewComment(risk_id=risk.id, commented_on=day, author_id=person_id(session, ctx, author),
                                text=text.strip())
        created(session, ctx, comment, f"{risk.ref} review {day.isoformat()}")
        if reviewed and (risk.last_review is None or risk.last_review < day):
            apply_changes(session, ctx, risk, risk.ref, {"last_review": day})


def close_risk(ctx: Context, risk_id: uuid.UUID, expected_version: int | None, reason: str) -> int:
    if not reason or not reason.strip():
        raise ValidationError.of("reason", reason, "say why the risk is closed")
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        if risk.status == "closed":
            raise ValidationError.of("status", risk.status, f"{risk.ref} is already closed")
        apply_changes(session, ctx, risk, risk.ref,
                      {"status": "closed", "closed_on": ctx.today(), "closed_reason": reason.strip()})
        session.flush()
        return risk.version


def reopen_risk(ctx: Context, risk_id: uuid.UUID, expected_version: int | None) -> int:
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        if risk.status == "open":
            raise ValidationError.of("status", risk.status, f"{risk.ref} is already open")
        apply_changes(session, ctx, risk, risk.ref, {"status": "open", "closed_on": None, "closed_reason": ""})
        session.flush()
        return risk.version


def escalate(ctx: Context, risk_id: uuid.UUID, expected_version: int | None, to_register: str,
             new_ref: str | None = None, existing_ref: str | None = None) -> uuid.UUID:
    """Escalate to another register: link to a risk already there, or raise a copy of it there. Returns its id."""
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        check_version(session, risk, expected_version, risk.ref)
        target_register = register_id(session, to_register)
        if target_register == risk.register_id:
            raise ValidationError.of("register", to_register, "escalate to a different register from the risk's own")
        if existing_ref:
            target_id = risk_id_of_ref(session, existing_ref)
            target = session.get(Risk, target_id) if target_id is not None else None
            if target is None or target.register_id != target_register:
                raise ValidationError.of("risk", existing_ref, f"no such risk on the {to_register} register")
        else:
            ref = (new_ref or f"{risk.ref}-E").strip()
            if risk_id_of_ref(session, ref) is not None:
                raise ValidationError.of("ref", ref, "another risk already has this reference")
            copied = {c: getattr(risk, c) for c in (
                "title", "description", "cause", "consequence", "category", "kind", "owner_id", "inherent_likelihood",
                "inherent_impact", "current_likelihood", "current_impact", "target_likelihood", "target_impact",
                "treatment", "next_review")}
            target = Risk(register_id=target_register, ref=ref, **copied)
            created(session, ctx, target, ref)
        apply_changes(session, ctx, risk, risk.ref, {"escalated_to_id": target.id})
        return target.id


def add_action(ctx: Context, risk_id: uuid.UUID, description: str, owner: str | None, due_on: date | None) -> None:
    if not description or not description.strip():
        raise ValidationError.of("action", description, "an action needs a description")
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        action = RiskAction(risk_id=risk.id, description=description.strip(), owner_id=person_id(session, ctx, owner),
                            due_on=due_on, status="open")
        created(session, ctx, action, f"{risk.ref} action")


def set_controls(ctx: Context, risk_id: uuid.UUID, controls: list[str]) -> None:
    """Replace the list of controls in place (kept ones stay, removed ones are soft-deleted), audited."""
    wanted = [" ".join(c.split()) for c in controls if c.strip()]
    with ctx.unit_of_work() as session:
        risk = _risk(session, risk_id)
        existing = session.scalars(
            select(Control).where(Control.risk_id == risk_id, Control.deleted_at.is_(None)).order_by(Control.position)
        ).all()
        by_text = {c.description: c for c in existing}
        for position, description in enumerate(wanted):
            control = by_text.pop(description, None)
            if control is None:
                created(session, ctx, Control(risk_id=risk.id, position=position, description=description),
                        f"{risk.ref} control")
            elif control.position != position:
                control.position = position
        for gone in by_text.values():
            apply_changes(session, ctx, gone, f"{risk.ref} control", {"deleted_at": ctx.now()})


def update_action(ctx: Context, action_id: uuid.UUID, *, status: str | None = None, due_on: date | None = None,
                  owner: str | None = None) -> None:
    """Move an action on (open, in progress, done with today's date, cancelled), re-date or re-assign it."""
    from db.models.risks import ACTION_STATUSES

    with ctx.unit_of_work() as session:
        action = session.get(RiskAction, action_id)
        if action is None or action.deleted_at is not None:
            raise NotFoundError("that action no longer exists")
        changes: dict[str, Any] = {}
        if status is not None:
            if status not in ACTION_STATUSES:
                raise ValidationError.of("status", status, f"must be one of {', '.join(ACTION_STATUSES)}")
            changes["status"] = status
            changes["done_on"] = ctx.today() if status == "done" else None
        if due_on is not None:
            changes["due_on"] = due_on
        if owner is not None:
            changes["owner_id"] = person_id(session, ctx, owner)
        apply_changes(session, ctx, action, "action", changes)
