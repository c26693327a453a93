"""Writing a document's story in one language and one type style, a line at a time.

A :class:`Composer` wraps the typesetting engine's public API so a document
reads like its printed page: ``heading``, ``say``, ``bullets``, ``facts``. It
knows the language (for fonts and direction) and the style set (standard,
child-friendly or large print); the words come from its :class:`Wording`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import KeepTogether, Spacer

from fgc_desktop.documents.typesetting import (
    Span,
    StyleSet,
    TextInput,
    bullet_list,
    heading,
    paragraph,
    table,
)
from fgc_desktop.documents.wording import Wording


def lines_of(text: str) -> list[str]:
    """The lines a person typed, without empty ones or list marks they typed themselves."""
    found = []
    for line in text.splitlines():
        cleaned = line.strip().lstrip("-•*").strip()
        if cleaned:
            found.append(cleaned)
    return found


@dataclass
class Composer:
    """Collects the flowables of one document in one language."""

    words: Wording
    styles: StyleSet
    story: list[Any] = field(default_factory=list)

    @property
    def language(self) -> str:
        """The language the paragraphs are set in (see :attr:`Wording.text_language`)."""
        return self.words.text_language

    def title(self, text: str, subtitle: str = "") -> None:
        self.story.append(heading(text, self.language, self.styles, 1))
        if subtitle:
            self.story.append(paragraph(subtitle, self.language, self.styles.heading(3)))

    def heading(self, text: str, level: int = 2) -> None:
        self.story.append(heading(text, self.language, self.styles, level))

    def say(self, *sentences: str) -> None:
        """One paragraph of the given sentences; empty ones are left out."""
        text = " ".join(sentence for sentence in sentences if sentence)
        if text:
            self.story.append(paragraph(text, self.language, self.styles.body))

    def typed(self, text: str) -> None:
        """Words someone typed, each of their lines kept as a line, in its own direction."""
        kept = lines_of(text)
        if len(kept) > 1:
            self.bullets(kept)
        elif kept:
            self.say(self.words.isolate(kept[0]))

    def bullets(self, items: Sequence[TextInput]) -> None:
        self.story += bullet_list(items, self.language, self.styles.body)

    def titled_bullets(self, entries: Sequence[tuple[str, str]]) -> None:
        """A list whose items each open with a few words in bold."""
        self.bullets([[Span(title, bold=True), Span(" " + text)] for title, text in entries])

    def fact(self, label: str, value: str) -> None:
        """“When: Thursday…”: a bold label, then the value, kept as one paragraph."""
        if value:
            self.story.append(paragraph(
                [Span(label, bold=True), Span(" " + self.words.isolate(value))], self.language,
                self.styles.body))

    def block(self, title: str, text: str) -> None:
        """A small heading with the words under it, kept on one page where they fit."""
        self.story.append(KeepTogether([
            heading(title, self.language, self.styles, 3),
            *self._typed_flowables(text),
        ]))

    def _typed_flowables(self, text: str) -> list[Any]:
        kept = lines_of(text)
        if len(kept) > 1:
            return bullet_list(kept, self.language, self.styles.body)
        return [paragraph(self.words.isolate(line), self.language, self.styles.body)
                for line in kept]

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float]
    ) -> None:
        """Headings in the document's direction; each cell below in its own (see the engine)."""
        self.story.append(table(header, rows, self.language, self.styles, weights))

    def space(self, lines: float = 1.0) -> None:
        self.story.append(Spacer(1, self.styles.body.size * lines))

    def sign_off(self, sign_off: str, signature: str) -> None:
        self.space(0.5)
        self.say(sign_off)
        self.say(signature)
