"""Typed English in an Arabic, Urdu or Farsi list or table keeps its own direction.

A coordinator types an action ("Call Mr Evans by Friday.") or a name in
English; in a right-to-left document its words must still read left to
right, with the full stop after the last word, not before the first. Word
order is checked line by line against Qt's own layout, and the full stop's
place by the glyphs' positions on the page.
"""

import pytest
from PySide6.QtWidgets import QApplication

from fgc_desktop.documents.typesetting import STANDARD, build_pdf, bullet_list, table

from .pdf_text import Glyph, glyph_lines, logical_lines, page_glyphs
from .qt_layout import qt_word_order, same_word

ENGLISH = ("Call Mr Evans by Friday. Ask him which bus Sam takes to school on the days he "
           "stays with his dad, then tell Aunt Bea what he said.")
HEADINGS = {"ar": "ماذا", "ur": "کیا", "fa": "چه"}
OWN_WORDS = {
    "ar": "نتصل بالمدرسة يوم الجمعة ونخبر Jo.",
    "ur": "ہم جمعہ کو اسکول فون کریں گے اور Jo کو بتائیں گے۔",
    "fa": "روز جمعه به مدرسه زنگ می‌زنیم و به Jo می‌گوییم.",
}


def _text(line: list[Glyph]) -> str:
    return "".join(glyph.text for glyph in line)


def _lines_holding(pdf: bytes, words: list[str]) -> list[list[Glyph]]:
    """The drawn lines that hold any of ``words`` (whichever way round they are drawn)."""
    keys = {same_word(word) for word in words}
    lines = [[glyph for glyph in line if glyph.text != "•"]
             for line in glyph_lines(page_glyphs(pdf)[0])]
    return [line for line in lines if keys & {same_word(word) for word in _text(line).split(" ")}]


def _check_against_qt(
    lines: list[list[Glyph]], text: str, right_to_left: bool | None, *, isolated: bool = False
) -> None:
    """Each drawn line's words in Qt's order for its part of ``text``.

    An ``isolated`` text is one first-strong isolate in a line of the given
    direction; each line's part is isolated again, as the isolate is cut there.
    """
    drawn = [_text(line) for line in lines]
    for shown, logical in zip(drawn, logical_lines(drawn, text), strict=True):
        if isolated:
            logical = f"\u2068{logical}\u2069"
        expected = qt_word_order(logical, right_to_left=right_to_left)
        assert [same_word(word) for word in shown.split(" ")] == [
            same_word(word) for word in expected]


def _full_stops_follow_their_words(lines: list[list[Glyph]]) -> int:
    """Every full stop stands just right of the Latin word it ends; the number checked."""
    checked = 0
    for line in lines:
        for index, glyph in enumerate(line):
            if glyph.text == "." and index and line[index - 1].text.isascii():
                assert line[index - 1].text.isalpha(), f"a full stop before a word: {_text(line)}"
                assert glyph.centre > line[index - 1].centre
                checked += 1
    return checked


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_an_english_cell_reads_left_to_right_from_the_cells_left_edge(
    qapp: QApplication, code: str
) -> None:
    rows = [[ENGLISH], [OWN_WORDS[code]]]
    pdf = build_pdf([table([HEADINGS[code]], rows, code, STANDARD)], title="t", language=code,
                    author="a")
    english = _lines_holding(pdf, ENGLISH.split(" "))
    assert len(english) >= 2, "the English cell wraps"
    _check_against_qt(english, ENGLISH, right_to_left=None)
    assert _full_stops_follow_their_words(english) == 2
    cell_left = min(glyph.x0 for line in english for glyph in line)
    assert all(abs(line[0].x0 - cell_left) < 0.5 for line in english), "set from the left"
    assert _text(english[0]).startswith("Call Mr Evans by Friday.")


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_a_cell_in_the_documents_language_reads_right_to_left(
    qapp: QApplication, code: str
) -> None:
    pdf = build_pdf([table([HEADINGS[code]], [[OWN_WORDS[code]]], code, STANDARD)],
                    title="t", language=code, author="a")
    [line] = _lines_holding(pdf, OWN_WORDS[code].split(" "))
    _check_against_qt([line], OWN_WORDS[code], right_to_left=None)
    assert _text(line)[0] in ".۔", "the sentence's full stop is its leftmost mark"


@pytest.mark.parametrize("code", sorted(HEADINGS))
def test_an_english_bullet_keeps_its_order_and_its_bullet_on_the_right(
    qapp: QApplication, code: str
) -> None:
    items = [ENGLISH, OWN_WORDS[code]]
    pdf = build_pdf(bullet_list(items, code, STANDARD.body), title="t", language=code,
                    author="a")
    english = _lines_holding(pdf, ENGLISH.split(" "))
    assert len(english) >= 2
    _check_against_qt(english, ENGLISH, right_to_left=True, isolated=True)
    assert _full_stops_follow_their_words(english) == 2
    bullets = [glyph for line in glyph_lines(page_glyphs(pdf)[0]) for glyph in line
               if glyph.text == "•"]
    words = [glyph for line in english for glyph in line if glyph.text != "•"]
    assert len(bullets) == 2
    assert all(bullet.x0 > max(glyph.x1 for glyph in words) for bullet in bullets)
    [own] = _lines_holding(pdf, OWN_WORDS[code].split(" "))
    _check_against_qt([own], OWN_WORDS[code], right_to_left=True, isolated=True)
    assert _text(own)[0] in ".۔"
