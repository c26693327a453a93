"""Text read back out of the PDF is the text that was typed, line by line."""

import io

import pytest
from pdfminer.high_level import extract_text
from reportlab.platypus import KeepTogether

from fgc_desktop.documents.typesetting import CHILD_FRIENDLY, STANDARD, build_pdf, paragraph
from fgc_desktop.i18n.languages import language

from .pdf_text import all_lines, expected_visual, logical_lines, page_lines
from .samples import MIXED_RIGHT_TO_LEFT, SAMPLES


def _pdf(text: str, code: str, *, repeat: int = 1) -> tuple[bytes, str]:
    long_text = " ".join([text] * repeat)
    story = [paragraph(long_text, code, CHILD_FRIENDLY.body)]
    return build_pdf(story, title="Sample", language=code, author="Test"), long_text


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_line_reads_back_in_the_order_it_is_read(code: str) -> None:
    pdf, text = _pdf(SAMPLES[code], code, repeat=3)
    lines = all_lines(pdf)
    assert len(lines) > 1
    right_to_left = language(code).right_to_left
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        assert drawn == expected_visual(logical, right_to_left=right_to_left)


@pytest.mark.parametrize("code", ["en", "cy", "ro", "uk", "ti"])
def test_an_ordinary_extractor_finds_every_word(code: str) -> None:
    pdf, text = _pdf(SAMPLES[code], code)
    extracted = " ".join(extract_text(io.BytesIO(pdf)).split())
    assert all(word in extracted for word in text.split(" "))


@pytest.mark.parametrize("code", sorted(MIXED_RIGHT_TO_LEFT))
def test_names_and_numbers_in_right_to_left_text_read_back_in_bidi_order(code: str) -> None:
    pdf, text = _pdf(MIXED_RIGHT_TO_LEFT[code], code, repeat=2)
    lines = all_lines(pdf)
    assert len(lines) >= 3
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        assert drawn == expected_visual(logical, right_to_left=True)
    assert any("Sara Jones" in line and "FGC-2026-0042" in " ".join(lines) for line in lines)


def test_brackets_in_right_to_left_text_read_back_as_typed() -> None:
    text = "نلتقي (يوم الثلاثاء) في المدرسة مع Sara (FGC-2026-0042)."
    pdf, _ = _pdf(text, "ar")
    lines = all_lines(pdf)
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        assert drawn == expected_visual(logical, right_to_left=True)


def test_bengali_conjuncts_and_vowel_signs_read_back_in_logical_order() -> None:
    text = "ক্ষমা কিছু কোথায় কর্ম স্বাগতম"
    pdf = build_pdf([paragraph(text, "bn", STANDARD.body)], title="t", language="bn", author="a")
    assert all_lines(pdf) == [text]


@pytest.mark.parametrize("code", ["en", "ar", "ur"])
def test_a_paragraph_too_long_for_one_page_keeps_every_word_in_order(code: str) -> None:
    words = [f"{number}" for number in range(1, 700)]
    filler = {"en": "word", "ar": "كلمة", "ur": "لفظ"}[code]
    text = " ".join(f"{filler} {number}" for number in words)
    pdf = build_pdf([paragraph(text, code, STANDARD.body)], title="t", language=code, author="a")
    pages = page_lines(pdf)
    assert len(pages) >= 2
    lines = [line for page in pages for line in page]
    right_to_left = language(code).right_to_left
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        assert drawn == expected_visual(logical, right_to_left=right_to_left)


def test_a_word_longer_than_a_line_is_cut_across_lines_and_read_back_whole() -> None:
    reference = "FGC-" + "0123456789" * 25
    text = f"Your reference is {reference} please keep it"
    pdf = build_pdf([paragraph(text, "en", STANDARD.body)], title="t", language="en", author="a")
    lines = all_lines(pdf)
    assert len(lines) >= 3
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_paragraphs_inside_keep_together_still_print() -> None:
    story = [KeepTogether([paragraph(SAMPLES["ur"], "ur", STANDARD.heading(1))] * 2)]
    pdf = build_pdf(story, title="t", language="ur", author="a")
    assert len(all_lines(pdf)) >= 2
