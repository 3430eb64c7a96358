"""Read-only summaries shown beside the lessons tables: an exercise, a recommendation, a theme (escaped HTML)."""

from __future__ import annotations

from html import escape

from bcm.lesson_rules import OBSERVATION_KINDS, OBSERVATION_LABELS, status_label
from bcm.lesson_views import ExerciseDetail, LessonRow, ThemeRow
from bcm.services.exercises import DEBRIEF_LABELS, KIND_LABELS, RATING_LABELS

RATING_MARKS = {"met": "✔", "partially_met": "◐", "not_met": "✖", None: "–"}


def _list(items: list[str] | tuple[str, ...], empty: str) -> str:
    return ", ".join(escape(i) for i in items) if items else f"<i>{empty}</i>"


def exercise_html(detail: ExerciseDetail) -> str:
    kind = KIND_LABELS.get(detail.kind, detail.kind) + (", multi-agency" if detail.multi_agency else "")
    parts = [
        f"<h3>{escape(detail.name)}</h3>",
        f"<p>{escape(kind)} exercise, {detail.held_on:%d %B %Y}. Facilitator: "
        f"{escape(detail.facilitator) or '<i>not recorded</i>'}.</p>",
        f"<p><b>Scenario.</b> {escape(detail.scenario) or '<i>not recorded</i>'}</p>",
        f"<p><b>Participants.</b> {_list(detail.participants, 'none recorded')}</p>",
        f"<p><b>Plans tested.</b> {_list(detail.plans_tested, 'none recorded')}</p>",
        "<p><b>Objectives</b></p>",
    ]
    if detail.objectives:
        parts.append("<ol>" + "".join(
            f"<li>{escape(o.text)} — <b>{RATING_MARKS[o.rating]} "
            f"{RATING_LABELS.get(o.rating or '', 'Not rated')}</b></li>" for o in detail.objectives) + "</ol>")
    else:
        parts.append("<p><i>No objectives recorded.</i></p>")
    if not detail.debriefs:
        parts.append("<p><b>Debriefs.</b> <i>None yet: use Debrief capture to log observations.</i></p>")
    for debrief in detail.debriefs:
        by = f", facilitated by {escape(debrief.facilitator)}" if debrief.facilitator else ""
        parts.append(f"<p><b>{DEBRIEF_LABELS.get(debrief.kind, debrief.kind)} debrief</b>, "
                     f"{debrief.held_on:%d/%m/%Y}{by}: {len(debrief.observations)} observations</p>")
        for kind in OBSERVATION_KINDS:
            chosen = [o for o in debrief.observations if o.kind == kind]
            if chosen:
                parts.append(f"<p><u>{OBSERVATION_LABELS[kind]}</u></p><ul>" + "".join(
                    f"<li>{escape(o.text)}" + (f" <i>[{escape(', '.join(o.themes))}]</i>" if o.themes else "")
                    + "</li>" for o in chosen) + "</ul>")
    return "".join(parts)


def lesson_html(row: LessonRow) -> str:
    parts = [f"<b>{escape(row.event)}</b> ({row.event_kind}, {row.event_date:%d/%m/%Y}): {escape(row.lesson)}"]
    if row.recommendation_id is None:
        parts.append("<i>No recommendation yet: add one with an owner and a due date.</i>")
    else:
        due = f"{row.due:%d/%m/%Y}" if row.due else "no date"
        overdue = " <b>OVERDUE</b>" if row.overdue else ""
        parts.append(f"<b>Recommendation</b> ({escape(status_label(row.status))}; {escape(row.owner)}, due "
                     f"{due}{overdue}): {escape(row.recommendation)}")
        if row.plan or row.risk:
            changes = [f"plan: {escape(row.plan)}" if row.plan else "", f"risk: {escape(row.risk)}" if row.risk else ""]
            parts.append("<b>Changes</b> " + ", ".join(c for c in changes if c))
        if row.evidence:
            parts.append(f"<b>Evidence</b> {escape(row.evidence)}")
        if row.verified_by:
            parts.append(f"<b>Verified by</b> {escape(row.verified_by)}")
    return "<br>".join(parts)


def theme_html(row: ThemeRow) -> str:
    flag = (f" — <b>⚠ recurring: identified in {len(row.events)} events and nothing embedded yet</b>"
            if row.highlight else "")
    parts = [f"<h3>{escape(row.name)}</h3><p>Identified in {len(row.events)} events{flag}: "
             f"{_list(row.events, 'none')}.</p>",
             f"<p>{row.lessons} lessons and {row.observations} debrief observations carry this theme; "
             f"{row.implemented} recommendations implemented, {row.embedded} embedded.</p>"]
    if row.open_recommendations:
        parts.append("<p><b>Open recommendations</b></p><ul>" + "".join(
            f"<li>{escape(r.recommendation)} — {escape(r.owner)}, due "
            f"{r.due:%d/%m/%Y}{' <b>OVERDUE</b>' if r.overdue else ''} ({escape(status_label(r.status))})</li>"
            if r.due else f"<li>{escape(r.recommendation)}</li>" for r in row.open_recommendations) + "</ul>")
    else:
        parts.append("<p><i>No open recommendations on this theme.</i></p>")
    return "".join(parts)
