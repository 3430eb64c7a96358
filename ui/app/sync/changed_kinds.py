"""What a sync brought in, as the kinds of record the app's views reload on (ui.app.signals).

A laptop syncs every minute. On the day, every pull brings other laptops' log entries; reloading every view for them
held the GUI thread a quarter of a second at county scale (the register's 100,000 rows read again), every minute,
while someone typed into the log. Only the views of what changed reload now.
"""

from __future__ import annotations

from collections.abc import Iterable

from ui.app.signals import DATABASE, LESSONS, MATRIX, PEOPLE, PLANS, RISKS

INCIDENTS = "incidents"  # as ui.app.incidents.workspace (not imported here: the incident screen is loaded late)

KIND_OF_TABLE = {
    **dict.fromkeys(("risk_registers", "risks", "controls", "risk_actions", "review_comments", "score_history",
                     "risk_acceptances"), RISKS),
    **dict.fromkeys(("likelihood_levels", "impact_levels", "score_bands"), MATRIX),
    "people": PEOPLE,
    **dict.fromkeys(("services", "plans", "plan_versions", "critical_activities", "activity_impacts", "dependencies",
                     "dependency_activities", "response_cards", "card_steps", "cascade_entries",
                     "staffing_thresholds"), PLANS),
    **dict.fromkeys(("exercises", "exercise_objectives", "exercise_participants", "exercise_plans", "debriefs",
                     "observations", "observation_themes", "lessons", "lesson_themes", "recommendations", "themes"),
                    LESSONS),
    **dict.fromkeys(("incidents", "incident_disruptions", "incident_services", "log_entries", "opel_changes",
                     "situation_reports", "step_ticks"), INCIDENTS),
    "audit_log": None,  # read when the audit trail is opened
}


def changed_kinds(tables: Iterable[str]) -> list[str]:
    """The kinds to reload for records written to these tables, in a fixed order; a table not known here reloads
    everything (DATABASE), so a table added later is never left stale."""
    kinds = {KIND_OF_TABLE.get(table, DATABASE) for table in tables} - {None}
    return [DATABASE] if DATABASE in kinds else sorted(k for k in kinds if k is not None)
