"""Writing business continuity plans: overview, business impact analysis, dependencies, call cascade, response
cards, staffing thresholds, and sign-off with frozen versions.

Every change to the content of an approved plan starts a new draft (2.1 approved -> 2.2 draft) and leaves the
approved version frozen in plan_versions; approving a draft freezes it in turn.
"""

from __future__ import annotations

from bcm.services.plan_editing.activities import (
    ActivityInput,
    add_activity,
    remove_activity,
    update_activity,
    validate_activity,
)
from bcm.services.plan_editing.cards import (
    StepInput,
    add_card_step,
    move_card_step,
    remove_card,
    remove_card_step,
    set_card_title,
    update_card_step,
)
from bcm.services.plan_editing.cascade import (
    CascadeInput,
    add_cascade_entry,
    move_cascade_entry,
    remove_cascade_entry,
    update_cascade_entry,
)
from bcm.services.plan_editing.common import plan_id_for_service
from bcm.services.plan_editing.dependencies import DependencyInput, add_dependency, remove_dependency, update_dependency
from bcm.services.plan_editing.overview import OverviewInput, update_overview
from bcm.services.plan_editing.reading import create_plan, get_plan_edit
from bcm.services.plan_editing.thresholds import set_thresholds
from bcm.services.plan_editing.versions import approve_plan, start_draft, version_snapshot

__all__ = [
    "ActivityInput",
    "CascadeInput",
    "DependencyInput",
    "OverviewInput",
    "StepInput",
    "add_activity",
    "add_card_step",
    "add_cascade_entry",
    "add_dependency",
    "approve_plan",
    "create_plan",
    "get_plan_edit",
    "move_card_step",
    "move_cascade_entry",
    "plan_id_for_service",
    "remove_activity",
    "remove_card",
    "remove_card_step",
    "remove_cascade_entry",
    "remove_dependency",
    "set_card_title",
    "set_thresholds",
    "start_draft",
    "update_activity",
    "update_card_step",
    "update_cascade_entry",
    "update_dependency",
    "update_overview",
    "validate_activity",
    "version_snapshot",
]
