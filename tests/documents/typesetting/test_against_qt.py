"""Word order in right-to-left lines, checked against Qt's own text layout.

Qt's bidi implementation is independent of python-bidi, which the engine
uses; each line the PDF holds is laid out by QTextLayout on one line, right to
left, and its words must come out in the same left-to-right order.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication

from fgc_desktop.documents.typesetting import STANDARD, build_pdf, paragraph

from .pdf_text import all_lines, logical_lines
from .samples import MIXED_RIGHT_TO_LEFT


def _same_word(word: str) -> str:
    """The same key for a word whichever way round its characters are drawn."""
    return "".join(sorted(word))


def _x(line: QTextLine, position: int, edge: QTextLine.Edge) -> float:
    answer = line.cursorToX(position, edge)  # (x, position) in PySide6
    assert isinstance(answer, tuple)
    return float(answer[0])


def _character_centre(line: QTextLine, position: int) -> float:
    leading = _x(line, position, QTextLine.Edge.Leading)
    trailing = _x(line, position, QTextLine.Edge.Trailing)
    return (leading + trailing) / 2


def _qt_word_order(logical_line: str) -> list[str]:
    layout = QTextLayout(logical_line, QFont("Noto Sans"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    placed: list[tuple[float, str]] = []
    start = 0
    for word in logical_line.split(" "):
        centres = [_character_centre(line, start + offset) for offset in range(len(word))]
        placed.append((sum(centres) / len(centres), word))
        start += len(word) + 1
    return [word for _, word in sorted(placed)]


@pytest.mark.parametrize("code", sorted(MIXED_RIGHT_TO_LEFT))
def test_words_stand_in_the_order_qt_gives_line_by_line(qapp: QApplication, code: str) -> None:
    text = " ".join([MIXED_RIGHT_TO_LEFT[code]] * 2)
    pdf = build_pdf([paragraph(text, code, STANDARD.body)], title="t", language=code, author="a")
    lines = all_lines(pdf)
    assert len(lines) >= 2
    for drawn, logical in zip(lines, logical_lines(lines, text), strict=True):
        drawn_order = [_same_word(word) for word in drawn.split(" ")]
        assert drawn_order == [_same_word(word) for word in _qt_word_order(logical)]
