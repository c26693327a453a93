"""How hard a text is to read: sentences, long sentences, and a reading age.

The grade is Flesch-Kincaid's, measured by ``textstat``; a UK reading age is
about the US grade plus five. Many parents read at a reading age of 9 to 11,
which is a grade of 6 or lower, in sentences of 15 words or fewer on average.

A line without a full stop (a heading, a list item, one point per line as the
referral page asks) is read as a sentence of its own, as a reader meets it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import textstat  # type: ignore[import-untyped]

from fgc_desktop.domain.text import N_

LONG_SENTENCE_WORDS = 20
# Fewer words than this give a reading age that means nothing.
MEASURABLE_WORDS = 12
FAMILY_GRADE_LIMIT = 6.0
FAMILY_SENTENCE_LIMIT = 15.0

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_NOT_AN_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|Mx|St|approx|no|vs)\.|\b[A-Za-z]\.)$", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[.!?:;,\s]+$")
_INSIDE_MARKS = re.compile(r"[.!?]")


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    at: int


@dataclass(frozen=True)
class ReadingLevel:
    """A reading age and its words: ``label`` is an ``N_``-marked template with ``{age}``."""

    age: int
    label: str

    def describe(self) -> str:
        return self.label.format(age=self.age)


@dataclass(frozen=True)
class Readability:
    """The figures for one text; ``grade`` is the Flesch-Kincaid grade."""

    words: int
    sentences: int
    grade: float

    @property
    def average_sentence_length(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def measurable(self) -> bool:
        return self.words >= MEASURABLE_WORDS

    @property
    def reading_age(self) -> int:
        return reading_age(self.grade)

    @property
    def level(self) -> ReadingLevel:
        return reading_level(self.grade)

    @property
    def within_family_bar(self) -> bool:
        """Whether most parents can read it: a grade of 6 or lower, 15 words a sentence."""
        return (self.grade <= FAMILY_GRADE_LIMIT
                and self.average_sentence_length <= FAMILY_SENTENCE_LIMIT)


def words_in(text: str) -> int:
    return len(_WORD.findall(text))


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``; each line is at least a sentence of its own.

    Abbreviations such as "e.g." and "Mrs." and the dots inside "s.47" do not
    end a sentence.
    """
    found: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        for start, piece in _pieces(line):
            stripped = piece.strip()
            if stripped:
                at = offset + start + len(piece) - len(piece.lstrip())
                found.append(Sentence(stripped, words_in(stripped), at))
        offset += len(line)
    return found


def _pieces(line: str) -> list[tuple[int, str]]:
    """A line cut at each sentence end, keeping where each piece starts."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        candidate = line[start:end.start()]
        if _NOT_AN_END.search(candidate):
            continue
        pieces.append((start, candidate))
        start = end.end()
    pieces.append((start, line[start:]))
    return pieces


def long_sentences(text: str, limit: int = LONG_SENTENCE_WORDS) -> list[Sentence]:
    """Sentences of more than ``limit`` words, which lose many readers."""
    return [sentence for sentence in split_sentences(text) if sentence.words > limit]


def as_sentences(text: str) -> str:
    """``text`` as ``textstat`` should count it: one full stop at the end of each sentence.

    ``textstat`` ends a sentence at every dot, so "s.47" or "e.g." would make
    short sentences out of long ones; each sentence found here keeps its words
    and loses any dots inside.
    """
    return "\n".join(
        _INSIDE_MARKS.sub("", _TRAILING_MARKS.sub("", sentence.text)) + "."
        for sentence in split_sentences(text)
    )


def measure(text: str) -> Readability:
    """Words, sentences and the Flesch-Kincaid grade of ``text``, measured by ``textstat``."""
    prepared = as_sentences(text)
    if not prepared:
        return Readability(0, 0, 0.0)
    return Readability(
        words=int(textstat.lexicon_count(prepared)),
        sentences=int(textstat.sentence_count(prepared)),
        grade=float(textstat.flesch_kincaid_grade(prepared)),
    )


def reading_age(grade: float) -> int:
    """The UK reading age for a US grade: about the grade plus five, from 6 to 18."""
    return max(6, min(18, round(grade) + 5))


_LEVELS: tuple[tuple[int, str], ...] = (
    (9, N_("Easy to read (reading age about {age})")),
    (11, N_("Fairly easy to read (reading age about {age})")),
    (13, N_("Quite hard to read (reading age about {age})")),
    (15, N_("Hard to read (reading age about {age})")),
)
_HARDEST = N_("Very hard to read (reading age {age} or over)")


def reading_level(grade: float) -> ReadingLevel:
    """The reading age in words a coordinator can act on."""
    age = reading_age(grade)
    label = next((label for highest, label in _LEVELS if age <= highest), _HARDEST)
    return ReadingLevel(min(age, 16), label)
