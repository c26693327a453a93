"""The whole data model. Importing this package registers every table."""

from fgc_desktop.store.models.base import Base, Entity
from fgc_desktop.store.models.conference import (
    Conference,
    ConsentRecord,
    StepMark,
    TextTranslation,
)
from fgc_desktop.store.models.meeting import (
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
)
from fgc_desktop.store.models.people import Participant, PreparationContact, Separation
from fgc_desktop.store.models.plan import (
    ActionNote,
    Outcome,
    PlanAction,
    PlanRecipient,
    PlanVersion,
)
from fgc_desktop.store.models.records import (
    AuditEntry,
    AuditPurge,
    ProducedDocument,
    Setting,
)
from fgc_desktop.store.models.sharing import InformationItem, SharingDecision

__all__ = [
    "ActionNote",
    "AuditEntry",
    "AuditPurge",
    "Base",
    "Conference",
    "ConsentRecord",
    "Entity",
    "InformationItem",
    "InterpreterBooking",
    "Meeting",
    "MeetingAttendee",
    "MeetingChoice",
    "Outcome",
    "Participant",
    "PlanAction",
    "PlanRecipient",
    "PlanVersion",
    "PreparationContact",
    "ProducedDocument",
    "Separation",
    "Setting",
    "SharingDecision",
    "StepMark",
    "TextTranslation",
]
