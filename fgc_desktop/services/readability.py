"""How readable the app's own words are in each family document.

Each kind of document is written for every demo recipient, in English, and
every sentence the app itself wrote is kept once; names, dates, addresses and
the words coordinators typed are left out, since the app does not choose them.
A value filled into a sentence ("Your coordinator is %(name)s.") counts as one
short word, and a bare formatting pattern ("%(start)s to %(end)s", "Dear
%(name)s,") is not a sentence at all. The figures for all of a kind's
sentences together are what a family meets in that document.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from fgc_desktop.disclosure import RecipientView, recipient_view
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.registry import DOCUMENTS, DocumentKind
from fgc_desktop.documents.render import RenderOptions, styles_for
from fgc_desktop.documents.wording import ENGLISH, Wording
from fgc_desktop.domain.readability import (
    FAMILY_GRADE_LIMIT,
    FAMILY_SENTENCE_LIMIT,
    Readability,
    measure,
    words_in,
)
from fgc_desktop.services import documents
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.settings import load_settings, save_setting
from fgc_desktop.services.sharing import service_details
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_STAND_INS = {"count": "two", "number": "two"}
_STAND_IN = "Sam"
# A message with fewer words of its own than this, around its values, is a pattern.
_SENTENCE_WORDS = 3
# Invented details, so the contact lines a real service prints are measured too.
_DEMO_SERVICE = {
    "service_name": "Exampleshire Family Group Conference Service",
    "service_phone": "01632 960 000",
    "service_email": "fgc@example.org",
    "service_address": "Civic Offices\n1 Example Street\nExampleton EX1 2AB",
}


@dataclass(frozen=True)
class DocumentFigures:
    """One kind of document: its app-written sentences and how readable they are."""

    kind: DocumentKind
    sentences: tuple[str, ...]
    readability: Readability


@dataclass
class _AppWords(Wording):
    """English words that also keep each sentence as the app wrote it."""

    own: list[str] = field(default_factory=list)

    def _fill(self, text: str, values: dict[str, object]) -> str:
        sentence = app_sentence(text)
        if sentence:
            self.own.append(sentence)
        return super()._fill(text, values)


def app_sentence(message: str) -> str:
    """A message with each value it is filled with as one short word; "" for a pattern."""
    if _PLACEHOLDER.search(message) and words_in(_PLACEHOLDER.sub(" ", message)) < (
            _SENTENCE_WORDS):
        return ""
    standing_in = _PLACEHOLDER.sub(lambda found: _STAND_INS.get(found[1], _STAND_IN), message)
    return standing_in.replace("%%", "%").strip()


def app_sentences(kind: DocumentKind, views: Iterable[RecipientView]) -> tuple[str, ...]:
    """Every sentence the app writes in this kind of document for these views, once each."""
    seen: dict[str, None] = {}
    styles = styles_for(kind, RenderOptions())
    for view in views:
        words = _AppWords(ENGLISH)
        kind.compose(Composer(words, styles), view)
        seen.update(dict.fromkeys(words.own))
    return tuple(seen)


def document_figures(db: Database) -> list[DocumentFigures]:
    """The figures for each kind of document, over every conference in ``db``."""
    views = _views_by_kind(db)
    figures = []
    for kind in DOCUMENTS:
        sentences = app_sentences(kind, views[kind.key])
        figures.append(DocumentFigures(kind, sentences, measure("\n".join(sentences))))
    return figures


def demo_document_figures() -> list[DocumentFigures]:
    """The figures over the demo conferences, in a database made and removed for the purpose."""
    with tempfile.TemporaryDirectory(prefix="fgc-readability-") as folder:
        db = Database(sqlite_url(Path(folder)), actor="Readability check")
        try:
            load_demo(db)
            for key, value in _DEMO_SERVICE.items():
                save_setting(db, key, value)
            return document_figures(db)
        finally:
            db.close()


def _views_by_kind(db: Database) -> dict[str, list[RecipientView]]:
    """Each kind's views: one for anyone, or one per person the document is for."""
    settings = load_settings(db)
    with db.session() as session:
        conference_ids = list(session.scalars(select(Conference.id).order_by(Conference.id)))
    views: dict[str, list[RecipientView]] = {kind.key: [] for kind in DOCUMENTS}
    for conference_id in conference_ids:
        people = {kind.key: {person.id for person in documents.recipients(
            db, conference_id, kind.key)} for kind in DOCUMENTS if not kind.for_anyone}
        with db.session() as session:
            conference = load_conference(session, conference_id)
            service = service_details(settings, conference.coordinator_name)
            for kind in DOCUMENTS:
                if kind.for_anyone:
                    views[kind.key].append(recipient_view(conference, None, service))
                    continue
                views[kind.key] += [recipient_view(conference, person, service)
                                    for person in conference.participants
                                    if person.id in people[kind.key]]
    return views


def figures_table(figures: Iterable[DocumentFigures]) -> list[str]:
    """The figures as lines of a table, each kind's bar said in words."""
    header = ("document", "words", "sentences", "words/sentence", "FK grade", "reading age",
              "bar")
    rows = [header, *(_row(figure) for figure in figures)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) if column == 0 else cell.rjust(width)
                       for column, (cell, width) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.append(f"The bar: a Flesch-Kincaid grade of {FAMILY_GRADE_LIMIT:g} or lower and "
                 f"{FAMILY_SENTENCE_LIMIT:g} words a sentence or fewer (a reading age of 9 "
                 "to 11).")
    return lines


def _row(figure: DocumentFigures) -> tuple[str, ...]:
    figures = figure.readability
    return (figure.kind.key, str(figures.words), str(figures.sentences),
            f"{figures.average_sentence_length:.1f}", f"{figures.grade:.1f}",
            str(figures.reading_age), "met" if figures.within_family_bar else "NOT MET")
