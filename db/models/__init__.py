"""Every table of the schema; importing this package registers them all on Base.metadata."""

from db.models.audit import AuditEntry
from db.models.base import Base, Record, utcnow
from db.models.exercises import Exercise, ExerciseObjective, ExerciseParticipant, ExercisePlan
from db.models.incidents import (
    Incident,
    IncidentDisruption,
    IncidentService,
    LogEntry,
    OpelChange,
    SituationReport,
    StepTick,
)
from db.models.lessons import Debrief, Lesson, LessonTheme, Observation, ObservationTheme, Recommendation, Theme
from db.models.people import Person, Service
from db.models.plans import (
    ActivityImpact,
    CardStep,
    CascadeEntry,
    CriticalActivity,
    Dependency,
    DependencyActivity,
    Plan,
    PlanVersion,
    ResponseCard,
    StaffingThreshold,
)
from db.models.risks import (
    RISK_IS_OPEN,
    Control,
    ReviewComment,
    Risk,
    RiskAcceptance,
    RiskAction,
    RiskRegister,
    ScoreChange,
)
from db.models.scoring import ImpactLevel, LikelihoodLevel, ScoreBand
from db.models.sync import SyncBase, SyncChange, SyncClock, SyncConflict, SyncHeld, SyncState

__all__ = [
    "RISK_IS_OPEN", "ActivityImpact", "AuditEntry", "Base", "CardStep", "CascadeEntry", "Control", "CriticalActivity",
    "Debrief",
    "Dependency", "DependencyActivity", "Exercise", "ExerciseObjective", "ExerciseParticipant", "ExercisePlan",
    "ImpactLevel", "Incident", "IncidentDisruption", "IncidentService", "Lesson", "LessonTheme", "LikelihoodLevel",
    "LogEntry", "Observation", "ObservationTheme", "OpelChange", "Person", "Plan", "PlanVersion", "Recommendation",
    "Record", "ResponseCard", "ReviewComment", "Risk", "RiskAcceptance", "RiskAction", "RiskRegister", "ScoreBand",
    "ScoreChange", "Service", "SituationReport", "StaffingThreshold", "StepTick", "SyncBase", "SyncChange", "SyncClock",
    "SyncConflict", "SyncHeld", "SyncState", "Theme", "utcnow",
]
