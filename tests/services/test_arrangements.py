"""Arranging the meeting: each action stores what the coordinator chose, and refuses nonsense."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    InvitationStatus,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    Role,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services.guidance import conference_steps, conference_warnings
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    Meeting,
    MeetingChoice,
    Participant,
    Separation,
)

TODAY = date(2026, 3, 2)
NEXT_WEEK = TODAY + timedelta(days=7)


@dataclass(frozen=True)
class Family:
    conference_id: int
    mother: int
    father: int
    aunt: int
    child: int
    worker: int


def build_family(db: Database, reference: str = "FGC-2026-0101") -> Family:
    """An invented family: the aunt needs a Polish interpreter; the parents must not meet."""
    with db.session() as session:
        conference = Conference(reference=reference, family_name="Fennimore",
                                referral_date=date(2026, 2, 1))
        invited = {"invitation_status": InvitationStatus.INVITED}
        mother = Participant(given_name="Wren", family_name="Fennimore", role=Role.FAMILY,
                             relationship_to_child="Mother", **invited)
        father = Participant(given_name="Corvin", family_name="Fennimore", role=Role.FAMILY,
                             relationship_to_child="Father", **invited)
        aunt = Participant(given_name="Linnet", family_name="Fennimore", role=Role.FAMILY,
                           relationship_to_child="Aunt", preferred_language="pl",
                           needs_interpreter=True, **invited)
        child = Participant(given_name="Robin", family_name="Fennimore", role=Role.CHILD,
                            is_subject_child=True)
        worker = Participant(given_name="Tess", family_name="Sampleworth",
                             role=Role.PROFESSIONAL, relationship_to_child="Social worker")
        conference.participants = [mother, father, aunt, child, worker]
        session.add(conference)
        session.flush()
        session.add(Separation(conference_id=conference.id, first=mother, second=father,
                               arrangement="Corvin comes to the information part only."))
        session.flush()
        return Family(conference.id, mother.id, father.id, aunt.id, child.id, worker.id)


def _meeting(db: Database, conference_id: int) -> Meeting | None:
    with db.session() as session:
        return arr.find_meeting(session, conference_id)


def _choice(db: Database, kind: ChoiceKind) -> MeetingChoice | None:
    with db.session() as session:
        return session.scalar(select(MeetingChoice).where(MeetingChoice.kind == kind))


def _step(db: Database, conference_id: int, key: str) -> StepProgress:
    return next(s.progress for s in conference_steps(db, conference_id, TODAY)
                if s.step.key == key)


def test_a_first_edit_makes_the_planned_meeting(db: Database) -> None:
    family = build_family(db)
    assert _meeting(db, family.conference_id) is None

    stored = arr.update_meeting_text(db, family.conference_id, "venue_name", "  Oakhill Hall ")

    meeting = _meeting(db, family.conference_id)
    assert stored == "Oakhill Hall"
    assert meeting is not None and meeting.venue_name == "Oakhill Hall"
    assert meeting.status is MeetingStatus.PLANNED


def test_text_that_is_too_long_is_refused_and_the_old_text_kept(db: Database) -> None:
    family = build_family(db)
    arr.update_meeting_text(db, family.conference_id, "food", "Soup")

    with pytest.raises(UserError, match="Food is too long"):
        arr.update_meeting_text(db, family.conference_id, "food", "x" * 2_001)

    meeting = _meeting(db, family.conference_id)
    assert meeting is not None and meeting.food == "Soup"


def test_an_unknown_field_is_a_defect(db: Database) -> None:
    with pytest.raises(ValueError, match="status"):
        arr.update_meeting_text(db, build_family(db).conference_id, "status", "held")


def test_date_and_times_are_stored_as_the_clock_in_the_room(db: Database) -> None:
    family = build_family(db)

    arr.set_meeting_time(db, family.conference_id, "2026-03-12", "4pm", "19:30")

    meeting = _meeting(db, family.conference_id)
    assert meeting is not None and meeting.starts_at is not None
    assert arr.local_parts(meeting.starts_at) == (date(2026, 3, 12), time(16))
    assert arr.local_parts(meeting.ends_at) == (date(2026, 3, 12), time(19, 30))
    shown = arr.get_arrangements(db, family.conference_id)
    assert (shown.day, shown.starts, shown.ends) == (date(2026, 3, 12), time(16), time(19, 30))


@pytest.mark.parametrize(("day", "starts", "ends", "message"), [
    ("2026-03-12", "16:00", "15:00", "cannot end before it starts"),
    ("2026-03-12", "16:00", "16:00", "cannot end before it starts"),
    ("2026-03-12", "", "18:00", "Enter the start time too"),
    ("", "16:00", "", "Enter the meeting's date"),
    ("2026-02-30", "16:00", "", "not a real date"),
    ("2026-03-12", "25:00", "", "“25:00” is not a time of day"),
])
def test_impossible_times_are_refused_and_the_old_ones_kept(
    db: Database, day: str, starts: str, ends: str, message: str
) -> None:
    family = build_family(db)
    arr.set_meeting_time(db, family.conference_id, "2026-03-12", "10:00", "13:00")

    with pytest.raises(UserError, match=message):
        arr.set_meeting_time(db, family.conference_id, day, starts, ends)

    shown = arr.get_arrangements(db, family.conference_id)
    assert (shown.starts, shown.ends) == (time(10), time(13))


def test_clearing_the_date_and_times_clears_the_meeting_time(db: Database) -> None:
    family = build_family(db)
    arr.set_meeting_time(db, family.conference_id, "2026-03-12", "10:00", "")

    arr.set_meeting_time(db, family.conference_id, "", "", "")

    shown = arr.get_arrangements(db, family.conference_id)
    assert (shown.day, shown.starts, shown.ends) == (None, None, None)


@pytest.mark.parametrize(("typed", "expected"), [
    ("16:00", time(16)), ("9.30", time(9, 30)), ("0930", time(9, 30)), ("4pm", time(16)),
    ("12am", time(0)), ("12:15 PM", time(12, 15)), ("  ", None), (None, None),
])
def test_times_are_read_as_people_write_them(typed: str | None, expected: time | None) -> None:
    assert arr.parse_time("Start", typed) == expected


@pytest.mark.parametrize("typed", ["noon", "13pm", "24:00", "9:75", "0pm", "16:00:00"])
def test_a_time_that_is_not_a_time_is_refused(typed: str) -> None:
    with pytest.raises(UserError, match="Type it like 16:00"):
        arr.parse_time("Start time", typed)


def test_the_family_choosing_time_place_and_food_ticks_the_step(db: Database) -> None:
    family = build_family(db)
    arr.update_meeting_text(db, family.conference_id, "venue_name", "Oakhill Hall")
    assert _step(db, family.conference_id, "family_chose_arrangements") is StepProgress.OPEN

    arr.record_choice(db, family.conference_id, ChoiceKind.TIME, ChoiceMadeBy.FAMILY,
                      family.mother, today=TODAY)
    arr.record_choice(db, family.conference_id, ChoiceKind.PLACE, ChoiceMadeBy.TOGETHER)
    arr.record_choice(db, family.conference_id, ChoiceKind.FOOD, ChoiceMadeBy.FAMILY,
                      family.aunt)

    assert _step(db, family.conference_id, "family_chose_arrangements") is StepProgress.DONE
    chosen = arr.get_arrangements(db, family.conference_id).choices
    assert chosen[ChoiceKind.TIME] == arr.Choice(ChoiceMadeBy.FAMILY, family.mother, "")
    assert chosen[ChoiceKind.PLACE].value == "Oakhill Hall"
    time_choice = _choice(db, ChoiceKind.TIME)
    assert time_choice is not None and time_choice.decided_on == TODAY


def test_a_choice_describes_what_was_chosen_and_follows_later_changes(db: Database) -> None:
    family = build_family(db)
    arr.set_meeting_time(db, family.conference_id, "2026-03-12", "16:00", "")
    arr.record_choice(db, family.conference_id, ChoiceKind.TIME, ChoiceMadeBy.FAMILY)
    arr.record_choice(db, family.conference_id, ChoiceKind.FOOD, ChoiceMadeBy.FAMILY)

    arr.update_meeting_text(db, family.conference_id, "food", "Curry\nand rice")
    arr.set_meeting_time(db, family.conference_id, "2026-03-13", "17:00", "")

    chosen = arr.get_arrangements(db, family.conference_id).choices
    assert chosen[ChoiceKind.FOOD].value == "Curry and rice"
    assert chosen[ChoiceKind.TIME].value == "13 March 2026, 17:00"


def test_the_coordinator_choosing_names_no_family_member(db: Database) -> None:
    family = build_family(db)

    arr.record_choice(db, family.conference_id, ChoiceKind.CHILDCARE, ChoiceMadeBy.COORDINATOR,
                      family.mother)

    chosen = arr.get_arrangements(db, family.conference_id).choices[ChoiceKind.CHILDCARE]
    assert chosen.made_by is ChoiceMadeBy.COORDINATOR and chosen.participant_id is None


def test_forgetting_a_choice_removes_it(db: Database) -> None:
    family = build_family(db)
    arr.record_choice(db, family.conference_id, ChoiceKind.PLACE, ChoiceMadeBy.FAMILY)

    arr.record_choice(db, family.conference_id, ChoiceKind.PLACE, None)
    arr.record_choice(db, family.conference_id, ChoiceKind.FOOD, None)

    assert arr.get_arrangements(db, family.conference_id).choices == {}


def test_a_chooser_from_another_conference_is_refused(db: Database) -> None:
    family, other = build_family(db), build_family(db, "FGC-2026-0102")

    with pytest.raises(UserError, match="no longer in this conference"):
        arr.record_choice(db, family.conference_id, ChoiceKind.TIME, ChoiceMadeBy.FAMILY,
                          other.mother)

    assert _choice(db, ChoiceKind.TIME) is None


def test_the_meeting_language_comes_from_the_registry(db: Database) -> None:
    family = build_family(db)
    arr.record_choice(db, family.conference_id, ChoiceKind.LANGUAGE, ChoiceMadeBy.FAMILY)

    arr.set_meeting_language(db, family.conference_id, "cy")
    with pytest.raises(UserError, match="from the list"):
        arr.set_meeting_language(db, family.conference_id, "klingon")

    shown = arr.get_arrangements(db, family.conference_id)
    assert shown.language == "cy"
    assert shown.choices[ChoiceKind.LANGUAGE].value == "Welsh"


def test_planning_private_time_ticks_its_step(db: Database) -> None:
    family = build_family(db)

    arr.set_private_time_planned(db, family.conference_id, True)

    assert _step(db, family.conference_id, "private_time_planned") is StepProgress.DONE
    assert arr.get_arrangements(db, family.conference_id).private_time_planned


def test_people_who_must_not_meet_in_one_part_are_warned_about(db: Database) -> None:
    family = build_family(db)
    arr.set_session(db, family.conference_id, family.mother, MeetingSession.WHOLE)
    arr.set_session(db, family.conference_id, family.father, MeetingSession.SEPARATE)
    apart = conference_warnings(db, family.conference_id, TODAY)

    arr.set_session(db, family.conference_id, family.father, MeetingSession.INFORMATION_ONLY)

    assert not any("must not meet" in w for w in apart)
    assert any("Wren Fennimore and Corvin Fennimore must not meet" in w
               for w in conference_warnings(db, family.conference_id, TODAY))
    assert _step(db, family.conference_id, "separations_safe") is StepProgress.OPEN
    sessions = {line.person.id: line.session
                for line in arr.get_arrangements(db, family.conference_id).invitees}
    assert sessions[family.father] is MeetingSession.INFORMATION_ONLY
    assert sessions[family.aunt] is None


def test_the_invitee_list_lists_invited_people_and_the_child(db: Database) -> None:
    family = build_family(db)
    arr.record_choice(db, family.conference_id, ChoiceKind.INVITEES, ChoiceMadeBy.FAMILY)

    arr.set_session(db, family.conference_id, family.worker, MeetingSession.INFORMATION_ONLY)

    shown = arr.get_arrangements(db, family.conference_id)
    assert [line.person.id for line in shown.invitees] == [
        family.mother, family.father, family.aunt, family.child, family.worker]
    assert "Tess Sampleworth" in shown.choices[ChoiceKind.INVITEES].value


def test_a_session_for_someone_elses_person_is_refused(db: Database) -> None:
    family, other = build_family(db), build_family(db, "FGC-2026-0102")

    with pytest.raises(UserError, match="no longer in this conference"):
        arr.set_session(db, family.conference_id, other.mother, MeetingSession.WHOLE)


def test_how_a_child_takes_part_is_stored_on_the_child(db: Database) -> None:
    family = build_family(db)
    arr.record_choice(db, family.conference_id, ChoiceKind.CHILD_PARTICIPATION,
                      ChoiceMadeBy.FAMILY, family.child)

    arr.set_child_participation(db, family.conference_id, family.child,
                                ChildParticipation.WRITTEN_VIEWS)

    shown = arr.get_arrangements(db, family.conference_id)
    assert shown.children[0].participation is ChildParticipation.WRITTEN_VIEWS
    assert shown.children[0].advocate == ""
    assert shown.choices[ChoiceKind.CHILD_PARTICIPATION].value == (
        "Robin Fennimore: written views")


def test_only_a_child_the_conference_is_about_takes_part_as_a_child(db: Database) -> None:
    family = build_family(db)

    with pytest.raises(UserError, match="not a child this conference is about"):
        arr.set_child_participation(db, family.conference_id, family.aunt,
                                    ChildParticipation.ATTENDS)


def test_an_empty_conference_has_nothing_arranged(db: Database) -> None:
    family = build_family(db)

    shown = arr.get_arrangements(db, family.conference_id)

    assert shown.status is None and shown.day is None and shown.choices == {}
    assert shown.text["venue_name"] == "" and shown.language == "en"
    assert [p.name for p in shown.family] == [
        "Wren Fennimore", "Corvin Fennimore", "Linnet Fennimore", "Robin Fennimore"]


def test_a_missing_conference_is_explained(db: Database) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        arr.update_meeting_text(db, 999, "food", "Soup")
    with pytest.raises(UserError, match="no longer exists"):
        arr.get_arrangements(db, 999)


def test_a_date_in_the_past_is_warned_about(db: Database) -> None:
    family = build_family(db)

    arr.set_meeting_time(db, family.conference_id, (TODAY - timedelta(days=1)).isoformat(),
                         "10:00", "")

    assert any("in the past" in w for w in conference_warnings(db, family.conference_id, TODAY))


def test_a_cancelled_meeting_gives_way_to_the_one_arranged_after(db: Database) -> None:
    family = build_family(db)
    with db.session() as session:
        conference = MeetingKind.CONFERENCE
        session.add_all([
            Meeting(conference_id=family.conference_id, kind=conference, venue_name="Old",
                    status=MeetingStatus.CANCELLED,
                    starts_at=datetime(2026, 3, 1, 10, tzinfo=UTC)),
            Meeting(conference_id=family.conference_id, kind=conference, venue_name="New"),
        ])

    assert arr.get_arrangements(db, family.conference_id).text["venue_name"] == "New"
