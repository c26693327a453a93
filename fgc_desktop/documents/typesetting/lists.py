"""Bulleted lists, with the bullet on the reading side of each item.

Each item is its own flowable, so a list can break between items and an item
can break between lines; the bullet sits on the item's first line, at the
left for left-to-right languages and at the right for right-to-left ones.
Each item's words keep their own direction inside the list's.
"""

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from .drawing import draw_line
from .fonts import NOTO_SANS
from .paragraph import Paragraph, TextInput, paragraph
from .shaping import shape
from .styles import TextStyle

_BULLET = "\u2022"
_FIRST_STRONG_ISOLATE = "\u2068"
_POP_ISOLATE = "\u2069"


class BulletItem(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """One list item: a paragraph set in from the bullet's side."""

    def __init__(self, body: Paragraph, *, bulleted: bool = True) -> None:
        super().__init__()
        self.body = body
        self.bulleted = bulleted
        self.indent = body.text_style.size * 1.6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.body.wrap(availWidth - self.indent, availHeight)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = self.body.split(availWidth - self.indent, availHeight)
        if len(parts) < 2:
            return [self] if parts else []
        head, tail = parts
        return [BulletItem(head, bulleted=self.bulleted), BulletItem(tail, bulleted=False)]

    def getSpaceBefore(self) -> float:  # ReportLab's name
        return float(self.body.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # ReportLab's name
        return float(self.body.getSpaceAfter())

    def draw(self) -> None:
        right_to_left = self.body.prepared.right_to_left
        text_width = self.width - self.indent
        self.body.drawOn(self.canv, 0.0 if right_to_left else self.indent, 0.0)
        if not self.bulleted:
            return
        size = self.body.text_style.size
        bullet = shape(_BULLET, NOTO_SANS.regular, False, "en")
        baseline = self.height - self.body.first_baseline(text_width)
        centre = self.width - self.indent / 2 if right_to_left else self.indent / 2
        self.canv.setFillColor(HexColor(self.body.text_style.colour))
        draw_line(self.canv, [(NOTO_SANS.regular, bullet, size)],
                  centre - bullet.width(size) / 2, baseline)


def _isolated(item: TextInput) -> TextInput:
    """The item as one unit in its own direction (a first-strong isolate)."""
    if isinstance(item, str):
        return f"{_FIRST_STRONG_ISOLATE}{item}{_POP_ISOLATE}"
    if not item:
        return item
    first, *rest = item
    spans = [replace(first, text=_FIRST_STRONG_ISOLATE + first.text), *rest]
    spans[-1] = replace(spans[-1], text=spans[-1].text + _POP_ISOLATE)
    return spans


def bullet_list(items: Sequence[TextInput], language_code: str, style: TextStyle) -> list[Any]:
    """One flowable per item, ready to add to a story.

    Each item keeps its own direction inside the list's: an English action in
    an Arabic list reads left to right with its full stop at its end, and the
    bullet stays on the list's reading side.
    """
    return [BulletItem(paragraph(_isolated(item), language_code, style)) for item in items]
