"""The family's own typeface on screen, so an interpreter sees Arabic or Bengali as it prints.

A coordinator's computer may have no font for Tigrinya or Gurmukhi. The
typefaces bundled for the documents are lent to Qt on first use, and a box for
a language names its script's family first, the system's font after.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from fgc_desktop.documents.typesetting.fonts import font_stack
from fgc_desktop.i18n.languages import Script, language


@cache
def _registered_family(file_path: str) -> str | None:
    """The family name Qt gives a bundled file, registered once; None if it will not load."""
    font_id = QFontDatabase.addApplicationFont(file_path)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def language_font(base: QFont, language_code: str) -> QFont:
    """``base`` with the language's own family first; Latin and Cyrillic keep ``base``."""
    if language(language_code).script in (Script.LATIN, Script.CYRILLIC):
        return QFont(base)
    own = font_stack(language_code).families[0].regular
    family = _registered_family(str(own.path))
    font = QFont(base)
    if family is not None:
        font.setFamilies([family, *base.families()])
    return font
