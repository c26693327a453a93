"""A rich, invented conference that fills every table, its case file, and a second data folder."""

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fgc_desktop.casefile.exporter import export_case_file
from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    ConsentEvent,
    ContactKind,
    DeliveryMethod,
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
    Sensitivity,
    SharingChoice,
    Stage,
    StepState,
)
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.models import (
    ActionNote,
    Base,
    Conference,
    ConsentRecord,
    InformationItem,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Outcome,
    Participant,
    PlanAction,
    PlanRecipient,
    PlanVersion,
    PreparationContact,
    ProducedDocument,
    Separation,
    SharingDecision,
    StepMark,
    TextTranslation,
)

RICH_REFERENCE = "FGC-2099-0042"


def at(day: int, hour: int, minute: int = 0, microsecond: int = 0) -> datetime:
    return datetime(2099, 3, day, hour, minute, 0, microsecond, tzinfo=UTC)


def _person(given: str, role: Role, **fields: object) -> Participant:
    return Participant(given_name=given, family_name="Example", role=role, **fields)


def _meeting(kind: MeetingKind, status: MeetingStatus, day: int) -> Meeting:
    return Meeting(
        kind=kind, status=status, starts_at=at(day, 10), ends_at=at(day, 14, 30),
        venue_name="Maple Test Hall", venue_address="1 Example Row\nSampletown",
        venue_access="Step-free entrance", food="Sandwiches and fruit", dietary_needs="Halal",
        language="en", childcare="Crèche in the next room", travel_help="Bus fares paid",
        private_time_planned=True, private_time_notes="Family room upstairs",
        safety_arrangements="Separate arrivals", information_start=at(day, 10),
        information_end=at(day, 11), private_time_start=at(day, 11, 15),
        private_time_end=at(day, 13), agreement_start=at(day, 13, 15),
        agreement_end=at(day, 14, 30), private_time_without_professionals=True,
        outcome="Plan agreed",
    )


def build_rich_conference(db: Database) -> str:
    """One conference with a row in every table, links of every kind and awkward text."""
    with db.session() as session:
        session.add(Conference(reference="FGC-2099-0001", family_name="Decoy",
                               participants=[_person("Decoy", Role.FAMILY)]))
    with db.session() as session:
        child = _person(
            "Amber", Role.CHILD, known_as="Ambs", is_subject_child=True,
            date_of_birth=date(2090, 2, 28), child_participation=ChildParticipation.ATTENDS_PART,
            relationship_to_child="Subject child", preferred_language="en",
        )
        younger = _person("Basil", Role.CHILD, is_subject_child=True,
                          date_of_birth=date(2092, 12, 31),
                          child_participation=ChildParticipation.WRITTEN_VIEWS)
        mother = _person(
            "Zoë", Role.FAMILY, relationship_to_child="Mother", has_parental_responsibility=True,
            address="2 Sample Close\nExampleton", phone="01632 960000",
            email="zoe@example.invalid", contact_confidential=True,
            confidential_reason="Lives in a refuge", preferred_language="cy",
            invitation_status=InvitationStatus.INVITED, invited_on=date(2099, 2, 1),
            reply_status=ReplyStatus.COMING, replied_on=date(2099, 2, 3),
            access_needs="Wheelchair", needs_childcare=True, needs_travel_help=True,
            other_needs="Large print", notes="Prefers mornings 🌅",
        )
        father = _person("Dov", Role.FAMILY, relationship_to_child="Father",
                         needs_interpreter=True, interpreter_language="pl",
                         preferred_language="pl", reply_status=ReplyStatus.VIEWS_ANOTHER_WAY)
        advocate = Participant(given_name="Ezra", family_name="Advocateson", role=Role.ADVOCATE)
        worker = Participant(given_name="Fen", family_name="Workerly", role=Role.PROFESSIONAL)
        conference = Conference(
            reference=RICH_REFERENCE, family_name="Example", stage=Stage.REVIEW,
            coordinator_name="Cora Testperson", referral_date=date(2099, 1, 5),
            referrer_name="Reed Sampleworker", referrer_role="Social worker",
            referrer_team="Team Imaginary", referrer_phone="01632 960001",
            referrer_email="reed@example.invalid", reason_for_referral="Worries at home.",
            worries="Line one\nLine “two”", strengths="Close family", bottom_lines="No contact",
            questions="Who will help?", target_meeting_date=date(2099, 3, 1),
            closed_on=None, notes="Tab\there", archived=True, archived_at=at(30, 9),
            created_at=at(1, 8, 0, 123456), updated_at=at(2, 8, 30, 5),
            participants=[child, younger, mother, father, advocate, worker],
        )
        session.add(conference)
        conference.consents = [
            ConsentRecord(event=ConsentEvent.GIVEN, by_name="Zoë Example",
                          on=date(2099, 1, 6), notes="Signed form"),
            ConsentRecord(event=ConsentEvent.WITHDRAWN, by_name="Someone Else",
                          on=date(2099, 1, 9)),
        ]
        conference.separations = [Separation(first=mother, second=father, reason="Court order",
                                             arrangement="Separate rooms")]
        conference.contacts = [
            PreparationContact(participant=mother, contact_on=date(2099, 2, 2),
                               kind=ContactKind.VISIT, by_whom="Cora", notes="Went well",
                               explained=["private family time", "who sees what"]),
        ]
        held = _meeting(MeetingKind.CONFERENCE, MeetingStatus.HELD, 10)
        review = _meeting(MeetingKind.REVIEW, MeetingStatus.PLANNED, 28)
        held.choices = [
            MeetingChoice(kind=ChoiceKind.TIME, value="Saturday morning",
                          made_by=ChoiceMadeBy.FAMILY, made_by_participant=mother,
                          decided_on=date(2099, 2, 4), notes="After football"),
            MeetingChoice(kind=ChoiceKind.PLACE, value="Maple Test Hall",
                          made_by=ChoiceMadeBy.TOGETHER),
        ]
        held.attendees = [
            MeetingAttendee(participant=mother, attendance=Attendance.ATTENDED),
            MeetingAttendee(participant=father, session=MeetingSession.INFORMATION_ONLY,
                            attendance=Attendance.VIEWS_ANOTHER_WAY,
                            views_another_way="A letter"),
            MeetingAttendee(participant=child, attendance=Attendance.ATTENDED_PART),
        ]
        held.interpreters = [InterpreterBooking(language="pl", booked=True,
                                                interpreter_name="Iga Sample",
                                                agency="Words Ltd (invented)")]
        conference.meetings = [held, review]
        item = InformationItem(
            title="Police call-out", text="One call in January.", source="Police",
            category=InformationCategory.POLICE, sensitivity=Sensitivity.HIGHLY_SENSITIVE,
            needs_family_consent=True, family_consent=False, family_consent_by="Zoë",
            family_consent_on=date(2099, 2, 5), created_at=at(3, 12),
        )
        item.decisions = [
            SharingDecision(participant=mother, choice=SharingChoice.SHARE, decided_at=at(4, 9)),
            SharingDecision(participant=father, choice=SharingChoice.SUMMARY,
                            summary="There was one call.", decided_by="Cora", reason="Safety"),
            SharingDecision(participant=child, choice=SharingChoice.WITHHOLD),
        ]
        conference.information_items = [item, InformationItem(title="School is going well")]
        session.flush()
        item.about_participant_id = father.id
        child.advocate_id = advocate.id  # listed after the child: a link forward in the file
        conference.consents[0].participant_id = mother.id

        first_plan = PlanVersion(
            number=1, made_at_meeting_id=held.id, status=PlanStatus.SUPERSEDED,
            created_on=date(2099, 3, 10), referrer_decision=ReferrerDecision.AGREED,
            referrer_decided_on=date(2099, 3, 10), help_from_services="Family support",
            backup_plan="Gran steps in", monitoring="Weekly calls", review_date=date(2099, 6, 10),
            family_lead=mother, notes="Version one",
        )
        first_plan.actions = [
            PlanAction(position=0, what="Walk Amber to school", who="Gran",
                       by_when=date(2099, 3, 17), by_when_text="every weekday",
                       how_known="School register", who_checks="Cora",
                       status=ActionStatus.IN_PROGRESS, status_reason="Started",
                       notes=[ActionNote(written_on=date(2099, 3, 20), text="Going well",
                                         by_whom="Cora")]),
            PlanAction(position=1, what="Weekly family tea"),
        ]
        first_plan.recipients = [PlanRecipient(participant=mother,
                                               method=DeliveryMethod.EMAILED,
                                               sent_on=date(2099, 3, 11)),
                                 PlanRecipient(participant=worker)]
        second_plan = PlanVersion(number=2, made_at_meeting_id=review.id,
                                  created_on=date(2099, 3, 28))
        conference.plan_versions = [first_plan, second_plan]
        session.flush()
        second_plan.based_on_id = first_plan.id
        conference.outcomes = [
            Outcome(child=child, months_after=3, due_on=date(2099, 6, 10),
                    recorded_on=date(2099, 6, 12), living=LivingArrangement.WITH_PARENTS,
                    care_proceedings_issued=False, notes="Settled"),
            Outcome(child=younger, months_after=12, due_on=date(2100, 3, 10)),
        ]
        conference.step_marks = [StepMark(step_key="private_time",
                                          state=StepState.NOT_APPLICABLE,
                                          reason="Family asked for a helper", marked_by="Cora",
                                          marked_at=at(10, 15))]
        conference.translations = [
            TextTranslation(owner_uid=first_plan.uid, field="backup_plan", language="pl",
                            text="Babcia pomoże", translated_by="Iga", updated_at=at(12, 9)),
            TextTranslation(owner_uid=item.uid, field="title", language="ar",
                            text="مكالمة الشرطة", translated_by="Noor"),
        ]
        conference.documents = [
            ProducedDocument(recipient_id=mother.id, recipient_name="Zoë Example",
                             kind="family_plan", language="cy", file_name="plan-zoe.pdf",
                             sha256="a" * 64, plan_version_id=first_plan.id,
                             carried_items=[{"uid": item.uid, "title": item.title}],
                             produced_at=at(11, 16), produced_by="Cora"),
            ProducedDocument(recipient_name="Printed copy", kind="leaflet", language="en",
                             sha256="b" * 64),
        ]
    return RICH_REFERENCE


@pytest.fixture
def rich_conference(db: Database) -> str:
    return build_rich_conference(db)


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    """A second, empty data folder, as on another coordinator's computer."""
    folder = tmp_path / "other"
    folder.mkdir()
    database = Database(sqlite_url(folder), actor="Other Coordinator")
    yield database
    database.close()


@pytest.fixture
def exported(db: Database, rich_conference: str, tmp_path: Path) -> dict[str, Any]:
    """The rich conference's case file, parsed, ready to be spoiled by a test."""
    path = tmp_path / "rich.json"
    export_case_file(db, rich_conference, path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_case_file(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def row_counts(db: Database) -> dict[str, int]:
    """How many rows each table holds, the audit trail included."""
    with db.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
