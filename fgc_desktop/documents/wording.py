"""The words of family documents in one language: gettext messages and Babel dates.

Every family-facing sentence is a gettext message in the ``fgc_documents``
domain, marked with one of two keywords so ``pybabel extract`` finds it (the
command is in ``translations/README.md``):

* ``words._d("message", name=value)``: one message;
* ``words._dn("singular", "plural", count, name=value)``: a message whose
  wording follows a number.

Placeholders are always named, in the ``%(name)s`` style that gettext tools
check (a literal percent sign is written ``%%``). Each message is a whole
sentence or a short paragraph, so a translator can reorder it freely; a
``# Translators:`` comment just above the call gives context where it helps.

Dates and times are formatted by Babel in the language's own conventions.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.lists import format_list

from fgc_desktop.i18n import languages
from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, catalogue

ENGLISH = "en"

# Our language codes that Babel knows under another name. Punjabi is written in
# Gurmukhi in the UK's Sikh and Hindu families; Shahmukhi readers choose Urdu.
# Portuguese documents use European Portuguese dates: “quinta-feira, 3 de dezembro de 2026”.
_BABEL_NAMES = {"en": "en_GB", "pa": "pa_Guru", "pt": "pt_PT"}
FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_ISOLATE = "\u2069"
_WELSH_AND = re.compile(r"a\(c\) (\w)")


@cache
def babel_locale(language_code: str) -> Locale:
    """Babel's locale for one of our languages; British English if Babel has none.

    Every language in the registry is known to Babel 2.14 and later, so the
    fallback only protects a language added before Babel learns it.
    """
    try:
        return Locale.parse(_BABEL_NAMES.get(language_code, language_code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_BABEL_NAMES[ENGLISH])


@cache
def _translations(language_code: str) -> gettext.NullTranslations:
    return catalogue(DOCUMENTS_DOMAIN, language_code)


def has_translations(language_code: str) -> bool:
    """Whether the app's words exist in this language yet (English always does)."""
    return language_code == ENGLISH or type(_translations(language_code)) is not (
        gettext.NullTranslations)


@dataclass
class Wording:
    """One language's words for one document; ``used`` keeps every sentence given out.

    ``used`` lets a test or a readability check see exactly the app's own words
    in a document, apart from names and the texts people typed.
    """

    language: str
    used: list[str] = field(default_factory=list)

    def _d(self, message: str, **values: object) -> str:
        """``message`` in this language, its ``%(name)s`` placeholders filled."""
        return self._fill(_translations(self.language).gettext(message), values)

    def _dn(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The form of a message that suits ``count``; ``%(count)s`` is the number."""
        chosen = _translations(self.language).ngettext(singular, plural, count)
        return self._fill(chosen, {"count": count, **values})

    def _fill(self, text: str, values: dict[str, object]) -> str:
        filled = text % {name: self.isolate(str(value)) for name, value in values.items()}
        self.used.append(filled)
        return filled

    @property
    def text_language(self) -> str:
        """The language the words come out in, which sets fonts and direction.

        Until a language's catalogue is made its words fall back to English, so
        its paragraphs are set as English, with dates still in its own form.
        """
        return self.language if has_translations(self.language) else ENGLISH

    def isolate(self, value: str) -> str:
        """A value set inside right-to-left words as a unit in its own direction.

        A phone number, a Latin address or an English name keeps its order
        inside an Arabic or Urdu sentence (Unicode first-strong isolate).
        """
        if value and languages.language(self.text_language).right_to_left:
            return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"
        return value

    @property
    def locale(self) -> Locale:
        return babel_locale(self.language)

    def full_date(self, value: date) -> str:
        """A date in full, as “Thursday, 3 December 2026” reads in this language."""
        return str(format_date(value, "full", locale=self.locale))

    def short_date(self, value: date) -> str:
        """A date that fits a table cell: “3 Dec 2026”."""
        return str(format_date(value, "medium", locale=self.locale))

    def time(self, value: datetime) -> str:
        """A time of day on the computer's clock, as people at the meeting will see it."""
        return str(format_time(value.astimezone(), "short", locale=self.locale))

    def day_and_time(self, value: datetime) -> str:
        return self._d(
            # Translators: a day and a time, e.g. “Thursday, 3 December 2026, at 10:00”.
            "%(day)s, at %(time)s",
            day=self.full_date(value.astimezone().date()), time=self.time(value),
        )

    def span(self, start: datetime | None, end: datetime | None) -> str:
        """“10:00 to 11:00”, or just the start when the end is not known."""
        if start is not None and end is not None:
            # Translators: two times of day, e.g. “10:00 to 11:00”.
            return self._d("%(start)s to %(end)s", start=self.time(start), end=self.time(end))
        if start is not None:
            # Translators: a time of day, e.g. “from 10:00”.
            return self._d("from %(start)s", start=self.time(start))
        return ""

    def names(self, names: Sequence[str]) -> str:
        """Names joined as this language lists them: “Aliza, Hamza and Zuzia”."""
        joined = str(format_list(list(names), locale=self.locale))
        if self.language == "cy":  # Babel writes “a(c)”: “ac” goes before a vowel
            joined = _WELSH_AND.sub(lambda m: ("ac " if m[1] in "AEIOUWYaeiouwy" else "a ")
                                    + m[1], joined)
        return joined

    def language_name(self, code: str) -> str:
        """A language's name as this language calls it: “Urdu”, “Wrdw”, “الأوردية”."""
        named = self.locale.languages.get(code)
        return str(named) if named else languages.language(code).native_name
