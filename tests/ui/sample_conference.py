"""An invented conference with something recorded at every stage, built straight with the ORM."""

from datetime import UTC, date, datetime

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChoiceKind,
    ChoiceMadeBy,
    ContactKind,
    InformationCategory,
    InvitationStatus,
    LivingArrangement,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
    ReplyStatus,
    Role,
    SharingChoice,
    Stage,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
    PreparationContact,
    SharingDecision,
)

REFERENCE = "FGC-2026-0042"


def _at(hour: int, minute: int = 0, day: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def build_sample_conference(db: Database) -> int:
    """Returns the id of a conference in the review stage with a full record behind it."""
    with db.session() as session:
        conference = Conference(
            reference=REFERENCE, family_name="Testerson-Quill", stage=Stage.REVIEW,
            coordinator_name="Robin Sample", referral_date=date(2026, 1, 20),
            worries="Pip has missed school often.",
        )
        child = Participant(given_name="Pip", family_name="Testerson", role=Role.CHILD,
                            is_subject_child=True, relationship_to_child="The child")
        mother = Participant(
            given_name="Maple", family_name="Testerson", role=Role.FAMILY,
            relationship_to_child="Mother", preferred_language="pl",
            invitation_status=InvitationStatus.INVITED, reply_status=ReplyStatus.COMING,
        )
        grandmother = Participant(
            given_name="Hazel", family_name="Quill", role=Role.FAMILY,
            relationship_to_child="Grandmother", preferred_language="ar",
            needs_interpreter=True, invitation_status=InvitationStatus.INVITED,
            reply_status=ReplyStatus.VIEWS_ANOTHER_WAY,
        )
        worker = Participant(given_name="Sam", family_name="Example", role=Role.PROFESSIONAL,
                             relationship_to_child="Social worker")
        conference.participants = [child, mother, grandmother, worker]
        session.add(conference)
        session.flush()
        conference.contacts = [
            PreparationContact(conference_id=conference.id, participant=mother,
                               contact_on=date(2026, 2, 2), kind=ContactKind.VISIT,
                               by_whom="Robin Sample", notes="Explained private family time."),
            PreparationContact(conference_id=conference.id, participant=grandmother,
                               contact_on=date(2026, 2, 4), kind=ContactKind.PHONE_CALL,
                               by_whom="Robin Sample", notes="Called with an interpreter."),
        ]
        meeting = Meeting(
            kind=MeetingKind.CONFERENCE, status=MeetingStatus.HELD,
            starts_at=_at(10), ends_at=_at(14), venue_name="Elmfield Community Hall",
            food="Sandwiches and fruit", information_start=_at(10), information_end=_at(10, 45),
            private_time_start=_at(11), private_time_end=_at(12, 30),
            agreement_start=_at(12, 45), agreement_end=_at(13, 30),
            private_time_without_professionals=True, outcome="The plan was agreed.",
        )
        meeting.choices = [
            MeetingChoice(kind=ChoiceKind.PLACE, value="Elmfield Community Hall",
                          made_by=ChoiceMadeBy.FAMILY, made_by_participant=mother),
            MeetingChoice(kind=ChoiceKind.FOOD, value="Sandwiches and fruit",
                          made_by=ChoiceMadeBy.TOGETHER),
        ]
        meeting.attendees = [
            MeetingAttendee(participant=mother, attendance=Attendance.ATTENDED),
            MeetingAttendee(participant=grandmother, session=MeetingSession.INFORMATION_ONLY,
                            attendance=Attendance.VIEWS_ANOTHER_WAY),
        ]
        review_meeting = Meeting(kind=MeetingKind.REVIEW, status=MeetingStatus.PLANNED,
                                 starts_at=_at(10, day=28), venue_name="Elmfield Library")
        conference.meetings = [meeting, review_meeting]
        item = InformationItem(title="School attendance record",
                               category=InformationCategory.WORRIES, source="Elmfield Primary")
        item.decisions = [
            SharingDecision(participant=mother, choice=SharingChoice.SHARE),
            SharingDecision(participant=grandmother, choice=SharingChoice.SUMMARY,
                            summary="Pip has missed some school."),
        ]
        conference.information_items = [item]
        plan = PlanVersion(
            number=1, status=PlanStatus.AGREED, created_on=date(2026, 3, 12),
            referrer_decision=ReferrerDecision.AGREED, review_date=date(2026, 6, 12),
            family_lead=mother,
        )
        plan.actions = [
            PlanAction(position=1, what="Walk Pip to school each morning", who="Hazel",
                       by_when_text="Every school day", status=ActionStatus.IN_PROGRESS),
            PlanAction(position=2, what="Meet the school's family worker", who="Maple",
                       by_when=date(2026, 4, 1), status=ActionStatus.DONE),
        ]
        conference.plan_versions = [plan]
        conference.outcomes = [
            Outcome(child=child, months_after=3, due_on=date(2026, 6, 12),
                    recorded_on=date(2026, 6, 15), living=LivingArrangement.WITH_PARENTS,
                    care_proceedings_issued=False),
        ]
        return conference.id


def build_empty_conference(db: Database, reference: str = "FGC-2026-0001") -> int:
    with db.session() as session:
        conference = Conference(reference=reference, family_name="Emptyfield",
                                referral_date=date(2026, 1, 20))
        session.add(conference)
        session.flush()
        return conference.id
