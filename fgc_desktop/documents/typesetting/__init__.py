"""Typesetting for family documents, in every script the app supports.

The documents (invitations, leaflets, the family plan) are built from these
pieces and nothing else, so every one of them shapes Arabic, Urdu Nastaliq,
Bengali, Gurmukhi, Gujarati and Ethiopic correctly, lays out right-to-left
text and tables, and never prints an empty box::

    from fgc_desktop.documents.typesetting import (
        STANDARD, Span, build_pdf, bullet_list, heading, paragraph, table,
    )

    story = [
        heading("دعوة", "ar", STANDARD),
        paragraph("مرحباً بكم. رقم الملف FGC-2026-0042.", "ar", STANDARD.body),
        paragraph([Span("Where: ", bold=True), Span("Oak Room")], "en", STANDARD.body),
        *bullet_list(["One", "Two"], "en", STANDARD.body),
        table(["What", "Who"], [["Walk to school", "Aunt Bea"]], "ar", STANDARD),
    ]
    pdf = build_pdf(story, title="Invitation", language="ar", author="FGC Service")

API
---
* Styles: :class:`TextStyle` (size, bold, line spacing, spacing, alignment,
  colour) and :class:`StyleSet` (``body``, ``heading(1..3)``, ``small``);
  ready sets :data:`STANDARD` (11 pt), :data:`LARGE_PRINT` (16 pt, Atkinson
  Hyperlegible for the Latin alphabets it covers) and :data:`CHILD_FRIENDLY`
  (14 pt, roomier lines); :func:`style_set` makes others.
* :func:`paragraph` ``(text, language_code, style)``: text is a ``str`` or a
  sequence of :class:`Span` for bold words; ``\\n`` starts a new line.
  :func:`heading` ``(text, language_code, styles, level=1)``.
* :func:`bullet_list` ``(items, language_code, style)``: a list of
  flowables, bullet on the reading side.
* :func:`table` ``(header, rows, language_code, styles, column_weights=None)``:
  columns in reading order (first column rightmost for right-to-left
  languages), wrapping cells, header repeated on every page.
* :func:`bilingual` ``([(language_code, flowables), ...], styles)``: blocks
  one after the other in the order given, each headed by the language's own
  name and separated by a rule.
* :func:`build_pdf` ``(flowables, *, title, language, author, subject="",
  on_page=None) -> bytes``: A4, 20 mm margins; sets Title, Author, Subject,
  Creator, ``/Lang`` and, for right-to-left languages, ``/Direction /R2L``.
  ``on_page(canvas, doc)`` may draw headers and footers.
* Any ReportLab flowable (``Spacer``, ``PageBreak``, ``KeepTogether``) can
  sit in the same story.

Fonts and missing glyphs
------------------------
Each language has a font stack (:data:`FONT_STACKS`, built from the
languages registry): its own script's font, then every other bundled font.
Every character is checked when the paragraph is made: a word keeps one font
where one font has all of it, otherwise each letter with its marks takes the
first font that has it (so a Latin name or a case number in Arabic is set
whole in Noto Sans). A character no bundled font has raises
:class:`MissingGlyphError` (a ``UserError`` naming the code point, the
character, the language and what to do) before anything is drawn. Spaces,
ZWNJ/ZWJ and variation selectors are never "missing"; bidi controls (LRM,
RLM, ALM, embeddings, isolates) steer the layout and are not drawn; soft
hyphens, zero-width spaces, word joiners, BOMs and other control characters
are dropped; runs of white space become one space; no-break spaces keep words
together. Naskh and Nastaliq are set 15% larger than the point size, as their
letters look small beside Latin ones.

Layout
------
Bidi levels are resolved once per paragraph (python-bidi, base direction from
the language); lines are broken greedily in logical order on shaped widths;
each line is reordered by rule L2 and drawn run by run at x positions summed
from shaped widths, right-aligned for right-to-left languages. Shaping
(HarfBuzz, explicit direction and language) is cached per (text, face,
direction, language) in size-independent units, so one result serves every
size; a paragraph's prepared text, its line breaks and its drawn runs are
kept too, and so are font subsets, so the letterhead on every page, the same
sentences across a pack and a preview printed again cost little. Each line
is written as one PDF text object (see :mod:`.drawing`), not through
ReportLab's glyph-by-glyph ``drawString``. Paragraphs split between lines
across pages, keeping two lines at each end of a paragraph of four or more.

Reading text back out of a PDF
------------------------------
Every glyph's ToUnicode entry is the exact text it stands for (the input after
NFC normalisation and the cleaning above; a no-break space reads back as
U+00A0), never a presentation form or a private-use code. A glyph that stands
for several characters (a ligature, a conjunct) reads back as all of them;
when several glyphs share a cluster (a split or reordered Indic vowel) the
cluster's text is shared among them in order and any extra glyph reads back as
nothing. Lines are drawn top to bottom, each line's runs left to right, and
all glyphs of a line share one baseline (Nastaliq's rising letters are raised
with text rise, ``Ts``). So, reading characters in content-stream order, as
pdfminer does with ``laparams=None`` (each ``LTChar.get_text()``, grouped into
lines by ``LTChar.matrix[5]``; ``tests/documents/typesetting/pdf_text.py``
does this), tests can rely on:

* a left-to-right line reads back exactly as its logical text;
* any line reads back exactly as ``bidi.get_display(line, base_dir="R")``
  (or ``"L"``) of its logical text with bidi controls removed: each
  right-to-left run is its logical text reversed character by character, with
  brackets left as typed (python-bidi 0.6 does not swap them either, though
  the page shows them mirrored, as they should be);
* words are separated by real space characters, so splitting a line on
  spaces gives its words in visual order, and the words of consecutive lines
  are consecutive words of the paragraph.

``pdfminer.high_level.extract_text`` and poppler's ``pdftotext`` give exact
text for Latin, Cyrillic and Ethiopic and logical order for Naskh Arabic lines
(poppler reverses right-to-left runs itself), but they group glyphs by
position, so they may break Nastaliq into fragments and put spaces inside
some Indic clusters. Test on the rules above, not on them.
"""

from .bidi_levels import embedding_levels
from .coverage import MissingGlyphError, word_faces
from .document import PageDecorator, bilingual, build_pdf
from .fonts import FONT_STACKS, FontStack, font_stack, forget_fonts, loaded_fonts
from .layout import prepare
from .lists import BulletItem, bullet_list
from .paragraph import Paragraph, Span, TextInput, paragraph
from .shaping import shape
from .styles import CHILD_FRIENDLY, LARGE_PRINT, STANDARD, Alignment, StyleSet, TextStyle, style_set
from .tables import Table, table


def heading(text: TextInput, language_code: str, styles: StyleSet, level: int = 1) -> Paragraph:
    """A heading of level 1, 2 or 3, kept with what follows it."""
    return paragraph(text, language_code, styles.heading(level))


def forget_worked_out_text(*, fonts: bool = False) -> None:
    """Empty the caches of shaped, laid-out and subset text, as at the app's start;
    with ``fonts``, drop the fonts read too, so the next document reads its fonts again.

    Only the benchmarks need this, to time a first document honestly.
    """
    for cached in (prepare, shape, embedding_levels, word_faces):
        cached.cache_clear()
    for font in loaded_fonts():
        font.forget_subsets()
    if fonts:
        forget_fonts()


__all__ = [
    "CHILD_FRIENDLY",
    "FONT_STACKS",
    "LARGE_PRINT",
    "STANDARD",
    "Alignment",
    "BulletItem",
    "FontStack",
    "MissingGlyphError",
    "PageDecorator",
    "Paragraph",
    "Span",
    "StyleSet",
    "Table",
    "TextInput",
    "TextStyle",
    "bilingual",
    "build_pdf",
    "bullet_list",
    "font_stack",
    "forget_worked_out_text",
    "heading",
    "paragraph",
    "style_set",
    "table",
]
