"""Removing a record so that it can be put back.

Undo of a removal must restore whatever belonged to the removed record (a person's
contacts, separations and sharing decisions...) and relink what only pointed at
it, with the same uids. :func:`take_away` records all of that as it deletes, and
:func:`restore` puts it back.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Entity


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
