"""Plain words for the review page that the shared labels do not hold."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.outcomes import FollowUpState, OutcomeLine
from fgc_desktop.ui.labels import show_date

STATES: dict[FollowUpState, str] = {
    FollowUpState.RECORDED: N_("Recorded"),
    FollowUpState.OVERDUE: N_("Overdue"),
    FollowUpState.DUE: N_("Due soon"),
    FollowUpState.LATER: N_("Not due yet"),
}
STATE_ICONS: dict[FollowUpState, str] = {
    FollowUpState.RECORDED: "circle-check",
    FollowUpState.OVERDUE: "clock-exclamation",
    FollowUpState.DUE: "alert-triangle",
    FollowUpState.LATER: "circle-dashed",
}


def state_label(state: FollowUpState) -> str:
    return _(STATES[state])


def after_label(months: int) -> str:
    return ngettext("{count} month on", "{count} months on", months).format(count=months)


def reminder(line: OutcomeLine, today: date) -> str:
    """“Overdue: where Osian lives 3 months on, due 8 Feb 2027, 12 days ago.”"""
    days = (line.due_on - today).days
    if days < 0:
        when = ngettext("{count} day ago", "{count} days ago", -days).format(count=-days)
    elif days == 0:
        when = _("today")
    else:
        when = ngettext("in {count} day", "in {count} days", days).format(count=days)
    return _("{state}: where {child} is living {after}, due {day}, {when}.").format(
        state=state_label(line.state(today)), child=line.child.name,
        after=after_label(line.months_after), day=show_date(line.due_on), when=when)
