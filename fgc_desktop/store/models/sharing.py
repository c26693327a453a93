"""Information that may be shared, and the decision for each person."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fgc_desktop.domain.enums import InformationCategory, Sensitivity, SharingChoice
from fgc_desktop.store.models.base import Entity, enum_type, utc_now

if TYPE_CHECKING:
    from fgc_desktop.store.models.conference import Conference
    from fgc_desktop.store.models.people import Participant


class InformationItem(Entity):
    """One piece of information that may be shared at or around the meeting."""

    __tablename__ = "information_items"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(160))
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(160), default="")
    category: Mapped[InformationCategory] = mapped_column(
        enum_type(InformationCategory), default=InformationCategory.OTHER
    )
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_type(Sensitivity), default=Sensitivity.SENSITIVE
    )
    about_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    needs_family_consent: Mapped[bool] = mapped_column(default=False)
    family_consent: Mapped[bool | None]
    family_consent_by: Mapped[str] = mapped_column(String(120), default="")
    family_consent_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    conference: Mapped[Conference] = relationship(back_populates="information_items")
    decisions: Mapped[list[SharingDecision]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="SharingDecision.id"
    )


class SharingDecision(Entity):
    """Whether one person may see one item: share, a summary only, or not at all."""

    __tablename__ = "sharing_decisions"
    __table_args__ = (UniqueConstraint("item_id", "participant_id"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("information_items.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    choice: Mapped[SharingChoice] = mapped_column(enum_type(SharingChoice))
    summary: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(default=utc_now)

    item: Mapped[InformationItem] = relationship(back_populates="decisions")
    participant: Mapped[Participant] = relationship()
