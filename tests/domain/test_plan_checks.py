"""Each action of a plan says what, who, by when, how everyone will know, and who checks."""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from fgc_desktop.domain.plan_checks import VAGUE_WORDS, ActionDetails, action_warnings, vague_words

CLEAR = ActionDetails(
    what="Grandma Juniper walks Ash to school every morning.", who="Grandma Juniper",
    by_when=None, by_when_text="Every school day", how_known="Ash is at school by 8:50.",
    who_checks="Sky, the school's family worker",
)


def _warned(**changes: Any) -> dict[str, str]:
    return {w.field: w.text for w in action_warnings(replace(CLEAR, **changes))}


def test_a_clear_action_has_no_warnings() -> None:
    assert action_warnings(CLEAR) == []


def test_a_date_is_a_clear_deadline_even_with_no_words() -> None:
    assert _warned(by_when=date(2026, 5, 1), by_when_text="") == {}


@pytest.mark.parametrize("field", ["what", "who", "how_known", "who_checks"])
def test_each_missing_detail_is_named_with_what_to_write(field: str) -> None:
    warned = _warned(**{field: "  "})

    assert list(warned) == [field]
    assert "not written yet" in warned[field]


def test_no_date_and_no_words_asks_for_a_deadline() -> None:
    warned = _warned(by_when=None, by_when_text="")

    assert warned == {"when": "By when: not written yet. Give a date, or words like "
                              "“every Friday”."}


@pytest.mark.parametrize("words", ["ASAP", "ongoing", "As needed", "when possible", "TBC",
                                   "soon", "as and when"])
def test_vague_deadlines_are_flagged_in_the_words_typed(words: str) -> None:
    warned = _warned(by_when_text=words)

    assert f"“{words}” is vague" in warned["when"]


def test_vague_words_inside_a_sentence_are_found_once_each() -> None:
    assert vague_words("Call Gran asap, and again ASAP when possible") == ["asap",
                                                                         "when possible"]
    assert _warned(how_known="We will check as needed, ongoing")["how_known"].startswith(
        "How everyone will know it is done: “as needed”, “ongoing” are vague.")


def test_a_vague_word_is_not_found_inside_another_word() -> None:
    assert vague_words("Grandma Soonhee visits; the alltogether club") == []


def test_who_must_name_someone_in_particular() -> None:
    warned = _warned(who="Everyone", who_checks="the family")

    assert set(warned) == {"who", "who_checks"}
    assert "names nobody in particular" in warned["who"]


def test_the_list_of_vague_words_is_declared_once_in_lower_case() -> None:
    assert list(VAGUE_WORDS) == sorted(set(VAGUE_WORDS), key=VAGUE_WORDS.index)
    assert all(word == word.lower() for word in VAGUE_WORDS)
