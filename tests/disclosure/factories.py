"""Unsaved conferences for the disclosure tests, every field filled as the database would.

Column defaults apply only when a row is saved, so these builders set each
field themselves; ids are given by hand, as saved records would have them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from fgc_desktop.disclosure import ServiceDetails
from fgc_desktop.domain.enums import (
    ChildParticipation,
    InformationCategory,
    InvitationStatus,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
    ReplyStatus,
    Role,
    Sensitivity,
    SharingChoice,
)
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    Participant,
    PlanAction,
    PlanRecipient,
    PlanVersion,
    SharingDecision,
)

SERVICE = ServiceDetails(
    name="Testshire Family Group Conference Service", address="1 Service Row, Testshire",
    phone="01632 960000", email="fgc@testshire.example", coordinator_name="Robin Sample",
    coordinator_phone="01632 960999", coordinator_email="robin@testshire.example",
)


def person(person_id: int, given_name: str, **fields: Any) -> Participant:
    values: dict[str, Any] = {
        "family_name": "Testerson", "known_as": "", "role": Role.FAMILY,
        "relationship_to_child": "", "has_parental_responsibility": False,
        "is_subject_child": False, "date_of_birth": None,
        "child_participation": ChildParticipation.UNDECIDED, "advocate_id": None,
        "address": "", "phone": "", "email": "", "contact_confidential": False,
        "confidential_reason": "", "preferred_language": "en", "needs_interpreter": False,
        "interpreter_language": "", "access_needs": "", "needs_childcare": False,
        "needs_travel_help": False, "other_needs": "",
        "invitation_status": InvitationStatus.INVITED, "reply_status": ReplyStatus.AWAITING,
        "notes": "",
    }
    values.update(fields)
    return Participant(id=person_id, uid=f"person{person_id}", given_name=given_name, **values)


def item(item_id: int, title: str, text: str, **fields: Any) -> InformationItem:
    values: dict[str, Any] = {
        "source": "", "category": InformationCategory.OTHER,
        "sensitivity": Sensitivity.ORDINARY, "about_participant_id": None,
        "needs_family_consent": False, "family_consent": None, "family_consent_by": "",
        "family_consent_on": None,
    }
    values.update(fields)
    return InformationItem(id=item_id, uid=f"item{item_id}", title=title, text=text, **values)


def decide(
    information: InformationItem, who: Participant, choice: SharingChoice, summary: str = ""
) -> SharingDecision:
    decision = SharingDecision(item_id=information.id, participant_id=who.id, choice=choice,
                               summary=summary, reason="", decided_by="Robin Sample")
    information.decisions.append(decision)
    return decision


def at(hour: int, day: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def meeting(**fields: Any) -> Meeting:
    values: dict[str, Any] = {
        "kind": MeetingKind.CONFERENCE, "status": MeetingStatus.PLANNED,
        "starts_at": at(10), "ends_at": at(14), "venue_name": "Elmfield Community Hall",
        "venue_address": "2 Hall Street, Testshire", "venue_access": "Step-free entrance",
        "food": "Sandwiches", "dietary_needs": "Mo is allergic to nuts.", "language": "en",
        "childcare": "A crèche next door", "travel_help": "Bus fares paid",
        "private_time_planned": True, "private_time_notes": "Coordinator waits outside.",
        "safety_arrangements": "Kit arrives by the side door.",
        "information_start": at(10), "information_end": at(11),
        "private_time_start": at(11), "private_time_end": at(12),
        "agreement_start": at(12), "agreement_end": at(13),
        "private_time_without_professionals": None, "outcome": "",
    }
    values.update(fields)
    return Meeting(**values)


def attend(occasion: Meeting, who: Participant, session: MeetingSession) -> None:
    occasion.attendees.append(MeetingAttendee(participant_id=who.id, participant=who,
                                              session=session))


def book(occasion: Meeting, language: str, booked: bool) -> None:
    occasion.interpreters.append(InterpreterBooking(language=language, booked=booked,
                                                    interpreter_name="Ana Interpret"))


def plan(number: int, recipients: Sequence[Participant], **fields: Any) -> PlanVersion:
    values: dict[str, Any] = {
        "status": PlanStatus.AGREED, "created_on": date(2026, 3, 12),
        "referrer_decision": ReferrerDecision.AGREED, "referrer_reasons": "",
        "help_from_services": "A family support worker each week",
        "backup_plan": "Gran looks after the children", "monitoring": "Weekly calls",
        "review_date": date(2026, 6, 12), "family_lead_id": None, "notes": "",
    }
    values.update(fields)
    version = PlanVersion(id=100 + number, uid=f"plan{number}", number=number, **values)
    version.actions = [PlanAction(position=1, what="Walk Pip to school", who="Gran",
                                  by_when=None, by_when_text="Every school day",
                                  how_known="The school's register", who_checks="Kit")]
    version.recipients = [PlanRecipient(participant_id=who.id, participant=who)
                          for who in recipients]
    return version


def conference(
    people: Sequence[Participant], items: Sequence[InformationItem] = (),
    meetings: Sequence[Meeting] = (), plans: Sequence[PlanVersion] = (),
) -> Conference:
    return Conference(
        id=1, reference="FGC-2026-0042", family_name="Testerson", coordinator_name="Robin Sample",
        participants=list(people), information_items=list(items), meetings=list(meetings),
        plan_versions=list(plans), worries="", strengths="", bottom_lines="", questions="",
    )
