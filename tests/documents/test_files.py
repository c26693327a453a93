"""File names Windows accepts, no paper overwritten, packs merged, the logo setting read."""

import base64
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from fgc_desktop.documents.files import combine_pdfs, decode_logo, safe_file_stem, write_new_file
from fgc_desktop.documents.typesetting import STANDARD, build_pdf, paragraph
from fgc_desktop.domain.errors import UserError


@pytest.mark.parametrize(("text", "stem"), [
    ('FGC-1 plan - Ann: "Nan"/Gran?', "FGC-1 plan - Ann Nan Gran"),
    ("CON", "_CON"),
    ("aux.txt", "_aux.txt"),
    ("Name ending in dots...  ", "Name ending in dots"),
    ("Zuzia Przykładowska", "Zuzia Przykładowska"),
    ("", "document"),
])
def test_names_are_safe_on_windows(text: str, stem: str) -> None:
    assert safe_file_stem(text) == stem


def test_a_long_name_is_cut_short() -> None:
    assert len(safe_file_stem("x" * 400)) == 120


def test_files_are_never_overwritten(tmp_path: Path) -> None:
    paths = [write_new_file(tmp_path / "new", "letter", bytes([n])) for n in range(3)]
    assert [path.name for path in paths] == ["letter.pdf", "letter (2).pdf", "letter (3).pdf"]
    assert paths[0].read_bytes() == b"\x00"


def test_documents_combine_page_after_page() -> None:
    one = build_pdf([paragraph("One", "en", STANDARD.body)], title="1", language="en",
                    author="Test")
    two = build_pdf([paragraph("Two", "ar", STANDARD.body)], title="2", language="ar",
                    author="Test")
    assert len(PdfReader(io.BytesIO(combine_pdfs([one, two, one]))).pages) == 3


def test_the_logo_setting_is_read_or_refused() -> None:
    assert decode_logo("") == b""
    assert decode_logo(base64.b64encode(b"png").decode()) == b"png"
    with pytest.raises(UserError, match="logo"):
        decode_logo("not base64!")
