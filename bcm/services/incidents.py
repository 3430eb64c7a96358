"""Incident mode: start, the recovery clock, card checklists, situation reports, OPEL, the JESIP log, stand down."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bcm.context import Context
from bcm.disruptions import parse_disruptions
from bcm.errors import NotFoundError, Problem, ValidationError
from bcm.incident_rules import (
    OPEL_LEVELS,
    check_log_entry,
    clock_state,
    staffing_rating,
    time_left,
)
from bcm.incident_views import (
    CardView,
    ClockRow,
    IncidentDetail,
    IncidentRow,
    LogView,
    OpelView,
    SitrepView,
    StepView,
)
from bcm.many_objects import making_many_objects
from bcm.services.audit import apply_changes, created
from bcm.services.people import person_id
from bcm.services.plans import affected
from db.models import (
    CardStep,
    CriticalActivity,
    Incident,
    IncidentDisruption,
    IncidentService,
    LogEntry,
    OpelChange,
    Person,
    Plan,
    ResponseCard,
    Service,
    SituationReport,
    StaffingThreshold,
    StepTick,
)
from db.models.incidents import LOG_KINDS


def suggested_services(ctx: Context, disruptions: list[str]) -> list[str]:
    """Services whose plans say these disruptions hit them, soonest recovery time first."""
    return list(dict.fromkeys(row.service for row in affected(ctx, disruptions)))


def _service_ids(session: Session, names: list[str]) -> dict[str, uuid.UUID]:
    found = dict(session.execute(select(Service.name, Service.id).where(Service.name.in_(names))).tuples().all())
    missing = [n for n in names if n not in found]
    if missing:
        raise ValidationError.of("service", ", ".join(missing), "no such service")
    return found


def start_incident(ctx: Context, title: str, disruptions: list[str], lead: str | None, services: list[str],
                   opel_level: int | None = None, started_at: datetime | None = None) -> uuid.UUID:
    chosen = parse_disruptions(disruptions)
    title = " ".join(title.split())
    problems = []
    if not title:
        problems.append(Problem("title", title, "name the incident, e.g. 'Power cut: Thanet'"))
    if opel_level is not None and opel_level not in OPEL_LEVELS:
        problems.append(Problem("OPEL level", opel_level, "must be 1 (green) to 4 (black)"))
    start = started_at or ctx.now()
    if start > ctx.now():
        problems.append(Problem("start", start.isoformat(), "is in the future"))
    if problems:
        raise ValidationError(problems)
    with ctx.unit_of_work() as session:
        service_ids = _service_ids(session, list(dict.fromkeys(services)))
        incident = Incident(title=title, started_at=start, status="active", lead_id=person_id(session, ctx, lead))
        created(session, ctx, incident, title)
        for disruption in chosen:
            session.add(IncidentDisruption(incident_id=incident.id, disruption=disruption))
        for service_id in service_ids.values():
            session.add(IncidentService(incident_id=incident.id, service_id=service_id, plan_invoked=True))
        if opel_level is not None:
            session.add(OpelChange(incident_id=incident.id, changed_at=start, level=opel_level,
                                   reason="Level at the start of the incident"))
        return incident.id


def _incident(session: Session, incident_id: uuid.UUID) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None or incident.deleted_at is not None:
        raise NotFoundError("no such incident")
    return incident


def find_incident(ctx: Context, id_or_title: str) -> uuid.UUID:
    with ctx.reading() as session:
        try:
            found = session.get(Incident, uuid.UUID(id_or_title))
        except ValueError:
            found = session.scalars(select(Incident).where(func.lower(Incident.title) == id_or_title.strip().lower())
                                    .order_by(Incident.started_at.desc())).first()
        if found is None:
            known = session.scalars(select(Incident.title).order_by(Incident.started_at)).all()
            raise NotFoundError(f"no incident {id_or_title!r}; known: {', '.join(known) or 'none yet'}")
        return found.id


def list_incidents(ctx: Context) -> list[IncidentRow]:
    with ctx.reading() as session:
        return _rows(session, None)


def _rows(session: Session, only: uuid.UUID | None) -> list[IncidentRow]:
    query = select(Incident, Person.name).outerjoin(Person, Person.id == Incident.lead_id).where(
        Incident.deleted_at.is_(None)).order_by(Incident.started_at.desc())
    def of(column: Any, statement: Any) -> Any:  # one incident's, when only one is asked for
        return statement if only is None else statement.where(column == only)

    if only is not None:
        query = query.where(Incident.id == only)
    disruptions: dict[uuid.UUID, list[str]] = defaultdict(list)
    for incident_id, disruption in session.execute(of(IncidentDisruption.incident_id, select(
            IncidentDisruption.incident_id, IncidentDisruption.disruption))):
        disruptions[incident_id].append(disruption)
    services = dict(session.execute(of(IncidentService.incident_id, select(
        IncidentService.incident_id, func.count())).group_by(IncidentService.incident_id)).tuples().all())
    entries = dict(session.execute(of(LogEntry.incident_id, select(LogEntry.incident_id, func.count())).group_by(
        LogEntry.incident_id)).tuples().all())
    latest_opel: dict[uuid.UUID, int] = {}
    for incident_id, level in session.execute(
        of(OpelChange.incident_id, select(OpelChange.incident_id, OpelChange.level)).order_by(OpelChange.changed_at)
    ):
        latest_opel[incident_id] = level
    return [
        IncidentRow(i.id, i.title, i.status, i.started_at, i.stood_down_at, lead or "",
                    tuple(disruptions.get(i.id, [])), services.get(i.id, 0), latest_opel.get(i.id),
                    entries.get(i.id, 0))
        for i, lead in session.execute(query).tuples()
    ]


def incident_detail(ctx: Context, incident_id: uuid.UUID, *, with_log: bool = True) -> IncidentDetail:
    """Everything about the incident. with_log=False leaves the log out: a week-long incident's is 200,000 entries,
    which the incident screen reads apart (log_entries), the latest first and then only what is new."""
    now = ctx.now()
    with ctx.reading() as session:
        incident = _incident(session, incident_id)
        row = _rows(session, incident_id)[0]
        service_rows = session.execute(
            select(Service.id, Service.name, Plan.id).join(IncidentService, IncidentService.service_id == Service.id)
            .outerjoin(Plan, Plan.service_id == Service.id)
            .where(IncidentService.incident_id == incident_id).order_by(Service.name)
        ).tuples().all()
        plan_service = {plan_id: name for _, name, plan_id in service_rows if plan_id is not None}
        clock_end = incident.stood_down_at or now
        clock = [
            ClockRow(plan_service[a.plan_id], a.name, a.priority, a.rto_hours, a.mtpd_hours, a.workarounds,
                     clock_state(incident.started_at, clock_end, a.rto_hours),
                     time_left(incident.started_at, clock_end, a.rto_hours).total_seconds() / 3600)
            for a in session.scalars(select(CriticalActivity).where(
                CriticalActivity.plan_id.in_(plan_service), CriticalActivity.deleted_at.is_(None)))
        ]
        clock.sort(key=lambda c: (c.rto_hours, c.priority, c.service))
        ticks = {t.step_id: t for t in session.scalars(select(StepTick).where(StepTick.incident_id == incident_id))}
        names = _names(session, {t.ticked_by_id for t in ticks.values() if t.ticked_by_id})
        disruptions = list(row.disruptions)
        hit = session.execute(
            select(ResponseCard, Service.name).join(Plan, Plan.id == ResponseCard.plan_id)
            .join(Service, Service.id == Plan.service_id)
            .where(ResponseCard.plan_id.in_(plan_service), ResponseCard.disruption.in_(disruptions))
            .order_by(Service.name, ResponseCard.disruption)
        ).tuples().all()
        steps_of: dict[uuid.UUID, list[StepView]] = defaultdict(list)  # every card's steps in one read, not one each
        for step in session.scalars(select(CardStep).where(CardStep.card_id.in_([card.id for card, _ in hit]),
                                                           CardStep.deleted_at.is_(None))
                                    .order_by(CardStep.card_id, CardStep.position)):
            tick = ticks.get(step.id)
            steps_of[step.card_id].append(StepView(
                step.id, step.position, step.text, step.who, step.when,
                names.get(tick.ticked_by_id, "") if tick and tick.ticked_by_id else (None if tick is None else ""),
                tick.ticked_at if tick else None))
        cards = [CardView(service, card.disruption, card.title, steps_of[card.id]) for card, service in hit]
        reports = list(session.scalars(select(SituationReport).where(SituationReport.incident_id == incident_id)
                                       .order_by(SituationReport.reported_at)))
        reported = {r.service_id for r in reports}  # the thresholds and names of these services only, not a county's
        thresholds: dict[uuid.UUID, dict[str, float]] = defaultdict(dict)
        for service_id, level, below in session.execute(
            select(Plan.service_id, StaffingThreshold.level, StaffingThreshold.below_percent)
            .join(Plan, Plan.id == StaffingThreshold.plan_id).where(Plan.service_id.in_(reported))
        ):
            thresholds[service_id][level] = below
        service_names = {sid: name for sid, name, _ in service_rows}
        reported_names = dict(session.execute(select(Service.id, Service.name).where(Service.id.in_(reported)))
                              .tuples().all()) if reported else {}
        sitreps = [
            SitrepView(s.reported_at, reported_names.get(s.service_id, ""), s.staffing_percent,
                       staffing_rating(s.staffing_percent, thresholds.get(s.service_id))
                       if s.staffing_percent is not None else None, s.issues)
            for s in reports
        ]
        opel = [OpelView(o.changed_at, o.level, o.reason) for o in session.scalars(
            select(OpelChange).where(OpelChange.incident_id == incident_id).order_by(OpelChange.changed_at))]
        log = _log(session, incident_id) if with_log else []
        return IncidentDetail(row, incident.closing_note, list(service_names.values()), clock, cards, sitreps,
                              opel, log)


def log_entries(ctx: Context, incident_id: uuid.UUID, *, after: int = 0, last: int | None = None) -> list[LogView]:
    """The incident's log entries numbered after `after`, in order; with `last`, only the last that many of them
    (what the screen shows first). Each entry says which later entries correct it, wherever they are."""
    with ctx.reading() as session:
        _incident(session, incident_id)  # NotFoundError for an unknown incident
        return _log(session, incident_id, after, last)


def _names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all())


def log_size(ctx: Context, incident_id: uuid.UUID) -> int:
    """How many entries the incident's log holds: the screen reads only entries numbered after the last it has, and
    this says when others came in out of turn (merged from another laptop's log)."""
    with ctx.reading() as session:
        return session.execute(select(func.count()).select_from(LogEntry)
                               .where(LogEntry.incident_id == incident_id)).scalar_one()


_AUTHOR = aliased(Person)
_LOG_COLUMNS = (LogEntry.id, LogEntry.sequence, LogEntry.logged_at, LogEntry.event_at, _AUTHOR.name,
                LogEntry.kind, LogEntry.text, LogEntry.rationale, LogEntry.options_considered, LogEntry.late_reason,
                LogEntry.corrects_id)


def _log(session: Session, incident_id: uuid.UUID, after: int = 0, last: int | None = None) -> list[LogView]:
    """Plain columns, not ORM objects: a week-long log is 200,000 entries. Corrections are few, and are read apart:
    those logged from the first entry read on, since an entry is corrected only by a later one (for the last 500 of
    a week-long log, that is 500 entries looked through, not 200,000: 40 ms less to open the incident)."""
    conn = session.connection()
    of_incident = LogEntry.incident_id == incident_id
    query = (select(*_LOG_COLUMNS).outerjoin(_AUTHOR, _AUTHOR.id == LogEntry.author_id)
             .where(of_incident, LogEntry.sequence > after))
    if last is None:
        query = query.order_by(LogEntry.sequence, LogEntry.logged_at, LogEntry.id)
    else:
        query = query.order_by(LogEntry.sequence.desc(), LogEntry.logged_at.desc(), LogEntry.id.desc()).limit(last)
    with making_many_objects():
        rows = list(conn.execute(query))
        if last is not None:
            rows.reverse()
        first = min((row[1] for row in rows), default=after + 1) if last is not None else after + 1
        target = aliased(LogEntry)
        corrected_by: dict[uuid.UUID, list[int]] = defaultdict(list)
        sequence_of: dict[uuid.UUID, int] = {}  # of each entry corrected
        for sequence, corrects_id, corrected_sequence in conn.execute(
                select(LogEntry.sequence, LogEntry.corrects_id, target.sequence)
                .join(target, target.id == LogEntry.corrects_id).where(of_incident, LogEntry.sequence >= first)
                .order_by(LogEntry.sequence)):
            corrected_by[corrects_id].append(sequence)
            sequence_of[corrects_id] = corrected_sequence
        return [LogView(id_, sequence, logged_at, event_at, author or "", kind, text, rationale, options,
                        late_reason, sequence_of.get(corrects_id) if corrects_id else None,
                        tuple(corrected_by.get(id_, ())), corrects_id)
                for (id_, sequence, logged_at, event_at, author, kind, text, rationale, options, late_reason,
                     corrects_id) in rows]


def _open_incident(session: Session, incident_id: uuid.UUID) -> Incident:
    incident = _incident(session, incident_id)
    if incident.status != "active":
        raise ValidationError.of("incident", incident.title, "has been stood down: only a closing note can be added")
    return incident


def add_log_entry(ctx: Context, incident_id: uuid.UUID, kind: str, text: str, *, author: str | None = None,
                  event_at: datetime | None = None, rationale: str | None = None, options: str | None = None,
                  late_reason: str | None = None, corrects: uuid.UUID | None = None) -> int:
    """Append to the incident and decision log; returns the entry's number. Entries are never edited."""
    if kind not in LOG_KINDS:
        raise ValidationError.of("kind", kind, f"must be one of {', '.join(LOG_KINDS)}")
    logged_at = ctx.now()
    event = event_at or logged_at
    check_log_entry(kind, text, rationale, event, logged_at, late_reason)
    with ctx.unit_of_work() as session:
        incident = _open_incident(session, incident_id)
        if corrects is not None:
            target = session.get(LogEntry, corrects)
            if target is None or target.incident_id != incident.id:
                raise ValidationError.of("corrects", str(corrects), "no such entry in this incident's log")
        sequence = (session.scalar(select(func.max(LogEntry.sequence)).where(LogEntry.incident_id == incident.id))
                    or 0) + 1
        entry = LogEntry(
            incident_id=incident.id, sequence=sequence, logged_at=logged_at, event_at=event,
            author_id=person_id(session, ctx, author), kind=kind, text=text.strip(),
            rationale=(rationale or "").strip() or None, options_considered=(options or "").strip() or None,
            late_reason=(late_reason or "").strip() or None, corrects_id=corrects,
        )
        created(session, ctx, entry, f"{incident.title} log {sequence}")
        return sequence


def tick_step(ctx: Context, incident_id: uuid.UUID, step_id: uuid.UUID, who: str | None) -> None:
    """Tick a response card step: records who and when (once)."""
    with ctx.unit_of_work() as session:
        incident = _open_incident(session, incident_id)
        step = session.get(CardStep, step_id)
        if step is None:
            raise NotFoundError("no such card step")
        if session.scalar(select(StepTick.id).where(StepTick.incident_id == incident.id,
                                                    StepTick.step_id == step_id)) is not None:
            return
        created(session, ctx, StepTick(incident_id=incident.id, step_id=step_id,
                                       ticked_by_id=person_id(session, ctx, who), ticked_at=ctx.now()),
                f"{incident.title} step {step.position}")


def record_sitrep(ctx: Context, incident_id: uuid.UUID, service: str, staffing_percent: float | None,
                  issues: str = "") -> None:
    if staffing_percent is not None and not 0 <= staffing_percent <= 100:
        raise ValidationError.of("staffing %", staffing_percent, "must be between 0 and 100")
    with ctx.unit_of_work() as session:
        incident = _open_incident(session, incident_id)
        service_id = _service_ids(session, [service])[service]
        created(session, ctx, SituationReport(incident_id=incident.id, reported_at=ctx.now(), service_id=service_id,
                                              staffing_percent=staffing_percent, issues=issues.strip()),
                f"{incident.title} sitrep {service}")


def change_opel(ctx: Context, incident_id: uuid.UUID, level: int, reason: str) -> None:
    if level not in OPEL_LEVELS:
        raise ValidationError.of("OPEL level", level, "must be 1 (green) to 4 (black)")
    if not reason.strip():
        raise ValidationError.of("reason", reason, "say why the OPEL level changes")
    with ctx.unit_of_work() as session:
        incident = _open_incident(session, incident_id)
        created(session, ctx, OpelChange(incident_id=incident.id, changed_at=ctx.now(), level=level,
                                         reason=reason.strip()), f"{incident.title} OPEL {level}")


def stand_down(ctx: Context, incident_id: uuid.UUID, closing_note: str) -> None:
    """Close the incident to new entries; it moves on to its debrief."""
    if not closing_note.strip():
        raise ValidationError.of("closing note", closing_note, "say why the incident is stood down")
    with ctx.unit_of_work() as session:
        incident = _open_incident(session, incident_id)
        apply_changes(session, ctx, incident, incident.title, {
            "status": "stood_down", "stood_down_at": ctx.now(), "closing_note": closing_note.strip()})


def add_closing_note(ctx: Context, incident_id: uuid.UUID, note: str) -> None:
    """After stand down only the closing note grows (added to, never overwritten)."""
    if not note.strip():
        raise ValidationError.of("closing note", note, "is empty")
    with ctx.unit_of_work() as session:
        incident = _incident(session, incident_id)
        if incident.status == "active":
            raise ValidationError.of("incident", incident.title, "is still active: log an entry instead")
        stamped = f"{ctx.now().astimezone():%d/%m/%Y %H:%M} {ctx.user}: {note.strip()}"
        combined = f"{incident.closing_note}\n{stamped}".strip()
        apply_changes(session, ctx, incident, incident.title, {"closing_note": combined})
