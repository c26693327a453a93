"""What each recipient may see: one test per rule of the view."""

from dataclasses import replace

import pytest

from fgc_desktop.disclosure import HeldBack, RecipientRules, never_to_appear, recipient_view
from fgc_desktop.disclosure.preview import preview
from fgc_desktop.domain.enums import (
    InformationCategory,
    InvitationStatus,
    MeetingSession,
    MeetingStatus,
    Role,
    Sensitivity,
    SharingChoice,
)
from fgc_desktop.store.models import Conference, Participant
from tests.disclosure.factories import (
    SERVICE,
    attend,
    book,
    conference,
    decide,
    item,
    meeting,
    person,
    plan,
)
from tests.disclosure.texts import shows, strings_in

HIDDEN_ADDRESS = "Flat 9, 3 Hidden Way, Testshire"
HIDDEN_PHONE = "07700 900111"
HIDDEN_EMAIL = "maple@hidden.example"


def _family() -> list[Participant]:
    return [
        person(1, "Pip", role=Role.CHILD, is_subject_child=True, relationship_to_child="Child",
               advocate_id=5, date_of_birth=None),
        person(2, "Maple", relationship_to_child="Mother", address=HIDDEN_ADDRESS,
               phone=HIDDEN_PHONE, email=HIDDEN_EMAIL, contact_confidential=True),
        person(3, "Kit", relationship_to_child="Father", address="5 Open Road, Testshire",
               phone="07700 900222"),
        person(4, "Hazel", family_name="Quill", relationship_to_child="Grandmother",
               preferred_language="pl", needs_interpreter=True, interpreter_language="pl",
               needs_childcare=True, needs_travel_help=True),
        person(5, "Ada", family_name="Advocate", role=Role.ADVOCATE,
               relationship_to_child="Pip's advocate"),
        person(6, "Sam", family_name="Worker", role=Role.PROFESSIONAL,
               relationship_to_child="Social worker",
               invitation_status=InvitationStatus.NOT_INVITED),
    ]


def _by_name(case: Conference, given_name: str) -> Participant:
    return next(p for p in case.participants if p.given_name == given_name)


def _texts(case: Conference, given_name: str) -> list[str]:
    view = recipient_view(case, _by_name(case, given_name), SERVICE)
    return [shown.text for shown in view.items]


def test_without_a_decision_only_ordinary_information_is_shared() -> None:
    case = conference(_family(), [
        item(1, "School", "Pip is often late.", sensitivity=Sensitivity.ORDINARY),
        item(2, "Health", "Maple sees a counsellor.", sensitivity=Sensitivity.SENSITIVE),
        item(3, "Police", "The police came in May.",
             sensitivity=Sensitivity.HIGHLY_SENSITIVE),
    ])

    assert _texts(case, "Kit") == ["Pip is often late."]


def test_a_decision_overrides_the_default_either_way() -> None:
    school = item(1, "School", "Pip is often late.", sensitivity=Sensitivity.ORDINARY)
    police = item(2, "Police", "The police came in May.",
                  sensitivity=Sensitivity.HIGHLY_SENSITIVE)
    family = _family()
    decide(school, family[2], SharingChoice.WITHHOLD)
    decide(police, family[2], SharingChoice.SHARE)

    assert _texts(conference(family, [school, police]), "Kit") == ["The police came in May."]


@pytest.mark.parametrize(("consent", "shared"), [(None, False), (False, False), (True, True)])
def test_information_needing_consent_waits_for_it(consent: bool | None, shared: bool) -> None:
    family = _family()
    health = item(1, "Health", "Maple sees a counsellor.", needs_family_consent=True,
                  family_consent=consent)
    decide(health, family[2], SharingChoice.SHARE)
    case = conference(family, [health])

    assert _texts(case, "Kit") == (["Maple sees a counsellor."] if shared else [])
    expected = {None: HeldBack.CONSENT_NOT_RECORDED, False: HeldBack.CONSENT_REFUSED,
                True: None}[consent]
    assert RecipientRules(case, family[2]).sight(health).held_back is expected


def test_confidential_contact_details_reach_only_the_person_themselves() -> None:
    family = _family()
    address = item(1, "Where Maple lives", f"Maple lives at {HIDDEN_ADDRESS}.",
                   category=InformationCategory.CONTACT_DETAILS, about_participant_id=2)
    for someone in family:
        decide(address, someone, SharingChoice.SHARE)
    case = conference(family, [address])

    for name in ("Pip", "Kit", "Hazel", "Ada"):
        view = recipient_view(case, _by_name(case, name), SERVICE)
        assert view.items == ()
        assert not shows(view, HIDDEN_ADDRESS)
    assert _texts(case, "Maple") == [f"Maple lives at {HIDDEN_ADDRESS}."]


def test_a_confidential_address_typed_anywhere_is_kept_from_everyone_else() -> None:
    family = _family()
    slip = item(1, "Visits", f"Visits happen at {HIDDEN_ADDRESS.upper()}.")
    phone = item(2, "Calls", "Ring 07700-900-111 after six.")
    at_home = meeting(venue_address=HIDDEN_ADDRESS)
    version = plan(1, family, backup_plan=f"Pip stays at {HIDDEN_ADDRESS}")
    case = conference(family, [slip, phone], [at_home], [version])

    kit = _by_name(case, "Kit")
    looked = preview(case, kit, SERVICE)
    assert looked.view.items == ()
    assert {w.held_back for w in looked.withheld} == {HeldBack.HOLDS_CONFIDENTIAL}
    assert looked.view.meeting is not None and looked.view.meeting.venue_address == ""
    assert looked.view.plan is not None and looked.view.plan.backup_plan.english == ""
    assert set(looked.left_out) == {"venue address", "the plan"}
    assert not any(shows(looked.view, text) for text in (HIDDEN_ADDRESS, HIDDEN_PHONE))

    maple = recipient_view(case, _by_name(case, "Maple"), SERVICE)
    assert maple.recipient is not None and maple.recipient.address == HIDDEN_ADDRESS
    assert maple.meeting is not None and maple.meeting.venue_address == HIDDEN_ADDRESS
    assert [shown.uid for shown in maple.items] == ["item1", "item2"]


def test_a_child_at_their_mothers_confidential_address_still_sees_their_own_address() -> None:
    family = _family()
    family[0].address = HIDDEN_ADDRESS
    case = conference(family)

    view = recipient_view(case, family[0], SERVICE)

    assert view.recipient is not None and view.recipient.address == HIDDEN_ADDRESS
    assert HIDDEN_ADDRESS not in never_to_appear(case, family[0])
    assert HIDDEN_ADDRESS in never_to_appear(case, family[2])


def test_a_summary_shows_only_the_summary() -> None:
    family = _family()
    police = item(1, "Last winter", "Kit hurt Maple in February.",
                  sensitivity=Sensitivity.HIGHLY_SENSITIVE)
    decide(police, family[0], SharingChoice.SUMMARY, "The police helped keep Mum safe.")
    case = conference(family, [police])

    view = recipient_view(case, family[0], SERVICE)

    assert [(shown.text, shown.is_summary) for shown in view.items] == [
        ("The police helped keep Mum safe.", True)]
    assert not shows(view, "Kit hurt Maple")
    assert "Kit hurt Maple in February." in never_to_appear(case, family[0])


def test_a_summary_without_words_is_withheld() -> None:
    family = _family()
    police = item(1, "Last winter", "Kit hurt Maple in February.")
    decide(police, family[0], SharingChoice.SUMMARY, "  ")
    case = conference(family, [police])

    assert recipient_view(case, family[0], SERVICE).items == ()
    assert RecipientRules(case, family[0]).sight(police).held_back is HeldBack.NO_SUMMARY


@pytest.mark.parametrize(("choice", "listed"), [
    (SharingChoice.SHARE, True), (SharingChoice.SUMMARY, False),
    (SharingChoice.WITHHOLD, False), (None, False),
])
def test_the_other_invitees_are_listed_only_when_that_is_shared(
    choice: SharingChoice | None, listed: bool
) -> None:
    family = _family()
    invitees = item(1, "Who is coming", "The list of people invited.",
                    category=InformationCategory.INVITEE_LIST,
                    sensitivity=Sensitivity.SENSITIVE)
    if choice is not None:
        decide(invitees, family[3], choice, "Some of the family are coming.")
    view = recipient_view(conference(family, [invitees]), family[3], SERVICE)

    names = [(invitee.name, invitee.relationship) for invitee in view.invitees]
    assert names == ([("Pip Testerson", "Child"), ("Maple Testerson", "Mother"),
                      ("Kit Testerson", "Father"), ("Ada Advocate", "Pip's advocate")]
                     if listed else [])
    assert not shows(view, "5 Open Road")


def test_plan_content_goes_only_to_the_distribution_list() -> None:
    family = _family()
    version = plan(1, [family[1], family[3]], family_lead_id=4)
    case = conference(family, plans=[version])

    hazel = recipient_view(case, family[3], SERVICE)
    assert hazel.plan is not None
    assert hazel.plan.distribution == ("Maple Testerson", "Hazel Quill")
    assert hazel.plan.family_lead_name == "Hazel Quill"
    assert [action.what.english for action in hazel.plan.actions] == ["Walk Pip to school"]
    kit = recipient_view(case, family[2], SERVICE)
    assert kit.plan is None
    assert not shows(kit, "Walk Pip to school")


def test_a_document_for_anyone_carries_no_information_and_no_names() -> None:
    family = _family()
    school = item(1, "School", "Pip is often late.", sensitivity=Sensitivity.ORDINARY)
    case = conference(family, [school], [meeting()], [plan(1, family)])

    view = recipient_view(case, None, SERVICE)

    assert view.is_for_anyone
    assert view.items == () and view.carried_items() == []
    assert view.meeting is None and view.plan is None and view.invitees == ()
    for someone in family:
        assert not shows(view, someone.display_name)
    assert not shows(view, "Testerson") and not shows(view, "Pip")
    assert view.reference == "FGC-2026-0042"
    assert "Pip is often late." in never_to_appear(case, None)


def test_the_coordinators_own_phone_is_printed_only_when_the_setting_says_so() -> None:
    case = conference(_family())

    hidden = recipient_view(case, None, SERVICE).service
    shown = recipient_view(case, None, replace(SERVICE, print_coordinator_contact=True)).service

    assert (hidden.coordinator_phone, hidden.coordinator_email) == ("", "")
    assert hidden.phone == "01632 960000" and hidden.coordinator_name == "Robin Sample"
    assert shown.coordinator_phone == "01632 960999"


def test_the_meeting_offers_each_person_help_for_their_own_needs() -> None:
    family = _family()
    planned = meeting()
    book(planned, "pl", True)
    attend(planned, family[2], MeetingSession.INFORMATION_ONLY)
    case = conference(family, meetings=[planned])

    hazel = recipient_view(case, family[3], SERVICE).meeting
    kit = recipient_view(case, family[2], SERVICE).meeting

    assert hazel is not None and kit is not None
    assert (hazel.interpreter_language, hazel.interpreter_booked) == ("pl", True)
    assert (hazel.childcare, hazel.travel_help) == ("A crèche next door", "Bus fares paid")
    assert (kit.interpreter_language, kit.childcare, kit.travel_help) == ("", "", "")
    assert kit.session is MeetingSession.INFORMATION_ONLY and hazel.session is None
    for view in (hazel, kit):
        assert not shows(view, "allergic") and not shows(view, "side door")
        assert not shows(view, "waits outside")


def test_the_meeting_is_the_next_one_planned() -> None:
    held = meeting(status=MeetingStatus.HELD, venue_name="Old Hall")
    cancelled = meeting(status=MeetingStatus.CANCELLED, venue_name="Closed Hall")
    planned = meeting(venue_name="New Hall")
    case = conference(_family(), meetings=[held, planned, cancelled])

    shown = recipient_view(case, case.participants[2], SERVICE).meeting
    assert shown is not None and shown.venue_name == "New Hall"


def test_the_view_names_the_children_and_the_childs_advocate_but_no_birthday() -> None:
    family = _family()
    family[0].known_as = "Pippa"
    case = conference(family)

    pip = recipient_view(case, family[0], SERVICE)

    assert pip.children == ("Pippa",)
    assert pip.recipient is not None
    assert (pip.recipient.is_child, pip.recipient.advocate_name) == (True, "Ada Advocate")
    assert pip.recipient.role is Role.CHILD


def test_other_peoples_contact_details_never_enter_a_view() -> None:
    family = _family()
    school = item(1, "School", "Pip is often late.", sensitivity=Sensitivity.ORDINARY)
    case = conference(family, [school], [meeting()], [plan(1, family)])

    for someone in family:
        texts = strings_in(recipient_view(case, someone, SERVICE))
        for other in family:
            if other is not someone:
                for detail in (other.address, other.phone, other.email):
                    assert not detail or all(detail not in text for text in texts)


def test_never_to_appear_lists_withheld_texts_summaries_and_confidential_details() -> None:
    family = _family()
    health = item(1, "Health", "Maple sees a counsellor.", sensitivity=Sensitivity.SENSITIVE)
    decide(health, family[0], SharingChoice.SUMMARY, "Mum is getting help.")
    decide(health, family[2], SharingChoice.WITHHOLD)
    same_words = item(2, "Also", "Maple sees a counsellor.", sensitivity=Sensitivity.ORDINARY)
    case = conference(family, [health])

    assert never_to_appear(case, family[2]) == {
        "Maple sees a counsellor.", "Mum is getting help.", HIDDEN_ADDRESS, HIDDEN_PHONE,
        HIDDEN_EMAIL}
    assert never_to_appear(case, family[0]) == {
        "Maple sees a counsellor.", HIDDEN_ADDRESS, HIDDEN_PHONE, HIDDEN_EMAIL}
    case.information_items.append(same_words)
    assert "Maple sees a counsellor." not in never_to_appear(case, family[2])


def test_carried_items_name_each_item_the_view_carries() -> None:
    family = _family()
    school = item(1, "School", "Pip is often late.", sensitivity=Sensitivity.ORDINARY)
    police = item(2, "Police", "The police came.", sensitivity=Sensitivity.HIGHLY_SENSITIVE)
    health = item(3, "Health", "Maple sees a counsellor.", sensitivity=Sensitivity.SENSITIVE)
    decide(police, family[2], SharingChoice.SUMMARY, "The police helped.")
    case = conference(family, [school, police, health])

    view = recipient_view(case, family[2], SERVICE)

    assert view.carried_items() == [{"uid": "item1", "title": "School"},
                                    {"uid": "item2", "title": "Police"}]
