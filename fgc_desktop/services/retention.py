"""Deleting conferences kept past the service's retention period, after a person reviews them.

A conference is due once it has been closed or archived for longer than the
``retention_months`` setting; the later of the two dates counts. Nothing is
deleted by itself: the coordinator reviews the list and deletes what is due.

Keeping a record's history after the record itself would keep the family's
personal data too, so a deletion also purges that conference's audit entries,
lawfully: it names the conference in ``audit_purges`` (which the trail's
triggers check) and deletes its entries up to that moment, all in the same
transaction as the deletion. What remains is one summary entry, belonging to no
conference so it is never purged, naming the reference, how many records it
held, when and by whom.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.audit import ACTOR_KEY
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, AuditPurge, Conference
from fgc_desktop.store.models.base import utc_now

RETENTION_ACTION = "retention_delete"
PURGE_REASON = "retention period ended"


@dataclass(frozen=True)
class RetentionCandidate:
    """A conference past its keeping period, as the review list shows it."""

    id: int
    reference: str
    family_name: str
    closed_on: date | None
    archived_on: date | None

    @property
    def ended_on(self) -> date:
        """The later of closing and archiving: the keeping period runs from here."""
        return max(day for day in (self.closed_on, self.archived_on) if day is not None)


@dataclass(frozen=True)
class PastDeletion:
    """A conference deleted at the end of its keeping period, as the trail still notes it."""

    reference: str
    deleted_at: datetime
    deleted_by: str


def retention_cutoff(today: date, months: int) -> date:
    """The day ``months`` calendar months before ``today`` (the month's last day if shorter)."""
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(today.day, 0, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("every month has a first day")


def due_for_deletion(db: Database, today: date | None = None) -> list[RetentionCandidate]:
    """Closed or archived conferences whose keeping period has run out, oldest first."""
    months = int(get_setting(db, "retention_months"))
    cutoff = retention_cutoff(today or date.today(), months)
    with db.session() as session:
        candidates = [_candidate(conference) for conference in _ended(session)]
    due = [candidate for candidate in candidates if candidate.ended_on < cutoff]
    return sorted(due, key=lambda candidate: (candidate.ended_on, candidate.reference))


def delete_for_retention(
    db: Database, conference_ids: list[int], today: date | None = None
) -> list[str]:
    """Deletes the chosen conferences and their history, all in one go; returns their references.

    Each must still be due when this runs: one that was reopened or changed
    meanwhile stops the whole deletion, with a message naming it.
    """
    today = today or date.today()
    months = int(get_setting(db, "retention_months"))
    cutoff = retention_cutoff(today, months)
    deleted: list[str] = []
    with db.session() as session:
        for conference_id in conference_ids:
            conference = session.get(Conference, conference_id)
            if conference is None:
                continue
            candidate = _candidate(conference) if _has_ended(conference) else None
            if candidate is None or candidate.ended_on >= cutoff:
                raise UserError(_(
                    "{reference} is not past the keeping period any more, "
                    "so nothing was deleted. Review the list again."
                ).format(reference=conference.reference))
            summary = _summary_entry(session, conference, candidate, months, today)
            session.delete(conference)
            session.flush()
            last_entry_id = _newest_entry_id(session, conference_id)
            session.connection().execute(insert(AuditEntry), [{**summary, "at": utc_now()}])
            _purge_history(session, conference_id, conference.reference, last_entry_id)
            deleted.append(conference.reference)
    return deleted


def past_deletions(db: Database) -> list[PastDeletion]:
    """The notes that deleted conferences leave behind, newest first."""
    query = select(AuditEntry).where(AuditEntry.action == RETENTION_ACTION).order_by(
        AuditEntry.at.desc(), AuditEntry.id.desc())
    with db.session() as session:
        entries = session.scalars(query).all()
    return [PastDeletion(_reference(entry), entry.at, entry.actor) for entry in entries]


def _newest_entry_id(session: Session, conference_id: int) -> int | None:
    return session.scalar(
        select(func.max(AuditEntry.id)).where(AuditEntry.conference_id == conference_id))


def _purge_history(
    session: Session, conference_id: int, reference: str, last_entry_id: int | None
) -> None:
    """Removes a deleted conference's audit entries, up to ``last_entry_id``, under a purge.

    The purge stops at that entry, so a later conference that SQLite gives the
    same id keeps its own history. The summary is written before this: as the
    trail's newest entry it stops SQLite from handing the purged entries' ids to
    new entries, which would fall inside the purge.
    """
    if last_entry_id is None:
        return
    session.add(AuditPurge(
        conference_id=conference_id, reference=reference, last_entry_id=last_entry_id,
        purged_by=session.info.get(ACTOR_KEY, ""), reason=PURGE_REASON,
    ))
    session.flush()
    session.connection().execute(delete(AuditEntry).where(
        AuditEntry.conference_id == conference_id, AuditEntry.id <= last_entry_id))


def _ended(session: Session) -> list[Conference]:
    query = select(Conference).where(
        or_(Conference.closed_on.is_not(None), Conference.archived_at.is_not(None)))
    return list(session.scalars(query))


def _has_ended(conference: Conference) -> bool:
    return conference.closed_on is not None or conference.archived_at is not None


def _candidate(conference: Conference) -> RetentionCandidate:
    archived_at = conference.archived_at
    return RetentionCandidate(
        id=conference.id, reference=conference.reference, family_name=conference.family_name,
        closed_on=conference.closed_on,
        archived_on=archived_at.astimezone().date() if archived_at is not None else None,
    )


def _summary_entry(
    session: Session, conference: Conference, candidate: RetentionCandidate, months: int,
    today: date,
) -> dict[str, Any]:
    """What was deleted, by reference and counts only: no names outlive the record here.

    It belongs to no conference, so the purge that follows leaves it in place.
    """
    records = {
        str(relationship.mapper.class_.__tablename__): len(getattr(conference, relationship.key))
        for relationship in Conference.__mapper__.relationships
        if relationship.uselist
    }
    what = {
        "reference": conference.reference,
        "closed_on": candidate.closed_on.isoformat() if candidate.closed_on else None,
        "archived_on": candidate.archived_on.isoformat() if candidate.archived_on else None,
        "records": {key: count for key, count in records.items() if count},
    }
    return {
        "actor": session.info.get(ACTOR_KEY, ""),
        "conference_id": None,
        "participant_id": None,
        "entity": Conference.__tablename__,
        "entity_id": conference.id,
        "entity_uid": conference.uid,
        "action": RETENTION_ACTION,
        "field": "",
        "old_value": json.dumps(what, sort_keys=True),
        "new_value": (
            f"Deleted on {today.isoformat()}: past the {months}-month keeping period "
            f"that began {candidate.ended_on.isoformat()}."
        ),
    }


def _reference(entry: AuditEntry) -> str:
    try:
        what = json.loads(entry.old_value or "{}")
    except ValueError:
        what = {}
    reference = what.get("reference") if isinstance(what, dict) else None
    return str(reference) if reference else f"#{entry.entity_id}"
