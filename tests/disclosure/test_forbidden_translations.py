"""Translations of what someone may not read are on the list of what must never print.

An interpreter's Welsh for a withheld item, or for the full text of an item a
person gets only a summary of, is as private as the English; it never reaches
that person's Welsh letter, while the Welsh of what they may read does.
"""

from fgc_desktop.disclosure import never_to_appear, recipient_view
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.domain.enums import InformationCategory, Sensitivity, SharingChoice
from fgc_desktop.store.models import Conference, Participant, TextTranslation
from tests.disclosure.factories import SERVICE, conference, decide, item, person
from tests.documents.demo_cases import pdf_text

POLICE_IN_WELSH = "Galwyd yr heddlu ym mis Chwefror."
SUMMARY_FOR_KIT_IN_WELSH = "Bu'r heddlu yn y tŷ unwaith."
HEALTH_IN_WELSH = "Mae Pip yn gweld y meddyg bob mis."
HEALTH_SUMMARY_IN_WELSH = "Mae Pip yn cael help gyda'i iechyd."
WORRIES_IN_WELSH = "Mae Pip yn colli'r ysgol yn aml."


def _case() -> tuple[Conference, Participant, Participant]:
    maple = person(2, "Maple", relationship_to_child="Mother", preferred_language="cy")
    kit = person(3, "Kit", relationship_to_child="Father", preferred_language="cy")
    police = item(1, "Last winter", "Police were called in February.",
                  category=InformationCategory.POLICE, sensitivity=Sensitivity.HIGHLY_SENSITIVE)
    decide(police, maple, SharingChoice.WITHHOLD)
    decide(police, kit, SharingChoice.SUMMARY, "The police came once.").uid = "kitsummary"
    health = item(2, "Pip's health", "Pip sees the doctor every month.",
                  category=InformationCategory.HEALTH, sensitivity=Sensitivity.SENSITIVE)
    decide(health, maple, SharingChoice.SUMMARY, "Pip gets help with health.").uid = "maple"
    worries = item(3, "Worries", "Pip often misses school.",
                   category=InformationCategory.WORRIES)
    case = conference([person(1, "Pip", is_subject_child=True), maple, kit],
                      [police, health, worries])
    for owner, field, text in (
        ("item1", "text", POLICE_IN_WELSH), ("kitsummary", "summary", SUMMARY_FOR_KIT_IN_WELSH),
        ("item2", "text", HEALTH_IN_WELSH), ("maple", "summary", HEALTH_SUMMARY_IN_WELSH),
        ("item3", "text", WORRIES_IN_WELSH),
    ):
        case.translations.append(TextTranslation(owner_uid=owner, field=field, language="cy",
                                                 text=text))
    return case, maple, kit


def test_the_welsh_of_withheld_texts_is_never_to_appear() -> None:
    case, maple, _kit = _case()

    forbidden = never_to_appear(case, maple)

    assert {POLICE_IN_WELSH, SUMMARY_FOR_KIT_IN_WELSH, HEALTH_IN_WELSH} <= forbidden
    assert HEALTH_SUMMARY_IN_WELSH not in forbidden and WORRIES_IN_WELSH not in forbidden


def test_a_withheld_items_welsh_never_prints_in_that_persons_welsh_letter() -> None:
    case, maple, _kit = _case()

    text = pdf_text(render_document("invitation", recipient_view(case, maple, SERVICE),
                                    RenderOptions(language="cy")))

    assert [secret for secret in never_to_appear(case, maple) if secret in text] == []
    assert POLICE_IN_WELSH not in text and HEALTH_IN_WELSH not in text
    assert HEALTH_SUMMARY_IN_WELSH in text and WORRIES_IN_WELSH in text


def test_someone_given_a_summary_gets_its_welsh_and_never_the_full_texts_welsh() -> None:
    case, _maple, kit = _case()

    text = pdf_text(render_document("invitation", recipient_view(case, kit, SERVICE),
                                    RenderOptions(language="cy")))

    assert SUMMARY_FOR_KIT_IN_WELSH in text
    assert POLICE_IN_WELSH in never_to_appear(case, kit) and POLICE_IN_WELSH not in text
