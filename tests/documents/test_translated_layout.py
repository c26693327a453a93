"""Once a language's words are translated, its documents are set in its own direction and fonts.

The catalogues are a later piece of work, so this test lends a few Urdu and
Arabic sentences (written for the test, not reviewed translations) to the
document words and reads the PDF back the way the typesetting engine promises.
"""

import gettext
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.units import mm

from fgc_desktop.disclosure import RecipientView
from fgc_desktop.documents import wording
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import SERVICE_ADDRESS, conference_id, open_demo
from tests.documents.typesetting.pdf_text import (
    Glyph,
    all_lines,
    expected_visual,
    glyph_lines,
    page_glyphs,
    page_lines,
)

BORROWED = {
    "ur": {"You are invited to a family meeting": "آپ کو ایک خاندانی میٹنگ میں بلایا گیا ہے",
           "Dear %(name)s,": "محترم %(name)s،", "When and where": "کب اور کہاں",
           "Our reference:": "ہمارا حوالہ:", "Page %(number)s": "صفحہ %(number)s"},
    "ar": {"You are invited to a family meeting": "أنت مدعو إلى اجتماع عائلي",
           "Dear %(name)s,": "عزيزي %(name)s،", "When and where": "متى وأين"},
}


class _Borrowed(gettext.NullTranslations):
    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self._messages = messages

    def gettext(self, message: str) -> str:
        return self._messages.get(message, message)


@pytest.fixture
def translated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def lend(code: str) -> gettext.NullTranslations:
        if code in BORROWED:
            return _Borrowed(BORROWED[code])
        return gettext.NullTranslations()

    monkeypatch.setattr(wording, "_translations", lend)
    yield


@pytest.fixture(scope="module")
def nasreen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RecipientView]:
    from sqlalchemy import select

    from fgc_desktop.store.models import Participant

    db: Database = open_demo(tmp_path_factory.mktemp("demo"))
    number = conference_id(db, "DEMO-0004")
    with db.session() as session:
        person = next(p.id for p in session.scalars(select(Participant).where(
            Participant.conference_id == number)) if p.given_name == "Nasreen")
    yield view_for(db, number, person)
    db.close()


@pytest.mark.parametrize("language", ["ur", "ar"])
def test_translated_words_are_set_right_to_left(
    translated: None, nasreen: RecipientView, language: str
) -> None:
    pdf = render_document("invitation", nasreen, RenderOptions(language=language))
    lines = all_lines(pdf)
    title = BORROWED[language]["You are invited to a family meeting"]
    greeting = BORROWED[language]["Dear %(name)s,"] % {"name": "Nasreen Misaal"}
    assert expected_visual(title, right_to_left=True) in lines
    assert expected_visual(greeting, right_to_left=True) in lines, "a Latin name in the line"
    root = PdfReader(io.BytesIO(pdf)).root_object
    assert str(root["/Lang"]) == language
    preferences = root["/ViewerPreferences"].get_object()
    assert isinstance(preferences, DictionaryObject)
    assert str(preferences["/Direction"]) == "/R2L"


def _footer_lines(pdf: bytes) -> list[list[Glyph]]:
    """The first page's lines below the page's bottom margin, top first."""
    return [line for line in glyph_lines(page_glyphs(pdf)[0]) if line[0].baseline < 20 * mm]


def _place(part: str, lines: list[list[Glyph]], right_to_left: bool) -> tuple[int, float]:
    """Which footer line holds ``part`` (drawn reversed when right to left), and its middle."""
    drawn = part[::-1] if right_to_left else part
    for number, line in enumerate(lines):
        text = "".join(glyph.text for glyph in line)
        if drawn in text:
            start = text.index(drawn)
            glyphs = line[start:start + len(drawn)]
            return number, sum(glyph.centre for glyph in glyphs) / len(glyphs)
    raise AssertionError(f"{part!r} is not in the footer")


@pytest.mark.parametrize("language", ["ur", "en"])
def test_the_footer_reads_in_the_documents_direction(
    translated: None, nasreen: RecipientView, language: str
) -> None:
    """Address, then “Our reference:”, the reference and the page: from the right in Urdu."""
    right_to_left = language == "ur"
    words = BORROWED.get(language, {})
    page_word = words.get("Page %(number)s", "Page %(number)s").split(" ")[0]
    reference_label = words.get("Our reference:", "Our reference:")
    pdf = render_document("invitation", nasreen, RenderOptions(language=language))
    footer = _footer_lines(pdf)
    reading_order = [
        _place(SERVICE_ADDRESS.split("\n")[0], footer, right_to_left=False),
        _place(reference_label, footer, right_to_left),
        _place(nasreen.reference, footer, right_to_left=False),
        _place(page_word, footer, right_to_left),
    ]
    direction = -1 if right_to_left else 1
    keys = [(line, direction * x) for line, x in reading_order]
    assert keys == sorted(keys)


def test_english_typed_into_an_arabic_plan_keeps_its_full_stops(
    translated: None, nasreen: RecipientView
) -> None:
    """The actions (a table) and the back-up plan (typed lines) were typed in English."""
    assert nasreen.plan is not None
    typed = [action.what.english for action in nasreen.plan.actions]
    typed.append(nasreen.plan.backup_plan.english)
    sentence_ends = {word for text in typed for word in text.split() if word.endswith(".")}
    assert sentence_ends
    pdf = render_document("plan", nasreen, RenderOptions(language="ar"))
    drawn = [line for page in page_lines(pdf) for line in page]
    for word in sentence_ends:
        assert any(word in line for line in drawn), f"{word!r}: a full stop right of its word"
