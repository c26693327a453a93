"""Producing family documents: find who gets one, render each from their view, save, log.

The conference is read once, in one short session, and each recipient's
:class:`RecipientView` is built there; rendering and writing happen after the
session has closed, from the views alone. Every file written is recorded in
the disclosure log with the items its view carried. The command line and the
documents page both come through here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fgc_desktop.disclosure import RecipientView, recipient_view
from fgc_desktop.documents.files import combine_pdfs, decode_logo, write_new_file
from fgc_desktop.documents.registry import Audience, DocumentKind, document_kind
from fgc_desktop.documents.render import RenderOptions, document_languages, render_document
from fgc_desktop.documents.typesetting import MissingGlyphError
from fgc_desktop.domain.enums import ChildParticipation, InvitationStatus, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES, is_supported
from fgc_desktop.services import disclosure_log
from fgc_desktop.services.settings import load_settings
from fgc_desktop.services.sharing import service_details
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference, Participant

Progress = Callable[[int, int], None]
"""Told ``(done, total)`` after each document."""
Cancelled = Callable[[], bool]
"""Asked before each document; ``True`` stops the work there."""

PACK_KINDS = ("invitation", "child_invitation")
PRINTED = "(printed)"  # the log's file name for a document printed and never saved
INVITED = (InvitationStatus.TO_INVITE, InvitationStatus.INVITED)


@dataclass(frozen=True)
class DocumentOptions:
    """The coordinator's choices; ``language`` ``None`` prints each in their own language."""

    language: str | None = None
    bilingual: bool = False
    large_print: bool = False


@dataclass(frozen=True)
class Recipient:
    id: int
    uid: str
    name: str
    language: str


@dataclass(frozen=True)
class Job:
    """One document to make: its kind, its recipient's id and the view it is made from."""

    kind: DocumentKind
    recipient_id: int | None
    view: RecipientView
    plan_version_id: int | None


@dataclass(frozen=True)
class Outcome:
    """What was made: the files written (none when printing), the PDFs, and how many were
    asked for; ``stopped`` when the coordinator cancelled part-way."""

    paths: tuple[Path, ...]
    pdfs: tuple[bytes, ...]
    total: int
    stopped: bool = False


def recipients(db: Database, conference_id: int, kind_key: str) -> list[Recipient]:
    """The people this kind of document is for, in the order they were added."""
    kind = document_kind(kind_key)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        return [_recipient(person) for person in _audience(conference, kind.audience)]


def recipient_by_uid(db: Database, conference_id: int, kind_key: str, uid: str) -> Recipient:
    """The person with this ID, if the document is for them; else who it is for."""
    kind = document_kind(kind_key)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        person = next((p for p in conference.participants if p.uid == uid), None)
        audience = _audience(conference, kind.audience)
        if person is not None and person in audience:
            return _recipient(person)
        listed = "; ".join(f"{p.uid} {p.display_name}" for p in audience) or _("nobody yet")
        if person is None:
            raise UserError(_("There is nobody with the ID {uid} in {reference}. "
                              "This document is for: {people}.").format(
                uid=uid, reference=conference.reference, people=listed))
        raise UserError(_("{problem} This document is for: {people}.").format(
            problem=_not_for(kind, person.display_name), people=listed))


def pack_recipients(db: Database, conference_id: int) -> list[tuple[str, Recipient]]:
    """Everyone an invitation pack is for, with the kind of invitation each gets."""
    return [(key, person) for key in PACK_KINDS
            for person in recipients(db, conference_id, key)]


def language_of(person_language: str, options: DocumentOptions) -> tuple[str, ...]:
    """The languages one person's document will be in, in reading order."""
    first = options.language or person_language
    return (first, "en") if options.bilingual and first != "en" else (first,)


def preview(
    db: Database, conference_id: int, kind_key: str, recipient_id: int | None,
    options: DocumentOptions,
) -> bytes:
    """One document's PDF, to look at before printing; nothing is saved or logged."""
    jobs = _jobs(db, conference_id, [(kind_key, recipient_id)])
    return _render(jobs[0], _render_options(db, options))


def produce(
    db: Database, conference_id: int, kind_key: str, recipient_ids: Sequence[int] | None,
    options: DocumentOptions, folder: Path | None, *, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Outcome:
    """One PDF per recipient (``recipient_ids`` ``None``: everyone it is for), each logged.

    With a ``folder`` each is written there; with none they are made to be
    printed, and logged as printed.
    """
    kind = document_kind(kind_key)
    if kind.for_anyone:
        wanted: list[tuple[str, int | None]] = [(kind.key, None)]
    elif recipient_ids is None:
        wanted = [(kind.key, person.id) for person in recipients(db, conference_id, kind.key)]
    else:
        wanted = [(kind.key, person_id) for person_id in recipient_ids]
    return _write_each(db, conference_id, _jobs(db, conference_id, wanted), options, folder,
                       progress, cancelled)


def produce_pack(
    db: Database, conference_id: int, options: DocumentOptions, folder: Path, *,
    combined: bool, progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> Outcome:
    """Every invitee's invitation (a child's for each child), as files or one combined PDF."""
    wanted: list[tuple[str, int | None]] = [
        (key, person.id) for key, person in pack_recipients(db, conference_id)]
    if not wanted:
        raise UserError(_("Nobody is invited yet. Mark people as invited on the people "
                          "page, then make the pack."))
    jobs = _jobs(db, conference_id, wanted)
    if not combined:
        return _write_each(db, conference_id, jobs, options, folder, progress, cancelled)
    render_options = _render_options(db, options)
    pdfs: list[bytes] = []
    for job in jobs:
        if cancelled is not None and cancelled():
            return Outcome((), (), len(jobs), stopped=True)
        pdfs.append(_render(job, render_options))
        if progress is not None:
            progress(len(pdfs), len(jobs))
    pack = combine_pdfs(pdfs)
    path = write_new_file(folder, f"{jobs[0].view.reference} invitation pack", pack)
    for job in jobs:
        _log(db, conference_id, job, options, path.name, pack)
    return Outcome((path,), (pack,), len(jobs))


def _write_each(
    db: Database, conference_id: int, jobs: Sequence[Job], options: DocumentOptions,
    folder: Path | None, progress: Progress | None, cancelled: Cancelled | None,
) -> Outcome:
    render_options = _render_options(db, options)
    paths: list[Path] = []
    pdfs: list[bytes] = []
    for job in jobs:
        if cancelled is not None and cancelled():
            return Outcome(tuple(paths), tuple(pdfs), len(jobs), stopped=True)
        pdf = _render(job, render_options)
        if folder is None:
            _log(db, conference_id, job, options, PRINTED, pdf)
        else:
            path = write_new_file(folder, _file_stem(job, render_options), pdf)
            _log(db, conference_id, job, options, path.name, pdf)
            paths.append(path)
        pdfs.append(pdf)
        if progress is not None:
            progress(len(pdfs), len(jobs))
    return Outcome(tuple(paths), tuple(pdfs), len(jobs))


def _render(job: Job, options: RenderOptions) -> bytes:
    try:
        return render_document(job.kind, job.view, options)
    except MissingGlyphError as error:
        raise UserError(_("The {document} for {name} could not be printed. {reason}").format(
            document=_(job.kind.label).lower(), name=_name(job), reason=error)) from error


def _log(
    db: Database, conference_id: int, job: Job, options: DocumentOptions, file_name: str,
    pdf: bytes,
) -> None:
    languages = document_languages(job.view, _render_options_without_logo(options))
    disclosure_log.record_document(
        db, conference_id, job.recipient_id, job.kind.key, "+".join(languages), file_name, pdf,
        job.view.carried_items(), job.plan_version_id,
    )


def _file_stem(job: Job, options: RenderOptions) -> str:
    languages = "+".join(document_languages(job.view, options))
    label = job.kind.key.replace("_", " ")
    if job.view.recipient is None:
        return f"{job.view.reference} {label} ({languages})"
    return f"{job.view.reference} {label} - {job.view.recipient.name} ({languages})"


def _name(job: Job) -> str:
    return job.view.recipient.name if job.view.recipient is not None else _("anyone")


def _render_options_without_logo(options: DocumentOptions) -> RenderOptions:
    return RenderOptions(options.language, options.bilingual, options.large_print)


def _render_options(db: Database, options: DocumentOptions) -> RenderOptions:
    if options.language is not None and not is_supported(options.language):
        raise UserError(_("Documents cannot be printed in “{language}”. Choose one of: "
                          "{codes}.").format(language=options.language, codes=", ".join(
                              language.code for language in LANGUAGES)))
    logo = decode_logo(str(load_settings(db)["service_logo_png"]))
    return RenderOptions(options.language, options.bilingual, options.large_print, logo)


def _jobs(
    db: Database, conference_id: int, wanted: Sequence[tuple[str, int | None]]
) -> list[Job]:
    """The views for each (kind, person), read in one session; checks each person may get it."""
    settings = load_settings(db)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        service = service_details(settings, conference.coordinator_name)
        jobs = []
        for kind_key, person_id in wanted:
            kind = document_kind(kind_key)
            person = _person_for(conference, kind, person_id)
            plan_id = conference.plan_versions[-1].id if (
                kind.audience is Audience.PLAN_DISTRIBUTION and conference.plan_versions
            ) else None
            jobs.append(Job(kind, person.id if person else None,
                            recipient_view(conference, person, service), plan_id))
        return jobs


def _person_for(
    conference: Conference, kind: DocumentKind, person_id: int | None
) -> Participant | None:
    if kind.for_anyone:
        return None
    person = next((p for p in conference.participants if p.id == person_id), None)
    if person is None:
        raise UserError(_("That person is no longer in this conference. They may have been "
                          "removed."))
    if person not in _audience(conference, kind.audience):
        raise UserError(_not_for(kind, person.display_name))
    return person


def _not_for(kind: DocumentKind, name: str) -> str:
    if kind.audience is Audience.PLAN_DISTRIBUTION:
        return _("{name} is not on the plan's list of people who get a copy. Add them to the "
                 "list on the plan page first.").format(name=name)
    if kind.audience is Audience.CHILDREN:
        return _("{name} is not a child taking part in this conference. Choose the adult "
                 "invitation instead, or record how the child takes part.").format(name=name)
    return _("{name} is not invited yet. Mark them as invited on the people page first.").format(
        name=name)


def _audience(conference: Conference, audience: Audience) -> list[Participant]:
    people = sorted(conference.participants, key=lambda person: person.id)
    if audience is Audience.INVITED_ADULTS:
        return [p for p in people if not p.is_subject_child and p.invitation_status in INVITED
                and p.role is not Role.INTERPRETER]
    if audience is Audience.CHILDREN:
        return [p for p in people if p.is_subject_child
                and p.child_participation is not ChildParticipation.NOT_TAKING_PART]
    if audience is Audience.PLAN_DISTRIBUTION and conference.plan_versions:
        listed = {r.participant_id for r in conference.plan_versions[-1].recipients}
        return [p for p in people if p.id in listed]
    return []


def _recipient(person: Participant) -> Recipient:
    return Recipient(person.id, person.uid or "", person.display_name, person.preferred_language)
