"""Business continuity rules over a plan's read-models (pure: no database, no clock)."""

from __future__ import annotations

from collections.abc import Sequence

from bcm.plan_detail_views import ActivityView, DependencyView, Gap


def gaps(activities: Sequence[ActivityView], dependencies: Sequence[DependencyView]) -> list[Gap]:
    """Every (dependency, activity) pair where the dependency's own recovery time is longer than the recovery time
    objective of an activity that needs it: the activity cannot be back in time unless a workaround covers it.

    A dependency with no recovery time recorded is not a gap here (it is unknown, not late). Ordered by the activity's
    RTO, then by how far short the dependency falls (worst first)."""
    by_id = {a.id: a for a in activities}
    found: list[Gap] = []
    for dependency in dependencies:
        if dependency.recovery_hours is None:
            continue
        for activity_id in dict.fromkeys(dependency.activity_ids):
            activity = by_id.get(activity_id)
            if activity is not None and dependency.recovery_hours > activity.rto_hours:
                found.append(Gap(dependency.name, dependency.kind, dependency.recovery_hours, activity.name,
                                 activity.rto_hours, dependency.id, activity.id))
    found.sort(key=lambda g: (g.rto_hours, -g.short_by_hours, g.activity, g.dependency))
    return found
