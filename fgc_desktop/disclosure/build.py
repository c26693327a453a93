"""Building a :class:`RecipientView` from a fully loaded conference.

Every free text passes through the recipient's confidential guard on its way
in: a field that holds another person's confidential address, phone or email
is left empty, and its name is reported so the coordinator can put it right.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from fgc_desktop.disclosure.rules import ConfidentialGuard, RecipientRules, refers_to
from fgc_desktop.disclosure.view import (
    ActionView,
    InviteeView,
    ItemView,
    MeetingView,
    PlanView,
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
from fgc_desktop.store.models import Conference, Meeting, Participant, PlanVersion

INVITED = (InvitationStatus.TO_INVITE, InvitationStatus.INVITED)


class _Cleaner:
    """Passes text through the guard, noting each field it had to leave empty."""

    def __init__(self, guard: ConfidentialGuard) -> None:
        self._guard = guard
        self.left_out: list[str] = []

    def __call__(self, text: str, where: str) -> str:
        if self._guard.hides(text):
            self.left_out.append(where)
            return ""
        return text


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
    clean = _Cleaner(rules.guard)
    items = _items(conference, rules)
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
        plan=_plan(conference.plan_versions[-1], recipient, people, clean)
        if conference.plan_versions else None,
    )
    return view, tuple(dict.fromkeys(clean.left_out))


def _by_id(people: Iterable[Participant]) -> dict[int, Participant]:
    return {person.id: person for person in people if person.id is not None}


def _recipient(
    person: Participant, people: dict[int, Participant], clean: _Cleaner
) -> RecipientDetails:
    advocate = (people.get(person.advocate_id) if person.advocate_id is not None
                else person.advocate)
    return RecipientDetails(
        uid=person.uid or "",
        name=clean(person.display_name, N_("their name")),
        language=person.preferred_language,
        role=person.role,
        relationship=clean(person.relationship_to_child, N_("their relationship")),
        is_child=bool(person.is_subject_child),
        advocate_name=clean(advocate.display_name, N_("the advocate's name")) if advocate else "",
        address=person.address,
        phone=person.phone,
        email=person.email,
    )


def _items(conference: Conference, rules: RecipientRules) -> tuple[ItemView, ...]:
    shown = []
    for item in conference.information_items:
        sight = rules.sight(item)
        if sight.choice is not SharingChoice.WITHHOLD:
            shown.append(ItemView(
                uid=item.uid or "", title=item.title, category=item.category, text=sight.text,
                is_summary=sight.choice is SharingChoice.SUMMARY,
            ))
    return tuple(shown)


def current_meeting(conference: Conference) -> Meeting | None:
    """The next planned meeting, earliest first; else the latest one not cancelled."""
    meetings = [m for m in conference.meetings if m.status is not MeetingStatus.CANCELLED]
    planned = [m for m in meetings if m.status is MeetingStatus.PLANNED]
    if planned:
        dated = [m for m in planned if m.starts_at is not None]
        return min(dated, key=lambda m: m.starts_at or 0) if dated else planned[0]
    return meetings[-1] if meetings else None


def _meeting(meeting: Meeting, person: Participant, clean: _Cleaner) -> MeetingView:
    language = ""
    if person.needs_interpreter:
        language = person.interpreter_language or person.preferred_language
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
    conference: Conference, recipient: Participant, clean: _Cleaner
) -> tuple[InviteeView, ...]:
    return tuple(
        InviteeView(clean(person.display_name, N_("invited people")),
                    clean(person.relationship_to_child, N_("invited people")))
        for person in conference.participants
        if person is not recipient
        and (person.invitation_status in INVITED or person.is_subject_child)
    )


def _plan(
    plan: PlanVersion, recipient: Participant, people: dict[int, Participant], clean: _Cleaner
) -> PlanView | None:
    on_list = [people.get(r.participant_id) or r.participant for r in plan.recipients]
    if recipient not in on_list:
        return None
    lead = (people.get(plan.family_lead_id) if plan.family_lead_id is not None
            else plan.family_lead)
    where = N_("the plan")
    return PlanView(
        uid=plan.uid or "",
        number=plan.number,
        created_on=plan.created_on,
        actions=tuple(
            ActionView(
                what=clean(action.what, where), who=clean(action.who, where),
                by_when=action.by_when, by_when_text=clean(action.by_when_text, where),
                how_known=clean(action.how_known, where),
                who_checks=clean(action.who_checks, where),
            )
            for action in plan.actions
        ),
        help_from_services=clean(plan.help_from_services, where),
        backup_plan=clean(plan.backup_plan, where),
        monitoring=clean(plan.monitoring, where),
        review_date=plan.review_date,
        family_lead_name=clean(lead.display_name, where) if lead else "",
        referrer_decision=plan.referrer_decision,
        referrer_reasons=clean(plan.referrer_reasons, where),
        distribution=tuple(clean(person.display_name, where)
                           for person in on_list if person is not None),
    )
