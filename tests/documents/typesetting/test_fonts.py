"""The bundled fonts and the language-to-font registry."""

from fgc_desktop.documents.typesetting import FONT_STACKS, font_stack
from fgc_desktop.documents.typesetting.fonts import (
    ATKINSON_HYPERLEGIBLE,
    BUNDLED_FAMILIES,
    NOTO_NASKH_ARABIC,
    NOTO_NASTALIQ_URDU,
    NOTO_SANS,
    loaded,
)
from fgc_desktop.i18n.languages import LANGUAGE_CODES
from fgc_desktop.paths import resources_dir


def test_every_language_has_a_font_stack() -> None:
    assert set(FONT_STACKS) == set(LANGUAGE_CODES)


def test_every_stack_ends_with_every_fallback_so_names_in_other_scripts_print() -> None:
    for stack in FONT_STACKS.values():
        assert NOTO_SANS in stack.families
        assert NOTO_NASKH_ARABIC in stack.families


def test_urdu_is_set_in_nastaliq_and_arabic_in_naskh() -> None:
    assert font_stack("ur").families[0] == NOTO_NASTALIQ_URDU
    assert font_stack("ar").families[0] == NOTO_NASKH_ARABIC


def test_large_print_uses_atkinson_hyperlegible_only_where_it_has_the_whole_alphabet() -> None:
    assert font_stack("en", hyperlegible=True).families[0] == ATKINSON_HYPERLEGIBLE
    assert font_stack("ro", hyperlegible=True).families[0] == ATKINSON_HYPERLEGIBLE
    assert font_stack("cy", hyperlegible=True).families[0] == NOTO_SANS
    assert font_stack("uk", hyperlegible=True).families[0] == NOTO_SANS


def test_every_bundled_font_loads_with_its_licence_beside_it() -> None:
    folder = resources_dir() / "fonts"
    for family in BUNDLED_FAMILIES:
        for face in (family.regular, family.bold):
            assert face.path.parent == folder
            assert loaded(face).covers(" ")
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text()
    readme = (folder / "README.md").read_text()
    assert all(family.name in readme for family in BUNDLED_FAMILIES)


def test_the_fonts_stay_a_reasonable_size() -> None:
    total = sum(path.stat().st_size for path in (resources_dir() / "fonts").glob("*.ttf"))
    assert total < 4.5 * 1024 * 1024
