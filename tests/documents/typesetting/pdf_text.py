"""Read text back out of a PDF the way the typesetting package promises it reads.

Characters come in content-stream order (pdfminer with no layout analysis)
and are grouped into lines by their baseline, the text matrix's y; see
"Reading text back out of a PDF" in :mod:`fgc_desktop.documents.typesetting`.
"""

import io
from dataclasses import dataclass

from bidi import get_display
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    x1: float
    baseline: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def page_glyphs(pdf: bytes) -> list[list[Glyph]]:
    """Every drawn character, page by page, in the order it was drawn."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[Glyph]] = []
    for page in PDFPage.get_pages(io.BytesIO(pdf)):
        interpreter.process_page(page)
        pages.append(
            [
                Glyph(item.get_text(), item.x0, item.x1, round(item.matrix[5], 2))
                for item in device.get_result()
                if isinstance(item, LTChar)
            ]
        )
    return pages


def glyph_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline, top line first, each line in drawing order."""
    lines: dict[float, list[Glyph]] = {}
    for glyph in glyphs:
        lines.setdefault(glyph.baseline, []).append(glyph)
    return [lines[baseline] for baseline in sorted(lines, reverse=True)]


def page_lines(pdf: bytes) -> list[list[str]]:
    """The text of each line, top to bottom, page by page."""
    return [
        ["".join(glyph.text for glyph in line) for line in glyph_lines(glyphs)]
        for glyphs in page_glyphs(pdf)
    ]


def all_lines(pdf: bytes) -> list[str]:
    return [line for page in page_lines(pdf) for line in page]


def logical_lines(visual_lines: list[str], logical_text: str) -> list[str]:
    """The paragraph's words cut into lines holding as many words as each drawn line."""
    words = logical_text.split(" ")
    lines: list[str] = []
    taken = 0
    for line in visual_lines:
        count = len(line.split(" "))
        lines.append(" ".join(words[taken : taken + count]))
        taken += count
    assert taken == len(words), "the PDF holds more or fewer words than the text"
    return lines


def expected_visual(logical_line: str, *, right_to_left: bool) -> str:
    """python-bidi's visual order for one line (it leaves brackets as typed)."""
    return str(get_display(logical_line, base_dir="R" if right_to_left else "L"))
