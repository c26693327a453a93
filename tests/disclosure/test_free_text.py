"""Interpreters' translations in the view, who took part, and which meeting invitations show."""

from fgc_desktop.disclosure import FreeText, build_view, never_to_appear, recipient_view
from fgc_desktop.domain.enums import (
    Attendance,
    MeetingSession,
    MeetingStatus,
    Role,
    SharingChoice,
)
from fgc_desktop.store.models import Conference, Participant, TextTranslation
from tests.disclosure.factories import (
    SERVICE,
    attend,
    conference,
    decide,
    item,
    meeting,
    person,
    plan,
)
from tests.disclosure.texts import shows

HIDDEN_ADDRESS = "Flat 9, 3 Hidden Way, Testshire"


def _family() -> list[Participant]:
    return [
        person(1, "Pip", role=Role.CHILD, is_subject_child=True, known_as="Pippa",
               relationship_to_child="Child"),
        person(2, "Maple", relationship_to_child="Mother", address=HIDDEN_ADDRESS,
               contact_confidential=True),
        person(3, "Kit", relationship_to_child="Father", preferred_language="pl"),
        person(4, "Hazel", family_name="Quill", relationship_to_child="Grandmother"),
    ]


def _translate(case: Conference, owner_uid: str, field: str, language: str, text: str) -> None:
    case.translations.append(TextTranslation(owner_uid=owner_uid, field=field,
                                             language=language, text=text))


def test_a_plans_typed_words_carry_their_translations() -> None:
    family = _family()
    version = plan(1, family)
    version.actions[0].uid = "action1"
    case = conference(family, plans=[version])
    _translate(case, "action1", "what", "pl", "Odprowadzać Pip do szkoły")
    _translate(case, "action1", "what", "cy", "Cerdded Pip i'r ysgol")
    _translate(case, "plan1", "backup_plan", "pl", "Babcia opiekuje się dziećmi")

    shown = recipient_view(case, family[2], SERVICE).plan

    assert shown is not None
    assert shown.actions[0].what == FreeText("Walk Pip to school", (
        ("pl", "Odprowadzać Pip do szkoły"), ("cy", "Cerdded Pip i'r ysgol")))
    assert shown.actions[0].what.translation("pl") == "Odprowadzać Pip do szkoły"
    assert shown.actions[0].who.translation("pl") is None
    assert shown.backup_plan.translation("pl") == "Babcia opiekuje się dziećmi"


def test_an_item_and_a_summary_each_carry_their_own_translation() -> None:
    family = _family()
    worries = item(1, "Worries", "Pip is often late for school.")
    summary = decide(worries, family[3], SharingChoice.SUMMARY, "Pip is late sometimes.")
    summary.uid = "decision1"
    case = conference(family, [worries])
    _translate(case, "item1", "text", "pl", "Pip często spóźnia się do szkoły.")
    _translate(case, "decision1", "summary", "pl", "Pip czasem się spóźnia.")

    kit = recipient_view(case, family[2], SERVICE)
    hazel = recipient_view(case, family[3], SERVICE)

    assert kit.items[0].body.translation("pl") == "Pip często spóźnia się do szkoły."
    assert hazel.items[0].text == "Pip is late sometimes."
    assert hazel.items[0].body.translation("pl") == "Pip czasem się spóźnia."
    assert not shows(hazel, "często"), "the full text's translation stays with the full text"


def test_a_translation_holding_someone_elses_confidential_address_is_never_carried() -> None:
    family = _family()
    version = plan(1, family)
    version.actions[0].uid = "action1"
    worries = item(1, "Worries", "Pip is often late for school.")
    case = conference(family, [worries], plans=[version])
    _translate(case, "action1", "who", "pl", f"Babcia, {HIDDEN_ADDRESS}")
    _translate(case, "item1", "text", "pl", f"Pip mieszka teraz przy {HIDDEN_ADDRESS}")

    view, left_out = build_view(case, family[2], SERVICE)
    maple = recipient_view(case, family[1], SERVICE)

    assert not shows(view, "Hidden Way")
    assert view.plan is not None and view.plan.actions[0].who == FreeText("Gran")
    assert view.items[0].body == FreeText("Pip is often late for school.")
    assert set(left_out) == {"the plan", "information"}
    assert HIDDEN_ADDRESS in never_to_appear(case, family[2])
    assert maple.plan is not None and maple.plan.actions[0].who.translation("pl") == (
        f"Babcia, {HIDDEN_ADDRESS}"), "Maple may read her own address"


def test_the_plan_lists_only_the_people_at_the_meeting_that_made_it() -> None:
    family = [*_family(), person(5, "Sam", family_name="Worker", role=Role.PROFESSIONAL,
                                 relationship_to_child=f"Visits Maple at {HIDDEN_ADDRESS}")]
    held = meeting(status=MeetingStatus.HELD)
    held.id = 7
    for who in family:
        attend(held, who, MeetingSession.WHOLE)
    present = {1: Attendance.ATTENDED, 2: Attendance.ATTENDED_PART,
               3: Attendance.VIEWS_ANOTHER_WAY, 4: Attendance.ABSENT, 5: Attendance.ATTENDED}
    for seat in held.attendees:
        seat.attendance = present[seat.participant_id]
    case = conference(family, meetings=[held], plans=[plan(1, family, made_at_meeting_id=7)])

    shown = recipient_view(case, family[3], SERVICE).plan

    assert shown is not None
    assert [(who.name, who.relationship) for who in shown.took_part] == [
        ("Pippa Testerson", "Child"), ("Maple Testerson", "Mother"),
        ("Sam Worker", "")]
    assert not shows(shown, "Hidden Way")


def test_an_invitation_never_gives_a_meeting_that_is_over() -> None:
    held = meeting(status=MeetingStatus.HELD, venue_name="Old Hall")
    postponed = meeting(status=MeetingStatus.POSTPONED, venue_name="Moved Hall")
    case = conference(_family(), meetings=[held, postponed])

    view = recipient_view(case, case.participants[2], SERVICE)

    assert view.meeting is None
    assert not shows(view, "Old Hall") and not shows(view, "Moved Hall")


def test_a_child_is_known_by_their_chosen_name() -> None:
    family = _family()
    pip = recipient_view(conference(family), family[0], SERVICE).recipient

    assert pip is not None
    assert (pip.first_name, pip.name) == ("Pippa", "Pippa Testerson")
