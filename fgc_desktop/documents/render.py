"""One call from a recipient's view to the PDF they will read.

:func:`render_document` is the only way a document is made: the documents
service, the command line, the page's preview and the tests all call it. It
chooses the language (the recipient's own unless the options say otherwise),
sets the story once, or twice for a bilingual copy (the recipient's language
first, then English), picks the type (child-friendly, or large print), and
puts the service's letterhead on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.frame import PageFrame, read_logo
from fgc_desktop.documents.registry import DocumentKind, document_kind
from fgc_desktop.documents.typesetting import (
    CHILD_FRIENDLY,
    LARGE_PRINT,
    STANDARD,
    StyleSet,
    bilingual,
    build_pdf,
)
from fgc_desktop.documents.wording import ENGLISH, Wording
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.languages import is_supported


@dataclass(frozen=True)
class RenderOptions:
    """How to print: ``language`` ``None`` means the recipient's own.

    ``logo_png`` is the service's logo from the settings, as PNG bytes; it is
    not personal, and the view does not carry it.
    """

    language: str | None = None
    bilingual: bool = False
    large_print: bool = False
    logo_png: bytes = b""


@dataclass(frozen=True)
class Composed:
    """A document's story before it becomes a PDF, with the words the app wrote in it."""

    kind: DocumentKind
    languages: tuple[str, ...]
    title: str
    styles: StyleSet
    story: list[Any]
    wordings: tuple[Wording, ...]

    @property
    def language(self) -> str:
        """The language the first copy's words are in, for the PDF's ``/Lang``."""
        return self.wordings[0].text_language


def document_language(view: RecipientView, options: RenderOptions) -> str:
    """The language the document is printed in: chosen, else the recipient's, else English."""
    if options.language:
        chosen = options.language
    elif view.recipient is not None and view.recipient.language:
        chosen = view.recipient.language
    else:
        chosen = ENGLISH
    if not is_supported(chosen):
        raise UserError(f"Documents cannot be printed in “{chosen}” yet. Choose a language "
                        "from the list, or English.")
    return chosen


def document_languages(view: RecipientView, options: RenderOptions) -> tuple[str, ...]:
    """The languages in reading order: one, or the recipient's with English after it."""
    first = document_language(view, options)
    if options.bilingual and first != ENGLISH:
        return (first, ENGLISH)
    return (first,)


def styles_for(kind: DocumentKind, options: RenderOptions) -> StyleSet:
    if options.large_print:
        return LARGE_PRINT
    return CHILD_FRIENDLY if kind.child_friendly else STANDARD


def compose_document(
    kind: DocumentKind | str, view: RecipientView, options: RenderOptions
) -> Composed:
    """The story of one document, in each of its languages."""
    kind = document_kind(kind) if isinstance(kind, str) else kind
    if not kind.for_anyone and view.recipient is None:
        raise UserError(f"Choose who the {kind.key.replace('_', ' ')} is for.")
    languages = document_languages(view, options)
    styles = styles_for(kind, options)
    pages = [Composer(Wording(code), styles) for code in languages]
    for page in pages:
        kind.compose(page, view)
    title = " / ".join(kind.title(Wording(code)) for code in languages)
    story = (pages[0].story if len(pages) == 1
             else bilingual([(page.words.language, page.story) for page in pages], styles))
    return Composed(kind, languages, title, styles, story,
                    tuple(page.words for page in pages))


def render_document(
    kind: DocumentKind | str, view: RecipientView, options: RenderOptions | None = None
) -> bytes:
    """The PDF of one document for the recipient of ``view``.

    Raises :class:`UserError` for a document the view cannot make (a plan for
    someone not on its list) and :class:`MissingGlyphError` (also a
    ``UserError``) when a character cannot be printed.
    """
    options = options or RenderOptions()
    composed = compose_document(kind, view, options)
    frame = PageFrame(
        view.service, "" if composed.kind.for_anyone else view.reference,
        [Wording(code) for code in composed.languages], composed.styles,
        read_logo(options.logo_png),
    )
    return build_pdf(
        composed.story, title=composed.title, language=composed.language,
        author=view.service.name, subject=view.reference if not composed.kind.for_anyone
        else "", on_page=frame,
    )
