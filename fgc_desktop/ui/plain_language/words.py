"""What the checker says: a one-line summary, and the details with the suggestions.

The details come as rich text for the eye and as plain text for screen readers.
"""

from __future__ import annotations

from html import escape

from fgc_desktop.domain.plain_words import PlainWordsCheck
from fgc_desktop.domain.readability import LONG_SENTENCE_WORDS, Readability
from fgc_desktop.i18n.catalogue import _, ngettext

# How much of a long sentence the details quote.
QUOTED_WORDS = 8


def reading_age_words(readability: Readability) -> str:
    """“reading age about 12”, for the summary line."""
    level = readability.level
    if level.age >= 16:
        return _("reading age 16 or over")
    return _("reading age about {age}").format(age=level.age)


def reading_level_words(readability: Readability) -> str:
    """“Quite hard to read (reading age about 12)”."""
    level = readability.level
    return _(level.label).format(age=level.age)


def summary(check: PlainWordsCheck) -> str:
    """“2 words to explain · 1 long sentence · reading age about 12”."""
    if check.empty:
        return _("Plain words: nothing written yet")
    count = len(check.jargon)
    parts = [ngettext("{count} word to explain", "{count} words to explain", count).format(
        count=count) if count else _("No jargon")]
    if check.long_sentences:
        count = len(check.long_sentences)
        parts.append(ngettext("{count} long sentence", "{count} long sentences", count).format(
            count=count))
    if check.readability.measurable:
        parts.append(reading_age_words(check.readability))
    return " · ".join(parts)


def needs_attention(check: PlainWordsCheck) -> bool:
    """Whether there is something to suggest (the icon beside the summary says so too)."""
    readability = check.readability
    return bool(check.jargon or check.long_sentences
                or (readability.measurable and not readability.within_family_bar))


def details(check: PlainWordsCheck) -> list[tuple[str, list[str]]]:
    """Each part of the details: a title and its points, in plain text."""
    if check.empty:
        return [(_("Plain words"), [_("Suggestions appear here as you type.")])]
    parts: list[tuple[str, list[str]]] = []
    if check.jargon:
        parts.append((_("Words a family may not know"), [
            _("“{word}”: try “{plainer}”.").format(word=hit.found, plainer=hit.instead)
            + (f" {hit.note}" if hit.note else "")
            for hit in check.jargon
        ]))
    if check.long_sentences:
        parts.append((_("Long sentences"), [
            _("“{start}…” has {count} words. Try two shorter sentences of {limit} words or "
              "fewer.").format(start=_opening(sentence.text), count=sentence.words,
                               limit=LONG_SENTENCE_WORDS)
            for sentence in check.long_sentences
        ]))
    parts.append((_("Reading level"), [_reading_advice(check.readability)]))
    return parts


def _opening(text: str) -> str:
    return " ".join(text.split()[:QUOTED_WORDS])


def _reading_advice(readability: Readability) -> str:
    if not readability.measurable:
        return _("Write a little more to see the reading level.")
    level = reading_level_words(readability)
    if readability.within_family_bar:
        return _("{level}. Most parents can read this.").format(level=level)
    return _("{level}. Many parents read at a reading age of 9 to 11: try shorter sentences "
             "and everyday words.").format(level=level)


def details_html(parts: list[tuple[str, list[str]]]) -> str:
    blocks = []
    for title, points in parts:
        items = "".join(f"<li>{escape(point)}</li>" for point in points)
        blocks.append(f"<p><b>{escape(title)}</b></p><ul style='margin-top:0'>{items}</ul>")
    return "".join(blocks)


def details_plain(parts: list[tuple[str, list[str]]]) -> str:
    return "\n".join(f"{title}: " + " ".join(points) for title, points in parts)
