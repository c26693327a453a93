"""A paragraph flowable for any of the app's scripts.

ReportLab's own Paragraph cannot lay out shaped right-to-left text (its shaped
path switches bidi reordering off), so this flowable breaks lines itself (see
:mod:`.layout`) and draws each line's shaped runs at x positions computed
from shaped widths: right-aligned for right-to-left languages, left-aligned
otherwise. It splits between lines across frames and pages, keeping at least
two lines together at each end of a paragraph of four lines or more.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from fgc_desktop.i18n.languages import language

from .bidi_levels import first_strong_right_to_left
from .drawing import draw_line
from .fonts import font_stack, loaded
from .layout import Line, PreparedText, break_lines, prepare, visual_runs, widest_word
from .styles import Alignment, TextStyle

_MIN_LINES_AT_BREAK = 2
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Span:
    """Part of a paragraph's text, bold or not."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class _Layout:
    width: float
    lines: list[Line]
    leading: float
    first_baseline: float  # from the top of the paragraph

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)


class Paragraph(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Shaped, bidi-ordered text in one style; made by :func:`paragraph`."""

    def __init__(
        self, prepared: PreparedText, style: TextStyle, *, opens: bool = True, closes: bool = True
    ) -> None:
        super().__init__()
        self.prepared = prepared
        self.text_style = style
        self.keepWithNext = style.keep_with_next
        self._opens = opens
        self._closes = closes
        self._layout: _Layout | None = None

    def _lay_out(self, width: float) -> _Layout:
        if self._layout is None or self._layout.width != width:
            size = self.text_style.size
            faces = set(self.prepared.faces)
            ascent = max((loaded(f).ascent * f.scale for f in faces), default=900.0) * size / 1000
            descent = (
                -min((loaded(f).descent * f.scale for f in faces), default=-250.0) * size / 1000
            )
            leading = max(size * self.text_style.line_spacing, ascent + descent)
            self._layout = _Layout(
                width,
                break_lines(self.prepared, width, size),
                leading,
                (leading - ascent - descent) / 2 + ascent,
            )
        return self._layout

    def widest_word(self) -> float:
        """The narrowest width that holds every word whole."""
        return widest_word(self.prepared, self.text_style.size)

    def first_baseline(self, width: float) -> float:
        """How far below the paragraph's top its first line sits."""
        return self._lay_out(width).first_baseline

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self._lay_out(availWidth)
        self.width, self.height = availWidth, layout.height
        return availWidth, layout.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        layout = self._lay_out(availWidth)
        count = len(layout.lines)
        fitting = int((availHeight + _TOLERANCE) // layout.leading)
        if fitting >= count:
            return [self]
        if count >= 2 * _MIN_LINES_AT_BREAK:
            fitting = min(fitting, count - _MIN_LINES_AT_BREAK)
            if fitting < _MIN_LINES_AT_BREAK:
                return []
        if fitting == 0:
            return []
        head_end = layout.lines[fitting - 1][1]
        tail_start = layout.lines[fitting][0]
        prepared = self.prepared
        return [
            Paragraph(prepared.part(0, head_end), self.text_style, opens=self._opens, closes=False),
            Paragraph(
                prepared.part(tail_start, len(prepared.text)),
                self.text_style,
                opens=False,
                closes=self._closes,
            ),
        ]

    def getSpaceBefore(self) -> float:  # ReportLab's name
        return self.text_style.space_before if self._opens else 0.0

    def getSpaceAfter(self) -> float:  # ReportLab's name
        return self.text_style.space_after if self._closes else 0.0

    def draw(self) -> None:
        layout = self._lay_out(self.width)
        size = self.text_style.size
        canvas = self.canv
        canvas.setFillColor(HexColor(self.text_style.colour))
        baseline = layout.height - layout.first_baseline
        for line in layout.lines:
            runs = visual_runs(self.prepared, line, size)
            x = self._line_start(layout.width, sum(run.width for run in runs))
            draw_line(canvas, [(run.face, run.shaped, run.size) for run in runs], x, baseline)
            baseline -= layout.leading

    def _line_start(self, available: float, used: float) -> float:
        if self.text_style.alignment is Alignment.CENTRE:
            return (available - used) / 2
        return available - used if self.prepared.right_to_left else 0.0


TextInput = str | Sequence[Span]


def paragraph(
    text: TextInput, language_code: str, style: TextStyle, *, own_direction: bool = False
) -> Paragraph:
    """A paragraph of ``text`` in the given language, checked for missing glyphs.

    ``text`` is plain text or a sequence of :class:`Span` for bold words; a
    ``\\n`` starts a new line. Raises :class:`MissingGlyphError` at once if a
    character cannot be printed.

    The paragraph reads in the language's direction, unless ``own_direction``
    is set: then its first letter decides, as for a box of text someone typed
    (an English sentence in an Arabic table reads, and aligns, as English);
    text with no letters keeps the language's direction.
    """
    spans = (
        ((text, style.bold),)
        if isinstance(text, str)
        else tuple((span.text, span.bold or style.bold) for span in text)
    )
    stack = font_stack(language_code, hyperlegible=style.hyperlegible)
    right_to_left = language(language_code).right_to_left
    if own_direction:
        found = first_strong_right_to_left("".join(span for span, _ in spans))
        right_to_left = right_to_left if found is None else found
    return Paragraph(prepare(spans, language_code, stack, right_to_left), style)
