"""Interpreters for the conference's meeting: who needs which language, and each booking.

A language is listed when someone invited needs it, or when the coordinator
adds it by hand. Each function is one coordinator action in one short
session; the meeting record is made on the first booking, as in
:mod:`~fgc_desktop.services.arrangements`. The interpreter choice's words
follow every change to the bookings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fgc_desktop.domain.enums import ChoiceKind
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_text
from fgc_desktop.guidance.rules import interpreter_language, invited_people
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported
from fgc_desktop.services.arrangements import (
    find_meeting,
    language_name,
    meeting_for_edit,
    refresh_choice,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference, InterpreterBooking, Meeting

# A booking's text details, with the longest text each may hold. The titles are
# marked for translation and translated with ``_()`` where a message shows them.
BOOKING_TEXT: dict[str, tuple[str, int]] = {
    "interpreter_name": (N_("Interpreter's name"), 120),
    "agency": (N_("Agency"), 120),
    "notes": (N_("Interpreter notes"), 2_000),
}


@dataclass(frozen=True)
class Booking:
    """An interpreter booking as stored; also what an Undo puts back."""

    language: str
    booked: bool = False
    interpreter_name: str = ""
    agency: str = ""
    notes: str = ""


@dataclass(frozen=True)
class InterpreterLine:
    language: str
    needed_by: tuple[str, ...]
    booking: Booking | None


def get_interpreters(db: Database, conference_id: int) -> tuple[InterpreterLine, ...]:
    with db.session() as session:
        conference = load_conference(session, conference_id)
        return _interpreter_lines(conference, find_meeting(session, conference_id))


def _interpreter_lines(conference: Conference, meeting: Meeting | None
                       ) -> tuple[InterpreterLine, ...]:
    """A line for each language someone needs, and for each language booked by hand."""
    needed: dict[str, list[str]] = {}
    for someone in invited_people(conference):
        if someone.needs_interpreter:
            needed.setdefault(interpreter_language(someone), []).append(someone.display_name)
    bookings = {b.language: _booking(b) for b in (meeting.interpreters if meeting else [])}
    return tuple(InterpreterLine(code, tuple(needed.get(code, ())), bookings.get(code))
                 for code in [*needed, *(code for code in bookings if code not in needed)])


def _booking(row: InterpreterBooking) -> Booking:
    return Booking(row.language, row.booked, row.interpreter_name, row.agency, row.notes)


def add_interpreter_language(db: Database, conference_id: int, code: str) -> None:
    """Adds a language by hand, for a need the people list does not show."""
    if not is_supported(code):
        raise UserError(_("Choose the interpreter's language from the list."))
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        if any(b.language == code for b in meeting.interpreters):
            raise UserError(_("{language} is already in the list.").format(
                language=language_name(code)))
        meeting.interpreters.append(InterpreterBooking(language=code))
        refresh_choice(meeting, ChoiceKind.INTERPRETER)


def set_interpreter(db: Database, conference_id: int, code: str, field: str, value: Any) -> Any:
    """Saves one detail of the booking for a language, making the booking if needed."""
    if field == "booked":
        checked: Any = bool(value)
    elif field in BOOKING_TEXT:
        title, longest = BOOKING_TEXT[field]
        checked = check_text(_(title), value, longest)
    else:
        raise ValueError(f"{field} is not a detail of an interpreter booking")
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        booking = next((b for b in meeting.interpreters if b.language == code), None)
        if booking is None:
            if not is_supported(code):
                raise UserError(_("Choose the interpreter's language from the list."))
            booking = InterpreterBooking(language=code)
            meeting.interpreters.append(booking)
            refresh_choice(meeting, ChoiceKind.INTERPRETER)
        setattr(booking, field, checked)
    return checked


def remove_interpreter(db: Database, conference_id: int, code: str) -> Booking | None:
    """Forgets the booking for a language; returns it so that it can be put back."""
    with db.session() as session:
        meeting = find_meeting(session, conference_id)
        booking = next((b for b in (meeting.interpreters if meeting else [])
                        if b.language == code), None)
        if meeting is None or booking is None:
            return None
        meeting.interpreters.remove(booking)
        refresh_choice(meeting, ChoiceKind.INTERPRETER)
        return _booking(booking)


def restore_interpreter(db: Database, conference_id: int, booking: Booking) -> None:
    """Puts back a booking removed a moment ago (the Undo)."""
    for field in ("booked", *BOOKING_TEXT):
        set_interpreter(db, conference_id, booking.language, field, getattr(booking, field))
