"""Who sees what: the one answer to “what may this recipient see?”.

Every document is built from a :class:`RecipientView` and nothing else. The
referrer's worries, strengths, bottom lines and questions reach a recipient only
through information items (for example an item of category ``WORRIES`` whose
text is the worries), so the decision for each person governs them like any
other information. See ``docs/information-sharing.md``.

This package sits above ``store`` and below ``services``: it reads loaded
models and returns plain data, and never touches a database session or Qt.
"""

from fgc_desktop.disclosure.build import build_view, current_meeting, recipient_view
from fgc_desktop.disclosure.forbidden import never_to_appear
from fgc_desktop.disclosure.rules import HeldBack, RecipientRules, Sight, default_choice
from fgc_desktop.disclosure.view import (
    ActionView,
    FreeText,
    InviteeView,
    ItemView,
    MeetingView,
    PlanView,
    RecipientDetails,
    RecipientView,
    ServiceDetails,
)

__all__ = [
    "ActionView",
    "FreeText",
    "HeldBack",
    "InviteeView",
    "ItemView",
    "MeetingView",
    "PlanView",
    "RecipientDetails",
    "RecipientRules",
    "RecipientView",
    "ServiceDetails",
    "Sight",
    "build_view",
    "current_meeting",
    "default_choice",
    "never_to_appear",
    "recipient_view",
]
