"""Shape one run of text with HarfBuzz, in an explicit direction.

A run is a stretch of one font and one direction, at most a word or a space
(so results repeat and the cache pays). The result is ReportLab's
``ShapedStr``: glyph codes in visual order plus HarfBuzz's advances and
offsets, in thousandths of an em, so one result serves every type size.
Each glyph's code reads back as the text it stands for (see
:mod:`.traced_font`): for a left-to-right run the glyphs read back as the
run's text; for a right-to-left run as that text reversed, character by
character.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from .fonts import Face, loaded


@dataclass(frozen=True)
class ShapedRun:
    glyphs: Any  # reportlab.pdfbase.ttfonts.ShapedStr
    advance: float  # thousandths of an em

    def width(self, size: float) -> float:
        return self.advance * size / 1000


def _split_text(text: str, glyph_count: int) -> list[str]:
    """Share a cluster's text among its glyphs, in order; extra glyphs read as nothing."""
    if len(text) >= glyph_count:
        return [*text[: glyph_count - 1], text[glyph_count - 1 :]]
    return [*text, *[""] * (glyph_count - len(text))]


@lru_cache(maxsize=50_000)
def shape(text: str, face: Face, right_to_left: bool, language_code: str) -> ShapedRun:
    """Shape ``text`` (logical order) in one face and one direction."""
    font = loaded(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl" if right_to_left else "ltr"
    buffer.language = language_code
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.guess_segment_properties()
    hb.shape(font.hb_font, buffer)
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions

    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    glyphs_of: dict[int, list[int]] = {}
    for index, info in enumerate(infos):
        glyphs_of.setdefault(info.cluster, []).append(index)
    reads_as = [""] * len(infos)
    for cluster, indexes in glyphs_of.items():
        cluster_text = text[cluster : ends[cluster]]
        if right_to_left:
            cluster_text = cluster_text[::-1]
        for index, part in zip(indexes, _split_text(cluster_text, len(indexes)), strict=True):
            reads_as[index] = part

    codes: list[str] = []
    data: list[Any] = []
    for info, position, part in zip(infos, positions, reads_as, strict=True):
        code = font.code_for(info.codepoint, part)
        codes.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                font.thousandths(position.x_advance),
                font.thousandths(position.y_advance),
                font.thousandths(position.x_offset),
                font.thousandths(position.y_offset),
                font.face.charWidths[code],
            )
        )
    return ShapedRun(ShapedStr("".join(codes), shapeData=data), sum(d.x_advance for d in data))


def joined(runs: list[ShapedRun]) -> ShapedRun:
    """Runs of one face side by side, as one string to draw."""
    if len(runs) == 1:
        return runs[0]
    data = [item for run in runs for item in run.glyphs.__shapeData__]
    return ShapedRun(
        ShapedStr("".join(str(run.glyphs) for run in runs), shapeData=data),
        sum(run.advance for run in runs),
    )
