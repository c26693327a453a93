"""Meetings (the conference and its reviews), the family's choices, and who came."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fgc_desktop.domain.enums import (
    Attendance,
    ChoiceKind,
    ChoiceMadeBy,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
)
from fgc_desktop.store.models.base import Entity, enum_type

if TYPE_CHECKING:
    from fgc_desktop.store.models.conference import Conference
    from fgc_desktop.store.models.people import Participant

_CHILDREN = "all, delete-orphan"


class Meeting(Entity):
    """A family group conference or a review meeting.

    The three parts of a conference (information sharing, private family time,
    agreeing the plan) each have their own start and end times.
    """

    __tablename__ = "meetings"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus), default=MeetingStatus.PLANNED
    )
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]

    venue_name: Mapped[str] = mapped_column(String(160), default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    venue_access: Mapped[str] = mapped_column(Text, default="")
    food: Mapped[str] = mapped_column(Text, default="")
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    childcare: Mapped[str] = mapped_column(Text, default="")
    travel_help: Mapped[str] = mapped_column(Text, default="")
    private_time_planned: Mapped[bool] = mapped_column(default=False)
    private_time_notes: Mapped[str] = mapped_column(Text, default="")
    safety_arrangements: Mapped[str] = mapped_column(Text, default="")

    information_start: Mapped[datetime | None]
    information_end: Mapped[datetime | None]
    private_time_start: Mapped[datetime | None]
    private_time_end: Mapped[datetime | None]
    agreement_start: Mapped[datetime | None]
    agreement_end: Mapped[datetime | None]
    private_time_without_professionals: Mapped[bool | None]
    outcome: Mapped[str] = mapped_column(Text, default="")

    conference: Mapped[Conference] = relationship(back_populates="meetings")
    choices: Mapped[list[MeetingChoice]] = relationship(
        back_populates="meeting", cascade=_CHILDREN, order_by="MeetingChoice.id"
    )
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade=_CHILDREN, order_by="MeetingAttendee.id"
    )
    interpreters: Mapped[list[InterpreterBooking]] = relationship(
        back_populates="meeting", cascade=_CHILDREN, order_by="InterpreterBooking.id"
    )


class MeetingChoice(Entity):
    """One arrangement (time, place, food...) and who chose it."""

    __tablename__ = "meeting_choices"
    __table_args__ = (UniqueConstraint("meeting_id", "kind"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ChoiceKind] = mapped_column(enum_type(ChoiceKind))
    value: Mapped[str] = mapped_column(Text, default="")
    made_by: Mapped[ChoiceMadeBy] = mapped_column(enum_type(ChoiceMadeBy))
    made_by_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    decided_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="choices")
    made_by_participant: Mapped[Participant | None] = relationship()


class MeetingAttendee(Entity):
    """A person's place in a meeting: which part they are invited to, and whether they came."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (UniqueConstraint("meeting_id", "participant_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    session: Mapped[MeetingSession] = mapped_column(
        enum_type(MeetingSession), default=MeetingSession.WHOLE
    )
    attendance: Mapped[Attendance] = mapped_column(
        enum_type(Attendance), default=Attendance.EXPECTED
    )
    views_another_way: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    participant: Mapped[Participant] = relationship()


class InterpreterBooking(Entity):
    """An interpreter for one language at one meeting."""

    __tablename__ = "interpreter_bookings"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(16))
    booked: Mapped[bool] = mapped_column(default=False)
    interpreter_name: Mapped[str] = mapped_column(String(120), default="")
    agency: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="interpreters")
