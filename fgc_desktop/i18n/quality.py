"""Checks that a translation is safe to print: every message, every placeholder, every form.

A translation that loses ``%(name)s`` would print without the family's name;
one that adds a placeholder the English lacks would stop the document being
made at all. These checks run when a reviewer saves a correction, when a
``.po`` is imported, and in ``python -m fgc_desktop.i18n.maintain check``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from babel.messages.catalog import Catalog, Message

from fgc_desktop.i18n.catalogue import _

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%%")
MessageKey = tuple[str, str | None]  # the English singular and the message's context


def placeholders(text: str) -> set[str]:
    """The ``%(name)s`` names in ``text``; ``%%`` (a literal percent sign) is not one."""
    return {name for name in PLACEHOLDER.findall(text) if name}


def key_of(message: Message) -> MessageKey:
    singular = message.id[0] if isinstance(message.id, tuple) else message.id
    return str(singular), message.context


def forms(message: Message) -> tuple[str, ...]:
    """A translation's forms: one, or one per plural form of the language."""
    if isinstance(message.string, tuple | list):
        return tuple(str(text or "") for text in message.string)
    return (str(message.string or ""),)


def english_forms(message: Message) -> tuple[str, ...]:
    return tuple(message.id) if isinstance(message.id, tuple) else (str(message.id),)


def translation_faults(english: Message, translated: tuple[str, ...], plurals: int) -> list[str]:
    """What is wrong with ``translated`` as a translation of ``english``, in plain words.

    A singular message must keep exactly the English placeholders. A plural
    message's forms may leave out ``%(count)s`` (a language's “one” form often
    says the number in words) but never bring in a name the English lacks.
    """
    wanted: set[str] = set()
    for text in english_forms(english):
        wanted |= placeholders(text)
    plural = isinstance(english.id, tuple)
    expected = plurals if plural else 1
    if len(translated) != expected:
        return [_("This message needs {expected} forms, and has {found}.").format(
            expected=expected, found=len(translated))]
    faults: list[str] = []
    for text in translated:
        if not text.strip():
            faults.append(_("A translation is empty. Type the words, or leave the message "
                            "as it was."))
            continue
        found = placeholders(text)
        for name in sorted(found - wanted):
            faults.append(_("{placeholder} is not in the English. Remove it: only the "
                            "English placeholders can be filled in.").format(
                                placeholder=f"%({name})s"))
        missing = wanted - found - ({"count"} if plural else set())
        for name in sorted(missing):
            faults.append(_("{placeholder} is missing. Copy it from the English, exactly "
                            "as it is written there.").format(placeholder=f"%({name})s"))
    return faults


def english_messages(template: Catalog) -> Iterator[Message]:
    """The real messages of a catalogue, without its header."""
    return (message for message in template if message.id)


@dataclass(frozen=True)
class CatalogueReport:
    """One language and domain's completeness, as the ``check`` command prints it."""

    messages: int
    translated: int
    faults: tuple[str, ...]

    @property
    def percent(self) -> int:
        return 100 if not self.messages else self.translated * 100 // self.messages


def check_catalogue(template: Catalog, translated: Catalog) -> CatalogueReport:
    """Counts the translated messages of ``translated`` and lists their placeholder faults."""
    counted = 0
    faults: list[str] = []
    for english in english_messages(template):
        found = translated.get(english.id, context=english.context)
        if found is None or found.fuzzy or not any(forms(found)):
            continue
        counted += 1
        for fault in translation_faults(english, forms(found), translated.num_plurals):
            faults.append(f"{key_of(english)[0]!r}: {fault}")
    return CatalogueReport(len(list(english_messages(template))), counted, tuple(faults))


def first_lines(texts: Iterable[str], limit: int = 5) -> str:
    """A few problems, one a line, and how many more there are."""
    shown = list(texts)
    lines = shown[:limit]
    if len(shown) > limit:
        lines.append(_("…and {count} more.").format(count=len(shown) - limit))
    return "\n".join(lines)
