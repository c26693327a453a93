"""A ReportLab TrueType font whose drawn text reads back as the text typed.

A PDF viewer finds the text behind each glyph through the font's ToUnicode
map. ReportLab names a shaped glyph by the first character the font maps to
it, or by a private-use code when none does (joined Arabic forms, Nastaliq,
Indic conjuncts), so copied or extracted text came out as presentation forms
or private-use junk. Here each drawn glyph gets a code whose ToUnicode entry is
the exact text it stands for, which keeps copying, searching and screen
readers working, and lets tests read the text back.
"""

import threading
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import TTFont

# Supplementary Private Use Area-A: outside every bundled font's cmap and
# outside the BMP private range ReportLab itself hands out.
_FIRST_PRIVATE_CODE = 0xF0000
_ENTRIES_PER_BLOCK = 100  # the most a bfchar block may hold


class TracedFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """A TTFont that also carries a HarfBuzz font and exact ToUnicode entries."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self.characters: frozenset[int] = frozenset(self.face.charToGlyph)
        self.hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(path)))
        self.ascent: float = self.face.ascent
        self.descent: float = self.face.descent
        self._codes: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._lock = threading.Lock()

    def covers(self, character: str) -> bool:
        return ord(character) in self.characters

    def thousandths(self, font_units: float) -> float:
        """Font design units in thousandths of an em, as ReportLab measures."""
        return float(self.pdfScale(font_units))

    def code_for(self, glyph: int, text: str) -> int:
        """The character code that draws ``glyph`` and reads back as ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph:
            return ord(text)
        with self._lock:
            code = self._codes.get((glyph, text))
            if code is None:
                code = _FIRST_PRIVATE_CODE + len(self._codes)
                self.face.charToGlyph[code] = glyph
                self.face.charWidths[code] = self.thousandths(self.face.hmetrics[glyph][0])
                self._codes[(glyph, text)] = code
                self._texts[code] = text
        return code

    def addObjects(self, doc: Any) -> None:  # ReportLab's name
        """Write the font as ReportLab does, then put in the exact ToUnicode maps."""
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        subsets = [list(subset) for subset in state.subsets]
        names = [self.getSubsetInternalName(number, doc)[1:] for number in range(len(subsets))]
        super().addObjects(doc)
        pdf_fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):
            pdf_font = pdf_fonts[name]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = self._to_unicode_cmap(str(pdf_font.BaseFont), subset)

    def _to_unicode_cmap(self, font_name: str, subset: list[int]) -> str:
        entries = [
            f"<{code:02X}> <{self._texts.get(char, chr(char)).encode('utf-16-be').hex().upper()}>"
            for code, char in enumerate(subset)
        ]
        blocks: list[str] = []
        for start in range(0, len(entries), _ENTRIES_PER_BLOCK):
            block = entries[start : start + _ENTRIES_PER_BLOCK]
            blocks += [f"{len(block)} beginbfchar", *block, "endbfchar"]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) "
                "/Supplement 0 >> def",
                f"/CMapName /{font_name} def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                *blocks,
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )
