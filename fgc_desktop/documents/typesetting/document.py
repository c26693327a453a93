"""Turn a list of flowables into PDF bytes, and set two languages one after the other."""

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, PageTemplate, Spacer

from fgc_desktop.i18n import languages
from fgc_desktop.paths import APP_NAME

from .paragraph import paragraph
from .styles import StyleSet

PageDecorator = Callable[[Any, Any], None]
"""Called as ``on_page(canvas, doc)`` before each page's content, e.g. for a footer."""

MARGIN = 20 * mm


def build_pdf(
    flowables: Sequence[Any],
    *,
    title: str,
    language: str,
    author: str,
    subject: str = "",
    on_page: PageDecorator | None = None,
) -> bytes:
    """An A4 PDF of ``flowables`` with its title, author, subject and language set.

    ``language`` is the document's main language code; it becomes the PDF's
    ``/Lang``, and a right-to-left language also sets the reading direction
    viewers use for page order.
    """
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator=APP_NAME,
        lang=language,
        displayDocTitle=True,
        direction="R2L" if languages.language(language).right_to_left else None,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or _nothing)])
    document.build(list(flowables))
    return buffer.getvalue()


def _nothing(canvas: Any, doc: Any) -> None:
    """No page decoration."""


def bilingual(blocks: Sequence[tuple[str, Sequence[Any]]], styles: StyleSet) -> list[Any]:
    """Language blocks one after the other, in the order given.

    Each block opens with the language's own name, so a reader finds theirs,
    and a rule separates one block from the next.
    """
    story: list[Any] = []
    for index, (code, flowables) in enumerate(blocks):
        if index:
            story += [
                Spacer(1, styles.body.size),
                HRFlowable(width="100%", thickness=1.2, color=HexColor("#8a8f98")),
                Spacer(1, styles.body.size * 0.6),
            ]
        story.append(paragraph(languages.language(code).native_name, code, styles.heading(3)))
        story += flowables
    return story
