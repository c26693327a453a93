"""Creating, editing, listing and archiving conferences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError

from fgc_desktop.domain.enums import MeetingStatus, Stage
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Meeting, Participant, PlanVersion
from fgc_desktop.store.models.base import utc_now

# The conference's own fields a coordinator edits on the referral page, with the
# longest text each may hold. Anything else changes through its own service.
EDITABLE_TEXT: dict[str, int] = {
    "family_name": 120,
    "coordinator_name": 120,
    "referrer_name": 120,
    "referrer_role": 120,
    "referrer_team": 120,
    "referrer_phone": 40,
    "referrer_email": 120,
    "reason_for_referral": 20_000,
    "worries": 20_000,
    "strengths": 20_000,
    "bottom_lines": 20_000,
    "questions": 20_000,
    "notes": 20_000,
}
EDITABLE_DATES = ("referral_date", "target_meeting_date", "closed_on")
REQUIRED = frozenset({"family_name"})
FIELD_TITLES = {
    "reference": N_("Reference"),
    "family_name": N_("Family name"),
    "coordinator_name": N_("Coordinator"),
    "referrer_name": N_("Referrer's name"),
    "referrer_role": N_("Referrer's role"),
    "referrer_team": N_("Referrer's team"),
    "referrer_phone": N_("Referrer's phone"),
    "referrer_email": N_("Referrer's email"),
    "reason_for_referral": N_("Reason for referral"),
    "worries": N_("Worries"),
    "strengths": N_("Strengths"),
    "bottom_lines": N_("Bottom lines"),
    "questions": N_("Questions for the family's plan"),
    "notes": N_("Notes"),
    "referral_date": N_("Referral date"),
    "target_meeting_date": N_("Target meeting date"),
    "closed_on": N_("Closed on"),
}
"""Each field's name, marked for translation; translate with ``_()`` where shown."""


@dataclass(frozen=True)
class ConferenceRow:
    """One line of the conference list."""

    id: int
    reference: str
    family_name: str
    stage: Stage
    next_date: date | None
    coordinator_name: str
    archived: bool


def suggest_reference(db: Database, today: date | None = None) -> str:
    """The next free reference of the form FGC-YYYY-NNNN."""
    year = (today or date.today()).year
    prefix = f"FGC-{year}-"
    with db.session() as session:
        taken = set(
            session.scalars(select(Conference.reference).where(
                Conference.reference.like(f"{prefix}%")))
        )
    number = len(taken) + 1
    while f"{prefix}{number:04d}" in taken:
        number += 1
    return f"{prefix}{number:04d}"


def create_conference(
    db: Database, reference: str, family_name: str, coordinator_name: str = "",
    referral_date: date | None = None,
) -> int:
    """Makes a new conference at the referral stage and returns its id."""
    reference = check_text(_(FIELD_TITLES["reference"]), reference, 40, required=True)
    family_name = check_text(_(FIELD_TITLES["family_name"]), family_name, 120, required=True)
    coordinator_name = check_text(_(FIELD_TITLES["coordinator_name"]), coordinator_name, 120)
    try:
        with db.session() as session:
            if session.scalar(select(Conference.id).where(Conference.reference == reference)):
                raise _reference_taken(reference)
            conference = Conference(
                reference=reference, family_name=family_name,
                coordinator_name=coordinator_name,
                referral_date=referral_date or date.today(),
            )
            session.add(conference)
            session.flush()
            return conference.id
    except IntegrityError as error:
        raise _reference_taken(reference) from error


def _reference_taken(reference: str) -> UserError:
    return UserError(_(
        "There is already a conference with the reference {reference}. "
        "Choose another reference."
    ).format(reference=reference))


def get_conference_fields(db: Database, conference_id: int) -> dict[str, Any]:
    """The referral page's fields, read fresh from the database."""
    with db.session() as session:
        conference = _get(session, conference_id)
        fields = {name: getattr(conference, name) for name in EDITABLE_TEXT}
        fields.update({name: getattr(conference, name) for name in EDITABLE_DATES})
        fields.update(
            id=conference.id, reference=conference.reference, stage=conference.stage,
            archived=conference.archived, version=conference.version,
        )
        return fields


def update_conference_field(db: Database, conference_id: int, field: str, value: Any) -> Any:
    """Checks and saves one field at once; returns the value as stored."""
    checked = check_conference_field(field, value)
    with db.session() as session:
        conference = _get(session, conference_id)
        if getattr(conference, field) != checked:
            setattr(conference, field, checked)
    return checked


def check_conference_field(field: str, value: Any) -> Any:
    """``value`` as ``field`` stores it, or a :class:`UserError` saying what to put right."""
    title = _(FIELD_TITLES.get(field, field))
    if field in EDITABLE_TEXT:
        checked: Any = check_text(title, value, EDITABLE_TEXT[field], required=field in REQUIRED)
    elif field in EDITABLE_DATES:
        checked = check_date(title, value)
    elif field == "stage":
        checked = Stage(value)
    else:
        raise ValueError(f"{field} is not a field the referral page edits")
    return checked


def set_archived(db: Database, conference_id: int, archived: bool) -> None:
    with db.session() as session:
        conference = _get(session, conference_id)
        conference.archived = archived
        conference.archived_at = utc_now() if archived else None


def find_conference_id(db: Database, reference: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Conference.id).where(Conference.reference == reference))
    if found is None:
        raise UserError(_("There is no conference with the reference {reference}.").format(
            reference=reference))
    return found


def _next_meeting() -> Any:
    return (
        select(func.min(Meeting.starts_at))
        .where(Meeting.conference_id == Conference.id, Meeting.status == MeetingStatus.PLANNED)
        .correlate(Conference)
        .scalar_subquery()
    )


def _latest_review_date() -> Any:
    return (
        select(func.max(PlanVersion.review_date))
        .where(PlanVersion.conference_id == Conference.id)
        .correlate(Conference)
        .scalar_subquery()
    )


def _contains(column: Any, needle: str, sqlite: bool) -> Any:
    """``column`` holds ``needle``, whatever the case of its letters.

    SQLite's plain LIKE already ignores the case of English letters, just as its
    ``lower()`` would, and skips calling ``lower()`` on every row; other
    databases need ILIKE. A ``%`` or ``_`` typed in the search is a letter.
    """
    if sqlite:
        return column.contains(needle, autoescape=True)
    return column.icontains(needle, autoescape=True)


def _matching(needle: str, sqlite: bool) -> Any:
    """The conference's reference, family or coordinator, or anyone in it, holds ``needle``.

    People are looked for per conference, through the index on their
    conference: a common word stops at the first person who matches, and the
    people of conferences already filtered out are never read.
    """
    anyone = (
        select(Participant.id)
        .where(Participant.conference_id == Conference.id,
               or_(_contains(Participant.given_name, needle, sqlite),
                   _contains(Participant.family_name, needle, sqlite)))
        .exists()
    )
    return or_(
        _contains(Conference.reference, needle, sqlite),
        _contains(Conference.family_name, needle, sqlite),
        _contains(Conference.coordinator_name, needle, sqlite),
        anyone,
    )


def _filters(
    search: str, stage: Stage | None, include_archived: bool, sqlite: bool
) -> list[Any]:
    found: list[Any] = []
    if not include_archived:
        found.append(Conference.archived.is_(False))
    if stage is not None:
        found.append(Conference.stage == stage)
    if needle := search.strip():
        found.append(_matching(needle, sqlite))
    return found


def conference_list_query(
    search: str = "", stage: Stage | None = None, include_archived: bool = False,
    sqlite: bool = False,
) -> Select[Any]:
    """The conference list as one query, newest reference first, so a long list pages in
    cheaply; the next dates are looked up only for the rows a page returns."""
    return (
        select(
            Conference.id, Conference.reference, Conference.family_name, Conference.stage,
            _next_meeting().label("next_meeting"), _latest_review_date().label("review_date"),
            Conference.target_meeting_date, Conference.coordinator_name, Conference.archived,
        )
        .where(*_filters(search, stage, include_archived, sqlite))
        .order_by(Conference.reference.desc())
    )


def list_conferences(
    db: Database, search: str = "", stage: Stage | None = None, include_archived: bool = False,
    offset: int = 0, limit: int | None = None,
) -> list[ConferenceRow]:
    query = conference_list_query(search, stage, include_archived, db.is_sqlite).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_row(values) for values in session.execute(query)]


def count_conferences(
    db: Database, search: str = "", stage: Stage | None = None, include_archived: bool = False
) -> int:
    query = select(func.count(Conference.id)).where(
        *_filters(search, stage, include_archived, db.is_sqlite))
    with db.session() as session:
        return int(session.scalar(query) or 0)


def first_page(
    db: Database, limit: int, search: str = "", stage: Stage | None = None,
    include_archived: bool = False,
) -> tuple[list[ConferenceRow], int]:
    """The first ``limit`` rows and how many match in all.

    A page that comes back short holds every match, so it is counted only
    when it is full: a rare search word reads the conferences once, not twice.
    """
    rows = list_conferences(db, search, stage, include_archived, limit=limit)
    if len(rows) < limit:
        return rows, len(rows)
    return rows, count_conferences(db, search, stage, include_archived)


def _row(values: Any) -> ConferenceRow:
    next_date = _next_date(values.stage, values.next_meeting, values.review_date,
                           values.target_meeting_date)
    return ConferenceRow(
        id=values.id, reference=values.reference, family_name=values.family_name,
        stage=values.stage, next_date=next_date, coordinator_name=values.coordinator_name,
        archived=values.archived,
    )


def _next_date(
    stage: Stage, meeting: datetime | date | None, review: date | None, target: date | None
) -> date | None:
    """The date the coordinator works towards: the meeting, else the review, else the target."""
    if isinstance(meeting, datetime):
        return meeting.date()
    if meeting is not None:
        return meeting
    if stage in (Stage.PLAN, Stage.REVIEW) and review is not None:
        return review
    if stage in (Stage.REFERRAL, Stage.PREPARATION):
        return target
    return None


def _get(session: Any, conference_id: int) -> Conference:
    conference = session.get(Conference, conference_id)
    if conference is None:
        raise UserError(_("That conference no longer exists. It may have been deleted."))
    assert isinstance(conference, Conference)
    return conference
