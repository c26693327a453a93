"""Arranging the conference's meeting: when, where, food, language, who comes, and who chose.

Each function is one coordinator action in one short session. The meeting
record is made on the first edit, so an empty conference needs no set-up. The
rules in ``guidance`` read what is stored here; nothing here blocks a choice.
The interpreter bookings are in :mod:`~fgc_desktop.services.interpreters`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.guidance.rules import FAMILY_ROLES, invited_people
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported, language
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import (
    Conference,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Participant,
)

# The meeting's own text fields, with the longest text each may hold. The titles
# are marked for translation and translated with ``_()`` where a message shows them.
MEETING_TEXT: dict[str, tuple[str, int]] = {
    "venue_name": (N_("Venue"), 160),
    "venue_address": (N_("Address"), 2_000),
    "venue_access": (N_("Getting in and around"), 2_000),
    "food": (N_("Food"), 2_000),
    "dietary_needs": (N_("Dietary needs"), 2_000),
    "childcare": (N_("Childcare"), 2_000),
    "travel_help": (N_("Help with travel"), 2_000),
    "private_time_notes": (N_("Private family time"), 2_000),
    "safety_arrangements": (N_("Keeping everyone safe"), 5_000),
    "outcome": (N_("What happened"), 5_000),
}
# Which family choice describes which field, so the choice's words follow the field.
CHOICE_FIELDS: dict[str, ChoiceKind] = {
    "venue_name": ChoiceKind.PLACE, "food": ChoiceKind.FOOD, "childcare": ChoiceKind.CHILDCARE,
    "travel_help": ChoiceKind.TRAVEL, "private_time_notes": ChoiceKind.PRIVATE_FAMILY_TIME,
}
CHOICE_VALUE_LENGTH = 300
_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    relationship: str


@dataclass(frozen=True)
class Choice:
    made_by: ChoiceMadeBy
    participant_id: int | None
    value: str


@dataclass(frozen=True)
class InviteeLine:
    person: Person
    session: MeetingSession | None


@dataclass(frozen=True)
class ChildLine:
    person: Person
    participation: ChildParticipation
    advocate: str


@dataclass(frozen=True)
class Arrangements:
    status: MeetingStatus | None
    day: date | None
    starts: time | None
    ends: time | None
    text: dict[str, str]
    language: str
    private_time_planned: bool
    choices: dict[ChoiceKind, Choice]
    family: tuple[Person, ...]
    invitees: tuple[InviteeLine, ...]
    children: tuple[ChildLine, ...]


def parse_time(title: str, value: Any) -> time | None:
    """A time of day from “16:00”, “16.00”, “1600” or “4pm”; empty means none.

    ``title`` is the field's name as the coordinator sees it, already translated.
    """
    if value is None or isinstance(value, time):
        return value
    text = value.strip() if isinstance(value, str) else str(value)
    if not text:
        return None
    found = _TIME.match(text)
    if found:
        hours, minutes, half = int(found[1]), int(found[2] or 0), (found[3] or "").lower()
        if half:
            real = 1 <= hours <= 12
            hours = hours % 12 + (12 if half == "pm" else 0)
        else:
            real = hours < 24
        if real and minutes < 60:
            return time(hours, minutes)
    raise UserError(_("{field}: “{text}” is not a time of day. Type it like 16:00.").format(
        field=title, text=text))


def local_parts(moment: datetime | None) -> tuple[date | None, time | None]:
    """A stored moment as the date and clock time people in the room saw."""
    if moment is None:
        return None, None
    local = moment.astimezone()
    return local.date(), local.time().replace(second=0, microsecond=0)


def at_local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock).astimezone()


def person(participant: Participant) -> Person:
    return Person(participant.id, participant.display_name, participant.relationship_to_child)


def find_meeting(session: Session, conference_id: int) -> Meeting | None:
    """The conference's meeting: the latest not cancelled, else the latest of all."""
    meetings = list(session.scalars(
        select(Meeting).where(Meeting.conference_id == conference_id,
                              Meeting.kind == MeetingKind.CONFERENCE).order_by(Meeting.id)
    ))
    going_ahead = [m for m in meetings if m.status is not MeetingStatus.CANCELLED]
    latest = going_ahead or meetings
    return latest[-1] if latest else None


def meeting_for_edit(session: Session, conference_id: int) -> Meeting:
    """The conference's meeting, made (planned, with no date yet) on the first edit."""
    meeting = find_meeting(session, conference_id)
    if meeting is None:
        if session.get(Conference, conference_id) is None:
            raise UserError(_("That conference no longer exists. It may have been deleted."))
        meeting = Meeting(conference_id=conference_id, kind=MeetingKind.CONFERENCE,
                          status=MeetingStatus.PLANNED)
        session.add(meeting)
        session.flush()
    return meeting


def conference_person(session: Session, conference_id: int, participant_id: Any) -> Participant:
    found = session.get(Participant, participant_id) if isinstance(participant_id, int) else None
    if found is None or found.conference_id != conference_id:
        raise UserError(_("That person is no longer in this conference. Reopen the page."))
    return found


def get_arrangements(db: Database, conference_id: int) -> Arrangements:
    with db.session() as session:
        conference = load_conference(session, conference_id)
        meeting = find_meeting(session, conference_id)
        day, starts = local_parts(meeting.starts_at if meeting else None)
        return Arrangements(
            status=meeting.status if meeting else None, day=day, starts=starts,
            ends=local_parts(meeting.ends_at if meeting else None)[1],
            text={field: getattr(meeting, field) if meeting else "" for field in MEETING_TEXT},
            language=meeting.language if meeting else "en",
            private_time_planned=bool(meeting and meeting.private_time_planned),
            choices={choice.kind: Choice(choice.made_by, choice.made_by_participant_id,
                                         choice.value)
                     for choice in (meeting.choices if meeting else [])},
            family=tuple(person(p) for p in conference.participants if p.role in FAMILY_ROLES),
            invitees=invitee_lines(conference, meeting),
            children=tuple(ChildLine(person(child), child.child_participation,
                                     child.advocate.display_name if child.advocate else "")
                           for child in conference.children),
        )


def invitee_lines(conference: Conference, meeting: Meeting | None) -> tuple[InviteeLine, ...]:
    """Everyone invited, and anyone already placed in the meeting, in the family's order."""
    sessions = {a.participant_id: a.session for a in (meeting.attendees if meeting else [])}
    invited = {p.id for p in invited_people(conference)}
    return tuple(InviteeLine(person(p), sessions.get(p.id)) for p in conference.participants
                 if p.id in invited or p.id in sessions)


def update_meeting_text(db: Database, conference_id: int, field: str, value: Any) -> str:
    """Checks and saves one of the meeting's text fields; returns the text as stored."""
    if field not in MEETING_TEXT:
        raise ValueError(f"{field} is not a text field of the meeting")
    title, longest = MEETING_TEXT[field]
    text = check_text(_(title), value, longest)
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        setattr(meeting, field, text)
        if field in CHOICE_FIELDS:
            refresh_choice(meeting, CHOICE_FIELDS[field])
    return text


def set_meeting_language(db: Database, conference_id: int, code: str) -> None:
    if not is_supported(code):
        raise UserError(_("Choose the meeting's language from the list."))
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        meeting.language = code
        refresh_choice(meeting, ChoiceKind.LANGUAGE)


def set_private_time_planned(db: Database, conference_id: int, planned: bool) -> None:
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        meeting.private_time_planned = bool(planned)
        refresh_choice(meeting, ChoiceKind.PRIVATE_FAMILY_TIME)


def set_meeting_time(db: Database, conference_id: int, day: Any, starts: Any, ends: Any
                     ) -> tuple[date | None, time | None, time | None]:
    """Saves the date with its start and end times, or clears them all when all are empty."""
    on = check_date(_("Meeting date"), day)
    start, end = parse_time(_("Start time"), starts), parse_time(_("End time"), ends)
    if on is None and (start or end):
        raise UserError(_("Enter the meeting's date as well as its times."))
    if on is not None and start is None:
        raise UserError(_("Enter the start time too, like 16:00. The date is saved with it."))
    if start is not None and end is not None and end <= start:
        raise UserError(_("The meeting cannot end before it starts. Check the end time."))
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        meeting.starts_at = at_local(on, start) if on and start else None
        meeting.ends_at = at_local(on, end) if on and end else None
        refresh_choice(meeting, ChoiceKind.TIME)
    return on, start, end


def record_choice(db: Database, conference_id: int, kind: ChoiceKind,
                  made_by: ChoiceMadeBy | None, participant_id: int | None = None,
                  today: date | None = None) -> None:
    """Records who made one choice; ``None`` forgets it. A person is named for the family."""
    kind = ChoiceKind(kind)
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        choice = next((c for c in meeting.choices if c.kind is kind), None)
        if made_by is None:
            if choice is not None:
                meeting.choices.remove(choice)
            return
        made_by = ChoiceMadeBy(made_by)
        chooser = (conference_person(session, conference_id, participant_id)
                   if participant_id is not None and made_by is not ChoiceMadeBy.COORDINATOR
                   else None)
        if choice is None:
            choice = MeetingChoice(kind=kind, made_by=made_by)
            meeting.choices.append(choice)
        choice.made_by, choice.made_by_participant = made_by, chooser
        choice.decided_on = today or date.today()
        choice.value = _choice_value(meeting, kind)


def refresh_choice(meeting: Meeting, kind: ChoiceKind) -> None:
    """Keeps a recorded choice's words in step with what the meeting now holds."""
    for choice in meeting.choices:
        if choice.kind is kind:
            choice.value = _choice_value(meeting, kind)


def _choice_value(meeting: Meeting, kind: ChoiceKind) -> str:
    """A short line saying what was chosen, read from what the meeting holds now."""
    conference = meeting.conference
    day, starts = local_parts(meeting.starts_at)
    words = {
        ChoiceKind.TIME: f"{day.day} {day:%B %Y}, {starts:%H:%M}" if day and starts else "",
        ChoiceKind.PLACE: meeting.venue_name,
        ChoiceKind.FOOD: meeting.food,
        ChoiceKind.LANGUAGE: language_name(meeting.language),
        ChoiceKind.INTERPRETER: ", ".join(language_name(b.language)
                                          for b in meeting.interpreters),
        ChoiceKind.INVITEES: ", ".join(line.person.name
                                       for line in invitee_lines(conference, meeting)),
        ChoiceKind.CHILD_PARTICIPATION: "; ".join(
            f"{child.display_name}: {child.child_participation.value.replace('_', ' ')}"
            for child in conference.children),
        ChoiceKind.PRIVATE_FAMILY_TIME: meeting.private_time_notes
        or ("Planned" if meeting.private_time_planned else ""),
        ChoiceKind.CHILDCARE: meeting.childcare,
        ChoiceKind.TRAVEL: meeting.travel_help,
    }[kind]
    one_line = " ".join(words.split())
    if len(one_line) > CHOICE_VALUE_LENGTH:
        return one_line[:CHOICE_VALUE_LENGTH - 1] + "…"
    return one_line


def language_name(code: str) -> str:
    """A language's English name, as the coordinator's records name it."""
    return language(code).english_name if is_supported(code) else code


def set_session(db: Database, conference_id: int, participant_id: int,
                session_part: MeetingSession) -> None:
    """Places a person in the whole meeting, one part of it, or a separate session."""
    session_part = MeetingSession(session_part)
    with db.session() as session:
        someone = conference_person(session, conference_id, participant_id)
        meeting = meeting_for_edit(session, conference_id)
        attendee = next((a for a in meeting.attendees if a.participant_id == someone.id), None)
        if attendee is None:
            meeting.attendees.append(MeetingAttendee(participant=someone, session=session_part))
        else:
            attendee.session = session_part
        session.flush()
        refresh_choice(meeting, ChoiceKind.INVITEES)


def set_child_participation(db: Database, conference_id: int, child_id: int,
                            participation: ChildParticipation) -> None:
    participation = ChildParticipation(participation)
    with db.session() as session:
        child = conference_person(session, conference_id, child_id)
        if not child.is_subject_child:
            raise UserError(_("{name} is not a child this conference is about.").format(
                name=child.display_name))
        child.child_participation = participation
        meeting = find_meeting(session, conference_id)
        if meeting is not None:
            session.flush()
            refresh_choice(meeting, ChoiceKind.CHILD_PARTICIPATION)
