"""Typed words in print: interpreters' translations, the note where there is none, who took part.

Read back from the PDFs of the demo's Welsh family (DEMO-0005): its worries
and one action of its plan have Welsh translations, the other actions do not.
"""

from datetime import date

from sqlalchemy import select

from fgc_desktop.disclosure import RecipientView, recipient_view
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.enums import Role
from fgc_desktop.services.demo_review import SATURDAYS_IN_WELSH, WORRIES_IN_WELSH
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Participant, TextTranslation
from tests.disclosure.factories import SERVICE, conference, person, plan
from tests.documents.demo_cases import (
    conference_id,
    flat,
    pdf_text,
    table_columns,
)

SATURDAYS = "Nain Eirlys has Lowri every Saturday morning, so Ffion can rest."
WEEKDAYS = "Nain Eirlys keeps coming every weekday morning."
WELSH_NOTE = "Mae rhai geiriau yma yn Saesneg. Gofynnwch i Rhian Sampleton eich helpu i'w darllen."
ENGLISH_NOTE = "Some words here are in English."


def _view(db: Database, reference: str, display_name: str) -> RecipientView:
    number = conference_id(db, reference)
    with db.session() as session:
        people = session.scalars(select(Participant).where(
            Participant.conference_id == number)).all()
        person_id = next(p.id for p in people if p.display_name == display_name)
    return view_for(db, number, person_id)


def _plan(db: Database, options: RenderOptions) -> str:
    """The plan's text, with the table of steps read column by column after it."""
    pdf = render_document("plan", _view(db, "DEMO-0005", "Ffion Testwood"), options)
    return " ".join([pdf_text(pdf), *table_columns(pdf)])


def test_a_welsh_plan_prints_the_welsh_translation_and_not_the_english(
    demo_db: Database,
) -> None:
    text = _plan(demo_db, RenderOptions())

    assert flat(SATURDAYS_IN_WELSH) in text
    assert SATURDAYS not in text
    for line in WORRIES_IN_WELSH.splitlines():
        assert flat(line) in text
    assert "some days she cannot get up" not in text


def test_an_untranslated_part_prints_the_english_with_one_welsh_note_a_section(
    demo_db: Database,
) -> None:
    text = _plan(demo_db, RenderOptions())

    assert WEEKDAYS in text
    assert "If Ffion cannot get up, she phones Nain Eirlys" in text
    read_across = pdf_text(render_document(
        "plan", _view(demo_db, "DEMO-0005", "Ffion Testwood"), RenderOptions()))
    # The table of steps, help from services, the back-up plan and the checking.
    assert read_across.count(WELSH_NOTE) == 4
    assert ENGLISH_NOTE not in text


def test_an_english_plan_prints_the_english_and_no_note(demo_db: Database) -> None:
    text = _plan(demo_db, RenderOptions(language="en"))

    assert SATURDAYS in text and WEEKDAYS in text
    assert flat(SATURDAYS_IN_WELSH) not in text
    assert ENGLISH_NOTE not in text and "Saesneg" not in text


def test_each_half_of_a_bilingual_plan_uses_its_own_language(demo_db: Database) -> None:
    text = _plan(demo_db, RenderOptions(language="cy", bilingual=True))

    assert flat(SATURDAYS_IN_WELSH) in text and SATURDAYS in text
    welsh, english = pdf_text(render_document(
        "plan", _view(demo_db, "DEMO-0005", "Ffion Testwood"),
        RenderOptions(language="cy", bilingual=True))).split("Our family plan", 1)
    assert welsh.count(WELSH_NOTE) == 4 and "Saesneg" not in english
    assert "Mae Ffion wedi bod yn isel iawn" in welsh and "Mae Ffion" not in english
    assert "Ffion has been very low" in english and "Ffion has been very low" not in welsh


def test_a_translation_holding_someone_elses_confidential_address_never_prints() -> None:
    hidden = "Flat 9, 3 Hidden Way, Testshire"
    family = [
        person(1, "Pip", role=Role.CHILD, is_subject_child=True),
        person(2, "Maple", relationship_to_child="Mother", address=hidden,
               contact_confidential=True),
        person(3, "Kit", relationship_to_child="Father", preferred_language="pl"),
    ]
    version = plan(1, family)
    version.actions[0].uid = "action1"
    case = conference(family, plans=[version])
    case.translations.append(TextTranslation(
        owner_uid="action1", field="what", language="pl",
        text=f"Odprowadzać Pip do szkoły z {hidden}"))

    text = pdf_text(render_document("plan", recipient_view(case, family[2], SERVICE)))

    assert "Hidden Way" not in text and "Odprowadzać" not in text
    assert "Walk Pip to school" in text
    assert "Niektóre słowa są tu po angielsku." in text


def test_a_plan_lists_who_took_part_and_only_those_who_came(demo_db: Database) -> None:
    text = _plan(demo_db, RenderOptions(language="en"))
    took_part = text.split("Who took part", 1)[1].split("What the plan needs to answer", 1)[0]

    for expected in ("Ffion Testwood – Mother", "Osian Testwood",
                     "Eirlys Enghraifft – Nain (Ffion's mother)", "Bethan Prawf – Social worker"):
        assert expected in took_part, expected
    assert "Dafydd" not in took_part, "he gave his views by phone and was not there"


def test_an_invitation_after_the_meeting_was_held_promises_the_date(
    demo_db: Database,
) -> None:
    view = _view(demo_db, "DEMO-0004", "Saima Misaal")
    assert view.meeting is None

    text = pdf_text(render_document("invitation", view, RenderOptions(language="en")))

    assert "We will tell you the day, the time and the place soon." in text
    assert "When:" not in text


def test_portuguese_dates_are_written_as_in_portugal() -> None:
    assert Wording("pt").full_date(date(2026, 12, 3)) == "quinta-feira, 3 de dezembro de 2026"
