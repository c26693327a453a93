"""Deciding who sees what: the information items, the family's consent, each decision.

Each function opens one short session and checks every value here, so the page
and the tests get the same plain message. Changing or clearing a decision
returns what was there before, and :func:`restore_decisions` puts it back; a
removed item comes back with :func:`restore_item`. What a recipient may see is
answered by :mod:`fgc_desktop.disclosure` alone; the functions at the end only
load the conference and the service's details for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.disclosure import RecipientView, ServiceDetails, recipient_view
from fgc_desktop.disclosure.grid import SharingGrid, grid_people, sharing_grid
from fgc_desktop.disclosure.preview import RecipientPreview, preview
from fgc_desktop.domain.enums import InformationCategory, Role, Sensitivity, SharingChoice
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.settings import load_settings
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference, InformationItem, Participant, SharingDecision
from fgc_desktop.store.models.base import utc_now

ITEM_TEXT: dict[str, tuple[str, int]] = {
    "title": (N_("Title"), 160),
    "text": (N_("The information"), 20_000),
    "source": (N_("Where it comes from"), 160),
    "family_consent_by": (N_("Who gave or refused consent"), 120),
}
SUMMARY_LIMIT = 5_000
REASON_LIMIT = 5_000
GONE_ITEM = N_("That information is no longer listed. It may have been removed.")


def load_grid(db: Database, conference_id: int) -> SharingGrid:
    with db.session() as session:
        return sharing_grid(load_conference(session, conference_id))


def add_item(
    db: Database, conference_id: int, title: str, text: str = "",
    category: InformationCategory = InformationCategory.OTHER,
    sensitivity: Sensitivity = Sensitivity.SENSITIVE,
) -> int:
    """Lists a new piece of information; sensitive until someone says otherwise."""
    checked_title = check_text(_(ITEM_TEXT["title"][0]), title, 160, required=True)
    checked_text = check_text(_(ITEM_TEXT["text"][0]), text, 20_000)
    with db.session() as session:
        if session.get(Conference, conference_id) is None:
            raise UserError(_("That conference no longer exists. It may have been deleted."))
        item = InformationItem(
            conference_id=conference_id, title=checked_title, text=checked_text,
            category=InformationCategory(category), sensitivity=Sensitivity(sensitivity),
        )
        session.add(item)
        session.flush()
        return item.id


def update_item(db: Database, item_id: int, name: str, value: Any) -> Any:
    """Checks and saves one field of an item; returns the value as stored."""
    with db.session() as session:
        item = _item(session, item_id)
        checked = _check_item_field(session, item, name, value)
        if getattr(item, name) != checked:
            setattr(item, name, checked)
        return checked


def _check_item_field(session: Session, item: InformationItem, name: str, value: Any) -> Any:
    if name in ITEM_TEXT:
        title, limit = ITEM_TEXT[name]
        return check_text(_(title), value, limit, required=name == "title")
    if name == "category":
        return InformationCategory(value)
    if name == "sensitivity":
        return Sensitivity(value)
    if name == "needs_family_consent":
        return bool(value)
    if name == "family_consent":
        return None if value is None else bool(value)
    if name == "family_consent_on":
        return check_date(_("Date of consent"), value)
    if name == "about_participant_id":
        if value is None:
            return None
        _person_in(session, item.conference_id, int(value))
        return int(value)
    raise ValueError(f"{name} is not a field of an information item")


@dataclass(frozen=True)
class RemovedItem:
    """An item as it was before removal, with its decisions, to put back with the same uids."""

    title: str
    conference_id: int
    values: dict[str, Any]
    decisions: tuple[dict[str, Any], ...]


ITEM_COLUMNS = ("uid", "title", "text", "source", "category", "sensitivity",
                "about_participant_id", "needs_family_consent", "family_consent",
                "family_consent_by", "family_consent_on", "created_at")
DECISION_COLUMNS = ("uid", "participant_id", "choice", "summary", "decided_by", "reason",
                    "decided_at")


def remove_item(db: Database, item_id: int) -> RemovedItem:
    with db.session() as session:
        item = _item(session, item_id)
        removed = RemovedItem(
            item.title, item.conference_id,
            {name: getattr(item, name) for name in ITEM_COLUMNS},
            tuple({name: getattr(decision, name) for name in DECISION_COLUMNS}
                  for decision in item.decisions),
        )
        session.delete(item)
        return removed


def restore_item(db: Database, removed: RemovedItem) -> int:
    """Puts a removed item back; decisions for people removed since stay out."""
    with db.session() as session:
        if session.get(Conference, removed.conference_id) is None:
            raise UserError(_("That conference no longer exists. It may have been deleted."))
        if session.scalar(select(InformationItem.id).where(
                InformationItem.uid == removed.values["uid"])) is not None:
            raise UserError(_("“{title}” is back already.").format(title=removed.title))
        people = _people_ids(session, removed.conference_id)
        values = dict(removed.values)
        if values["about_participant_id"] not in people:
            values["about_participant_id"] = None
        item = InformationItem(conference_id=removed.conference_id, **values)
        item.decisions = [SharingDecision(**row) for row in removed.decisions
                          if row["participant_id"] in people]
        session.add(item)
        session.flush()
        return item.id


@dataclass(frozen=True)
class PriorDecision:
    """What one cell held before a change: the decision's fields, or ``None`` for the default."""

    item_id: int
    participant_id: int
    values: dict[str, Any] | None = None


def decide(
    db: Database, item_id: int, participant_id: int, choice: SharingChoice | None,
    summary: str = "", reason: str | None = None,
) -> PriorDecision:
    """Records one person's decision for one item (``None`` clears it back to the default).

    A summary needs its text. ``reason`` ``None`` keeps the reason while the
    choice stays the same, and empties it when the choice changes.
    """
    with db.session() as session:
        item = _item(session, item_id)
        person = _person_in(session, item.conference_id, participant_id)
        return _decide(session, db.actor, item, person, choice, summary, reason)


def decide_for_role(
    db: Database, conference_id: int, role: Role, item_ids: Iterable[int],
    choice: SharingChoice | None, summary: str = "", reason: str | None = None,
) -> list[PriorDecision]:
    """The same decision for everyone of one role, for each of the items given."""
    with db.session() as session:
        conference = load_conference(session, conference_id)
        people = [person for person in grid_people(conference) if person.role is Role(role)]
        if not people:
            raise UserError(_("Nobody in this conference has that role. "
                              "Choose another role."))
        items = {item.id: item for item in conference.information_items}
        priors = []
        for item_id in item_ids:
            if item_id not in items:
                raise UserError(_(GONE_ITEM))
            for person in people:
                priors.append(_decide(session, db.actor, items[item_id], person, choice,
                                      summary, reason))
        return priors


def update_decision_text(
    db: Database, item_id: int, participant_id: int, name: str, value: Any
) -> str:
    """Saves the summary or the reason of a decision already made; returns the stored text."""
    with db.session() as session:
        item = _item(session, item_id)
        decision = next((d for d in item.decisions if d.participant_id == participant_id), None)
        if decision is None:
            raise UserError(_("Decide first whether this person sees the information, then "
                              "write why."))
        if name == "summary":
            if decision.choice is not SharingChoice.SUMMARY:
                raise UserError(_("Choose “A summary only” first, then write the summary."))
            checked = check_text(_("The summary"), value, SUMMARY_LIMIT, required=True)
        elif name == "reason":
            checked = check_text(_("Why"), value, REASON_LIMIT)
        else:
            raise ValueError(f"{name} is not a text of a sharing decision")
        if getattr(decision, name) != checked:
            setattr(decision, name, checked)
        return checked


def restore_decisions(db: Database, priors: Sequence[PriorDecision]) -> None:
    """Puts cells back as they were before a change."""
    with db.session() as session:
        for prior in priors:
            item = session.get(InformationItem, prior.item_id)
            if item is None or session.get(Participant, prior.participant_id) is None:
                continue
            current = next((d for d in item.decisions
                            if d.participant_id == prior.participant_id), None)
            if current is not None:
                item.decisions.remove(current)
                session.flush()
            if prior.values is not None:
                item.decisions.append(SharingDecision(**prior.values))


def _decide(
    session: Session, actor: str, item: InformationItem, person: Participant,
    choice: SharingChoice | None, summary: str, reason: str | None,
) -> PriorDecision:
    current = next((d for d in item.decisions if d.participant_id == person.id), None)
    prior = PriorDecision(item.id, person.id, _decision_values(current))
    if choice is None:
        if current is not None:
            item.decisions.remove(current)
        return prior
    choice = SharingChoice(choice)
    checked_summary = ""
    if choice is SharingChoice.SUMMARY:
        if not summary.strip():
            raise UserError(_("Write the summary {name} will read, or choose "
                              "Share or Do not share instead.").format(name=person.display_name))
        checked_summary = check_text(_("The summary"), summary, SUMMARY_LIMIT)
    checked_reason = None if reason is None else check_text(_("Why"), reason, REASON_LIMIT)
    if current is None:
        current = SharingDecision(participant_id=person.id, choice=choice)
        item.decisions.append(current)
    elif current.choice is choice and checked_reason is None \
            and current.summary == checked_summary:
        return prior
    if current.choice is not choice and checked_reason is None:
        checked_reason = ""
    current.choice = choice
    current.summary = checked_summary
    if checked_reason is not None:
        current.reason = checked_reason
    current.decided_by = actor
    current.decided_at = utc_now()
    return prior


def _decision_values(decision: SharingDecision | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {name: getattr(decision, name) for name in DECISION_COLUMNS}


def service_details(settings: Mapping[str, Any], conference_coordinator: str) -> ServiceDetails:
    """The service's details from the settings, naming the conference's own coordinator.

    The phone and email in the settings are the user's own, so they are printed
    only for a conference that user coordinates, and only when the setting says so.
    """
    own_name = str(settings["coordinator_name"])
    name = conference_coordinator or own_name
    same_person = not conference_coordinator or conference_coordinator == own_name
    return ServiceDetails(
        name=str(settings["service_name"]), address=str(settings["service_address"]),
        phone=str(settings["service_phone"]), email=str(settings["service_email"]),
        coordinator_name=name,
        coordinator_phone=str(settings["coordinator_phone"]),
        coordinator_email=str(settings["coordinator_email"]),
        print_coordinator_contact=bool(settings["print_coordinator_contact"]) and same_person,
    )


def view_for(db: Database, conference_id: int, participant_id: int | None) -> RecipientView:
    """What one person's documents may print (``None``: a document for anyone)."""
    settings = load_settings(db)
    with db.session() as session:
        conference, person = _conference_and_person(session, conference_id, participant_id)
        return recipient_view(conference, person,
                              service_details(settings, conference.coordinator_name))


def preview_for(
    db: Database, conference_id: int, participant_id: int | None
) -> RecipientPreview:
    """The same view, with what is kept from the person and why, for the coordinator."""
    settings = load_settings(db)
    with db.session() as session:
        conference, person = _conference_and_person(session, conference_id, participant_id)
        return preview(conference, person,
                       service_details(settings, conference.coordinator_name))


def _conference_and_person(
    session: Session, conference_id: int, participant_id: int | None
) -> tuple[Conference, Participant | None]:
    conference = load_conference(session, conference_id)
    if participant_id is None:
        return conference, None
    person = next((p for p in conference.participants if p.id == participant_id), None)
    if person is None:
        raise UserError(_("That person is no longer in this conference. They may have been "
                          "removed."))
    return conference, person


def _item(session: Session, item_id: int) -> InformationItem:
    item = session.get(InformationItem, item_id)
    if item is None:
        raise UserError(_(GONE_ITEM))
    return item


def _person_in(session: Session, conference_id: int, participant_id: int) -> Participant:
    person = session.get(Participant, participant_id)
    if person is None or person.conference_id != conference_id:
        raise UserError(_("That person is no longer in this conference. They may have been "
                          "removed."))
    return person


def _people_ids(session: Session, conference_id: int) -> set[int]:
    return set(session.scalars(
        select(Participant.id).where(Participant.conference_id == conference_id)))
