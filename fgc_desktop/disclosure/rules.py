"""What one person may see of one piece of information, and why.

The rules, in the order they apply:

1. Contact details (category ``CONTACT_DETAILS``) about a person whose contact
   details are confidential reach that person only, whatever was decided.
2. An item that needs the family's consent is held back until consent is
   recorded as given.
3. Otherwise the decision for this person counts: share, a summary only, or
   not at all. With no decision, only ordinary items are shared; sensitive and
   highly sensitive ones wait until someone decides.
4. A summary with no text is held back.
5. Text that holds another person's confidential address, phone or email is
   held back, so a slip in typing can never carry it into a document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from fgc_desktop.domain.enums import InformationCategory, Sensitivity, SharingChoice
from fgc_desktop.store.models import Conference, InformationItem, Participant, SharingDecision


class HeldBack(StrEnum):
    """Why an item is withheld from someone although the decision (or default) shares it."""

    CONFIDENTIAL_CONTACT = "confidential_contact"
    CONSENT_NOT_RECORDED = "consent_not_recorded"
    CONSENT_REFUSED = "consent_refused"
    NO_SUMMARY = "no_summary"
    HOLDS_CONFIDENTIAL = "holds_confidential"


@dataclass(frozen=True)
class Sight:
    """One person's sight of one item.

    ``decided`` is the recorded decision (``None``: not decided), ``wanted`` the
    decision or else the default, and ``held_back`` what overrides it, if
    anything. ``text`` is exactly what the person may read: the full text, the
    summary, or nothing.
    """

    decided: SharingChoice | None
    wanted: SharingChoice
    held_back: HeldBack | None
    text: str

    @property
    def choice(self) -> SharingChoice:
        """What the person actually gets."""
        return SharingChoice.WITHHOLD if self.held_back is not None else self.wanted


def default_choice(item: InformationItem) -> SharingChoice:
    """Without a decision only ordinary information is shared."""
    if item.sensitivity is Sensitivity.ORDINARY:
        return SharingChoice.SHARE
    return SharingChoice.WITHHOLD


def squash(text: str) -> str:
    """Letters and digits only, in one case, so “07700 900102” matches “07700-900102”."""
    return "".join(character for character in text.casefold() if character.isalnum())


def contact_details(person: Participant) -> tuple[str, ...]:
    return tuple(value.strip() for value in (person.address, person.phone, person.email)
                 if value.strip())


class ConfidentialGuard:
    """The confidential contact details one recipient must never see.

    A recipient's own details are never kept from them, even when someone else
    shares them (a child living at their mother's confidential address).
    """

    def __init__(self, details: Iterable[str], own: Iterable[str] = ()) -> None:
        own_squashed = [squash(value) for value in own]
        kept = []
        for detail in details:
            squashed = squash(detail)
            if squashed and not any(squashed in mine for mine in own_squashed):
                kept.append((detail.strip(), squashed))
        self._details = tuple(kept)

    @classmethod
    def for_recipient(
        cls, conference: Conference, recipient: Participant | None
    ) -> ConfidentialGuard:
        others = [
            detail for person in conference.participants
            if person.contact_confidential and person is not recipient
            for detail in contact_details(person)
        ]
        own = contact_details(recipient) if recipient is not None else ()
        return cls(others, own)

    @property
    def texts(self) -> tuple[str, ...]:
        """The details as they were typed."""
        return tuple(detail for detail, _squashed in self._details)

    def hides(self, text: str) -> bool:
        """True when ``text`` holds one of the details, however it is spaced or punctuated."""
        squashed = squash(text)
        return any(detail in squashed for _detail, detail in self._details)


def refers_to(person_id: int | None, related: Participant | None, person: Participant) -> bool:
    """Whether a record's link (its id, or before saving its object) points at ``person``."""
    return person_id == person.id if person_id is not None else related is person


def decision_for(item: InformationItem, person: Participant) -> SharingDecision | None:
    return next((decision for decision in item.decisions
                 if refers_to(decision.participant_id, decision.participant, person)), None)


class RecipientRules:
    """The rules above, made once for one recipient (``None``: a document for anyone)."""

    def __init__(self, conference: Conference, recipient: Participant | None) -> None:
        self.recipient = recipient
        self.guard = ConfidentialGuard.for_recipient(conference, recipient)
        self._confidential_ids = {
            person.id for person in conference.participants
            if person.contact_confidential and person.id is not None
        }

    def sight(self, item: InformationItem) -> Sight:
        """What the recipient may read of ``item``; a document for anyone carries no item."""
        if self.recipient is None:
            return Sight(None, SharingChoice.WITHHOLD, None, "")
        decision = decision_for(item, self.recipient)
        decided = decision.choice if decision is not None else None
        wanted = decided if decided is not None else default_choice(item)
        if wanted is SharingChoice.WITHHOLD:
            return Sight(decided, wanted, None, "")
        summary = decision.summary.strip() if decision is not None else ""
        text = summary if wanted is SharingChoice.SUMMARY else item.text
        held_back = self._override(item)
        if held_back is None and wanted is SharingChoice.SUMMARY and not text:
            held_back = HeldBack.NO_SUMMARY
        if held_back is None and (self.guard.hides(text) or self.guard.hides(item.title)):
            held_back = HeldBack.HOLDS_CONFIDENTIAL
        return Sight(decided, wanted, held_back, "" if held_back else text)

    def _override(self, item: InformationItem) -> HeldBack | None:
        assert self.recipient is not None
        about = item.about_participant_id
        if (item.category is InformationCategory.CONTACT_DETAILS
                and about in self._confidential_ids and about != self.recipient.id):
            return HeldBack.CONFIDENTIAL_CONTACT
        if item.needs_family_consent and item.family_consent is not True:
            return (HeldBack.CONSENT_REFUSED if item.family_consent is False
                    else HeldBack.CONSENT_NOT_RECORDED)
        return None
