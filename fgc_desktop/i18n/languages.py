"""The registry of languages families read, declared once.

Each language's name is given in its own script, as a person choosing it would
look for it. Adding a language touches this file and its catalogue only.
"""

from dataclasses import dataclass
from enum import StrEnum


class Script(StrEnum):
    LATIN = "Latn"
    CYRILLIC = "Cyrl"
    ARABIC = "Arab"
    BENGALI = "Beng"
    GURMUKHI = "Guru"
    GUJARATI = "Gujr"
    ETHIOPIC = "Ethi"


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    script: Script
    right_to_left: bool = False

    @property
    def label(self) -> str:
        """The name to show in a list: native first, English after where they differ."""
        if self.native_name == self.english_name:
            return self.native_name
        return f"{self.native_name} ({self.english_name})"


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", Script.LATIN),
    Language("cy", "Welsh", "Cymraeg", Script.LATIN),
    Language("pl", "Polish", "Polski", Script.LATIN),
    Language("ro", "Romanian", "Română", Script.LATIN),
    Language("lt", "Lithuanian", "Lietuvių", Script.LATIN),
    Language("pt", "Portuguese", "Português", Script.LATIN),
    Language("uk", "Ukrainian", "Українська", Script.CYRILLIC),
    Language("so", "Somali", "Soomaali", Script.LATIN),
    Language("ar", "Arabic", "العربية", Script.ARABIC, right_to_left=True),
    Language("ur", "Urdu", "اردو", Script.ARABIC, right_to_left=True),
    Language("fa", "Farsi", "فارسی", Script.ARABIC, right_to_left=True),
    Language("ps", "Pashto", "پښتو", Script.ARABIC, right_to_left=True),
    Language("ckb", "Kurdish (Sorani)", "کوردی", Script.ARABIC, right_to_left=True),
    Language("bn", "Bengali", "বাংলা", Script.BENGALI),
    Language("pa", "Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ", Script.GURMUKHI),
    Language("gu", "Gujarati", "ગુજરાતી", Script.GUJARATI),
    Language("ti", "Tigrinya", "ትግርኛ", Script.ETHIOPIC),
)

LANGUAGE_CODES = frozenset(language.code for language in LANGUAGES)
_BY_CODE = {language.code: language for language in LANGUAGES}

INTERFACE_LANGUAGES: tuple[str, ...] = ("en", "cy")


def language(code: str) -> Language:
    """The language for ``code``; a :class:`KeyError` names an unknown one."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"{code!r} is not a supported language") from None


def is_supported(code: str) -> bool:
    return code in LANGUAGE_CODES
