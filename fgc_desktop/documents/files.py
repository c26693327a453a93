"""Documents as files: names Windows accepts, never overwriting, packs merged into one PDF."""

from __future__ import annotations

import base64
import binascii
import io
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfWriter

from fgc_desktop.domain.errors import UserError

# Windows refuses these characters in a file name, and these names for any file.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
# Well under Windows' 260-character path limit, leaving room for the folder.
LONGEST_STEM = 120


def safe_file_stem(text: str) -> str:
    """``text`` as a file name without its ending, accepted by Windows, macOS and Linux."""
    cleaned = _NOT_IN_NAMES.sub(" ", unicodedata.normalize("NFC", text))
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")
    cleaned = cleaned[:LONGEST_STEM].rstrip(". ") or "document"
    if cleaned.split(".")[0].rstrip(" ").upper() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def write_new_file(folder: Path, stem: str, content: bytes) -> Path:
    """Writes ``content`` to ``stem.pdf`` in ``folder``, adding “(2)”, “(3)”… rather than
    overwriting a paper already given out."""
    folder.mkdir(parents=True, exist_ok=True)
    base = safe_file_stem(stem)
    number = 1
    while True:
        name = base if number == 1 else f"{base} ({number})"
        path = folder / f"{name}.pdf"
        try:
            with path.open("xb") as file:
                file.write(content)
        except FileExistsError:
            number += 1
            continue
        return path


def combine_pdfs(documents: Sequence[bytes]) -> bytes:
    """One PDF holding each document's pages in turn, each starting on a new page."""
    writer = PdfWriter()
    for document in documents:
        writer.append(io.BytesIO(document))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def decode_logo(text: str) -> bytes:
    """The service logo setting (base64 PNG text) as bytes; empty when there is none."""
    if not text.strip():
        return b""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise UserError("The service logo in the settings cannot be read. Choose the logo "
                        "again in the settings, or remove it.") from error
