"""Write a line's shaped runs into the page as PDF text operators.

ReportLab's ``drawString`` handles a shaped string glyph by glyph in Python
and wraps every call in its own text object, which made drawing the slowest
part of a document. Here a whole line becomes one text object: each run is
placed at its x position, its glyph codes are mapped to ReportLab's font
subsets in one call per run, and a ``TJ`` number is written only where
HarfBuzz moved a glyph (kerning, a mark) and a rise only where it raised one.
"""

from itertools import pairwise
from typing import Any

from .fonts import Face, loaded
from .shaping import ShapedRun

# A PDF literal string may hold any byte, but a reader turns a carriage return
# into a line feed, and backslashes and brackets need escapes; plain ASCII only.
_LITERAL = [
    "\\" + chr(byte) if chr(byte) in "\\()" else chr(byte) if 32 <= byte < 127 else f"\\{byte:03o}"
    for byte in range(256)
]


def _number(value: float) -> str:
    """A number as short as PDF allows."""
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _literal(data: bytes) -> str:
    return "(" + "".join(map(_LITERAL.__getitem__, data)) + ")"


def _run_operators(
    operators: list[str], doc: Any, face: Face, shaped: ShapedRun, size: float
) -> None:
    font = loaded(face)
    subsets: dict[int, int] = {}
    parts: list[bytes] = []
    start = 0
    for subset, data in font.splitString(shaped.codes, doc):
        subsets[start] = subset
        parts.append(data)
        start += len(data)
    data = b"".join(parts)
    gaps = dict(shaped.gaps)
    rises = dict(shaped.rises)
    size_text = _number(size)
    array: list[str] = []

    def finish_array() -> None:
        if array:
            operators.append(f"[{' '.join(array)}] TJ")
            array.clear()

    cuts = sorted({0, len(data), *subsets, *gaps, *rises})
    for begin, end in pairwise(cuts):
        if begin in subsets or begin in rises:
            finish_array()
        if begin in subsets:
            operators.append(f"{font.getSubsetInternalName(subsets[begin], doc)} {size_text} Tf")
        if begin in rises:
            operators.append(f"{_number(rises[begin] * size / 1000)} Ts")
        if begin in gaps:
            array.append(_number(gaps[begin]))
        array.append(_literal(data[begin:end]))
    finish_array()
    if any(rises.values()):
        operators.append("0 Ts")


def draw_line(canvas: Any, runs: list[tuple[Face, ShapedRun, float]], x: float, y: float) -> None:
    """Draw ``(face, shaped run, size)`` runs left to right from ``x`` on baseline ``y``."""
    operators = ["BT"]
    for face, shaped, size in runs:
        operators.append(f"1 0 0 1 {_number(x)} {_number(y)} Tm")
        _run_operators(operators, canvas._doc, face, shaped, size)
        x += shaped.width(size)
    operators.append("ET")
    canvas.addLiteral("\n".join(operators))
