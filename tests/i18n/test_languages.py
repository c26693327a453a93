"""Each language families read is registered, named in its own script."""

import pytest

from fgc_desktop.i18n.languages import INTERFACE_LANGUAGES, LANGUAGES, language

FAMILY_LANGUAGES = {
    "en", "cy", "pl", "ro", "lt", "pt", "uk", "so", "ar", "ur", "fa", "ps", "ckb", "bn", "pa",
    "gu", "ti",
}


def test_the_seventeen_family_languages_are_registered() -> None:
    assert {entry.code for entry in LANGUAGES} == FAMILY_LANGUAGES
    assert set(INTERFACE_LANGUAGES) <= FAMILY_LANGUAGES


@pytest.mark.parametrize(("code", "native", "rtl"), [
    ("cy", "Cymraeg", False), ("ar", "العربية", True), ("ur", "اردو", True),
    ("bn", "বাংলা", False), ("ti", "ትግርኛ", False),
])
def test_names_are_in_their_own_script(code: str, native: str, rtl: bool) -> None:
    assert language(code).native_name == native
    assert language(code).right_to_left is rtl
    assert native in language(code).label


def test_an_unknown_code_is_named() -> None:
    with pytest.raises(KeyError, match="xx"):
        language("xx")
