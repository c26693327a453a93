"""gettext catalogues for the app's own words.

Two domains: ``fgc_ui`` for the interface and ``fgc_documents`` for what
families read. The installed app reads ``.mo`` files compiled when the wheel is
built (``hatch_build.py``); run from a checkout, where only the ``.po`` files
are kept, the ``.po`` is compiled in memory instead. A language with neither
falls back to English.
"""

import gettext as _gettext
import io
from functools import cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from fgc_desktop.paths import translations_dir

INTERFACE_DOMAIN = "fgc_ui"
DOCUMENTS_DOMAIN = "fgc_documents"

_interface: _gettext.NullTranslations = _gettext.NullTranslations()


@cache
def catalogue(domain: str, language_code: str) -> _gettext.NullTranslations:
    """The catalogue for one domain and language, English when there is none."""
    folder = translations_dir() / language_code / "LC_MESSAGES"
    compiled, source = folder / f"{domain}.mo", folder / f"{domain}.po"
    if compiled.exists() or not source.exists():
        return _gettext.translation(
            domain, localedir=str(translations_dir()), languages=[language_code],
            fallback=True,
        )
    with source.open("rb") as po_file:
        messages = read_po(po_file, locale=None, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def set_interface_language(language_code: str) -> None:
    """Switches the interface's words; widgets made afterwards use the new language."""
    global _interface
    _interface = catalogue(INTERFACE_DOMAIN, language_code)


def _(message: str) -> str:
    """The interface's words in the chosen language."""
    return _interface.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _interface.ngettext(singular, plural, count)
