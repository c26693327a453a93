"""Warnings about the meeting's arrangements: clear, and never blocking."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.enums import Check, MeetingStatus
from fgc_desktop.domain.sessions import sessions_overlap
from fgc_desktop.guidance.rules import (
    RuleContext,
    conference_meeting,
    everyone_contacted,
    interpreter_language,
    invited_people,
)
from fgc_desktop.store.models import Conference


def arrangement_warnings(conference: Conference, today: date) -> list[str]:
    """Plain sentences about what could go wrong with the planned meeting."""
    meeting = conference_meeting(conference)
    if meeting is None or meeting.status is not MeetingStatus.PLANNED:
        return []
    warnings = []
    if meeting.starts_at is not None and meeting.starts_at.date() < today:
        warnings.append("The meeting date is in the past. Change it, or record the meeting.")
    contacted = everyone_contacted(conference, RuleContext(today))
    if meeting.starts_at is not None and contacted.check is Check.OPEN:
        warnings.append(
            "The meeting comes before preparation is done. " + contacted.detail
        )
    booked = {booking.language for booking in meeting.interpreters if booking.booked}
    for person in invited_people(conference):
        if person.needs_interpreter and interpreter_language(person) not in booked:
            warnings.append(
                f"{person.display_name} needs an interpreter, and none is booked yet."
            )
    sessions = {attendee.participant_id: attendee.session for attendee in meeting.attendees}
    for separation in conference.separations:
        first, second = sessions.get(separation.first_id), sessions.get(separation.second_id)
        if first is not None and second is not None and sessions_overlap(first, second):
            warnings.append(
                f"{separation.first.display_name} and {separation.second.display_name} "
                "must not meet, but are invited to the same part of the meeting."
            )
    return warnings
