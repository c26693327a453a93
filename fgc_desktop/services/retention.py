"""Deleting conferences kept past the service's retention period, after a person reviews them.

A conference is due once it has been closed or archived for longer than the
``retention_months`` setting; the later of the two dates counts. Nothing is
deleted by itself: the coordinator reviews the list and deletes what is due.
Each deletion leaves one summary in the audit trail naming the reference, what
it held, when and by whom, beside the trail's own entry for every record removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.audit import ACTOR_KEY
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, Conference
from fgc_desktop.store.models.base import utc_now

RETENTION_ACTION = "retention_delete"


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
    """Deletes the chosen conferences, all in one go; returns their references.

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
                raise UserError(
                    f"{conference.reference} is not past the keeping period any more, "
                    "so nothing was deleted. Review the list again."
                )
            summary = _summary_entry(session, conference, candidate, months, today)
            session.delete(conference)
            session.flush()
            session.connection().execute(insert(AuditEntry), [{**summary, "at": utc_now()}])
            deleted.append(conference.reference)
    return deleted


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
    """What was deleted, by reference and counts only: no names outlive the record here."""
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
        "conference_id": conference.id,
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
