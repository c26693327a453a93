"""Consent to the conference: given, refused or withdrawn, by whom and when.

Kept as events, never overwritten, so a withdrawal does not erase the record
that consent was once given. A mistaken entry can be removed and put back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from fgc_desktop.domain.enums import ConsentEvent
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.removal import Removed, restore, take_away
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import ConsentRecord, Participant


@dataclass(frozen=True)
class ConsentLine:
    id: int
    event: ConsentEvent
    by_name: str
    on: date
    notes: str


@dataclass(frozen=True)
class ConsentGiver:
    """Someone who can give consent: a person with parental responsibility, or 16 or over."""

    id: int
    name: str


def list_consents(db: Database, conference_id: int) -> list[ConsentLine]:
    with db.session() as session:
        records = session.scalars(
            select(ConsentRecord).where(ConsentRecord.conference_id == conference_id)
            .order_by(ConsentRecord.on, ConsentRecord.id))
        return [ConsentLine(r.id, r.event, r.by_name, r.on, r.notes) for r in records]


def consent_givers(db: Database, conference_id: int) -> list[ConsentGiver]:
    with db.session() as session:
        people = session.scalars(
            select(Participant).where(Participant.conference_id == conference_id,
                                      Participant.has_parental_responsibility.is_(True))
            .order_by(Participant.id))
        return [ConsentGiver(person.id, person.display_name) for person in people]


def record_consent(
    db: Database, conference_id: int, event: ConsentEvent, on: object, *,
    participant_id: int | None = None, by_name: str = "", notes: str = "",
    today: date | None = None,
) -> int:
    """Adds one consent event. A date in the future is refused: consent is a fact, not a plan."""
    when = check_date(_("Date"), on)
    if when is None:
        raise UserError(_("Date cannot be empty. Enter the day consent was given or "
                          "withdrawn."))
    if when > (today or date.today()):
        raise UserError(_("The date is in the future. Enter the day it happened."))
    notes = check_text(_("Notes"), notes, 4000)
    with db.session() as session:
        if participant_id is not None:
            person = session.get(Participant, participant_id)
            if person is None or person.conference_id != conference_id:
                raise UserError(_("That person is no longer in this conference. "
                                  "Choose again."))
            by_name = person.display_name
        by_name = check_text(_("Who"), by_name, 120, required=True)
        record = ConsentRecord(conference_id=conference_id, event=ConsentEvent(event),
                               by_name=by_name, participant_id=participant_id, on=when,
                               notes=notes)
        session.add(record)
        session.flush()
        return record.id


def remove_consent(db: Database, consent_id: int) -> Removed:
    """Removes a mistaken entry; :func:`put_back_consent` undoes it."""
    with db.session() as session:
        record = session.get(ConsentRecord, consent_id)
        if record is None:
            raise UserError(_("That consent entry has already been removed."))
        return take_away(session, record, _("consent by {name}").format(name=record.by_name))


def put_back_consent(db: Database, removed: Removed) -> int:
    return restore(db, removed)
