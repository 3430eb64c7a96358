"""Importing lessons and their recommendations from a spreadsheet: what `bcm export lessons` writes imports back.

One row per recommendation (a lesson with none yet has a row with the recommendation blank). The event is an existing
exercise (by name) or incident (by title); a lesson is matched by event and text, a recommendation by lesson and text
(case and spacing ignored): a match is updated, never duplicated. Unknown owners are created as people, as in the
other imports; a plan is named by its service, a risk by its reference, and both must exist.

A recommendation's status follows the lessons loop: implemented and embedded need evidence; embedded needs the later
exercise or incident that verified it, and is final. A file may move a recommendation on more than one step at once
(it carries the evidence each step needs), or from implemented back to in progress; never back otherwise.

All or nothing, as the other imports: every problem names its row, column, value and why.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.lesson_rules import STATUSES, check_transition, clean_themes, next_statuses, status_label
from bcm.lesson_views import EventOption
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
from bcm.services.imports import LESSON_COLUMNS, ImportSummary, _mapped, _Rows, _session, _summary
from bcm.tabular import Sheet, SheetRow, normalise, one_line, text
from db.models import Exercise, Incident, Lesson, LessonTheme, Plan, Recommendation, Risk, Service, Theme, utcnow

READ_ONLY = ("overdue",)
EVENT_KINDS = {"exercise": "exercise", "incident": "incident"}
RECOMMENDATION_STATUSES = {
    **{normalise(s): s for s in STATUSES},
    "new": "identified", "open": "identified", "notstarted": "identified",
    "started": "in_progress", "ongoing": "in_progress", "inprogress": "in_progress",
    "done": "implemented", "complete": "implemented", "completed": "implemented",
    "verified": "embedded",
}
# one step back before a status: check_transition then says what that status needs (evidence, a later event)
_STEP_BEFORE = {"implemented": "in_progress", "embedded": "implemented"}
_RULE_COLUMNS = {"evidence": "evidence", "verified by": "verified_by", "status": "status"}
_REC_UPDATABLE = ("owner_id", "due_on", "status", "evidence", "verified_by_exercise_id", "verified_by_incident_id",
                  "plan_id", "risk_id")
_REC_DETAILS = ("owner", "due", "evidence", "verified_by", "plan", "risk")

EventKey = tuple[str, uuid.UUID]


class _Events:
    """Exercises by name and incidents by title, loaded once (dates as the lessons list shows them)."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, list[EventOption]] = defaultdict(list)
        for event_id, name, held in session.execute(
            select(Exercise.id, Exercise.name, Exercise.held_on).where(Exercise.deleted_at.is_(None))
        ):
            self.by_name[name_key(name)].append(EventOption("exercise", event_id, name, held))
        for event_id, title, started in session.execute(
            select(Incident.id, Incident.title, Incident.started_at).where(Incident.deleted_at.is_(None))
            .order_by(Incident.started_at)
        ):
            self.by_name[name_key(title)].append(EventOption("incident", event_id, title, started.astimezone().date()))

    def find(self, name: str, kind: str = "", held: date | None = None) -> EventOption | str:
        """The event, or why there is none: an exercise is preferred to an incident of the same name (as when a
        lesson is recorded), and several incidents of one title are told apart by their date."""
        found = [e for e in self.by_name.get(name_key(name), []) if not kind or e.kind == kind]
        what = {"exercise": "no exercise", "incident": "no incident"}.get(kind, "no exercise or incident")
        if not found:
            return f"{what} has this name (record the event first)"
        exercises = [e for e in found if e.kind == "exercise"]
        if exercises:
            return exercises[0]
        if len(found) > 1 and held is not None:
            found = [e for e in found if e.held_on == held] or found
        if len(found) > 1:
            dates = ", ".join(f"{e.held_on:%d/%m/%Y}" for e in found)
            return f"{len(found)} incidents have this title (on {dates}): give the event_date to say which"
        return found[0]


@dataclass
class _LessonEntry:
    event: EventOption
    text: str
    existing: dict[str, Any] | None
    id: uuid.UUID
    themes: tuple[list[str], int] | None = None  # as given, and the first row giving them
    theme_adds: list[str] = field(default_factory=list)
    theme_removes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.event.name}: lesson"


@dataclass
class _RecommendationRow:
    row: SheetRow
    lesson: _LessonEntry
    id: uuid.UUID
    values: dict[str, Any]
    existing: dict[str, Any] | None
    changes: dict[str, Any] = field(default_factory=dict)


class _Lookups:
    """Everything a row may name, loaded once."""

    def __init__(self, session: Session) -> None:
        self.events = _Events(session)
        self.people: NameLookup = people_lookup(session)
        self.plans = {name_key(name): plan_id for plan_id, name in session.execute(
            select(Plan.id, Service.name).join(Service, Service.id == Plan.service_id)
            .where(Plan.deleted_at.is_(None), Service.deleted_at.is_(None)))}
        self.risks = {ref.casefold(): risk_id for risk_id, ref in session.execute(
            select(Risk.id, Risk.ref).where(Risk.deleted_at.is_(None)))}
        self.themes = dict(session.execute(select(Theme.name, Theme.id)).tuples().all())
        self.new_themes: dict[str, uuid.UUID] = {}
        self.lessons: dict[tuple[EventKey, str], dict[str, Any]] = {}
        for lesson_id, version, exercise_id, incident_id, lesson_text in session.execute(
            select(Lesson.id, Lesson.version, Lesson.exercise_id, Lesson.incident_id, Lesson.text)
            .where(Lesson.deleted_at.is_(None)).order_by(Lesson.created_at)
        ):
            event: EventKey = ("exercise", exercise_id) if exercise_id else ("incident", incident_id)
            self.lessons.setdefault((event, name_key(lesson_text)), {"id": lesson_id, "version": version})
        # every lesson-theme link, the removed too: a link put back is the same row (one per lesson and theme)
        self.links: dict[uuid.UUID, dict[str, dict[str, Any]]] = defaultdict(dict)
        for link_id, version, lesson_id, name, deleted_at in session.execute(
            select(LessonTheme.id, LessonTheme.version, LessonTheme.lesson_id, Theme.name, LessonTheme.deleted_at)
            .join(Theme, Theme.id == LessonTheme.theme_id)
        ):
            self.links[lesson_id][name] = {"id": link_id, "version": version, "deleted_at": deleted_at}
        columns = ["id", "version", "lesson_id", "text", *_REC_UPDATABLE]
        self.recommendations: dict[tuple[uuid.UUID, str], dict[str, Any]] = {}
        for r in session.execute(select(*(getattr(Recommendation, c) for c in columns))
                                 .where(Recommendation.deleted_at.is_(None)).order_by(Recommendation.created_at)):
            self.recommendations.setdefault((r[2], name_key(r[3])), dict(zip(columns, r, strict=True)))

    def theme_id(self, name: str) -> uuid.UUID:
        found = self.themes.get(name) or self.new_themes.get(name)
        if found is None:
            found = self.new_themes[name] = uuid.uuid4()
        return found


def _event(rows: _Rows, row: SheetRow, lookups: _Lookups, name_column: str, kind: str = "",
           held: date | None = None) -> EventOption | None:
    name = rows.line(row, name_column)
    if not name:
        return None
    found = lookups.events.find(name, kind, held)
    if isinstance(found, str):
        rows.problem(row, name_column, found)
        return None
    return found


def _status_move(old: str, new: str) -> str | None:
    """Why a file may not move a recommendation from old to new (None when it may)."""
    if new == old or new in next_statuses(old):
        return None
    if old == "embedded":
        return ("an embedded recommendation is final; if the lesson comes back, record it as a new lesson from the "
                "event where it recurred")
    if STATUSES.index(new) < STATUSES.index(old):
        return f"cannot go back from {status_label(old)} to {status_label(new)}"
    return None  # on by more than one step: the row carries what each step needs


def import_lessons(ctx: Context, sheet: Sheet, *, dry_run: bool = False) -> ImportSummary:
    """Lessons and recommendations, matched by event and lesson text, then by recommendation text."""
    mapping = _mapped(sheet, LESSON_COLUMNS)
    rows = _Rows(sheet, mapping)
    today = ctx.today()
    with _session(ctx, dry_run) as session:
        lookups = _Lookups(session)
        lessons: dict[tuple[EventKey, str], _LessonEntry] = {}
        planned: list[_RecommendationRow] = []
        seen: dict[Any, int] = {}
        for row in sheet.rows:
            before = len(rows.problems)
            kind = rows.pick(row, "event_kind", EVENT_KINDS, "")
            event = _event(rows, row, lookups, "event", kind, rows.date(row, "event_date"))
            if not rows.line(row, "event"):
                rows.problem(row, "event", "missing event (the exercise or incident the lesson came from)")
            lesson_text = one_line(rows.cell(row, "lesson"))
            if not lesson_text:
                rows.problem(row, "lesson", "missing lesson (say what was learnt)")
            themes: list[str] | None = None
            if mapping.has("themes"):
                try:
                    themes = clean_themes(text(rows.cell(row, "themes")).replace("\n", ","))  # a JSON list too
                except ValidationError as exc:
                    rows.problem(row, "themes", exc.problems[0].message, str(exc.problems[0].value))
            recommendation = one_line(rows.cell(row, "recommendation"))
            if not recommendation:
                status = rows.pick(row, "status", RECOMMENDATION_STATUSES, "identified")
                if status != "identified" or any(text(rows.cell(row, n)) for n in _REC_DETAILS):
                    rows.problem(row, "recommendation", "missing recommendation (the row gives an owner, due date, "
                                                        "status or evidence, which belong to one)")
            if event is None or not lesson_text or len(rows.problems) > before:
                if recommendation:
                    _recommendation_values(rows, row, lookups, None, None, today)  # the row's other problems too
                continue
            key = ((event.kind, event.id), name_key(lesson_text))
            entry = lessons.get(key)
            if entry is None:
                old_lesson = lookups.lessons.get(key)
                entry = lessons[key] = _LessonEntry(event, lesson_text, old_lesson,
                                                    old_lesson["id"] if old_lesson else uuid.uuid4())
            if themes:
                if entry.themes is None:
                    entry.themes = (themes, row.number)
                elif set(entry.themes[0]) != set(themes):
                    rows.problem(row, "themes", f"differ from row {entry.themes[1]} for the same lesson (a lesson "
                                                "has one set of themes)")
            if not recommendation:
                rows.repeated(seen, (key, ""), row, "lesson", "a lesson with no recommendation")
                continue
            if rows.repeated(seen, (key, name_key(recommendation)), row, "recommendation",
                             "a recommendation for this lesson"):
                continue
            old = lookups.recommendations.get((entry.id, name_key(recommendation)))
            values = _recommendation_values(rows, row, lookups, entry, old, today)
            if values is None or len(rows.problems) > before:
                continue
            if old is None:
                values |= {"text": recommendation, "lesson_id": entry.id}
            planned.append(_RecommendationRow(row, entry, old["id"] if old else uuid.uuid4(), values, old))
        rows.check()
        created, updated = _work_out_changes(lookups, lessons, planned, mapping.has("themes"))
        if not dry_run:
            _write(session, ctx, lookups, lessons, planned)
        summary = _summary("lessons", sheet, mapping, created, updated,
                           [e.event.name for e in lessons.values()], lookups.people, None, dry_run)
        shown = tuple(mapping.label(name) for name in READ_ONLY if mapping.has(name))
        return dataclasses.replace(summary, ignored_columns=summary.ignored_columns + shown)


def _recommendation_values(rows: _Rows, row: SheetRow, lookups: _Lookups, lesson: _LessonEntry | None,
                           old: dict[str, Any] | None, today: date) -> dict[str, Any] | None:
    """The recommendation's fields the file gives, checked against the lifecycle; None when the row has problems.
    lesson None: the row's lesson is in doubt, so only the cells are checked."""
    mapping = rows.mapping
    before = len(rows.problems)
    values: dict[str, Any] = {}
    if mapping.has("owner") or (old is None and lesson is not None):
        owner = rows.line(row, "owner")
        if not owner:
            rows.problem(row, "owner", "missing owner (every recommendation needs one)")
        else:
            values["owner_id"] = lookups.people.id_for(owner) if lesson is not None else None
    if mapping.has("due") or (old is None and lesson is not None):
        due = rows.date(row, "due")
        if due is None and not text(rows.cell(row, "due")):
            rows.problem(row, "due", "missing due date (every recommendation needs one)")
        values["due_on"] = due
    if mapping.has("status"):
        status = rows.pick(row, "status", RECOMMENDATION_STATUSES, "")
        if status:
            values["status"] = status
    if "status" not in values and old is None:
        values["status"] = "identified"
    if mapping.has("evidence"):
        values["evidence"] = text(rows.cell(row, "evidence")) or None
    verifier: EventOption | None = None
    if mapping.has("verified_by"):
        verifier = _event(rows, row, lookups, "verified_by")
        values["verified_by_exercise_id"] = verifier.id if verifier and verifier.kind == "exercise" else None
        values["verified_by_incident_id"] = verifier.id if verifier and verifier.kind == "incident" else None
    for column, attribute, known, why in (
        ("plan", "plan_id", lookups.plans, "no business continuity plan for a service of this name"),
        ("risk", "risk_id", lookups.risks, "no risk has this reference"),
    ):
        if mapping.has(column):
            given = rows.line(row, column)
            key = given.casefold() if column == "risk" else name_key(given)
            if given and key not in known:
                rows.problem(row, column, why)
            values[attribute] = known.get(key) if given else None
    if lesson is None or len(rows.problems) > before:
        return None
    _check_lifecycle(rows, row, lookups, lesson, old, values, verifier, today)
    return values if len(rows.problems) == before else None


def _check_lifecycle(rows: _Rows, row: SheetRow, lookups: _Lookups, lesson: _LessonEntry, old: dict[str, Any] | None,
                     values: dict[str, Any], verifier: EventOption | None, today: date) -> None:
    """The status the recommendation would have, with the evidence and verifying event it would have."""
    status = values.get("status", old["status"] if old else "identified")
    if old is not None:
        why = _status_move(old["status"], status)
        if why is not None:
            rows.problem(row, "status", why)
            return
    evidence = values["evidence"] if "evidence" in values else (old or {}).get("evidence")
    if "verified_by_exercise_id" not in values and old is not None:
        verifier = _verifier(lookups, old)
    if verifier is not None and status != "embedded":
        rows.problem(row, "verified_by" if rows.mapping.has("verified_by") else "status",
                     f"only an embedded recommendation names the event that verified it (this one is "
                     f"{status_label(status)})", verifier.name)
    if status not in _STEP_BEFORE:
        return
    try:
        check_transition(_STEP_BEFORE[status], status, evidence=evidence,
                         lesson_event=(lesson.event.name, lesson.event.held_on),
                         verifying_event=(verifier.name, verifier.held_on) if verifier else None,
                         today=today)
    except ValidationError as exc:
        for p in exc.problems:
            column = _RULE_COLUMNS.get(p.field, p.field)
            shown = None if rows.mapping.has(column) else ("" if p.value is None else str(p.value))
            rows.problem(row, column, p.message, shown)


def _verifier(lookups: _Lookups, old: dict[str, Any]) -> EventOption | None:
    wanted = old["verified_by_exercise_id"] or old["verified_by_incident_id"]
    if wanted is None:
        return None
    return next((e for events in lookups.events.by_name.values() for e in events if e.id == wanted), None)


def _work_out_changes(lookups: _Lookups, lessons: dict[tuple[EventKey, str], _LessonEntry],
                      planned: list[_RecommendationRow], has_themes: bool) -> tuple[int, int]:
    """Each recommendation's changes and each lesson's themes to add and remove; the rows counted as new and
    updated (a lesson's own change counts against its first row, unless a recommendation there already did)."""
    created = updated = 0
    counted: set[uuid.UUID] = set()
    for p in planned:
        if p.existing is None:
            created += 1
            counted.add(p.lesson.id)
            continue
        p.changes = {k: v for k, v in p.values.items() if p.existing.get(k) != v}
        if p.changes:
            updated += 1
            counted.add(p.lesson.id)
    for entry in lessons.values():
        if has_themes:
            wanted = entry.themes[0] if entry.themes else []
            links = lookups.links.get(entry.id, {}) if entry.existing else {}
            live = {name for name, link in links.items() if link["deleted_at"] is None}
            entry.theme_adds = [name for name in wanted if name not in live]
            entry.theme_removes = [links[name] | {"name": name} for name in sorted(live - set(wanted))]
        if entry.id in counted:
            continue
        if entry.existing is None:
            created += 1
        elif entry.theme_adds or entry.theme_removes:
            updated += 1
    return created, updated


def _write(session: Session, ctx: Context, lookups: _Lookups, lessons: dict[tuple[EventKey, str], _LessonEntry],
           planned: list[_RecommendationRow]) -> None:
    log = AuditLog(ctx)
    now = utcnow()
    write_new_people(session, lookups.people, log)
    new_lessons = []
    new_links = []
    link_updates = []
    for entry in lessons.values():
        label = entry.label
        if entry.existing is None:
            new_lessons.append(new_record(
                now, id=entry.id, text=entry.text, exercise_id=entry.event.id if entry.event.kind == "exercise"
                else None, incident_id=entry.event.id if entry.event.kind == "incident" else None))
            log.add("lessons", entry.id, label, "create")
        links = lookups.links.get(entry.id, {}) if entry.existing else {}
        for name in entry.theme_adds:
            link = links.get(name)
            if link is None:
                new_links.append(new_record(now, lesson_id=entry.id, theme_id=lookups.theme_id(name)))
                log.add("lesson_themes", new_links[-1]["id"], f"{label} theme", "create")
            else:  # put back: one row per lesson and theme
                log.changes("lesson_themes", link["id"], f"{label} theme", link, {"deleted_at": None})
                link_updates.append({"id": link["id"], "version": link["version"], "deleted_at": None})
        for link in entry.theme_removes:
            log.changes("lesson_themes", link["id"], f"{label} theme", link, {"deleted_at": now})
            link_updates.append({"id": link["id"], "version": link["version"], "deleted_at": now})
    themes = [new_record(now, id=theme_id, name=name) for name, theme_id in lookups.new_themes.items()]
    for theme in themes:
        log.add("themes", theme["id"], theme["name"], "create")
    insert_rows(session, Theme.__table__, themes)  # type: ignore[arg-type]
    insert_rows(session, Lesson.__table__, new_lessons)  # type: ignore[arg-type]
    insert_rows(session, LessonTheme.__table__, new_links)  # type: ignore[arg-type]
    update_rows(session, LessonTheme.__table__, ["deleted_at"], link_updates, now)  # type: ignore[arg-type]
    new_recommendations = []
    updates = []
    for p in planned:
        label = f"{p.lesson.event.name}: recommendation"
        if p.existing is None:
            new_recommendations.append(new_record(now, id=p.id, **(dict.fromkeys(_REC_UPDATABLE) | p.values)))
            log.add("recommendations", p.id, label, "create")
        elif p.changes:
            log.changes("recommendations", p.id, label, p.existing, p.changes)
            updates.append({c: p.changes.get(c, p.existing[c]) for c in _REC_UPDATABLE}
                           | {"id": p.id, "version": p.existing["version"]})
    insert_rows(session, Recommendation.__table__, new_recommendations)  # type: ignore[arg-type]
    update_rows(session, Recommendation.__table__, _REC_UPDATABLE, updates, now)  # type: ignore[arg-type]
    log.write(session)
