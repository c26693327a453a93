"""The app's own words in every family document read at a reading age of 9 to 11.

Each kind in the documents registry is written for every demo recipient; the
sentences the app wrote (not the names, dates and words coordinators typed)
must have a Flesch-Kincaid grade of 6 or lower and 15 words a sentence or fewer
on average. The figures are printed; ``fgc-desktop readability`` prints them too.
"""

import pytest
from sqlalchemy import select

from fgc_desktop.cli import main
from fgc_desktop.documents.registry import DOCUMENTS, DocumentKind
from fgc_desktop.domain.readability import FAMILY_GRADE_LIMIT, FAMILY_SENTENCE_LIMIT
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.readability import (
    DocumentFigures,
    app_sentence,
    demo_document_figures,
    document_figures,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import InformationItem, Participant


@pytest.fixture(scope="module")
def figures() -> dict[str, DocumentFigures]:
    return {figure.kind.key: figure for figure in demo_document_figures()}


@pytest.mark.parametrize("kind", DOCUMENTS, ids=[kind.key for kind in DOCUMENTS])
def test_each_document_reads_at_a_reading_age_of_nine_to_eleven(
    kind: DocumentKind, figures: dict[str, DocumentFigures]
) -> None:
    measured = figures[kind.key].readability
    said = (f"{kind.key}: {measured.words} words, {measured.sentences} sentences, "
            f"{measured.average_sentence_length:.1f} words a sentence, Flesch-Kincaid grade "
            f"{measured.grade:.1f}, reading age {measured.reading_age}")
    print(said)

    assert measured.words > 50, said
    assert measured.grade <= FAMILY_GRADE_LIMIT, said
    assert measured.average_sentence_length <= FAMILY_SENTENCE_LIMIT, said


def test_only_the_apps_words_are_measured(db: Database) -> None:
    load_demo(db)
    with db.session() as session:
        names = {name for person in session.scalars(select(Participant))
                 for name in (person.given_name, person.family_name) if len(name) > 3}
        typed = [item.text for item in session.scalars(select(InformationItem)) if item.text]

    sentences = [s for figure in document_figures(db) for s in figure.sentences]

    assert names and typed
    assert [s for s in sentences if any(name in s for name in names)] == []
    assert [s for s in sentences if any(text in s for text in typed)] == []


def test_a_filled_in_value_counts_as_one_short_word_and_patterns_are_skipped() -> None:
    assert app_sentence("Your coordinator is %(name)s.") == "Your coordinator is Sam."
    assert app_sentence("The plan has %(count)s steps.") == "The plan has two steps."
    assert app_sentence("Dear %(name)s,") == ""
    assert app_sentence("%(start)s to %(end)s") == ""
    assert app_sentence("Who comes") == "Who comes"


def test_the_command_prints_the_figures_for_each_document(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["readability"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["document", "words", "sentences", "words/sentence",
                                "FK", "grade", "reading", "age", "bar"]
    assert [line.split()[0] for line in lines[1:-1]] == [kind.key for kind in DOCUMENTS]
    assert lines[-1].startswith("The bar: a Flesch-Kincaid grade of 6 or lower")
