"""Every character gets a font that has it, or the document stops with a clear error."""

import pytest

from fgc_desktop.documents.typesetting import (
    LARGE_PRINT,
    STANDARD,
    MissingGlyphError,
    build_pdf,
    paragraph,
)
from fgc_desktop.documents.typesetting.coverage import BIDI_CONTROLS, ZERO_WIDTH_JOINERS
from fgc_desktop.documents.typesetting.fonts import (
    ATKINSON_HYPERLEGIBLE,
    NOTO_NASKH_ARABIC,
    NOTO_SANS,
    NOTO_SANS_BENGALI,
    loaded,
)
from fgc_desktop.domain.errors import UserError

from .pdf_text import all_lines
from .samples import MIXED_RIGHT_TO_LEFT, SAMPLES

EVERY_SAMPLE = [*SAMPLES.items(), *MIXED_RIGHT_TO_LEFT.items()]


@pytest.mark.parametrize(("code", "text"), EVERY_SAMPLE)
def test_every_character_of_every_sample_has_a_font_that_draws_it(code: str, text: str) -> None:
    for style in (STANDARD.body, STANDARD.heading(1), LARGE_PRINT.body):
        prepared = paragraph(text, code, style).prepared
        for character, face in zip(prepared.text, prepared.faces, strict=True):
            if character not in ZERO_WIDTH_JOINERS | BIDI_CONTROLS:
                assert loaded(face).covers(character), f"U+{ord(character):04X} in {code}"


def test_a_latin_name_and_case_number_in_arabic_use_noto_sans_whole() -> None:
    prepared = paragraph("مرحباً Sara، رقم الملف (FGC-2026-0042).", "ar", STANDARD.body).prepared
    faces = dict(zip(prepared.text, prepared.faces, strict=True))
    assert faces["S"] == faces["F"] == faces["-"] == faces["("] == NOTO_SANS.regular
    assert faces["م"] == faces["،"] == NOTO_NASKH_ARABIC.regular


def test_a_reference_number_in_bengali_uses_noto_sans() -> None:
    prepared = paragraph("ফাইল নম্বর FGC-2026-0042 (নতুন)।", "bn", STANDARD.body).prepared
    faces = dict(zip(prepared.text, prepared.faces, strict=True))
    assert faces["F"] == faces["2"] == faces["-"] == NOTO_SANS.regular
    assert faces["ফ"] == faces["("] == faces["।"] == NOTO_SANS_BENGALI.regular


def test_an_arabic_name_in_an_english_letter_is_set_in_naskh() -> None:
    prepared = paragraph("Dear Mrs سارة,", "en", STANDARD.body).prepared
    assert prepared.faces[prepared.text.index("س")] == NOTO_NASKH_ARABIC.regular


def test_large_print_welsh_keeps_noto_sans_for_its_circumflexes() -> None:
    english = paragraph("Dear family", "en", LARGE_PRINT.body).prepared
    welsh = paragraph("Bydd yr ŵyr a'r gwŷr yn dod", "cy", LARGE_PRINT.body).prepared
    assert set(english.faces) == {ATKINSON_HYPERLEGIBLE.regular}
    assert set(welsh.faces) == {NOTO_SANS.regular}


@pytest.mark.parametrize(
    ("text", "code_point"),
    [("اجتماع 会议", "U+4F1A"), ("See you soon 😀", "U+1F600")],
)
def test_a_character_no_font_has_stops_with_a_message_that_names_it(
    text: str, code_point: str
) -> None:
    with pytest.raises(MissingGlyphError) as raised:
        paragraph(text, "ar" if "اجتماع" in text else "en", STANDARD.body)
    message = str(raised.value)
    assert code_point in message
    assert raised.value.character in message
    assert ("Arabic" if "اجتماع" in text else "English") in message
    assert "remove or replace" in message
    assert isinstance(raised.value, UserError)


def test_spaces_joiners_and_bidi_controls_are_never_missing_and_controls_are_not_drawn() -> None:
    text = "ما\tمی\u200cخواهیم  \u200fSara\u00a0Jones\u00ad \u200bبنویسیم\u200e"
    pdf = build_pdf([paragraph(text, "fa", STANDARD.body)], title="t", language="fa", author="a")
    [line] = all_lines(pdf)
    assert "\u200f" not in line and "\u200e" not in line and "\u00ad" not in line
    assert "\u200c" in line
    assert "Sara\u00a0Jones" in line  # a no-break space reads back as itself
