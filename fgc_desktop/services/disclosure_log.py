"""The disclosure log: every document produced, for whom, carrying what, with its fingerprint.

Working Together asks for a record of what was shared, with whom and why. The
log is only ever added to: the app offers no way to change or remove a line.
Each line keeps the SHA-256 of the file, so a paper found later can be matched
to the line that produced it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant, PlanVersion, ProducedDocument
from fgc_desktop.store.models.base import utc_now


@dataclass(frozen=True)
class CarriedItem:
    uid: str
    title: str


@dataclass(frozen=True)
class LogEntry:
    """One document in the log; ``recipient_id`` is ``None`` for a document for anyone."""

    id: int
    produced_at: datetime
    produced_by: str
    recipient_id: int | None
    recipient_name: str
    kind: str
    language: str
    file_name: str
    sha256: str
    carried_items: tuple[CarriedItem, ...]
    plan_version_id: int | None


def record_document(
    db: Database, conference_id: int, recipient_id: int | None, kind: str, language: str,
    file_name: str, pdf_bytes: bytes, carried_items: Sequence[Mapping[str, str]],
    plan_version_id: int | None = None,
) -> int:
    """Adds a line for a document just produced; returns its id."""
    kind = check_text(_("Kind of document"), kind, 40, required=True)
    language = check_text(_("Language"), language, 16, required=True)
    file_name = check_text(_("File name"), file_name, 260)
    carried = [{"uid": str(item["uid"]), "title": str(item["title"])} for item in carried_items]
    with db.session() as session:
        if session.get(Conference, conference_id) is None:
            raise UserError(_("That conference no longer exists. It may have been deleted."))
        recipient_name = ""
        if recipient_id is not None:
            person = session.get(Participant, recipient_id)
            if person is None or person.conference_id != conference_id:
                raise UserError(_("That person is no longer in this conference. They may "
                                  "have been removed."))
            recipient_name = person.full_name
        if plan_version_id is not None:
            plan = session.get(PlanVersion, plan_version_id)
            if plan is None or plan.conference_id != conference_id:
                raise UserError(_("That version of the plan is no longer in this "
                                  "conference."))
        document = ProducedDocument(
            conference_id=conference_id, recipient_id=recipient_id,
            recipient_name=recipient_name, kind=kind, language=language, file_name=file_name,
            sha256=hashlib.sha256(pdf_bytes).hexdigest(), carried_items=carried,
            plan_version_id=plan_version_id, produced_at=utc_now(), produced_by=db.actor,
        )
        session.add(document)
        session.flush()
        return document.id


def conference_log(
    db: Database, conference_id: int, recipient_id: int | None = None
) -> list[LogEntry]:
    """The conference's documents, newest first; one person's only when ``recipient_id`` is set."""
    query = select(ProducedDocument).where(ProducedDocument.conference_id == conference_id)
    if recipient_id is not None:
        query = query.where(ProducedDocument.recipient_id == recipient_id)
    return _entries(db, query)


def person_log(db: Database, participant_id: int) -> list[LogEntry]:
    """Every document produced for one person, newest first."""
    return _entries(db, select(ProducedDocument).where(
        ProducedDocument.recipient_id == participant_id))


def _entries(db: Database, query: Select[ProducedDocument]) -> list[LogEntry]:
    ordered = query.order_by(ProducedDocument.produced_at.desc(), ProducedDocument.id.desc())
    with db.session() as session:
        return [_entry(document) for document in session.scalars(ordered)]


def _entry(document: ProducedDocument) -> LogEntry:
    return LogEntry(
        id=document.id, produced_at=document.produced_at, produced_by=document.produced_by,
        recipient_id=document.recipient_id, recipient_name=document.recipient_name,
        kind=document.kind, language=document.language, file_name=document.file_name,
        sha256=document.sha256,
        carried_items=tuple(CarriedItem(str(item.get("uid", "")), str(item.get("title", "")))
                            for item in document.carried_items),
        plan_version_id=document.plan_version_id,
    )
