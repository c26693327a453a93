"""The jargon checker finds professional words in real-looking referrals, and only those."""

from fgc_desktop.domain.plain_words import (
    Glossary,
    GlossaryEntry,
    builtin_glossary,
    check_plain_words,
    entries_from_json,
    entries_to_json,
    find_jargon,
)

REFERRAL = (
    "Kai (7) and Osian (4) have been LAC since March under a s.20 agreement and are placed "
    "with their maternal grandmother. Mum has not engaged with the PLO process and the "
    "contingency plan, if the kinship care arrangement breaks down, is foster care.\n"
    "The ICPC agreed a CP plan under the category of neglect. Safeguarding concerns remain "
    "about substance misuse at home."
)
WORRIES = (
    "Following the section 47 enquiry, the strategy discussion agreed that threshold is met "
    "for an interim care order if the core group cannot evidence change, and a multi-agency "
    "risk assessment will be completed by the end of the month before the RCPC."
)


def _found(text: str, glossary: Glossary | None = None) -> list[str]:
    return [hit.found for hit in find_jargon(text, glossary)]


def test_a_referral_full_of_jargon_is_flagged_in_reading_order() -> None:
    assert _found(REFERRAL) == [
        "LAC", "s.20", "engaged with", "PLO", "contingency plan", "kinship care",
        "ICPC", "CP plan", "Safeguarding concerns", "substance misuse",
    ]
    assert _found(WORRIES) == [
        "section 47 enquiry", "strategy discussion", "threshold", "interim care order",
        "core group", "multi-agency", "risk assessment", "RCPC",
    ]


def test_each_word_comes_with_plainer_words_to_use() -> None:
    hits = {hit.term: hit for hit in find_jargon(REFERRAL)}

    assert hits["lac"].instead == "a child in care"
    assert "hurtful" in hits["lac"].note
    assert hits["contingency plan"].instead == "a back-up plan"
    assert hits["safeguarding concerns"].instead == "keeping children safe"
    assert "explain" in hits["cp plan"].note.lower()


def test_case_spacing_dots_and_plurals_do_not_hide_a_term() -> None:
    for text in ("She is l.a.c. now.", "The Lac review", "two looked after children",
                 "a Section 47", "the S47 visit", "s 47 checks", "multi agency meeting",
                 "multiagency working", "Two CP Plans", "the I.C.P.C. next week"):
        assert find_jargon(text), text


def test_whole_words_only() -> None:
    for text in ("a lace dress", "the placemat", "a sectional sofa", "plough the field",
                 "Cinderella", "an accurate threshing machine", "statute of limitations"):
        assert find_jargon(text) == [], text


def test_everyday_words_that_are_also_acronyms_count_only_in_capitals() -> None:
    assert _found("Please send the letter and mash the potatoes.") == []
    assert _found("Kai has SEND and the MASH rang.") == ["SEND", "MASH"]
    assert _found("special educational needs") == ["special educational needs"]


def test_the_longest_term_wins_and_each_term_is_named_once() -> None:
    hits = find_jargon("An interim care order, then a care order, then another care order.")

    assert [hit.found for hit in hits] == ["interim care order", "care order"]
    assert find_jargon("s.47, section 47 and s47")[0].found == "s.47"
    assert len(find_jargon("s.47, section 47 and s47")) == 1


def test_plain_words_are_left_alone() -> None:
    plain = ("Kai lives with his gran, Nain Eirlys. Mum loves the boys and visits on Sundays. "
             "Everyone is worried that Mum drinks too much when she is sad.")

    assert find_jargon(plain) == []


def test_the_glossary_that_ships_covers_the_words_families_meet() -> None:
    glossary = builtin_glossary()
    needed = ["section 47", "s.47", "s47", "LAC", "looked after child", "PLO", "CP plan",
              "child protection plan", "contingency", "safeguarding", "s.20", "section 20",
              "ICPC", "RCPC", "CIN", "core group", "strategy discussion", "threshold",
              "care order", "interim care order", "SGO", "special guardianship order",
              "kinship care", "respite", "statutory", "multi-agency", "risk assessment"]

    assert len(glossary.entries) >= 40
    assert [term for term in needed if glossary.entry(term) is None] == []
    assert all(entry.plainer for entry in glossary.entries)


def test_no_spelling_belongs_to_two_terms() -> None:
    spellings = [spelling.casefold() for entry in builtin_glossary().entries
                 for spelling in entry.spellings]

    assert sorted({s for s in spellings if spellings.count(s) > 1}) == []


def test_a_services_own_words_are_found_too() -> None:
    glossary = builtin_glossary().with_entries(
        [GlossaryEntry("FNM", "family network meeting", from_service=True)])

    assert _found("We held an FNM in May.", glossary) == ["FNM"]
    assert _found("We held an FNM in May.") == []


def test_entries_survive_their_json_form() -> None:
    entries = (GlossaryEntry("TAF", "team around the family", "note", ("TAC",), ("TAF",)),)

    assert entries_from_json(entries_to_json(entries)) == entries


def test_the_check_adds_long_sentences_and_the_reading_level() -> None:
    check = check_plain_words(WORRIES)

    assert len(check.jargon) == 8
    assert [sentence.words for sentence in check.long_sentences] == [42]
    assert check.readability.reading_age >= 16
    assert check_plain_words("").empty
