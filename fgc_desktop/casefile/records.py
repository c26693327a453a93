"""The shape of a case file: which records it holds, nested how, with which fields.

The fields of each record are read from the data model itself, so the exporter
and the importer cannot drift from the tables; ``schema.json`` states the same
shape for readers, and a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Integer,
    String,
    Table,
    UniqueConstraint,
    inspect,
)
from sqlalchemy import Enum as SqlEnum

from fgc_desktop.domain.text import N_
from fgc_desktop.store.models import (
    ActionNote,
    Conference,
    ConsentRecord,
    Entity,
    InformationItem,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Outcome,
    Participant,
    PlanAction,
    PlanRecipient,
    PlanVersion,
    PreparationContact,
    ProducedDocument,
    Separation,
    SharingDecision,
    StepMark,
    TextTranslation,
)
from fgc_desktop.store.models.base import UtcDateTime

FORMAT = "fgc-desktop-case-file"
FORMAT_VERSION = 1

# Kept out of the file: the database's own numbering, and the conference's edit
# counter, which only guards against two people saving at once.
_LEFT_OUT = frozenset({"id", "version"})

Kind = Literal["text", "number", "flag", "date", "datetime", "choice", "json"]


@dataclass(frozen=True)
class Field:
    """One field of a record: its key in the file and its column in the database.

    A field with ``link`` set holds the uid of another record in the file (a
    record type key such as ``participants``) in place of a database id.
    """

    name: str
    attribute: str
    kind: Kind
    nullable: bool
    choices: type[StrEnum] | None = None
    link: str | None = None


@dataclass(frozen=True)
class RecordType:
    """Records of one table, listed under ``key`` in their parent record."""

    key: str
    noun: str
    """What one record is called, marked for translation; translate with ``_()`` where shown."""
    model: type[Entity]
    collection: str = ""
    children: tuple[RecordType, ...] = ()

    @cached_property
    def parent_column(self) -> str:
        """The column that ties a record to its parent; the file shows this by nesting."""
        parent = PARENTS.get(self.key)
        if parent is None:
            return ""
        relationship = getattr(parent.model, self.collection).property
        return str(relationship.local_remote_pairs[0][1].name)

    @property
    def table(self) -> Table:
        table = self.model.__table__
        assert isinstance(table, Table)
        return table

    @cached_property
    def fields(self) -> tuple[Field, ...]:
        table = self.table
        mapper = inspect(self.model)
        columns = [table.c.uid, *(c for c in table.columns if c.name != "uid")]
        return tuple(
            _field(mapper.get_property_by_column(column).key, column)
            for column in columns
            if column.name not in _LEFT_OUT and column.name != self.parent_column
        )

    @cached_property
    def field_named(self) -> dict[str, Field]:
        return {field.name: field for field in self.fields}

    @cached_property
    def unique_sets(self) -> tuple[tuple[str, ...], ...]:
        """Column sets the table keeps unique, named as the file names them.

        The parent column is kept by its column name: such a set is unique
        among the records of one parent only.
        """
        names = {field.attribute: field.name for field in self.fields}
        return tuple(sorted(
            tuple(names.get(column.name, column.name) for column in constraint.columns)
            for constraint in self.table.constraints
            if isinstance(constraint, UniqueConstraint)
        ))

    @cached_property
    def database_wide_sets(self) -> tuple[tuple[str, ...], ...]:
        """Unique sets that another conference's records may already hold.

        A set that includes the parent or a link is unique among this file's
        new records only, because its parent or link target is new too; the
        uid is checked on its own.
        """
        return tuple(
            names for names in self.unique_sets
            if names != ("uid",)
            and all(name in self.field_named and not self.field_named[name].link
                    for name in names)
        )


def _field(attribute: str, column: Column[Any]) -> Field:
    kind, choices = _kind(column)
    targets = [key.column.table.name for key in column.foreign_keys]
    if targets:
        return Field(
            attribute.removesuffix("_id"), attribute, "text", bool(column.nullable),
            link=_TABLE_KEYS[targets[0]],
        )
    return Field(attribute, attribute, kind, bool(column.nullable), choices)


def _kind(column: Column[Any]) -> tuple[Kind, type[StrEnum] | None]:
    sql_type = column.type
    if isinstance(sql_type, SqlEnum):
        choices = sql_type.enum_class
        assert choices is not None and issubclass(choices, StrEnum)
        return "choice", choices
    if isinstance(sql_type, UtcDateTime):
        return "datetime", None
    if isinstance(sql_type, Date):
        return "date", None
    if isinstance(sql_type, Boolean):
        return "flag", None
    if isinstance(sql_type, Integer):
        return "number", None
    if isinstance(sql_type, JSON):
        return "json", None
    if isinstance(sql_type, String):
        return "text", None
    raise TypeError(f"{column} has a type the case file does not know")


CONFERENCE = RecordType("conference", N_("conference"), Conference, children=(
    RecordType("participants", N_("participant"), Participant, "participants"),
    RecordType("consent_records", N_("consent record"), ConsentRecord, "consents"),
    RecordType("separations", N_("separation"), Separation, "separations"),
    RecordType("preparation_contacts", N_("preparation contact"), PreparationContact, "contacts"),
    RecordType("meetings", N_("meeting"), Meeting, "meetings", children=(
        RecordType("choices", N_("meeting choice"), MeetingChoice, "choices"),
        RecordType("attendees", N_("attendee"), MeetingAttendee, "attendees"),
        RecordType("interpreter_bookings", N_("interpreter booking"), InterpreterBooking,
                   "interpreters"),
    )),
    RecordType("information_items", N_("information item"), InformationItem, "information_items",
               children=(
        RecordType("sharing_decisions", N_("sharing decision"), SharingDecision, "decisions"),
    )),
    RecordType("plan_versions", N_("plan version"), PlanVersion, "plan_versions", children=(
        RecordType("actions", N_("plan action"), PlanAction, "actions", children=(
            RecordType("notes", N_("action note"), ActionNote, "notes"),
        )),
        RecordType("recipients", N_("plan recipient"), PlanRecipient, "recipients"),
    )),
    RecordType("outcomes", N_("outcome"), Outcome, "outcomes"),
    RecordType("step_marks", N_("step mark"), StepMark, "step_marks"),
    RecordType("text_translations", N_("text translation"), TextTranslation, "translations"),
    RecordType("produced_documents", N_("produced document"), ProducedDocument, "documents"),
))


def _all_types(record_type: RecordType = CONFERENCE) -> list[RecordType]:
    found = [record_type]
    for child in record_type.children:
        found.extend(_all_types(child))
    return found


ALL_TYPES = tuple(_all_types())
RECORD_TYPES = {record_type.key: record_type for record_type in ALL_TYPES}
PARENTS = {child.key: parent for parent in ALL_TYPES for child in parent.children}
_TABLE_KEYS = {record_type.model.__tablename__: record_type.key for record_type in ALL_TYPES}


def to_file_value(field: Field, value: Any) -> Any:
    """A stored value as the file writes it: enums by value, times in UTC."""
    if value is None:
        return None
    if field.kind == "choice":
        return str(value.value)
    if field.kind == "datetime":
        return str(value.astimezone(UTC).isoformat())
    if field.kind == "date":
        return str(value.isoformat())
    return value


def from_file_value(field: Field, value: Any) -> Any:
    """A file's value, already checked against the schema, as the database stores it.

    Raises ``ValueError`` or ``OverflowError`` for a date or time that does not exist.
    """
    if value is None:
        return None
    if field.kind == "choice":
        assert field.choices is not None
        return field.choices(value)
    if field.kind == "date":
        return date.fromisoformat(value)
    if field.kind == "datetime":
        return datetime.fromisoformat(value).astimezone(UTC)
    if field.kind == "number":
        return int(value)
    return value
