"""The audit trail, read back in plain words: when, who, what, which field, before and after.

The trail is kept per conference and per person, and outlives the records it
describes, so deleted conferences and people can still be looked up here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Enum, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import FIELD_TITLES
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, Base, Conference, Participant

RECORD_KINDS = {
    "conferences": N_("Conference"),
    "participants": N_("Person"),
    "consent_records": N_("Consent"),
    "separations": N_("People who must not meet"),
    "preparation_contacts": N_("Preparation contact"),
    "step_marks": N_("Good-practice step"),
    "text_translations": N_("Translation"),
    "meetings": N_("Meeting"),
    "meeting_attendees": N_("Meeting attendance"),
    "meeting_choices": N_("Choice about the meeting"),
    "interpreter_bookings": N_("Interpreter booking"),
    "information_items": N_("Information to share"),
    "sharing_decisions": N_("Sharing decision"),
    "plan_versions": N_("Family plan"),
    "plan_actions": N_("Plan action"),
    "plan_recipients": N_("Plan recipient"),
    "action_notes": N_("Note on an action"),
    "outcomes": N_("Outcome"),
    "produced_documents": N_("Document produced"),
}
"""What each table's records are called; these words, ``ACTIONS`` and ``EMPTY`` are
marked for translation and translated with ``_()`` where a line is read."""
ACTIONS = {
    "insert": N_("Added"),
    "update": N_("Changed"),
    "delete": N_("Removed"),
    "retention_delete": N_("Deleted at the end of its keeping period"),
}
EMPTY = N_("(empty)")
_NAME_KEYS = (("reference", "family_name"), ("given_name", "family_name"), ("title",),
              ("by_name",), ("venue_name",), ("step_key",), ("kind",), ("text",))
_TABLES = Base.metadata.tables


@dataclass(frozen=True)
class AuditLine:
    """One change, ready to read."""

    at: datetime
    actor: str
    record: str
    action: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class HistorySubject:
    """A conference or a person whose history can be shown."""

    id: int
    label: str
    still_kept: bool


def conference_history(
    db: Database, conference_id: int, participant_id: int | None = None
) -> list[AuditLine]:
    """Every change to one conference, oldest first; or only one person's, if given."""
    query = select(AuditEntry).where(AuditEntry.conference_id == conference_id)
    if participant_id is not None:
        query = query.where(AuditEntry.participant_id == participant_id)
    with db.session() as session:
        entries = session.scalars(query.order_by(AuditEntry.at, AuditEntry.id)).all()
        names = _subjects(session, "participants", conference_id)
    return [_line(entry, names) for entry in entries]


def conferences_in_history(db: Database) -> list[HistorySubject]:
    """Every conference the trail knows of, deleted ones included, newest reference first."""
    with db.session() as session:
        kept = set(session.scalars(select(Conference.id)))
        subjects = _subjects(session, "conferences", None)
    return sorted(
        (HistorySubject(key, label, key in kept) for key, label in subjects.items()),
        key=lambda subject: subject.label, reverse=True,
    )


def people_in_history(db: Database, conference_id: int) -> list[HistorySubject]:
    """Everyone who was ever part of one conference, in the order they were added."""
    with db.session() as session:
        kept = set(session.scalars(
            select(Participant.id).where(Participant.conference_id == conference_id)))
        subjects = _subjects(session, "participants", conference_id)
    return [HistorySubject(key, label, key in kept) for key, label in subjects.items()]


def _subjects(session: Session, entity: str, conference_id: int | None) -> dict[int, str]:
    """Ids and names from the trail's own records of additions and removals."""
    query = select(AuditEntry).where(
        AuditEntry.entity == entity, AuditEntry.action.in_(("insert", "delete")),
        AuditEntry.entity_id.is_not(None),
    )
    if conference_id is not None:
        query = query.where(AuditEntry.conference_id == conference_id)
    found: dict[int, str] = {}
    for entry in session.scalars(query.order_by(AuditEntry.id)):
        assert entry.entity_id is not None
        snapshot = _snapshot(entry.new_value if entry.action == "insert" else entry.old_value)
        found.setdefault(entry.entity_id, _record_name(snapshot) or f"#{entry.entity_id}")
    return found


def _line(entry: AuditEntry, names: dict[int, str]) -> AuditLine:
    kind = _(RECORD_KINDS.get(entry.entity, _words(entry.entity)))
    if entry.participant_id in names:
        kind = _("{record}: {person}").format(record=kind, person=names[entry.participant_id])
    action = _(ACTIONS.get(entry.action, _words(entry.action)))
    if entry.action == "update":
        return AuditLine(
            at=entry.at, actor=entry.actor, record=kind, action=action,
            field=_field_title(entry.entity, entry.field),
            before=readable(entry.entity, entry.field, entry.old_value),
            after=readable(entry.entity, entry.field, entry.new_value),
        )
    if entry.action == "retention_delete":
        return AuditLine(at=entry.at, actor=entry.actor, record=kind, action=action, field="",
                         before=_retention_summary(entry.old_value), after=entry.new_value or "")
    before = _record_name(_snapshot(entry.old_value)) if entry.action == "delete" else ""
    after = _record_name(_snapshot(entry.new_value)) if entry.action == "insert" else ""
    return AuditLine(at=entry.at, actor=entry.actor, record=kind, action=action, field="",
                     before=before, after=after)


def readable(entity: str, field: str, value: str | None) -> str:
    """A stored value as a person reads it: dates written out, yes and no, choices in words."""
    if value is None or value == "":
        return _(EMPTY)
    table = _TABLES.get(entity)
    column = table.columns.get(field) if table is not None else None
    if column is not None and isinstance(column.type, Enum):
        return _words(value).capitalize()
    if value in ("true", "false") and column is not None and isinstance(column.type, Boolean):
        return _("Yes") if value == "true" else _("No")
    return _readable_moment(value) or value


def _readable_moment(value: str) -> str | None:
    if not (len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if len(value) == 10:
        day = date(moment.year, moment.month, moment.day)
        return f"{day.day} {day:%B %Y}"
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local.day} {local:%B %Y %H:%M}"


def _field_title(entity: str, field: str) -> str:
    if entity == "conferences" and field in FIELD_TITLES:
        return _(FIELD_TITLES[field])
    return _words(field).capitalize()


def _record_name(snapshot: dict[str, Any]) -> str:
    for keys in _NAME_KEYS:
        parts = [str(snapshot[key]) for key in keys if snapshot.get(key)]
        if parts and keys[0] in snapshot and snapshot.get(keys[0]):
            return " ".join(parts)[:120]
    return ""


def _retention_summary(value: str | None) -> str:
    summary = _snapshot(value)
    counts = summary.get("records", {})
    held = ", ".join(f"{count} × {_(RECORD_KINDS.get(kind, _words(kind))).lower()}"
                     for kind, count in sorted(counts.items()))
    name = _record_name(summary)
    return f"{name} ({held})" if held else name


def _snapshot(value: str | None) -> dict[str, Any]:
    try:
        loaded = json.loads(value or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _words(name: str) -> str:
    return name.replace("_", " ")
