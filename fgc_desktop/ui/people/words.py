"""Plain words for the People and Preparation pages that the shared labels do not hold.

Qt-free: how a child takes part, each need, each topic explained, and where a
person stands for the meeting (the word the network picture prints beside them).
"""

from __future__ import annotations

from enum import StrEnum

from fgc_desktop.domain.enums import ChildParticipation, InvitationStatus, ReplyStatus
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import EXPLAINED_TOPICS
from fgc_desktop.services.people import PersonRow

CHILD_PARTICIPATION: dict[ChildParticipation, str] = {
    ChildParticipation.UNDECIDED: N_("Not decided yet"),
    ChildParticipation.ATTENDS: N_("Comes to the whole meeting"),
    ChildParticipation.ATTENDS_PART: N_("Comes to part of the meeting"),
    ChildParticipation.WRITTEN_VIEWS: N_("Writes or draws their views"),
    ChildParticipation.RECORDED_VIEWS: N_("Records their views"),
    ChildParticipation.ADVOCATE_SPEAKS: N_("Their advocate speaks for them"),
    ChildParticipation.NOT_TAKING_PART: N_("Not taking part"),
}

NEEDS: dict[str, str] = {
    "interpreter": N_("interpreter"),
    "access": N_("access"),
    "childcare": N_("childcare"),
    "travel": N_("travel"),
    "other": N_("other"),
}

_TOPICS = {topic.key: topic.label for topic in EXPLAINED_TOPICS}


class Standing(StrEnum):
    """Where someone stands for the meeting, as the picture draws it."""

    COMING = "coming"
    VIEWS_ANOTHER_WAY = "views_another_way"
    AWAITING = "awaiting"
    TO_INVITE = "to_invite"
    NOT_COMING = "not_coming"


STANDING_WORDS: dict[Standing, str] = {
    Standing.COMING: N_("Coming"),
    Standing.VIEWS_ANOTHER_WAY: N_("Views another way"),
    Standing.AWAITING: N_("Invited, no reply yet"),
    Standing.TO_INVITE: N_("To invite, or not decided"),
    Standing.NOT_COMING: N_("Not coming, or not invited"),
}


def standing(person: PersonRow) -> Standing:
    if person.invitation is InvitationStatus.NOT_INVITED:
        return Standing.NOT_COMING
    if person.reply is ReplyStatus.COMING:
        return Standing.COMING
    if person.reply is ReplyStatus.VIEWS_ANOTHER_WAY:
        return Standing.VIEWS_ANOTHER_WAY
    if person.reply is ReplyStatus.NOT_COMING:
        return Standing.NOT_COMING
    if person.invitation is InvitationStatus.INVITED:
        return Standing.AWAITING
    return Standing.TO_INVITE


def standing_words(value: Standing) -> str:
    return _(STANDING_WORDS[value])


def participation_words(value: ChildParticipation) -> str:
    return _(CHILD_PARTICIPATION[value])


def needs_words(needs: tuple[str, ...]) -> str:
    """Short words for a table cell: “interpreter, travel”."""
    return ", ".join(_(NEEDS[need]) for need in needs)


def topic_words(key: str) -> str:
    """A topic explained, in words; a key no longer on the list shows as it is stored."""
    return _(_TOPICS[key]) if key in _TOPICS else key
