"""Importing the business impact analysis from a spreadsheet: one row per critical activity, under its service's plan.

What `bcm export plans` writes imports back to the same data. A service is found by name (or its short name) and must
already exist; a service without a plan gets a draft one (0.1). Activities are matched by service and name (case and
spacing ignored): a match is updated, anything else is added; activities the file does not list are left alone.
Plan owner and next review update the plan when a row gives them. As in the plan editor, a change to an approved
plan's content (its activities or owner) starts its next draft; a new review date alone does not. Plan status and
version are exported for reading only: a sign-off sets them, never a file.

All or nothing, as the other imports: every problem names its row, column, value and why.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.plan_edit_rules import next_draft_number, parse_hours
from bcm.rules import check_rto
from bcm.services.bulk import (
    AuditLog,
    NameLookup,
    insert_rows,
    name_key,
    new_record,
    people_lookup,
    update_rows,
    write_new_people,
)
from bcm.services.imports import PLAN_COLUMNS, ImportSummary, _mapped, _Rows, _session, _summary
from bcm.tabular import Cell, Sheet, SheetRow, one_line, text
from db.models import CriticalActivity, Plan, Service, utcnow

READ_ONLY = ("plan_status", "plan_version")
NAME_LIMIT = 300  # critical_activities.name
OWNER_LIMIT = 200

_ACTIVITY_TEXT = ("minimum_service_level", "workarounds", "description")
_ACTIVITY_DETAILS = ("priority", "rto_hours", "mtpd_hours", "minimum_staff", *_ACTIVITY_TEXT)
_ACTIVITY_UPDATABLE = ("name", *_ACTIVITY_DETAILS)
_PLAN_UPDATABLE = ("owner_id", "next_review", "status", "current_version", "deleted_at")
_NEW_ACTIVITY = {"priority": 1, "minimum_staff": 0, "minimum_service_level": "", "workarounds": "", "description": ""}


@dataclass
class _PlanEntry:
    """One service's plan as the file leaves it."""

    service_id: uuid.UUID
    service: str
    manager_id: uuid.UUID | None
    existing: dict[str, Any] | None  # the plan row as read (a deleted one too: one plan row per service)
    id: uuid.UUID
    owner: tuple[str, int] | None = None  # (name, row) when the file gives one
    next_review: tuple[date, int] | None = None
    changes: dict[str, Any] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.existing is None or self.existing["deleted_at"] is not None

    @property
    def label(self) -> str:
        return f"Plan: {self.service}"


@dataclass
class _ActivityRow:
    row: SheetRow
    plan: _PlanEntry
    id: uuid.UUID
    values: dict[str, Any]
    existing: dict[str, Any] | None
    changes: dict[str, Any] = field(default_factory=dict)


class _Services:
    """Services by name, or by a short name only one service has; loaded once."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, tuple[uuid.UUID, str, uuid.UUID | None, bool]] = {}
        short: dict[str, list[tuple[uuid.UUID, str, uuid.UUID | None, bool]]] = defaultdict(list)
        for service_id, name, short_name, manager_id, deleted_at in session.execute(
            select(Service.id, Service.name, Service.short_name, Service.manager_id, Service.deleted_at)
            .order_by(Service.created_at)
        ):
            found = (service_id, name, manager_id, deleted_at is not None)
            key = name_key(name)
            if key not in self.by_name or self.by_name[key][3]:
                self.by_name[key] = found
            if short_name and deleted_at is None:
                short[name_key(short_name)].append(found)
        self.by_short = {k: v[0] for k, v in short.items() if len(v) == 1}

    def find(self, name: str) -> tuple[uuid.UUID, str, uuid.UUID | None, bool] | None:
        key = name_key(name)
        return self.by_name.get(key) or self.by_short.get(key)


def _whole(rows: _Rows, row: SheetRow, name: str, default: int, least: int, message: str) -> int | None:
    """A whole number at least `least` (blank: the default); None, with a problem noted, when it is not."""
    value = rows.cell(row, name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    number: float | None = None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(Decimal(value.strip()))
        except ArithmeticError:
            number = None
    if number is None or number != number or not number.is_integer() or number < least:
        rows.problem(row, name, message)
        return None
    return int(number)


def _hours(rows: _Rows, row: SheetRow, name: str, what: str) -> float | None:
    value: Cell = rows.cell(row, name)
    if isinstance(value, Decimal):
        value = float(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        rows.problem(row, name, f"missing {what} (in hours, or e.g. 2 d, 1 week)")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        rows.problem(row, name, "is not a time: give hours (e.g. 4) or days (e.g. 2 d) or weeks")
        return None
    try:
        hours = parse_hours(what, value)
    except ValidationError as exc:
        rows.problem(row, name, exc.problems[0].message)
        return None
    assert hours is not None
    if hours != hours or hours in (float("inf"), float("-inf")):
        rows.problem(row, name, "is not a time: give hours (e.g. 4) or days (e.g. 2 d) or weeks")
        return None
    return hours


def _limited(rows: _Rows, row: SheetRow, name: str, limit: int) -> str:
    value = one_line(rows.cell(row, name))
    if len(value) > limit:
        rows.problem(row, name, f"is too long ({len(value)} characters, at most {limit})")
    return value


def _activity_values(rows: _Rows, row: SheetRow, old: dict[str, Any] | None, *,
                     known: bool = True) -> dict[str, Any] | None:
    """The activity's fields the file gives, checked (RTO within MTPD, on the values the activity would have).
    known: whether old says if the activity exists (not when the row's service is in doubt)."""
    mapping = rows.mapping
    before = len(rows.problems)
    values: dict[str, Any] = {}
    if mapping.has("priority"):
        values["priority"] = _whole(rows, row, "priority", 1, 1, "must be a whole number, 1 for the most critical")
    if mapping.has("minimum_staff"):
        values["minimum_staff"] = _whole(rows, row, "minimum_staff", 0, 0, "must be a whole number, 0 or more")
    for name, what in (("rto_hours", "RTO"), ("mtpd_hours", "MTPD")):
        if mapping.has(name):
            values[name] = _hours(rows, row, name, what)
        elif old is None and known:
            rows.problem(row, name, f"the file has no {name} column: a new critical activity needs its {what}", "")
    for name in _ACTIVITY_TEXT:
        if mapping.has(name):
            values[name] = text(rows.cell(row, name))
    for name in ("rto_hours", "mtpd_hours"):
        if values.get(name) is not None and values[name] <= 0:
            rows.problem(row, name, "must be more than 0 hours")
    if len(rows.problems) > before or not known:
        return None
    mtpd = values.get("mtpd_hours", old["mtpd_hours"] if old else None)
    rto = values.get("rto_hours", old["rto_hours"] if old else None)
    assert rto is not None and mtpd is not None
    if "rto_hours" in values:
        try:
            check_rto(rto, mtpd)
        except ValidationError as exc:
            rows.problem(row, "rto_hours", exc.problems[0].message)
    elif rto > mtpd:
        rows.problem(row, "mtpd_hours", f"is shorter than the activity's RTO ({rto:g} h): the service would fail "
                                        "before it recovers")
    return values if len(rows.problems) == before else None


def _plan_level(rows: _Rows, row: SheetRow, entry: _PlanEntry, owner: str, review: date | None) -> None:
    """Owner and next review given on several rows of one plan must agree."""
    if owner:
        if entry.owner is None:
            entry.owner = (owner, row.number)
        elif name_key(entry.owner[0]) != name_key(owner):
            rows.problem(row, "plan_owner", f"differs from row {entry.owner[1]} (a plan has one owner)")
    if review is not None:
        if entry.next_review is None:
            entry.next_review = (review, row.number)
        elif entry.next_review[0] != review:
            rows.problem(row, "next_review", f"differs from row {entry.next_review[1]} (a plan has one review date)")


def import_plans(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    """Plans' critical activities, matched by service and activity name (an existing one is updated)."""
    mapping = _mapped(sheet, PLAN_COLUMNS)
    rows = _Rows(sheet, mapping)
    with _session(ctx, dry_run) as session:
        services = _Services(session)
        people = people_lookup(session)
        plan_columns = ["id", "version", "service_id", *_PLAN_UPDATABLE]
        plans = {r[2]: dict(zip(plan_columns, r, strict=True)) for r in session.execute(
            select(*(getattr(Plan, c) for c in plan_columns)))}
        activity_columns = ["id", "version", "plan_id", *_ACTIVITY_UPDATABLE]
        existing: dict[tuple[uuid.UUID, str], dict[str, Any]] = {}
        for r in session.execute(select(*(getattr(CriticalActivity, c) for c in activity_columns))
                                 .where(CriticalActivity.deleted_at.is_(None))
                                 .order_by(CriticalActivity.created_at)):
            existing.setdefault((r[2], name_key(r[3])), dict(zip(activity_columns, r, strict=True)))
        entries: dict[uuid.UUID, _PlanEntry] = {}
        planned: list[_ActivityRow] = []
        seen: dict[Any, int] = {}
        for row in sheet.rows:
            before = len(rows.problems)
            service_name = rows.line(row, "service")
            found = services.find(service_name) if service_name else None
            if not service_name:
                rows.problem(row, "service", "missing service")
            elif found is None:
                rows.problem(row, "service", "no service has this name (import the services first)")
            elif found[3]:
                rows.problem(row, "service", "this service has been deleted")
            owner = _limited(rows, row, "plan_owner", OWNER_LIMIT)
            review = rows.date(row, "next_review")
            activity = _limited(rows, row, "activity", NAME_LIMIT)
            if not activity and any(text(rows.cell(row, n)) for n in _ACTIVITY_DETAILS):
                rows.problem(row, "activity", "missing activity (the row gives recovery details for one)")
            if found is None or found[3] or len(rows.problems) > before:
                if activity:
                    _activity_values(rows, row, None, known=False)  # the row's other problems too
                continue
            service_id, service, manager_id, _ = found
            plan = plans.get(service_id)
            entry = entries.get(service_id)
            if entry is None:
                entry = entries[service_id] = _PlanEntry(service_id, service, manager_id, plan,
                                                         plan["id"] if plan else uuid.uuid4())
            _plan_level(rows, row, entry, owner, review)
            if not activity:
                continue
            key = (entry.id, name_key(activity))
            if rows.repeated(seen, key, row, "activity", "an activity of this service"):
                continue
            old = existing.get(key)  # a deleted plan brought back keeps its activities, as in the plan editor
            values = _activity_values(rows, row, old)
            if values is None or len(rows.problems) > before:
                continue
            if old is None:
                values["name"] = activity
            planned.append(_ActivityRow(row, entry, old["id"] if old else uuid.uuid4(), values, old))
        rows.check()
        created, updated = _work_out_changes(planned, entries, people)
        if not dry_run:
            _write(session, ctx, entries, planned, people)
        summary = _summary("plans", sheet, mapping, created, updated, [e.service for e in entries.values()], people,
                           None, dry_run)
        shown = tuple(mapping.label(name) for name in READ_ONLY if mapping.has(name))
        return dataclasses.replace(summary, ignored_columns=summary.ignored_columns + shown)


def _work_out_changes(planned: list[_ActivityRow], entries: dict[uuid.UUID, _PlanEntry],
                      people: NameLookup) -> tuple[int, int]:
    """Each activity's and plan's changes; the rows counted as new and as updated (a plan's own change counts
    against a row that names it, unless an activity there already did)."""
    created = updated = 0
    content_changed: set[uuid.UUID] = set()
    for p in planned:
        if p.existing is None:
            created += 1
            content_changed.add(p.plan.service_id)
            continue
        p.changes = {k: v for k, v in p.values.items() if p.existing.get(k) != v}
        if p.changes:
            updated += 1
            content_changed.add(p.plan.service_id)
    for entry in entries.values():
        owner_id = people.id_for(entry.owner[0]) if entry.owner else None
        review = entry.next_review[0] if entry.next_review else None
        if entry.is_new:
            entry.changes = {"owner_id": owner_id or entry.manager_id, "next_review": review, "status": "draft",
                             "current_version": "0.1", "deleted_at": None}
            continue
        old = entry.existing
        assert old is not None
        if owner_id is not None and owner_id != old["owner_id"]:
            entry.changes["owner_id"] = owner_id
            content_changed.add(entry.service_id)
        if review is not None and review != old["next_review"]:
            entry.changes["next_review"] = review
        if entry.service_id in content_changed and old["status"] == "approved":
            entry.changes |= {"status": "draft", "current_version": next_draft_number(old["current_version"])}
    counted = {p.plan.service_id for p in planned if p.existing is None or p.changes}
    for entry in entries.values():
        if entry.service_id not in counted:
            created += entry.is_new
            updated += bool(entry.changes) and not entry.is_new
    return created, updated


def _write(session: Session, ctx: Context, entries: dict[uuid.UUID, _PlanEntry], planned: list[_ActivityRow],
           people: NameLookup) -> None:
    log = AuditLog(ctx)
    now = utcnow()
    write_new_people(session, people, log)
    new_plans = []
    plan_updates = []
    for entry in entries.values():
        if entry.existing is None:
            new_plans.append(new_record(
                now, id=entry.id, service_id=entry.service_id, author_id=None, approver_id=None, approved_on=None,
                last_exercised=None, scope="", invocation_criteria="", who_may_invoke="",
                **{k: entry.changes[k] for k in ("owner_id", "next_review", "status", "current_version")},
            ))
            log.add("plans", entry.id, entry.label, "create")
        elif entry.changes:
            old = entry.existing
            changed = {k: v for k, v in entry.changes.items() if old[k] != v}
            log.changes("plans", entry.id, entry.label, old, changed)
            plan_updates.append({c: entry.changes.get(c, old[c]) for c in _PLAN_UPDATABLE}
                                | {"id": entry.id, "version": old["version"]})
    insert_rows(session, Plan.__table__, new_plans)  # type: ignore[arg-type]
    update_rows(session, Plan.__table__, _PLAN_UPDATABLE, plan_updates, now)  # type: ignore[arg-type]
    new_activities = []
    activity_updates = []
    for p in planned:
        label = f"{p.plan.label}: {p.values.get('name') or (p.existing or {}).get('name', '')}"
        if p.existing is None:
            new_activities.append(new_record(now, id=p.id, plan_id=p.plan.id, **(_NEW_ACTIVITY | p.values)))
            log.add("critical_activities", p.id, label, "create")
        elif p.changes:
            log.changes("critical_activities", p.id, label, p.existing, p.changes)
            activity_updates.append({c: p.changes.get(c, p.existing[c]) for c in _ACTIVITY_UPDATABLE}
                                    | {"id": p.id, "version": p.existing["version"]})
    insert_rows(session, CriticalActivity.__table__, new_activities)  # type: ignore[arg-type]
    update_rows(session, CriticalActivity.__table__, _ACTIVITY_UPDATABLE, activity_updates,  # type: ignore[arg-type]
                now)
    log.write(session)
