"""Lines in logical order, measured shaped; each line drawn in visual order.

A paragraph is prepared once: cleaned, a face chosen for every character, bidi
levels resolved for the whole paragraph, and its text cut into pieces of one
face, one level and at most one word (or one space), each shaped in its own
direction. Lines are broken greedily at spaces using the pieces' widths. To
draw a line, its pieces are reordered by the bidi rule L2 (reverse every run at
or above each odd level) and neighbouring pieces in the same face are joined
into one string to draw.
"""

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .bidi_levels import embedding_levels
from .coverage import BIDI_CONTROLS, choose_faces, clean
from .fonts import Face, FontStack
from .shaping import ShapedRun, joined, shape

Line = tuple[int, int]  # start and end of a line in the paragraph's text
_NOT_IN_PIECES = BIDI_CONTROLS | {"\n"}


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    face: Face
    level: int
    shaped: ShapedRun

    def width(self, size: float) -> float:
        return self.shaped.width(size * self.face.scale)


@dataclass(frozen=True)
class DrawRun:
    face: Face
    shaped: ShapedRun
    size: float  # the face's own size, scaled from the paragraph's

    @property
    def width(self) -> float:
        return self.shaped.width(self.size)


@dataclass(frozen=True)
class PreparedText:
    text: str
    faces: tuple[Face, ...] = field(repr=False)
    levels: tuple[int, ...] = field(repr=False)
    language_code: str
    right_to_left: bool
    pieces: tuple[Piece, ...] = field(repr=False, compare=False)
    piece_starts: tuple[int, ...] = field(repr=False, compare=False)
    # Line breaks per (width, size) and drawn runs per (line, size), worked out once.
    breaks: dict[tuple[float, float], list[Line]] = field(
        default_factory=dict, repr=False, compare=False)
    runs: dict[tuple[Line, float], list[DrawRun]] = field(
        default_factory=dict, repr=False, compare=False)

    def part(self, start: int, end: int) -> "PreparedText":
        return _assembled(
            self.text[start:end],
            self.faces[start:end],
            self.levels[start:end],
            self.language_code,
            self.right_to_left,
        )


@lru_cache(maxsize=2048)
def prepare(
    spans: tuple[tuple[str, bool], ...], language_code: str, stack: FontStack, right_to_left: bool
) -> PreparedText:
    """Clean the text, check every character has a font, resolve bidi levels, shape.

    Kept for the same words set again: the letterhead on every page, the same
    sentences in every invitation of a pack, a preview printed after.
    """
    text, bold = clean(spans)
    faces = choose_faces(text, bold, (stack.faces(False), stack.faces(True)), language_code)
    levels = embedding_levels(text, right_to_left=right_to_left)
    return _assembled(text, tuple(faces), tuple(levels), language_code, right_to_left)


def _assembled(
    text: str,
    faces: tuple[Face, ...],
    levels: tuple[int, ...],
    language_code: str,
    right_to_left: bool,
) -> PreparedText:
    pieces = tuple(_pieces(text, faces, levels, language_code, 0, len(text)))
    starts = tuple(piece.start for piece in pieces)
    return PreparedText(text, faces, levels, language_code, right_to_left, pieces, starts)


def _pieces(
    text: str,
    faces: Sequence[Face],
    levels: Sequence[int],
    language_code: str,
    start: int,
    end: int,
) -> Iterator[Piece]:
    """Shaped stretches of one face and one level, cut at spaces; controls left out."""
    index = start
    while index < end:
        if text[index] in _NOT_IN_PIECES:
            index += 1
            continue
        stop = index + 1
        if text[index] != " ":
            while (
                stop < end
                and text[stop] != " "
                and text[stop] not in _NOT_IN_PIECES
                and faces[stop] is faces[index]
                and levels[stop] == levels[index]
            ):
                stop += 1
        face, level = faces[index], levels[index]
        shaped = shape(text[index:stop], face, level % 2 == 1, language_code)
        yield Piece(index, stop, face, level, shaped)
        index = stop


def _pieces_of(prepared: PreparedText, start: int, end: int) -> list[Piece]:
    """The pieces between ``start`` and ``end``, reshaped only where a piece is cut."""
    pieces = prepared.pieces
    first = bisect_left(prepared.piece_starts, start)
    last = bisect_left(prepared.piece_starts, end)
    inside = list(pieces[first:last])
    if inside and inside[-1].end <= end and (first == 0 or pieces[first - 1].end <= start):
        return inside
    text, faces, levels = prepared.text, prepared.faces, prepared.levels
    return list(_pieces(text, faces, levels, prepared.language_code, start, end))


def _measure(prepared: PreparedText, start: int, end: int, size: float) -> float:
    return sum(piece.width(size) for piece in _pieces_of(prepared, start, end))


def _chunks(prepared: PreparedText, start: int, end: int, width: float, size: float) -> list[Line]:
    """A word too long for a line, cut where it fills each line."""
    chunks: list[Line] = []
    while start < end:
        stop = start + 1
        while stop < end and _measure(prepared, start, stop + 1, size) <= width:
            stop += 1
        chunks.append((start, stop))
        start = stop
    return chunks


def _tokens(prepared: PreparedText) -> Iterator[tuple[str, int, int, float]]:
    """Words, spaces and new lines in logical order: (kind, start, end, width in ems)."""
    text = prepared.text
    word_start: int | None = None
    word_ems = 0.0
    previous_end = 0
    for piece in prepared.pieces:
        new_lines = text.count("\n", previous_end, piece.start)
        is_space = text[piece.start] == " "
        if word_start is not None and (new_lines or is_space):
            yield "word", word_start, previous_end, word_ems
            word_start = None
        for _ in range(new_lines):
            yield "new line", piece.start, piece.start, 0.0
        if is_space:
            yield "space", piece.start, piece.end, piece.width(1.0)
        elif word_start is None:
            word_start, word_ems = piece.start, piece.width(1.0)
        else:
            word_ems += piece.width(1.0)
        previous_end = piece.end
    if word_start is not None:
        yield "word", word_start, previous_end, word_ems


def widest_word(prepared: PreparedText, size: float) -> float:
    """The width of the paragraph's widest word: less than that and a word must be cut."""
    return max((ems for kind, _, _, ems in _tokens(prepared) if kind == "word"), default=0.0) * size


def break_lines(prepared: PreparedText, width: float, size: float) -> list[Line]:
    """Greedy line breaks at spaces and at every ``\\n``, in logical order."""
    lines = prepared.breaks.get((width, size))
    if lines is None:
        lines = prepared.breaks[(width, size)] = _break_lines(prepared, width, size)
    return lines


def _break_lines(prepared: PreparedText, width: float, size: float) -> list[Line]:
    lines: list[Line] = []
    line: Line | None = None
    used = space = 0.0
    for kind, start, end, ems in _tokens(prepared):
        if kind == "new line":
            lines.append(line if line is not None else (start, start))
            line, used, space = None, 0.0, 0.0
        elif kind == "space":
            space = ems * size
        else:
            word = ems * size
            if line is not None and used + space + word <= width:
                line, used = (line[0], end), used + space + word
            else:
                if line is not None:
                    lines.append(line)
                if word > width:
                    *full, line = _chunks(prepared, start, end, width, size)
                    lines += full
                    used = _measure(prepared, *line, size)
                else:
                    line, used = (start, end), word
            space = 0.0
    if line is not None:
        lines.append(line)
    return lines


def _visual_order(pieces: list[Piece]) -> list[Piece]:
    """Rule L2 of the bidi algorithm, applied to pieces of one level each."""
    if not pieces:
        return pieces
    ordered = list(pieces)
    lowest_odd = min(piece.level for piece in pieces) | 1
    for level in range(max(piece.level for piece in pieces), lowest_odd - 1, -1):
        index = 0
        while index < len(ordered):
            if ordered[index].level < level:
                index += 1
                continue
            stop = index
            while stop < len(ordered) and ordered[stop].level >= level:
                stop += 1
            ordered[index:stop] = ordered[index:stop][::-1]
            index = stop
    return ordered


def visual_runs(prepared: PreparedText, line: Line, size: float) -> list[DrawRun]:
    """The line's shaped runs, left to right as they are drawn."""
    runs = prepared.runs.get((line, size))
    if runs is None:
        runs = prepared.runs[(line, size)] = _visual_runs(prepared, line, size)
    return runs


def _visual_runs(prepared: PreparedText, line: Line, size: float) -> list[DrawRun]:
    runs: list[DrawRun] = []
    pending: list[ShapedRun] = []
    face: Face | None = None
    for piece in _visual_order(_pieces_of(prepared, *line)):
        if face is not None and piece.face is not face:
            runs.append(DrawRun(face, joined(pending), size * face.scale))
            pending = []
        face = piece.face
        pending.append(piece.shaped)
    if face is not None:
        runs.append(DrawRun(face, joined(pending), size * face.scale))
    return runs
