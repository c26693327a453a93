"""Each kind of document, read back in English, says what practice says it must."""

from dataclasses import replace
from pathlib import Path

import pytest

from fgc_desktop.disclosure import FreeText, RecipientView
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.domain.enums import ChildParticipation, MeetingSession, ReferrerDecision
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import (
    SERVICE_NAME,
    SERVICE_PHONE,
    conference_id,
    pdf_text,
    table_columns,
)
from tests.documents.typesetting.pdf_text import page_lines

ENGLISH = RenderOptions(language="en")


def _view(db: Database, reference: str, display_name: str | None) -> RecipientView:
    from sqlalchemy import select

    from fgc_desktop.store.models import Participant

    number = conference_id(db, reference)
    if display_name is None:
        return view_for(db, number, None)
    with db.session() as session:
        people = session.scalars(select(Participant).where(
            Participant.conference_id == number)).all()
        person = next(p.id for p in people if p.display_name == display_name)
    return view_for(db, number, person)


def _text(kind: str, view: RecipientView, options: RenderOptions = ENGLISH) -> str:
    return pdf_text(render_document(kind, view, options))


def test_an_adults_invitation_says_why_when_where_what_and_who_to_ask(
    demo_db: Database,
) -> None:
    view = _view(demo_db, "DEMO-0003", "Halina Przykładowska")
    assert view.meeting is not None and view.meeting.starts_at is not None
    text = _text("invitation", view)
    day = view.meeting.starts_at.astimezone()
    for expected in (
        "You are invited to a family meeting", "Dear Halina Przykładowska,",
        "a family meeting about Zuzia and Kuba", "Why we are meeting",
        "What the social worker is worried about",
        f"{day:%A}, {day.day} {day:%B %Y}, at {day:%H:%M}",
        view.meeting.venue_name, "Lift to the first floor.",
        "Private family time.", "The workers leave the room.",
        "Food and drink:", "If you cannot come", "You can still have your say.",
        "Who else is invited", "Marek Przykładowski", "Your coordinator is Sam Exampleby.",
        SERVICE_PHONE, "Please let us know if you can come.",
    ):
        assert expected in text, expected
    assert "Halina Przykładowska (" not in text, "the reader is not in their own list"


def test_an_invitation_offers_the_interpreter_childcare_and_travel_help_arranged(
    demo_db: Database,
) -> None:
    text = _text("invitation", _view(demo_db, "DEMO-0003", "Kasia Przykładowska"))
    assert "An interpreter who speaks Polish will be there." in text
    layla = _text("invitation", _view(demo_db, "DEMO-0002", "Layla Exemplar-Haddad"))
    assert "Childcare: A crèche worker for Mariam in the playroom next door." in layla


def test_someone_invited_to_one_part_is_told_which_part_but_not_why(demo_db: Database) -> None:
    view = _view(demo_db, "DEMO-0003", "Halina Przykładowska")
    assert view.meeting is not None
    only_first = replace(view, meeting=replace(
        view.meeting, session=MeetingSession.INFORMATION_ONLY))
    text = _text("invitation", only_first)
    assert "Please come to the first part of the meeting, when we share information." in text
    private = replace(view, meeting=replace(view.meeting, session=MeetingSession.SEPARATE))
    assert "You will have a meeting of your own." in _text("invitation", private)


def test_a_childs_invitation_names_their_advocate_and_the_way_they_chose(
    demo_db: Database,
) -> None:
    text = _text("child_invitation", _view(demo_db, "DEMO-0004", "Hamza Misaal"))
    for expected in (
        "An invitation for you", "Hello Hamza,", "Your advocate is Jamie Voiceworth.",
        "You have chosen to ask your advocate to speak for you.",
        "You can still choose another way. Just tell us.",
    ):
        assert expected in text, expected
    assert "Write a letter, or draw a picture." not in text, "no list once a way is chosen"


def test_a_child_greeted_by_the_name_they_are_known_by(demo_db: Database) -> None:
    text = _text("child_invitation", _view(demo_db, "DEMO-0003", "Zuzia Przykładowska"))

    assert "Hello Zuzia," in text
    assert "Zuzanna" not in text and "Hello Zuzia Przykładowska" not in text
    assert "You have chosen to come to part of the meeting." in text


def test_a_child_who_has_not_chosen_yet_gets_every_way_to_take_part(
    demo_db: Database,
) -> None:
    view = _view(demo_db, "DEMO-0004", "Hamza Misaal")
    assert view.recipient is not None
    undecided = replace(view, recipient=replace(
        view.recipient, child_participation=ChildParticipation.UNDECIDED))

    text = _text("child_invitation", undecided)

    for expected in (
        "You can choose the way that suits you best:", "Come to the meeting",
        "Write a letter, or draw a picture.", "Record a voice message or a video.",
        "Ask your advocate to speak for you.",
    ):
        assert expected in text, expected
    assert "You have chosen" not in text


def test_the_leaflet_explains_the_meeting_to_anyone(demo_db: Database) -> None:
    text = _text("leaflet", _view(demo_db, "DEMO-0004", None))
    for expected in ("What happens at a family group conference", "Private family time.",
                     "After the meeting", "An advocate can help them", SERVICE_PHONE):
        assert expected in text, expected


def test_the_family_plan_holds_every_part_of_a_plan(demo_db: Database) -> None:
    view = _view(demo_db, "DEMO-0004", "Saima Misaal")
    plan = view.plan
    assert plan is not None and plan.review_date is not None
    pdf = render_document("plan", view, ENGLISH)
    text = pdf_text(pdf)
    columns = table_columns(pdf)
    for expected in (
        "Our family plan", "Version 1, made on", "What we will do", "How we will know it",
        "Who checks", "Help from services", "A women's group with a crèche",
        "If things go wrong: our back-up plan", plan.backup_plan.english,
        "How we will check the plan is working", plan.monitoring.english,
        f"We will meet again on {plan.review_date:%A}", "Nasreen Misaal is the family lead.",
        "The referrer agreed this plan.", "Who gets a copy of this plan", "Dani Fictionby",
    ):
        assert expected in text, expected
    for action in plan.actions:
        for cell in (action.what, action.who, action.how_known, action.who_checks):
            assert any(cell.english in column for column in columns), cell


def test_a_plan_not_agreed_gives_the_referrers_reasons(demo_db: Database) -> None:
    view = _view(demo_db, "DEMO-0004", "Saima Misaal")
    assert view.plan is not None
    refused = replace(view, plan=replace(
        view.plan, referrer_decision=ReferrerDecision.NOT_AGREED,
        referrer_reasons=FreeText("The plan does not say who collects the children from "
                                  "school.")))
    text = _text("plan", refused)
    assert "The referrer did not agree this plan. The family can change it." in text
    assert "The plan does not say who collects the children from school." in text


def test_no_plan_is_printed_for_someone_off_its_list(demo_db: Database) -> None:
    view = _view(demo_db, "DEMO-0004", "Aliza Misaal")
    assert view.plan is None
    with pytest.raises(UserError, match="not on the plan's list"):
        render_document("plan", view, ENGLISH)


def test_a_review_invitation_gives_the_review_date(demo_db: Database) -> None:
    view = _view(demo_db, "DEMO-0005", "Dafydd Testwood")
    assert view.review_date is not None
    text = _text("review_invitation", view)
    assert "You are invited to a review meeting" in text
    assert f"{view.review_date:%A}, {view.review_date.day} {view.review_date:%B %Y}" in text
    assert "Please bring your copy of the plan, version 2." in text


def test_every_page_carries_the_service_and_the_reference(demo_db: Database) -> None:
    pdf = render_document("plan", _view(demo_db, "DEMO-0004", "Saima Misaal"),
                          RenderOptions(language="en", large_print=True))
    pages = page_lines(pdf)
    assert len(pages) > 1
    for lines in pages:
        assert lines[0] == SERVICE_NAME
        assert any("Civic Offices, 1 Example Street, Exampleton EX1 2AB" in line
                   for line in lines)
        assert any("Our reference: DEMO-0004" in line for line in lines)


def test_the_coordinators_own_phone_is_printed_only_when_the_service_says_so(
    demo_db: Database,
) -> None:
    view = _view(demo_db, "DEMO-0004", "Saima Misaal")
    private = replace(view, service=replace(view.service, coordinator_phone="07700 900999"))
    assert "07700 900999" not in _text("invitation", private)
    shown = replace(private, service=replace(private.service, print_coordinator_contact=True))
    assert "07700 900999" in _text("invitation", shown)


def test_a_bad_logo_is_refused_with_a_message(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="logo"):
        render_document("leaflet", _view(demo_db, "DEMO-0004", None),
                        RenderOptions(logo_png=b"not a picture"))
