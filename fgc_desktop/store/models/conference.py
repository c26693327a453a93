"""The conference: the referral, its consent, and the coordinator's own marks."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fgc_desktop.domain.enums import ConsentEvent, Stage, StepState
from fgc_desktop.store.models.base import Entity, enum_type, utc_now

if TYPE_CHECKING:
    from fgc_desktop.store.models.meeting import Meeting
    from fgc_desktop.store.models.people import Participant, PreparationContact, Separation
    from fgc_desktop.store.models.plan import Outcome, PlanVersion
    from fgc_desktop.store.models.records import ProducedDocument
    from fgc_desktop.store.models.sharing import InformationItem

_CHILDREN = "all, delete-orphan"


class Conference(Entity):
    """One family group conference, from referral to closure.

    The referrer's words (worries, strengths, bottom lines, questions) are kept
    one per line, as the referrer wrote them; documents print them as lists.
    """

    __tablename__ = "conferences"

    reference: Mapped[str] = mapped_column(String(40), unique=True)
    family_name: Mapped[str] = mapped_column(String(120))
    stage: Mapped[Stage] = mapped_column(enum_type(Stage), default=Stage.REFERRAL)
    coordinator_name: Mapped[str] = mapped_column(String(120), default="")

    referral_date: Mapped[date | None]
    referrer_name: Mapped[str] = mapped_column(String(120), default="")
    referrer_role: Mapped[str] = mapped_column(String(120), default="")
    referrer_team: Mapped[str] = mapped_column(String(120), default="")
    referrer_phone: Mapped[str] = mapped_column(String(40), default="")
    referrer_email: Mapped[str] = mapped_column(String(120), default="")
    reason_for_referral: Mapped[str] = mapped_column(Text, default="")
    worries: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    bottom_lines: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")

    target_meeting_date: Mapped[date | None]
    closed_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's API

    participants: Mapped[list[Participant]] = relationship(
        back_populates="conference", cascade=_CHILDREN, order_by="Participant.id",
        foreign_keys="Participant.conference_id",
    )
    consents: Mapped[list[ConsentRecord]] = relationship(
        back_populates="conference", cascade=_CHILDREN, order_by="ConsentRecord.id"
    )
    separations: Mapped[list[Separation]] = relationship(
        cascade=_CHILDREN, order_by="Separation.id"
    )
    contacts: Mapped[list[PreparationContact]] = relationship(
        cascade=_CHILDREN, order_by="PreparationContact.id", overlaps="participant"
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="conference", cascade=_CHILDREN, order_by="Meeting.id"
    )
    information_items: Mapped[list[InformationItem]] = relationship(
        back_populates="conference", cascade=_CHILDREN, order_by="InformationItem.id"
    )
    plan_versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="conference", cascade=_CHILDREN, order_by="PlanVersion.number"
    )
    outcomes: Mapped[list[Outcome]] = relationship(cascade=_CHILDREN, order_by="Outcome.id")
    documents: Mapped[list[ProducedDocument]] = relationship(
        cascade=_CHILDREN, order_by="ProducedDocument.id"
    )
    step_marks: Mapped[list[StepMark]] = relationship(cascade=_CHILDREN, order_by="StepMark.id")
    translations: Mapped[list[TextTranslation]] = relationship(
        cascade=_CHILDREN, order_by="TextTranslation.id"
    )

    @property
    def children(self) -> list[Participant]:
        """The children and young people the conference is about."""
        return [person for person in self.participants if person.is_subject_child]


class ConsentRecord(Entity):
    """Consent given, refused or withdrawn by a person with parental responsibility.

    Kept as events so that a withdrawal never erases the record of consent.
    """

    __tablename__ = "consent_records"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    event: Mapped[ConsentEvent] = mapped_column(enum_type(ConsentEvent))
    by_name: Mapped[str] = mapped_column(String(120))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    on: Mapped[date]
    notes: Mapped[str] = mapped_column(Text, default="")

    conference: Mapped[Conference] = relationship(back_populates="consents")


class StepMark(Entity):
    """A good-practice step ticked by hand, or marked not applicable with a reason."""

    __tablename__ = "step_marks"
    __table_args__ = (UniqueConstraint("conference_id", "step_key"),)

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    step_key: Mapped[str] = mapped_column(String(60))
    state: Mapped[StepState] = mapped_column(enum_type(StepState))
    reason: Mapped[str] = mapped_column(Text, default="")
    marked_by: Mapped[str] = mapped_column(String(120), default="")
    marked_at: Mapped[datetime] = mapped_column(default=utc_now)


class TextTranslation(Entity):
    """An interpreter's translation of one free-text field into one language."""

    __tablename__ = "text_translations"
    __table_args__ = (UniqueConstraint("owner_uid", "field", "language"),)

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    owner_uid: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    translated_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
