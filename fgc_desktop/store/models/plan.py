"""The family plan in versions, its actions, who receives it, and the outcomes after."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fgc_desktop.domain.enums import (
    ActionStatus,
    DeliveryMethod,
    LivingArrangement,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.store.models.base import Entity, enum_type

if TYPE_CHECKING:
    from fgc_desktop.store.models.conference import Conference
    from fgc_desktop.store.models.people import Participant

_CHILDREN = "all, delete-orphan"


class PlanVersion(Entity):
    """One version of the family plan.

    The plan agreed at the meeting is version 1 and is kept as it was; a change
    at a review makes a new version that points back to the one it replaced.
    """

    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("conference_id", "number"),)

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="SET NULL")
    )
    made_at_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), default=PlanStatus.DRAFT)
    created_on: Mapped[date]
    referrer_decision: Mapped[ReferrerDecision] = mapped_column(
        enum_type(ReferrerDecision), default=ReferrerDecision.PENDING
    )
    referrer_reasons: Mapped[str] = mapped_column(Text, default="")
    referrer_decided_on: Mapped[date | None]
    help_from_services: Mapped[str] = mapped_column(Text, default="")
    backup_plan: Mapped[str] = mapped_column(Text, default="")
    monitoring: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None]
    family_lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    conference: Mapped[Conference] = relationship(back_populates="plan_versions")
    family_lead: Mapped[Participant | None] = relationship()
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="plan_version", cascade=_CHILDREN, order_by="PlanAction.position"
    )
    recipients: Mapped[list[PlanRecipient]] = relationship(
        back_populates="plan_version", cascade=_CHILDREN, order_by="PlanRecipient.id"
    )


class PlanAction(Entity):
    """What will be done, by whom, by when, how everyone will know, and who checks."""

    __tablename__ = "plan_actions"

    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(Text, default="")
    by_when: Mapped[date | None]
    by_when_text: Mapped[str] = mapped_column(String(120), default="")
    how_known: Mapped[str] = mapped_column(Text, default="")
    who_checks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus), default=ActionStatus.NOT_STARTED
    )
    status_reason: Mapped[str] = mapped_column(Text, default="")

    plan_version: Mapped[PlanVersion] = relationship(back_populates="actions")
    notes: Mapped[list[ActionNote]] = relationship(
        back_populates="action", cascade=_CHILDREN, order_by="ActionNote.id"
    )


class ActionNote(Entity):
    """A dated note on how an action is going."""

    __tablename__ = "action_notes"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_actions.id", ondelete="CASCADE"), index=True
    )
    written_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    by_whom: Mapped[str] = mapped_column(String(120), default="")

    action: Mapped[PlanAction] = relationship(back_populates="notes")


class PlanRecipient(Entity):
    """A person on the plan's distribution list, and when and how it reached them."""

    __tablename__ = "plan_recipients"
    __table_args__ = (UniqueConstraint("plan_version_id", "participant_id"),)

    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[DeliveryMethod | None] = mapped_column(enum_type(DeliveryMethod))
    sent_on: Mapped[date | None]

    plan_version: Mapped[PlanVersion] = relationship(back_populates="recipients")
    participant: Mapped[Participant] = relationship()


class Outcome(Entity):
    """Where a child is living 3, 6 or 12 months after the meeting."""

    __tablename__ = "outcomes"
    __table_args__ = (UniqueConstraint("child_id", "months_after"),)

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    child_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    months_after: Mapped[int]
    due_on: Mapped[date]
    recorded_on: Mapped[date | None]
    living: Mapped[LivingArrangement | None] = mapped_column(enum_type(LivingArrangement))
    care_proceedings_issued: Mapped[bool | None]
    proceedings_issued_on: Mapped[date | None]
    looked_after_since: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    child: Mapped[Participant] = relationship()
