"""One module per workspace page, keyed as in ``domain.stages.PAGES``.

A page's module is imported the first time that page is shown (see
:func:`page_type`), so the window starts without loading every page's widgets
and the documents engine behind them.
"""

from importlib import import_module

from fgc_desktop.ui.pages.base import WorkspacePage

# Where each page's class lives: "module:class".
PAGE_TYPES: dict[str, str] = {
    "overview": "fgc_desktop.ui.pages.overview:OverviewPage",
    "referral": "fgc_desktop.ui.pages.referral:ReferralPage",
    "people": "fgc_desktop.ui.pages.people:PeoplePage",
    "preparation": "fgc_desktop.ui.pages.preparation:PreparationPage",
    "arrangements": "fgc_desktop.ui.pages.arrangements:ArrangementsPage",
    "sharing": "fgc_desktop.ui.pages.sharing:SharingPage",
    "meeting": "fgc_desktop.ui.pages.meeting:MeetingPage",
    "plan": "fgc_desktop.ui.pages.plan:PlanPage",
    "review": "fgc_desktop.ui.pages.review:ReviewPage",
    "documents": "fgc_desktop.ui.documents:DocumentsPage",
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


def page_type(key: str) -> type[WorkspacePage]:
    """The class of the page with this key, its module imported now if it was not yet."""
    module, name = PAGE_TYPES[key].split(":")
    found = getattr(import_module(module), name)
    if not (isinstance(found, type) and issubclass(found, WorkspacePage)):
        raise TypeError(f"{PAGE_TYPES[key]} is not a workspace page")
    return found


__all__ = ["PAGE_ICONS", "PAGE_TYPES", "WorkspacePage", "page_type"]
