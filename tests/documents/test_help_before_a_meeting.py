"""Help a person needs is promised in their invitation even before a meeting is planned."""

from fgc_desktop.disclosure import recipient_view
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.domain.enums import MeetingKind
from fgc_desktop.store.models import Conference, Participant
from tests.disclosure.factories import SERVICE, conference, meeting, person
from tests.documents.demo_cases import pdf_text

INTERPRETER = "We will book an interpreter who speaks Polish for you."
TRAVEL = "We will help you travel to the meeting."
CHILDCARE = "We will arrange childcare for you, so you can come."


def _needs_everything() -> Participant:
    return person(2, "Maple", relationship_to_child="Mother", preferred_language="pl",
                  needs_interpreter=True, interpreter_language="pl", needs_childcare=True,
                  needs_travel_help=True)


def _text(kind: str, case: Conference, reader: Participant, language: str = "en") -> str:
    view = recipient_view(case, reader, SERVICE)
    return pdf_text(render_document(kind, view, RenderOptions(language=language)))


def test_with_no_meeting_yet_the_invitation_still_promises_each_help() -> None:
    maple = _needs_everything()
    text = _text("invitation", conference([maple]), maple)

    assert "We will tell you the day, the time and the place soon." in text
    assert INTERPRETER in text and TRAVEL in text and CHILDCARE in text


def test_someone_who_needs_no_help_is_promised_none() -> None:
    kit = person(3, "Kit", relationship_to_child="Father")
    text = _text("invitation", conference([kit]), kit)

    assert "interpreter" not in text and TRAVEL not in text and CHILDCARE not in text


def test_a_meeting_with_no_arrangements_written_yet_still_promises_them() -> None:
    maple = _needs_everything()
    text = _text("invitation", conference([maple], meetings=[meeting(childcare="",
                                                                     travel_help="")]), maple)

    assert "We are booking an interpreter who speaks Polish." in text
    assert TRAVEL in text and CHILDCARE in text and "Childcare:" not in text


def test_arrangements_written_down_are_printed_instead_of_the_promise() -> None:
    maple = _needs_everything()
    text = _text("invitation", conference([maple], meetings=[meeting()]), maple)

    assert "Childcare: A crèche next door" in text and "Help with travel: Bus fares paid" in text
    assert TRAVEL not in text and CHILDCARE not in text


def test_a_review_invitation_before_the_review_is_planned_promises_the_help_too() -> None:
    maple = _needs_everything()
    held = meeting(kind=MeetingKind.CONFERENCE)
    text = _text("review_invitation", conference([maple], meetings=[held]), maple)

    assert INTERPRETER in text and TRAVEL in text and CHILDCARE in text


def test_the_promise_is_in_the_readers_language() -> None:
    maple = _needs_everything()
    text = _text("invitation", conference([maple]), maple, language="cy")

    assert "Byddwn ni'n trefnu cyfieithydd sy'n siarad Pwyleg i chi." in text
    assert "Byddwn ni'n eich helpu i deithio i'r cyfarfod." in text
    assert "Byddwn ni'n trefnu gofal plant i chi, er mwyn i chi allu dod." in text
