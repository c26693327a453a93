"""Items under headings in the reader's language, and names paired with relationships.

A translated document puts each item under the app's own heading for its
kind, not the English title the coordinator typed; an item of no set kind
keeps its title, with the note that some words are in English. The English
document keeps the typed titles. A person's relationship reads clearly
whatever brackets or commas it holds.
"""

from fgc_desktop.disclosure import recipient_view
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.domain.enums import (
    Attendance,
    InformationCategory,
    MeetingSession,
    MeetingStatus,
)
from fgc_desktop.store.models import Conference, Participant
from tests.disclosure.factories import SERVICE, attend, conference, item, meeting, person, plan
from tests.documents.demo_cases import pdf_text

WORRIES_TITLE = "What the social worker is worried about"
WELSH_NOTE = "Mae rhai geiriau yma yn Saesneg."


def _case() -> tuple[Conference, Participant]:
    reader = person(2, "Maple", relationship_to_child="Grandmother (Pip's mother)",
                    preferred_language="cy")
    others = [person(1, "Pip", is_subject_child=True),
              person(3, "Kit", relationship_to_child="Friend, lives next door")]
    information = [
        item(1, WORRIES_TITLE, "Pip misses school.", category=InformationCategory.WORRIES),
        item(2, "The school's view", "Pip is often late.",
             category=InformationCategory.WORRIES),
        item(3, "A note from the football club", "Pip plays on Saturdays.",
             category=InformationCategory.OTHER),
        item(4, "Who comes", "Maple and Kit.", category=InformationCategory.INVITEE_LIST),
    ]
    return conference([reader, *others], information), reader


def _text(language: str) -> str:
    case, reader = _case()
    view = recipient_view(case, reader, SERVICE)
    return pdf_text(render_document("invitation", view, RenderOptions(language=language)))


def test_a_welsh_invitation_heads_each_item_in_welsh_not_with_its_english_title() -> None:
    text = _text("cy")

    assert WORRIES_TITLE not in text and "The school's view" not in text
    assert text.count("Beth sy'n poeni'r gweithwyr") == 1, "one heading for both worries"
    assert "Pip misses school. Pip is often late." in text
    assert "Who comes" not in text and "Pwy sy'n cael gwahoddiad Maple and Kit." in text


def test_an_item_of_no_set_kind_keeps_its_title_with_the_note_it_is_in_english() -> None:
    text = _text("cy")

    assert "A note from the football club Pip plays on Saturdays." in text
    assert text.count(WELSH_NOTE) == 1


def test_the_english_invitation_keeps_the_typed_titles() -> None:
    text = _text("en")

    for title in (WORRIES_TITLE, "The school's view", "A note from the football club",
                  "Who comes"):
        assert title in text
    assert "What the workers are worried about" not in text


def test_invitees_are_listed_with_a_dash_before_a_relationship_with_brackets_or_commas() -> None:
    text = _text("en")

    assert "Kit Testerson – Friend, lives next door" in text
    assert "(Friend" not in text


def test_who_took_part_reads_the_same_way_in_english_and_welsh() -> None:
    case, reader = _case()
    held = meeting(id=7, status=MeetingStatus.HELD)
    for someone in case.participants:
        attend(held, someone, MeetingSession.WHOLE)
        held.attendees[-1].attendance = Attendance.ATTENDED
    case.meetings = [held]
    case.plan_versions = [plan(1, case.participants, made_at_meeting_id=7)]
    view = recipient_view(case, reader, SERVICE)
    for language, heading in (("en", "Who took part"), ("cy", "Pwy gymerodd ran")):
        text = pdf_text(render_document("plan", view, RenderOptions(language=language)))
        took_part = text.split(heading, 1)[1].strip()
        assert took_part.startswith(
            "Maple Testerson – Grandmother (Pip's mother) Pip Testerson "
            "Kit Testerson – Friend, lives next door"), language
