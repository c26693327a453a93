"""The letterhead and footer on every page: the service's logo, name, phone, address.

Drawn in the top and bottom margins by the engine's page hook, with the
engine's own paragraphs, so the words are shaped and checked for missing
glyphs like the rest of the page. In a right-to-left document the logo sits
on the left and the words start on the right, and the footer's parts (the
address, the reference, the page number) follow one another from the right.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from fgc_desktop.disclosure.view import ServiceDetails
from fgc_desktop.documents.typesetting import Alignment, StyleSet, TextStyle, paragraph
from fgc_desktop.documents.wording import (
    FIRST_STRONG_ISOLATE,
    LEFT_TO_RIGHT_ISOLATE,
    POP_ISOLATE,
    Wording,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.languages import language

LOGO_HEIGHT = 11 * mm
HEADER_TOP = 5 * mm  # from the top edge of the page
HEADER_GAP = 1.5 * mm  # between the letterhead and the rule under it
FOOTER_BOTTOM = 5 * mm  # the footer stays this far from the bottom edge, inside what printers reach
SMALLEST_SCALE = 0.75
LOGO_MAX_WIDTH = 45 * mm
GAP = 4 * mm
RULE_COLOUR = HexColor("#8a8f98")
# The margins hold the letterhead and footer, so their type stops growing here, even in
# large print; the service's details are printed again, full size, in each letter's body.
LARGEST_FRAME_TYPE = 12.0


def read_logo(png: bytes) -> ImageReader | None:
    """The logo ready to draw, nothing when there is none, or a message saying what to do."""
    if not png:
        return None
    try:
        logo = ImageReader(io.BytesIO(png))
        logo.getSize()
    except Exception as error:  # ReportLab and Pillow raise many kinds for a bad image
        raise UserError("The service logo in the settings cannot be read. Choose the logo "
                        "again in the settings (a PNG picture), or remove it.") from error
    return logo


def _left_to_right(text: str) -> str:
    """A phone number, an email or a reference, kept in its order in right-to-left lines."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_ISOLATE}"


def _isolated(text: str) -> str:
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"


class PageFrame:
    """Draws the letterhead and the footer; called by the engine before each page."""

    def __init__(
        self, service: ServiceDetails, reference: str, words: Sequence[Wording],
        styles: StyleSet, logo: ImageReader | None,
    ) -> None:
        self._service = service
        self._reference = reference
        self._words = words
        self._language = words[0].text_language
        size = min(styles.small.size, LARGEST_FRAME_TYPE)
        self._small = replace(styles.small, size=size, line_spacing=1.25, space_before=0.0,
                              space_after=0.0)
        self._name = replace(self._small, size=size * 1.25, bold=True,
                             colour=styles.heading(1).colour)
        self._centred = replace(self._small, alignment=Alignment.CENTRE)
        self._logo = logo

    def _label(self, message: Callable[[Wording], str]) -> str:
        """A label in each of the document's languages: “Tudalen 1 / Page 1”."""
        return " / ".join(dict.fromkeys(
            f"{FIRST_STRONG_ISOLATE}{message(words)}{POP_ISOLATE}" for words in self._words))

    def __call__(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._header(canvas, doc)
        self._footer(canvas, doc)
        canvas.restoreState()

    def _header(self, canvas: Any, doc: Any) -> None:
        page_height = doc.pagesize[1]
        left, width = doc.leftMargin, doc.width
        top = page_height - HEADER_TOP
        right_to_left = language(self._language).right_to_left
        logo_width = 0.0
        if self._logo is not None:
            image_width, image_height = self._logo.getSize()
            logo_width = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * image_width / image_height)
            x = left if right_to_left else left + width - logo_width
            canvas.drawImage(self._logo, x, top - LOGO_HEIGHT, logo_width, LOGO_HEIGHT,
                             preserveAspectRatio=True, anchor="c", mask="auto")
            logo_width += GAP
        text_left = left + logo_width if right_to_left else left
        self._block(canvas, self._header_lines(), text_left, top, width - logo_width,
                    top - (page_height - doc.topMargin + HEADER_GAP))
        self._rule(canvas, left, page_height - doc.topMargin + 1.5 * mm, width)

    def _header_lines(self) -> list[tuple[str, TextStyle]]:
        """The name, then the phone and email: numbers that need no label in any language."""
        service = self._service
        lines = [(service.name, self._name)]
        reach = "   ·   ".join(_left_to_right(value) for value in (service.phone, service.email)
                                 if value)
        if reach:
            lines.append((reach, self._small))
        return lines

    def _footer(self, canvas: Any, doc: Any) -> None:
        left, width = doc.leftMargin, doc.width
        self._rule(canvas, left, doc.bottomMargin - 3 * mm, width)
        top = doc.bottomMargin - 4.5 * mm
        address = ", ".join(line.strip() for line in self._service.address.splitlines()
                            if line.strip())
        # Translators: the page number at the foot of each page.
        page = self._label(lambda w: w._d("Page %(number)s", number=doc.page))
        if self._reference:
            # Translators: before the case number (e.g. FGC-2026-0042) a family quotes when
            # they phone.
            reference = self._label(lambda w: w._d("Our reference:"))
            page = f"{reference} {_left_to_right(self._reference)}   ·   {page}"
        room = top - FOOTER_BOTTOM
        # The address alone is isolated: the page part is a row of isolated pieces that must
        # follow the document's direction, which isolating it as a whole would lose.
        parts = [_isolated(address), page] if address else [page]
        one_line = paragraph("   ·   ".join(parts), self._language, self._centred)
        shortest = paragraph(page, self._language, self._centred).wrap(width, room)[1]
        if one_line.wrap(width, room)[1] <= shortest:
            one_line.drawOn(canvas, left, top - one_line.height)
            return
        lines = [(text, self._centred) for text in parts]
        self._block(canvas, lines, left, top, width, room)

    def _block(
        self, canvas: Any, lines: list[tuple[str, TextStyle]], x: float, top: float,
        width: float, room: float,
    ) -> None:
        """Draws the lines one under another from ``top``, in smaller type if they need it
        to fit in ``room`` (Nastaliq's tall lines can need it)."""
        scale = 1.0
        while True:
            made = [paragraph(text, self._language, replace(style, size=style.size * scale))
                    for text, style in lines]
            heights = [line.wrap(width, room)[1] for line in made]
            if sum(heights) <= room or scale <= SMALLEST_SCALE:
                break
            scale -= 0.1
        for line, height in zip(made, heights, strict=True):
            line.drawOn(canvas, x, top - height)
            top -= height

    def _rule(self, canvas: Any, x: float, y: float, width: float) -> None:
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.6)
        canvas.line(x, y, x + width, y)
