"""The sharing grid as plain data: information by people, each cell a decision or the default.

For the coordinator's screen, not for documents: it holds every item's full
text and who decided what, which no recipient's view ever carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fgc_desktop.disclosure.rules import RecipientRules, Sight, decision_for
from fgc_desktop.domain.enums import (
    InformationCategory,
    InvitationStatus,
    Role,
    Sensitivity,
    SharingChoice,
)
from fgc_desktop.store.models import Conference, InformationItem, Participant


@dataclass(frozen=True)
class GridPerson:
    id: int
    name: str
    role: Role
    is_child: bool


@dataclass(frozen=True)
class GridItem:
    id: int
    title: str
    text: str
    source: str
    category: InformationCategory
    sensitivity: Sensitivity
    about_id: int | None
    needs_family_consent: bool
    family_consent: bool | None
    family_consent_by: str
    family_consent_on: date | None


@dataclass(frozen=True)
class GridCell:
    """One person's sight of one item, and the decision behind it if there is one."""

    sight: Sight
    summary: str = ""
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None

    @property
    def is_decided(self) -> bool:
        return self.sight.decided is not None


@dataclass(frozen=True)
class SharingGrid:
    """``people`` are the grid's columns; ``everyone`` also holds those not invited."""

    items: tuple[GridItem, ...]
    people: tuple[GridPerson, ...]
    cells: dict[tuple[int, int], GridCell]
    everyone: tuple[GridPerson, ...] = ()

    def cell(self, item_id: int, person_id: int) -> GridCell:
        return self.cells[(item_id, person_id)]

    def undecided(self, item_id: int) -> bool:
        """Whether anyone is still waiting for a decision on this item."""
        return any(not self.cell(item_id, person.id).is_decided for person in self.people)


def grid_people(conference: Conference) -> list[Participant]:
    """Everyone who may receive a document: all but the people not invited."""
    return [person for person in conference.participants
            if person.invitation_status is not InvitationStatus.NOT_INVITED]


def sharing_grid(conference: Conference) -> SharingGrid:
    people = grid_people(conference)
    cells: dict[tuple[int, int], GridCell] = {}
    for person in people:
        rules = RecipientRules(conference, person)
        for item in conference.information_items:
            cells[(item.id, person.id)] = _cell(item, person, rules.sight(item))
    return SharingGrid(
        items=tuple(_item(item) for item in conference.information_items),
        people=tuple(_person(person) for person in people),
        cells=cells,
        everyone=tuple(_person(person) for person in conference.participants),
    )


def _person(person: Participant) -> GridPerson:
    return GridPerson(person.id, person.display_name, person.role, person.is_subject_child)


def _cell(item: InformationItem, person: Participant, sight: Sight) -> GridCell:
    decision = decision_for(item, person)
    if decision is None:
        return GridCell(sight)
    summary = decision.summary if decision.choice is SharingChoice.SUMMARY else ""
    return GridCell(sight, summary, decision.reason, decision.decided_by, decision.decided_at)


def _item(item: InformationItem) -> GridItem:
    return GridItem(
        id=item.id, title=item.title, text=item.text, source=item.source,
        category=item.category, sensitivity=item.sensitivity,
        about_id=item.about_participant_id, needs_family_consent=item.needs_family_consent,
        family_consent=item.family_consent, family_consent_by=item.family_consent_by,
        family_consent_on=item.family_consent_on,
    )
