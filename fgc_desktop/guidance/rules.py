"""Rules that read a recorded conference and say whether a step is done.

Each takes a fully loaded :class:`Conference` and a :class:`RuleContext`, and
returns a :class:`RuleResult` whose detail tells the coordinator what is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.enums import (
    Check,
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    ConsentEvent,
    InvitationStatus,
    MeetingKind,
    MeetingStatus,
    Role,
)
from fgc_desktop.domain.plain_words import find_jargon
from fgc_desktop.domain.sessions import sessions_overlap
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.models import Conference, Meeting, Participant, PlanVersion


@dataclass(frozen=True)
class RuleContext:
    today: date
    target_days_plan_sent: int = 10


@dataclass(frozen=True)
class RuleResult:
    check: Check
    detail: str = ""


DONE = RuleResult(Check.DONE)
INVITED = (InvitationStatus.TO_INVITE, InvitationStatus.INVITED)
FAMILY_ROLES = (Role.FAMILY, Role.FRIEND, Role.CHILD, Role.SUPPORT_PERSON)


def _open(detail: str) -> RuleResult:
    return RuleResult(Check.OPEN, detail)


def _names(people: Iterable[Participant]) -> str:
    return ", ".join(person.display_name for person in people)


def conference_meeting(conference: Conference) -> Meeting | None:
    """The family group conference itself, not a review; the latest if rearranged."""
    meetings = [
        meeting for meeting in conference.meetings
        if meeting.kind is MeetingKind.CONFERENCE and meeting.status is not MeetingStatus.CANCELLED
    ]
    return meetings[-1] if meetings else None


def invited_people(conference: Conference) -> list[Participant]:
    """Everyone invited or to be invited, and every child the meeting is about."""
    return [
        person for person in conference.participants
        if person.invitation_status in INVITED or person.is_subject_child
    ]


def first_plan(conference: Conference) -> PlanVersion | None:
    return conference.plan_versions[0] if conference.plan_versions else None


def consent_recorded(conference: Conference, _context: RuleContext) -> RuleResult:
    latest: dict[str, ConsentEvent] = {}
    for record in sorted(conference.consents, key=lambda record: (record.on, record.id or 0)):
        latest[str(record.participant_id or record.by_name)] = record.event
    if not latest:
        return _open(_("No consent is recorded yet."))
    if any(event is not ConsentEvent.GIVEN for event in latest.values()):
        return _open(_("Consent was refused or withdrawn. Talk with the family and the referrer."))
    return DONE


def referral_in_plain_words(conference: Conference, _context: RuleContext) -> RuleResult:
    fields = {
        _("worries"): conference.worries, _("strengths"): conference.strengths,
        _("bottom lines"): conference.bottom_lines, _("questions"): conference.questions,
    }
    missing = [name for name, text in fields.items() if not text.strip()]
    if missing:
        return _open(_("Still to write: {fields}.").format(fields=", ".join(missing)))
    hits = find_jargon(" ".join(fields.values()))
    if hits:
        return _open(_("Explain or replace: {words}.").format(
            words=", ".join(hit.found or hit.term for hit in hits)))
    return DONE


def everyone_contacted(conference: Conference, _context: RuleContext) -> RuleResult:
    people = [
        person for person in invited_people(conference) if person.role in FAMILY_ROLES
    ]
    if not people:
        return _open(_("Nobody in the family is invited yet."))
    meeting = conference_meeting(conference)
    deadline = meeting.starts_at.date() if meeting and meeting.starts_at else None
    contacted = {
        contact.participant_id for contact in conference.contacts
        if deadline is None or contact.contact_on <= deadline
    }
    waiting = [person for person in people if person.id not in contacted]
    if waiting:
        return _open(_("Not yet contacted: {names}.").format(names=_names(waiting)))
    return DONE


def child_participation_settled(conference: Conference, _context: RuleContext) -> RuleResult:
    children = conference.children
    if not children:
        return _open(_("No child is recorded yet."))
    undecided = [
        child for child in children
        if child.child_participation in (None, ChildParticipation.UNDECIDED)
    ]
    without_advocate = [
        child for child in children
        if child.advocate_id is None
        and child.child_participation is not ChildParticipation.NOT_TAKING_PART
    ]
    gaps = []
    if undecided:
        gaps.append(_("how they take part: {names}").format(names=_names(undecided)))
    if without_advocate:
        gaps.append(_("an advocate: {names}").format(names=_names(without_advocate)))
    return _open(_("Still to agree {gaps}.").format(gaps="; ".join(gaps))) if gaps else DONE


def family_chose_arrangements(conference: Conference, _context: RuleContext) -> RuleResult:
    meeting = conference_meeting(conference)
    if meeting is None:
        return _open(_("No meeting is arranged yet."))
    by_family = {
        choice.kind for choice in meeting.choices
        if choice.made_by in (ChoiceMadeBy.FAMILY, ChoiceMadeBy.TOGETHER)
    }
    wanted = {ChoiceKind.TIME: _("time"), ChoiceKind.PLACE: _("place"), ChoiceKind.FOOD: _("food")}
    left = [name for kind, name in wanted.items() if kind not in by_family]
    if left:
        return _open(_("Not yet chosen by the family: {choices}.").format(choices=", ".join(left)))
    return DONE


def interpreter_language(person: Participant) -> str:
    return person.interpreter_language or person.preferred_language


def language_settled(conference: Conference, _context: RuleContext) -> RuleResult:
    people = invited_people(conference)
    if not people:
        return _open(_("Nobody is invited yet."))
    meeting = conference_meeting(conference)
    booked = {
        booking.language for booking in (meeting.interpreters if meeting else [])
        if booking.booked
    }
    unbooked = [
        person for person in people
        if person.needs_interpreter and interpreter_language(person) not in booked
    ]
    no_language = [person for person in people if not person.preferred_language]
    if unbooked:
        return _open(_("Interpreter not booked for: {names}.").format(names=_names(unbooked)))
    if no_language:
        return _open(_("Language not asked: {names}.").format(names=_names(no_language)))
    return DONE


def private_time_planned(conference: Conference, _context: RuleContext) -> RuleResult:
    meeting = conference_meeting(conference)
    if meeting is None or not meeting.private_time_planned:
        return _open(_("Plan when and where the family will have its private time."))
    return DONE


def separations_safe(conference: Conference, _context: RuleContext) -> RuleResult:
    if not conference.separations:
        return RuleResult(Check.NOT_NEEDED)
    meeting = conference_meeting(conference)
    sessions = {
        attendee.participant_id: attendee.session for attendee in (meeting.attendees if meeting
                                                                    else [])
    }
    problems = []
    for separation in conference.separations:
        pair = _("{first} and {second}").format(first=separation.first.display_name,
                                                second=separation.second.display_name)
        first, second = sessions.get(separation.first_id), sessions.get(separation.second_id)
        if not separation.arrangement.strip():
            problems.append(_("write the arrangement for {pair}").format(pair=pair))
        elif first is not None and second is not None and sessions_overlap(first, second):
            problems.append(_("{pair} are invited to the same part").format(pair=pair))
    if not problems:
        return DONE
    sentence = "; ".join(problems)
    return _open(sentence[0].upper() + sentence[1:] + ".")


def sharing_decided(conference: Conference, _context: RuleContext) -> RuleResult:
    items = conference.information_items
    if not items:
        return _open(_("No information to share is recorded yet."))
    people = invited_people(conference)
    decided = {(decision.item_id, decision.participant_id)
               for item in items for decision in item.decisions}
    waiting = [
        person for person in people
        if any((item.id, person.id) not in decided for item in items)
    ]
    if waiting:
        return _open(_("Still to decide for: {names}.").format(names=_names(waiting)))
    return DONE


def private_time_held(conference: Conference, _context: RuleContext) -> RuleResult:
    meeting = conference_meeting(conference)
    if meeting is None or meeting.status is not MeetingStatus.HELD:
        return _open(_("The meeting has not been held yet."))
    if meeting.private_time_without_professionals:
        return DONE
    return _open(_("Record whether the family had time without professionals."))


def plan_sent_on_time(conference: Conference, context: RuleContext) -> RuleResult:
    plan = first_plan(conference)
    meeting = conference_meeting(conference)
    if plan is None or meeting is None or meeting.starts_at is None:
        return _open(_("There is no plan from a meeting yet."))
    if not plan.recipients:
        return _open(_("Add the people who receive the plan."))
    held_on = meeting.starts_at.date()
    unsent = [recipient for recipient in plan.recipients if recipient.sent_on is None]
    last_sent = max((r.sent_on for r in plan.recipients if r.sent_on), default=None)
    days_taken = ((last_sent or context.today) - held_on).days
    if days_taken > context.target_days_plan_sent:
        return _open(_("Sent {days} days after the meeting; the target is {target}.").format(
            days=days_taken, target=context.target_days_plan_sent))
    if unsent:
        return _open(_("Not yet sent to: {names}.").format(
            names=_names(r.participant for r in unsent)))
    return DONE


def review_date_set(conference: Conference, _context: RuleContext) -> RuleResult:
    plans = conference.plan_versions
    has_review_meeting = any(m.kind is MeetingKind.REVIEW for m in conference.meetings)
    if has_review_meeting or (plans and plans[-1].review_date is not None):
        return DONE
    return _open(_("Set a date to review the plan."))
