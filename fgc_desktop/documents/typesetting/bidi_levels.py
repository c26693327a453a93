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
from itertools import accumulate

from bidi import get_display

_LEVELS_START = "\n    levels: [\n"
_LEVELS_END = "\n    ],\n"
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
# Without these, every character of a left-to-right paragraph is at level 0.
_RAISING_CLASSES = frozenset({"R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "RLI", "LRI", "FSI"})


def embedding_levels(text: str, *, right_to_left: bool) -> list[int]:
    """One resolved embedding level per character of ``text`` (odd: right to left)."""
    if not text:
        return []
    if not right_to_left and not any(
        unicodedata.bidirectional(character) in _RAISING_CLASSES for character in text
    ):
        return [0] * len(text)
    description = str(get_display(text, base_dir="R" if right_to_left else "L", debug=True))
    start = description.index(_LEVELS_START)
    end = description.index(_LEVELS_END, start)
    byte_levels = [int(level) for level in _LEVEL.findall(description, start, end)]
    starts = list(accumulate((len(character.encode()) for character in text), initial=0))
    if len(byte_levels) != starts.pop():
        raise RuntimeError("python-bidi reported levels in a form this app does not know")
    return [byte_levels[start] for start in starts]
