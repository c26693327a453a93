"""Clean text for printing and choose, for every character, a font that has it.

A PDF that silently prints empty boxes is the worst failure for a family, so
every character is checked against the fonts' character maps before anything
is drawn. Each word keeps one font where one font has all of it; otherwise
each letter with its marks goes to the first font in the stack that has them.
A character no bundled font has stops the document with
:class:`MissingGlyphError`.
"""

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.languages import language

from .fonts import Face, loaded

ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
# Consumed by the bidi algorithm, never drawn.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Invisible characters that only suggest breaks or hyphens; dropped.
_DROPPED = frozenset("\u00ad\u200b\u2060\ufeff")
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
_VARIATION_SELECTORS = frozenset(chr(code) for code in range(0xFE00, 0xFE10))
_NOT_CHECKED = ZERO_WIDTH_JOINERS | BIDI_CONTROLS | _VARIATION_SELECTORS | {" ", "\n"}


class MissingGlyphError(UserError):
    """Text holds a character that none of the app's fonts can print."""

    def __init__(self, character: str, language_code: str) -> None:
        self.character = character
        self.language_code = language_code
        name = language(language_code).english_name
        super().__init__(
            f"This {name} text has a character the app cannot print: "
            f"U+{ord(character):04X} ({character}). None of the app's fonts has it, so it "
            "would print as an empty box. Please remove or replace that character, for "
            "example a pasted symbol or a letter from another alphabet, and try again."
        )


def clean(spans: Sequence[tuple[str, bool]]) -> tuple[str, list[bool]]:
    """Text ready to lay out, and whether each character is bold.

    One space between words, ``\\n`` for a new line, NFC, no stray controls.
    """
    kept: list[tuple[str, bool]] = []
    for text, bold in spans:
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        for character in text:
            if character in _DROPPED:
                continue
            if character in _NO_BREAK_SPACES:
                kept.append(("\u00a0", bold))
            elif character == "\n":
                while kept and kept[-1][0] == " ":
                    kept.pop()
                kept.append(("\n", bold))
            elif character.isspace():
                if kept and kept[-1][0] not in " \n":
                    kept.append((" ", bold))
            elif unicodedata.category(character) != "Cc":
                kept.append((character, bold))
    while kept and kept[-1][0] == " ":
        kept.pop()
    return "".join(character for character, _ in kept), [bold for _, bold in kept]


def _continues_cluster(previous: str, character: str) -> bool:
    """Whether ``character`` belongs with the letter before it (a mark, a joiner, a conjunct)."""
    return (
        unicodedata.category(character).startswith("M")
        or character in ZERO_WIDTH_JOINERS
        or character in _VARIATION_SELECTORS
        or previous in ZERO_WIDTH_JOINERS
        or unicodedata.combining(previous) == 9  # after a virama the next consonant joins
    )


def _clusters(word: str) -> list[str]:
    clusters: list[str] = []
    for character in word:
        if clusters and _continues_cluster(clusters[-1][-1], character):
            clusters[-1] += character
        else:
            clusters.append(character)
    return clusters


def _first_covering(text: str, faces: Sequence[Face]) -> Face | None:
    needed = [character for character in text if character not in _NOT_CHECKED]
    for face in faces:
        font = loaded(face)
        if all(font.covers(character) for character in needed):
            return face
    return None


@lru_cache(maxsize=20_000)
def word_faces(word: str, faces: tuple[Face, ...], language_code: str) -> tuple[Face, ...]:
    whole = _first_covering(word, faces)
    if whole is not None:
        return (whole,) * len(word)
    chosen: list[Face] = []
    for cluster in _clusters(word):
        face = _first_covering(cluster, faces)
        if face is None:
            missing = next(c for c in cluster if _first_covering(c, faces) is None)
            raise MissingGlyphError(missing, language_code)
        chosen += [face] * len(cluster)
    return tuple(chosen)


def choose_faces(
    text: str,
    bold: Sequence[bool],
    stacks: tuple[tuple[Face, ...], tuple[Face, ...]],
    language_code: str,
) -> list[Face]:
    """A face for every character of cleaned ``text``.

    ``stacks`` holds the regular and the bold faces to try, best first. A space
    takes the face of the word before it when that face has a space.
    """
    faces: list[Face] = []
    start = 0
    while start < len(text):
        end = start
        if text[start] in " \n":
            end += 1
            previous = faces[-1] if faces else stacks[bold[start]][0]
            faces.append(previous if loaded(previous).covers(" ") else stacks[bold[start]][0])
        else:
            weight = bold[start]
            while end < len(text) and text[end] not in " \n" and bold[end] == weight:
                end += 1
            faces += word_faces(text[start:end], stacks[weight], language_code)
        start = end
    _widen_spaces_between_faces(text, faces)
    return faces


def _widen_spaces_between_faces(text: str, faces: list[Face]) -> None:
    """A space between words in two faces takes the wider of their spaces.

    Nastaliq's narrow space all but vanishes beside a Latin reference number.
    """
    for index in range(1, len(text) - 1):
        before, after = faces[index - 1], faces[index + 1]
        if text[index] == " " and before != after and loaded(after).covers(" "):
            faces[index] = max((before, after), key=_space_width)


def _space_width(face: Face) -> float:
    return float(loaded(face).face.charWidths[ord(" ")]) * face.scale
