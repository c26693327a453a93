"""What the app keeps about itself: documents produced, the audit trail, settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fgc_desktop.store.models.base import Base, Entity, utc_now


class ProducedDocument(Entity):
    """One document produced for one recipient: the disclosure log.

    ``carried_items`` snapshots the uid and title of each information item the
    document carried, so the log stays true after an item is edited or removed.
    """

    __tablename__ = "produced_documents"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    carried_items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    plan_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="SET NULL")
    )
    produced_at: Mapped[datetime] = mapped_column(default=utc_now)
    produced_by: Mapped[str] = mapped_column(String(120), default="")


class AuditEntry(Base):
    """One change to one field, never altered once written.

    Conference and participant ids are plain numbers, not foreign keys, so the
    trail outlives the records it describes. Database triggers refuse updates
    and deletes (see the first migration).
    """

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_conference", "conference_id"),
        Index("ix_audit_entries_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(120), default="")
    conference_id: Mapped[int | None]
    participant_id: Mapped[int | None]
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    entity_uid: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """One setting, stored with the data so a team on a server shares them."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class AuditPurge(Base):
    """Authority to remove one deleted conference's history when its retention ends.

    The audit trail refuses every change, except deleting the entries of a
    conference named here, up to ``last_entry_id``: a conference id that SQLite
    reuses later can never have its own history removed. Purges are never
    changed or removed themselves.
    """

    __tablename__ = "audit_purges"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int]
    reference: Mapped[str] = mapped_column(String(40))
    last_entry_id: Mapped[int]
    purged_at: Mapped[datetime] = mapped_column(default=utc_now)
    purged_by: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
