"""Risk use cases: create, rescore with history and audit, stale saves, close, reopen, escalate, heat map."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from bcm.context import Context
from bcm.errors import ConflictError, NotFoundError, ValidationError
from bcm.services import risks
from bcm.services.risks import RiskInput
from db.models import AuditEntry, Person, RiskRegister, ScoreChange


@pytest.fixture
def register(ctx: Context) -> str:
    risks.create_register(ctx, "Adult Social Care and Health", "directorate", owner="Dana Whitfield")
    return "Adult Social Care and Health"


def new_risk(ctx: Context, register: str, ref: str = "AH0005", **extra: object) -> uuid.UUID:
    data = RiskInput(register=register, ref=ref, title="Major funding pressures", likelihood="Very Likely",
                     impact="Serious (4)", owner="Dana Whitfield", target_likelihood=3, target_impact=4,
                     next_review=date(2026, 12, 31), controls=["Monthly forecasting"])
    for key, value in extra.items():
        setattr(data, key, value)
    return risks.create_risk(ctx, data)


def audit_rows(ctx: Context, record_id: uuid.UUID) -> list[AuditEntry]:
    with ctx.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.record_id == record_id)))


def test_create_parses_labels_and_audits(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    detail = risks.get_risk(ctx, risk_id)
    assert (detail.row.likelihood, detail.row.impact, detail.row.score, detail.row.band) == (5, 4, 20, "High")
    assert detail.row.target_score == 12
    assert detail.row.owner == "Dana Whitfield"
    assert [c.description for c in detail.controls] == ["Monthly forecasting"]
    assert [(a.action, a.user_name) for a in audit_rows(ctx, risk_id)] == [("create", "tester")]


def test_create_reports_every_problem_and_writes_nothing(ctx: Context, register: str) -> None:
    with pytest.raises(ValidationError) as caught:
        risks.create_risk(ctx, RiskInput(register=register, ref="AH0099", title="  ", likelihood="7",
                                         impact="Catastrophic", target_likelihood=2))
    message = str(caught.value)
    for part in ("title", "current likelihood 7: is off the scale", "current impact 'Catastrophic': unknown label",
                 "target impact: is missing"):
        assert part in message
    assert risks.list_risks(ctx) == []


def test_duplicate_ref_and_unknown_register_are_refused(ctx: Context, register: str) -> None:
    new_risk(ctx, register)
    with pytest.raises(ValidationError, match="already has this reference"):
        new_risk(ctx, register)
    with pytest.raises(NotFoundError, match="no risk register called 'Nowhere'"):
        new_risk(ctx, "Nowhere", ref="X1")


def test_rescore_writes_history_previous_score_and_audit(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    version = risks.get_risk(ctx, risk_id).row.version
    risks.rescore(ctx, risk_id, version, 4, 4, "Reviewed at DMT 07/07, agreed decrease to likelihood")
    detail = risks.get_risk(ctx, risk_id)
    assert (detail.row.score, detail.row.previous_score, detail.row.trend) == (16, 20, "down")
    assert [(h.from_score, h.to_score, h.reason, h.by) for h in detail.history] == [
        ((5, 4), (4, 4), "Reviewed at DMT 07/07, agreed decrease to likelihood", "tester")]
    changes = {(a.field, a.old_value, a.new_value) for a in audit_rows(ctx, risk_id) if a.action == "update"}
    assert ("current_likelihood", "5", "4") in changes
    assert ("previous_likelihood", None, "5") in changes


def test_rescore_needs_a_reason_and_a_change(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    with pytest.raises(ValidationError, match="say why"):
        risks.rescore(ctx, risk_id, None, 4, 4, "  ")
    with pytest.raises(ValidationError, match="unchanged"):
        risks.rescore(ctx, risk_id, None, 5, 4, "no change")
    with ctx.reading() as session:
        assert session.scalars(select(ScoreChange)).all() == []


def test_a_stale_save_is_refused_with_who_changed_it(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    read_version = risks.get_risk(ctx, risk_id).row.version
    other = Context(ctx.sessions, user="colleague", clock=ctx.clock)
    risks.update_risk(other, risk_id, read_version, title="Funding pressures (revised)")
    with pytest.raises(ConflictError, match="changed elsewhere by colleague"):
        risks.update_risk(ctx, risk_id, read_version, title="My older edit")
    with pytest.raises(ConflictError):
        risks.rescore(ctx, risk_id, read_version, 3, 3, "stale")
    assert risks.get_risk(ctx, risk_id).row.title == "Funding pressures (revised)"


def test_update_audits_each_field(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    version = risks.get_risk(ctx, risk_id).row.version
    new_version = risks.update_risk(ctx, risk_id, version, cause="Demography", owner="Sam Okafor")
    assert new_version == version + 1
    fields = {a.field for a in audit_rows(ctx, risk_id) if a.action == "update"}
    assert fields == {"cause", "owner_id"}
    with ctx.reading() as session:
        assert session.scalar(select(Person.id).where(Person.name == "Sam Okafor")) is not None


def test_review_comments_are_added_and_mark_the_review(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    risks.add_review_comment(ctx, risk_id, "Reviewed at DMT, no change", author="Dana Whitfield",
                             on=date(2026, 11, 2))
    risks.add_review_comment(ctx, risk_id, "Reviewed again")
    detail = risks.get_risk(ctx, risk_id)
    assert [c.text for c in detail.comments] == ["Reviewed at DMT, no change", "Reviewed again"]
    assert detail.row.last_review == date(2026, 11, 23)


def test_close_reopen_and_overdue_review(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register, next_review=date(2026, 10, 1))
    assert risks.list_risks(ctx)[0].review_state == "overdue"
    risks.close_risk(ctx, risk_id, None, "Funding settled")
    closed = risks.list_risks(ctx)[0]
    assert closed.status == "closed" and closed.review_state == "none"
    assert risks.list_risks(ctx, include_closed=False) == []
    with pytest.raises(ValidationError, match="already closed"):
        risks.close_risk(ctx, risk_id, None, "again")
    risks.reopen_risk(ctx, risk_id, None)
    assert risks.list_risks(ctx)[0].status == "open"


def test_escalate_links_to_a_copy_on_the_other_register(ctx: Context, register: str) -> None:
    risks.create_register(ctx, "Corporate Risk Register", "corporate")
    risk_id = new_risk(ctx, register)
    target_id = risks.escalate(ctx, risk_id, None, "Corporate Risk Register", new_ref="CRR0009")
    assert risks.get_risk(ctx, risk_id).escalated_to == "CRR0009"
    assert risks.get_risk(ctx, target_id).row.register == "Corporate Risk Register"
    with pytest.raises(ValidationError, match="different register"):
        risks.escalate(ctx, risk_id, None, register)


def test_actions_overdue_are_counted(ctx: Context, register: str) -> None:
    risk_id = new_risk(ctx, register)
    risks.add_action(ctx, risk_id, "Refresh the forecast", "Dana Whitfield", date(2026, 11, 1))
    risks.add_action(ctx, risk_id, "Brief Cabinet Member", "Dana Whitfield", date(2027, 1, 15))
    row = risks.list_risks(ctx)[0]
    assert (row.open_actions, row.overdue_actions) == (2, 1)
    assert [a.overdue for a in risks.get_risk(ctx, risk_id).actions] == [True, False]


def test_heatmap_has_every_cell_and_counts_open_risks(ctx: Context, register: str) -> None:
    new_risk(ctx, register, ref="A1")
    new_risk(ctx, register, ref="A2")
    closed = new_risk(ctx, register, ref="A3")
    risks.close_risk(ctx, closed, None, "gone")
    result = risks.heatmap(ctx, register)
    assert len(result.cells) == 25
    assert result.count(5, 4) == 2
    assert sum(c.count for c in result.cells) == 2
    target = risks.heatmap(ctx, register, "target")
    assert target.count(3, 4) == 2
    with pytest.raises(ValidationError):
        risks.heatmap(ctx, register, "wishful")  # type: ignore[arg-type]


@pytest.mark.sqlite_only  # PostgreSQL's lower() folds as the database's LC_CTYPE says (the tests' server: C, ASCII)
def test_names_with_accented_capitals_are_found_in_any_case(ctx: Context) -> None:
    """SQLite's own lower() folds ASCII only: "Élodie" typed "ÉLODIE" made a second person, and a register named
    "Équipe" was not found by its own name."""
    risks.create_register(ctx, "Équipe Ωmega", owner="Élodie Ørsted")
    new_risk(ctx, "ÉQUIPE ΩMEGA", ref="EQ1", owner="ÉLODIE ØRSTED")
    new_risk(ctx, "équipe ωmega", ref="ÉQ2", owner="élodie ørsted")
    assert risks.register_names(ctx) == ["Équipe Ωmega"]
    with ctx.reading() as session:
        assert session.scalars(select(Person.name)).all() == ["Élodie Ørsted"]
    assert {r.owner for r in risks.list_risks(ctx)} == {"Élodie Ørsted"}
    assert risks.get_risk(ctx, risks.risk_id_by_ref(ctx, "éq2")).row.ref == "ÉQ2"
    for name in ("Équipe Ωmega", " équipe ωMEGA "):  # by its exact name, and in any case
        assert sum(c.count for c in risks.heatmap(ctx, name).cells) == 2
    with pytest.raises(ValidationError, match="another risk already has this reference"):
        new_risk(ctx, "Équipe Ωmega", ref="éq2")


def test_registers_named_alike_but_for_case_are_both_kept_and_found(ctx: Context, register: str) -> None:
    """Sync can bring two registers named alike but for case (one from each laptop): each is found by its own name,
    and a name in another case finds one of them rather than failing."""
    with ctx.unit_of_work() as session:
        session.add(RiskRegister(name=register.upper(), level="directorate", description=""))
    new_risk(ctx, register.upper(), ref="UP1")
    assert [c.count for c in risks.heatmap(ctx, register.upper()).cells if c.count] == [1]
    assert not any(c.count for c in risks.heatmap(ctx, register).cells)
    assert risks.heatmap(ctx, register.lower()).register == register.lower()  # one of the two, no error
    assert [r.ref for r in risks.list_risks(ctx, register.upper())] == ["UP1"]
