"""Builders the demo conferences share, so each demo module reads as its data.

Every date is given relative to the day the demo is loaded, so the dashboard
always has something coming up.
"""

from __future__ import annotations

import hashlib
from calendar import monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ConsentEvent,
    ContactKind,
    InformationCategory,
    InvitationStatus,
    ReplyStatus,
    Role,
    Sensitivity,
    SharingChoice,
    Stage,
    StepState,
)
from fgc_desktop.store.models import (
    Conference,
    ConsentRecord,
    Entity,
    InformationItem,
    Participant,
    PlanVersion,
    PreparationContact,
    ProducedDocument,
    Separation,
    SharingDecision,
    StepMark,
    TextTranslation,
)

DEMO_TEAM_PHONE = "01632 960"
"""Ofcom keeps 01632 960xxx for drama, so no demo number can ring a real phone."""

People = dict[str, Participant]
"""A demo family, each person under a short key the builders use."""


def days_from(today: date, days: int) -> date:
    return today + timedelta(days=days)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local time on ``day``, aware of the computer's time zone."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), kept inside short months."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def born(today: date, age: int, days_since_birthday: int = 45) -> date:
    """A date of birth that makes someone ``age`` years old on ``today``."""
    return add_months(today, -12 * age) - timedelta(days=days_since_birthday)


def lines(*items: str) -> str:
    """The referrer's words are kept one per line."""
    return "\n".join(items)


@dataclass(frozen=True)
class Referrer:
    name: str
    role: str
    team: str
    extension: str

    def fields(self) -> dict[str, str]:
        return {
            "referrer_name": self.name,
            "referrer_role": self.role,
            "referrer_team": self.team,
            "referrer_phone": f"{DEMO_TEAM_PHONE} {self.extension}",
            "referrer_email": f"{self.name.lower().replace(' ', '.')}@exampleton.example",
        }


def new_conference(
    session: Session, reference: str, family_name: str, stage: Stage, referrer: Referrer,
    **fields: Any,
) -> Conference:
    conference = Conference(
        reference=reference, family_name=family_name, stage=stage,
        **referrer.fields(), **fields,
    )
    session.add(conference)
    return conference


def add_person(
    conference: Conference, given_name: str, family_name: str, role: Role, **fields: Any
) -> Participant:
    person = Participant(given_name=given_name, family_name=family_name, role=role, **fields)
    conference.participants.append(person)
    return person


def add_child(
    conference: Conference, given_name: str, family_name: str, age: int,
    participation: ChildParticipation, today: date, **fields: Any,
) -> Participant:
    return add_person(
        conference, given_name, family_name, Role.CHILD, is_subject_child=True,
        date_of_birth=born(today, age), child_participation=participation, **fields,
    )


def invite(
    person: Participant, on: date, reply: ReplyStatus = ReplyStatus.COMING,
    replied_days_later: int = 4,
) -> None:
    person.invitation_status = InvitationStatus.INVITED
    person.invited_on = on
    person.reply_status = reply
    person.replied_on = days_from(on, replied_days_later)


def invite_all(
    people: People, on: date, replies: Mapping[str, ReplyStatus], leave_out: Sequence[str] = ()
) -> None:
    """Everyone invited on one day; each replied ``COMING`` unless ``replies`` says otherwise."""
    for key, person in people.items():
        if key not in leave_out:
            invite(person, on, replies.get(key, ReplyStatus.COMING))


def record_consent(
    session: Session, conference: Conference, person: Participant, on: date,
    event: ConsentEvent = ConsentEvent.GIVEN, notes: str = "",
) -> None:
    session.flush()
    conference.consents.append(ConsentRecord(
        event=event, by_name=person.full_name, participant_id=person.id, on=on, notes=notes,
    ))


def log_contact(
    conference: Conference, person: Participant, on: date, kind: ContactKind,
    explained: Sequence[str], notes: str,
) -> None:
    conference.contacts.append(PreparationContact(
        participant=person, contact_on=on, kind=kind, by_whom=conference.coordinator_name,
        explained=list(explained), notes=notes,
    ))


def keep_apart(
    conference: Conference, first: Participant, second: Participant, reason: str,
    arrangement: str,
) -> None:
    conference.separations.append(
        Separation(first=first, second=second, reason=reason, arrangement=arrangement)
    )


def mark_step(
    conference: Conference, step_key: str, state: StepState, on: date, reason: str = ""
) -> None:
    conference.step_marks.append(StepMark(
        step_key=step_key, state=state, reason=reason,
        marked_by=conference.coordinator_name, marked_at=at(on, 17),
    ))


def add_item(
    session: Session, conference: Conference, title: str, text: str,
    category: InformationCategory, sensitivity: Sensitivity, source: str,
    about: Participant | None = None, **fields: Any,
) -> InformationItem:
    session.flush()
    item = InformationItem(
        title=title, text=text, category=category, sensitivity=sensitivity, source=source,
        about_participant_id=about.id if about else None, **fields,
    )
    conference.information_items.append(item)
    return item


@dataclass(frozen=True)
class Decision:
    """One person's sight of one item: a summary and a reason where it is not shared."""

    person: Participant
    choice: SharingChoice
    summary: str = ""
    reason: str = ""


def decide(
    item: InformationItem, decided_by: str, on: date, decisions: Iterable[Decision]
) -> None:
    for decision in decisions:
        item.decisions.append(SharingDecision(
            participant=decision.person, choice=decision.choice, summary=decision.summary,
            reason=decision.reason, decided_by=decided_by, decided_at=at(on, 15),
        ))


def share_with_all(
    item: InformationItem, decided_by: str, on: date, people: Iterable[Participant]
) -> None:
    decide(item, decided_by, on, (Decision(person, SharingChoice.SHARE) for person in people))


def translate(
    session: Session, conference: Conference, owner: Entity, field: str, language: str,
    text: str, translated_by: str,
) -> None:
    """An interpreter's translation of one field; the owner needs its uid, so flush first."""
    session.flush()
    conference.translations.append(TextTranslation(
        owner_uid=owner.uid, field=field, language=language, text=text,
        translated_by=translated_by,
    ))


def log_document(
    session: Session, conference: Conference, recipient: Participant, kind: str,
    language: str, on: date, items: Sequence[InformationItem] = (),
    plan: PlanVersion | None = None,
) -> None:
    """A line in the disclosure log, with a fingerprint of bytes made for the demo."""
    session.flush()
    content = f"{conference.reference}|{kind}|{recipient.uid}|{language}".encode()
    conference.documents.append(ProducedDocument(
        recipient_id=recipient.id, recipient_name=recipient.full_name, kind=kind,
        language=language,
        file_name=f"{conference.reference}-{kind}-{recipient.uid[:8]}-{language}.pdf",
        sha256=hashlib.sha256(content).hexdigest(),
        carried_items=[{"uid": item.uid, "title": item.title} for item in items],
        plan_version_id=plan.id if plan else None,
        produced_at=at(on, 11), produced_by=conference.coordinator_name,
    ))
