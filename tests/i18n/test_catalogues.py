"""Every family-document catalogue is complete and safe to format."""

import re

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, catalogue
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.paths import translations_dir

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TRANSLATED = [language.code for language in LANGUAGES if language.code != "en"]


def _template() -> Catalog:
    with (translations_dir() / f"{DOCUMENTS_DOMAIN}.pot").open("rb") as handle:
        return read_po(handle)


def _catalogue(code: str) -> Catalog:
    path = translations_dir() / code / "LC_MESSAGES" / f"{DOCUMENTS_DOMAIN}.po"
    assert path.exists(), f"no catalogue for {code}: run pybabel init (translations/README.md)"
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    translated = _catalogue(code)
    problems = []
    for message in _template():
        if not message.id:
            continue
        found = translated.get(message.id, context=message.context)
        if found is None or found.fuzzy:
            problems.append(f"missing or fuzzy: {message.id!r}")
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(
            message.id if isinstance(message.id, tuple) else [message.id])))
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        for text in strings:
            if not text:
                problems.append(f"empty: {message.id!r}")
            elif set(PLACEHOLDER.findall(text)) - wanted:
                problems.append(f"unknown placeholder in: {text!r}")
            elif not isinstance(message.id, tuple) and set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"placeholders differ: {text!r}")
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_match_the_language(code: str) -> None:
    translated = _catalogue(code)
    compiled = catalogue(DOCUMENTS_DOMAIN, code)
    for message in translated:
        if isinstance(message.id, tuple):
            assert len(message.string) == translated.num_plurals, message.id
            singular, plural = message.id
            for count in range(0, 121):
                chosen = compiled.ngettext(singular, plural, count)
                assert chosen in message.string, (count, chosen)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_app_reads_the_catalogue(code: str) -> None:
    sample = next(m for m in _template() if m.id and not isinstance(m.id, tuple))
    assert catalogue(DOCUMENTS_DOMAIN, code).gettext(sample.id) != sample.id
