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
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

# Supplementary Private Use Area-A: outside every bundled font's cmap and
# outside the BMP private range ReportLab itself hands out.
_FIRST_PRIVATE_CODE = 0xF0000
_ENTRIES_PER_BLOCK = 100  # the most a bfchar block may hold
_SUBSETS_KEPT = 32  # font subsets of a few dozen kilobytes each


@dataclass(frozen=True)
class _WrittenSubset:
    """What a font subset puts in the PDF, ready: widths, and compressed streams."""

    widths: bytes
    to_unicode: bytes  # when compressed
    font_file: bytes  # compressed


def _set_compressed(stream: Any, compressed: bytes) -> None:
    """Give a ReportLab stream content already compressed, so it is not compressed again."""
    stream.content = compressed
    stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])


class TracedFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """A TTFont that also carries a HarfBuzz font and exact ToUnicode entries."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self.characters: frozenset[int] = frozenset(self.face.charToGlyph)
        self._char_to_glyph: dict[int, int] = self.face.charToGlyph
        self.hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(path)))
        self.ascent: float = self.face.ascent
        self.descent: float = self.face.descent
        self._codes: dict[tuple[int, str], int] = {}
        self._texts: dict[int, str] = {}
        self._lock = threading.Lock()
        self._make_subset = lru_cache(maxsize=_SUBSETS_KEPT)(self._subset_bytes)
        self._written = lru_cache(maxsize=_SUBSETS_KEPT)(self._subset_written)
        self.face.makeSubset = self._subset

    def _subset_bytes(self, codes: tuple[int, ...]) -> bytes:
        return bytes(TTFontFile.makeSubset(self.face, list(codes)))

    def forget_subsets(self) -> None:
        self._make_subset.cache_clear()
        self._written.cache_clear()

    def _subset(self, codes: list[int]) -> bytes:
        """The font file cut down to ``codes``; kept, as the next document often needs the
        same (a pack of letters, a preview then the saved file)."""
        return bytes(self._make_subset(tuple(codes)))

    def covers(self, character: str) -> bool:
        return ord(character) in self.characters

    def thousandths(self, font_units: float) -> float:
        """Font design units in thousandths of an em, as ReportLab measures."""
        return float(self.pdfScale(font_units))

    def code_for(self, glyph: int, text: str) -> int:
        """The character code that draws ``glyph`` and reads back as ``text``."""
        if len(text) == 1 and self._char_to_glyph.get(ord(text)) == glyph:
            return ord(text)
        code = self._codes.get((glyph, text))
        if code is not None:
            return code
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
        """Write the font as ReportLab does, then put in the exact ToUnicode maps.

        The parts that depend only on the subset (its widths, its ToUnicode map,
        the compressed font file) are kept and reused, as the next document
        often has the same subset.
        """
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        subsets = [tuple(subset) for subset in state.subsets]
        names = [self.getSubsetInternalName(number, doc)[1:] for number in range(len(subsets))]
        super().addObjects(doc)
        pdf_fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):
            pdf_font = pdf_fonts[name]
            written = self._written(str(pdf_font.BaseFont), subset)
            pdf_font.Widths = written.widths
            to_unicode = doc.idToObject[pdf_font.ToUnicode.name]
            font_file = doc.idToObject[
                doc.idToObject[pdf_font.FontDescriptor.name].dict["FontFile2"].name]
            if doc.compression:
                _set_compressed(to_unicode, written.to_unicode)
                _set_compressed(font_file, written.font_file)
            else:
                to_unicode.content = written.to_unicode

    def _subset_written(self, font_name: str, subset: tuple[int, ...]) -> _WrittenSubset:
        widths = fp_str(*map(self.face.getCharWidth, subset))
        return _WrittenSubset(
            f"[{widths}]".encode(),
            zlib.compress(self._to_unicode_cmap(font_name, list(subset)).encode()),
            zlib.compress(self._subset(list(subset))),
        )

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
