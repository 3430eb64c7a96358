"""Loads the demo dataset in one unit of work: all of it or nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.demo import events_data, plans_data, registers_data
from bcm.errors import DomainError
from bcm.services.audit import created
from bcm.services.matrix import load_matrix
from bcm.services.risks import RiskInput, add_risk
from db.models import (
    ActivityImpact,
    CardStep,
    CascadeEntry,
    Control,
    CriticalActivity,
    Debrief,
    Dependency,
    DependencyActivity,
    Exercise,
    ExerciseObjective,
    ExerciseParticipant,
    ExercisePlan,
    Incident,
    IncidentDisruption,
    IncidentService,
    Lesson,
    LessonTheme,
    LogEntry,
    Observation,
    ObservationTheme,
    OpelChange,
    Person,
    Plan,
    PlanVersion,
    Recommendation,
    ResponseCard,
    ReviewComment,
    Risk,
    RiskAcceptance,
    RiskAction,
    RiskRegister,
    ScoreChange,
    Service,
    SituationReport,
    StaffingThreshold,
    Theme,
)

try:
    LOCAL = ZoneInfo("Europe/London")
except ZoneInfoNotFoundError:  # Windows without the tzdata package: the papers' times are close enough to UTC
    LOCAL = ZoneInfo("UTC")


class DemoRefused(DomainError):
    """The database already holds data."""


@dataclass(frozen=True)
class DemoSummary:
    people: int
    registers: int
    risks: int
    services: int
    plans: int
    exercises: int
    incidents: int
    recommendations: int


def holds_data(session: Session) -> bool:
    return any(
        session.scalar(select(model.id).limit(1)) is not None
        for model in (Person, Service, RiskRegister, Risk, Plan, Exercise, Incident)
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _when(text: str) -> datetime:
    """A local time as written in the papers, stored as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=LOCAL).astimezone(UTC)


def _noon(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(12), tzinfo=LOCAL).astimezone(UTC)


class _Loader:
    def __init__(self, session: Session, ctx: Context) -> None:
        self.session = session
        self.ctx = ctx
        self.people: dict[str, uuid.UUID] = {}
        self.services: dict[str, uuid.UUID] = {}
        self.plans: dict[str, uuid.UUID] = {}
        self.themes: dict[str, uuid.UUID] = {}
        self.events: dict[str, tuple[str, uuid.UUID, date]] = {}
        self.recommendations = 0

    def person(self, name: str | None) -> uuid.UUID | None:
        if not name:
            return None
        if name not in self.people:
            raise DomainError(f"demo data names {name!r}, who is not among its people")
        return self.people[name]

    def theme(self, name: str) -> uuid.UUID:
        key = name.strip().lower()
        if key not in self.themes:
            theme = Theme(name=key)
            self.session.add(theme)
            self.session.flush([theme])
            self.themes[key] = theme.id
        return self.themes[key]

    def load_people(self) -> None:
        for source in (registers_data.PEOPLE, plans_data.PEOPLE, events_data.PEOPLE):
            for p in source:
                if p["name"] in self.people:
                    continue
                person = Person(
                    name=p["name"], job_title=p.get("job_title") or "", team=p.get("team") or "",
                    work_phone=p.get("work_phone") or "", mobile=p.get("mobile") or "",
                    out_of_hours=p.get("out_of_hours") or "", email=p.get("email") or "",
                    on_call_role=p.get("on_call_role") or "",
                )
                created(self.session, self.ctx, person, person.name)
                self.people[person.name] = person.id

    def load_registers(self) -> None:
        session = self.session
        matrix = load_matrix(session)
        for r in registers_data.REGISTERS:
            register = RiskRegister(name=r["name"], level=r["level"], owner_id=self.person(r.get("owner")),
                                    description=r.get("description") or "")
            created(session, self.ctx, register, register.name)
        links: list[tuple[uuid.UUID, str]] = []
        for r in registers_data.RISKS:
            inherent = r.get("inherent") or (None, None)
            target = r.get("target") or (None, None)
            previous = r.get("previous") or (None, None)
            risk_id = add_risk(session, self.ctx, matrix, RiskInput(
                register=r["register"], ref=r["ref"], title=r["title"], likelihood=r["current"][0],
                impact=r["current"][1], owner=r.get("owner"), description=r.get("description") or "",
                cause=r.get("cause") or "", consequence=r.get("consequence") or "", category=r.get("category") or "",
                kind=r.get("kind") or "risk", status=r.get("status") or "open",
                inherent_likelihood=inherent[0], inherent_impact=inherent[1],
                target_likelihood=target[0], target_impact=target[1],
                previous_likelihood=previous[0], previous_impact=previous[1],
                financial_exposure_m=r.get("financial_exposure_m"), treatment=r.get("treatment") or "reduce",
                last_review=_date(r.get("last_review")), next_review=_date(r.get("next_review")),
            ))
            for position, c in enumerate(r.get("controls") or []):
                session.add(Control(risk_id=risk_id, position=position, description=c["text"],
                                    owner_id=self.person(c.get("owner"))))
            for a in r.get("actions") or []:
                session.add(RiskAction(risk_id=risk_id, description=a["text"], owner_id=self.person(a.get("owner")),
                                       due_on=_date(a.get("due")), status=a.get("status") or "open",
                                       done_on=_date(a.get("done"))))
            for c in r.get("review_comments") or []:
                session.add(ReviewComment(risk_id=risk_id, commented_on=_date(c["date"]),
                                          author_id=self.person(c.get("author")), text=c["text"]))
            for h in r.get("history") or []:
                session.add(ScoreChange(
                    risk_id=risk_id, changed_at=_noon(h["date"]), changed_by="demo", score_kind="current",
                    from_likelihood=h["from"][0] if h.get("from") else None,
                    from_impact=h["from"][1] if h.get("from") else None,
                    to_likelihood=h["to"][0], to_impact=h["to"][1], reason=h.get("reason") or "Rescored at review",
                ))
            acceptance = r.get("acceptance")
            if acceptance:
                session.add(RiskAcceptance(
                    risk_id=risk_id, accepted_by_id=self.person(acceptance["by"]), accepted_on=_date(acceptance["on"]),
                    expires_on=_date(acceptance.get("until")), likelihood=r["current"][0], impact=r["current"][1],
                ))
            if r.get("linked_corporate"):
                links.append((risk_id, r["linked_corporate"]))
        session.flush()
        for risk_id, ref in links:
            target_id = session.scalar(select(Risk.id).where(func.lower(Risk.ref) == ref.lower()))
            if target_id is not None and target_id != risk_id:
                risk = session.get(Risk, risk_id)
                assert risk is not None
                risk.escalated_to_id = target_id

    def load_plans(self) -> None:
        session = self.session
        for s in plans_data.SERVICES:
            service = Service(name=s["name"], short_name=s.get("short_name") or "", division=s.get("division") or "",
                              locality=s.get("locality") or "countywide", manager_id=self.person(s.get("manager")),
                              description=s.get("description") or "")
            created(session, self.ctx, service, service.name)
            self.services[service.name] = service.id
        for p in plans_data.PLANS:
            versions = p.get("versions") or []
            plan = Plan(
                service_id=self.services[p["service"]], status=p.get("status") or "draft",
                current_version=versions[-1]["version"] if versions else "0.1",
                owner_id=self.person(p.get("owner")), author_id=self.person(p.get("author")),
                approver_id=self.person(p.get("approver")), approved_on=_date(p.get("approved_on")),
                next_review=_date(p.get("next_review")), last_exercised=_date(p.get("last_exercised")),
                scope=p.get("scope") or "", invocation_criteria=p.get("invocation_criteria") or "",
                who_may_invoke=p.get("who_may_invoke") or "",
            )
            created(session, self.ctx, plan, f"Plan: {p['service']}")
            self.plans[p["service"]] = plan.id
            for v in versions:
                session.add(PlanVersion(plan_id=plan.id, number=v["version"], issued_on=_date(v["issued"]),
                                        summary=v.get("summary") or "", owner_name=v.get("owner") or ""))
            activities: dict[str, uuid.UUID] = {}
            for a in p.get("activities") or []:
                activity = CriticalActivity(
                    plan_id=plan.id, name=a["name"], description=a.get("description") or "", priority=a["priority"],
                    rto_hours=a["rto_hours"], mtpd_hours=a["mtpd_hours"],
                    minimum_service_level=a.get("minimum_service_level") or "",
                    minimum_staff=a.get("minimum_staff") or 0, workarounds=a.get("workarounds") or "",
                )
                session.add(activity)
                session.flush([activity])
                activities[a["name"]] = activity.id
                for i in a.get("impacts") or []:
                    session.add(ActivityImpact(activity_id=activity.id, after=i["after"], score=i["score"],
                                               harm=i.get("harm") or "people"))
            for d in p.get("dependencies") or []:
                dependency = Dependency(plan_id=plan.id, kind=d["kind"], name=d["name"],
                                        recovery_hours=d.get("recovery_hours"), notes=d.get("notes") or "")
                session.add(dependency)
                session.flush([dependency])
                for name in d.get("activities") or []:
                    if name not in activities:
                        raise DomainError(f"demo plan {p['service']}: dependency {d['name']} needs unknown {name!r}")
                    session.add(DependencyActivity(dependency_id=dependency.id, activity_id=activities[name]))
            for c in p.get("cascade") or []:
                session.add(CascadeEntry(plan_id=plan.id, position=c["position"], person_id=self.person(c["person"]),
                                         role=c.get("role") or "", called_by_id=self.person(c.get("called_by")),
                                         alternate_id=self.person(c.get("alternate"))))
            for card_data in p.get("cards") or []:
                card = ResponseCard(plan_id=plan.id, disruption=card_data["disruption"],
                                    title=card_data.get("title") or "")
                session.add(card)
                session.flush([card])
                for position, step in enumerate(card_data.get("steps") or [], start=1):
                    session.add(CardStep(card_id=card.id, position=position, text=step["text"],
                                         who=step.get("who") or "", when=step.get("when") or ""))
            for t in p.get("thresholds") or []:
                session.add(StaffingThreshold(plan_id=plan.id, level=t["level"], below_percent=t["below_percent"],
                                              actions=t.get("actions") or ""))

    def _debriefs(self, debriefs: list[dict[str, Any]], **event: uuid.UUID) -> None:
        for d in debriefs:
            debrief = Debrief(kind=d["type"], held_on=_date(d["date"]),
                              facilitator_id=self.person(d.get("facilitator")), **event)
            self.session.add(debrief)
            self.session.flush([debrief])
            for position, o in enumerate(d.get("observations") or [], start=1):
                observation = Observation(debrief_id=debrief.id, position=position, kind=o["kind"], text=o["text"])
                self.session.add(observation)
                self.session.flush([observation])
                for theme in dict.fromkeys(t.strip().lower() for t in o.get("themes") or []):
                    self.session.add(ObservationTheme(observation_id=observation.id, theme_id=self.theme(theme)))

    def _lessons(self, lessons: list[dict[str, Any]], pending: list[tuple[Recommendation, str]],
                 **event: uuid.UUID) -> None:
        for item in lessons:
            lesson = Lesson(text=item["text"], **event)
            self.session.add(lesson)
            self.session.flush([lesson])
            for theme in dict.fromkeys(t.strip().lower() for t in item.get("themes") or []):
                self.session.add(LessonTheme(lesson_id=lesson.id, theme_id=self.theme(theme)))
            for r in item.get("recommendations") or []:
                risk_id = None
                if r.get("risk"):
                    risk_id = self.session.scalar(select(Risk.id).where(Risk.ref == r["risk"]))
                recommendation = Recommendation(
                    lesson_id=lesson.id, text=r["text"], owner_id=self.person(r["owner"]), due_on=_date(r["due"]),
                    status=r["status"], evidence=r.get("evidence"),
                    plan_id=self.plans.get(r["plan"]) if r.get("plan") else None, risk_id=risk_id,
                )
                if r.get("verified_by"):
                    pending.append((recommendation, r["verified_by"]))
                else:
                    self.session.add(recommendation)
                self.recommendations += 1

    def load_events(self) -> None:
        session = self.session
        pending: list[tuple[Recommendation, str]] = []
        for e in events_data.EXERCISES:
            exercise = Exercise(name=e["name"], kind=e["type"], multi_agency=bool(e.get("multi_agency")),
                                held_on=_date(e["date"]), scenario=e.get("scenario") or "",
                                facilitator_id=self.person(e.get("facilitator")))
            created(session, self.ctx, exercise, exercise.name)
            self.events[exercise.name] = ("exercise", exercise.id, exercise.held_on)
            for position, o in enumerate(e.get("objectives") or [], start=1):
                session.add(ExerciseObjective(exercise_id=exercise.id, position=position, text=o["text"],
                                              rating=o.get("rating")))
            for name in dict.fromkeys(e.get("participants") or []):
                session.add(ExerciseParticipant(exercise_id=exercise.id, person_id=self.person(name)))
            for service in dict.fromkeys(e.get("plans_tested") or []):
                if service in self.plans:
                    session.add(ExercisePlan(exercise_id=exercise.id, plan_id=self.plans[service]))
            self._debriefs(e.get("debriefs") or [], exercise_id=exercise.id)
            self._lessons(e.get("lessons") or [], pending, exercise_id=exercise.id)
        for i in events_data.INCIDENTS:
            incident = Incident(title=i["title"], started_at=_when(i["started"]),
                                stood_down_at=_when(i["stood_down"]) if i.get("stood_down") else None,
                                status=i.get("status") or "closed", lead_id=self.person(i.get("lead")))
            created(session, self.ctx, incident, incident.title)
            self.events[incident.title] = ("incident", incident.id, incident.started_at.date())
            for disruption in dict.fromkeys(i.get("disruptions") or []):
                session.add(IncidentDisruption(incident_id=incident.id, disruption=disruption))
            for service in dict.fromkeys(i.get("services") or []):
                session.add(IncidentService(incident_id=incident.id, service_id=self.services[service],
                                            plan_invoked=True))
            for o in i.get("opel") or []:
                session.add(OpelChange(incident_id=incident.id, changed_at=_when(o["at"]), level=o["level"],
                                       reason=o.get("reason") or ""))
            for s in i.get("sitreps") or []:
                session.add(SituationReport(incident_id=incident.id, reported_at=_when(s["at"]),
                                            service_id=self.services[s["service"]],
                                            staffing_percent=s.get("staffing_percent"), issues=s.get("issues") or ""))
            entries: list[LogEntry] = []
            for sequence, entry in enumerate(i.get("log") or [], start=1):
                corrects = entry.get("corrects")
                log = LogEntry(
                    incident_id=incident.id, sequence=sequence, logged_at=_when(entry["logged_at"]),
                    event_at=_when(entry["event_at"]), author_id=self.person(entry.get("author")),
                    kind=entry["kind"], text=entry["text"], rationale=entry.get("rationale"),
                    options_considered=entry.get("options"), late_reason=entry.get("late_reason"),
                    corrects_id=entries[corrects].id if corrects is not None else None,
                )
                session.add(log)
                session.flush([log])
                entries.append(log)
            self._debriefs(i.get("debriefs") or [], incident_id=incident.id)
            self._lessons(i.get("lessons") or [], pending, incident_id=incident.id)
        for recommendation, event_name in pending:
            kind, event_id, _ = self.events[event_name]
            if kind == "exercise":
                recommendation.verified_by_exercise_id = event_id
            else:
                recommendation.verified_by_incident_id = event_id
            session.add(recommendation)


def load_demo(ctx: Context) -> DemoSummary:
    """Load the demo into an empty database; refuses one that holds data."""
    with ctx.unit_of_work() as session:
        if holds_data(session):
            raise DemoRefused("this database already holds data; the demo only loads into an empty database")
        loader = _Loader(session, ctx)
        loader.load_people()
        loader.load_registers()
        loader.load_plans()
        loader.load_events()
        session.flush()
        return DemoSummary(
            people=len(loader.people), registers=len(registers_data.REGISTERS), risks=len(registers_data.RISKS),
            services=len(loader.services), plans=len(loader.plans), exercises=len(events_data.EXERCISES),
            incidents=len(events_data.INCIDENTS), recommendations=loader.recommendations,
        )
