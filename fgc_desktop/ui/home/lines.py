"""The dashboard's rows as the coordinator reads them: dates, how soon, and plain words.

Qt-free, so the wording can be checked without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, interface_locale, ngettext
from fgc_desktop.services.dashboard import (
    DashboardRow,
    MeetingComingUp,
    OverdueAction,
    ReviewDue,
    ReviewKind,
    StepDue,
)
from fgc_desktop.ui.labels import label, show_date, show_date_time


@dataclass(frozen=True)
class Line:
    """One table row: its cells, and the conference page it opens."""

    cells: tuple[str, ...]
    conference_id: int
    page_key: str


MEETING_COLUMNS = (N_("When"), N_("How soon"), N_("Reference"), N_("Family"), N_("Meeting"),
                   N_("Venue"))
STEP_COLUMNS = (N_("Meeting"), N_("How soon"), N_("Reference"), N_("Family"), N_("Step"),
                N_("What is left"))
REVIEW_COLUMNS = (N_("Due"), N_("How soon"), N_("Reference"), N_("Family"), N_("What is due"))
ACTION_COLUMNS = (N_("Due"), N_("Overdue by"), N_("Reference"), N_("Family"), N_("Status"),
                  N_("Who"), N_("Action"))


def how_soon(days: int | None) -> str:
    """“Today”, “In 3 days”, “2 days ago”: how far a day is from today."""
    if days is None:
        return _("No date yet")
    if days == 0:
        return _("Today")
    if days == 1:
        return _("Tomorrow")
    if days > 1:
        return ngettext("In {n} day", "In {n} days", days).format(n=days)
    return ngettext("{n} day ago", "{n} days ago", -days).format(n=-days)


def how_due(days: int) -> str:
    """Like :func:`how_soon`, but a day already gone is overdue."""
    if days >= 0:
        return how_soon(days)
    return ngettext("Overdue by {n} day", "Overdue by {n} days", -days).format(n=-days)


def _day(value: date | None) -> str:
    """A day as people read it in the interface's language."""
    return _day_in(value, interface_locale())


def _moment(value: datetime) -> str:
    return _moment_in(value, interface_locale())


@lru_cache(maxsize=2048)
def _day_in(value: date | None, _locale: str) -> str:
    """Remembered for each language, as Home shows the same few days again and again."""
    return show_date(value)


@lru_cache(maxsize=2048)
def _moment_in(value: datetime, _locale: str) -> str:
    return show_date_time(value)


def _line(row: DashboardRow, *cells: str) -> Line:
    return Line((*cells[:2], row.reference, row.family_name, *cells[2:]), row.conference_id,
                row.page_key)


def meeting_line(row: MeetingComingUp) -> Line:
    return _line(row, _moment(row.starts_at), how_soon(row.days_away), label(row.kind),
                 row.venue_name or _("Not chosen yet"))


def step_line(row: StepDue) -> Line:
    return _line(row, _day(row.meeting_on) or _("No date yet"), how_soon(row.days_away),
                 _(row.title), row.detail)


def review_line(row: ReviewDue) -> Line:
    if row.kind is ReviewKind.OUTCOME:
        what = ngettext(
            "Where {child} is living, {n} month on", "Where {child} is living, {n} months on",
            row.months_after,
        ).format(child=row.child_name, n=row.months_after)
    elif row.kind is ReviewKind.REVIEW_MEETING:
        what = _("Review meeting")
    else:
        what = _("The plan's review date; no review meeting is arranged")
    return _line(row, _day(row.due_on), how_due(row.days_away), what)


def action_line(row: OverdueAction) -> Line:
    overdue = ngettext("{n} day", "{n} days", row.days_overdue).format(n=row.days_overdue)
    return _line(row, _day(row.by_when), overdue, label(row.status), row.who, row.what)
