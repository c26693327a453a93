"""Checking a whole case file before anything is written, and readying its records.

The schema checks each value on its own; here are the checks that need the
whole file: the format and its version, real dates, one uid per record,
links that lead to a record of the right kind, and values that must not repeat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fgc_desktop.casefile.locations import child_location, join_words, shorten
from fgc_desktop.casefile.records import (
    ALL_TYPES,
    CONFERENCE,
    FORMAT,
    FORMAT_VERSION,
    RECORD_TYPES,
    Field,
    RecordType,
    from_file_value,
)
from fgc_desktop.casefile.schema import check_against_schema, describe_value
from fgc_desktop.domain.errors import CaseFileError
from fgc_desktop.i18n.catalogue import _


@dataclass
class PreparedRecord:
    """One record of the file with its values as the database stores them.

    ``links`` holds, by model attribute, the uid of each record this one links
    to; the importer turns them into database ids once those records are stored.
    """

    record_type: RecordType
    location: str
    values: dict[str, Any]
    links: dict[str, str]
    parent: PreparedRecord | None
    children: list[PreparedRecord] = field(default_factory=list)

    @property
    def uid(self) -> str:
        return str(self.values["uid"])


@dataclass(frozen=True)
class PreparedCase:
    conference: PreparedRecord
    records: list[PreparedRecord]

    @property
    def reference(self) -> str:
        return str(self.conference.values["reference"])


def prepare_case(document: Any) -> PreparedCase:
    """The file's records, ready to store; a :class:`CaseFileError` for the first problem."""
    _check_format(document)
    check_against_schema(document)
    records: list[PreparedRecord] = []
    conference = _prepare(document["conference"], CONFERENCE, "conference", None, records)
    by_uid = _index_uids(records)
    _check_links(records, by_uid)
    _check_repeats(records)
    return PreparedCase(conference, records)


def _check_format(document: Any) -> None:
    if not isinstance(document, dict):
        raise CaseFileError("", _(
            "this holds {value}, not a case file. "
            "Choose the .json file that FGC Desktop exported."
        ).format(value=describe_value(document)))
    if document.get("format") != FORMAT:
        raise CaseFileError("format", _(
            "should be “{format}”, so this is not an FGC Desktop case file. "
            "Choose the .json file that FGC Desktop exported."
        ).format(format=FORMAT))
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise CaseFileError("format_version", _(
            "should be a whole number, like {version}."
        ).format(version=FORMAT_VERSION))
    if version > FORMAT_VERSION:
        raise CaseFileError("format_version", _(
            "this case file is format version {version}, and this copy of FGC Desktop reads "
            "version {newest} or older. Update FGC Desktop, then import the file again."
        ).format(version=version, newest=FORMAT_VERSION))
    if version < 1:
        raise CaseFileError("format_version", _(
            "{version} is not a version of this format. The file may have been changed by hand."
        ).format(version=version))


def _prepare(
    data: dict[str, Any], record_type: RecordType, location: str,
    parent: PreparedRecord | None, records: list[PreparedRecord],
) -> PreparedRecord:
    values: dict[str, Any] = {}
    links: dict[str, str] = {}
    for spec in record_type.fields:
        where, value = child_location(location, spec.name), data[spec.name]
        if spec.link:
            if value is not None:
                links[spec.attribute] = _checked_uid(where, value)
        elif spec.name == "uid":
            values[spec.attribute] = _checked_uid(where, value)
        else:
            values[spec.attribute] = _converted(spec, where, value)
    record = PreparedRecord(record_type, location, values, links, parent)
    records.append(record)
    for child_type in record_type.children:
        where = child_location(location, child_type.key)
        for index, child in enumerate(data[child_type.key]):
            record.children.append(
                _prepare(child, child_type, child_location(where, index), record, records)
            )
    return record


def _checked_uid(where: str, uid: str) -> str:
    # The schema's pattern ends in $, which Python lets through before a final line break.
    if uid.endswith("\n"):
        raise CaseFileError(where, _(
            "“{uid}” ends with a line break, and a uid cannot. Remove the line break."
        ).format(uid=shorten(uid.rstrip())))
    return uid


def _converted(spec: Field, where: str, value: Any) -> Any:
    try:
        return from_file_value(spec, value)
    except (ValueError, OverflowError) as error:
        if spec.kind == "date":
            problem = _("“{value}” is not a real date. Check the day and the month.")
        else:
            problem = _("“{value}” is not a real date and time. "
                        "Check the day, the month and the time.")
        raise CaseFileError(where, problem.format(value=shorten(str(value)))) from error


def _index_uids(records: list[PreparedRecord]) -> dict[str, PreparedRecord]:
    by_uid: dict[str, PreparedRecord] = {}
    for record in records:
        other = by_uid.setdefault(record.uid, record)
        if other is not record:
            raise CaseFileError(child_location(record.location, "uid"), _(
                "“{uid}” is also the uid of {location}. Every record needs a uid of its own."
            ).format(uid=record.uid, location=other.location))
    return by_uid


def _check_links(records: list[PreparedRecord], by_uid: dict[str, PreparedRecord]) -> None:
    for record in records:
        for spec in record.record_type.fields:
            uid = record.links.get(spec.attribute)
            if uid is None or spec.link is None:
                continue
            target = by_uid.get(uid)
            if target is not None and target.record_type.key == spec.link:
                continue
            raise CaseFileError(child_location(record.location, spec.name), _link_problem(
                _(RECORD_TYPES[spec.link].noun), uid, target, spec.nullable))


def _link_problem(noun: str, uid: str, target: PreparedRecord | None, nullable: bool) -> str:
    if target is None:
        if nullable:
            problem = _("links to “{uid}”, but no {record} in this file has that uid. "
                        "Use the uid of a {record} in this file, or null for none.")
        else:
            problem = _("links to “{uid}”, but no {record} in this file has that uid. "
                        "Use the uid of a {record} in this file.")
        return problem.format(uid=uid, record=noun)
    if nullable:
        problem = _("links to {location}, which is not a {record}. "
                    "Use the uid of a {record} in this file, or null for none.")
    else:
        problem = _("links to {location}, which is not a {record}. "
                    "Use the uid of a {record} in this file.")
    return problem.format(location=target.location, record=noun)


def _check_repeats(records: list[PreparedRecord]) -> None:
    for record_type in ALL_TYPES:
        of_type = [record for record in records if record.record_type is record_type]
        for names in record_type.unique_sets:
            if names == ("uid",):
                continue
            seen: dict[tuple[Any, ...], PreparedRecord] = {}
            for record in of_type:
                key = tuple(_key_part(record, name) for name in names)
                if None in key:
                    continue
                other = seen.setdefault(key, record)
                if other is not record:
                    shown = join_words(name for name in names if name in record_type.field_named)
                    raise CaseFileError(record.location, _(
                        "has the same {fields} as {location}, and only one is allowed. "
                        "Remove one of them, or change it."
                    ).format(fields=shown, location=other.location))


def _key_part(record: PreparedRecord, name: str) -> Any:
    if name == record.record_type.parent_column:
        return record.parent.uid if record.parent else None
    spec = record.record_type.field_named[name]
    if spec.link:
        return record.links.get(spec.attribute)
    return record.values[spec.attribute]
