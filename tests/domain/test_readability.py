"""Sentences, long sentences and reading ages, measured as a parent would meet the text."""

import pytest

from fgc_desktop.domain.readability import (
    as_sentences,
    long_sentences,
    measure,
    reading_age,
    reading_level,
    split_sentences,
)

PLAIN = ("Kai lives with his gran. Mum visits on Sundays. She loves the boys. "
         "We want a plan so Kai is safe when Mum is unwell.")
HARD = ("Notwithstanding considerable professional apprehension regarding intergenerational "
        "vulnerabilities, the multidisciplinary partnership anticipates constructive "
        "collaboration with the extended familial network regarding contingency arrangements.")


def test_abbreviations_and_section_numbers_do_not_end_a_sentence() -> None:
    text = "Dr. Amberley saw Kai, e.g. at the s.47 visit. Then Mrs. Quill rang! Was it late?"

    assert [s.text for s in split_sentences(text)] == [
        "Dr. Amberley saw Kai, e.g. at the s.47 visit.", "Then Mrs. Quill rang!",
        "Was it late?",
    ]


def test_each_line_is_a_sentence_of_its_own() -> None:
    text = "Gran helps every day\n\nOsian likes football\nMum is kind. She tries hard."

    sentences = split_sentences(text)

    assert [s.text for s in sentences] == [
        "Gran helps every day", "Osian likes football", "Mum is kind.", "She tries hard."]
    assert [text[s.at:s.at + len(s.text)] for s in sentences] == [s.text for s in sentences]


def test_long_sentences_say_how_many_words() -> None:
    long = ("When Mum has been drinking in the evening the boys are often left to make their "
            "own tea and put themselves to bed without an adult in the house.")
    text = f"Kai is seven. {long} Osian is four."

    found = long_sentences(text)

    assert [(s.text, s.words) for s in found] == [(long, 29)]
    assert long_sentences("Twenty words exactly: " + "word " * 17) == []


def test_textstat_counts_the_sentences_found_here() -> None:
    assert as_sentences("Who comes\nThe s.47 visit. Dr. Lo came!") == (
        "Who comes.\nThe s47 visit.\nDr Lo came.")


def test_plain_words_read_easily_and_officialese_does_not() -> None:
    plain, hard = measure(PLAIN), measure(HARD)

    assert plain.words == 25
    assert plain.sentences == 4
    assert plain.average_sentence_length == 6.25
    assert plain.within_family_bar
    assert plain.level.describe() == "Easy to read (reading age about 6)"
    assert hard.grade > 20
    assert not hard.within_family_bar
    assert hard.level.describe() == "Very hard to read (reading age 16 or over)"


def test_too_little_text_is_not_given_a_reading_age() -> None:
    assert not measure("Gran helps.").measurable
    assert measure(PLAIN).measurable
    assert measure("").words == 0


@pytest.mark.parametrize(("grade", "age", "words"), [
    (-3.0, 6, "Easy to read (reading age about 6)"),
    (4.0, 9, "Easy to read (reading age about 9)"),
    (5.6, 11, "Fairly easy to read (reading age about 11)"),
    (7.2, 12, "Quite hard to read (reading age about 12)"),
    (9.9, 15, "Hard to read (reading age about 15)"),
    (14.0, 18, "Very hard to read (reading age 16 or over)"),
])
def test_reading_levels_in_words(grade: float, age: int, words: str) -> None:
    assert reading_age(grade) == age
    assert reading_level(grade).describe() == words
