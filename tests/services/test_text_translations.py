"""An interpreter's translations of the family's free text: what is offered, saved and cleared."""

from datetime import date

import pytest
from sqlalchemy import select

from fgc_desktop.domain.enums import PlanStatus, Role, SharingChoice
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.text_translations import (
    latest_translator,
    list_texts,
    save_translation,
    translation_languages,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Participant,
    PlanAction,
    PlanVersion,
    SharingDecision,
    TextTranslation,
)


def build_family(db: Database, *, second_plan: bool = False) -> int:
    """An invented family: a Welsh reader, a Polish reader, one item, a plan with two actions."""
    with db.session() as session:
        conference = Conference(reference="FGC-2026-0777", family_name="Examplewood")
        welsh = Participant(given_name="Bryn", family_name="Examplewood", role=Role.FAMILY,
                            preferred_language="cy")
        polish = Participant(given_name="Ola", family_name="Examplewood", role=Role.FAMILY,
                             preferred_language="pl")
        english = Participant(given_name="Sam", family_name="Sampleton",
                              role=Role.PROFESSIONAL)
        conference.participants = [welsh, polish, english]
        item = InformationItem(title="Health visitor's letter", text="Baby is growing well.")
        item.decisions = [
            SharingDecision(participant=welsh, choice=SharingChoice.SUMMARY,
                            summary="The baby is well."),
            SharingDecision(participant=polish, choice=SharingChoice.SHARE,
                            summary="Not printed: the whole item is shared."),
        ]
        conference.information_items = [item, InformationItem(title="Empty note")]
        plan = PlanVersion(number=1, created_on=date(2026, 3, 1), backup_plan="Call Nain.")
        plan.actions = [
            PlanAction(position=1, what="Walk to school", who="Bryn"),
            PlanAction(position=2, what="Cook on Sundays"),
        ]
        conference.plan_versions = [plan]
        if second_plan:
            plan.status = PlanStatus.SUPERSEDED
            conference.plan_versions.append(
                PlanVersion(number=2, created_on=date(2026, 6, 1), monitoring="Weekly calls."))
        session.add(conference)
        session.flush()
        return conference.id


def uid_of(db: Database, model: type[InformationItem | PlanAction | PlanVersion],
           **where: object) -> str:
    with db.session() as session:
        record = session.scalars(select(model).filter_by(**where)).one()
        return record.uid


def stored(db: Database) -> list[tuple[str, str, str, str]]:
    with db.session() as session:
        return [(row.field, row.language, row.text, row.translated_by)
                for row in session.scalars(select(TextTranslation).order_by(TextTranslation.id))]


def test_the_languages_are_those_the_people_read_other_than_english(db: Database) -> None:
    conference_id = build_family(db)

    assert translation_languages(db, conference_id) == ["cy", "pl"]


def test_every_text_with_english_is_listed_with_a_readable_label(db: Database) -> None:
    conference_id = build_family(db)

    texts = list_texts(db, conference_id, "cy")

    assert [(text.label, text.english) for text in texts] == [
        ("Health visitor's letter", "Baby is growing well."),
        ("Summary for Bryn Examplewood: Health visitor's letter", "The baby is well."),
        ("Action 1: what", "Walk to school"),
        ("Action 1: who", "Bryn"),
        ("Action 2: what", "Cook on Sundays"),
        ("Back-up plan", "Call Nain."),
    ]
    assert all(text.translation == "" for text in texts)


def test_a_replaced_plan_is_not_offered(db: Database) -> None:
    conference_id = build_family(db, second_plan=True)

    labels = [text.label for text in list_texts(db, conference_id, "pl")]

    assert "Back-up plan" not in labels
    assert labels[-1] == "How the plan will be checked"


def test_a_translation_is_saved_listed_and_replaced(db: Database) -> None:
    conference_id = build_family(db)
    action_uid = uid_of(db, PlanAction, what="Walk to school")

    before = save_translation(db, conference_id, action_uid, "what", "cy",
                              "  Cerdded i'r ysgol ", "Ann Interpreter")
    again = save_translation(db, conference_id, action_uid, "what", "cy",
                             "Cerdded i'r ysgol bob dydd", "Ann Interpreter")

    assert before.text == ""
    assert again.text == "Cerdded i'r ysgol"
    assert stored(db) == [("what", "cy", "Cerdded i'r ysgol bob dydd", "Ann Interpreter")]
    listed = next(text for text in list_texts(db, conference_id, "cy")
                  if text.label == "Action 1: what")
    assert (listed.translation, listed.translated_by) == ("Cerdded i'r ysgol bob dydd",
                                                          "Ann Interpreter")
    assert all(text.translation == "" for text in list_texts(db, conference_id, "pl"))
    assert latest_translator(db, conference_id, "cy") == "Ann Interpreter"
    assert latest_translator(db, conference_id, "pl") == ""


def test_an_empty_translation_removes_it(db: Database) -> None:
    conference_id = build_family(db)
    plan_uid = uid_of(db, PlanVersion, number=1)
    save_translation(db, conference_id, plan_uid, "backup_plan", "pl", "Zadzwoń do babci.")

    before = save_translation(db, conference_id, plan_uid, "backup_plan", "pl", "   ")

    assert before.text == "Zadzwoń do babci."
    assert stored(db) == []


def test_a_language_with_translations_stays_listed_after_its_reader_changes(
    db: Database,
) -> None:
    conference_id = build_family(db)
    save_translation(db, conference_id, uid_of(db, PlanVersion, number=1), "backup_plan", "pl",
                     "Zadzwoń do babci.")
    with db.session() as session:
        person = session.scalars(select(Participant).filter_by(given_name="Ola")).one()
        person.preferred_language = "en"

    assert translation_languages(db, conference_id) == ["cy", "pl"]


@pytest.mark.parametrize(("language", "field", "text", "says"), [
    ("en", "what", "Walk", "English is the original"),
    ("xx", "what", "Walk", "Choose the language"),
    ("cy", "notes", "Nodyn", "Close this window and open it again"),
    ("cy", "what", "x" * 40_001, "The translation is too long"),
])
def test_bad_input_says_what_to_do_and_keeps_nothing(
    db: Database, language: str, field: str, text: str, says: str
) -> None:
    conference_id = build_family(db)
    action_uid = uid_of(db, PlanAction, what="Walk to school")

    with pytest.raises(UserError, match=says):
        save_translation(db, conference_id, action_uid, field, language, text)

    assert stored(db) == []


def test_a_text_from_another_conference_is_refused(db: Database) -> None:
    build_family(db)
    with db.session() as session:
        other = Conference(reference="FGC-2026-0778", family_name="Otherby")
        session.add(other)
        session.flush()
        other_id = other.id

    with pytest.raises(UserError, match="changed or removed"):
        save_translation(db, other_id, uid_of(db, PlanAction, what="Walk to school"), "what",
                         "cy", "Cerdded")


def test_a_summary_not_printed_is_not_offered(db: Database) -> None:
    conference_id = build_family(db)

    englishes = [text.english for text in list_texts(db, conference_id, "pl")]

    assert "Not printed: the whole item is shared." not in englishes
