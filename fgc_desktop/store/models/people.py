"""The family network: every person, who must not meet whom, and preparation contacts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ContactKind,
    InvitationStatus,
    ReplyStatus,
    Role,
)
from fgc_desktop.store.models.base import Entity, enum_type

if TYPE_CHECKING:
    from fgc_desktop.store.models.conference import Conference


class Participant(Entity):
    """Anyone in the conference: family, friends, children, professionals, interpreters.

    A child the conference is about is a participant with ``is_subject_child``
    set, so invitations, sharing and attendance work the same for everyone.
    Contact details marked confidential never reach anyone else's documents.
    """

    __tablename__ = "participants"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80), default="")
    known_as: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[Role] = mapped_column(enum_type(Role))
    relationship_to_child: Mapped[str] = mapped_column(String(120), default="")
    has_parental_responsibility: Mapped[bool] = mapped_column(default=False)

    is_subject_child: Mapped[bool] = mapped_column(default=False)
    date_of_birth: Mapped[date | None]
    child_participation: Mapped[ChildParticipation] = mapped_column(
        enum_type(ChildParticipation), default=ChildParticipation.UNDECIDED
    )
    advocate_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )

    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    contact_confidential: Mapped[bool] = mapped_column(default=False)
    confidential_reason: Mapped[str] = mapped_column(Text, default="")

    preferred_language: Mapped[str] = mapped_column(String(16), default="en")
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[str] = mapped_column(String(16), default="")
    access_needs: Mapped[str] = mapped_column(Text, default="")
    needs_childcare: Mapped[bool] = mapped_column(default=False)
    needs_travel_help: Mapped[bool] = mapped_column(default=False)
    other_needs: Mapped[str] = mapped_column(Text, default="")

    invitation_status: Mapped[InvitationStatus] = mapped_column(
        enum_type(InvitationStatus), default=InvitationStatus.UNDECIDED
    )
    invited_on: Mapped[date | None]
    reply_status: Mapped[ReplyStatus] = mapped_column(
        enum_type(ReplyStatus), default=ReplyStatus.AWAITING
    )
    replied_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    conference: Mapped[Conference] = relationship(
        back_populates="participants", foreign_keys=[conference_id]
    )
    advocate: Mapped[Participant | None] = relationship(remote_side="Participant.id")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    @property
    def display_name(self) -> str:
        """The name a person asked to be called, with the family name."""
        first = self.known_as or self.given_name
        return " ".join(part for part in (first, self.family_name) if part)


class Separation(Entity):
    """Two people who must not meet, and the arrangement that keeps them apart."""

    __tablename__ = "separations"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    first_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")
    arrangement: Mapped[str] = mapped_column(Text, default="")

    first: Mapped[Participant] = relationship(foreign_keys=[first_id])
    second: Mapped[Participant] = relationship(foreign_keys=[second_id])


class PreparationContact(Entity):
    """A visit or call before the meeting, and what the coordinator explained."""

    __tablename__ = "preparation_contacts"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    contact_on: Mapped[date]
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    by_whom: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    explained: Mapped[list[str]] = mapped_column(JSON, default=list)

    participant: Mapped[Participant] = relationship()
