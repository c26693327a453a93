"""gettext catalogues for the app's own words.

Two domains: ``fgc_ui`` for the interface and ``fgc_documents`` for what
families read. Compiled ``.mo`` files are looked for beside the ``.po`` files in
``translations/<lang>/LC_MESSAGES/``; a missing one falls back to English.
"""

import gettext as _gettext

from fgc_desktop.paths import translations_dir

INTERFACE_DOMAIN = "fgc_ui"
DOCUMENTS_DOMAIN = "fgc_documents"

_interface: _gettext.NullTranslations = _gettext.NullTranslations()


def catalogue(domain: str, language_code: str) -> _gettext.NullTranslations:
    """The catalogue for one domain and language, English when there is none."""
    return _gettext.translation(
        domain, localedir=str(translations_dir()), languages=[language_code], fallback=True
    )


def set_interface_language(language_code: str) -> None:
    """Switches the interface's words; widgets made afterwards use the new language."""
    global _interface
    _interface = catalogue(INTERFACE_DOMAIN, language_code)


def _(message: str) -> str:
    """The interface's words in the chosen language."""
    return _interface.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _interface.ngettext(singular, plural, count)
