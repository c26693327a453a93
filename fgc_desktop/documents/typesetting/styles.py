"""Type styles: sizes, weights and spacing for body text and headings.

Three sets cover the documents: standard print, large print (16 pt, Atkinson
Hyperlegible where it has the language's alphabet) and a child-friendly set
(larger type, more space between lines).
"""

from dataclasses import dataclass, replace
from enum import Enum


class Alignment(Enum):
    """Where lines sit: START is left for left-to-right text, right for right-to-left."""

    START = "start"
    CENTRE = "centre"


@dataclass(frozen=True)
class TextStyle:
    size: float = 11.0
    bold: bool = False
    line_spacing: float = 1.4  # at least this many times the size between baselines
    space_before: float = 0.0
    space_after: float = 6.0
    keep_with_next: bool = False
    alignment: Alignment = Alignment.START
    colour: str = "#1a1a1a"
    hyperlegible: bool = False  # large-print face for the Latin alphabets it covers


@dataclass(frozen=True)
class StyleSet:
    body: TextStyle
    headings: tuple[TextStyle, TextStyle, TextStyle]
    small: TextStyle

    def heading(self, level: int) -> TextStyle:
        """The style of a level 1, 2 or 3 heading."""
        if not 1 <= level <= len(self.headings):
            raise ValueError(f"headings go from level 1 to {len(self.headings)}, not {level}")
        return self.headings[level - 1]


def style_set(size: float, *, line_spacing: float = 1.4, large_print: bool = False) -> StyleSet:
    """A body style of ``size`` points, with headings and small print to match.

    In large print nothing is smaller than the body text.
    """
    body = TextStyle(
        size=size,
        line_spacing=line_spacing,
        space_after=size * 0.6,
        hyperlegible=large_print,
    )

    def heading(scale: float) -> TextStyle:
        return replace(
            body,
            size=round(size * scale, 1),
            bold=True,
            line_spacing=1.25,
            space_before=size * 0.9,
            space_after=size * 0.45,
            keep_with_next=True,
            colour="#1f3a5f",
        )

    small = replace(
        body, size=size if large_print else max(size * 0.8, 9.0), space_after=size * 0.3
    )
    return StyleSet(body, (heading(1.7), heading(1.35), heading(1.15)), small)


STANDARD = style_set(11)
LARGE_PRINT = style_set(16, line_spacing=1.45, large_print=True)
CHILD_FRIENDLY = style_set(14, line_spacing=1.6)
