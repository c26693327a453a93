"""Readable places in a case file, such as ``conference.participants[2].date_of_birth``.

Counting in lists starts at 0, as in most tools that show JSON.
"""

from __future__ import annotations

from collections.abc import Iterable

from fgc_desktop.i18n.catalogue import _


def shorten(text: str, limit: int = 60) -> str:
    """Text short enough to quote in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def join_words(words: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``, with the interface's word for “and”."""
    listed = list(words)
    if len(listed) == 1:
        return listed[0]
    return _("{items} and {last}").format(items=", ".join(listed[:-1]), last=listed[-1])


def child_location(location: str, step: str | int) -> str:
    """The place of a field (a name) or a list entry (a number) inside ``location``."""
    if isinstance(step, int):
        return f"{location}[{step}]"
    name = shorten(step, 40)
    return f"{location}.{name}" if location else name


def location_of(steps: Iterable[str | int]) -> str:
    location = ""
    for step in steps:
        location = child_location(location, step)
    return location
