"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("record_label", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("action IN ('create', 'update', 'delete')", name=op.f("ck_audit_log_action_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "impact_levels",
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("descriptor", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("value BETWEEN 1 AND 10", name=op.f("ck_impact_levels_value_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_levels")),
        sa.UniqueConstraint("value", name=op.f("uq_impact_levels_value")),
    )
    op.create_table(
        "likelihood_levels",
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("descriptor", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("value BETWEEN 1 AND 10", name=op.f("ck_likelihood_levels_value_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_likelihood_levels")),
        sa.UniqueConstraint("value", name=op.f("uq_likelihood_levels_value")),
    )
    op.create_table(
        "people",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=False),
        sa.Column("work_phone", sa.String(length=40), nullable=False),
        sa.Column("mobile", sa.String(length=40), nullable=False),
        sa.Column("out_of_hours", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("on_call_role", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_people_name_present")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)

    op.create_table(
        "score_bands",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("min_score", sa.Integer(), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(colour) = 7", name=op.f("ck_score_bands_colour_hex")),
        sa.CheckConstraint("min_score >= 1 AND max_score >= min_score", name=op.f("ck_score_bands_range_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_bands")),
        sa.UniqueConstraint("name", name=op.f("uq_score_bands_name")),
    )
    op.create_table(
        "themes",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("name", name=op.f("uq_themes_name")),
    )
    op.create_table(
        "exercises",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("multi_agency", sa.Boolean(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('discussion', 'tabletop', 'walk_through', 'call_cascade_test', 'functional', 'live')",
            name=op.f("ck_exercises_kind_known"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_exercises_name_present")),
        sa.ForeignKeyConstraint(["facilitator_id"], ["people.id"], name=op.f("fk_exercises_facilitator_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercises")),
        sa.UniqueConstraint("name", name=op.f("uq_exercises_name")),
    )
    op.create_table(
        "incidents",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stood_down_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=True),
        sa.Column("closing_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('active', 'stood_down', 'closed')", name=op.f("ck_incidents_status_known")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_incidents_title_present")),
        sa.CheckConstraint(
            "stood_down_at IS NULL OR stood_down_at >= started_at", name=op.f("ck_incidents_stand_down_after_start")
        ),
        sa.ForeignKeyConstraint(["lead_id"], ["people.id"], name=op.f("fk_incidents_lead_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_table(
        "risk_registers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "level IN ('corporate', 'directorate', 'operational', 'service', 'project')",
            name=op.f("ck_risk_registers_level_known"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_risk_registers_name_present")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_risk_registers_owner_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_registers")),
        sa.UniqueConstraint("name", name=op.f("uq_risk_registers_name")),
    )
    with op.batch_alter_table("risk_registers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_registers_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "services",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("division", sa.String(length=200), nullable=False),
        sa.Column("locality", sa.String(length=40), nullable=False),
        sa.Column("manager_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "locality IN ('North Kent', 'West Kent', 'Ashford and Canterbury', 'Thanet and South Kent Coast', 'countywide')",
            name=op.f("ck_services_locality_known"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_services_name_present")),
        sa.ForeignKeyConstraint(["manager_id"], ["people.id"], name=op.f("fk_services_manager_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
        sa.UniqueConstraint("name", name=op.f("uq_services_name")),
    )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_services_manager_id"), ["manager_id"], unique=False)

    op.create_table(
        "debriefs",
        sa.Column("exercise_id", sa.Uuid(), nullable=True),
        sa.Column("incident_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('hot', 'cold', 'multi_agency', 'post_incident')", name=op.f("ck_debriefs_kind_known")
        ),
        sa.CheckConstraint("(exercise_id IS NULL) <> (incident_id IS NULL)", name=op.f("ck_debriefs_one_event")),
        sa.ForeignKeyConstraint(["exercise_id"], ["exercises.id"], name=op.f("fk_debriefs_exercise_id_exercises")),
        sa.ForeignKeyConstraint(["facilitator_id"], ["people.id"], name=op.f("fk_debriefs_facilitator_id_people")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_debriefs_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debriefs")),
    )
    with op.batch_alter_table("debriefs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debriefs_exercise_id"), ["exercise_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_debriefs_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "exercise_objectives",
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(length=14), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "rating IS NULL OR rating IN ('met', 'partially_met', 'not_met')",
            name=op.f("ck_exercise_objectives_rating_known"),
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercises.id"], name=op.f("fk_exercise_objectives_exercise_id_exercises")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_objectives")),
    )
    with op.batch_alter_table("exercise_objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_objectives_exercise_id"), ["exercise_id"], unique=False)

    op.create_table(
        "exercise_participants",
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercises.id"], name=op.f("fk_exercise_participants_exercise_id_exercises")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_exercise_participants_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_participants")),
        sa.UniqueConstraint("exercise_id", "person_id", name=op.f("uq_exercise_participants_exercise_id_person_id")),
    )
    with op.batch_alter_table("exercise_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_participants_exercise_id"), ["exercise_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercise_participants_person_id"), ["person_id"], unique=False)

    op.create_table(
        "incident_disruptions",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("disruption", sa.String(length=12), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "disruption IN ('power', 'fuel', 'ict', 'telephony', 'premises', 'staff', 'weather', 'supplier', 'cyber')",
            name=op.f("ck_incident_disruptions_disruption_known"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_disruptions_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_disruptions")),
        sa.UniqueConstraint("incident_id", "disruption", name=op.f("uq_incident_disruptions_incident_id_disruption")),
    )
    with op.batch_alter_table("incident_disruptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_disruptions_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "incident_services",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("plan_invoked", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_services_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_incident_services_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_services")),
        sa.UniqueConstraint("incident_id", "service_id", name=op.f("uq_incident_services_incident_id_service_id")),
    )
    with op.batch_alter_table("incident_services", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_services_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_services_service_id"), ["service_id"], unique=False)

    op.create_table(
        "lessons",
        sa.Column("exercise_id", sa.Uuid(), nullable=True),
        sa.Column("incident_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("(exercise_id IS NULL) <> (incident_id IS NULL)", name=op.f("ck_lessons_one_event")),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_lessons_text_present")),
        sa.ForeignKeyConstraint(["exercise_id"], ["exercises.id"], name=op.f("fk_lessons_exercise_id_exercises")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_lessons_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lessons")),
    )
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lessons_exercise_id"), ["exercise_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lessons_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "log_entries",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("options_considered", sa.Text(), nullable=True),
        sa.Column("late_reason", sa.Text(), nullable=True),
        sa.Column("corrects_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind <> 'decision' OR length(trim(coalesce(rationale, ''))) > 0",
            name=op.f("ck_log_entries_decision_rationale"),
        ),
        sa.CheckConstraint(
            "kind IN ('information', 'decision', 'action', 'communication')", name=op.f("ck_log_entries_kind_known")
        ),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_log_entries_text_present")),
        sa.ForeignKeyConstraint(["author_id"], ["people.id"], name=op.f("fk_log_entries_author_id_people")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["log_entries.id"], name=op.f("fk_log_entries_corrects_id_log_entries")
        ),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_log_entries_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entries")),
        sa.UniqueConstraint("incident_id", "sequence", name=op.f("uq_log_entries_incident_id_sequence")),
    )
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_log_entries_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "opel_changes",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name=op.f("ck_opel_changes_level_range")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_opel_changes_incident_id_incidents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opel_changes")),
    )
    with op.batch_alter_table("opel_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opel_changes_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "plans",
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("current_version", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("approver_id", sa.Uuid(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("last_exercised", sa.Date(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("invocation_criteria", sa.Text(), nullable=False),
        sa.Column("who_may_invoke", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'approved')", name=op.f("ck_plans_status_known")),
        sa.ForeignKeyConstraint(["approver_id"], ["people.id"], name=op.f("fk_plans_approver_id_people")),
        sa.ForeignKeyConstraint(["author_id"], ["people.id"], name=op.f("fk_plans_author_id_people")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_plans_owner_id_people")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_plans_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("service_id", name=op.f("uq_plans_service_id")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "risks",
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("ref", sa.String(length=30), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("consequence", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("inherent_likelihood", sa.Integer(), nullable=True),
        sa.Column("inherent_impact", sa.Integer(), nullable=True),
        sa.Column("current_likelihood", sa.Integer(), nullable=False),
        sa.Column("current_impact", sa.Integer(), nullable=False),
        sa.Column("previous_likelihood", sa.Integer(), nullable=True),
        sa.Column("previous_impact", sa.Integer(), nullable=True),
        sa.Column("target_likelihood", sa.Integer(), nullable=True),
        sa.Column("target_impact", sa.Integer(), nullable=True),
        sa.Column("financial_exposure_m", sa.Numeric(precision=12, scale=3), nullable=True),
        sa.Column("treatment", sa.String(length=10), nullable=False),
        sa.Column("last_review", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("escalated_to_id", sa.Uuid(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('risk', 'opportunity')", name=op.f("ck_risks_kind_known")),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_risks_status_known")),
        sa.CheckConstraint(
            "treatment IN ('avoid', 'reduce', 'share', 'accept')", name=op.f("ck_risks_treatment_known")
        ),
        sa.CheckConstraint(
            "(inherent_likelihood IS NULL) = (inherent_impact IS NULL)", name=op.f("ck_risks_inherent_paired")
        ),
        sa.CheckConstraint(
            "(previous_likelihood IS NULL) = (previous_impact IS NULL)", name=op.f("ck_risks_previous_paired")
        ),
        sa.CheckConstraint(
            "(target_likelihood IS NULL) = (target_impact IS NULL)", name=op.f("ck_risks_target_paired")
        ),
        sa.CheckConstraint(
            "escalated_to_id IS NULL OR escalated_to_id <> id", name=op.f("ck_risks_not_escalated_to_self")
        ),
        sa.CheckConstraint(
            "financial_exposure_m IS NULL OR financial_exposure_m >= 0", name=op.f("ck_risks_exposure_positive")
        ),
        sa.CheckConstraint("length(trim(ref)) > 0", name=op.f("ck_risks_ref_present")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_risks_title_present")),
        sa.ForeignKeyConstraint(
            ["current_impact"], ["impact_levels.value"], name=op.f("fk_risks_current_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["current_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_risks_current_likelihood_likelihood_levels"),
        ),
        sa.ForeignKeyConstraint(["escalated_to_id"], ["risks.id"], name=op.f("fk_risks_escalated_to_id_risks")),
        sa.ForeignKeyConstraint(
            ["inherent_impact"], ["impact_levels.value"], name=op.f("fk_risks_inherent_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["inherent_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_risks_inherent_likelihood_likelihood_levels"),
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_risks_owner_id_people")),
        sa.ForeignKeyConstraint(
            ["previous_impact"], ["impact_levels.value"], name=op.f("fk_risks_previous_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["previous_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_risks_previous_likelihood_likelihood_levels"),
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["risk_registers.id"], name=op.f("fk_risks_register_id_risk_registers")
        ),
        sa.ForeignKeyConstraint(
            ["target_impact"], ["impact_levels.value"], name=op.f("fk_risks_target_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["target_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_risks_target_likelihood_likelihood_levels"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risks")),
        sa.UniqueConstraint("ref", name=op.f("uq_risks_ref")),
    )
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risks_next_review"), ["next_review"], unique=False)
        batch_op.create_index(batch_op.f("ix_risks_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risks_register_id"), ["register_id"], unique=False)

    op.create_table(
        "situation_reports",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("staffing_percent", sa.Float(), nullable=True),
        sa.Column("issues", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "staffing_percent IS NULL OR (staffing_percent >= 0 AND staffing_percent <= 100)",
            name=op.f("ck_situation_reports_staffing_range"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_situation_reports_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"], name=op.f("fk_situation_reports_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_situation_reports")),
    )
    with op.batch_alter_table("situation_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_situation_reports_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "cascade_entries",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("called_by_id", sa.Uuid(), nullable=True),
        sa.Column("alternate_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("position >= 1", name=op.f("ck_cascade_entries_position_positive")),
        sa.ForeignKeyConstraint(["alternate_id"], ["people.id"], name=op.f("fk_cascade_entries_alternate_id_people")),
        sa.ForeignKeyConstraint(["called_by_id"], ["people.id"], name=op.f("fk_cascade_entries_called_by_id_people")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_cascade_entries_person_id_people")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_cascade_entries_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cascade_entries")),
    )
    with op.batch_alter_table("cascade_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cascade_entries_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cascade_entries_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "controls",
        sa.Column("risk_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(trim(description)) > 0", name=op.f("ck_controls_description_present")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_controls_owner_id_people")),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_controls_risk_id_risks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls")),
    )
    with op.batch_alter_table("controls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_controls_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_controls_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "critical_activities",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("rto_hours", sa.Float(), nullable=False),
        sa.Column("mtpd_hours", sa.Float(), nullable=False),
        sa.Column("minimum_service_level", sa.Text(), nullable=False),
        sa.Column("minimum_staff", sa.Integer(), nullable=False),
        sa.Column("workarounds", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_critical_activities_name_present")),
        sa.CheckConstraint("minimum_staff >= 0", name=op.f("ck_critical_activities_minimum_staff_positive")),
        sa.CheckConstraint("priority >= 1", name=op.f("ck_critical_activities_priority_positive")),
        sa.CheckConstraint("rto_hours <= mtpd_hours", name=op.f("ck_critical_activities_rto_within_mtpd")),
        sa.CheckConstraint("rto_hours > 0", name=op.f("ck_critical_activities_rto_positive")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_critical_activities_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_critical_activities")),
    )
    with op.batch_alter_table("critical_activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_critical_activities_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "dependencies",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("recovery_hours", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('it_system', 'telephony', 'premises', 'supplier', 'vehicles_fuel', 'utilities_power', 'staff_skill')",
            name=op.f("ck_dependencies_kind_known"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_dependencies_name_present")),
        sa.CheckConstraint(
            "recovery_hours IS NULL OR recovery_hours >= 0", name=op.f("ck_dependencies_recovery_positive")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_dependencies_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependencies")),
    )
    with op.batch_alter_table("dependencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dependencies_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "exercise_plans",
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercises.id"], name=op.f("fk_exercise_plans_exercise_id_exercises")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_exercise_plans_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_plans")),
        sa.UniqueConstraint("exercise_id", "plan_id", name=op.f("uq_exercise_plans_exercise_id_plan_id")),
    )
    with op.batch_alter_table("exercise_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_plans_exercise_id"), ["exercise_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercise_plans_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "lesson_themes",
        sa.Column("lesson_id", sa.Uuid(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["lesson_id"], ["lessons.id"], name=op.f("fk_lesson_themes_lesson_id_lessons")),
        sa.ForeignKeyConstraint(["theme_id"], ["themes.id"], name=op.f("fk_lesson_themes_theme_id_themes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_themes")),
        sa.UniqueConstraint("lesson_id", "theme_id", name=op.f("uq_lesson_themes_lesson_id_theme_id")),
    )
    with op.batch_alter_table("lesson_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_themes_lesson_id"), ["lesson_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lesson_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "observations",
        sa.Column("debrief_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=18), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('went_well', 'improvement', 'notable_practice')", name=op.f("ck_observations_kind_known")
        ),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_observations_text_present")),
        sa.ForeignKeyConstraint(["debrief_id"], ["debriefs.id"], name=op.f("fk_observations_debrief_id_debriefs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
    )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observations_debrief_id"), ["debrief_id"], unique=False)

    op.create_table(
        "plan_versions",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["approved_by_id"], ["people.id"], name=op.f("fk_plan_versions_approved_by_id_people")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_plan_versions_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_versions")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_plan_versions_plan_id_number")),
    )
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_versions_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "recommendations",
        sa.Column("lesson_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("verified_by_exercise_id", sa.Uuid(), nullable=True),
        sa.Column("verified_by_incident_id", sa.Uuid(), nullable=True),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("risk_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status <> 'embedded' OR verified_by_exercise_id IS NOT NULL OR verified_by_incident_id IS NOT NULL",
            name=op.f("ck_recommendations_verified_when_embedded"),
        ),
        sa.CheckConstraint(
            "status IN ('identified', 'in_progress', 'implemented', 'embedded')",
            name=op.f("ck_recommendations_status_known"),
        ),
        sa.CheckConstraint(
            "status NOT IN ('implemented', 'embedded') OR length(trim(coalesce(evidence, ''))) > 0",
            name=op.f("ck_recommendations_evidence_when_implemented"),
        ),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_recommendations_text_present")),
        sa.ForeignKeyConstraint(["lesson_id"], ["lessons.id"], name=op.f("fk_recommendations_lesson_id_lessons")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_recommendations_owner_id_people")),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_recommendations_plan_id_plans")),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_recommendations_risk_id_risks")),
        sa.ForeignKeyConstraint(
            ["verified_by_exercise_id"],
            ["exercises.id"],
            name=op.f("fk_recommendations_verified_by_exercise_id_exercises"),
        ),
        sa.ForeignKeyConstraint(
            ["verified_by_incident_id"],
            ["incidents.id"],
            name=op.f("fk_recommendations_verified_by_incident_id_incidents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendations")),
    )
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendations_lesson_id"), ["lesson_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendations_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendations_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendations_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "response_cards",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("disruption", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "disruption IN ('power', 'fuel', 'ict', 'telephony', 'premises', 'staff', 'weather', 'supplier', 'cyber')",
            name=op.f("ck_response_cards_disruption_known"),
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_response_cards_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_cards")),
        sa.UniqueConstraint("plan_id", "disruption", name=op.f("uq_response_cards_plan_id_disruption")),
    )
    with op.batch_alter_table("response_cards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_response_cards_disruption"), ["disruption"], unique=False)
        batch_op.create_index(batch_op.f("ix_response_cards_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "review_comments",
        sa.Column("risk_id", sa.Uuid(), nullable=False),
        sa.Column("commented_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_review_comments_text_present")),
        sa.ForeignKeyConstraint(["author_id"], ["people.id"], name=op.f("fk_review_comments_author_id_people")),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_review_comments_risk_id_risks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
    )
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comments_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "risk_acceptances",
        sa.Column("risk_id", sa.Uuid(), nullable=False),
        sa.Column("accepted_by_id", sa.Uuid(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "expires_on IS NULL OR expires_on >= accepted_on", name=op.f("ck_risk_acceptances_expiry_after_acceptance")
        ),
        sa.ForeignKeyConstraint(
            ["accepted_by_id"], ["people.id"], name=op.f("fk_risk_acceptances_accepted_by_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["impact"], ["impact_levels.value"], name=op.f("fk_risk_acceptances_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["likelihood"], ["likelihood_levels.value"], name=op.f("fk_risk_acceptances_likelihood_likelihood_levels")
        ),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_risk_acceptances_risk_id_risks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_acceptances")),
    )
    with op.batch_alter_table("risk_acceptances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_acceptances_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "risk_actions",
        sa.Column("risk_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status <> 'done' OR done_on IS NOT NULL", name=op.f("ck_risk_actions_done_has_date")),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'cancelled')", name=op.f("ck_risk_actions_status_known")
        ),
        sa.CheckConstraint("length(trim(description)) > 0", name=op.f("ck_risk_actions_description_present")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_risk_actions_owner_id_people")),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_risk_actions_risk_id_risks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_actions")),
    )
    with op.batch_alter_table("risk_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_actions_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_actions_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_actions_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "score_history",
        sa.Column("risk_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("score_kind", sa.String(length=10), nullable=False),
        sa.Column("from_likelihood", sa.Integer(), nullable=True),
        sa.Column("from_impact", sa.Integer(), nullable=True),
        sa.Column("to_likelihood", sa.Integer(), nullable=False),
        sa.Column("to_impact", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "score_kind IN ('inherent', 'current', 'target')", name=op.f("ck_score_history_score_kind_known")
        ),
        sa.CheckConstraint("length(trim(reason)) > 0", name=op.f("ck_score_history_reason_present")),
        sa.ForeignKeyConstraint(
            ["from_impact"], ["impact_levels.value"], name=op.f("fk_score_history_from_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["from_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_score_history_from_likelihood_likelihood_levels"),
        ),
        sa.ForeignKeyConstraint(["risk_id"], ["risks.id"], name=op.f("fk_score_history_risk_id_risks")),
        sa.ForeignKeyConstraint(
            ["to_impact"], ["impact_levels.value"], name=op.f("fk_score_history_to_impact_impact_levels")
        ),
        sa.ForeignKeyConstraint(
            ["to_likelihood"],
            ["likelihood_levels.value"],
            name=op.f("fk_score_history_to_likelihood_likelihood_levels"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_history")),
    )
    with op.batch_alter_table("score_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_score_history_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "staffing_thresholds",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("level", sa.String(length=6), nullable=False),
        sa.Column("below_percent", sa.Float(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("level IN ('amber', 'red', 'black')", name=op.f("ck_staffing_thresholds_level_known")),
        sa.CheckConstraint(
            "below_percent > 0 AND below_percent <= 100", name=op.f("ck_staffing_thresholds_percent_range")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_staffing_thresholds_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_thresholds")),
        sa.UniqueConstraint("plan_id", "level", name=op.f("uq_staffing_thresholds_plan_id_level")),
    )
    with op.batch_alter_table("staffing_thresholds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staffing_thresholds_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "activity_impacts",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("after", sa.String(length=3), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("harm", sa.String(length=12), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("after IN ('1h', '4h', '1d', '3d', '1w')", name=op.f("ck_activity_impacts_after_known")),
        sa.CheckConstraint(
            "harm IN ('people', 'statutory', 'finance', 'reputation')", name=op.f("ck_activity_impacts_harm_known")
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_activity_impacts_score_range")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["critical_activities.id"],
            name=op.f("fk_activity_impacts_activity_id_critical_activities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_impacts")),
        sa.UniqueConstraint("activity_id", "after", "harm", name=op.f("uq_activity_impacts_activity_id_after_harm")),
    )
    with op.batch_alter_table("activity_impacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_impacts_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "card_steps",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("when", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_card_steps_text_present")),
        sa.ForeignKeyConstraint(["card_id"], ["response_cards.id"], name=op.f("fk_card_steps_card_id_response_cards")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_steps")),
    )
    with op.batch_alter_table("card_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_steps_card_id"), ["card_id"], unique=False)

    op.create_table(
        "dependency_activities",
        sa.Column("dependency_id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["critical_activities.id"],
            name=op.f("fk_dependency_activities_activity_id_critical_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["dependency_id"], ["dependencies.id"], name=op.f("fk_dependency_activities_dependency_id_dependencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependency_activities")),
        sa.UniqueConstraint(
            "dependency_id", "activity_id", name=op.f("uq_dependency_activities_dependency_id_activity_id")
        ),
    )
    with op.batch_alter_table("dependency_activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dependency_activities_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dependency_activities_dependency_id"), ["dependency_id"], unique=False)

    op.create_table(
        "observation_themes",
        sa.Column("observation_id", sa.Uuid(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["observation_id"], ["observations.id"], name=op.f("fk_observation_themes_observation_id_observations")
        ),
        sa.ForeignKeyConstraint(["theme_id"], ["themes.id"], name=op.f("fk_observation_themes_theme_id_themes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation_themes")),
        sa.UniqueConstraint("observation_id", "theme_id", name=op.f("uq_observation_themes_observation_id_theme_id")),
    )
    with op.batch_alter_table("observation_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observation_themes_observation_id"), ["observation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_observation_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "step_ticks",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.Uuid(), nullable=False),
        sa.Column("ticked_by_id", sa.Uuid(), nullable=True),
        sa.Column("ticked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_step_ticks_incident_id_incidents")),
        sa.ForeignKeyConstraint(["step_id"], ["card_steps.id"], name=op.f("fk_step_ticks_step_id_card_steps")),
        sa.ForeignKeyConstraint(["ticked_by_id"], ["people.id"], name=op.f("fk_step_ticks_ticked_by_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_ticks")),
        sa.UniqueConstraint("incident_id", "step_id", name=op.f("uq_step_ticks_incident_id_step_id")),
    )
    with op.batch_alter_table("step_ticks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_step_ticks_incident_id"), ["incident_id"], unique=False)
    create_append_only_guard("log_entries")


def create_append_only_guard(table: str) -> None:
    """The incident and decision log must stand up at an inquiry: the database itself refuses edits and deletions."""
    message = f"{table} are append-only: record a correction as a new entry"
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    else:
        op.execute(
            f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
        )


def downgrade() -> None:

    with op.batch_alter_table("step_ticks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_step_ticks_incident_id"))

    op.drop_table("step_ticks")
    with op.batch_alter_table("observation_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_themes_theme_id"))
        batch_op.drop_index(batch_op.f("ix_observation_themes_observation_id"))

    op.drop_table("observation_themes")
    with op.batch_alter_table("dependency_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dependency_activities_dependency_id"))
        batch_op.drop_index(batch_op.f("ix_dependency_activities_activity_id"))

    op.drop_table("dependency_activities")
    with op.batch_alter_table("card_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_steps_card_id"))

    op.drop_table("card_steps")
    with op.batch_alter_table("activity_impacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_impacts_activity_id"))

    op.drop_table("activity_impacts")
    with op.batch_alter_table("staffing_thresholds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staffing_thresholds_plan_id"))

    op.drop_table("staffing_thresholds")
    with op.batch_alter_table("score_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_history_risk_id"))

    op.drop_table("score_history")
    with op.batch_alter_table("risk_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_actions_risk_id"))
        batch_op.drop_index(batch_op.f("ix_risk_actions_owner_id"))
        batch_op.drop_index(batch_op.f("ix_risk_actions_due_on"))

    op.drop_table("risk_actions")
    with op.batch_alter_table("risk_acceptances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_acceptances_risk_id"))

    op.drop_table("risk_acceptances")
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comments_risk_id"))

    op.drop_table("review_comments")
    with op.batch_alter_table("response_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_cards_plan_id"))
        batch_op.drop_index(batch_op.f("ix_response_cards_disruption"))

    op.drop_table("response_cards")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendations_risk_id"))
        batch_op.drop_index(batch_op.f("ix_recommendations_plan_id"))
        batch_op.drop_index(batch_op.f("ix_recommendations_owner_id"))
        batch_op.drop_index(batch_op.f("ix_recommendations_lesson_id"))

    op.drop_table("recommendations")
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_versions_plan_id"))

    op.drop_table("plan_versions")
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observations_debrief_id"))

    op.drop_table("observations")
    with op.batch_alter_table("lesson_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_themes_theme_id"))
        batch_op.drop_index(batch_op.f("ix_lesson_themes_lesson_id"))

    op.drop_table("lesson_themes")
    with op.batch_alter_table("exercise_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_plans_plan_id"))
        batch_op.drop_index(batch_op.f("ix_exercise_plans_exercise_id"))

    op.drop_table("exercise_plans")
    with op.batch_alter_table("dependencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dependencies_plan_id"))

    op.drop_table("dependencies")
    with op.batch_alter_table("critical_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_critical_activities_plan_id"))

    op.drop_table("critical_activities")
    with op.batch_alter_table("controls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_controls_risk_id"))
        batch_op.drop_index(batch_op.f("ix_controls_owner_id"))

    op.drop_table("controls")
    with op.batch_alter_table("cascade_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cascade_entries_plan_id"))
        batch_op.drop_index(batch_op.f("ix_cascade_entries_person_id"))

    op.drop_table("cascade_entries")
    with op.batch_alter_table("situation_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_situation_reports_incident_id"))

    op.drop_table("situation_reports")
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risks_register_id"))
        batch_op.drop_index(batch_op.f("ix_risks_owner_id"))
        batch_op.drop_index(batch_op.f("ix_risks_next_review"))

    op.drop_table("risks")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_owner_id"))

    op.drop_table("plans")
    with op.batch_alter_table("opel_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opel_changes_incident_id"))

    op.drop_table("opel_changes")
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_entries_incident_id"))

    op.drop_table("log_entries")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS log_entries_append_only()")
    with op.batch_alter_table("lessons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lessons_incident_id"))
        batch_op.drop_index(batch_op.f("ix_lessons_exercise_id"))

    op.drop_table("lessons")
    with op.batch_alter_table("incident_services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_services_service_id"))
        batch_op.drop_index(batch_op.f("ix_incident_services_incident_id"))

    op.drop_table("incident_services")
    with op.batch_alter_table("incident_disruptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_disruptions_incident_id"))

    op.drop_table("incident_disruptions")
    with op.batch_alter_table("exercise_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_participants_person_id"))
        batch_op.drop_index(batch_op.f("ix_exercise_participants_exercise_id"))

    op.drop_table("exercise_participants")
    with op.batch_alter_table("exercise_objectives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_objectives_exercise_id"))

    op.drop_table("exercise_objectives")
    with op.batch_alter_table("debriefs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debriefs_incident_id"))
        batch_op.drop_index(batch_op.f("ix_debriefs_exercise_id"))

    op.drop_table("debriefs")
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_services_manager_id"))

    op.drop_table("services")
    with op.batch_alter_table("risk_registers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_registers_owner_id"))

    op.drop_table("risk_registers")
    op.drop_table("incidents")
    op.drop_table("exercises")
    op.drop_table("themes")
    op.drop_table("score_bands")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_name"))

    op.drop_table("people")
    op.drop_table("likelihood_levels")
    op.drop_table("impact_levels")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
