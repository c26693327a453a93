"""Qt's own words (standard buttons, right-click menus, file and print dialogs) in the
interface language.

Qt's translation for the language is used where PySide6 ships one
(``qtbase_<code>.qm``). Qt ships none for Welsh, so a translator that answers
from the app's own ``fgc_ui`` catalogue is asked first; it knows only the
messages marked in :mod:`fgc_desktop.i18n.qt_strings` and leaves the rest to
Qt. Dates and numbers in Qt's widgets (the calendar's month names) follow the
language's locale. All of it is set before the window is built: widgets take
their words when they are made.
"""

from __future__ import annotations

from gettext import NullTranslations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from fgc_desktop.i18n.catalogue import INTERFACE_DOMAIN, catalogue
from fgc_desktop.i18n.qt_strings import QT_MESSAGES

ENGLISH = "en"

_installed: list[QTranslator] = []
_in_use = ENGLISH


class CatalogueTranslator(QTranslator):
    """Answers Qt from a gettext catalogue, using Qt's context as the message context."""

    def __init__(self, messages: NullTranslations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages

    def translate(
        self, context: str, sourceText: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None so that Qt asks the next translator or keeps its English.

        None, not an empty string: Qt stops at the first answer that is not a
        null string, and an empty one would leave the button blank.
        """
        if disambiguation or (context, sourceText) not in QT_MESSAGES:
            return None
        found = self._messages.pgettext(context, sourceText)
        return None if found == sourceText else found

    def isEmpty(self) -> bool:
        """Never empty: Qt would otherwise not announce the change of language."""
        return False


def language_in_use() -> str:
    """The language the window was built in; a new choice waits for the next start."""
    return _in_use


def install_qt_translation(language_code: str) -> None:
    """Puts Qt's own words and locale in ``language_code``; English takes everything away."""
    global _in_use
    _in_use = language_code
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language_code == ENGLISH:
        QLocale.setDefault(QLocale.system())
        return
    shipped = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if shipped.load(f"qtbase_{language_code}", folder):
        _install(app, shipped)
    _install(app, CatalogueTranslator(catalogue(INTERFACE_DOMAIN, language_code)))
    QLocale.setDefault(QLocale(language_code))


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    """The last installed is asked first, so the app's own catalogue goes in last."""
    app.installTranslator(translator)
    _installed.append(translator)
