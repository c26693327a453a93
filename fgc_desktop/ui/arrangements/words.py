"""Plain words for the arrangements pages that the shared labels do not hold yet."""

from __future__ import annotations

from fgc_desktop.domain.enums import ChildParticipation, ChoiceMadeBy
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, ngettext

PARTICIPATION: dict[ChildParticipation, str] = {
    ChildParticipation.UNDECIDED: N_("Not decided yet"),
    ChildParticipation.ATTENDS: N_("Comes to the whole meeting"),
    ChildParticipation.ATTENDS_PART: N_("Comes for part of it"),
    ChildParticipation.WRITTEN_VIEWS: N_("Sends written views or a drawing"),
    ChildParticipation.RECORDED_VIEWS: N_("Sends a recording"),
    ChildParticipation.ADVOCATE_SPEAKS: N_("Their advocate speaks for them"),
    ChildParticipation.NOT_TAKING_PART: N_("Not taking part"),
}

# Short, for the small “Chosen by” lists beside each heading.
MADE_BY: dict[ChoiceMadeBy, str] = {
    ChoiceMadeBy.FAMILY: N_("The family"),
    ChoiceMadeBy.TOGETHER: N_("Together"),
    ChoiceMadeBy.COORDINATOR: N_("The coordinator"),
}


def participation_label(value: ChildParticipation) -> str:
    return _(PARTICIPATION[value])


def made_by_label(value: ChoiceMadeBy) -> str:
    return _(MADE_BY[value])


def show_minutes(minutes: int) -> str:
    """“1 hour 20 minutes”, “45 minutes”, “2 hours”."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("{count} hour", "{count} hours", hours).format(count=hours))
    if rest or not hours:
        parts.append(ngettext("{count} minute", "{count} minutes", rest).format(count=rest))
    return " ".join(parts)
