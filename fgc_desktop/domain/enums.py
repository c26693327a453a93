"""The closed vocabularies of the domain.

Values are stored in the database and in case files, so they are stable
lower-case words; change a label freely, never a value.
"""

from enum import StrEnum


class Stage(StrEnum):
    """Where a conference is in its life, from referral to closure."""

    REFERRAL = "referral"
    PREPARATION = "preparation"
    MEETING = "meeting"
    PLAN = "plan"
    REVIEW = "review"
    CLOSED = "closed"


class Role(StrEnum):
    FAMILY = "family"
    FRIEND = "friend"
    CHILD = "child"
    PROFESSIONAL = "professional"
    ADVOCATE = "advocate"
    INTERPRETER = "interpreter"
    SUPPORT_PERSON = "support_person"


class ChildParticipation(StrEnum):
    """How a child or young person takes part in their meeting."""

    UNDECIDED = "undecided"
    ATTENDS = "attends"
    ATTENDS_PART = "attends_part"
    WRITTEN_VIEWS = "written_views"
    RECORDED_VIEWS = "recorded_views"
    ADVOCATE_SPEAKS = "advocate_speaks"
    NOT_TAKING_PART = "not_taking_part"


class InvitationStatus(StrEnum):
    UNDECIDED = "undecided"
    TO_INVITE = "to_invite"
    INVITED = "invited"
    NOT_INVITED = "not_invited"


class ReplyStatus(StrEnum):
    AWAITING = "awaiting"
    COMING = "coming"
    NOT_COMING = "not_coming"
    VIEWS_ANOTHER_WAY = "views_another_way"


class ContactKind(StrEnum):
    VISIT = "visit"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MESSAGE = "message"


class ConsentEvent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ChoiceKind(StrEnum):
    """The meeting arrangements a family can choose."""

    TIME = "time"
    PLACE = "place"
    FOOD = "food"
    LANGUAGE = "language"
    INTERPRETER = "interpreter"
    INVITEES = "invitees"
    CHILD_PARTICIPATION = "child_participation"
    PRIVATE_FAMILY_TIME = "private_family_time"
    CHILDCARE = "childcare"
    TRAVEL = "travel"


class ChoiceMadeBy(StrEnum):
    FAMILY = "family"
    COORDINATOR = "coordinator"
    TOGETHER = "together"


class Sensitivity(StrEnum):
    ORDINARY = "ordinary"
    SENSITIVE = "sensitive"
    HIGHLY_SENSITIVE = "highly_sensitive"


class InformationCategory(StrEnum):
    WORRIES = "worries"
    HEALTH = "health"
    POLICE = "police"
    CHILD_WORDS = "child_words"
    CONTACT_DETAILS = "contact_details"
    INVITEE_LIST = "invitee_list"
    OTHER = "other"


class SharingChoice(StrEnum):
    SHARE = "share"
    SUMMARY = "summary"
    WITHHOLD = "withhold"


class MeetingKind(StrEnum):
    CONFERENCE = "conference"
    REVIEW = "review"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class MeetingSession(StrEnum):
    """Which part of a meeting a person is invited to, for safety planning."""

    WHOLE = "whole"
    INFORMATION_ONLY = "information_only"
    FAMILY_TIME_ONLY = "family_time_only"
    SEPARATE = "separate"


class Attendance(StrEnum):
    EXPECTED = "expected"
    ATTENDED = "attended"
    ATTENDED_PART = "attended_part"
    VIEWS_ANOTHER_WAY = "views_another_way"
    ABSENT = "absent"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    PRESENTED = "presented"
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    SUPERSEDED = "superseded"


class ReferrerDecision(StrEnum):
    PENDING = "pending"
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"


class DeliveryMethod(StrEnum):
    HANDED_OVER = "handed_over"
    POSTED = "posted"
    EMAILED = "emailed"


class LivingArrangement(StrEnum):
    WITH_PARENTS = "with_parents"
    WITH_FAMILY_OR_FRIENDS = "with_family_or_friends"
    LOOKED_AFTER = "looked_after"
    OTHER = "other"


class StepState(StrEnum):
    """A coordinator's own word on a good-practice step."""

    DONE_BY_HAND = "done_by_hand"
    NOT_APPLICABLE = "not_applicable"


class Check(StrEnum):
    """What a good-practice rule finds in the recorded data."""

    DONE = "done"
    OPEN = "open"
    NOT_NEEDED = "not_needed"
