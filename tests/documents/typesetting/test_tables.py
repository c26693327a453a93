"""Plan tables: columns in reading order, wrapping cells, header on every page."""

import pytest

from fgc_desktop.documents.typesetting import STANDARD, build_pdf, table

from .pdf_text import Glyph, glyph_lines, page_glyphs, page_lines

HEADERS = {
    "ar": ["ماذا", "من", "متى", "كيف نعرف", "يتابع"],
    "en": ["What", "Who", "By when", "How we'll know", "Checked by"],
}
ROW = {
    "ar": [
        "نوصل الطفل إلى المدرسة كل صباح ونتأكد أنه وصل في الوقت",
        "الخالة Bea",
        "١٢ مارس 2026",
        "يخبرنا المعلم كل أسبوع",
        "المنسقة",
    ],
    "en": [
        "Walk Sam to school every morning and check he arrives on time",
        "Aunt Bea",
        "12 March 2026",
        "The teacher tells us each week",
        "The coordinator",
    ],
}


def _centre_of(word: str, line: list[Glyph], *, right_to_left: bool) -> float:
    drawn = word[::-1] if right_to_left else word
    text = "".join(glyph.text for glyph in line)
    start = text.index(drawn)
    glyphs = line[start : start + len(drawn)]
    return sum(glyph.centre for glyph in glyphs) / len(glyphs)


@pytest.mark.parametrize("code", ["ar", "en"])
def test_the_first_column_stands_on_the_reading_side(code: str) -> None:
    right_to_left = code == "ar"
    story = [table(HEADERS[code], [ROW[code]], code, STANDARD, column_weights=[3, 2, 2, 2, 2])]
    pdf = build_pdf(story, title="Plan", language=code, author="Test")
    header_line = glyph_lines(page_glyphs(pdf)[0])[0]
    centres = [
        _centre_of(heading.split(" ")[0], header_line, right_to_left=right_to_left)
        for heading in HEADERS[code]
    ]
    assert centres == sorted(centres, reverse=right_to_left)


def test_a_long_table_repeats_its_header_on_every_page_and_cells_wrap() -> None:
    rows = [[f"{cell} {number}" for cell in ROW["ar"]] for number in range(40)]
    pdf = build_pdf(
        [table(HEADERS["ar"], rows, "ar", STANDARD)], title="t", language="ar", author="a"
    )
    pages = page_lines(pdf)
    assert len(pages) >= 2
    assert all(page[0] == pages[0][0] for page in pages)
    first_cell_words = ROW["ar"][0].split(" ")
    lines_with_first_cell = [
        line for line in pages[0][1:6] if any(word[::-1] in line for word in first_cell_words)
    ]
    assert len(lines_with_first_cell) >= 2


def test_every_row_needs_a_cell_for_each_heading() -> None:
    with pytest.raises(ValueError, match="5 cells"):
        table(HEADERS["en"], [ROW["en"][:3]], "en", STANDARD)


def test_a_date_in_a_narrow_column_is_not_cut_in_two() -> None:
    date = "25\u200f/01\u200f/2027"  # as Babel writes a short Arabic date
    row = [ROW["ar"][0], ROW["ar"][1], date, ROW["ar"][3], ROW["ar"][4]]
    story = [table(HEADERS["ar"], [row], "ar", STANDARD, column_weights=[3.2, 1.6, 1.4, 2.6, 1.6])]
    pdf = build_pdf(story, title="Plan", language="ar", author="Test")
    digits = [glyph for glyph in page_glyphs(pdf)[0] if glyph.text in "0123456789/"]
    assert "".join(glyph.text for glyph in digits) == "2027/01/25"
    assert len({glyph.baseline for glyph in digits}) == 1
