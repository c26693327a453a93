"""The family network: adding, editing and removing people, and who must not meet whom.

Each function opens one short session. Every value is checked here, so the page,
the command line and the tests all get the same plain message for a bad value.
A removal returns a :class:`Removed` snapshot that :func:`restore` puts back.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import ChildParticipation, InvitationStatus, ReplyStatus, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Entity, Participant, Separation

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
SEPARATION_TEXT = {"reason": (N_("Why they must not meet"), 4000),
                   "arrangement": (N_("How they are kept apart"), 4000)}
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


@dataclass(frozen=True)
class SeparationRow:
    id: int
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str
    arrangement: str


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
        person = _person(session, person_id)
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
        person = _person(session, person_id)
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
        person = _person(session, person_id)
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
    """Removes someone with everything that belongs to them; :func:`restore` undoes it."""
    with db.session() as session:
        person = _person(session, person_id)
        return take_away(session, person, person.display_name)


def list_separations(db: Database, conference_id: int) -> list[SeparationRow]:
    with db.session() as session:
        found = session.scalars(
            select(Separation).where(Separation.conference_id == conference_id)
            .order_by(Separation.id)
        )
        return [
            SeparationRow(
                id=separation.id, first_id=separation.first_id,
                first_name=separation.first.display_name, second_id=separation.second_id,
                second_name=separation.second.display_name, reason=separation.reason,
                arrangement=separation.arrangement,
            )
            for separation in found
        ]


def add_separation(db: Database, conference_id: int, first_id: int, second_id: int,
                   reason: str = "", arrangement: str = "") -> int:
    """Records that two people must not meet, and how they are kept apart."""
    if first_id == second_id:
        raise UserError(_("Choose two different people who must not meet."))
    reason = _separation_text("reason", reason)
    arrangement = _separation_text("arrangement", arrangement)
    with db.session() as session:
        for person_id in (first_id, second_id):
            if _person(session, person_id).conference_id != conference_id:
                raise UserError(_("Both people must be in this conference. "
                                  "Choose from the list."))
        pair = (first_id, second_id)
        if session.scalar(select(Separation.id).where(
                Separation.first_id.in_(pair), Separation.second_id.in_(pair))) is not None:
            raise UserError(_("These two are already recorded as people who must not meet. "
                              "Change the reason or the arrangement on that line instead."))
        separation = Separation(conference_id=conference_id, first_id=first_id,
                                second_id=second_id, reason=reason, arrangement=arrangement)
        session.add(separation)
        session.flush()
        return separation.id


def update_separation_field(db: Database, separation_id: int, field: str, value: Any) -> str:
    checked = _separation_text(field, value)
    with db.session() as session:
        separation = session.get(Separation, separation_id)
        if separation is None:
            raise UserError(_("That line was removed. Add the two people again if they "
                              "still must not meet."))
        setattr(separation, field, checked)
    return checked


def _separation_text(field: str, value: Any) -> str:
    title, longest = SEPARATION_TEXT[field]
    return check_text(_(title), value, longest)


def remove_separation(db: Database, separation_id: int) -> Removed:
    with db.session() as session:
        separation = session.get(Separation, separation_id)
        if separation is None:
            raise UserError(_("That line was removed already."))
        removed = snapshot(separation, _("{first} and {second}").format(
            first=separation.first.display_name, second=separation.second.display_name))
        session.delete(separation)
        return removed


def _person(session: Session, person_id: int) -> Participant:
    person = session.get(Participant, person_id)
    if person is None:
        raise UserError(_("That person is no longer in this conference. They may have been "
                          "removed."))
    return person


@dataclass(frozen=True)
class Removed:
    """What a removal took away, enough to put it back with the same uids.

    ``belongings`` are records that cannot exist without the removed one (its
    contacts, separations, sharing decisions...); ``links`` are records that
    only pointed at it and were unlinked.
    """

    description: str
    entity: str
    old_id: int
    values: dict[str, Any]
    belongings: tuple[tuple[str, dict[str, Any]], ...] = ()
    links: tuple[tuple[str, int, str], ...] = ()


def snapshot(record: Entity, description: str) -> Removed:
    """A record with nothing hanging from it, as it is before it is deleted."""
    return Removed(description, type(record).__name__, record.id, _values(record))


def take_away(session: Session, record: Entity, description: str) -> Removed:
    """Deletes ``record`` and what belongs to it, unlinks what pointed at it; audited."""
    belongings: list[tuple[str, dict[str, Any]]] = []
    links: list[tuple[str, int, str]] = []
    for cls, key, cascades in _pointers_to(type(record).__tablename__):
        for other in session.scalars(select(cls).where(getattr(cls, key) == record.id)):
            if cascades:
                belongings.append((cls.__name__, _values(other)))
                session.delete(other)
            else:
                links.append((cls.__name__, other.id, key))
                setattr(other, key, None)
    removed = Removed(description, type(record).__name__, record.id, _values(record),
                      tuple(belongings), tuple(links))
    session.flush()
    session.delete(record)
    return removed


def restore(db: Database, removed: Removed) -> int:
    """Puts back what a removal took; returns the restored record's new id.

    New ids, same uids: a record added meanwhile may have taken the old id.
    A belonging whose other end has gone since (say, the other person of a
    separation) is left out.
    """
    classes = _classes()
    cls = classes[removed.entity]
    with db.session() as session:
        if session.scalar(select(cls.id).where(cls.uid == removed.values["uid"])) is not None:
            raise UserError(_("{name} is back already.").format(name=removed.description))
        values = _relinked(session, cls, removed.values, {})
        if values is None:
            raise UserError(_("{name} cannot be put back, because what it belonged to has "
                              "been removed too.").format(name=removed.description))
        record = cls(**values)
        session.add(record)
        session.flush()
        moved = {(cls.__tablename__, removed.old_id): record.id}
        for name, row in removed.belongings:
            belonging = _relinked(session, classes[name], row, moved)
            if belonging is not None:
                session.add(classes[name](**belonging))
        for name, row_id, key in removed.links:
            other = session.get(classes[name], row_id)
            if other is not None and getattr(other, key) is None:
                setattr(other, key, record.id)
        return record.id


def _values(record: Entity) -> dict[str, Any]:
    return {
        attr.key: copy.deepcopy(getattr(record, attr.key))
        for attr in inspect(record).mapper.column_attrs if attr.key != "id"
    }


def _classes() -> dict[str, type[Entity]]:
    return {
        mapper.class_.__name__: mapper.class_
        for mapper in Entity.registry.mappers if issubclass(mapper.class_, Entity)
    }


def _pointers_to(table: str) -> list[tuple[type[Entity], str, bool]]:
    """Every column that points at ``table``, and whether its rows go when the target goes."""
    found = []
    for cls in _classes().values():
        mapper = inspect(cls)
        for column in mapper.local_table.columns:
            for key in column.foreign_keys:
                if key.column.table.name == table:
                    found.append((cls, mapper.get_property_by_column(column).key,
                                  key.ondelete == "CASCADE"))
    return found


def _relinked(session: Session, cls: type[Entity], values: dict[str, Any],
              moved: dict[tuple[str, int], int]) -> dict[str, Any] | None:
    """``values`` pointing at moved records' new ids; ``None`` if a required link is gone."""
    by_table = {other.__tablename__: other for other in _classes().values()}
    result = copy.deepcopy(values)
    mapper = inspect(cls)
    for column in mapper.local_table.columns:
        for key in column.foreign_keys:
            attr = mapper.get_property_by_column(column).key
            target, table = result.get(attr), key.column.table.name
            if target is None:
                continue
            if (table, target) in moved:
                result[attr] = moved[(table, target)]
            elif session.get(by_table[table], target) is None:
                if not column.nullable:
                    return None
                result[attr] = None
    return result
