"""Importing risks, actions, people and services from a spreadsheet: all of it or none of it.

Every row is checked first and every problem is reported with the row number the spreadsheet shows, the column,
the value and why. Only a clean file is written, in one unit of work, with bulk INSERTs and UPDATEs (lookups are
loaded once, never a query per row). A reference, name or action that already exists is updated: changed fields are
audited, and a changed score writes the score history as a rescore does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ConflictError, Problem, ValidationError
from bcm.many_objects import making_many_objects
from bcm.scoring import Axis, Matrix
from bcm.services.bulk import (
    AuditLog,
    NameLookup,
    insert_rows,
    name_key,
    new_record,
    people_lookup,
    register_lookup,
    update_rows,
    write_new_people,
    write_new_registers,
)
from bcm.services.matrix import load_matrix
from bcm.services.risks import RiskInput, validate_risk_input
from bcm.tabular import (
    Cell,
    CellError,
    Column,
    Columns,
    Mapping,
    Sheet,
    SheetRow,
    choice,
    lines,
    map_columns,
    one_line,
    parse_amount,
    parse_date,
    score_text,
    text,
)
from db.models import Control, Person, Risk, RiskAction, RiskRegister, ScoreChange, Service, utcnow
from db.models.people import LOCALITIES

# --- the columns each import understands (canonical name first, then the names other systems use) ----------------

RISK_COLUMNS = Columns("risks", (
    Column("ref", ("Risk Ref", "Risk ID", "ID", "Reference", "Risk Reference", "Risk No", "Risk Number"), True),
    Column("register", ("Risk Register", "Register Name"), True),
    Column("title", ("Risk Title", "Risk Title and Event", "Risk Title & Event", "Risk", "Risk Name"), True),
    Column("description", ("Risk Description", "Details")),
    Column("cause", ("Source/Cause of Risk", "Source / Cause", "Causes", "Source", "Cause of Risk", "Source of Risk")),
    Column("consequence", ("Consequences", "Effect", "Effects")),
    Column("category", ("Risk Category", "Theme", "Risk Theme", "Category/Theme")),
    Column("kind", ("Risk or Opportunity", "Risk/Opportunity", "Risk Type")),
    Column("owner", ("Risk Owner", "Owner Name", "Responsible Officer")),
    Column("status", ("Risk Status",)),
    Column("likelihood", ("Current Likelihood", "Likelihood (Current)", "Residual Likelihood"), True),
    Column("impact", ("Current Impact", "Impact (Current)", "Residual Impact"), True),
    Column("previous_likelihood", ("Previous Likelihood",)),
    Column("previous_impact", ("Previous Impact",)),
    Column("inherent_likelihood", ("Inherent Likelihood", "Original Likelihood", "Gross Likelihood")),
    Column("inherent_impact", ("Inherent Impact", "Original Impact", "Gross Impact")),
    Column("target_likelihood", ("Target Likelihood",)),
    Column("target_impact", ("Target Impact",)),
    Column("treatment", ("Treatment Option", "Risk Response", "Response")),
    Column("financial_exposure_m", ("Financial Exposure (£m)", "Financial Exposure", "Exposure (£m)", "Exposure £m")),
    Column("last_review", ("Last Review", "Last Review Date", "Last Reviewed", "Date of Last Review")),
    Column("next_review", ("Next Review", "Next Review Date", "Review Date")),
    Column("escalated_to", ("Escalated To", "Linked Corporate Risk", "Corporate Risk")),
    Column("controls", ("Current Controls", "Controls in Place", "Existing Controls", "Control")),
))

ACTION_COLUMNS = Columns("actions", (
    Column("risk_ref", ("Risk Ref", "Risk ID", "Risk", "Ref", "Risk Reference"), True),
    Column("description", ("Action", "Actions", "Action Description", "Action Title", "Planned Action"), True),
    Column("owner", ("Action Owner",)),
    Column("due_on", ("Due", "Due Date", "Target Date", "Action Due Date", "Deadline")),
    Column("status", ("Action Status",)),
    Column("done_on", ("Done", "Done Date", "Date Completed", "Completed On", "Completion Date")),
))

PEOPLE_COLUMNS = Columns("people", (
    Column("name", ("Full Name", "Contact Name", "Person"), True),
    Column("job_title", ("Job Title", "Role", "Position", "Post")),
    Column("team", ("Service", "Team/Service", "Team or Service", "Department")),
    Column("work_phone", ("Work Phone", "Phone", "Telephone", "Office Phone", "Work Number", "Work Tel", "Landline")),
    Column("mobile", ("Mobile Phone", "Mobile Number", "Mobile Tel")),
    Column("out_of_hours", ("Out of Hours", "OOH", "Out of Hours Phone", "Out of Hours Number", "OOH Number")),
    Column("email", ("E-mail", "Email Address")),
    Column("on_call_role", ("On-call Role", "On Call", "Rota Role")),
))

SERVICE_COLUMNS = Columns("services", (
    Column("name", ("Service", "Service Name"), True),
    Column("short_name", ("Short Name", "Abbreviation", "Acronym")),
    Column("division", ("Directorate",)),
    Column("locality", ("Area",)),
    Column("manager", ("Service Manager", "Manager Name")),
    Column("description", ("About",)),
))

# the business impact analysis, one row per critical activity (bcm.services.imports_plans)
PLAN_COLUMNS = Columns("plans", (
    Column("service", ("Service Name",), True),
    Column("plan_status", ("Plan Status", "Status", "BCP Status")),  # exported for reading; a sign-off sets it
    Column("plan_version", ("Plan Version", "Version", "Version Number")),  # likewise
    Column("plan_owner", ("Plan Owner", "Owner", "BCP Owner")),
    Column("next_review", ("Next Review", "Next Review Date", "Review Date", "Plan Review Date")),
    Column("activity", ("Critical Activity", "Critical Activities", "Activity Name", "Critical Function")),
    Column("priority", ("Activity Priority", "Rank")),
    Column("rto_hours", ("RTO", "RTO (hours)", "Recovery Time Objective", "Recovery Time Objective (hours)")),
    Column("mtpd_hours", ("MTPD", "MTPD (hours)", "MTPoD", "Maximum Tolerable Period of Disruption", "MAO",
                          "Maximum Acceptable Outage")),
    Column("minimum_staff", ("Minimum Staff", "Min Staff", "Minimum Staffing", "Staff Needed")),
    Column("minimum_service_level", ("Minimum Service Level", "MSL", "Minimum Level of Service")),
    Column("workarounds", ("Workaround", "Manual Workarounds", "Alternative Arrangements")),
    Column("description", ("Activity Description", "Details")),
))

# what `bcm export lessons` writes: one row per recommendation (bcm.services.imports_lessons)
LESSON_COLUMNS = Columns("lessons", (
    Column("event", ("Exercise or Incident", "Exercise/Incident", "Event Name", "Source Event"), True),
    Column("event_kind", ("Event Type", "Event Kind")),
    Column("event_date", ("Event Date", "Date of Event")),
    Column("lesson", ("Lesson Identified", "Lessons Identified", "Lesson Learnt", "Lesson Learned"), True),
    Column("recommendation", ("Recommendations", "Recommended Action")),
    Column("owner", ("Recommendation Owner", "Action Owner", "Lead")),
    Column("due", ("Due Date", "Due On", "Target Date", "Deadline")),
    Column("status", ("Recommendation Status", "Progress")),
    Column("themes", ("Theme", "Tags")),
    Column("overdue", ()),  # exported for reading; worked out from the due date and status
    Column("plan", ("BCP", "Business Continuity Plan", "Plan Changed")),
    Column("risk", ("Risk Ref", "Risk Reference", "Related Risk")),
    Column("evidence", ("Evidence of Implementation",)),
    Column("verified_by", ("Verified By", "Verifying Event", "Embedded By")),
))

COLUMNS: dict[str, Columns] = {c.kind: c for c in (RISK_COLUMNS, ACTION_COLUMNS, PEOPLE_COLUMNS, SERVICE_COLUMNS,
                                                   PLAN_COLUMNS, LESSON_COLUMNS)}

RISK_STATUSES = {"open": "open", "live": "open", "active": "open", "closed": "closed", "archived": "closed"}
RISK_KINDS = {"risk": "risk", "threat": "risk", "opportunity": "opportunity"}
TREATMENTS = {  # ISO 31000 options, and the "four Ts" UK councils use
    "avoid": "avoid", "terminate": "avoid", "reduce": "reduce", "treat": "reduce", "mitigate": "reduce",
    "share": "share", "transfer": "share", "accept": "accept", "tolerate": "accept",
}
ACTION_STATUSES = {
    "open": "open", "notstarted": "open", "inprogress": "in_progress", "started": "in_progress",
    "ongoing": "in_progress", "accepted": "in_progress", "aaccepted": "in_progress", "done": "done",
    "complete": "done", "completed": "done", "closed": "done", "cancelled": "cancelled", "canceled": "cancelled",
    "withdrawn": "cancelled",
}
LOCALITY_CHOICES = {"".join(ch for ch in x.casefold() if ch.isalnum()): x for x in LOCALITIES}

LIMITS = {"ref": 30, "register": 200, "owner": 200, "category": 100, "name": 200, "job_title": 200, "team": 200,
          "email": 200, "work_phone": 40, "mobile": 40, "out_of_hours": 40, "on_call_role": 100, "short_name": 40,
          "division": 200, "manager": 200}


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    source: str
    rows: int
    created: int
    updated: int
    unchanged: int
    targets: tuple[str, ...]  # the registers written to (risks, actions); empty for people and services
    new_people: tuple[str, ...]
    new_registers: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    dry_run: bool


class _Rows:
    """Problems gathered over the whole file, each naming its row, its column (as headed in the file) and value."""

    def __init__(self, sheet: Sheet, mapping: Mapping) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.problems: list[Problem] = []

    def problem(self, row: SheetRow, name: str, message: str, value: Cell | str = None) -> None:
        shown = text(self.mapping.get(row, name)) if value is None else value
        self.problems.append(Problem(self.mapping.label(name), shown, message, row.number))

    def cell(self, row: SheetRow, name: str) -> Cell:
        return self.mapping.get(row, name)

    def line(self, row: SheetRow, name: str) -> str:
        value = one_line(self.mapping.get(row, name))
        limit = LIMITS.get(name)
        if limit is not None and len(value) > limit:
            self.problem(row, name, f"is too long ({len(value)} characters, at most {limit})")
        return value

    def date(self, row: SheetRow, name: str) -> date | None:
        try:
            return parse_date(self.mapping.get(row, name))
        except CellError as exc:
            self.problem(row, name, str(exc))
            return None

    def pick(self, row: SheetRow, name: str, allowed: dict[str, str], default: str) -> str:
        try:
            return choice(self.mapping.get(row, name), allowed, default)
        except CellError as exc:
            self.problem(row, name, str(exc))
            return default

    def repeated(self, seen: dict[Any, int], key: Any, row: SheetRow, name: str, what: str) -> bool:
        first = seen.setdefault(key, row.number)
        if first != row.number:
            self.problem(row, name, f"{what} repeated in the file (first on row {first})")
            return True
        return False

    def check(self) -> None:
        if self.problems:
            self.problems.sort(key=lambda p: (p.row or 0))
            raise ValidationError(self.problems)


def _mapped(sheet: Sheet, columns: Columns, optional: tuple[str, ...] = ()) -> Mapping:
    mapping, problems = map_columns(sheet, columns, optional=optional)
    if problems:
        raise ValidationError(problems)
    return mapping


@contextmanager
def _session(ctx: Context, dry_run: bool) -> Iterator[Session]:
    """A read-only session for a dry run, else one unit of work; a database changed under it is a conflict."""
    try:
        if dry_run:
            with ctx.reading() as session:
                yield session
        else:
            with ctx.unit_of_work() as session:
                yield session
    except OperationalError as exc:
        if "locked" in str(exc.orig) or "busy" in str(exc.orig):
            raise ConflictError("the database was changed by another program during the import; nothing was "
                                "imported: try again") from exc
        raise


def _summary(kind: str, sheet: Sheet, mapping: Mapping, created: int, updated: int, targets: list[str],
             people: NameLookup | None, registers: NameLookup | None, dry_run: bool) -> ImportSummary:
    return ImportSummary(
        kind=kind, source=sheet.source, rows=len(sheet.rows), created=created, updated=updated,
        unchanged=len(sheet.rows) - created - updated, targets=tuple(sorted(set(targets))),
        new_people=people.new_names if people else (), new_registers=registers.new_names if registers else (),
        ignored_columns=mapping.ignored, dry_run=dry_run,
    )


# --- risks ---------------------------------------------------------------------------------------------------------

# validate_risk_input names fields in words; the file names them by its own headers
_RISK_FIELDS = {
    "ref": "ref", "title": "title", "kind": "kind", "status": "status", "treatment": "treatment",
    "financial exposure (£m)": "financial_exposure_m", "current score": "likelihood", "current likelihood":
    "likelihood", "current impact": "impact", "next review": "next_review",
    **{f"{p} {a}": f"{p}_{a}" for p in ("inherent", "target", "previous") for a in ("likelihood", "impact")},
    **{f"{p} score": f"{p}_likelihood" for p in ("inherent", "target", "previous")},
}
_RISK_MESSAGES = {"a risk needs a reference": "missing reference", "a risk needs a title": "missing title"}

# file column -> Risk attributes it sets; previous scores are set from the file for new risks only (an update's
# previous score is the current score it replaces, as in a rescore)
_RISK_ATTRIBUTES = {
    "title": ("title",), "description": ("description",), "cause": ("cause",), "consequence": ("consequence",),
    "category": ("category",), "kind": ("kind",), "status": ("status",), "treatment": ("treatment",),
    "financial_exposure_m": ("financial_exposure_m",), "last_review": ("last_review",),
    "next_review": ("next_review",), "inherent_likelihood": ("inherent_likelihood", "inherent_impact"),
    "target_likelihood": ("target_likelihood", "target_impact"),
}
_RISK_UPDATABLE = (
    "register_id", "owner_id", "title", "description", "cause", "consequence", "category", "kind", "status",
    "treatment", "financial_exposure_m", "last_review", "next_review", "current_likelihood", "current_impact",
    "previous_likelihood", "previous_impact", "inherent_likelihood", "inherent_impact", "target_likelihood",
    "target_impact", "escalated_to_id", "closed_on", "closed_reason",
)


@dataclass
class _RiskRow:
    row: SheetRow
    id: uuid.UUID
    values: dict[str, Any]
    existing: dict[str, Any] | None
    controls: list[str] | None
    escalated_to: str | None


class _Scores:
    """Scale parsing remembered: a file repeats the same few score values thousands of times."""

    def __init__(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.known: dict[tuple[Axis, str], int] = {}

    def value(self, axis: Axis, written: str) -> int | str:
        """The level, or the text as written when it is not one (validate_risk_input then says why)."""
        if not written:
            return ""
        found = self.known.get((axis, written))
        if found is None:
            try:
                found = self.matrix.parse(axis, written)
            except ValidationError:
                return written
            self.known[(axis, written)] = found
        return found


_SCORE_COLUMNS: tuple[tuple[str, Axis], ...] = tuple(
    (f"{prefix}{axis}", axis) for prefix in ("", "inherent_", "target_", "previous_")
    for axis in ("likelihood", "impact")
)


def _risk_input(rows: _Rows, row: SheetRow, mapping: Mapping, parse: _Scores) -> RiskInput:
    scores: dict[str, int | str] = {}
    for name, axis in _SCORE_COLUMNS:
        if not mapping.has(name):
            scores[name] = ""
            continue
        try:
            scores[name] = parse.value(axis, score_text(rows.cell(row, name)))
        except CellError as exc:
            rows.problem(row, name, str(exc))
            scores[name] = ""
    try:
        exposure = parse_amount(rows.cell(row, "financial_exposure_m"))
    except CellError as exc:
        rows.problem(row, "financial_exposure_m", str(exc))
        exposure = None
    return RiskInput(
        register="", ref=rows.line(row, "ref"), title=text(rows.cell(row, "title")),
        likelihood=scores["likelihood"], impact=scores["impact"], description=text(rows.cell(row, "description")),
        cause=text(rows.cell(row, "cause")), consequence=text(rows.cell(row, "consequence")),
        category=rows.line(row, "category"), kind=rows.pick(row, "kind", RISK_KINDS, "risk"),
        status=rows.pick(row, "status", RISK_STATUSES, "open"),
        inherent_likelihood=scores["inherent_likelihood"], inherent_impact=scores["inherent_impact"],
        target_likelihood=scores["target_likelihood"], target_impact=scores["target_impact"],
        previous_likelihood=scores["previous_likelihood"], previous_impact=scores["previous_impact"],
        financial_exposure_m=exposure, treatment=rows.pick(row, "treatment", TREATMENTS, "reduce"),
        last_review=rows.date(row, "last_review"), next_review=rows.date(row, "next_review"),
    )


def _existing_risks(session: Session) -> dict[str, dict[str, Any]]:
    columns = [Risk.id, Risk.version, Risk.ref, Risk.deleted_at, *(getattr(Risk, c) for c in _RISK_UPDATABLE)]
    names = ["id", "version", "ref", "deleted_at", *_RISK_UPDATABLE]
    return {r[2].casefold(): dict(zip(names, r, strict=True)) for r in session.execute(select(*columns))}


@making_many_objects()  # a county register file: tens of thousands of rows checked and written
def import_risks(ctx: Context, sheet: Sheet, *, register: str | None = None, dry_run: bool = False) -> ImportSummary:
    """Import a register file. register names the register for rows that name none (or a file with no such column).

    Raises ValidationError listing every problem in the file; then nothing is written.
    """
    mapping = _mapped(sheet, RISK_COLUMNS, optional=("register",) if register else ())
    default_register = " ".join((register or "").split())
    if register is not None and not default_register:
        raise ValidationError.of("--register", register, "give the name of a register")
    rows = _Rows(sheet, mapping)
    reason = f"Imported from {Path(sheet.source).name}"
    with _session(ctx, dry_run) as session:
        matrix = load_matrix(session)
        existing = _existing_risks(session)
        people = people_lookup(session)
        registers = register_lookup(session)
        planned = _plan_risks(ctx, rows, matrix, existing, people, registers, default_register)
        rows.check()
        created = [p for p in planned if p.existing is None]
        had = _existing_controls(session, planned) if mapping.has("controls") else {}
        updated = _risk_updates(ctx, planned, mapping, reason, had)
        targets = [registers.name_of(p.values["register_id"]) for p in planned]
        if not dry_run:
            _write_risks(session, ctx, created, updated, people, registers, reason)
        return _summary("risks", sheet, mapping, len(created), len(updated), targets, people, registers, dry_run)


def _plan_risks(ctx: Context, rows: _Rows, matrix: Matrix, existing: dict[str, dict[str, Any]], people: NameLookup,
                registers: NameLookup, default_register: str) -> list[_RiskRow]:
    mapping = rows.mapping
    seen: dict[Any, int] = {}
    planned: list[_RiskRow] = []
    parse = _Scores(matrix)
    for row in rows.sheet.rows:
        before = len(rows.problems)
        data = _risk_input(rows, row, mapping, parse)
        values: dict[str, Any] = {}
        try:
            values = validate_risk_input(matrix, data)
        except ValidationError as exc:
            for p in exc.problems:
                name = _RISK_FIELDS.get(p.field, p.field)
                message = _RISK_MESSAGES.get(p.message, p.message)
                rows.problem(row, name, message, None if mapping.has(name) else "" if p.value is None else str(p.value))
        key = data.ref.strip().casefold()
        old = existing.get(key) if key else None
        if key and rows.repeated(seen, key, row, "ref", "a reference"):
            continue
        if old is not None and old["deleted_at"] is not None:
            rows.problem(row, "ref", "this reference belongs to a deleted risk: give the risk another reference")
        register_name = rows.line(row, "register") or default_register
        if not register_name:
            rows.problem(row, "register", "missing register (or give --register NAME)")
        elif registers.is_deleted(register_name):
            rows.problem(row, "register", "a deleted register has this name: choose another name", register_name)
        owner = rows.line(row, "owner")
        escalated = rows.line(row, "escalated_to")
        if escalated and escalated.casefold() == key:
            rows.problem(row, "escalated_to", "a risk cannot be escalated to itself")
        if old is not None and not (mapping.has("last_review") and mapping.has("next_review")):
            last = data.last_review if mapping.has("last_review") else old["last_review"]
            following = data.next_review if mapping.has("next_review") else old["next_review"]
            if last and following and following < last:
                rows.problem(row, "next_review" if mapping.has("next_review") else "last_review",
                             f"the next review ({following:%d/%m/%Y}) would come before the last ({last:%d/%m/%Y})")
        if len(rows.problems) > before:
            continue
        values["register_id"] = registers.id_for(register_name)
        values["owner_id"] = people.id_for(owner) if owner else None
        planned.append(_RiskRow(row, old["id"] if old else uuid.uuid4(), values, old,
                                lines(rows.cell(row, "controls")) if mapping.has("controls") else None,
                                escalated or None))
    _resolve_escalations(rows, planned, existing)
    return planned


def _resolve_escalations(rows: _Rows, planned: list[_RiskRow], existing: dict[str, dict[str, Any]]) -> None:
    if not rows.mapping.has("escalated_to"):
        return
    in_file = {p.values["ref"].casefold(): p.id for p in planned}
    for p in planned:
        if p.escalated_to is None:
            p.values["escalated_to_id"] = None
            continue
        key = p.escalated_to.casefold()
        target = in_file.get(key) or (existing[key]["id"] if key in existing else None)
        if target is None:
            rows.problem(p.row, "escalated_to", "no risk has this reference, here or in the file")
        p.values["escalated_to_id"] = target


_OldControl = tuple[uuid.UUID, int, str, int]  # id, version, description, position


def _existing_controls(session: Session, planned: list[_RiskRow]) -> dict[uuid.UUID, list[_OldControl]]:
    ids = {p.id for p in planned if p.existing is not None}
    found: dict[uuid.UUID, list[_OldControl]] = {}
    if not ids:
        return found
    query = (select(Control.risk_id, Control.id, Control.version, Control.description, Control.position)
             .where(Control.deleted_at.is_(None)).order_by(Control.risk_id, Control.position))
    for risk_id, cid, version, description, position in session.execute(query):
        if risk_id in ids:
            found.setdefault(risk_id, []).append((cid, version, description, position))
    return found


def _risk_updates(ctx: Context, planned: list[_RiskRow], mapping: Mapping, reason: str,
                  had: dict[uuid.UUID, list[_OldControl]]) -> list[_RiskRow]:
    """Work out each existing risk's changes (kept in values as "changes"); returns the risks that change."""
    attributes = [a for column, attrs in _RISK_ATTRIBUTES.items() if mapping.has(column) for a in attrs]
    attributes += ["register_id"] + (["owner_id"] if mapping.has("owner") else [])
    attributes += ["escalated_to_id"] if mapping.has("escalated_to") else []
    changed: list[_RiskRow] = []
    for p in planned:
        old = p.existing
        if old is None:
            continue
        new = p.values
        changes = {a: new[a] for a in attributes if new[a] != old[a]}
        if (new["current_likelihood"], new["current_impact"]) != (old["current_likelihood"], old["current_impact"]):
            changes |= {"current_likelihood": new["current_likelihood"], "current_impact": new["current_impact"],
                        "previous_likelihood": old["current_likelihood"], "previous_impact": old["current_impact"]}
        if "status" in changes:
            closing = changes["status"] == "closed"
            changes |= {"closed_on": ctx.today() if closing else None, "closed_reason": reason if closing else ""}
        if p.controls is not None and [c[2] for c in had.get(p.id, [])] != p.controls:
            changes["controls"] = p.controls
            new["had_controls"] = had.get(p.id, [])
        new["changes"] = changes
        if changes:
            changed.append(p)
    return changed


def _write_risks(session: Session, ctx: Context, created: list[_RiskRow], updated: list[_RiskRow],
                 people: NameLookup, registers: NameLookup, reason: str) -> None:
    log = AuditLog(ctx)
    now = utcnow()
    write_new_people(session, people, log)
    write_new_registers(session, registers, log)
    today = ctx.today()
    new_rows = []
    controls: list[dict[str, Any]] = []
    for p in created:
        v = p.values
        closed = v["status"] == "closed"
        new_rows.append(new_record(
            now, id=p.id, register_id=v["register_id"], ref=v["ref"], title=v["title"],
            description=v["description"], cause=v["cause"], consequence=v["consequence"], category=v["category"],
            kind=v["kind"], owner_id=v["owner_id"], status=v["status"], inherent_likelihood=v["inherent_likelihood"],
            inherent_impact=v["inherent_impact"], current_likelihood=v["current_likelihood"],
            current_impact=v["current_impact"], previous_likelihood=v["previous_likelihood"],
            previous_impact=v["previous_impact"], target_likelihood=v["target_likelihood"],
            target_impact=v["target_impact"], financial_exposure_m=v["financial_exposure_m"],
            treatment=v["treatment"], last_review=v["last_review"], next_review=v["next_review"],
            escalated_to_id=None, closed_on=today if closed else None, closed_reason=reason if closed else "",
        ))
        log.add("risks", p.id, v["ref"], "create")
        for position, description in enumerate(p.controls or []):
            controls.append(new_record(now, risk_id=p.id, position=position, description=description, owner_id=None))
    insert_rows(session, Risk.__table__, new_rows)  # type: ignore[arg-type]
    # escalation links may point at risks later in the file: set them once every risk exists
    links = [p for p in created if p.values.get("escalated_to_id") is not None]
    if links:
        update_rows(session, Risk.__table__, ["escalated_to_id"],  # type: ignore[arg-type]
                    [{"id": p.id, "version": 1, "escalated_to_id": p.values["escalated_to_id"]} for p in links], now)
    if updated:
        _update_risks(session, ctx, updated, log, reason, now, controls)
    insert_rows(session, Control.__table__, controls)  # type: ignore[arg-type]
    log.write(session)


def _update_risks(session: Session, ctx: Context, updated: list[_RiskRow], log: AuditLog, reason: str,
                  now: Any, new_controls: list[dict[str, Any]]) -> None:
    risk_rows = []
    history = []
    control_moves: list[dict[str, Any]] = []
    control_deletes: list[dict[str, Any]] = []
    for p in updated:
        old = p.existing
        assert old is not None
        changes: dict[str, Any] = p.values["changes"]
        if "controls" in changes:
            had: list[_OldControl] = p.values["had_controls"]
            _replace_controls(p, had, now, new_controls, control_moves, control_deletes)
            old = old | {"controls": [c[2] for c in had]}
        log.changes("risks", p.id, old["ref"], old, changes)
        risk_rows.append({c: changes.get(c, old[c]) for c in _RISK_UPDATABLE} | {"id": p.id,
                                                                                "version": old["version"]})
        for kind in ("current", "inherent", "target"):
            lk, im = changes.get(f"{kind}_likelihood", old[f"{kind}_likelihood"]), changes.get(
                f"{kind}_impact", old[f"{kind}_impact"])
            if (f"{kind}_likelihood" in changes or f"{kind}_impact" in changes) and lk is not None and im is not None:
                history.append(new_record(
                    now, risk_id=p.id, changed_at=log.at, changed_by=ctx.user, score_kind=kind,
                    from_likelihood=old[f"{kind}_likelihood"], from_impact=old[f"{kind}_impact"],
                    to_likelihood=lk, to_impact=im, reason=reason,
                ))
    update_rows(session, Risk.__table__, _RISK_UPDATABLE, risk_rows, now)  # type: ignore[arg-type]
    update_rows(session, Control.__table__, ["position"], control_moves, now)  # type: ignore[arg-type]
    update_rows(session, Control.__table__, ["deleted_at"], control_deletes, now)  # type: ignore[arg-type]
    insert_rows(session, ScoreChange.__table__, history)  # type: ignore[arg-type]


def _replace_controls(p: _RiskRow, had: list[_OldControl], now: Any,
                      new_controls: list[dict[str, Any]], moves: list[dict[str, Any]],
                      deletes: list[dict[str, Any]]) -> None:
    """Keep the controls still listed (with their owners), at their new positions; retire the rest; add new ones."""
    available = list(had)
    for position, description in enumerate(p.controls or []):
        match = next((c for c in available if c[2] == description), None)
        if match is None:
            new_controls.append(new_record(now, risk_id=p.id, position=position, description=description,
                                           owner_id=None))
            continue
        available.remove(match)
        if match[3] != position:
            moves.append({"id": match[0], "version": match[1], "position": position})
    deletes.extend({"id": c[0], "version": c[1], "deleted_at": now} for c in available)


# --- actions, people and services: smaller tables, the same rules --------------------------------------------------


@dataclass
class _Planned:
    row: SheetRow
    id: uuid.UUID
    label: str
    values: dict[str, Any]  # attribute -> value, for the columns the file has
    existing: dict[str, Any] | None
    changes: dict[str, Any]


def _write_simple(session: Session, ctx: Context, table: Any, table_name: str, planned: list[_Planned],
                  defaults: dict[str, Any], updatable: tuple[str, ...], people: NameLookup | None) -> None:
    log = AuditLog(ctx)
    now = utcnow()
    if people is not None:
        write_new_people(session, people, log)
    created = []
    updates = []
    for p in planned:
        if p.existing is None:
            created.append(new_record(now, id=p.id, **(defaults | p.values)))
            log.add(table_name, p.id, p.label, "create")
        elif p.changes:
            log.changes(table_name, p.id, p.label, p.existing, p.changes)
            updates.append({c: p.changes.get(c, p.existing[c]) for c in updatable}
                           | {"id": p.id, "version": p.existing["version"]})
    insert_rows(session, table, created)
    update_rows(session, table, updatable, updates, now)
    log.write(session)


def _plan_changes(planned: list[_Planned]) -> tuple[int, int]:
    created = updated = 0
    for p in planned:
        if p.existing is None:
            created += 1
            continue
        p.changes = {k: v for k, v in p.values.items() if p.existing.get(k) != v}
        updated += bool(p.changes)
    return created, updated


_ACTION_UPDATABLE = ("description", "owner_id", "due_on", "status", "done_on")


def import_actions(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    """Risk actions, matched to an existing action by risk and description (an existing one is updated)."""
    mapping = _mapped(sheet, ACTION_COLUMNS)
    rows = _Rows(sheet, mapping)
    today = ctx.today()
    with _session(ctx, dry_run) as session:
        risks = {r[1].casefold(): (r[0], r[1], r[2]) for r in session.execute(
            select(Risk.id, Risk.ref, RiskRegister.name).join(RiskRegister, RiskRegister.id == Risk.register_id)
            .where(Risk.deleted_at.is_(None)))}
        people = people_lookup(session)
        columns = [RiskAction.id, RiskAction.version, RiskAction.risk_id, *(getattr(RiskAction, c)
                                                                             for c in _ACTION_UPDATABLE)]
        existing = {(r[2], name_key(r[3])): dict(zip(["id", "version", "risk_id", *_ACTION_UPDATABLE], r,
                                                      strict=True))
                    for r in session.execute(select(*columns).where(RiskAction.deleted_at.is_(None)))}
        seen: dict[Any, int] = {}
        planned: list[_Planned] = []
        targets: list[str] = []
        for row in sheet.rows:
            before = len(rows.problems)
            ref = rows.line(row, "risk_ref")
            description = text(rows.cell(row, "description"))
            if not ref:
                rows.problem(row, "risk_ref", "missing risk reference")
            elif ref.casefold() not in risks:
                rows.problem(row, "risk_ref", "no risk has this reference (import the risks first)")
            if not description:
                rows.problem(row, "description", "missing action (an action needs a description)")
            owner = rows.line(row, "owner")
            due = rows.date(row, "due_on")
            status = rows.pick(row, "status", ACTION_STATUSES, "open")
            done = rows.date(row, "done_on")
            known = risks.get(ref.casefold())
            key = (known[0] if known else ref.casefold(), name_key(description))
            if ref and description and rows.repeated(seen, key, row, "description", "an action for this risk"):
                continue
            if len(rows.problems) > before or known is None:
                continue
            risk_id, risk_ref, register_name = known
            old = existing.get(key)
            values: dict[str, Any] = {"description": description}
            if mapping.has("owner"):
                values["owner_id"] = people.id_for(owner) if owner else None
            if mapping.has("due_on"):
                values["due_on"] = due
            had_done = old["done_on"] if old else None
            final_status = status if mapping.has("status") else (old["status"] if old else "open")
            final_done = done if mapping.has("done_on") else had_done
            if final_status == "done" and final_done is None:  # the database insists a done action has a date
                final_done = had_done or today
            if mapping.has("status"):
                values["status"] = final_status
            if mapping.has("done_on") or final_done != had_done:
                values["done_on"] = final_done
            if old is None:
                values["risk_id"] = risk_id
            planned.append(_Planned(row, old["id"] if old else uuid.uuid4(), f"{risk_ref} action", values, old, {}))
            targets.append(register_name)
        rows.check()
        created, updated = _plan_changes(planned)
        if not dry_run:
            _write_simple(session, ctx, RiskAction.__table__, "risk_actions", planned,
                          {"owner_id": None, "due_on": None, "status": "open", "done_on": None},
                          _ACTION_UPDATABLE, people)
        return _summary("actions", sheet, mapping, created, updated, targets, people, None, dry_run)


_PERSON_FIELDS = ("job_title", "team", "work_phone", "mobile", "out_of_hours", "email", "on_call_role")


def import_people(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    """Contacts, matched to an existing person by name (case and spacing ignored); a match is updated."""
    mapping = _mapped(sheet, PEOPLE_COLUMNS)
    rows = _Rows(sheet, mapping)
    with _session(ctx, dry_run) as session:
        columns = [Person.id, Person.version, Person.name, *(getattr(Person, c) for c in _PERSON_FIELDS)]
        existing: dict[str, dict[str, Any]] = {}
        for r in session.execute(select(*columns).where(Person.deleted_at.is_(None)).order_by(Person.created_at)):
            existing.setdefault(name_key(r[2]), dict(zip(["id", "version", "name", *_PERSON_FIELDS], r, strict=True)))
        seen: dict[Any, int] = {}
        planned: list[_Planned] = []
        for row in sheet.rows:
            before = len(rows.problems)
            name = rows.line(row, "name")
            if not name:
                rows.problem(row, "name", "missing name")
            values = {f: rows.line(row, f) for f in _PERSON_FIELDS if mapping.has(f)}
            email = values.get("email", "")
            if email and ("@" not in email or " " in email):
                rows.problem(row, "email", "is not an email address")
            if (name and rows.repeated(seen, name_key(name), row, "name", "a person")) or len(rows.problems) > before:
                continue
            old = existing.get(name_key(name))
            if old is None:
                values["name"] = name
            planned.append(_Planned(row, old["id"] if old else uuid.uuid4(), old["name"] if old else name, values,
                                    old, {}))
        rows.check()
        created, updated = _plan_changes(planned)
        if not dry_run:
            _write_simple(session, ctx, Person.__table__, "people", planned, dict.fromkeys(_PERSON_FIELDS, ""),
                          _PERSON_FIELDS, None)
        return _summary("people", sheet, mapping, created, updated, [], None, None, dry_run)


_SERVICE_FIELDS = ("short_name", "division", "locality", "manager_id", "description")


def import_services(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    """Services, matched to an existing service by name; unknown managers are created as people."""
    mapping = _mapped(sheet, SERVICE_COLUMNS)
    rows = _Rows(sheet, mapping)
    with _session(ctx, dry_run) as session:
        people = people_lookup(session)
        columns = [Service.id, Service.version, Service.name, Service.deleted_at,
                   *(getattr(Service, c) for c in _SERVICE_FIELDS)]
        existing = {name_key(r[2]): dict(zip(["id", "version", "name", "deleted_at", *_SERVICE_FIELDS], r,
                                             strict=True)) for r in session.execute(select(*columns))}
        seen: dict[Any, int] = {}
        planned: list[_Planned] = []
        for row in sheet.rows:
            before = len(rows.problems)
            name = rows.line(row, "name")
            if not name:
                rows.problem(row, "name", "missing service name")
            values: dict[str, Any] = {f: rows.line(row, f) for f in ("short_name", "division") if mapping.has(f)}
            if mapping.has("description"):
                values["description"] = text(rows.cell(row, "description"))
            if mapping.has("locality"):
                values["locality"] = rows.pick(row, "locality", LOCALITY_CHOICES, "countywide")
            manager = rows.line(row, "manager")
            old = existing.get(name_key(name)) if name else None
            if old is not None and old["deleted_at"] is not None:
                rows.problem(row, "name", "a deleted service has this name: choose another name")
            if (name and rows.repeated(seen, name_key(name), row, "name", "a service")) or len(rows.problems) > before:
                continue
            if mapping.has("manager"):
                values["manager_id"] = people.id_for(manager) if manager else None
            if old is None:
                values["name"] = name
            planned.append(_Planned(row, old["id"] if old else uuid.uuid4(), old["name"] if old else name, values,
                                    old, {}))
        rows.check()
        created, updated = _plan_changes(planned)
        if not dry_run:
            _write_simple(session, ctx, Service.__table__, "services", planned,
                          {"short_name": "", "division": "", "locality": "countywide", "manager_id": None,
                           "description": ""}, _SERVICE_FIELDS, people)
        return _summary("services", sheet, mapping, created, updated, [], people, None, dry_run)


def _import_plans(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    from bcm.services.imports_plans import import_plans  # its own module, built on the helpers above

    return import_plans(ctx, sheet, dry_run=dry_run)


def _import_lessons(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    from bcm.services.imports_lessons import import_lessons  # its own module, built on the helpers above

    return import_lessons(ctx, sheet, dry_run=dry_run)


IMPORTERS: dict[str, Callable[..., ImportSummary]] = {
    "risks": import_risks, "actions": import_actions, "people": import_people, "services": import_services,
    "plans": _import_plans, "lessons": _import_lessons,
}
