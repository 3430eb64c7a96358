"""Disruption pack: one disruption type (a power cut, say) across every service it hits: the critical activities in
recovery-time order, then each service's response card, activities and call cascade."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from bcm.many_objects import making_many_objects
from bcm.plan_detail_views import DisruptionPack, PlanDetail
from exports.pdf.document import OFFICIAL_SENSITIVE, PrintInfo, content_width, write_pdf
from exports.pdf.pack_parts import (
    ALERT_HEX,
    DEPENDENCY_KINDS,
    INTRO,
    PH1,
    PH2,
    activities_table,
    card_checklist,
    contacts_section,
    day,
    heading,
    hours,
    log_sheets,
    sensitive_notice,
    thresholds_table,
    wrapped,
)
from exports.pdf.styles import BODY, H2, SMALL, TITLE, Bold, markup, text

LOG_SHEETS = 2
LOG_ROWS = 22


@making_many_objects()  # a big document is hundreds of thousands of short-lived objects
def disruption_pack_pdf(pack: DisruptionPack, path: Path, printed_at: datetime) -> Path:
    info = PrintInfo(title=f"Disruption pack: {pack.label}",
                     source="Plan versions per service",
                     printed_at=printed_at, marking=OFFICIAL_SENSITIVE)
    width = content_width(info)
    story: list[Flowable] = [
        text("DISRUPTION PACK", H2),
        text(pack.label, TITLE),
        text(_why(pack), BODY),
        Spacer(1, 2 * mm),
        sensitive_notice(width),
        Spacer(1, 3 * mm),
    ]
    if not pack.plans:
        story.append(text(f"No service plan is hit by {pack.label.lower()}: no plan holds a card for it and no "
                          "critical activity depends on what it takes away."))
        return write_pdf(path, story, info)
    story += services_table(pack, width)
    story += summary(pack, width)
    for plan in pack.plans:
        story += [PageBreak(), *service_section(pack, plan, width)]
    story += log_sheets(width, LOG_SHEETS, LOG_ROWS)
    return write_pdf(path, story, info)


def _why(pack: DisruptionPack) -> str:
    kinds = ", ".join(DEPENDENCY_KINDS.get(k, k).lower() for k in pack.cuts)
    reach = f"a critical activity needs what it takes away ({kinds})" if kinds else "nothing more"
    return (f"Every service hit by {pack.label.lower()}: those whose plan holds a response card for it, or where "
            f"{reach}. First the critical activities of all these services, soonest recovery time first; then, "
            "service by service, the response card to work through, the critical activities and the call cascade.")


def services_table(pack: DisruptionPack, width: float) -> list[Flowable]:
    rows = []
    for plan in pack.plans:
        card = plan.card(pack.disruption)
        first = next((a for a in pack.activities if a.service == plan.service), None)
        rows.append((Bold(plan.service), f"{plan.version} ({plan.status})",
                     plan.owner, hours(first.rto_hours) if first else "", card.title if card else "No card"))
    rest = width - (30 + 18) * mm
    return [*heading("Services hit"),
            wrapped(["Service", "Plan version", "Plan owner", "First RTO", "Response card"], rows,
                    [rest * 0.4, 30 * mm, rest * 0.27, 18 * mm, rest * 0.33])]


def summary(pack: DisruptionPack, width: float) -> list[Flowable]:
    rows = [
        (hours(a.rto_hours), hours(a.mtpd_hours), a.service, a.priority, Bold(a.activity),
         a.minimum_staff, ", ".join(a.via) or "Service card only")
        for a in pack.activities
    ]
    rest = width - (14 + 16 + 8 + 13) * mm
    return [
        *heading("Critical activities, soonest recovery first"),
        text("RTO: recovery time objective. MTPD: maximum tolerable period of disruption. P: the activity's "
             "priority within its own service. Hit through: the dependencies this disruption takes away.", INTRO),
        wrapped(["RTO", "MTPD", "Service", "P", "Critical activity", "Min staff", "Hit through"], rows,
                [14 * mm, 16 * mm, rest * 0.25, 8 * mm, rest * 0.45, 13 * mm, rest * 0.3]),
    ]


def service_section(pack: DisruptionPack, plan: PlanDetail, width: float) -> list[Flowable]:
    review = f"next review {day(plan.next_review, 'not set')}"
    if plan.review_overdue:
        review += f" <font color='{ALERT_HEX}'><b>REVIEW OVERDUE</b></font>"
    story: list[Flowable] = [
        text(plan.service, PH1),
        markup(f"Plan version {escape(plan.version)} ({escape(plan.status)}), owner "
               f"{escape(plan.owner or 'not recorded')}, {review}.", SMALL),
        markup(f"<b>Who may invoke:</b> {escape(plan.who_may_invoke or 'not recorded')}", SMALL),
    ]
    card = plan.card(pack.disruption)
    if card is not None:
        story.append(card_checklist(card, width, heading_text=f"Response card: {card.title}"))
    else:
        hit = sorted({name for a in pack.activities if a.service == plan.service for name in a.via})
        story += [text("Response card", PH2),
                  text(f"This plan has no card for {pack.label.lower()}; it is hit through "
                       f"{', '.join(hit) or 'its dependencies'}. Use the workarounds below and the plan's other "
                       "cards; record what you do on the log.")]
    via = {a.activity: a.via for a in pack.activities if a.service == plan.service}
    hit_names = [a.name for a in plan.activities if via.get(a.name)]
    story += heading("Critical activities", PH2, 40 * mm)
    if hit_names:
        story.append(text("Hit through its dependencies: " + "; ".join(
            f"{name} ({', '.join(via[name])})" for name in hit_names), INTRO))
    story.append(activities_table(plan.activities, width))
    if pack.disruption == "staff":
        story += [*heading("Staffing thresholds", PH2, 40 * mm), thresholds_table(plan.thresholds, width)]
    story += contacts_section(plan, width, "Call cascade and contacts", PH2)
    return story
