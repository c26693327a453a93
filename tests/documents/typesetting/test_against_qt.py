"""Word order in right-to-left lines, checked against Qt's own text layout.

Each line the PDF holds is laid out by QTextLayout on one line, right to
left, and its words must come out in the same left-to-right order.
"""

import pytest
from PySide6.QtWidgets import QApplication

from fgc_desktop.documents.typesetting import STANDARD, build_pdf, paragraph

from .pdf_text import all_lines, logical_lines
from .qt_layout import qt_word_order, same_word
from .samples import MIXED_RIGHT_TO_LEFT


@pytest.mark.parametrize("code", sorted(MIXED_RIGHT_TO_LEFT))
def test_words_stand_in_the_order_qt_gives_line_by_line(qapp: QApplication, code: str) -> None:
    text = " ".join([MIXED_RIGHT_TO_LEFT[code]] * 2)
    pdf = build_pdf([paragraph(text, code, STANDARD.body)], title="t", language=code, author="a")
    lines = all_lines(pdf)
    assert len(lines) >= 2
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        drawn_order = [same_word(word) for word in drawn.split(" ")]
        assert drawn_order == [same_word(word) for word in qt_word_order(logical)]
