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

_NOT_A_CASE_FILE = "Choose the .json file that FGC Desktop exported."


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
        raise CaseFileError("", f"this holds {describe_value(document)}, not a case file. "
                                f"{_NOT_A_CASE_FILE}")
    if document.get("format") != FORMAT:
        raise CaseFileError("format", f"should be “{FORMAT}”, so this is not an FGC Desktop "
                                      f"case file. {_NOT_A_CASE_FILE}")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise CaseFileError("format_version", f"should be a whole number, like {FORMAT_VERSION}.")
    if version > FORMAT_VERSION:
        raise CaseFileError("format_version", (
            f"this case file is format version {version}, and this copy of FGC Desktop reads "
            f"version {FORMAT_VERSION} or older. Update FGC Desktop, then import the file again."
        ))
    if version < 1:
        raise CaseFileError("format_version", f"{version} is not a version of this format. "
                                              "The file may have been changed by hand.")


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
        raise CaseFileError(where, f"“{shorten(uid.rstrip())}” ends with a line break, "
                                   "and a uid cannot. Remove the line break.")
    return uid


def _converted(spec: Field, where: str, value: Any) -> Any:
    try:
        return from_file_value(spec, value)
    except (ValueError, OverflowError) as error:
        what, parts = ("date and time", "the day, the month and the time")
        if spec.kind == "date":
            what, parts = "date", "the day and the month"
        raise CaseFileError(where, (
            f"“{shorten(str(value))}” is not a real {what}. Check {parts}."
        )) from error


def _index_uids(records: list[PreparedRecord]) -> dict[str, PreparedRecord]:
    by_uid: dict[str, PreparedRecord] = {}
    for record in records:
        other = by_uid.setdefault(record.uid, record)
        if other is not record:
            raise CaseFileError(child_location(record.location, "uid"), (
                f"“{record.uid}” is also the uid of {other.location}. "
                "Every record needs a uid of its own."
            ))
    return by_uid


def _check_links(records: list[PreparedRecord], by_uid: dict[str, PreparedRecord]) -> None:
    for record in records:
        for spec in record.record_type.fields:
            uid = record.links.get(spec.attribute)
            if uid is None or spec.link is None:
                continue
            noun = RECORD_TYPES[spec.link].noun
            target = by_uid.get(uid)
            if target is None:
                problem = f"links to “{uid}”, but no {noun} in this file has that uid."
            elif target.record_type.key != spec.link:
                problem = f"links to {target.location}, which is not a {noun}."
            else:
                continue
            empty = ", or null for none" if spec.nullable else ""
            raise CaseFileError(child_location(record.location, spec.name),
                                f"{problem} Use the uid of a {noun} in this file{empty}.")


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
                    raise CaseFileError(record.location, (
                        f"has the same {shown} as {other.location}, and only one is allowed. "
                        "Remove one of them, or change it."
                    ))


def _key_part(record: PreparedRecord, name: str) -> Any:
    if name == record.record_type.parent_column:
        return record.parent.uid if record.parent else None
    spec = record.record_type.field_named[name]
    if spec.link:
        return record.links.get(spec.attribute)
    return record.values[spec.attribute]
