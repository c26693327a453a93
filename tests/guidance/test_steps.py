"""Each good-practice rule reads the recorded data the way a coordinator would."""

from datetime import UTC, date, datetime, timedelta

import pytest

from fgc_desktop.domain.enums import (
    Check,
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    ConsentEvent,
    ContactKind,
    InvitationStatus,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    Role,
    SharingChoice,
    StepState,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance import rules
from fgc_desktop.guidance.progress import StepProgress, pathway_progress
from fgc_desktop.guidance.steps import STEPS, Pathway
from fgc_desktop.services.guidance import (
    clear_step_mark,
    conference_steps,
    conference_warnings,
    mark_step,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    ConsentRecord,
    InformationItem,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Participant,
    PlanRecipient,
    PlanVersion,
    PreparationContact,
    Separation,
    SharingDecision,
)

TODAY = date(2026, 11, 26)
CONTEXT = rules.RuleContext(today=TODAY, target_days_plan_sent=10)


def person(name: str, role: Role = Role.FAMILY, **fields: object) -> Participant:
    return Participant(given_name=name, family_name="Testwood", role=role,
                       invitation_status=InvitationStatus.INVITED, **fields)


def meeting(days_ahead: int = 14, **fields: object) -> Meeting:
    return Meeting(kind=MeetingKind.CONFERENCE,
                   starts_at=datetime(2026, 11, 26, 10, tzinfo=UTC) + timedelta(days=days_ahead),
                   **fields)


def test_every_step_has_a_stage_a_pathway_and_a_reason() -> None:
    keys = [step.key for step in STEPS]
    assert len(keys) == len(set(keys))
    for step in STEPS:
        assert step.pathways and step.why.endswith(".")
    assert [step.key for step in STEPS if step.by_hand] == ["professionals_briefed"]


def test_consent_is_done_until_withdrawn() -> None:
    conference = Conference(reference="T-1", family_name="Testwood")
    assert rules.consent_recorded(conference, CONTEXT).check is Check.OPEN
    conference.consents.append(
        ConsentRecord(event=ConsentEvent.GIVEN, by_name="Ffion", on=date(2026, 11, 1)))
    assert rules.consent_recorded(conference, CONTEXT).check is Check.DONE
    conference.consents.append(
        ConsentRecord(event=ConsentEvent.WITHDRAWN, by_name="Ffion", on=date(2026, 11, 9)))
    assert "withdrawn" in rules.consent_recorded(conference, CONTEXT).detail


def test_plain_words_flags_missing_fields_and_jargon() -> None:
    conference = Conference(reference="T-1", family_name="Testwood", worries="Sam is LAC.",
                            strengths="", bottom_lines="No hitting.", questions="Who helps?")
    assert rules.referral_in_plain_words(conference, CONTEXT).detail == (
        "Still to write: strengths.")
    conference.strengths = "Gran visits every day."
    assert "lac" in rules.referral_in_plain_words(conference, CONTEXT).detail
    conference.worries = "Sam has been in care before."
    assert rules.referral_in_plain_words(conference, CONTEXT).check is Check.DONE


def test_everyone_invited_must_be_contacted_before_the_meeting() -> None:
    gran, child = person("Gwen", id=1), person("Sam", Role.CHILD, id=2, is_subject_child=True)
    conference = Conference(reference="T-1", family_name="Testwood",
                            participants=[gran, child], meetings=[meeting(days_ahead=5)])
    assert "Gwen Testwood, Sam Testwood" in rules.everyone_contacted(conference, CONTEXT).detail
    conference.contacts.append(PreparationContact(participant_id=1, contact_on=TODAY,
                                                  kind=ContactKind.VISIT))
    conference.contacts.append(PreparationContact(participant_id=2, contact_on=TODAY
                                                  + timedelta(days=9), kind=ContactKind.VISIT))
    assert rules.everyone_contacted(conference, CONTEXT).detail == (
        "Not yet contacted: Sam Testwood.")


def test_the_family_must_choose_time_place_and_food() -> None:
    planned = meeting(choices=[
        MeetingChoice(kind=ChoiceKind.TIME, made_by=ChoiceMadeBy.FAMILY),
        MeetingChoice(kind=ChoiceKind.PLACE, made_by=ChoiceMadeBy.TOGETHER),
        MeetingChoice(kind=ChoiceKind.FOOD, made_by=ChoiceMadeBy.COORDINATOR),
    ])
    conference = Conference(reference="T-1", family_name="Testwood", meetings=[planned])
    assert rules.family_chose_arrangements(conference, CONTEXT).detail == (
        "Not yet chosen by the family: food.")
    planned.choices[2].made_by = ChoiceMadeBy.FAMILY
    assert rules.family_chose_arrangements(conference, CONTEXT).check is Check.DONE


def test_an_interpreter_must_be_booked_for_each_language_needed() -> None:
    planned = meeting()
    speaker = person("Layla", preferred_language="ar", needs_interpreter=True)
    conference = Conference(reference="T-1", family_name="Testwood", participants=[speaker],
                            meetings=[planned])
    assert rules.language_settled(conference, CONTEXT).check is Check.OPEN
    planned.interpreters.append(InterpreterBooking(language="ar", booked=True))
    assert rules.language_settled(conference, CONTEXT).check is Check.DONE


def test_people_who_must_not_meet_need_parts_that_do_not_overlap() -> None:
    mother, father = person("Layla", id=1), person("Samir", id=2)
    planned = meeting(attendees=[
        MeetingAttendee(participant_id=1, session=MeetingSession.WHOLE),
        MeetingAttendee(participant_id=2, session=MeetingSession.INFORMATION_ONLY),
    ])
    conference = Conference(reference="T-1", family_name="Testwood",
                            participants=[mother, father], meetings=[planned])
    assert rules.separations_safe(conference, CONTEXT).check is Check.NOT_NEEDED
    conference.separations.append(Separation(first=mother, second=father, first_id=1,
                                             second_id=2, arrangement="Separate rooms."))
    found = rules.separations_safe(conference, CONTEXT)
    assert found.detail == "Layla Testwood and Samir Testwood are invited to the same part."
    planned.attendees[0].session = MeetingSession.FAMILY_TIME_ONLY
    assert rules.separations_safe(conference, CONTEXT).check is Check.DONE


def test_sharing_is_decided_for_each_item_and_each_invited_person() -> None:
    gran = person("Gwen", id=1)
    item = InformationItem(id=5, title="Worries")
    conference = Conference(reference="T-1", family_name="Testwood", participants=[gran],
                            information_items=[item])
    assert rules.sharing_decided(conference, CONTEXT).detail == (
        "Still to decide for: Gwen Testwood.")
    item.decisions.append(SharingDecision(item_id=5, participant_id=1,
                                          choice=SharingChoice.SHARE))
    assert rules.sharing_decided(conference, CONTEXT).check is Check.DONE


@pytest.mark.parametrize(("sent_after", "expected"), [
    (None, "Not yet sent to: Gwen Testwood."),
    (4, ""),
    (12, "Sent 12 days after the meeting; the target is 10."),
])
def test_the_plan_goes_out_within_the_target(sent_after: int | None, expected: str) -> None:
    held = meeting(days_ahead=-5, status=MeetingStatus.HELD)
    gran = person("Gwen")
    sent_on = None if sent_after is None else TODAY - timedelta(days=5 - sent_after)
    plan = PlanVersion(number=1, created_on=TODAY, recipients=[
        PlanRecipient(participant=gran, sent_on=sent_on)])
    conference = Conference(reference="T-1", family_name="Testwood", meetings=[held],
                            plan_versions=[plan])
    assert rules.plan_sent_on_time(conference, CONTEXT).detail == expected


def test_a_child_needs_a_way_to_take_part_and_an_advocate() -> None:
    child = person("Sam", Role.CHILD, is_subject_child=True)
    conference = Conference(reference="T-1", family_name="Testwood", participants=[child])
    assert "how they take part" in rules.child_participation_settled(conference, CONTEXT).detail
    child.child_participation = ChildParticipation.ATTENDS
    child.advocate_id = 9
    assert rules.child_participation_settled(conference, CONTEXT).check is Check.DONE


def _conference(db: Database) -> int:
    with db.session() as session:
        conference = Conference(reference="T-1", family_name="Testwood")
        session.add(conference)
        session.flush()
        return conference.id


def test_marks_by_hand_and_not_applicable_with_a_reason(db: Database) -> None:
    conference_id = _conference(db)

    def progress(key: str) -> StepProgress:
        return next(s for s in conference_steps(db, conference_id, TODAY)
                    if s.step.key == key).progress

    assert progress("professionals_briefed") is StepProgress.OPEN
    mark_step(db, conference_id, "professionals_briefed", StepState.DONE_BY_HAND)
    assert progress("professionals_briefed") is StepProgress.DONE
    with pytest.raises(UserError, match="ticked from what is recorded"):
        mark_step(db, conference_id, "consent_recorded", StepState.DONE_BY_HAND)
    with pytest.raises(UserError, match="Reason cannot be empty"):
        mark_step(db, conference_id, "review_date_set", StepState.NOT_APPLICABLE)
    mark_step(db, conference_id, "review_date_set", StepState.NOT_APPLICABLE,
              "The family moved away.")
    assert progress("review_date_set") is StepProgress.NOT_APPLICABLE
    clear_step_mark(db, conference_id, "review_date_set")
    assert progress("review_date_set") is StepProgress.OPEN


def test_progress_per_pathway_leaves_out_steps_not_applicable(db: Database) -> None:
    conference_id = _conference(db)
    statuses = conference_steps(db, conference_id, TODAY)
    trust = next(p for p in pathway_progress(statuses) if p.pathway is Pathway.TRUST)
    assert trust.done == 0
    assert trust.total == sum(
        1 for s in STEPS if Pathway.TRUST in s.pathways and s.key != "separations_safe")


def test_warnings_for_a_meeting_in_the_past_and_an_unbooked_interpreter(db: Database) -> None:
    with db.session() as session:
        conference = Conference(reference="T-2", family_name="Testwood", meetings=[
            Meeting(kind=MeetingKind.CONFERENCE,
                    starts_at=datetime(2026, 11, 20, 10, tzinfo=UTC))])
        conference.participants.append(person("Layla", preferred_language="ar",
                                              needs_interpreter=True))
        session.add(conference)
        session.flush()
        conference_id = conference.id
    warnings = conference_warnings(db, conference_id, TODAY)
    assert "The meeting date is in the past. Change it, or record the meeting." in warnings
    assert "Layla Testwood needs an interpreter, and none is booked yet." in warnings
    assert any(w.startswith("The meeting comes before preparation is done") for w in warnings)
