"""The glossary the jargon checker uses: the app's own, and the words a service adds.

A service's words are kept with the data, in the ``glossary_additions``
setting (JSON in the glossary file's form), so a team on a shared server
shares them and a backup carries them.
"""

from __future__ import annotations

import json

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plain_words import (
    Glossary,
    GlossaryEntry,
    builtin_glossary,
    entries_from_json,
    entries_to_json,
    same_term,
)
from fgc_desktop.domain.validation import check_text
from fgc_desktop.services.settings import get_setting, save_setting
from fgc_desktop.store.database import Database

SETTING = "glossary_additions"
TERM_LENGTH = 60
PLAINER_LENGTH = 200
NOTE_LENGTH = 300


def service_terms(db: Database) -> list[GlossaryEntry]:
    """The words this service added, in the order they were added."""
    stored = get_setting(db, SETTING)
    if not stored.strip():
        return []
    try:
        return list(entries_from_json(json.loads(stored), from_service=True))
    except ValueError as error:
        raise UserError(
            "The service's own glossary words could not be read, so only the app's words "
            f"are checked ({error}). Add your words again to replace them."
        ) from error


def load_glossary(db: Database) -> Glossary:
    """The app's glossary with the service's words added.

    Raises :class:`UserError` if the service's words were damaged; the app's
    own glossary is still there through :func:`builtin_glossary`.
    """
    return builtin_glossary().with_entries(service_terms(db))


def add_term(db: Database, term: str, plainer: str, note: str = "") -> GlossaryEntry:
    """Adds a word the service wants flagged, with the plainer words to use instead."""
    term = check_text("The word or phrase", term, TERM_LENGTH, required=True)
    plainer = check_text("The plainer words", plainer, PLAINER_LENGTH, required=True)
    note = check_text("The note", note, NOTE_LENGTH)
    if "\n" in term:
        raise UserError("Put one word or phrase on one line.")
    if not any(character.isalnum() for character in term):
        raise UserError("Type a word or phrase with letters in it.")
    known = _existing_terms(db).entry(term)
    if known is not None:
        where = "the service's own words" if known.from_service else "the app's glossary"
        raise UserError(f"“{term}” is already in {where}, as “{known.term}”. "
                        "Remove it there first to change its plainer words.")
    entry = GlossaryEntry(term, plainer, note, from_service=True)
    _store(db, [*_readable_service_terms(db), entry])
    return entry


def remove_term(db: Database, term: str) -> GlossaryEntry:
    """Removes one of the service's words and returns it, so the removal can be undone."""
    terms = _readable_service_terms(db)
    for index, entry in enumerate(terms):
        if same_term(entry.term, term):
            _store(db, terms[:index] + terms[index + 1:])
            return entry
    if builtin_glossary().entry(term) is not None:
        raise UserError(f"“{term}” comes with the app, so it cannot be removed here.")
    raise UserError(f"“{term}” is not in the service's own words.")


def _existing_terms(db: Database) -> Glossary:
    return builtin_glossary().with_entries(_readable_service_terms(db))


def _readable_service_terms(db: Database) -> list[GlossaryEntry]:
    """The service's words, or none when they were damaged (adding replaces them)."""
    try:
        return service_terms(db)
    except UserError:
        return []


def _store(db: Database, entries: list[GlossaryEntry]) -> None:
    text = json.dumps(entries_to_json(entries), ensure_ascii=False, indent=1) if entries else ""
    save_setting(db, SETTING, text)
