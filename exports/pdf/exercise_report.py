"""Post-exercise report: overview, objectives and ratings, observations by kind, recommendations table."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from bcm.lesson_views import ExerciseReport
from bcm.many_objects import making_many_objects
from exports.pdf.document import PrintInfo, content_width, write_pdf
from exports.pdf.styles import BODY, H1, H2, TITLE, grid, label, text

OBSERVATION_HEADINGS = (
    ("went_well", "What went well"),
    ("improvement", "Areas for improvement"),
    ("notable_practice", "Notable practice"),
)


@making_many_objects()  # a big document is hundreds of thousands of short-lived objects
def exercise_report_pdf(report: ExerciseReport, path: Path, printed_at: datetime) -> Path:
    info = PrintInfo(title=f"Post-exercise report: {report.name}",
                     source=f"Exercise held {report.held_on:%d/%m/%Y}", printed_at=printed_at)
    width = content_width(info)
    story: list[Flowable] = [
        text(f"Post-exercise report: {report.name}", TITLE),
        text(f"{label(report.kind)} exercise{' (multi-agency)' if report.multi_agency else ''}, held "
             f"{report.held_on:%d %B %Y}. Facilitator: {report.facilitator or 'not recorded'}."),
        text("Overview", H1),
        text(report.scenario or "No scenario recorded."),
        text("Participants: " + (", ".join(report.participants) or "not recorded")),
        text("Plans tested: " + (", ".join(report.plans_tested) or "none recorded")),
        text("Objectives", H1),
    ]
    if report.objectives:
        story.append(grid(["#", "Objective", "Rating"],
                          [(i, o.text, label(o.rating) if o.rating else "Not rated")
                           for i, o in enumerate(report.objectives, start=1)],
                          [10 * mm, width - 45 * mm, 35 * mm]))
    else:
        story.append(text("No objectives recorded."))
    story.append(text("Observations", H1))
    observations = [(d, o) for d in report.debriefs for o in d.observations]
    if not observations:
        story.append(text("No debrief observations recorded."))
    for kind, heading in OBSERVATION_HEADINGS:
        chosen = [(d, o) for d, o in observations if o.kind == kind]
        if not chosen:
            continue
        story.append(text(heading, H2))
        story.append(grid(["Observation", "Themes", "Debrief"],
                          [(o.text, ", ".join(o.themes), f"{label(d.kind)} {d.held_on:%d/%m/%Y}") for d, o in chosen],
                          [width - 70 * mm, 35 * mm, 35 * mm]))
    story.append(text("Recommendations", H1))
    if report.recommendations:
        story.append(grid(["Lesson identified", "Recommendation", "Owner", "Due", "Status"],
                          [(r.lesson, r.recommendation, r.owner, f"{r.due:%d/%m/%Y}" if r.due else "",
                            label(r.status) + (" (overdue)" if r.overdue else ""))
                           for r in report.recommendations],
                          [50 * mm, width - 135 * mm, 35 * mm, 20 * mm, 30 * mm]))
    else:
        story.append(text("No recommendations recorded."))
    story.append(Spacer(1, 6 * mm))
    story.append(text("Recommendations are taken forward through the annual programme of work and tracked in bcm "
                      "until a later exercise or incident shows them embedded.", BODY))
    return write_pdf(path, story, info)
