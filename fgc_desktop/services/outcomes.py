"""Where each child is living 3, 6 and 12 months after the meeting, and the reminders.

The three follow-ups of each child are made lazily, when they are read (the
Review page reads them as it opens): the meeting is marked held in several
places (the Meeting page, a case-file import, the demo), and reading is the
one path they all share. The same reading moves the due dates of follow-ups
not yet recorded if the meeting's day was corrected, and adds them for a
child added later. The service report counts follow-ups never opened as due
and not recorded, so nothing is missed there either.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import LivingArrangement, MeetingStatus
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.guidance.rules import conference_meeting
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Person, local_parts, person
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference, Outcome

MONTHS_AFTER = (3, 6, 12)
DUE_SOON_DAYS = 14
"""A follow-up shows as due this long before its date, as on Home."""
NOTES_LENGTH = 4_000


class FollowUpState(StrEnum):
    RECORDED = "recorded"
    OVERDUE = "overdue"
    DUE = "due"
    LATER = "later"


@dataclass(frozen=True)
class OutcomeLine:
    id: int
    child: Person
    months_after: int
    due_on: date
    recorded_on: date | None
    living: LivingArrangement | None
    care_proceedings_issued: bool | None
    proceedings_issued_on: date | None
    looked_after_since: date | None
    notes: str

    def state(self, today: date) -> FollowUpState:
        if self.recorded_on is not None:
            return FollowUpState.RECORDED
        if self.due_on < today:
            return FollowUpState.OVERDUE
        if self.due_on <= today + timedelta(days=DUE_SOON_DAYS):
            return FollowUpState.DUE
        return FollowUpState.LATER


@dataclass(frozen=True)
class FollowUps:
    today: date
    meeting_on: date | None
    """The day of the meeting held, which the follow-ups count from."""
    lines: tuple[OutcomeLine, ...]

    @property
    def waiting(self) -> tuple[OutcomeLine, ...]:
        """Follow-ups overdue or due soon, the most overdue first."""
        return tuple(sorted(
            (line for line in self.lines
             if line.state(self.today) in (FollowUpState.OVERDUE, FollowUpState.DUE)),
            key=lambda line: line.due_on))


def months_later(day: date, months: int) -> date:
    """The same day ``months`` later, kept inside short months (31 Jan + 1 is 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def held_on(conference: Conference) -> date | None:
    meeting = conference_meeting(conference)
    if meeting is None or meeting.status is not MeetingStatus.HELD:
        return None
    return local_parts(meeting.starts_at)[0]


def ensure_due_outcomes(conference: Conference) -> None:
    """Adds each child's missing follow-ups and keeps unrecorded ones on the meeting's dates.

    ``conference`` must be fully loaded and in a session.
    """
    day = held_on(conference)
    if day is None:
        return
    have = {(o.child_id, o.months_after): o for o in conference.outcomes}
    for child in conference.children:
        for months in MONTHS_AFTER:
            due = months_later(day, months)
            found = have.get((child.id, months))
            if found is None:
                conference.outcomes.append(Outcome(child=child, months_after=months,
                                                   due_on=due))
            elif found.recorded_on is None and found.due_on != due:
                found.due_on = due


def _line(outcome: Outcome) -> OutcomeLine:
    return OutcomeLine(
        outcome.id, person(outcome.child), outcome.months_after, outcome.due_on,
        outcome.recorded_on, outcome.living, outcome.care_proceedings_issued,
        outcome.proceedings_issued_on, outcome.looked_after_since, outcome.notes,
    )


def follow_ups(db: Database, conference_id: int, today: date | None = None) -> FollowUps:
    """Every child's follow-ups, making any that are missing first."""
    with db.session() as session:
        conference = load_conference(session, conference_id)
        ensure_due_outcomes(conference)
        session.flush()
        lines = sorted(conference.outcomes,
                       key=lambda o: (o.child.display_name, o.child_id, o.months_after))
        return FollowUps(today or date.today(), held_on(conference),
                         tuple(_line(outcome) for outcome in lines))


def _outcome(session: Session, conference_id: int, outcome_id: int) -> Outcome:
    found = session.get(Outcome, outcome_id)
    if found is None or found.conference_id != conference_id:
        raise UserError(_("That follow-up is no longer there. Reopen the page."))
    return found


def _past(title: str, value: Any, today: date) -> date | None:
    """A date not after ``today``; ``title`` is the field's name, already translated."""
    day = check_date(title, value)
    if day is not None and day > today:
        raise UserError(_("{field}: that day has not come yet. Enter a day up to today.").format(
            field=title))
    return day


def record_outcome(db: Database, conference_id: int, outcome_id: int, field: str,
                   value: Any, today: date | None = None) -> OutcomeLine:
    """Saves one answer of a follow-up; the first answer dates it as recorded today."""
    today = today or date.today()
    with db.session() as session:
        found = _outcome(session, conference_id, outcome_id)
        if field == "living":
            found.living = None if value is None else LivingArrangement(value)
            if found.living is not LivingArrangement.LOOKED_AFTER:
                found.looked_after_since = None
        elif field == "care_proceedings_issued":
            found.care_proceedings_issued = None if value is None else bool(value)
            if not found.care_proceedings_issued:
                found.proceedings_issued_on = None
        elif field == "proceedings_issued_on":
            day = _past(_("Care proceedings issued on"), value, today)
            if day is not None and not found.care_proceedings_issued:
                raise UserError(_("Choose “Yes” for care proceedings first, then the date."))
            found.proceedings_issued_on = day
        elif field == "looked_after_since":
            day = _past(_("Looked after since"), value, today)
            if day is not None and found.living is not LivingArrangement.LOOKED_AFTER:
                raise UserError(_("Choose “Looked after” first, then the date."))
            found.looked_after_since = day
        elif field == "recorded_on":
            found.recorded_on = _past(_("Recorded on"), value, today)
        elif field == "notes":
            found.notes = check_text(_("Notes"), value, NOTES_LENGTH)
        else:
            raise ValueError(f"{field} is not part of a follow-up")
        answered = found.living is not None or found.care_proceedings_issued is not None
        if field != "recorded_on" and answered and found.recorded_on is None:
            found.recorded_on = today
        return _line(found)
