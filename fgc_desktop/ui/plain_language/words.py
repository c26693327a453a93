"""What the checker says: a one-line summary, and the details with the suggestions.

The details come as rich text for the eye and as plain text for screen readers.
A one-line box gets a short hint instead, said only when there is a suggestion.
Until the reading level can be measured (``level_ready``), it is said to be on its way.
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


def summary(check: PlainWordsCheck, level_ready: bool = True) -> str:
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
        parts.append(reading_age_words(check.readability) if level_ready
                     else _("reading age: working it out…"))
    return " · ".join(parts)


def needs_attention(check: PlainWordsCheck, level_ready: bool = True) -> bool:
    """Whether there is something to suggest (the icon beside the summary says so too)."""
    return bool(check.jargon or check.long_sentences or _hard_to_read(check, level_ready))


def _hard_to_read(check: PlainWordsCheck, level_ready: bool) -> bool:
    readability = check.readability
    return level_ready and readability.measurable and not readability.within_family_bar


def _jargon_points(check: PlainWordsCheck) -> list[str]:
    return [_("“{word}”: try “{plainer}”.").format(word=hit.found, plainer=hit.instead)
            + (f" {hit.note}" if hit.note else "") for hit in check.jargon]


def details(check: PlainWordsCheck, level_ready: bool = True) -> list[tuple[str, list[str]]]:
    """Each part of the details: a title and its points, in plain text."""
    if check.empty:
        return [(_("Plain words"), [_("Suggestions appear here as you type.")])]
    parts: list[tuple[str, list[str]]] = []
    if check.jargon:
        parts.append((_("Words a family may not know"), _jargon_points(check)))
    if check.long_sentences:
        parts.append((_("Long sentences"), [
            _("“{start}…” has {count} words. Try two shorter sentences of {limit} words or "
              "fewer.").format(start=_opening(sentence.text), count=sentence.words,
                               limit=LONG_SENTENCE_WORDS)
            for sentence in check.long_sentences
        ]))
    parts.append((_("Reading level"), [_reading_advice(check.readability) if level_ready
                                        else _("Working out the reading level…")]))
    return parts


def hint(check: PlainWordsCheck, level_ready: bool = True) -> str:
    """The short hint under a one-line box: each word to explain, then the rest; "" if none.

    For example: “LAC”: try “a child in care”. 1 long sentence: try two shorter ones.
    """
    points = [_("“{word}”: try “{plainer}”.").format(word=hit.found, plainer=hit.instead)
              for hit in check.jargon]
    if check.long_sentences:
        count = len(check.long_sentences)
        points.append(ngettext("{count} long sentence: try two shorter ones.",
                               "{count} long sentences: try shorter ones.", count).format(
            count=count))
    if _hard_to_read(check, level_ready):
        points.append(_("Hard to read ({age}): try everyday words.").format(
            age=reading_age_words(check.readability)))
    return " ".join(points)


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
