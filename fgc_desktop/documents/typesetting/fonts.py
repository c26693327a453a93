"""The bundled typefaces and, per language, the order they are tried in.

All fonts ship in ``resources/fonts/`` (see its README for sources and
licences) and are registered with ReportLab once, on first use. Each language
gets a font stack, declared once here from the languages registry: its own
script's family first, then every other bundled family as a fallback, so a
Latin name inside an Arabic sentence or an Arabic name inside an English one
still prints.
"""

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from fgc_desktop.i18n.languages import LANGUAGES, Script
from fgc_desktop.paths import resources_dir

from .traced_font import TracedFont


@dataclass(frozen=True, eq=False)
class Face:
    """One font file: a family in one weight.

    ``scale`` enlarges a face whose letters look small beside Latin ones at the
    same point size, so mixed lines read evenly. Faces are declared once below
    and compared by identity, which keeps the layout's lookups fast.
    """

    file_name: str
    scale: float = 1.0

    @property
    def path(self) -> Path:
        return resources_dir() / "fonts" / self.file_name

    def __copy__(self) -> "Face":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Face":
        """Stay the one declared face when ReportLab copies a flowable to try a split."""
        return self

    @property
    def pdf_name(self) -> str:
        return "FGC-" + self.file_name.removesuffix(".ttf")


@dataclass(frozen=True)
class Family:
    name: str
    regular: Face
    bold: Face

    def face(self, bold: bool) -> Face:
        return self.bold if bold else self.regular


def _family(name: str, stem: str, scale: float = 1.0) -> Family:
    return Family(name, Face(f"{stem}-Regular.ttf", scale), Face(f"{stem}-Bold.ttf", scale))


NOTO_SANS = _family("Noto Sans", "NotoSans")
NOTO_NASKH_ARABIC = _family("Noto Naskh Arabic", "NotoNaskhArabic", 1.15)
NOTO_NASTALIQ_URDU = _family("Noto Nastaliq Urdu", "NotoNastaliqUrdu", 1.15)
NOTO_SANS_BENGALI = _family("Noto Sans Bengali", "NotoSansBengali")
NOTO_SANS_GURMUKHI = _family("Noto Sans Gurmukhi", "NotoSansGurmukhi")
NOTO_SANS_GUJARATI = _family("Noto Sans Gujarati", "NotoSansGujarati")
NOTO_SANS_ETHIOPIC = _family("Noto Sans Ethiopic", "NotoSansEthiopic")
ATKINSON_HYPERLEGIBLE = _family("Atkinson Hyperlegible", "AtkinsonHyperlegible")

# Tried after a language's own families, in this order.
_FALLBACKS: tuple[Family, ...] = (
    NOTO_SANS,
    NOTO_NASKH_ARABIC,
    NOTO_SANS_BENGALI,
    NOTO_SANS_GURMUKHI,
    NOTO_SANS_GUJARATI,
    NOTO_SANS_ETHIOPIC,
)
BUNDLED_FAMILIES: tuple[Family, ...] = (*_FALLBACKS, NOTO_NASTALIQ_URDU, ATKINSON_HYPERLEGIBLE)

_SCRIPT_FAMILIES: Mapping[Script, tuple[Family, ...]] = {
    Script.LATIN: (NOTO_SANS,),
    Script.CYRILLIC: (NOTO_SANS,),
    Script.ARABIC: (NOTO_NASKH_ARABIC,),
    Script.BENGALI: (NOTO_SANS_BENGALI,),
    Script.GURMUKHI: (NOTO_SANS_GURMUKHI,),
    Script.GUJARATI: (NOTO_SANS_GUJARATI,),
    Script.ETHIOPIC: (NOTO_SANS_ETHIOPIC,),
}
# Urdu is read in Nastaliq; Naskh stands in for the few signs it lacks.
_LANGUAGE_FAMILIES: Mapping[str, tuple[Family, ...]] = {
    "ur": (NOTO_NASTALIQ_URDU, NOTO_NASKH_ARABIC),
}
# Large print uses Atkinson Hyperlegible where it has the whole alphabet. It
# lacks Welsh ŵ and ŷ and has no Cyrillic, so Welsh and Ukrainian stay in Noto
# Sans, which is also what every other script uses at large sizes.
_HYPERLEGIBLE_LANGUAGES = frozenset({"en", "pl", "ro", "lt", "pt", "so"})


@dataclass(frozen=True)
class FontStack:
    """The families to try for one language, best first."""

    families: tuple[Family, ...]

    def faces(self, bold: bool) -> tuple[Face, ...]:
        return tuple(family.face(bold) for family in self.families)


def _stack(own: tuple[Family, ...]) -> FontStack:
    return FontStack(own + tuple(family for family in _FALLBACKS if family not in own))


FONT_STACKS: Mapping[str, FontStack] = {
    language.code: _stack(_LANGUAGE_FAMILIES.get(language.code, _SCRIPT_FAMILIES[language.script]))
    for language in LANGUAGES
}
HYPERLEGIBLE_STACKS: Mapping[str, FontStack] = {
    code: _stack((ATKINSON_HYPERLEGIBLE,)) if code in _HYPERLEGIBLE_LANGUAGES else stack
    for code, stack in FONT_STACKS.items()
}


def font_stack(language_code: str, *, hyperlegible: bool = False) -> FontStack:
    """The font stack for a language; ``KeyError`` for one the app does not know."""
    stacks = HYPERLEGIBLE_STACKS if hyperlegible else FONT_STACKS
    return stacks[language_code]


_loaded: dict[Face, TracedFont] = {}
_loading = threading.Lock()


def loaded(face: Face) -> TracedFont:
    """The face's font, read and registered with ReportLab on first use."""
    font = _loaded.get(face)
    if font is None:
        with _loading:
            font = _loaded.get(face)
            if font is None:
                font = TracedFont(face.pdf_name, str(face.path))
                pdfmetrics.registerFont(font)
                _loaded[face] = font
    return font


def loaded_fonts() -> list[TracedFont]:
    """The fonts read so far."""
    return list(_loaded.values())


def forget_fonts() -> None:
    """Drop the fonts read so far, so the next use reads them afresh, as at the app's start."""
    with _loading:
        _loaded.clear()
