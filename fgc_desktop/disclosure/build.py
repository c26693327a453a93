"""Building a :class:`RecipientView` from a fully loaded conference.

Every free text passes through the recipient's confidential guard on its way
in (see :mod:`fgc_desktop.disclosure.free_text`), with the translations
interpreters typed for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from fgc_desktop.disclosure.free_text import Cleaner
from fgc_desktop.disclosure.plan_view import plan_view
from fgc_desktop.disclosure.rules import RecipientRules, decision_for, refers_to
from fgc_desktop.disclosure.view import (
    InviteeView,
    ItemView,
    MeetingView,
    RecipientDetails,
    RecipientView,
    ServiceDetails,
)
from fgc_desktop.domain.enums import (
    InformationCategory,
    InvitationStatus,
    MeetingKind,
    MeetingStatus,
    SharingChoice,
)
from fgc_desktop.domain.text import N_
from fgc_desktop.store.models import Conference, Meeting, Participant

INVITED = (InvitationStatus.TO_INVITE, InvitationStatus.INVITED)


def recipient_view(
    conference: Conference, recipient: Participant | None, service: ServiceDetails
) -> RecipientView:
    """What ``recipient`` may see; ``None`` for a document for anyone."""
    return build_view(conference, recipient, service)[0]


def build_view(
    conference: Conference, recipient: Participant | None, service: ServiceDetails
) -> tuple[RecipientView, tuple[str, ...]]:
    """The view, and the fields left out because they hold confidential contact details."""
    if not service.print_coordinator_contact:
        service = replace(service, coordinator_phone="", coordinator_email="")
    if recipient is None:
        return RecipientView(reference=conference.reference, service=service), ()
    rules = RecipientRules(conference, recipient)
    clean = Cleaner(rules.guard, conference.translations)
    items = _items(conference, rules, clean)
    shares_list = any(
        item.category is InformationCategory.INVITEE_LIST and not item.is_summary
        for item in items
    )
    people = _by_id(conference.participants)
    meeting = current_meeting(conference)
    view = RecipientView(
        reference=conference.reference,
        service=service,
        recipient=_recipient(recipient, people, clean),
        family_name=clean(conference.family_name, N_("family name")),
        children=tuple(
            clean(child.known_as or child.given_name, N_("a child's name"))
            for child in conference.participants if child.is_subject_child
        ),
        meeting=_meeting(meeting, recipient, clean) if meeting is not None else None,
        review_date=_review_date(conference),
        items=items,
        invitees=_invitees(conference, recipient, clean) if shares_list else (),
        plan=plan_view(conference, conference.plan_versions[-1], recipient, people, clean)
        if conference.plan_versions else None,
    )
    return view, tuple(dict.fromkeys(clean.left_out))


def _by_id(people: Iterable[Participant]) -> dict[int, Participant]:
    return {person.id: person for person in people if person.id is not None}


def _recipient(
    person: Participant, people: dict[int, Participant], clean: Cleaner
) -> RecipientDetails:
    advocate = (people.get(person.advocate_id) if person.advocate_id is not None
                else person.advocate)
    return RecipientDetails(
        uid=person.uid or "",
        name=clean(person.display_name, N_("their name")),
        first_name=clean(person.known_as or person.given_name, N_("their name")),
        language=person.preferred_language,
        role=person.role,
        relationship=clean(person.relationship_to_child, N_("their relationship")),
        is_child=bool(person.is_subject_child),
        child_participation=person.child_participation,
        advocate_name=clean(advocate.display_name, N_("the advocate's name")) if advocate else "",
        address=person.address,
        phone=person.phone,
        email=person.email,
        interpreter_language=_interpreter_language(person),
        needs_childcare=bool(person.needs_childcare),
        needs_travel_help=bool(person.needs_travel_help),
    )


def _interpreter_language(person: Participant) -> str:
    """The language of the interpreter a person needs; empty when they need none."""
    if not person.needs_interpreter:
        return ""
    return person.interpreter_language or person.preferred_language


def _items(
    conference: Conference, rules: RecipientRules, clean: Cleaner
) -> tuple[ItemView, ...]:
    """The items the recipient may read, each with the translations of the words they get.

    The rules have already held back any text that fails the guard, so only a
    translation can be dropped here.
    """
    assert rules.recipient is not None
    shown = []
    for item in conference.information_items:
        sight = rules.sight(item)
        if sight.choice is SharingChoice.WITHHOLD:
            continue
        is_summary = sight.choice is SharingChoice.SUMMARY
        decision = decision_for(item, rules.recipient) if is_summary else None
        where = N_("information")
        body = (clean.free(decision, "summary", where, sight.text) if decision is not None
                else clean.free(item, "text", where, sight.text))
        shown.append(ItemView(uid=item.uid or "", title=item.title, category=item.category,
                              body=body, is_summary=is_summary))
    return tuple(shown)


def current_meeting(conference: Conference) -> Meeting | None:
    """The next planned meeting, earliest first; ``None`` when none is planned.

    A meeting already held, postponed or cancelled is never the one people are
    invited to, so their invitation says the date will follow instead.
    """
    planned = [m for m in conference.meetings if m.status is MeetingStatus.PLANNED]
    dated = [m for m in planned if m.starts_at is not None]
    if dated:
        return min(dated, key=lambda m: m.starts_at or 0)
    return planned[0] if planned else None


def _meeting(meeting: Meeting, person: Participant, clean: Cleaner) -> MeetingView:
    language = _interpreter_language(person)
    booked = any(b.booked for b in meeting.interpreters if language and b.language == language)
    session = next((a.session for a in meeting.attendees
                    if refers_to(a.participant_id, a.participant, person)), None)
    return MeetingView(
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        venue_name=clean(meeting.venue_name, N_("venue name")),
        venue_address=clean(meeting.venue_address, N_("venue address")),
        venue_access=clean(meeting.venue_access, N_("access at the venue")),
        food=clean(meeting.food, N_("food")),
        information_start=meeting.information_start,
        information_end=meeting.information_end,
        private_time_start=meeting.private_time_start,
        private_time_end=meeting.private_time_end,
        agreement_start=meeting.agreement_start,
        agreement_end=meeting.agreement_end,
        private_family_time=bool(meeting.private_time_planned),
        interpreter_language=language,
        interpreter_booked=booked,
        childcare=clean(meeting.childcare, N_("childcare")) if person.needs_childcare else "",
        travel_help=(clean(meeting.travel_help, N_("travel help"))
                     if person.needs_travel_help else ""),
        session=session,
    )


def _review_date(conference: Conference) -> date | None:
    reviews = [m.starts_at.date() for m in conference.meetings
               if m.kind is MeetingKind.REVIEW and m.status is MeetingStatus.PLANNED
               and m.starts_at is not None]
    if reviews:
        return min(reviews)
    plans = conference.plan_versions
    return plans[-1].review_date if plans else None


def _invitees(
    conference: Conference, recipient: Participant, clean: Cleaner
) -> tuple[InviteeView, ...]:
    return tuple(
        InviteeView(clean(person.display_name, N_("invited people")),
                    clean(person.relationship_to_child, N_("invited people")))
        for person in conference.participants
        if person is not recipient
        and (person.invitation_status in INVITED or person.is_subject_child)
    )
