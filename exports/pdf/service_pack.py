"""Service grab pack: one service's plan on paper, for the grab bag and for use without power."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from bcm.many_objects import making_many_objects
from bcm.plan_detail_views import DependencyView, PlanDetail
from bcm.services.plans import FIRST_STEPS
from exports.pdf.document import OFFICIAL_SENSITIVE, PrintInfo, content_width, write_pdf
from exports.pdf.pack_parts import (
    ALERT_HEX,
    CELL_SMALL,
    DEPENDENCY_KINDS,
    INTRO,
    PH1,
    PH2,
    activities_table,
    card_checklist,
    contacts_section,
    day,
    header_title,
    heading,
    hours,
    key_values,
    lines,
    log_sheets,
    sensitive_notice,
    thresholds_table,
    wrapped,
)
from exports.pdf.styles import BODY, CELL, CELL_BOLD, H2, SMALL, TITLE, markup, text

LOG_SHEETS = 3
LOG_ROWS = 22
SECTIONS = (
    "How to invoke this plan",
    "Immediate actions",
    "Critical activities",
    "Dependencies",
    "Response cards",
    "Call cascade and contacts",
    "Staffing thresholds",
    "Version history",
    "Incident and decision log sheets",
)


def plan_source(plan: PlanDetail) -> str:
    """Short: the footer's centre holds the marking (the service is named in the header)."""
    return f"Plan v{plan.version} ({plan.status})"


def section(number: int) -> str:
    return f"{number}. {SECTIONS[number - 1]}"


@making_many_objects()  # a big document is hundreds of thousands of short-lived objects
def service_pack_pdf(plan: PlanDetail, path: Path, printed_at: datetime) -> Path:
    short = plan.short_name or plan.service
    title = header_title(f"Business continuity grab pack: {plan.service}", f"Grab pack: {plan.service}",
                         f"Business continuity grab pack: {short}", f"Grab pack: {short}")
    info = PrintInfo(title=title, source=plan_source(plan),
                     printed_at=printed_at, marking=OFFICIAL_SENSITIVE)
    width = content_width(info)
    story: list[Flowable] = []
    story += cover(plan, width, printed_at)
    story += invocation(plan)
    story += immediate_actions(plan, width)
    story += [*heading(section(3)),
              text("In priority order. RTO (recovery time objective): the time by which the activity must be running "
                   "again at its minimum level. MTPD (maximum tolerable period of disruption): the point at which the "
                   "harm becomes unacceptable.", INTRO),
              activities_table(plan.activities, width)]
    story += dependencies(plan, width)
    lead = [text(section(5), PH1),
            text("Tick each step as it is done and write the time and your initials; copy anything significant "
                 "to the log.", INTRO)]
    if plan.cards:
        story += [CondPageBreak(45 * mm), card_checklist(plan.cards[0], width, lead=lead)]
        story += [card_checklist(card, width) for card in plan.cards[1:]]
    else:
        story += [*lead, text("No response cards recorded.")]
    story += contacts_section(plan, width, section(6))
    story += [*heading(section(7)), thresholds_table(plan.thresholds, width)]
    story += version_history(plan, width)
    story += log_sheets(width, LOG_SHEETS, LOG_ROWS, service=plan.service,
                        title=f"{len(SECTIONS)}. Incident and decision log")
    return write_pdf(path, story, info)


def cover(plan: PlanDetail, width: float, printed_at: datetime) -> list[Flowable]:
    review: object = day(plan.next_review, "not set")
    if plan.review_overdue:
        review = markup(f"{review} <font color='{ALERT_HEX}'><b>REVIEW OVERDUE</b></font>", CELL)
    details = key_values([
        ("Plan version", plan.version),
        ("Status", plan.status.capitalize()),
        ("Plan owner", plan.owner or "not recorded"),
        ("Author", plan.author or "not recorded"),
        ("Approver", plan.approver or "not recorded"),
        ("Approved on", day(plan.approved_on, "not approved")),
        ("Next review", review),
        ("Last exercised", day(plan.last_exercised, "not recorded")),
        ("Service manager", plan.manager or "not recorded"),
        ("Division", plan.division),
        ("Locality", plan.locality),
    ], width)
    short = f" ({plan.short_name})" if plan.short_name and plan.short_name != plan.service else ""
    return [
        text("BUSINESS CONTINUITY PLAN - GRAB PACK", H2),
        text(f"{plan.service}{short}", TITLE),
        text(plan.description, BODY),
        Spacer(1, 3 * mm),
        sensitive_notice(width),
        Spacer(1, 4 * mm),
        details,
        Spacer(1, 4 * mm),
        text("Contents", PH2),
        *[text(section(i), SMALL) for i in range(1, len(SECTIONS) + 1)],
        Spacer(1, 4 * mm),
        text(f"Printed {printed_at:%d/%m/%Y %H:%M} from plan version {plan.version}. Check with the plan owner "
             "that no later version has been issued before relying on this copy.", SMALL),
        PageBreak(),
    ]


def invocation(plan: PlanDetail) -> list[Flowable]:
    return [
        text(section(1), PH1),
        text("Invoke the plan when", PH2),
        text(plan.invocation_criteria or "No invocation criteria recorded."),
        text("Who may invoke", PH2),
        text(plan.who_may_invoke or "Not recorded."),
        text("On invoking", PH2),
        text("1. Start the incident and decision log (blank sheets at the back of this pack) and note the time."),
        text("2. Work through the immediate actions for the disruption (section 2), then its full response card "
             "(section 5)."),
        text("3. Make the call cascade (section 6) and agree when the team will next meet or call."),
        text("4. Check each critical activity against its recovery time (section 3) and use its workarounds."),
        text("Scope of the plan", PH2),
        text(plan.scope or "Not recorded."),
    ]


def immediate_actions(plan: PlanDetail, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        *heading(section(2)),
        text(f"The first {FIRST_STEPS} steps of each response card. The full cards, with boxes to tick, are in "
             "section 5.", INTRO),
    ]
    if not plan.cards:
        return [*story, text("No response cards recorded in this plan.")]
    rest = width - 7 * mm
    for card in plan.cards:
        rows = [(step.position, step.text, step.who, step.when) for step in card.steps[:FIRST_STEPS]]
        table = wrapped(["#", card.label, "Who", "When"], rows or [("", "No steps recorded.", "", "")],
                        [7 * mm, rest * 0.6, rest * 0.22, rest * 0.18])
        story += [KeepTogether([table]), Spacer(1, 2 * mm)]
    return story


def _needed_by(dependency: DependencyView) -> list[Flowable] | str:
    return [text(name, CELL) for name in dependency.activities] or "No activity linked"


def dependencies(plan: PlanDetail, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        *heading(section(4)),
        text("What the critical activities rely on and how soon each comes back. GAP: the dependency recovers more "
             "slowly than the RTO of an activity that needs it, so that activity relies on its workaround.", INTRO),
    ]
    if not plan.dependencies:
        return [*story, text("No dependencies recorded in this plan.")]
    rows = []
    for d in plan.dependencies:
        found = plan.gaps_of(d)
        gap: object = "None"
        if found:
            gap = [markup(f"<font color='{ALERT_HEX}'><b>GAP</b></font>", CELL_BOLD)] + [
                text(f"{hours(g.rto_hours)} RTO: {g.activity}", CELL_SMALL) for g in found]
        rows.append((DEPENDENCY_KINDS.get(d.kind, d.kind),
                     lines((d.name, CELL_BOLD), (d.notes, CELL_SMALL)),
                     hours(d.recovery_hours), _needed_by(d), gap))
    rest = width - (26 + 18) * mm
    story.append(wrapped(["Kind", "Dependency", "Recovers in", "Needed by", "Gap"], rows,
                         [26 * mm, rest * 0.42, 18 * mm, rest * 0.3, rest * 0.28]))
    if plan.gaps:
        story.append(text(f"{len(plan.gaps)} gap{'s' if len(plan.gaps) != 1 else ''} between dependency recovery "
                          "times and activity RTOs.", SMALL))
    return story


def version_history(plan: PlanDetail, width: float) -> list[Flowable]:
    if not plan.versions:
        return [*heading(section(8)), text("No versions recorded yet.")]
    return [*heading(section(8)),
            wrapped(["Version", "Issued", "Summary of change", "Owner"],
                    [(v.number, day(v.issued_on), v.summary, v.owner) for v in plan.versions],
                    [16 * mm, 22 * mm, width - 83 * mm, 45 * mm])]
