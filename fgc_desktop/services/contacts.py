"""The preparation log: each visit or call, and what was explained to the person.

What can be explained is a fixed list declared once here; a contact stores the
keys of what was covered. Who still needs a contact is read exactly as the
good-practice step ``everyone_contacted`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from fgc_desktop.domain.enums import ContactKind, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.guidance.rules import FAMILY_ROLES, conference_meeting, invited_people
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.removal import Removed, snapshot
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Participant, PreparationContact


@dataclass(frozen=True)
class Topic:
    key: str
    label: str


# The keys are stored; change a label freely, never a key.
EXPLAINED_TOPICS: tuple[Topic, ...] = (
    Topic("purpose", N_("Why the meeting is happening")),
    Topic("what_happens", N_("What happens at the meeting")),
    Topic("private_family_time", N_("Private family time")),
    Topic("who_is_invited", N_("Who is invited, and who decides")),
    Topic("information_sharing", N_("What is shared, and with whom")),
    Topic("how_the_child_takes_part", N_("How the child takes part")),
    Topic("consent", N_("Consent, and how to withdraw it")),
    Topic("practical_help", N_("Interpreter and practical help")),
)
TOPIC_KEYS = tuple(topic.key for topic in EXPLAINED_TOPICS)
TEXT_FIELDS = {"by_whom": (N_("By whom"), 120), "notes": (N_("Notes"), 20_000)}


@dataclass(frozen=True)
class ContactRow:
    id: int
    person_id: int
    person_name: str
    on: date
    kind: ContactKind
    by_whom: str
    notes: str
    explained: tuple[str, ...]


@dataclass(frozen=True)
class ContactState:
    """Whether one person who should be prepared has been, before the meeting."""

    person_id: int
    name: str
    role: Role
    contacted: bool
    last_contact: date | None


def list_contacts(db: Database, conference_id: int, person_id: int | None = None
                  ) -> list[ContactRow]:
    """The log, oldest first; only one person's contacts when ``person_id`` is given."""
    query = select(PreparationContact).where(PreparationContact.conference_id == conference_id)
    if person_id is not None:
        query = query.where(PreparationContact.participant_id == person_id)
    with db.session() as session:
        found = session.scalars(
            query.order_by(PreparationContact.contact_on, PreparationContact.id))
        return [
            ContactRow(
                id=contact.id, person_id=contact.participant_id,
                person_name=contact.participant.display_name, on=contact.contact_on,
                kind=contact.kind, by_whom=contact.by_whom, notes=contact.notes,
                explained=tuple(contact.explained),
            )
            for contact in found
        ]


def add_contact(
    db: Database, person_id: int, on: Any, kind: Any = ContactKind.VISIT,
    by_whom: str | None = None, notes: str = "", explained: Any = (),
    today: date | None = None,
) -> int:
    """Logs a visit or call; by whom defaults to the conference's coordinator."""
    checked_on = _check("contact_on", on, today or date.today())
    checked_kind = _check("kind", kind, None)
    checked_notes = _check("notes", notes, None)
    checked_explained = _check("explained", explained, None)
    with db.session() as session:
        person = session.get(Participant, person_id)
        if person is None:
            raise UserError(_("That person is no longer in this conference. Choose someone "
                              "from the list."))
        who = (person.conference.coordinator_name if by_whom is None
               else _check("by_whom", by_whom, None))
        contact = PreparationContact(
            conference_id=person.conference_id, participant_id=person.id,
            contact_on=checked_on, kind=checked_kind, by_whom=who, notes=checked_notes,
            explained=checked_explained,
        )
        session.add(contact)
        session.flush()
        return contact.id


def update_contact_field(db: Database, contact_id: int, field: str, value: Any,
                         today: date | None = None) -> Any:
    """Checks and saves one field of a contact; returns the value as stored."""
    checked = _check(field, value, today or date.today())
    with db.session() as session:
        contact = _contact(session, contact_id)
        if field == "participant_id":
            person = session.get(Participant, checked)
            if person is None or person.conference_id != contact.conference_id:
                raise UserError(_("That person is not in this conference. Choose someone "
                                  "from the list."))
        if getattr(contact, field) != checked:
            setattr(contact, field, checked)
    return checked


def remove_contact(db: Database, contact_id: int) -> Removed:
    """Removes a contact from the log; ``removal.restore`` puts it back."""
    with db.session() as session:
        contact = _contact(session, contact_id)
        removed = snapshot(contact, contact.participant.display_name)
        session.delete(contact)
        return removed


def contact_states(db: Database, conference_id: int) -> list[ContactState]:
    """Each invited family member and each child: contacted before the meeting yet?"""
    with db.session() as session:
        conference = load_conference(session, conference_id)
        meeting = conference_meeting(conference)
        deadline = meeting.starts_at.date() if meeting and meeting.starts_at else None
        latest: dict[int, date] = {}
        for contact in conference.contacts:
            if deadline is None or contact.contact_on <= deadline:
                person_id = contact.participant_id
                latest[person_id] = max(contact.contact_on, latest.get(person_id, date.min))
        return [
            ContactState(person.id, person.display_name, person.role,
                         person.id in latest, latest.get(person.id))
            for person in invited_people(conference) if person.role in FAMILY_ROLES
        ]


def _check(field: str, value: Any, today: date | None) -> Any:
    if field in TEXT_FIELDS:
        title, longest = TEXT_FIELDS[field]
        return check_text(_(title), value, longest)
    if field == "contact_on":
        on = check_date(_("Date"), value)
        if on is None:
            raise UserError(_("Enter the date of the visit or call, like 2026-12-03."))
        if today is not None and on > today:
            raise UserError(_("The date is in the future. Log a visit or call once it has "
                              "happened."))
        return on
    if field == "kind":
        try:
            return ContactKind(value)
        except ValueError:
            raise UserError(_("Choose how you were in touch: a visit, a call or a "
                              "message.")) from None
    if field == "explained":
        if not isinstance(value, list | tuple | set | frozenset) or not all(
                isinstance(key, str) for key in value):
            raise ValueError("what was explained is a collection of topic keys")
        unknown = set(value) - set(TOPIC_KEYS)
        if unknown:
            raise UserError(_("Something ticked as explained is not on the list. Tick only "
                              "the topics shown."))
        return [key for key in TOPIC_KEYS if key in value]
    if field == "participant_id":
        if not isinstance(value, int):
            raise UserError(_("Choose the person from the list."))
        return value
    raise ValueError(f"{field} is not a field of a contact")


def _contact(session: Any, contact_id: int) -> PreparationContact:
    contact = session.get(PreparationContact, contact_id)
    if contact is None:
        raise UserError(_("That visit or call was removed. Log it again if you need it."))
    assert isinstance(contact, PreparationContact)
    return contact
