"""Shape one run of text with HarfBuzz, in an explicit direction.

A run is a stretch of one font and one direction, at most a word or a space
(so results repeat and the cache pays). The result holds the
glyph codes in visual order and, where HarfBuzz moves a glyph from where its
width alone would put it, how far; in thousandths of an em, so one result
serves every type size.
Each glyph's code reads back as the text it stands for (see
:mod:`.traced_font`): for a left-to-right run the glyphs read back as the
run's text; for a right-to-left run as that text reversed, character by
character.
"""

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from .fonts import Face, loaded

_NEGLIGIBLE = 0.001  # thousandths of an em: no printer shows less


@dataclass(frozen=True)
class ShapedRun:
    """Glyphs in visual order, ready to draw at any size (see :mod:`.drawing`).

    ``codes`` has one character per glyph (see :mod:`.traced_font`). A PDF
    viewer moves on by each glyph's own width; ``gaps`` holds, where HarfBuzz
    places a glyph elsewhere (kerning, a mark), the ``TJ`` number to write
    before it, and ``rises`` where a glyph is raised or lowered (Nastaliq's
    rising letters), from that glyph on. All in thousandths of an em.
    """

    codes: str
    advance: float  # thousandths of an em
    gaps: tuple[tuple[int, float], ...] = ()
    rises: tuple[tuple[int, float], ...] = ()
    tail: float = 0.0  # the TJ number after the last glyph, to end where HarfBuzz ends

    def width(self, size: float) -> float:
        return self.advance * size / 1000


def _split_text(text: str, glyph_count: int) -> list[str]:
    """Share a cluster's text among its glyphs, in order; extra glyphs read as nothing."""
    if len(text) >= glyph_count:
        return [*text[: glyph_count - 1], text[glyph_count - 1 :]]
    return [*text, *[""] * (glyph_count - len(text))]


def _reads_as(text: str, clusters: list[int], right_to_left: bool) -> list[str]:
    """The text each glyph stands for, when glyphs and characters do not pair one to one."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    glyphs_of: dict[int, list[int]] = {}
    for index, cluster in enumerate(clusters):
        glyphs_of.setdefault(cluster, []).append(index)
    reads_as = [""] * len(clusters)
    for cluster, indexes in glyphs_of.items():
        cluster_text = text[cluster : ends[cluster]]
        if right_to_left:
            cluster_text = cluster_text[::-1]
        for index, part in zip(indexes, _split_text(cluster_text, len(indexes)), strict=True):
            reads_as[index] = part
    return reads_as


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
    clusters = [info.cluster for info in infos]
    if len(clusters) == len(text) == len(set(clusters)):
        reads_as = [text[cluster] for cluster in clusters]  # one glyph for each character
    else:
        reads_as = _reads_as(text, clusters, right_to_left)

    codes: list[str] = []
    gaps: list[tuple[int, float]] = []
    rises: list[tuple[int, float]] = []
    advance = pending = rise = 0.0
    widths = font.face.charWidths
    per_unit = font.thousandths(1.0)
    code_for = font.code_for
    for index, (info, position, part) in enumerate(
        zip(infos, buffer.glyph_positions, reads_as, strict=True)
    ):
        code = code_for(info.codepoint, part)
        codes.append(chr(code))
        x_advance = position.x_advance * per_unit
        x_offset = position.x_offset * per_unit
        y_offset = position.y_offset * per_unit
        gap = pending - x_offset
        if gap > _NEGLIGIBLE or gap < -_NEGLIGIBLE:
            gaps.append((index, gap))
        pending = widths[code] - x_advance + x_offset
        if y_offset != rise:
            rises.append((index, y_offset))
            rise = y_offset
        advance += x_advance
    tail = pending if abs(pending) > _NEGLIGIBLE else 0.0
    return ShapedRun("".join(codes), advance, tuple(gaps), tuple(rises), tail)


def joined(runs: list[ShapedRun]) -> ShapedRun:
    """Runs of one face side by side, as one string to draw."""
    if len(runs) == 1:
        return runs[0]
    gaps: dict[int, float] = {}
    rises: list[tuple[int, float]] = []
    offset = 0
    rise = tail = 0.0
    for run in runs:
        if tail:
            gaps[offset] = tail
        for index, gap in run.gaps:
            gaps[offset + index] = gaps.get(offset + index, 0.0) + gap
        if rise and (not run.rises or run.rises[0][0] != 0):
            rises.append((offset, 0.0))
        rises += [(offset + index, value) for index, value in run.rises]
        rise = rises[-1][1] if rises else 0.0
        tail = run.tail
        offset += len(run.codes)
    return ShapedRun(
        "".join(run.codes for run in runs),
        sum(run.advance for run in runs),
        tuple(sorted(gaps.items())),
        tuple(rises),
        tail,
    )
