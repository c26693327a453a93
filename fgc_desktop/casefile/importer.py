"""Importing a case file: the whole file is checked first, then stored in one transaction.

Nothing is written unless everything can be: a file that fails any check, or
that clashes with what the database already holds, leaves the database as it
was. The audit trail of the importing database records every record inserted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fgc_desktop.casefile.locations import child_location, join_words, shorten
from fgc_desktop.casefile.preparing import PreparedCase, PreparedRecord, prepare_case
from fgc_desktop.casefile.reading import read_document
from fgc_desktop.casefile.records import ALL_TYPES
from fgc_desktop.domain.errors import CaseFileError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Entity

_ASKED_AT_ONCE = 500


def import_case_file(db: Database, path: Path) -> str:
    """Stores the conference in ``path`` and returns its reference."""
    case = prepare_case(read_document(path))
    try:
        with db.session() as session:
            _check_against_database(session, case)
            _store(session, case.conference)
    except IntegrityError as error:
        raise CaseFileError("", _(
            "part of this case clashes with a record saved in the database while it was being "
            "imported. Nothing was imported; try again."
        )) from error
    return case.reference


def _check_against_database(session: Session, case: PreparedCase) -> None:
    """Refuses the first record, in file order, that clashes with one already stored."""
    taken = _uids_taken(session, [record.uid for record in case.records])
    for record in case.records:
        for names in record.record_type.database_wide_sets:
            _check_values_are_new(session, record, names)
        if record.uid in taken:
            raise CaseFileError(child_location(record.location, "uid"), _(
                "a record with the uid “{uid}” is already in this database. "
                "The case may have been imported before; nothing was imported."
            ).format(uid=record.uid))


def _uids_taken(session: Session, uids: list[str]) -> set[str]:
    """Those of ``uids`` that any record in the database has, whatever its kind."""
    taken: set[str] = set()
    for record_type in ALL_TYPES:
        column = record_type.model.uid
        for start in range(0, len(uids), _ASKED_AT_ONCE):
            batch = uids[start:start + _ASKED_AT_ONCE]
            taken.update(session.scalars(select(column).where(column.in_(batch))))
    return taken


def _check_values_are_new(session: Session, record: PreparedRecord, names: tuple[str, ...]) -> None:
    model = record.record_type.model
    values = {name: record.values[record.record_type.field_named[name].attribute]
              for name in names}
    same = and_(*(getattr(model, name) == value for name, value in values.items()))
    if session.scalar(select(model.id).where(same).limit(1)) is None:
        return
    noun = _(record.record_type.noun)
    if len(names) == 1:
        raise CaseFileError(child_location(record.location, names[0]), _(
            "another {record} in this database already has “{value}”. "
            "The case may have been imported before; nothing was imported. "
            "If it is a different case, change this in the file."
        ).format(record=noun, value=shorten(str(values[names[0]]))))
    raise CaseFileError(record.location, _(
        "another {record} in this database has the same {fields}. "
        "The case may have been imported before; nothing was imported. "
        "If it is a different case, change this in the file."
    ).format(record=noun, fields=join_words(names)))


def _store(session: Session, conference: PreparedRecord) -> None:
    """Inserts the records in file order, so each table's ids follow the file's order.

    Each record is flushed as it is added, so that a record linked to later in
    the file has its id by then. A link to a record further on in its own list
    (a child listed before the advocate) is set once that record is stored.
    """
    stored: dict[str, Entity] = {}
    waiting: list[tuple[Entity, str, str]] = []

    def store(record: PreparedRecord, parent: Entity | None) -> None:
        entity = record.record_type.model(**record.values)
        for attribute, uid in record.links.items():
            target = stored.get(uid)
            if target is None:
                waiting.append((entity, attribute, uid))
            else:
                setattr(entity, attribute, target.id)
        if parent is None:
            session.add(entity)
        else:
            _collection(parent, record.record_type.collection).append(entity)
        session.flush()
        stored[record.uid] = entity
        for child in record.children:
            store(child, entity)

    store(conference, None)
    for entity, attribute, uid in waiting:
        setattr(entity, attribute, stored[uid].id)
    session.flush()


def _collection(parent: Entity, name: str) -> list[Any]:
    children: list[Any] = getattr(parent, name)
    return children
