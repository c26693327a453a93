"""The interface catalogue: its template matches the code, and Welsh is complete.

A word marked in the code but missing from ``fgc_ui.pot`` would stay English
in a Welsh window, so the template is extracted afresh here and compared.
"""

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from fgc_desktop.i18n.catalogue import INTERFACE_DOMAIN
from fgc_desktop.paths import translations_dir

PACKAGE = Path(__file__).resolve().parents[2] / "fgc_desktop"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "QT_N_": ((1, "c"), 2)}
BRACES = re.compile(r"\{[^{}]*\}")
PERCENT = re.compile(r"%\(\w+\)s")
INTERFACE_LANGUAGES = ("cy",)


def _marked_in_code() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(PACKAGE), keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _read(path: Path) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    pairs = []
    for message in catalogue:
        if message.id:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            pairs.append((ids, strings))
    return pairs


def test_the_template_holds_every_word_marked_in_the_code() -> None:
    template = {ids[0] for ids, _ in _read(translations_dir() / f"{INTERFACE_DOMAIN}.pot")}
    marked = _marked_in_code()

    assert sorted(marked - template) == [], "run: python -m fgc_desktop.i18n.maintain update"
    assert sorted(template - marked) == []


@pytest.mark.parametrize("code", INTERFACE_LANGUAGES)
def test_every_interface_message_is_translated_keeping_its_placeholders(code: str) -> None:
    template = {ids[0] for ids, _ in _read(translations_dir() / f"{INTERFACE_DOMAIN}.pot")}
    pairs = _read(translations_dir() / code / "LC_MESSAGES" / f"{INTERFACE_DOMAIN}.po")
    faults = []
    for ids, strings in pairs:
        wanted = set(BRACES.findall(ids[-1])) | set(PERCENT.findall(ids[-1]))
        for text in strings:
            if not text.strip():
                faults.append(f"untranslated: {ids[0]!r}")
            elif not set(BRACES.findall(text)) | set(PERCENT.findall(text)) <= wanted | set(
                BRACES.findall(ids[0])
            ):
                faults.append(f"placeholders differ: {ids[0]!r} -> {text!r}")
        if ids[0].replace("&&", "").count("&") != strings[0].replace("&&", "").count("&"):
            faults.append(f"keyboard accelerator: {ids[0]!r} -> {strings[0]!r}")

    assert faults == []
    assert {ids[0] for ids, _ in pairs} == template
