"""Every demo recipient's view of every document meant for them, with what must never show.

Built once per test module from the demo conferences, so the tests read PDFs
and not the database.
"""

import base64
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from fgc_desktop.disclosure import RecipientView, never_to_appear, recipient_view
from fgc_desktop.documents.registry import DOCUMENTS, DocumentKind
from fgc_desktop.services import documents
from fgc_desktop.services.demo import DEMO_CONFERENCES, load_demo
from fgc_desktop.services.settings import load_settings, save_setting
from fgc_desktop.services.sharing import service_details
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference
from tests.documents.typesetting.pdf_text import Glyph, all_lines, glyph_lines, page_glyphs

SERVICE_NAME = "Exampleshire Family Group Conference Service"
SERVICE_PHONE = "01632 960 000"
SERVICE_ADDRESS = "Civic Offices\n1 Example Street\nExampleton EX1 2AB"
CELL_GAP = 6.0  # points between the last letter in one cell and the first in the next


def tiny_png(width: int = 40, height: int = 20) -> bytes:
    """A plain blue PNG, made here so the tests need no picture file."""
    row = b"\x00" + b"\x1f\x3a\x5f" * width
    body = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
            + chunk(b"IEND", b""))


LOGO = base64.b64encode(tiny_png()).decode("ascii")


@dataclass(frozen=True)
class Case:
    reference: str
    kind: DocumentKind
    person_id: int | None
    view: RecipientView
    forbidden: frozenset[str]

    @property
    def name(self) -> str:
        who = self.view.recipient.name if self.view.recipient else "anyone"
        return f"{self.reference} {self.kind.key} {who}"


def open_demo(folder: Path) -> Database:
    """A database in ``folder`` holding the demo and the service's details."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite_url(folder), actor="Test Coordinator")
    load_demo(db)
    set_service(db)
    return db


def set_service(db: Database) -> None:
    save_setting(db, "service_name", SERVICE_NAME)
    save_setting(db, "service_phone", SERVICE_PHONE)
    save_setting(db, "service_address", SERVICE_ADDRESS)
    save_setting(db, "service_email", "fgc@example.org")
    save_setting(db, "service_logo_png", LOGO)


def conference_id(db: Database, reference: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Conference.id).where(Conference.reference == reference))
    assert found is not None
    return found


def demo_cases(db: Database) -> list[Case]:
    """One case per demo conference, document kind and person it is for."""
    settings = load_settings(db)
    cases = []
    for reference, _build in DEMO_CONFERENCES:
        number = conference_id(db, reference)
        for kind in DOCUMENTS:
            people = [None] if kind.for_anyone else [
                person.id for person in documents.recipients(db, number, kind.key)]
            with db.session() as session:
                conference = load_conference(session, number)
                service = service_details(settings, conference.coordinator_name)
                for person_id in people:
                    person = next((p for p in conference.participants if p.id == person_id),
                                  None)
                    cases.append(Case(reference, kind, person_id,
                                      recipient_view(conference, person, service),
                                      never_to_appear(conference, person)))
    return cases


def flat(text: str) -> str:
    """Text as it reads back: no bullets, one space between words."""
    return re.sub(r"\s+", " ", text.replace("\u2022", " ")).strip()


def pdf_text(pdf: bytes) -> str:
    """All the text of a left-to-right PDF, its lines joined by spaces."""
    return flat(" ".join(all_lines(pdf)))


def table_columns(pdf: bytes) -> list[str]:
    """The text that starts at each x position, top to bottom: a table's columns read down."""
    found: dict[int, list[str]] = {}
    for glyphs in page_glyphs(pdf):
        for line in glyph_lines(glyphs):
            piece = [line[0]]
            for glyph in line[1:]:
                if glyph.x0 - piece[-1].x1 > CELL_GAP:
                    found.setdefault(round(piece[0].x0), []).append(_joined(piece))
                    piece = []
                piece.append(glyph)
            found.setdefault(round(piece[0].x0), []).append(_joined(piece))
    return [flat(" ".join(texts)) for texts in found.values()]


def _joined(glyphs: list[Glyph]) -> str:
    return "".join(glyph.text for glyph in glyphs)
