"""Two coordinators saving the same record: the second save is stopped, not lost.

A conference carries a version number that goes up with every saved change
(SQLAlchemy's ``version_id_col``). A save names the version the coordinator's
screen was showing; if someone else has saved the same field since, the save
raises :class:`ConflictError` holding both values, and the coordinator chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.domain.errors import UserError
from fgc_desktop.store.models import AuditEntry


@dataclass(frozen=True)
class LastChange:
    """Who last saved a field, and when, as the audit trail recorded it."""

    actor: str
    at: datetime | None


class ConflictError(UserError):
    """Someone else saved this field after the coordinator's screen was loaded.

    ``theirs`` is what is stored now, at ``current_version``; ``yours`` is what
    the coordinator tried to save, already checked. To keep yours, save again
    naming ``current_version``; to keep theirs, show ``theirs`` and carry on
    from ``current_version``.
    """

    def __init__(
        self, *, record_id: int, field: str, title: str, theirs: Any, yours: Any,
        current_version: int, changed_by: LastChange,
    ) -> None:
        self.record_id = record_id
        self.field = field
        self.title = title
        self.theirs = theirs
        self.yours = yours
        self.current_version = current_version
        self.changed_by = changed_by
        who = changed_by.actor or "someone else"
        super().__init__(
            f"{title} was changed by {who} while you were working on it. "
            "Choose which version to keep."
        )


def last_change(session: Session, entity: str, record_id: int, field: str) -> LastChange:
    """The newest audited change to one field of one record."""
    row = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id,
               AuditEntry.field == field)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return LastChange(actor=row.actor, at=row.at) if row else LastChange(actor="", at=None)
