"""Languages, bilingual copies, large print and the PDF's own details."""

import io

import pytest
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pypdf import PdfReader

from fgc_desktop.disclosure import RecipientView
from fgc_desktop.documents.registry import DOCUMENTS
from fgc_desktop.documents.render import RenderOptions, document_languages, render_document
from fgc_desktop.documents.typesetting import LARGE_PRINT, STANDARD
from fgc_desktop.documents.wording import has_translations
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.languages import LANGUAGES
from tests.documents.demo_cases import SERVICE_NAME
from tests.documents.typesetting.pdf_text import all_lines, page_lines


@pytest.mark.parametrize("language", [language.code for language in LANGUAGES])
def test_every_document_prints_in_every_language(
    views: dict[str, RecipientView], language: str
) -> None:
    """The engine refuses any character it cannot print, so a finished PDF has no boxes.

    Until a language's catalogue exists its words are English, and so is ``/Lang``.
    """
    words_in = language if has_translations(language) else "en"
    for kind in DOCUMENTS:
        pdf = render_document(kind, views[kind.key], RenderOptions(language=language))
        assert str(PdfReader(io.BytesIO(pdf)).root_object["/Lang"]) == words_in
        assert any(line.strip() for line in all_lines(pdf))


def test_each_person_gets_their_own_language_unless_another_is_chosen(
    views: dict[str, RecipientView],
) -> None:
    nasreen = views["invitation"]
    assert document_languages(nasreen, RenderOptions()) == ("ur",)
    assert document_languages(nasreen, RenderOptions(language="en")) == ("en",)
    assert document_languages(nasreen, RenderOptions(bilingual=True)) == ("ur", "en")
    assert document_languages(views["leaflet"], RenderOptions()) == ("en",)
    with pytest.raises(UserError, match="cannot be printed in"):
        render_document("leaflet", views["leaflet"], RenderOptions(language="tlh"))


def test_a_welsh_bilingual_copy_puts_the_welsh_first(views: dict[str, RecipientView]) -> None:
    pdf = render_document("invitation", views["invitation"],
                          RenderOptions(language="cy", bilingual=True))
    lines = all_lines(pdf)
    assert lines.index("Cymraeg") < lines.index("English")
    assert lines.index("Cymraeg") < 3, "Welsh is the first thing read under the letterhead"
    reader = PdfReader(io.BytesIO(pdf))
    assert str(reader.root_object["/Lang"]) == ("cy" if has_translations("cy") else "en")
    assert reader.metadata is not None and reader.metadata.title is not None
    assert " / " in reader.metadata.title


def test_an_english_reader_gets_one_copy_even_when_bilingual_is_asked(
    views: dict[str, RecipientView],
) -> None:
    pdf = render_document("leaflet", views["leaflet"], RenderOptions(bilingual=True))
    assert "English" not in all_lines(pdf)[:3]


def _body_sizes(pdf: bytes) -> set[float]:
    """The sizes of the letters on the first page, letterhead and footer aside."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    page = next(PDFPage.get_pages(io.BytesIO(pdf)))
    interpreter.process_page(page)
    top, bottom = page.mediabox[3] - 60, 60
    return {round(item.size, 1) for item in device.get_result()
            if isinstance(item, LTChar) and bottom < item.y0 < top}


def test_large_print_sets_every_letter_in_the_large_style(
    views: dict[str, RecipientView],
) -> None:
    standard = _body_sizes(render_document("invitation", views["invitation"],
                                           RenderOptions(language="en")))
    large = _body_sizes(render_document("invitation", views["invitation"],
                                        RenderOptions(language="en", large_print=True)))
    assert min(standard) == STANDARD.body.size
    assert min(large) == LARGE_PRINT.body.size


def test_a_childs_invitation_is_in_larger_type(views: dict[str, RecipientView]) -> None:
    child = _body_sizes(render_document("child_invitation", views["child_invitation"]))
    assert min(child) > STANDARD.body.size


def test_the_pdf_says_its_title_language_and_author(views: dict[str, RecipientView]) -> None:
    pdf = render_document("plan", views["plan"], RenderOptions(language="en"))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Our family plan"
    assert reader.metadata.author == SERVICE_NAME
    assert str(reader.root_object["/Lang"]) == "en"


def test_the_service_is_named_at_the_top_of_every_page_in_every_script(
    views: dict[str, RecipientView],
) -> None:
    for language in ("en", "ar", "ur", "bn", "ti"):
        pages = page_lines(render_document("plan", views["plan"],
                                           RenderOptions(language=language, large_print=True)))
        assert len(pages) > 1
        assert all(SERVICE_NAME in lines[0] or SERVICE_NAME[::-1] in lines[0]
                   for lines in pages), language
