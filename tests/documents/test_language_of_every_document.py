"""Every document, in every language, is in that language: no English left behind.

Each kind is rendered for a demo reader in each of the sixteen languages and
read back. The text must hold words of that language's own catalogue, and no
word of the English master text, except words that came from the reader's view
itself: names, the reference, the service's details and the free text typed
by the coordinator (which prints in English when no interpreter has translated
it).
"""

import dataclasses
import re
from functools import cache

import pytest
from babel.messages.pofile import read_po

from fgc_desktop.disclosure import RecipientView
from fgc_desktop.documents.registry import DOCUMENTS
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.paths import translations_dir
from tests.documents.typesetting.pdf_text import all_lines

LATIN_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
SEPARATORS = re.compile(r"[\s.,:;!?()\[\]\"'“”‘’«»،؛؟۔।·•–—-]+")
TRANSLATED = [language.code for language in LANGUAGES if language.code != "en"]


def _catalogue_words(code: str) -> tuple[set[str], set[str]]:
    """The English master's words, and this language's translated words, both lower case."""
    path = translations_dir() / code / "LC_MESSAGES" / "fgc_documents.po"
    with path.open("rb") as po_file:
        catalogue = read_po(po_file)
    english: set[str] = set()
    own: set[str] = set()
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in ids:
            english.update(word.lower() for word in LATIN_WORD.findall(_unfilled(text)))
        for text in strings:
            own.update(tokens(_unfilled(text)))
    return english, own


@cache
def catalogue_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    english, own = _catalogue_words(code)
    return frozenset(english), frozenset(own)


def tokens(text: str) -> set[str]:
    """Words of four letters or more in any script, lower case.

    Right-to-left lines read back in the order they were drawn, so each word
    is kept reversed as well.
    """
    words = {word.lower() for word in SEPARATORS.split(text) if len(word) >= 4}
    return words | {word[::-1] for word in words}


def _unfilled(text: str) -> str:
    return re.sub(r"%\(\w+\)s", " ", text)


def view_words(view: RecipientView) -> set[str]:
    """Every word the view itself carries, whatever field it sits in."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(tokens(value))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))
        elif isinstance(value, tuple | list):
            for part in value:
                walk(part)

    walk(view)
    return words


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_document_is_in_its_readers_language(
    views: dict[str, RecipientView], language: str
) -> None:
    english, own = catalogue_words(language)
    for kind in DOCUMENTS:
        view = views[kind.key]
        text = "\n".join(all_lines(render_document(kind, view, RenderOptions(language=language))))
        printed = tokens(text)
        allowed = view_words(view) | own
        left_in_english = sorted(
            word for word in (w.lower() for w in LATIN_WORD.findall(text))
            if word in english and word not in allowed
        )

        assert len(printed & own) >= 20, f"{kind.key} in {language}: too few of its own words"
        assert left_in_english == [], f"{kind.key} in {language} has English: {left_in_english}"
