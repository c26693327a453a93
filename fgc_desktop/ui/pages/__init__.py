"""One module per workspace page, keyed as in ``domain.stages.PAGES``."""

from fgc_desktop.ui.documents import DocumentsPage
from fgc_desktop.ui.pages.arrangements import ArrangementsPage
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.pages.meeting import MeetingPage
from fgc_desktop.ui.pages.overview import OverviewPage
from fgc_desktop.ui.pages.people import PeoplePage
from fgc_desktop.ui.pages.plan import PlanPage
from fgc_desktop.ui.pages.preparation import PreparationPage
from fgc_desktop.ui.pages.referral import ReferralPage
from fgc_desktop.ui.pages.review import ReviewPage
from fgc_desktop.ui.pages.sharing import SharingPage

PAGE_TYPES: dict[str, type[WorkspacePage]] = {
    "overview": OverviewPage,
    "referral": ReferralPage,
    "people": PeoplePage,
    "preparation": PreparationPage,
    "arrangements": ArrangementsPage,
    "sharing": SharingPage,
    "meeting": MeetingPage,
    "plan": PlanPage,
    "review": ReviewPage,
    "documents": DocumentsPage,
}

# The icon beside each page in the workspace's side list.
PAGE_ICONS: dict[str, str] = {
    "overview": "layout-dashboard",
    "referral": "file-description",
    "people": "users",
    "preparation": "phone",
    "arrangements": "calendar-event",
    "sharing": "eye",
    "meeting": "messages",
    "plan": "checklist",
    "review": "calendar-repeat",
    "documents": "file-type-pdf",
}

__all__ = ["PAGE_ICONS", "PAGE_TYPES", "WorkspacePage"]
