"""Exporting one conference to a case file.

The same data always gives the same bytes (records in id order, fixed key
order, UTF-8, two-space indent), so a case file can be compared, checked into
a record system, or exported again after an import and found unchanged.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fgc_desktop.casefile.locations import child_location
from fgc_desktop.casefile.records import (
    CONFERENCE,
    FORMAT,
    FORMAT_VERSION,
    RECORD_TYPES,
    RecordType,
    to_file_value,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Entity


def export_case_file(db: Database, reference: str, path: Path) -> None:
    """Writes the conference ``reference`` to ``path``, replacing any file there."""
    with db.session() as session:
        conference = session.scalar(select(Conference).where(Conference.reference == reference))
        if conference is None:
            raise UserError(_(
                "There is no conference with the reference {reference}. "
                "Check the reference in the conference list."
            ).format(reference=reference))
        document = case_document(conference)
    write_atomically(path, case_file_bytes(document))


def case_document(conference: Conference) -> dict[str, Any]:
    """The whole case file for ``conference`` as plain JSON values."""
    records = list(_walk(conference, CONFERENCE))
    uids = {(type(entity).__tablename__, entity.id): entity.uid for entity, _type in records}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "conference": _record(conference, CONFERENCE, "conference", uids),
    }


def case_file_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _children(entity: Entity, child_type: RecordType) -> list[Entity]:
    return sorted(getattr(entity, child_type.collection), key=lambda child: child.id)


def _walk(entity: Entity, record_type: RecordType) -> list[tuple[Entity, RecordType]]:
    found = [(entity, record_type)]
    for child_type in record_type.children:
        for child in _children(entity, child_type):
            found.extend(_walk(child, child_type))
    return found


def _record(
    entity: Entity, record_type: RecordType, location: str, uids: dict[tuple[str, int], str]
) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field in record_type.fields:
        value = getattr(entity, field.attribute)
        if field.link and value is not None:
            record[field.name] = _linked_uid(uids, field.link, value, location, field.name)
        else:
            record[field.name] = to_file_value(field, value)
    for child_type in record_type.children:
        where = child_location(location, child_type.key)
        record[child_type.key] = [
            _record(child, child_type, child_location(where, index), uids)
            for index, child in enumerate(_children(entity, child_type))
        ]
    return record


def _linked_uid(
    uids: dict[tuple[str, int], str], link: str, target_id: int, location: str, name: str
) -> str:
    found = uids.get((RECORD_TYPES[link].model.__tablename__, target_id))
    if found is None:
        raise UserError(_(
            "This case cannot be exported: {location} links to a record that belongs to "
            "another conference. Correct that link, then export again."
        ).format(location=child_location(location, name)))
    return found


def write_atomically(path: Path, data: bytes) -> None:
    """Writes ``data`` to a temporary file beside ``path``, then puts it in place.

    A crash or a full disk leaves the old file, or none, never half a file.
    """
    if path.is_dir():
        raise UserError(_("{path} is a folder. Give a file name for the case file, "
                          "such as case.json.").format(path=path))
    if not path.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist. Create it, or choose "
                          "another folder.").format(folder=path.parent))
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise UserError(_(
            "The case file could not be written to {path} ({reason}). "
            "Choose another folder, or check there is room on the disk."
        ).format(path=path, reason=error.strerror or error)) from error
