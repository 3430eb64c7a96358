"""A county-scale database for the benchmarks, written fast and cached under the temp folder.

Every table is filled with SQLAlchemy Core bulk INSERTs (executemany, big batches, one transaction per table) into a
file migrated by open_database, so the rows are stored exactly as the app stores them. The file is cached per size,
schema revision and generator version: reruns reuse it. Run `python -m tests.benchmarks.dataset --size quick` to
build one on its own.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table

from bcm.database import open_database
from bcm.disruptions import LABELS
from db.backup import remove_database_files
from db.migrate import head_revision
from db.models import (
    CardStep,
    CascadeEntry,
    CriticalActivity,
    Dependency,
    DependencyActivity,
    Incident,
    IncidentDisruption,
    IncidentService,
    LogEntry,
    Person,
    Plan,
    PlanVersion,
    ResponseCard,
    Risk,
    RiskAction,
    RiskRegister,
    Service,
    StaffingThreshold,
)
from db.models.people import LOCALITIES
from db.models.plans import DEPENDENCY_KINDS, DISRUPTIONS

GENERATOR_VERSION = 2  # bump whenever what is generated changes, so cached files are rebuilt
BATCH = 20_000
SEED = 20_261_123
SEARCH_WORD = "flood"  # typed in the register search box; in about one risk in twenty
POWER = "power"


@dataclass(frozen=True)
class Size:
    name: str
    people: int
    registers: int
    risks: int
    services: int
    power_services: int  # services with a mains power dependency (or a power card): the disruption pack's reach
    log_entries: int
    import_rows: int


SIZES = {
    "county": Size("county", people=5_000, registers=200, risks=100_000, services=2_000, power_services=60,
                   log_entries=200_000, import_rows=10_000),
    "quick": Size("quick", people=250, registers=10, risks=5_000, services=100, power_services=3,
                  log_entries=10_000, import_rows=500),
    "tiny": Size("tiny", people=60, registers=4, risks=400, services=12, power_services=2,
                 log_entries=500, import_rows=50),
}


def cache_dir() -> Path:
    folder = Path(os.environ.get("BCM_BENCH_CACHE", Path(tempfile.gettempdir()) / "bcm-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- vocabulary ---------------------------------------------------------------------------------------------------

FIRST = ("Aisha", "Ben", "Chloe", "Daniel", "Eleanor", "Farid", "Grace", "Harry", "Imogen", "Jack", "Kemi", "Liam",
         "Maya", "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Usman", "Vera", "William",
         "Xena", "Yusuf", "Zara", "Alison", "Callum", "Deborah", "Ewan", "Fiona", "Gareth", "Helen", "Ifeoma",
         "Joanne", "Kwame", "Lucy", "Martin", "Niamh", "Owen")
LAST = ("Adams", "Bakare", "Clarke", "Dawson", "Ellery", "Fletcher", "Green", "Hartley", "Iqbal", "Jones",
        "Kowalski", "Lindqvist", "Markham", "Nwosu", "Oduya", "Patel", "Quinn", "Renshaw", "Singh", "Thompson",
        "Underwood", "Vaughan", "Whitcombe", "Yates", "Zielinski", "Asante", "Brennan", "Chowdhury", "Doyle",
        "Evans", "Fraser", "Gallagher", "Hughes", "Ibrahim", "Jenkins", "Kaur", "Lewis", "Morgan", "Nolan",
        "O'Connor")
JOBS = ("Service Manager", "Team Leader", "Senior Practitioner", "Social Worker", "Occupational Therapist",
        "Registered Manager", "Care Coordinator", "Business Support Officer", "Assistant Director",
        "Area Operations Manager", "Resilience Officer", "Commissioning Manager", "Finance Business Partner")
AREAS = ("home care", "residential care", "nursing homes", "supported living", "day services", "shared lives",
         "reablement", "hospital discharge", "safeguarding", "mental health", "learning disability",
         "sensory services", "carers' support", "direct payments", "occupational therapy", "telecare",
         "extra care housing", "community equipment", "AMHP service", "DoLS assessments")
TOWNS = ("Dartford", "Gravesend", "Maidstone", "Tunbridge Wells", "Sevenoaks", "Tonbridge", "Ashford", "Canterbury",
         "Thanet", "Dover", "Folkestone", "Swale", "Faversham", "Deal", "Herne Bay", "Whitstable")
PLACES = [x for x in LOCALITIES if x != "countywide"]
HAZARDS = (
    ("Flooding", "Heavy rainfall and river flooding cut roads and premises", "Visits missed; staff cannot reach "
     "people who draw on care"),
    ("Loss of power", "Extended power cut on the local distribution network", "Hoists, lifts, heating and "
     "powered beds fail; people on home oxygen at risk"),
    ("Cyber attack", "Ransomware encrypts council systems", "Mosaic, email and payments unavailable for days"),
    ("Mosaic outage", "Failure of the Mosaic case management system", "Care records unavailable; referrals and "
     "safeguarding enquiries delayed"),
    ("Heatwave", "Several days of temperatures above 30C", "Heat-related illness among older and frail residents"),
    ("Severe winter weather", "Snow and ice close rural roads", "Rounds cancelled; isolated people without visits"),
    ("Pandemic influenza", "A new strain of influenza spreads in the community", "High staff absence and outbreaks "
     "in care homes"),
    ("Staff shortage", "Recruitment and retention difficulties across the care workforce", "Packages of care "
     "cannot be sourced; waiting lists grow"),
    ("Care provider failure", "A large home care provider enters administration", "Hundreds of people need other "
     "care at short notice"),
    ("Fuel shortage", "Panic buying and supply disruption at filling stations", "Carers unable to drive to visits"),
    ("Telephony failure", "Loss of the contact centre telephony platform", "The public and professionals cannot "
     "reach the service"),
    ("Data breach", "Personal data sent to the wrong recipient", "Harm to individuals; ICO enforcement"),
    ("Budget overspend", "Demand and inflation exceed the budget", "Savings targets missed; services reduced"),
    ("Hospital discharge delays", "Too little community capacity to accept discharges", "Delayed transfers of "
     "care and pressure on acute trusts"),
    ("Safeguarding failure", "Concerns not identified or acted upon", "Serious harm to an adult at risk"),
    ("Industrial action", "Strike action by staff or partner agencies", "Reduced cover for statutory duties"),
    ("Loss of premises", "Fire, flood damage or structural failure of an office or day centre", "Teams "
     "relocated; day services paused"),
    ("Legionella", "Water systems in a residential home not maintained", "Outbreak of Legionnaires' disease"),
    ("Market sustainability", "Care home closures as costs rise", "Too few beds for people with complex needs"),
    ("Equipment supplier failure", "The community equipment supplier cannot deliver", "Discharges delayed for "
     "want of beds and hoists"),
)
CATEGORIES = ("Operational", "Financial", "Reputational", "Legal and regulatory", "Health and safety",
              "Safeguarding", "Information governance", "Business continuity")
ACTIONS = ("Review the business continuity plan with the team", "Test the call cascade out of hours",
           "Agree mutual aid with neighbouring teams", "Update the list of people most at risk",
           "Procure a standby generator", "Train staff on the paper fallback forms",
           "Confirm contingency contracts with providers", "Report progress to the DMT")
ACTIVITIES = ("Visits to people with critical personal care needs", "Medication prompts and administration",
              "Hospital discharge assessments", "Safeguarding enquiries", "Out of hours duty response",
              "Care and support planning", "Payments to providers", "Welfare calls to isolated people",
              "Equipment deliveries for discharge", "Mental Health Act assessments")
DEPENDENCY_NAMES = {
    "it_system": ("Mosaic case management", "Microsoft 365 and email", "Rostering system (CM2000)"),
    "telephony": ("Contact centre telephony", "Mobile phones for staff"),
    "premises": ("Area office", "Day centre building", "Team base"),
    "supplier": ("Home care providers", "Community equipment supplier", "Agency staff supplier"),
    "vehicles_fuel": ("Pool cars and staff fuel", "Transport contractor"),
    "utilities_power": ("Mains electricity (UK Power Networks)",),
    "staff_skill": ("Registered managers", "Approved mental health professionals", "Moving and handling trainers"),
}
STEP_TEXTS = ("Confirm what has happened and who is affected", "Tell the service manager and the duty officer",
              "Start the incident and decision log", "Check the list of people most at risk",
              "Prioritise visits by the critical activities' RTOs", "Contact providers to confirm their cover",
              "Switch to the paper fallback forms", "Brief staff and agree the next call",
              "Report the position to the tactical lead", "Record every decision with its rationale")
LOG_TEXTS = ("Sitrep received from {town}: {n} visits outstanding", "Called the provider in {town} about cover",
             "Welfare calls completed for {n} people", "Generator delivered to the {town} day centre",
             "Asked the council's press office to publish the helpline", "Reprioritised {n} visits in {town}")


def person_names(count: int) -> list[str]:
    names = [f"{f} {chr(65 + i % 26)}. {last}" for i, (f, last) in enumerate(itertools.product(FIRST, LAST))]
    extra = itertools.count(1)
    while len(names) < count:
        names.append(f"{FIRST[len(names) % len(FIRST)]} {LAST[len(names) % len(LAST)]} {next(extra)}")
    random.Random(SEED).shuffle(names)
    return names[:count]


def register_names(count: int) -> list[str]:
    names = [f"{area.capitalize()} — {place} ({kind})"
             for kind in ("operational", "service") for area in AREAS for place in (*PLACES, "countywide")]
    names += [f"Register {i}" for i in range(len(names), count)]
    return names[:count]


def service_names(count: int) -> list[str]:
    names = [f"{area.capitalize()} {kind}, {town}"
             for kind in ("team", "hub", "unit", "service", "centre", "office", "partnership")
             for town in TOWNS for area in AREAS]
    names += [f"Service {i}" for i in range(len(names), count)]
    return names[:count]


# --- writing ------------------------------------------------------------------------------------------------------


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, BATCH)):
        yield chunk


class _Writer:
    """One transaction per table; executemany over batches of plain dicts; no ORM objects."""

    def __init__(self, engine: Engine, stamp: datetime) -> None:
        self.engine = engine
        self.stamp = stamp
        self.counts: dict[str, int] = {}

    def record(self, **values: Any) -> dict[str, Any]:
        values.setdefault("id", uuid.uuid4())
        values.update(created_at=self.stamp, updated_at=self.stamp, version=1, deleted_at=None)
        return values

    def insert(self, model: Any, rows: Iterable[dict[str, Any]]) -> None:
        table: Table = model.__table__
        statement = table.insert()
        count = 0
        with self.engine.begin() as conn:
            for chunk in _chunks(rows):
                conn.execute(statement, chunk)
                count += len(chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + count


def generate(size: Size, path: Path, log: Callable[[str], None] = print) -> dict[str, int]:
    """Write the dataset into a new database at path."""
    started = time.perf_counter()
    remove_database_files(path)
    database = open_database(str(path))
    rng = random.Random(SEED)
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.astimezone().date()
    w = _Writer(database.engine, now - timedelta(days=400))
    try:
        people = _people(w, size, rng)
        _registers_and_risks(w, size, rng, people, today)
        services, power = _services_and_plans(w, size, rng, people, today)
        _incident(w, size, rng, people, services, power, now)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    log(f"generated the {size.name} dataset in {time.perf_counter() - started:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB): " + ", ".join(f"{n:,} {t}" for t, n in w.counts.items()))
    return w.counts


def _people(w: _Writer, size: Size, rng: random.Random) -> list[uuid.UUID]:
    rows = []
    for i, name in enumerate(person_names(size.people)):
        handle = name.lower().replace(". ", ".").replace(" ", ".").replace("'", "")
        rows.append(w.record(
            name=name, job_title=rng.choice(JOBS), team=f"{rng.choice(AREAS).capitalize()}, {rng.choice(TOWNS)}",
            work_phone=f"01632 96{i % 10_000:04d}", mobile=f"07700 9{i % 100_000:05d}",
            out_of_hours=f"07700 9{(i + 50_000) % 100_000:05d}" if i % 3 == 0 else "",
            email=f"{handle}{i}@example.kent.gov.uk", on_call_role="Silver (tactical)" if i % 50 == 0 else "",
        ))
    w.insert(Person, rows)
    return [r["id"] for r in rows]


def _score(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4, 5), weights=(10, 25, 30, 22, 13))[0]


def _registers_and_risks(w: _Writer, size: Size, rng: random.Random, people: list[uuid.UUID], today: date) -> None:
    registers = [
        w.record(name=name, level=rng.choice(("directorate", "operational", "service")),
                 owner_id=rng.choice(people), description=f"Risks held by {name}.")
        for name in register_names(size.registers)
    ]
    w.insert(RiskRegister, registers)
    risk_ids: list[uuid.UUID] = []

    def risks() -> Iterator[dict[str, Any]]:
        for n in range(size.risks):
            register_index = n % len(registers)
            hazard, cause, consequence = rng.choice(HAZARDS)
            area, town = rng.choice(AREAS), rng.choice(TOWNS)
            likelihood, impact = _score(rng), _score(rng)
            previous = rng.random() < 0.6
            target = rng.random() < 0.8
            closed = rng.random() < 0.1
            last_review = today - timedelta(days=rng.randint(0, 112))
            row = w.record(
                register_id=registers[register_index]["id"],
                ref=f"R{register_index + 1:03d}-{n // len(registers) + 1:04d}",
                title=f"{hazard} affecting {area} in {town}",
                description=f"{hazard} disrupts {area} for people in and around {town}.",
                cause=f"{cause} around {town}", consequence=f"{consequence}. {area.capitalize()} disrupted.",
                category=rng.choice(CATEGORIES), kind="opportunity" if rng.random() < 0.03 else "risk",
                owner_id=rng.choice(people), status="closed" if closed else "open",
                inherent_likelihood=min(5, likelihood + rng.randint(0, 2)),
                inherent_impact=min(5, impact + rng.randint(0, 1)),
                current_likelihood=likelihood, current_impact=impact,
                previous_likelihood=max(1, min(5, likelihood + rng.choice((-1, 1)))) if previous else None,
                previous_impact=impact if previous else None,
                target_likelihood=max(1, likelihood - rng.randint(0, 2)) if target else None,
                target_impact=max(1, impact - rng.randint(0, 1)) if target else None,
                financial_exposure_m=Decimal(rng.randint(1, 5000)) / 1000 if rng.random() < 0.1 else None,
                treatment=rng.choice(("reduce", "reduce", "reduce", "accept", "share", "avoid")),
                last_review=last_review, next_review=last_review + timedelta(days=90),  # about one in five overdue
                escalated_to_id=None, closed_on=today - timedelta(days=rng.randint(1, 300)) if closed else None,
                closed_reason="Risk no longer applies" if closed else "",
            )
            risk_ids.append(row["id"])
            yield row

    w.insert(Risk, risks())

    def actions() -> Iterator[dict[str, Any]]:
        for risk_id in risk_ids:
            for _ in range(rng.randint(1, 2)):
                status = rng.choices(("open", "in_progress", "done", "cancelled"), weights=(50, 25, 15, 10))[0]
                due = today + timedelta(days=rng.randint(-60, 120))
                yield w.record(risk_id=risk_id, description=rng.choice(ACTIONS), owner_id=rng.choice(people),
                               due_on=due, status=status, done_on=due if status == "done" else None)

    w.insert(RiskAction, actions())


def _services_and_plans(w: _Writer, size: Size, rng: random.Random, people: list[uuid.UUID],
                        today: date) -> tuple[list[uuid.UUID], set[int]]:
    names = service_names(size.services)
    services = [
        w.record(name=name, short_name="".join(word[0] for word in name.replace(",", "").split()).upper() + str(i),
                 division=f"{rng.choice(PLACES)} operations", locality=rng.choice(LOCALITIES),
                 manager_id=rng.choice(people), description=f"{name}: adult social care for the area.")
        for i, name in enumerate(names)
    ]
    w.insert(Service, services)
    power = set(rng.sample(range(size.services), size.power_services))
    plans = []
    for service in services:
        approved = rng.random() < 0.85
        plans.append(w.record(
            service_id=service["id"], status="approved" if approved else "draft", current_version="2.0",
            owner_id=service["manager_id"], author_id=rng.choice(people), approver_id=rng.choice(people),
            approved_on=today - timedelta(days=rng.randint(30, 400)) if approved else None,
            next_review=today + timedelta(days=rng.randint(-60, 300)),
            last_exercised=today - timedelta(days=rng.randint(30, 700)),
            scope=f"All critical activities of {service['name']}.",
            invocation_criteria="Any disruption expected to stop a critical activity for longer than its RTO.",
            who_may_invoke="The service manager, the duty manager or the tactical (silver) on-call officer.",
        ))
    w.insert(Plan, plans)
    w.insert(PlanVersion, (
        w.record(plan_id=plan["id"], number=number, issued_on=today - timedelta(days=days),
                 summary=summary, owner_name="Plan owner", approved_by_id=plan["approver_id"], snapshot=None)
        for plan in plans
        for number, days, summary in (("1.0", 730, "First issue"), ("2.0", 365, "Annual review: cascade updated"))
    ))

    activities: list[list[dict[str, Any]]] = []
    dependencies: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for index, plan in enumerate(plans):
        acts = []
        for priority, name in enumerate(rng.sample(ACTIVITIES, rng.randint(4, 6)), start=1):
            rto = rng.choice((2.0, 4.0, 8.0, 24.0, 48.0, 72.0))
            acts.append(w.record(
                plan_id=plan["id"], name=name, description=f"{name} for {services[index]['name']}.",
                priority=priority, rto_hours=rto, mtpd_hours=rto * rng.choice((1.5, 2.0, 3.0)),
                minimum_service_level="People with critical needs first", minimum_staff=rng.randint(1, 12),
                workarounds="Paper records and phone rounds; mutual aid from the neighbouring team.",
            ))
        activities.append(acts)
        kinds = [k for k in DEPENDENCY_KINDS if k != "utilities_power"]
        chosen = rng.sample(kinds, rng.randint(4, 6) - (1 if index in power else 0))
        if index in power:
            chosen.append("utilities_power")
        for kind in chosen:
            dependency = w.record(plan_id=plan["id"], kind=kind, name=rng.choice(DEPENDENCY_NAMES[kind]),
                                  recovery_hours=rng.choice((None, 4.0, 24.0, 72.0)), notes="")
            dependencies.append(dependency)
            for act in rng.sample(acts, rng.randint(1, 3)):
                links.append(w.record(dependency_id=dependency["id"], activity_id=act["id"]))
    w.insert(CriticalActivity, (a for acts in activities for a in acts))
    w.insert(Dependency, dependencies)
    w.insert(DependencyActivity, links)

    def cascade() -> Iterator[dict[str, Any]]:
        for plan in plans:
            chain = rng.sample(people, rng.randint(6, 10))
            for position, person in enumerate(chain, start=1):
                yield w.record(plan_id=plan["id"], position=position, person_id=person,
                               role="Service manager" if position == 1 else rng.choice(JOBS),
                               called_by_id=chain[position - 2] if position > 1 else None,
                               alternate_id=rng.choice(people))

    w.insert(CascadeEntry, cascade())
    cards = []
    with_card = set(sorted(power)[::2])  # half the power services hold a power card as well as the dependency
    for index, plan in enumerate(plans):
        others = [d for d in DISRUPTIONS if d != POWER]
        chosen = rng.sample(others, rng.randint(4, 6))
        if index in with_card:
            chosen[0] = POWER
        cards += [w.record(plan_id=plan["id"], disruption=d, title=f"{LABELS[d]}: first hours") for d in chosen]
    w.insert(ResponseCard, cards)
    w.insert(CardStep, (
        w.record(card_id=card["id"], position=position, text=text, who=rng.choice(JOBS),
                 when=rng.choice(("Immediately", "Within 1 hour", "Within 4 hours", "Daily")))
        for card in cards for position, text in enumerate(rng.sample(STEP_TEXTS, rng.randint(5, 8)), start=1)
    ))
    w.insert(StaffingThreshold, (
        w.record(plan_id=plan["id"], level=level, below_percent=percent,
                 actions=f"Below {percent:.0f}% of staff: {what}")
        for plan in plans
        for level, percent, what in (("amber", 80.0, "cancel training and non-urgent work"),
                                     ("red", 60.0, "critical activities only; ask for mutual aid"),
                                     ("black", 40.0, "invoke the plan and escalate to silver"))
    ))
    return [s["id"] for s in services], power


def _incident(w: _Writer, size: Size, rng: random.Random, people: list[uuid.UUID], services: list[uuid.UUID],
              power: set[int], now: datetime) -> None:
    started = now - timedelta(days=7)
    incident = w.record(title="Storm and countywide power outage", started_at=started, stood_down_at=None,
                        status="active", lead_id=people[0], closing_note="")
    w.insert(Incident, [incident])
    w.insert(IncidentDisruption, [w.record(incident_id=incident["id"], disruption=d) for d in (POWER, "weather")])
    w.insert(IncidentService, [w.record(incident_id=incident["id"], service_id=services[i], plan_invoked=i % 2 == 0)
                               for i in sorted(power)])
    authors = people[:40]
    step = timedelta(days=7) / max(size.log_entries, 1)

    def entries() -> Iterator[dict[str, Any]]:
        for n in range(size.log_entries):
            logged = started + step * n
            kind = rng.choices(("information", "decision", "action", "communication"), weights=(55, 10, 20, 15))[0]
            late = rng.random() < 0.02
            text = rng.choice(LOG_TEXTS).format(town=rng.choice(TOWNS), n=rng.randint(2, 90))
            yield w.record(
                incident_id=incident["id"], sequence=n + 1, logged_at=logged,
                event_at=logged - (timedelta(hours=3) if late else timedelta(minutes=rng.randint(0, 10))),
                author_id=rng.choice(authors), kind=kind, text=text,
                rationale="Protects the people most at risk first" if kind == "decision" else None,
                options_considered="Wait for restoration; move people to respite" if kind == "decision" else None,
                late_reason="Written up after the cell meeting" if late else None, corrects_id=None,
            )

    w.insert(LogEntry, entries())


# --- cached files -------------------------------------------------------------------------------------------------


def _cached(name: str, build: Callable[[Path], object], regenerate: bool) -> Path:
    path = cache_dir() / name
    if path.exists() and not regenerate:
        return path
    partial = path.with_name(path.name + ".partial")
    remove_database_files(partial)
    build(partial)
    remove_database_files(path)
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
    return path


def county_database(size: Size, *, regenerate: bool = False, log: Callable[[str], None] = print) -> Path:
    """The generated database for this size, built once per schema revision and generator version."""
    name = f"{size.name}-rev{head_revision()}-g{GENERATOR_VERSION}.db"
    path = cache_dir() / name
    if path.exists() and not regenerate:
        log(f"using the cached {size.name} dataset {path} ({path.stat().st_size / 1e6:.0f} MB)")
        return path
    return _cached(name, lambda p: generate(size, p, log), regenerate=True)


def empty_database(*, regenerate: bool = False) -> Path:
    """A migrated database holding only the scoring matrix: copied for each import run."""

    def build(path: Path) -> None:
        database = open_database(str(path))
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()

    return _cached(f"empty-rev{head_revision()}.db", build, regenerate)


IMPORT_HEADERS = ("Risk Ref", "Risk Register", "Risk Title", "Risk Description", "Source/Cause of Risk",
                  "Consequences", "Risk Category", "Risk Owner", "Current Likelihood", "Current Impact",
                  "Target Likelihood", "Target Impact", "Treatment Option", "Last Review Date", "Next Review Date")


def import_workbook(size: Size, *, regenerate: bool = False) -> Path:
    """An XLSX register export of size.import_rows risks (a title row above the header, as JCAD prints them)."""
    from openpyxl import Workbook  # the storage layers never import openpyxl; tests may

    def build(path: Path) -> None:
        rng = random.Random(SEED + 1)
        owners = person_names(max(20, size.import_rows // 50))
        registers = [f"Imported register {i + 1}" for i in range(max(2, size.import_rows // 500))]
        today = date.today()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Risks")
        sheet.append(["Full Risk Register (exported)"])
        sheet.append(list(IMPORT_HEADERS))
        for n in range(size.import_rows):
            hazard, cause, consequence = rng.choice(HAZARDS)
            area, town = rng.choice(AREAS), rng.choice(TOWNS)
            likelihood, impact = _score(rng), _score(rng)
            last = today - timedelta(days=rng.randint(0, 100))
            sheet.append([
                f"IMP{n + 1:05d}", registers[n % len(registers)], f"{hazard} affecting {area} in {town}",
                f"{hazard} disrupts {area} in {town}.", cause, consequence, rng.choice(CATEGORIES),
                rng.choice(owners), likelihood, impact, max(1, likelihood - 1), impact, "reduce",
                datetime(last.year, last.month, last.day), datetime(last.year, last.month, last.day) + timedelta(90),
            ])
        book.save(path)

    return _cached(f"import-{size.name}-{size.import_rows}-g{GENERATOR_VERSION}.xlsx", build, regenerate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.dataset", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="county")
    parser.add_argument("--regenerate", action="store_true", help="rebuild even if a cached file exists")
    args = parser.parse_args(argv)
    path = county_database(SIZES[args.size], regenerate=args.regenerate)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

