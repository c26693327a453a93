"""Word order in one line as Qt's own text layout gives it: an independent reference.

Qt's bidi implementation is independent of python-bidi, which the engine
uses. A logical line is laid out by QTextLayout on one line, in the direction
asked for (``None``: Qt finds it from the first strong letter), and its words
are returned left to right by where Qt puts their glyphs.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from fgc_desktop.documents.typesetting.coverage import BIDI_CONTROLS

_DIRECTIONS = {
    True: Qt.LayoutDirection.RightToLeft,
    False: Qt.LayoutDirection.LeftToRight,
    None: Qt.LayoutDirection.LayoutDirectionAuto,
}


def same_word(word: str) -> str:
    """The same key for a word whichever way round its characters are drawn."""
    return "".join(sorted(character for character in word if character not in BIDI_CONTROLS))


def _centre(layout: QTextLayout, start: int, length: int) -> float:
    """The middle of the glyphs Qt draws for ``length`` characters from ``start``."""
    boxes = [run.boundingRect() for run in layout.glyphRuns(start, length)]
    left = min(box.left() for box in boxes)
    right = max(box.right() for box in boxes)
    return (left + right) / 2


def qt_word_order(logical_line: str, *, right_to_left: bool | None = True) -> list[str]:
    """The line's words, left to right as Qt lays them out; bidi controls count as letters."""
    layout = QTextLayout(logical_line, QFont("Noto Sans"))
    option = QTextOption()
    option.setTextDirection(_DIRECTIONS[right_to_left])
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    placed: list[tuple[float, str]] = []
    start = 0
    for word in logical_line.split(" "):
        shown = [start + offset for offset, c in enumerate(word) if c not in BIDI_CONTROLS]
        if shown:
            placed.append((_centre(layout, shown[0], shown[-1] - shown[0] + 1), word))
        start += len(word) + 1
    return [word for _, word in sorted(placed)]
