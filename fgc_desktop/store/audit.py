"""The audit trail: every insert, change and deletion, recorded inside the same flush.

Rows are written straight to the table during the flush so that an edit and
its audit entry are committed together or not at all.
"""

import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from fgc_desktop.store.models import AuditEntry, Conference, Entity, Participant
from fgc_desktop.store.models.base import utc_now

ACTOR_KEY = "actor"
_PARENT_LINKS = ("meeting", "item", "plan_version", "action")


def audit_value(value: Any) -> str | None:
    """A field's value as text for the trail; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _conference_id(obj: object) -> int | None:
    if isinstance(obj, Conference):
        return obj.id
    if (found := getattr(obj, "conference_id", None)) is not None:
        return int(found)
    for link in _PARENT_LINKS:
        parent = getattr(obj, link, None)
        if parent is not None:
            return _conference_id(parent)
    return None


def _participant_id(obj: object) -> int | None:
    if isinstance(obj, Participant):
        return obj.id
    found = getattr(obj, "participant_id", None) or getattr(obj, "child_id", None)
    return int(found) if found is not None else None


def _columns(obj: Entity) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _snapshot(obj: Entity) -> str:
    values = {key: audit_value(getattr(obj, key)) for key in _columns(obj)}
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _entry(session: Session, obj: Entity, action: str, **change: str | None) -> dict[str, Any]:
    return {
        "at": utc_now(),
        "actor": session.info.get(ACTOR_KEY, ""),
        "conference_id": _conference_id(obj),
        "participant_id": _participant_id(obj),
        "entity": type(obj).__tablename__,
        "entity_id": obj.id,
        "entity_uid": obj.uid,
        "action": action,
        "field": change.get("field") or "",
        "old_value": change.get("old_value"),
        "new_value": change.get("new_value"),
    }


def _changes(session: Session, obj: Entity) -> list[dict[str, Any]]:
    rows = []
    for key in _columns(obj):
        if key in {"updated_at", "version"}:
            continue
        history = get_history(obj, key)
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        rows.append(
            _entry(session, obj, "update", field=key,
                   old_value=audit_value(old), new_value=audit_value(new))
        )
    return rows


def _record_flush(session: Session, _context: object) -> None:
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Entity):
            rows.append(_entry(session, obj, "insert", new_value=_snapshot(obj)))
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            rows.extend(_changes(session, obj))
    for obj in session.deleted:
        if isinstance(obj, Entity):
            rows.append(_entry(session, obj, "delete", old_value=_snapshot(obj)))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install_audit(factory: sessionmaker[Session]) -> None:
    """Record every flush of sessions made by ``factory`` in the audit trail."""
    event.listen(factory, "after_flush", _record_flush)
