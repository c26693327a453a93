"""Words that lose a family: professional jargon, with plainer words to use instead.

The glossary ships with the app (``resources/glossary.json``) and a service
adds its own words to it (see ``services/glossary.py``). Terms are found
whatever their case, as whole words, in their other spellings ("s.47", "s47"),
plural or not, and acronyms also with dots ("L.A.C."). A few acronyms that are
everyday words too ("SEND") are found only in capitals.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from fgc_desktop.domain.readability import Readability, Sentence, long_sentences, measure
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.paths import resources_dir

GLOSSARY_FILE = "glossary.json"
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@dataclass(frozen=True)
class GlossaryEntry:
    """One term, its other spellings, the plainer words, and a note for the coordinator."""

    term: str
    plainer: str
    note: str = ""
    also: tuple[str, ...] = ()
    match_case: tuple[str, ...] = ()
    from_service: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.term, *self.also)


@dataclass(frozen=True)
class JargonHit:
    """A term found in a text.

    ``term`` is the spelling found, in lower case (as a checklist names it);
    ``found`` is how it was typed the first time, and ``at`` where.
    """

    term: str
    instead: str
    note: str = ""
    found: str = ""
    at: int = 0


def same_term(first: str, second: str) -> bool:
    """Whether two spellings name the same term: case and spacing do not count."""
    return _key(first) == _key(second)


def _key(term: str) -> str:
    return " ".join(term.casefold().split())


def _spelling_pattern(spelling: str, exact_case: bool) -> str:
    """A regular expression for one spelling: spaces and hyphens loose, dots optional."""
    if _ACRONYM.fullmatch(spelling):
        dotted = r"\.".join(re.escape(letter) for letter in spelling) + r"\.?"
        body = f"(?:{re.escape(spelling)}|{dotted})"
    else:
        parts = [re.escape(word) for word in re.split(r"[\s-]+", spelling.strip()) if word]
        body = r"[\s-]*".join(parts)
    if not exact_case:
        body = f"(?i:{body})"
    return body + r"(?:s|es)?"


@dataclass(frozen=True)
class Glossary:
    """The words to look for; built once per set of entries, then reused as text is typed."""

    entries: tuple[GlossaryEntry, ...] = field(default_factory=tuple)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """One expression for every spelling, longest first so "interim care order" wins."""
        spellings = sorted(
            ((spelling, index, spelling in entry.match_case)
             for index, entry in enumerate(self.entries) for spelling in entry.spellings
             if spelling.strip()),
            key=lambda found: -len(found[0]),
        )
        if not spellings:
            return None
        alternatives = "|".join(
            f"(?P<t{number}_{index}>{_spelling_pattern(spelling, exact)})"
            for number, (spelling, index, exact) in enumerate(spellings)
        )
        return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def find(self, text: str) -> list[JargonHit]:
        """Each entry found in ``text``, once, in the order they first appear."""
        pattern = self._pattern
        if pattern is None or not text:
            return []
        hits: dict[int, JargonHit] = {}
        for match in pattern.finditer(text):
            group = match.lastgroup
            assert group is not None
            index = int(group.rsplit("_", 1)[1])
            if index not in hits:
                entry = self.entries[index]
                found = match.group()
                hits[index] = JargonHit(_key(found), entry.plainer, entry.note, found,
                                        match.start())
        return list(hits.values())

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where every term is in ``text``, each occurrence, as (start, end)."""
        pattern = self._pattern
        if pattern is None:
            return []
        return [match.span() for match in pattern.finditer(text)]

    def entry(self, term: str) -> GlossaryEntry | None:
        """The entry with this term or spelling, whatever its case and spacing."""
        return next((entry for entry in self.entries
                     if any(same_term(term, spelling) for spelling in entry.spellings)), None)

    def with_entries(self, more: Iterable[GlossaryEntry]) -> Glossary:
        return Glossary((*self.entries, *more))


def entries_from_json(data: object, from_service: bool = False) -> tuple[GlossaryEntry, ...]:
    """Entries from the glossary's JSON form; a malformed one raises :class:`ValueError`.

    The error's words reach the coordinator, so they are in the interface's language.
    """
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise ValueError(_("a glossary is an object with a list of terms"))
    return tuple(_entry(item, from_service) for item in data["terms"])


def _entry(item: object, from_service: bool) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise ValueError(_("each glossary term is an object"))
    term, plainer, note = item.get("term"), item.get("plainer"), item.get("note", "")
    if not (isinstance(term, str) and term.strip() and isinstance(plainer, str)
            and isinstance(note, str)):
        raise ValueError(_("the glossary term {term} needs a term and plainer words").format(
            term=repr(term)))
    return GlossaryEntry(term.strip(), plainer.strip(), note.strip(),
                         _strings(item.get("also", [])), _strings(item.get("match_case", [])),
                         from_service)


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(_("other spellings are a list of text"))
    return tuple(value)


def entries_to_json(entries: Sequence[GlossaryEntry]) -> dict[str, object]:
    """The JSON form of entries, as the glossary file and the service's setting hold them."""
    return {"terms": [
        {"term": entry.term, "plainer": entry.plainer, "note": entry.note,
         **({"also": list(entry.also)} if entry.also else {}),
         **({"match_case": list(entry.match_case)} if entry.match_case else {})}
        for entry in entries
    ]}


@cache
def builtin_glossary() -> Glossary:
    """The glossary that ships with the app."""
    path = resources_dir() / GLOSSARY_FILE
    return Glossary(entries_from_json(json.loads(path.read_text(encoding="utf-8"))))


def find_jargon(text: str, glossary: Glossary | None = None) -> list[JargonHit]:
    """Each jargon term found in ``text``, once, in the order it first appears.

    Without a ``glossary``, the one that ships with the app; the checker passes
    the service's glossary, which adds the service's own words.
    """
    return (glossary or builtin_glossary()).find(text)


@dataclass(frozen=True)
class PlainWordsCheck:
    """What the checker says about one text: jargon, long sentences and the reading level."""

    jargon: tuple[JargonHit, ...]
    long_sentences: tuple[Sentence, ...]
    readability: Readability

    @property
    def empty(self) -> bool:
        return self.readability.words == 0


def check_plain_words(text: str, glossary: Glossary | None = None) -> PlainWordsCheck:
    """Everything the checker suggests for ``text``; it never refuses anything."""
    return PlainWordsCheck(tuple(find_jargon(text, glossary)), tuple(long_sentences(text)),
                           measure(text))
