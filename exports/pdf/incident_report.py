"""Incident report: summary, OPEL timeline, the decision log with rationale, actions, situation reports, lessons."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from bcm.disruptions import LABELS
from bcm.incident_rules import OPEL_LEVELS
from bcm.incident_views import IncidentDetail
from bcm.lesson_views import LessonRow
from bcm.many_objects import making_many_objects
from exports.pdf.document import OFFICIAL_SENSITIVE, PrintInfo, content_width, write_pdf
from exports.pdf.styles import BODY, H1, TITLE, grid, label, long_grid, text

NO = 15 * mm  # the entry number's column: a week-long log's 200,000 on one line
KIND_LETTER = {"information": "I", "decision": "D", "action": "A", "communication": "C"}


def _when(moment: datetime | None) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}" if moment else ""


@making_many_objects()  # a big document is hundreds of thousands of short-lived objects
def incident_report_pdf(detail: IncidentDetail, lessons: list[LessonRow], path: Path, printed_at: datetime) -> Path:
    row = detail.row
    info = PrintInfo(title=f"Incident report: {row.title}", source=f"Incident log, {len(detail.log)} entries",
                     printed_at=printed_at, marking=OFFICIAL_SENSITIVE, wide=True)
    width = content_width(info)
    story: list[Flowable] = [
        text(f"Incident report: {row.title}", TITLE),
        text(f"Status: {label(row.status)}. Started {_when(row.started_at)}"
             + (f", stood down {_when(row.stood_down_at)}" if row.stood_down_at else "")
             + f". Lead: {row.lead or 'not recorded'}."),
        text("Disruption: " + ", ".join(LABELS.get(d, d) for d in row.disruptions)),
        text("Services affected: " + (", ".join(detail.services) or "none recorded")),
    ]
    if detail.closing_note:
        story.append(text(f"Closing note: {detail.closing_note}"))
    story.append(text("OPEL level", H1))
    if detail.opel:
        story.append(grid(["Time", "Level", "Reason"],
                          [(_when(o.at), f"{o.level} ({OPEL_LEVELS.get(o.level, '')})", o.reason) for o in detail.opel],
                          [35 * mm, 30 * mm, width - 65 * mm]))
    else:
        story.append(text("No OPEL level recorded."))
    story.append(text("Timeline: incident and decision log", H1))
    story.append(text("Kinds: I information, D decision, A action, C communication. Entries are never edited: a "
                      "correction is a later entry that points at the one it corrects.", BODY))
    if detail.log:
        story.extend(long_grid(["No", "Event", "Logged", "By", "Kind", "Entry"],
                               [(e.sequence, _when(e.event_at), _when(e.logged_at), e.author, KIND_LETTER[e.kind],
                                 "\n".join(e.parts())) for e in detail.log],
                               [NO, 28 * mm, 28 * mm, 35 * mm, 12 * mm, width - NO - 103 * mm]))
    else:
        story.append(text("No log entries."))
    decisions = [e for e in detail.log if e.kind == "decision"]
    story.append(text("Decisions and their rationale", H1))
    if decisions:
        story.extend(long_grid(["No", "Time", "Decision", "Rationale", "Options considered"],
                               [(e.sequence, _when(e.event_at), e.text, e.rationale or "", e.options or "")
                                for e in decisions],
                               [NO, 28 * mm, (width - NO - 28 * mm) * 0.35, (width - NO - 28 * mm) * 0.35,
                                (width - NO - 28 * mm) * 0.3]))
    else:
        story.append(text("No decisions logged."))
    actions = [e for e in detail.log if e.kind == "action"]
    story.append(text("Actions", H1))
    if actions:
        story.extend(long_grid(["No", "Time", "By", "Action"],
                               [(e.sequence, _when(e.event_at), e.author, e.text) for e in actions],
                               [NO, 28 * mm, 40 * mm, width - NO - 68 * mm]))
    else:
        story.append(text("No actions logged."))
    story.append(text("Situation reports", H1))
    if detail.sitreps:
        story.append(grid(["Time", "Service", "Staffing", "Rating", "Issues"],
                          [(_when(s.at), s.service, f"{s.staffing_percent:g}%" if s.staffing_percent is not None
                            else "", (s.rating or "").upper(), s.issues) for s in detail.sitreps],
                          [28 * mm, 55 * mm, 20 * mm, 20 * mm, width - 123 * mm]))
    else:
        story.append(text("No situation reports."))
    story.append(text("Lessons and recommendations", H1))
    if lessons:
        story.append(grid(["Lesson", "Recommendation", "Owner", "Due", "Status"],
                          [(r.lesson, r.recommendation, r.owner, f"{r.due:%d/%m/%Y}" if r.due else "",
                            label(r.status)) for r in lessons],
                          [(width - 75 * mm) / 2, (width - 75 * mm) / 2, 35 * mm, 20 * mm, 20 * mm]))
    else:
        story.append(text("No lessons recorded yet: hold the debrief."))
    return write_pdf(path, story, info)
