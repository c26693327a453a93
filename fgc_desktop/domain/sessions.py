"""Which parts of a meeting can bring two people face to face."""

from fgc_desktop.domain.enums import MeetingSession

_PARTS = {
    MeetingSession.WHOLE: {"information", "family_time"},
    MeetingSession.INFORMATION_ONLY: {"information"},
    MeetingSession.FAMILY_TIME_ONLY: {"family_time"},
    MeetingSession.SEPARATE: set(),
}


def sessions_overlap(first: MeetingSession, second: MeetingSession) -> bool:
    """True when two people invited to these sessions would be in the room together.

    A separate session is held apart from the main meeting, so it meets no one.
    """
    return bool(_PARTS[first] & _PARTS[second])
