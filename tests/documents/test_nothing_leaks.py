"""No document shows anything its recipient may not see, and each shows all it may.

For every demo conference, every kind of document and every person it is
for, the PDF's text is read back: none of the texts in ``never_to_appear``
is in it, and every item the view carries is.
"""


import pytest

from fgc_desktop.documents.composer import lines_of
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import Case, demo_cases, flat, pdf_text


@pytest.fixture(scope="module")
def cases(demo_db: Database) -> list[Case]:
    return demo_cases(demo_db)


@pytest.fixture(scope="module")
def english(cases: list[Case]) -> list[tuple[Case, str]]:
    """Each case's document in English, read back."""
    return [(case, pdf_text(render_document(case.kind, case.view, RenderOptions(language="en"))))
            for case in cases]


def test_the_demo_gives_every_kind_of_document_someone_to_read_it(cases: list[Case]) -> None:
    kinds = {case.kind.key for case in cases if case.view.recipient or case.kind.for_anyone}
    assert kinds == {"invitation", "child_invitation", "leaflet", "plan", "review_invitation"}
    assert any(case.view.items for case in cases), "the demo shares some items"
    assert any(case.forbidden for case in cases), "the demo keeps something from someone"


def test_no_document_shows_what_its_reader_may_not_see(
    english: list[tuple[Case, str]],
) -> None:
    for case, text in english:
        leaked = [secret for secret in case.forbidden if flat(secret) in text]
        assert leaked == [], case.name


def test_nor_does_its_large_print_copy(cases: list[Case]) -> None:
    for case in cases:
        if case.forbidden:
            text = pdf_text(render_document(
                case.kind, case.view, RenderOptions(language="en", large_print=True)))
            assert [secret for secret in case.forbidden if flat(secret) in text] == [], case.name


def test_every_document_for_a_person_shows_each_item_they_may_read(
    english: list[tuple[Case, str]],
) -> None:
    checked = 0
    for case, text in english:
        for item in case.view.items:
            assert flat(item.title) in text, case.name
            for line in lines_of(item.text):
                assert flat(line) in text, (case.name, line)
            checked += 1
    assert checked > 0


def test_the_leaflet_names_nobody(cases: list[Case]) -> None:
    leaflets = [case for case in cases if case.kind.key == "leaflet"]
    people = {case.view.recipient.name for case in cases if case.view.recipient}
    for case in leaflets:
        text = pdf_text(render_document(case.kind, case.view))
        assert [name for name in people if name in text] == []
        assert case.reference not in text
