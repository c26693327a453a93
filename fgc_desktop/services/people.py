"""The family network: adding, editing and removing people.

Each function opens one short session. Every value is checked here, so the page,
the command line and the tests all get the same plain message for a bad value.
A removal returns a :class:`~fgc_desktop.services.removal.Removed` snapshot that
:func:`~fgc_desktop.services.removal.restore` puts back. Who must not meet whom
is in :mod:`fgc_desktop.services.separations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import ChildParticipation, InvitationStatus, ReplyStatus, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported
from fgc_desktop.services.removal import Removed, take_away
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant

TEXT_FIELDS: dict[str, int] = {
    "given_name": 80, "family_name": 80, "known_as": 80, "relationship_to_child": 120,
    "address": 1000, "phone": 40, "email": 120, "confidential_reason": 2000,
    "access_needs": 2000, "other_needs": 2000, "notes": 20_000,
}
FLAG_FIELDS = frozenset({
    "has_parental_responsibility", "is_subject_child", "contact_confidential",
    "needs_interpreter", "needs_childcare", "needs_travel_help",
})
CHOICE_FIELDS: dict[str, type[StrEnum]] = {
    "role": Role, "child_participation": ChildParticipation,
    "invitation_status": InvitationStatus, "reply_status": ReplyStatus,
}
DATE_FIELDS = ("date_of_birth", "invited_on", "replied_on")
LANGUAGE_FIELDS = ("preferred_language", "interpreter_language")
PERSON_FIELDS = (*TEXT_FIELDS, *FLAG_FIELDS, *CHOICE_FIELDS, *DATE_FIELDS, *LANGUAGE_FIELDS,
                 "advocate_id")
FIELD_TITLES = {
    "given_name": N_("Given name"), "family_name": N_("Family name"),
    "known_as": N_("Known as"), "relationship_to_child": N_("Relationship to the child"),
    "address": N_("Address"), "phone": N_("Phone"), "email": N_("Email"),
    "confidential_reason": N_("Why the details are private"),
    "access_needs": N_("Access needs"), "other_needs": N_("Other needs"), "notes": N_("Notes"),
    "role": N_("Role"), "child_participation": N_("How the child takes part"),
    "invitation_status": N_("Invitation"), "reply_status": N_("Reply"),
    "date_of_birth": N_("Date of birth"), "invited_on": N_("Invited on"),
    "replied_on": N_("Replied on"), "preferred_language": N_("Language"),
    "interpreter_language": N_("Interpreter's language"), "advocate_id": N_("Advocate"),
}
"""Each field's name, marked for translation; translate with ``_()`` where shown."""
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class PersonRow:
    """One person as the table and the picture of the network show them."""

    id: int
    name: str
    role: Role
    relationship: str
    is_subject_child: bool
    language: str
    needs_interpreter: bool
    interpreter_language: str
    needs: tuple[str, ...]
    confidential: bool
    invitation: InvitationStatus
    invited_on: date | None
    reply: ReplyStatus
    replied_on: date | None


def list_people(db: Database, conference_id: int) -> list[PersonRow]:
    """Everyone in the conference, the children it is about first."""
    with db.session() as session:
        people = session.scalars(
            select(Participant).where(Participant.conference_id == conference_id)
            .order_by(Participant.is_subject_child.desc(), Participant.id)
        )
        return [_row(person) for person in people]


def _row(person: Participant) -> PersonRow:
    needs = tuple(key for key, wanted in (
        ("interpreter", person.needs_interpreter), ("access", bool(person.access_needs)),
        ("childcare", person.needs_childcare), ("travel", person.needs_travel_help),
        ("other", bool(person.other_needs)),
    ) if wanted)
    return PersonRow(
        id=person.id, name=person.display_name, role=person.role,
        relationship=person.relationship_to_child, is_subject_child=person.is_subject_child,
        language=person.preferred_language, needs_interpreter=person.needs_interpreter,
        interpreter_language=person.interpreter_language or person.preferred_language,
        needs=needs, confidential=person.contact_confidential,
        invitation=person.invitation_status, invited_on=person.invited_on,
        reply=person.reply_status, replied_on=person.replied_on,
    )


def get_person(db: Database, person_id: int) -> dict[str, Any]:
    """Every field the person editor shows, read fresh."""
    with db.session() as session:
        person = find_person(session, person_id)
        fields = {field: getattr(person, field) for field in PERSON_FIELDS}
        fields.update(id=person.id, conference_id=person.conference_id,
                      name=person.display_name)
        return fields


def add_person(db: Database, conference_id: int, given_name: str, role: Role = Role.FAMILY
               ) -> int:
    """Adds someone with just a name and a role; the editor fills in the rest."""
    name = check_text(_(FIELD_TITLES["given_name"]), given_name, TEXT_FIELDS["given_name"],
                      required=True)
    checked_role = _check_field("role", role, date.today())
    with db.session() as session:
        if session.get(Conference, conference_id) is None:
            raise UserError(_("That conference no longer exists. It may have been deleted."))
        person = Participant(conference_id=conference_id, given_name=name, role=checked_role)
        session.add(person)
        session.flush()
        return person.id


def update_person_field(db: Database, person_id: int, field: str, value: Any,
                        today: date | None = None) -> Any:
    """Checks and saves one field; returns the value as stored."""
    if field == "advocate_id":
        return _set_advocate(db, person_id, value)
    checked = _check_field(field, value, today or date.today())
    with db.session() as session:
        person = find_person(session, person_id)
        if getattr(person, field) != checked:
            setattr(person, field, checked)
    return checked


def _check_field(field: str, value: Any, today: date) -> Any:
    title = _(FIELD_TITLES.get(field, field))
    if field in TEXT_FIELDS:
        return check_text(title, value, TEXT_FIELDS[field], required=field == "given_name")
    if field in FLAG_FIELDS:
        if not isinstance(value, bool):
            raise UserError(_("{field}: choose yes or no.").format(field=title))
        return value
    if field in CHOICE_FIELDS:
        try:
            return CHOICE_FIELDS[field](value)
        except ValueError:
            raise UserError(_("{field}: choose one of the options in the list.").format(
                field=title)) from None
    if field in DATE_FIELDS:
        checked = check_date(title, value)
        if field == "date_of_birth" and checked is not None:
            _check_birth(checked, today)
        return checked
    if field in LANGUAGE_FIELDS:
        code = check_text(title, value, 16, required=field == "preferred_language")
        if code and not is_supported(code):
            raise UserError(_("{field}: choose a language from the list.").format(field=title))
        return code
    raise ValueError(f"{field} is not a field of a person")


def _check_birth(born: date, today: date) -> None:
    if born > today:
        raise UserError(_("The date of birth is in the future. Check the year, and enter it "
                          "as year-month-day, like 2015-04-30."))
    if born < EARLIEST_BIRTH:
        raise UserError(_("The date of birth is more than a century ago. Check the year."))


def _set_advocate(db: Database, person_id: int, value: Any) -> int | None:
    with db.session() as session:
        person = find_person(session, person_id)
        advocate_id = int(value) if value else None
        if advocate_id is not None:
            advocate = session.get(Participant, advocate_id)
            if advocate is None or advocate.conference_id != person.conference_id:
                raise UserError(_("That advocate is not in this conference. Choose someone "
                                  "from the list, or add them to the family network first."))
            if advocate_id == person_id:
                raise UserError(_("A person cannot be their own advocate. "
                                  "Choose someone else."))
        person.advocate_id = advocate_id
        return advocate_id


def remove_person(db: Database, person_id: int) -> Removed:
    """Removes someone with everything that belongs to them; ``removal.restore`` undoes it."""
    with db.session() as session:
        person = find_person(session, person_id)
        return take_away(session, person, person.display_name)


def find_person(session: Session, person_id: int) -> Participant:
    """The person, or a plain message if they have been removed meanwhile."""
    person = session.get(Participant, person_id)
    if person is None:
        raise UserError(_("That person is no longer in this conference. They may have been "
                          "removed."))
    return person
