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

from fgc_desktop.disclosure import RecipientView
from fgc_desktop.documents import wording
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import conference_id, open_demo
from tests.documents.typesetting.pdf_text import all_lines, expected_visual

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
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert root["/Lang"] == language
    assert root["/ViewerPreferences"]["/Direction"] == "/R2L"
