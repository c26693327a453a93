"""A service's own corrections to the shipped translations, kept in its data folder.

A reviewer (a qualified interpreter working for the service) corrects a
message; the correction goes into ``<data>/translations/<code>/LC_MESSAGES/
<domain>.po``, never into the app's own files, so an upgrade keeps it. Only
messages that differ from the shipped words are kept there; putting the
shipped words back removes the correction. Every correction is checked before
it is kept (:mod:`fgc_desktop.i18n.quality`).
"""

from __future__ import annotations

import gettext
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import (
    DOCUMENTS_DOMAIN,
    _,
    corrections_changed,
    override_path,
    source_path,
)
from fgc_desktop.i18n.languages import language
from fgc_desktop.i18n.quality import (
    MessageKey,
    english_forms,
    english_messages,
    forms,
    key_of,
    translation_faults,
)

EXAMPLE_NUMBERS = range(0, 200)
EXAMPLES_PER_FORM = 4
CORRECTIONS_COMMENT = ("Corrections made by this service's reviewer, over the words the app "
                       "ships.\nKept by FGC Desktop; edit them on the Translations screen.")


@dataclass(frozen=True)
class ReviewMessage:
    """One message as a reviewer sees it: the English, the words in use, the context."""

    key: MessageKey
    english: tuple[str, ...]
    shipped: tuple[str, ...]
    translation: tuple[str, ...]
    comments: tuple[str, ...]

    @property
    def corrected(self) -> bool:
        return self.translation != self.shipped

    @property
    def plural(self) -> bool:
        return len(self.english) > 1


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as po_file:
        return read_po(po_file)


def shipped_catalogue(code: str, domain: str = DOCUMENTS_DOMAIN) -> Catalog:
    """The app's own catalogue of one language, as it was shipped."""
    path = source_path(domain, code)
    if not path.exists():
        raise UserError(_("There are no translated words for {language} yet.").format(
            language=language(code).english_name))
    return read_catalogue(path)


def corrections(code: str, domain: str = DOCUMENTS_DOMAIN) -> Catalog:
    """The service's corrections of one language; empty (with the right header) if none."""
    path = override_path(domain, code)
    if path.exists():
        return read_catalogue(path)
    found = shipped_catalogue(code, domain)
    for message in list(english_messages(found)):
        found.delete(message.id, context=message.context)
    found.header_comment = "\n".join(f"# {line}" for line in CORRECTIONS_COMMENT.splitlines())
    return found


def review_messages(code: str, domain: str = DOCUMENTS_DOMAIN) -> list[ReviewMessage]:
    """Every message of one language, in the order the catalogue keeps them."""
    corrected = corrections(code, domain)
    rows = []
    for message in english_messages(shipped_catalogue(code, domain)):
        override = corrected.get(message.id, context=message.context)
        shipped = forms(message)
        rows.append(ReviewMessage(
            key_of(message), english_forms(message), shipped,
            forms(override) if override is not None else shipped,
            tuple(message.auto_comments),
        ))
    return rows


def save_corrections(
    code: str, changes: Mapping[MessageKey, tuple[str, ...]], domain: str = DOCUMENTS_DOMAIN,
) -> None:
    """Keeps the reviewer's words for each message in ``changes``, or refuses them all.

    A :class:`UserError` names the message and the fault (a lost placeholder,
    a missing plural form) and nothing is saved.
    """
    shipped = shipped_catalogue(code, domain)
    by_key = {key_of(message): message for message in english_messages(shipped)}
    kept = corrections(code, domain)
    for key, texts in changes.items():
        english = by_key.get(key)
        if english is None:
            raise UserError(_("“{message}” is not one of the app's messages. Nothing was "
                              "saved.").format(message=key[0]))
        faults = translation_faults(english, texts, shipped.num_plurals)
        if faults:
            raise UserError(_("The translation of “{message}” cannot be saved: {fault} "
                              "Nothing was saved.").format(message=key[0], fault=faults[0]))
        kept.delete(english.id, context=english.context)
        if texts != forms(english):
            kept.add(english.id, texts if isinstance(english.id, tuple) else texts[0],
                     auto_comments=english.auto_comments, context=english.context)
    write_corrections(code, kept, domain)


def write_corrections(code: str, kept: Catalog, domain: str = DOCUMENTS_DOMAIN) -> None:
    """Writes the corrections whole, so a failure part-way leaves the old file as it was."""
    path = override_path(domain, code)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as po_file:
            write_po(po_file, kept, width=0)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    corrections_changed()


def merged_catalogue(code: str, domain: str = DOCUMENTS_DOMAIN) -> Catalog:
    """The shipped catalogue with the service's corrections written in."""
    merged = shipped_catalogue(code, domain)
    for message in english_messages(corrections(code, domain)):
        found = merged.get(message.id, context=message.context)
        if found is not None:
            found.string = message.string
            found.flags.discard("fuzzy")
    return merged



def form_examples(code: str, domain: str = DOCUMENTS_DOMAIN) -> tuple[tuple[int, ...], ...]:
    """For each plural form of the language, the first few numbers that take it.

    A reviewer sees “for 1, 21, 31…” beside a form, rather than an index.
    """
    shipped = shipped_catalogue(code, domain)
    choose = gettext.c2py(shipped.plural_expr)
    found: list[list[int]] = [[] for _form in range(shipped.num_plurals)]
    for number in EXAMPLE_NUMBERS:
        form = choose(number)
        if 0 <= form < len(found) and len(found[form]) < EXAMPLES_PER_FORM:
            found[form].append(number)
    return tuple(tuple(numbers) for numbers in found)
