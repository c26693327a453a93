"""A service adds its own words to the glossary; they are kept with the data and used at once."""

import re
from pathlib import Path

import pytest

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plain_words import builtin_glossary, find_jargon
from fgc_desktop.services import glossary
from fgc_desktop.services.settings import get_setting, save_setting
from fgc_desktop.store.database import Database, sqlite_url

TEXT = "Kai's FNM is on Friday, then the TAF meets."


def test_a_services_word_is_flagged_as_soon_as_it_is_added(db: Database) -> None:
    assert [hit.found for hit in find_jargon(TEXT, glossary.load_glossary(db))] == ["TAF"]

    glossary.add_term(db, "FNM", "family network meeting", "Our name for the first meeting.")

    hits = find_jargon(TEXT, glossary.load_glossary(db))
    assert [(hit.found, hit.instead, hit.note) for hit in hits] == [
        ("FNM", "family network meeting", "Our name for the first meeting."),
        ("TAF", "a group of workers who meet with the family to help", ""),
    ]


def test_the_services_words_are_kept_with_the_data(db: Database, data_folder: Path) -> None:
    glossary.add_term(db, "  edge of care ", "at risk of going into care")
    glossary.add_term(db, "FNM", "family network meeting")

    again = Database(sqlite_url(data_folder), actor="Another Coordinator")
    try:
        terms = glossary.service_terms(again)
    finally:
        again.close()
    assert [(entry.term, entry.plainer, entry.from_service) for entry in terms] == [
        ("edge of care", "at risk of going into care", True),
        ("FNM", "family network meeting", True),
    ]


def test_a_word_already_in_the_glossary_is_not_added_twice(db: Database) -> None:
    with pytest.raises(UserError, match=re.escape("“s.47” is already in the app's glossary, "
                                                  "as “section 47”")):
        glossary.add_term(db, "s.47", "a check")
    glossary.add_term(db, "FNM", "family network meeting")
    with pytest.raises(UserError, match="already in the service's own words"):
        glossary.add_term(db, "fnm", "something else")


@pytest.mark.parametrize(("term", "plainer", "message"), [
    ("", "plainer", "The word or phrase cannot be empty"),
    ("FNM", "  ", "The plainer words cannot be empty"),
    ("x" * 61, "plainer", "The word or phrase is too long"),
    ("...", "plainer", "Type a word or phrase with letters in it."),
    ("two\nlines", "plainer", "Put one word or phrase on one line."),
])
def test_a_word_that_cannot_be_added_says_why(
    db: Database, term: str, plainer: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        glossary.add_term(db, term, plainer)
    assert glossary.service_terms(db) == []


def test_removing_a_word_returns_it_so_it_can_be_put_back(db: Database) -> None:
    glossary.add_term(db, "FNM", "family network meeting", "note")
    glossary.add_term(db, "edge of care", "at risk of going into care")

    removed = glossary.remove_term(db, "fnm")

    assert [entry.term for entry in glossary.service_terms(db)] == ["edge of care"]
    assert find_jargon(TEXT, glossary.load_glossary(db))[0].found == "TAF"
    glossary.add_term(db, removed.term, removed.plainer, removed.note)
    assert [entry.term for entry in glossary.service_terms(db)] == ["edge of care", "FNM"]


def test_the_apps_own_words_cannot_be_removed(db: Database) -> None:
    with pytest.raises(UserError, match="comes with the app"):
        glossary.remove_term(db, "LAC")
    with pytest.raises(UserError, match="is not in the service's own words"):
        glossary.remove_term(db, "FNM")


def test_removing_the_last_word_empties_the_setting(db: Database) -> None:
    glossary.add_term(db, "FNM", "family network meeting")
    glossary.remove_term(db, "FNM")

    assert get_setting(db, glossary.SETTING) == ""
    assert glossary.load_glossary(db) == builtin_glossary()


def test_damaged_words_are_explained_and_adding_replaces_them(db: Database) -> None:
    save_setting(db, glossary.SETTING, "{not json")

    with pytest.raises(UserError, match="could not be read, so only the app's words"):
        glossary.load_glossary(db)
    glossary.add_term(db, "FNM", "family network meeting")
    assert [entry.term for entry in glossary.service_terms(db)] == ["FNM"]
