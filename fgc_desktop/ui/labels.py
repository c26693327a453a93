"""Plain words for the stored vocabularies, and dates and times as people read them.

Qt-free so the words can be checked without a screen. Each label is marked for
translation here and translated when it is shown.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from babel.dates import format_date, format_time

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChoiceKind,
    ChoiceMadeBy,
    ContactKind,
    InformationCategory,
    InvitationStatus,
    LivingArrangement,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
    ReplyStatus,
    Role,
    Sensitivity,
    SharingChoice,
    Stage,
)
from fgc_desktop.domain.stages import stage_info
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, interface_locale
from fgc_desktop.i18n.languages import is_supported, language

_LABELS: dict[type[StrEnum], dict[str, str]] = {
    Role: {
        Role.FAMILY: N_("Family"), Role.FRIEND: N_("Friend"), Role.CHILD: N_("Child"),
        Role.PROFESSIONAL: N_("Professional"), Role.ADVOCATE: N_("Advocate"),
        Role.INTERPRETER: N_("Interpreter"), Role.SUPPORT_PERSON: N_("Support person"),
    },
    InvitationStatus: {
        InvitationStatus.UNDECIDED: N_("Not decided"),
        InvitationStatus.TO_INVITE: N_("To invite"),
        InvitationStatus.INVITED: N_("Invited"),
        InvitationStatus.NOT_INVITED: N_("Not invited"),
    },
    ReplyStatus: {
        ReplyStatus.AWAITING: N_("No reply yet"), ReplyStatus.COMING: N_("Coming"),
        ReplyStatus.NOT_COMING: N_("Not coming"),
        ReplyStatus.VIEWS_ANOTHER_WAY: N_("Giving views another way"),
    },
    ContactKind: {
        ContactKind.VISIT: N_("Visit"), ContactKind.PHONE_CALL: N_("Phone call"),
        ContactKind.VIDEO_CALL: N_("Video call"), ContactKind.MESSAGE: N_("Message"),
    },
    ChoiceKind: {
        ChoiceKind.TIME: N_("Time"), ChoiceKind.PLACE: N_("Place"), ChoiceKind.FOOD: N_("Food"),
        ChoiceKind.LANGUAGE: N_("Language"), ChoiceKind.INTERPRETER: N_("Interpreter"),
        ChoiceKind.INVITEES: N_("Who is invited"),
        ChoiceKind.CHILD_PARTICIPATION: N_("How the child takes part"),
        ChoiceKind.PRIVATE_FAMILY_TIME: N_("Private family time"),
        ChoiceKind.CHILDCARE: N_("Childcare"), ChoiceKind.TRAVEL: N_("Travel"),
    },
    ChoiceMadeBy: {
        ChoiceMadeBy.FAMILY: N_("The family"), ChoiceMadeBy.COORDINATOR: N_("The coordinator"),
        ChoiceMadeBy.TOGETHER: N_("Family and coordinator together"),
    },
    SharingChoice: {
        SharingChoice.SHARE: N_("Share"), SharingChoice.SUMMARY: N_("A summary only"),
        SharingChoice.WITHHOLD: N_("Do not share"),
    },
    Sensitivity: {
        Sensitivity.ORDINARY: N_("Ordinary"), Sensitivity.SENSITIVE: N_("Sensitive"),
        Sensitivity.HIGHLY_SENSITIVE: N_("Highly sensitive"),
    },
    InformationCategory: {
        InformationCategory.WORRIES: N_("Worries"), InformationCategory.HEALTH: N_("Health"),
        InformationCategory.POLICE: N_("Police"),
        InformationCategory.CHILD_WORDS: N_("The child's words"),
        InformationCategory.CONTACT_DETAILS: N_("Contact details"),
        InformationCategory.INVITEE_LIST: N_("Who is invited"),
        InformationCategory.OTHER: N_("Other"),
    },
    MeetingKind: {MeetingKind.CONFERENCE: N_("Conference"), MeetingKind.REVIEW: N_("Review")},
    MeetingStatus: {
        MeetingStatus.PLANNED: N_("Planned"), MeetingStatus.HELD: N_("Held"),
        MeetingStatus.POSTPONED: N_("Postponed"), MeetingStatus.CANCELLED: N_("Cancelled"),
    },
    MeetingSession: {
        MeetingSession.WHOLE: N_("The whole meeting"),
        MeetingSession.INFORMATION_ONLY: N_("Information sharing only"),
        MeetingSession.FAMILY_TIME_ONLY: N_("Private family time only"),
        MeetingSession.SEPARATE: N_("A separate meeting"),
    },
    Attendance: {
        Attendance.EXPECTED: N_("Expected"), Attendance.ATTENDED: N_("Came"),
        Attendance.ATTENDED_PART: N_("Came for part"),
        Attendance.VIEWS_ANOTHER_WAY: N_("Gave views another way"),
        Attendance.ABSENT: N_("Did not come"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: N_("Draft"), PlanStatus.PRESENTED: N_("Presented"),
        PlanStatus.AGREED: N_("Agreed"), PlanStatus.NOT_AGREED: N_("Not agreed"),
        PlanStatus.SUPERSEDED: N_("Replaced by a newer version"),
    },
    ReferrerDecision: {
        ReferrerDecision.PENDING: N_("Not decided yet"), ReferrerDecision.AGREED: N_("Agreed"),
        ReferrerDecision.NOT_AGREED: N_("Not agreed"),
    },
    ActionStatus: {
        ActionStatus.NOT_STARTED: N_("Not started"), ActionStatus.IN_PROGRESS: N_("In progress"),
        ActionStatus.DONE: N_("Done"), ActionStatus.NOT_DONE: N_("Not done"),
    },
    LivingArrangement: {
        LivingArrangement.WITH_PARENTS: N_("With parents"),
        LivingArrangement.WITH_FAMILY_OR_FRIENDS: N_("With family or friends"),
        LivingArrangement.LOOKED_AFTER: N_("Looked after"),
        LivingArrangement.OTHER: N_("Somewhere else"),
    },
}


def label(value: StrEnum) -> str:
    """The plain words for one stored value, in the interface language."""
    if isinstance(value, Stage):
        return _(stage_info(value).title)
    return _(_LABELS[type(value)][value.value])


def language_label(code: str) -> str:
    """A language named in its own script, or the stored code when it is not in the registry."""
    return language(code).label if is_supported(code) else code


def show_date(value: date | None) -> str:
    """Day before month, the month in words (never 03/12 guesswork), in the interface's language."""
    return format_date(value, "d MMM y", locale=interface_locale()) if value else ""


def show_time(value: datetime | None) -> str:
    """A time of day in the computer's own zone, as people at the meeting saw the clock."""
    return format_time(value.astimezone(), "HH:mm", locale=interface_locale()) if value else ""


def show_date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{show_date(value.astimezone().date())}, {show_time(value)}"


def show_span(start: datetime | None, end: datetime | None) -> str:
    """“10:00 to 10:45”, or whichever end is known."""
    if start and end:
        return _("{start} to {end}").format(start=show_time(start), end=show_time(end))
    if start:
        return _("from {start}").format(start=show_time(start))
    if end:
        return _("until {end}").format(end=show_time(end))
    return ""


def yes_no(value: bool | None) -> str:
    if value is None:
        return _("Not recorded")
    return _("Yes") if value else _("No")
