"""Unicode bidi embedding levels for a paragraph, from python-bidi.

Drawing shaped runs needs each character's resolved level, but python-bidi's
public API only returns the reordered string. Its Rust core (the unicode-bidi
crate, which follows the current algorithm, bracket pairs included) reports
the levels in its debug description, one per UTF-8 byte. This module reads
them from there and checks their number, so a change in that format fails
loudly instead of printing words in the wrong order.
"""

import re
import unicodedata
from functools import cache, lru_cache

from bidi import get_display

_LEVELS_START = "\n    levels: [\n"
_LEVELS_END = "\n    ],\n"
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_CONTROLS = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
# Text with none of these sits wholly at the paragraph's level (rules W1 to I2):
# left to right, nothing right-to-left; right to left, no letter of the
# other direction and no digits (they are raised to level 2).
_MIXING = {
    False: frozenset({"R", "AL", "AN"}) | _CONTROLS,
    True: frozenset({"L", "EN", "AN"}) | _CONTROLS,
}


@cache
def _mixing_pattern(right_to_left: bool) -> re.Pattern[str]:
    """Matches any character that may take another level than the paragraph's.

    Built once over the Basic Multilingual Plane; characters beyond it always
    match, so they take the full algorithm.
    """
    wanted = _MIXING[right_to_left]
    ranges: list[str] = []
    start: int | None = None
    for code in range(0x10001):
        inside = code == 0x10000 or unicodedata.bidirectional(chr(code)) in wanted
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    ranges.append(f"{re.escape(chr(0x10000))}-{re.escape(chr(0x10FFFF))}")
    return re.compile(f"[{''.join(ranges)}]")


_ISOLATE_INITIATORS = frozenset("\u2066\u2067\u2068")
_POP_ISOLATE = "\u2069"


def first_strong_right_to_left(text: str) -> bool | None:
    """The direction of the first strong letter outside any isolate (rules P2 and P3).

    ``True`` for Hebrew or Arabic letters, ``False`` for Latin and the other
    left-to-right scripts, ``None`` for text of digits and punctuation only.
    """
    depth = 0
    for character in text:
        if character in _ISOLATE_INITIATORS:
            depth += 1
        elif character == _POP_ISOLATE:
            depth = max(depth - 1, 0)
        elif not depth:
            kind = unicodedata.bidirectional(character)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return None


@lru_cache(maxsize=4096)
def embedding_levels(text: str, *, right_to_left: bool) -> tuple[int, ...]:
    """One resolved embedding level per character of ``text`` (odd: right to left)."""
    if not text:
        return ()
    if not _mixing_pattern(right_to_left).search(text):
        return (int(right_to_left),) * len(text)
    description = str(get_display(text, base_dir="R" if right_to_left else "L", debug=True))
    start = description.index(_LEVELS_START)
    end = description.index(_LEVELS_END, start)
    byte_levels = [int(level) for level in _LEVEL.findall(description, start, end)]
    encoded = text.encode()
    if len(byte_levels) != len(encoded):
        raise RuntimeError("python-bidi reported levels in a form this app does not know")
    # A character's level is its first byte's; continuation bytes are 10xxxxxx.
    return tuple(
        level for level, byte in zip(byte_levels, encoded, strict=True) if byte & 0xC0 != 0x80
    )
