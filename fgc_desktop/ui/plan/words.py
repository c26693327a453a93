"""Plain words for the plan over time that the shared labels do not hold."""

from __future__ import annotations

from fgc_desktop.domain.enums import DeliveryMethod, MeetingKind, PlanStatus
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.plan import PlanView, VersionLine
from fgc_desktop.services.plan_compare import Change
from fgc_desktop.ui.labels import label, show_date

METHODS: dict[DeliveryMethod, str] = {
    DeliveryMethod.HANDED_OVER: N_("Handed over"),
    DeliveryMethod.POSTED: N_("Posted"),
    DeliveryMethod.EMAILED: N_("Emailed"),
}
CHANGES: dict[Change, str] = {
    Change.SAME: N_("The same"),
    Change.CHANGED: N_("Changed"),
    Change.ADDED: N_("Added"),
    Change.REMOVED: N_("Taken out"),
}
DETAILS: dict[str, str] = {
    "what": N_("What will be done"),
    "who": N_("Who does it"),
    "when": N_("By when"),
    "how_known": N_("How everyone will know it is done"),
    "who_checks": N_("Who checks"),
}


def method_label(method: DeliveryMethod) -> str:
    return _(METHODS[method])


def change_label(change: Change) -> str:
    return _(CHANGES[change])


def version_title(version: VersionLine) -> str:
    """“Version 2 · 6 May 2026 · Agreed”, for the list of versions."""
    return _("Version {number} · {day} · {status}").format(
        number=version.number, day=show_date(version.made_on), status=label(version.status))


def made_sentence(plan: PlanView) -> str:
    """Where the version came from: the meeting, a review, or a change made by hand."""
    if plan.made_at is MeetingKind.CONFERENCE:
        made = _("Made at the family group conference on {day}.").format(
            day=show_date(plan.made_on))
    elif plan.made_at is MeetingKind.REVIEW:
        made = _("Made at the review on {day}.").format(day=show_date(plan.made_on))
    else:
        made = _("Written on {day}.").format(day=show_date(plan.created_on))
    if plan.based_on is not None:
        made += " " + _("Based on version {number}.").format(number=plan.based_on)
    return made


def state_sentence(plan: PlanView) -> str:
    """What can still change in this version, in one sentence."""
    if plan.status is PlanStatus.SUPERSEDED:
        return _("Replaced by a newer version. Kept as it was, to read and compare.")
    if plan.editable:
        return _("Not decided on yet: the family's words can still change.")
    return _("Decided on, so kept as it was. Record how each action is going below; to "
             "change what the plan says, start a new version.")


def overdue_words(days: int, due: str) -> str:
    return ngettext("Overdue: due {day}, {count} day ago",
                    "Overdue: due {day}, {count} days ago", days).format(day=due, count=days)
