"""gettext catalogues for the app's own words, with the service's own corrections.

Two domains: ``fgc_ui`` for the interface and ``fgc_documents`` for what
families read. The installed app reads ``.mo`` files compiled when the wheel is
built (``hatch_build.py``); run from a checkout, where only the ``.po`` files
are kept, the ``.po`` is compiled in memory instead. A language with neither
falls back to English.

A service may correct the shipped words: its reviewer's corrections are a
``.po`` of its own in the user data folder (see :mod:`fgc_desktop.i18n.overrides`),
which survives upgrades of the app. :func:`catalogue` merges them over the
shipped catalogue, a correction winning message by message.
"""

import gettext as _gettext
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from fgc_desktop.paths import DATA_DIR_ENV, data_dir, translations_dir

INTERFACE_DOMAIN = "fgc_ui"
DOCUMENTS_DOMAIN = "fgc_documents"
OVERRIDES_FOLDER = "translations"

_interface: _gettext.NullTranslations = _gettext.NullTranslations()
_interface_code = "en"
_generation = 0


def use_data_folder(folder: Path) -> None:
    """Reads the service's corrections from ``folder`` (the app's ``--data-dir``) from now on.

    The folder is kept in ``FGC_DATA_DIR``, so :func:`fgc_desktop.paths.data_dir`
    agrees with it everywhere in this run of the app.
    """
    os.environ[DATA_DIR_ENV] = str(folder)


@contextmanager
def data_folder_for(folder: Path) -> Iterator[None]:
    """:func:`use_data_folder` for one command, then back to the folder used before."""
    before = os.environ.get(DATA_DIR_ENV)
    use_data_folder(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = before


def service_folder() -> Path:
    """Where the service's own corrections and reviews are kept."""
    return data_dir() / OVERRIDES_FOLDER


def corrections_changed() -> None:
    """Makes every catalogue read the service's corrections again on its next use."""
    global _generation
    _generation += 1


def source_path(domain: str, language_code: str) -> Path:
    """The shipped ``.po`` of one domain and language."""
    return translations_dir() / language_code / "LC_MESSAGES" / f"{domain}.po"


def override_path(domain: str, language_code: str) -> Path:
    """The service's own ``.po`` of corrections for one domain and language."""
    return service_folder() / language_code / "LC_MESSAGES" / f"{domain}.po"


def compiled(messages: Catalog) -> _gettext.GNUTranslations:
    """A Babel catalogue made ready for gettext, without writing a ``.mo`` file."""
    buffer = io.BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


@cache
def _shipped(domain: str, language_code: str) -> _gettext.NullTranslations:
    folder = translations_dir() / language_code / "LC_MESSAGES"
    source = source_path(domain, language_code)
    if (folder / f"{domain}.mo").exists() or not source.exists():
        return _gettext.translation(
            domain, localedir=str(translations_dir()), languages=[language_code],
            fallback=True,
        )
    with source.open("rb") as po_file:
        return compiled(read_po(po_file, locale=None, domain=domain))


def _state() -> tuple[int, str | None]:
    """What the merged words depend on besides the shipped files; cheap to compare."""
    return _generation, os.environ.get(DATA_DIR_ENV)


class Catalogue(_gettext.NullTranslations):
    """One domain and language's words: the shipped catalogue under the corrections.

    Callers may keep it (the documents' wording does): when the corrections
    change, or another data folder is chosen, it merges them again on its next use.
    """

    def __init__(self, domain: str, language_code: str) -> None:
        super().__init__()
        self.domain, self.language_code = domain, language_code
        self._merged: _gettext.NullTranslations | None = None
        self._merged_for: tuple[int, str | None] | None = None

    def _current(self) -> _gettext.NullTranslations:
        state = _state()
        if self._merged is None or self._merged_for != state:
            self._merged, self._merged_for = self._merge(), state
        return self._merged

    def _merge(self) -> _gettext.NullTranslations:
        shipped = _shipped(self.domain, self.language_code)
        corrections = override_path(self.domain, self.language_code)
        if not corrections.exists():
            return shipped
        with corrections.open("rb") as po_file:
            merged = compiled(read_po(po_file, locale=None, domain=self.domain))
        merged.add_fallback(shipped)
        return merged

    def gettext(self, message: str) -> str:
        return self._current().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._current().ngettext(msgid1, msgid2, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._current().pgettext(context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._current().npgettext(context, msgid1, msgid2, n)


@cache
def catalogue(domain: str, language_code: str) -> _gettext.NullTranslations:
    """The catalogue for one domain and language, English when there is none.

    A language the app ships no words for stays plain English
    (:class:`gettext.NullTranslations`), so callers can tell it apart.
    """
    if type(_shipped(domain, language_code)) is _gettext.NullTranslations:
        return _gettext.NullTranslations()
    return Catalogue(domain, language_code)


def set_interface_language(language_code: str) -> None:
    """Switches the interface's words; widgets made afterwards use the new language."""
    global _interface, _interface_code
    _interface = catalogue(INTERFACE_DOMAIN, language_code)
    _interface_code = language_code


def interface_locale() -> str:
    """The Babel locale for the interface's dates: British English, or the chosen language."""
    return "en_GB" if _interface_code == "en" else _interface_code


def _(message: str) -> str:
    """The interface's words in the chosen language."""
    return _interface.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _interface.ngettext(singular, plural, count)
