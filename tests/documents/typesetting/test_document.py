"""The finished PDF: metadata, bilingual blocks, lists and headings."""

import io

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from fgc_desktop.documents.typesetting import (
    CHILD_FRIENDLY,
    LARGE_PRINT,
    STANDARD,
    Span,
    bilingual,
    build_pdf,
    bullet_list,
    heading,
    paragraph,
)

from .pdf_text import all_lines, expected_visual, glyph_lines, page_glyphs
from .samples import SAMPLES


def _catalogue_and_info(pdf: bytes) -> tuple[dict[str, object], dict[str, str]]:
    document = PDFDocument(PDFParser(io.BytesIO(pdf)))
    info = {
        key: decode_text(value)
        for key, value in document.info[0].items()
        if isinstance(value, bytes)
    }
    return document.catalog, info


def test_the_pdf_carries_title_author_subject_language_and_direction() -> None:
    pdf = build_pdf(
        [paragraph(SAMPLES["ar"], "ar", STANDARD.body)],
        title="دعوة إلى اجتماع العائلة",
        language="ar",
        author="Riverside FGC Service",
        subject="Invitation",
    )
    catalogue, info = _catalogue_and_info(pdf)
    assert info["Title"] == "دعوة إلى اجتماع العائلة"
    assert info["Author"] == "Riverside FGC Service"
    assert info["Subject"] == "Invitation"
    assert resolve1(catalogue["Lang"]) == b"ar"
    assert resolve1(catalogue["ViewerPreferences"])["Direction"].name == "R2L"


def test_bilingual_blocks_come_in_the_order_given_each_under_its_own_name() -> None:
    story = bilingual(
        [
            ("ar", [paragraph(SAMPLES["ar"], "ar", STANDARD.body)]),
            ("en", [paragraph(SAMPLES["en"], "en", STANDARD.body)]),
        ],
        STANDARD,
    )
    lines = all_lines(build_pdf(story, title="t", language="ar", author="a"))
    arabic = expected_visual(SAMPLES["ar"], right_to_left=True)
    assert lines == ["العربية"[::-1], arabic, "English", SAMPLES["en"]]


def test_bullets_stand_on_the_reading_side() -> None:
    for code, item, bullet_on_right in (("ar", "البند الأول", True), ("en", "First item", False)):
        pdf = build_pdf(
            bullet_list([item], code, STANDARD.body), title="t", language=code, author="a"
        )
        [line] = glyph_lines(page_glyphs(pdf)[0])
        bullet = next(glyph for glyph in line if glyph.text == "•")
        words = [glyph for glyph in line if glyph.text not in "• "]
        assert all((bullet.x0 > glyph.x1) == bullet_on_right for glyph in words)


def test_headings_bold_spans_and_every_style_set_render() -> None:
    story = [
        heading("Family plan", "en", STANDARD),
        heading("Who is coming", "en", STANDARD, 2),
        paragraph([Span("Where: ", bold=True), Span("Oak Room, Riverside")], "en", STANDARD.body),
        paragraph("Large print for Nan.", "en", LARGE_PRINT.body),
        paragraph("Big letters for Sam.", "en", CHILD_FRIENDLY.body),
        paragraph("ਤੁਹਾਡਾ ਸਵਾਗਤ ਹੈ", "pa", CHILD_FRIENDLY.heading(3)),
    ]
    lines = all_lines(build_pdf(story, title="t", language="en", author="a"))
    assert lines[:5] == [
        "Family plan",
        "Who is coming",
        "Where: Oak Room, Riverside",
        "Large print for Nan.",
        "Big letters for Sam.",
    ]
    assert lines[5] == "ਤੁਹਾਡਾ ਸਵਾਗਤ ਹੈ"


def test_a_new_line_in_the_text_starts_a_new_line_on_the_page() -> None:
    pdf = build_pdf(
        [paragraph("Oak Room\nRiverside Centre\n\nTuesday", "en", STANDARD.body)],
        title="t",
        language="en",
        author="a",
    )
    assert all_lines(pdf) == ["Oak Room", "Riverside Centre", "Tuesday"]
